import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getInputs } from "../../../actions/smoke/inputs.js";
import { main } from "../../../actions/smoke/main.js";
import { record, resetCore } from "../helpers/core.js";

vi.mock("@actions/core", async () => (await import("../helpers/core.js")).coreMock);

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
let dir = "";

beforeEach(async () => {
  resetCore();
  dir = await mkdtemp(join(tmpdir(), "pilot-gate-smoke-action-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function env(inputs: Record<string, string>): NodeJS.ProcessEnv {
  return { GITHUB_WORKSPACE: ROOT, ...inputs };
}

describe("smoke action", () => {
  it("passes the passing example: outputs, report and a job summary", async () => {
    const reportPath = join(dir, "smoke.json");
    await main(
      env({
        INPUT_JUNIT: "examples/smoke/passing/*.xml\n",
        INPUT_SUITES: "core, ui",
        INPUT_REPORT_PATH: reportPath,
      }),
    );
    expect(record.failed).toEqual([]);
    expect(record.outputs).toEqual({
      status: "pass",
      "report-path": reportPath,
      passed: "5",
      failed: "0",
      flaky: "1",
    });
    expect(JSON.parse(readFileSync(reportPath, "utf8")).status).toBe("pass");
    expect(record.summaries).toHaveLength(1);
    expect(record.summaries[0]).toMatch(/^## ✅ Smoke: pass/);
    expect(record.summaries[0]).toContain("### Flaky (1)");
  });

  it("fails the step on the failing example, failures first in the summary", async () => {
    await main(
      env({ INPUT_JUNIT: "examples/smoke/failing/*.xml", INPUT_REPORT_PATH: join(dir, "r.json") }),
    );
    expect(record.outputs).toMatchObject({ status: "fail", passed: "4", failed: "2", flaky: "0" });
    expect(record.failed).toEqual([
      expect.stringMatching(/^Smoke gate failed: 2 scenarios failed: "switchesTenant"/),
    ]);
    const summary = record.summaries[0] ?? "";
    expect(summary.indexOf("### Failures (2)")).toBeLessThan(summary.indexOf("### Passed (4)"));
  });

  it("records the sha input in the report, and fails the step on one that is not a full id", async () => {
    const sha = "c0ffee".repeat(7).slice(0, 40);
    const reportPath = join(dir, "smoke.json");
    await main(
      env({
        INPUT_JUNIT: "examples/smoke/passing/*.xml",
        INPUT_REPORT_PATH: reportPath,
        INPUT_SHA: sha,
      }),
    );
    expect(record.failed).toEqual([]);
    expect(JSON.parse(readFileSync(reportPath, "utf8")).sha).toBe(sha);

    resetCore();
    await main(env({ INPUT_JUNIT: "examples/smoke/passing/*.xml", INPUT_SHA: "main" }));
    expect(record.failed).toEqual([
      expect.stringContaining('The sha input "main" is not a full commit id'),
    ]);
  });

  it("fails the step on a glob that matches nothing", async () => {
    await main(env({ INPUT_JUNIT: "nowhere/*.xml", INPUT_REPORT_PATH: join(dir, "r.json") }));
    expect(record.outputs.status).toBe("fail");
    expect(record.failed[0]).toContain("--junit nowhere/*.xml matched no file");
  });

  it("fails the step, without a stack trace, naming smoke.junit, when junit and the config are empty", async () => {
    await main({ GITHUB_WORKSPACE: dir, INPUT_JUNIT: " \n " });
    expect(record.outputs.status).toBe("fail");
    expect(record.failed).toEqual([
      "The junit input is empty and smoke.junit in .github/pilot-gate.yml (there is none) lists no glob either: give one glob of the JUnit XML files your smoke run writes per line (junit: reports/**/*.xml), or list the globs once under smoke.junit in .github/pilot-gate.yml (e.g. junit: [reports/**/*.xml]).",
    ]);
    expect(record.summaries).toEqual([]);
  });
});

describe("smoke action: the config's smoke: settings", () => {
  /** A workspace whose config has `smoke` (YAML lines) and one passing core JUnit file to copy. */
  async function workspace(smoke: string[]): Promise<string> {
    await mkdir(join(dir, ".github"));
    await writeFile(join(dir, ".github/pilot-gate.yml"), ["smoke:", ...smoke, ""].join("\n"));
    await copyFile(join(ROOT, "examples/smoke/passing/core-vitest.xml"), join(dir, "core.xml"));
    return dir;
  }
  const CONFIG = [
    '  commands: ["mkdir -p reports && cp core.xml reports/core.xml", "touch ran"]',
    '  junit: ["reports/*.xml"]',
    "  suites: [core]",
  ];

  it("runs smoke.commands and judges smoke.junit for smoke.suites when junit is empty", async () => {
    const cwd = await workspace(CONFIG);
    await main({ GITHUB_WORKSPACE: cwd, INPUT_REPORT_PATH: "r.json" });
    expect(record.failed).toEqual([]);
    expect(record.outputs).toMatchObject({ status: "pass", passed: "3" });
    const report = JSON.parse(readFileSync(join(cwd, "r.json"), "utf8"));
    expect(report.commands.map((c: { command: string }) => c.command)).toEqual([
      "mkdir -p reports && cp core.xml reports/core.xml",
      "touch ran",
    ]);
    expect(report.junit.patterns).toEqual(["reports/*.xml"]);
    expect(report.suites.expected).toEqual(["core"]);
    expect(existsSync(join(cwd, "ran"))).toBe(true);
  });

  it("lets suites given as an input win over smoke.suites", async () => {
    const cwd = await workspace(CONFIG);
    await main({ GITHUB_WORKSPACE: cwd, INPUT_SUITES: "ui", INPUT_REPORT_PATH: "r.json" });
    expect(record.outputs.status).toBe("fail");
    expect(record.failed[0]).toMatch(/ui/);
  });

  it("ignores smoke: when junit is given: its commands do not run", async () => {
    const cwd = await workspace(CONFIG);
    await main({ GITHUB_WORKSPACE: cwd, INPUT_JUNIT: "core.xml", INPUT_REPORT_PATH: "r.json" });
    expect(record.outputs.status).toBe("pass");
    expect(existsSync(join(cwd, "ran"))).toBe(false);
    expect(existsSync(join(cwd, "reports"))).toBe(false);
  });

  it("reads smoke: from config-path", async () => {
    const cwd = await workspace(CONFIG);
    await writeFile(join(cwd, "other.yml"), 'smoke:\n  junit: ["core.xml"]\n');
    await main({
      GITHUB_WORKSPACE: cwd,
      INPUT_CONFIG_PATH: "other.yml",
      INPUT_REPORT_PATH: "r.json",
    });
    expect(record.outputs.status).toBe("pass");
    expect(existsSync(join(cwd, "ran"))).toBe(false);
  });

  it("fails the step on a config that does not parse, naming it", async () => {
    const cwd = await workspace(["  junit: reports/*.xml"]);
    await main({ GITHUB_WORKSPACE: cwd });
    expect(record.outputs.status).toBe("fail");
    expect(record.failed[0]).toMatch(/\.github\/pilot-gate\.yml.*smoke\.junit/s);
  });
});

describe("getInputs", () => {
  it("splits multiline inputs and applies defaults", () => {
    expect(
      getInputs({
        GITHUB_WORKSPACE: "/w",
        INPUT_COMMANDS: "npm run smoke:runtime\n\n  npm run smoke:ui  \n",
        INPUT_JUNIT: "reports/core/*.xml\nreports/ui/*.xml",
        INPUT_SUITES: "core\nui, api",
        INPUT_CONFIG_PATH: " ci/gate.yml ",
      }),
    ).toEqual({
      commands: ["npm run smoke:runtime", "npm run smoke:ui"],
      junit: ["reports/core/*.xml", "reports/ui/*.xml"],
      suites: ["core", "ui", "api"],
      configPath: "ci/gate.yml",
      reportPath: ".pilot-gate/smoke-report.json",
      workspace: "/w",
    });
  });

  it("leaves an empty junit to the config, read from .github/pilot-gate.yml by default", () => {
    expect(getInputs({ GITHUB_WORKSPACE: "/w" })).toMatchObject({
      junit: [],
      configPath: undefined,
    });
  });
});
