import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { APP_OUTFILE, buildApp, ROOT } from "../../scripts/build-app.mjs";

describe("dist/app.js (npm run build)", () => {
  it("is the bundle npm run build makes from the current sources", async () => {
    const built = Buffer.from(await buildApp({ write: false }));
    let committed: Buffer;
    try {
      committed = readFileSync(APP_OUTFILE);
    } catch {
      throw new Error("dist/app.js is missing: run npm run build");
    }
    if (!built.equals(committed)) throw new Error("dist/app.js is stale: run npm run build");
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
