import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCRIPT = join(ROOT, "actions", "check-node.cjs");
const engines = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    engines: { node: string };
  }
).engines.node;

/** Runs the check as if this Node were `version` (a preload rewrites process.versions). */
function checkAs(version: string) {
  const dir = mkdtempSync(join(tmpdir(), "pilot-gate-node-"));
  const preload = join(dir, "as-version.cjs");
  writeFileSync(
    preload,
    `Object.defineProperty(process, "versions", { value: { ...process.versions, node: ${JSON.stringify(version)} } });`,
  );
  return spawnSync(process.execPath, ["--require", preload, SCRIPT], { encoding: "utf8" });
}

describe("actions/check-node.cjs", () => {
  it("reads its minimum from package.json's engines", () => {
    expect(engines).toBe(">=20.18");
  });

  it.each(["20.18.0", "22.0.0", "24.21.0", "100.0.0"])(
    "lets Node %s run the actions",
    (version) => {
      const result = checkAs(version);
      expect(result.stdout).toBe("");
      expect(result.status).toBe(0);
    },
  );

  it.each(["20.17.9", "18.20.1", "16.0.0"])("stops Node %s with a workflow error", (version) => {
    const result = checkAs(version);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      `::error title=Node.js too old::pilot-gate needs Node.js 20.18 or newer (22 or 24 recommended); this runner has ${version}. Add actions/setup-node with node-version: 24 before this step.\n`,
    );
  });

  const actions: [string, string][] = [
    ["action.yml", "$GITHUB_ACTION_PATH/actions/check-node.cjs"],
    ...readdirSync(join(ROOT, "actions"), { withFileTypes: true })
      .filter((entry) => existsSync(join(ROOT, "actions", entry.name, "action.yml")))
      .map((entry): [string, string] => [
        `actions/${entry.name}/action.yml`,
        "$GITHUB_ACTION_PATH/../check-node.cjs",
      ]),
  ];

  it.each(actions)("runs first in %s", (file, path) => {
    const action = parse(readFileSync(join(ROOT, file), "utf8")) as {
      runs: { steps: { run?: string; shell?: string }[] };
    };
    expect(action.runs.steps[0]).toEqual({ shell: "bash", run: `node "${path}"` });
  });
});
