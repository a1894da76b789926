import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_OUTFILE, buildAction } from "../../scripts/build-action.mjs";

describe("dist/action.js (npm run build)", () => {
  it("is the bundle npm run build makes from the current sources", async () => {
    const built = Buffer.from(await buildAction({ write: false }));
    let committed: Buffer;
    try {
      committed = readFileSync(ACTION_OUTFILE);
    } catch {
      throw new Error("dist/action.js is missing: run npm run build");
    }
    if (!built.equals(committed)) throw new Error("dist/action.js is stale: run npm run build");
  });

  it("imports nothing but Node's built-ins, since an action runs without node_modules", () => {
    const code = readFileSync(ACTION_OUTFILE, "utf8");
    const imported = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1] ?? "");
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    expect(imported.filter((name) => !builtins.has(name))).toEqual([]);
    expect(code).not.toMatch(/\brequire\("(?!node:)[^"./][^"]*"\)/);
  });

  it("runs on its own, failing the step with a message when the event is not one it judges", () => {
    const dir = mkdtempSync(join(tmpdir(), "pilot-gate-bundle-"));
    const event = join(dir, "event.json");
    writeFileSync(event, "{}");
    const result = spawnSync(process.execPath, [ACTION_OUTFILE], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        INPUT_TOKEN: "ghs_test",
        GITHUB_EVENT_NAME: "push",
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: "octo-org/octo-repo",
      },
      encoding: "utf8",
      timeout: 15_000,
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^::error::pilot-gate judges pull requests, and this workflow ran on "push"\./,
    );
    expect(result.status).toBe(1);
  });
});
