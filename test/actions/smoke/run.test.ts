import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getInputs, InputError } from "../../../actions/smoke/inputs.js";
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

  it("fails the step on a glob that matches nothing", async () => {
    await main(env({ INPUT_JUNIT: "nowhere/*.xml", INPUT_REPORT_PATH: join(dir, "r.json") }));
    expect(record.outputs.status).toBe("fail");
    expect(record.failed[0]).toContain("--junit nowhere/*.xml matched no file");
  });

  it("fails the step, without a stack trace, when junit is empty", async () => {
    await main(env({ INPUT_JUNIT: " \n " }));
    expect(record.outputs.status).toBe("fail");
    expect(record.failed).toEqual([expect.stringMatching(/^The junit input is empty/)]);
    expect(record.summaries).toEqual([]);
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
      }),
    ).toEqual({
      commands: ["npm run smoke:runtime", "npm run smoke:ui"],
      junit: ["reports/core/*.xml", "reports/ui/*.xml"],
      suites: ["core", "ui", "api"],
      reportPath: ".pilot-gate/smoke-report.json",
      workspace: "/w",
    });
  });

  it("requires junit", () => {
    expect(() => getInputs({})).toThrow(InputError);
  });
});
