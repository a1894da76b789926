import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "../../scripts/build.mjs";

describe("dist/action.js (npm run build)", () => {
  it("runs from a checkout, failing the step with a message when the event is not one it judges", () => {
    // A copy of dist/ outside the repository, as a runner checks the action
    // out: no node_modules, and the shared chunks beside the entry.
    const dir = mkdtempSync(join(tmpdir(), "pilot-gate-bundle-"));
    try {
      cpSync(DIST, join(dir, "dist"), { recursive: true });
      const event = join(dir, "event.json");
      writeFileSync(event, "{}");
      const result = spawnSync(process.execPath, [join(dir, "dist", "action.js")], {
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
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
