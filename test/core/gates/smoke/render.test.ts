import { describe, expect, it } from "vitest";
import { evaluateSmoke } from "../../../../core/gates/smoke/evaluate.js";
import {
  renderSmokeMarkdown,
  renderSmokeText,
  SMOKE_SUMMARY_LIMIT,
} from "../../../../core/gates/smoke/render.js";
import type { Scenario } from "../../../../core/gates/smoke/report.js";

const MIB = 1024 * 1024;

function scenario(i: number, overrides: Partial<Scenario> = {}): Scenario {
  return {
    name: `scenario ${i} [core-flow]`,
    suite: i % 2 === 0 ? "core" : "ui",
    suitePath: [],
    file: "junit.xml",
    tags: ["core-flow"],
    result: "passed",
    durationMs: i,
    attempts: [],
    ...overrides,
  };
}

function report(scenarios: Scenario[]) {
  return evaluateSmoke({
    commands: [{ command: "npm run smoke:runtime", exitCode: 1, durationMs: 65_000 }],
    patterns: ["reports/*.xml"],
    files: [{ path: "reports/junit.xml", scenarios }],
    inputErrors: [],
    expectedSuites: ["core", "ui"],
  });
}

const MIXED = [
  scenario(1),
  scenario(2, { result: "skipped", error: "disabled" }),
  scenario(3, {
    name: "loads | the `dashboard`",
    result: "flaky",
    attempts: [{ kind: "flakyFailure", message: "expected 200, got 503" }],
  }),
  scenario(4, {
    name: "isolates tenants",
    tags: ["tenant-isolation"],
    result: "failed",
    error: "AssertionError: tenant B sees ```a```\n  at x.ts:1:1",
    attempts: [{ kind: "rerunFailure", message: "same" }],
  }),
];

describe("renderSmokeMarkdown", () => {
  it("lists failures first, then flaky, then a table of the rest", () => {
    const md = renderSmokeMarkdown(report(MIXED));
    expect(md).toMatchSnapshot();
    const at = (text: string) => md.indexOf(text);
    expect(at("### Failures (1)")).toBeGreaterThan(at("### Why it failed"));
    expect(at("### Flaky (1)")).toBeGreaterThan(at("### Failures (1)"));
    expect(at("### Passed (1), Skipped (1)")).toBeGreaterThan(at("### Flaky (1)"));
  });

  it("keeps a fenced error from being closed by backticks in it, and escapes a name's backticks", () => {
    const md = renderSmokeMarkdown(report(MIXED));
    expect(md).toContain("````text\nAssertionError: tenant B sees ```a```");
    expect(md).toContain("**loads | the \\`dashboard\\`**");
  });

  it("stays under 1 MiB with 100,000 scenarios, failures kept, and says what it left out", () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      scenario(i, i % 1000 === 0 ? { result: "failed", error: "boom\n".repeat(100) } : {}),
    );
    const md = renderSmokeMarkdown(report(many), { reportPath: ".pilot-gate/smoke-report.json" });
    const size = Buffer.byteLength(md);
    expect(size).toBeLessThanOrEqual(SMOKE_SUMMARY_LIMIT);
    expect(size).toBeLessThan(MIB);
    expect(md).toContain("### Failures (100)");
    expect(md.match(/^❌ \*\*scenario \d+/gm)).toHaveLength(100);
    expect(md).toMatch(
      /_\d+ scenarios not shown \(\d+ passed or skipped\) to keep this summary under GitHub's 1 MiB limit; every scenario is in the JSON report in `\.pilot-gate\/smoke-report\.json`\._\n$/,
    );
  });

  it("cuts failures too when even they do not fit, and counts them", () => {
    const many = Array.from({ length: 2_000 }, (_, i) =>
      scenario(i, { result: "failed", error: "x".repeat(1_000) }),
    );
    const md = renderSmokeMarkdown(report(many), { limit: 100_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(100_000);
    expect(md).toMatch(/scenarios not shown \(\d+ failed\)/);
  });
});

describe("renderSmokeText", () => {
  it("shows the verdict, reasons, failures and flaky scenarios", () => {
    expect(renderSmokeText(report(MIXED), { reportPath: "r.json" })).toMatchSnapshot();
  });

  it("shows control characters from a report instead of sending them to the terminal", () => {
    const text = renderSmokeText(
      report([scenario(1, { name: "evil\u001b[2J", result: "failed" })]),
    );
    expect(text).toContain("evil\\u{1b}[2J");
    expect(text).not.toContain("\u001b");
  });

  it("lists at most maxListed failures", () => {
    const many = Array.from({ length: 50 }, (_, i) => scenario(i, { result: "failed" }));
    expect(renderSmokeText(report(many), { maxListed: 5 })).toContain("…and 45 more");
  });
});
