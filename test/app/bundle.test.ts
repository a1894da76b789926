import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../core/config/schema.js";
import {
  APP_OUTFILE,
  buildApp,
  buildWorker,
  ROOT,
  WORKER_OUTFILE,
} from "../../scripts/build-app.mjs";
import { snapshot } from "../helpers/pull-request.js";

/** Fails unless `outfile` holds exactly what `build` makes from the current sources. */
async function expectCurrent(build: () => Promise<Uint8Array>, outfile: string, name: string) {
  const built = Buffer.from(await build());
  let committed: Buffer;
  try {
    committed = readFileSync(outfile);
  } catch {
    throw new Error(`${name} is missing: run npm run build`);
  }
  if (!built.equals(committed)) throw new Error(`${name} is stale: run npm run build`);
}

describe("dist/app.js (npm run build)", () => {
  it("is the bundle npm run build makes from the current sources", async () => {
    await expectCurrent(() => buildApp({ write: false }), APP_OUTFILE, "dist/app.js");
  });

  it("has its evaluation worker beside it, built from the current sources", async () => {
    await expectCurrent(
      () => buildWorker({ write: false }),
      WORKER_OUTFILE,
      "dist/evaluation-worker.js",
    );
  });

  it("judges a PR in the bundled worker, as the App starts it", async () => {
    // Inside the repository so the bundle's imports resolve from node_modules.
    const dir = join(ROOT, ".vitest-cache", "app-bundle");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "evaluation-worker.js"), await buildWorker({ write: false }));
    writeFileSync(join(dir, "package.json"), '{"type":"module"}');
    const worker = new Worker(new URL(pathToFileURL(join(dir, "evaluation-worker.js")).href));
    try {
      const answers: unknown[] = [];
      const done = new Promise<void>((resolve, reject) => {
        worker.on("error", reject);
        worker.on("message", (message: { ready?: true; id?: number }) => {
          answers.push(message);
          if (message.id === 1) resolve();
        });
      });
      worker.postMessage({ id: 1, snapshot: snapshot(), config: defaultConfig(), labelSets: [[]] });
      await done;
      expect(answers).toEqual([
        { ready: true },
        { id: 1, verdicts: [expect.objectContaining({ status: "pass" })] },
      ]);
    } finally {
      await worker.terminate();
    }
  });

  it("bundles the App with npm packages left as imports, and loads without starting a server", async () => {
    const bytes = await buildApp({ write: false });
    const code = Buffer.from(bytes).toString("utf8");
    expect(code).not.toMatch(/from "\.\.?\//);
    expect(code).toMatch(/from "probot"/);

    // Inside the repository so the bundle's imports resolve from node_modules.
    const dir = join(ROOT, ".vitest-cache", "app-bundle");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "app.mjs");
    writeFileSync(file, bytes);
    const loaded = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    expect(typeof loaded.default).toBe("function");
    expect(typeof loaded.PilotGateOctokit).toBe("function");
  });
});
