import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../core/config/schema.js";
import { DIST } from "../../scripts/build.mjs";
import { snapshot } from "../helpers/pull-request.js";

// The committed files, which test/dist.test.ts checks are current; inside the
// repository, so the App's one package import (Probot) resolves.
const APP = join(DIST, "app.js");
const WORKER = join(DIST, "evaluation-worker.js");

describe("dist/app.js (npm run build)", () => {
  it("judges a PR in the bundled worker, as the App starts it", async () => {
    const worker = new Worker(pathToFileURL(WORKER));
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

  it("loads without starting a server, exporting the App and its Octokit", async () => {
    const loaded = (await import(pathToFileURL(APP).href)) as Record<string, unknown>;
    expect(typeof loaded.default).toBe("function");
    expect(typeof loaded.PilotGateOctokit).toBe("function");
  });
});
