import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateSmoke, inSuite, type SmokeInput } from "../../../../core/gates/smoke/evaluate.js";
import { parseJunit } from "../../../../core/gates/smoke/junit.js";
import type { Scenario } from "../../../../core/gates/smoke/report.js";

function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    name: "signs in",
    suite: "core",
    suitePath: ["core"],
    file: "junit.xml",
    tags: [],
    result: "passed",
    durationMs: 10,
    attempts: [],
    ...overrides,
  };
}

function input(overrides: Partial<SmokeInput> = {}): SmokeInput {
  return {
    commands: [],
    patterns: ["reports/*.xml"],
    files: [{ path: "reports/junit.xml", scenarios: [scenario()] }],
    inputErrors: [],
    expectedSuites: [],
    ...overrides,
  };
}

function files(...list: Scenario[]): SmokeInput["files"] {
  return [{ path: "reports/junit.xml", scenarios: list }];
}

function codes(report: ReturnType<typeof evaluateSmoke>): string[] {
  return report.reasons.map((r) => r.code);
}

describe("evaluateSmoke", () => {
  it("passes when every scenario passed and every command exited 0", () => {
    const report = evaluateSmoke(
      input({ commands: [{ command: "npm run smoke", exitCode: 0, durationMs: 1200 }] }),
    );
    expect(report.status).toBe("pass");
    expect(report.reasons).toEqual([]);
    expect(report.counts).toEqual({
      total: 1,
      executed: 1,
      passed: 1,
      failed: 0,
      errored: 0,
      skipped: 0,
      flaky: 0,
    });
  });

  it.each([
    ["no file holds a test case", files(), /the JUnit files hold no test case/],
    [
      "every scenario was skipped",
      files(scenario({ result: "skipped" }), scenario({ result: "skipped" })),
      /all 2 scenarios were skipped/,
    ],
  ])("fails when zero tests were executed: %s", (_label, list, message) => {
    const report = evaluateSmoke(input({ files: list }));
    expect(report.status).toBe("fail");
    expect(codes(report)).toEqual(["zero-tests"]);
    expect(report.reasons[0]?.message).toMatch(message);
  });

  it("fails when a command exits non-zero, was killed or could not start, even if tests passed", () => {
    const report = evaluateSmoke(
      input({
        commands: [
          { command: "npm run smoke:runtime", exitCode: 3, durationMs: 2500 },
          { command: "npm run smoke:ui", exitCode: null, signal: "SIGTERM", durationMs: 10 },
          { command: "nope", exitCode: null, error: "spawn ENOENT", durationMs: 1 },
          { command: "true", exitCode: 0, durationMs: 1 },
        ],
      }),
    );
    expect(report.status).toBe("fail");
    expect(report.reasons.map((r) => r.message)).toEqual([
      '"npm run smoke:runtime" exited with 3 after 2.5 s; its output is in the log above.',
      '"npm run smoke:ui" was ended by SIGTERM after 10 ms; its output is in the log above.',
      '"nope" could not start: spawn ENOENT',
    ]);
  });

  it("fails on failed and errored scenarios, naming the first few", () => {
    const report = evaluateSmoke(
      input({
        files: files(
          scenario({ name: "a", result: "failed" }),
          scenario({ name: "b", result: "errored" }),
          scenario({ name: "c", result: "failed" }),
          scenario({ name: "d", result: "failed" }),
          scenario({ name: "e" }),
        ),
      }),
    );
    expect(report.reasons).toEqual([
      {
        code: "tests-failed",
        message: '3 scenarios failed and 1 scenario errored: "a", "b", "c" and 1 more.',
      },
    ]);
    expect(report.counts).toMatchObject({ executed: 5, passed: 1, failed: 3, errored: 1 });
  });

  it("reports flaky scenarios without failing on them", () => {
    const flaky = scenario({
      result: "flaky",
      attempts: [{ kind: "flakyFailure", message: "503" }],
    });
    const report = evaluateSmoke(input({ files: files(flaky, scenario()) }));
    expect(report.status).toBe("pass");
    expect(report.counts).toMatchObject({ executed: 2, passed: 1, flaky: 1 });
  });

  it("requires executed scenarios from every expected suite", () => {
    const report = evaluateSmoke(
      input({
        files: files(scenario(), scenario({ suite: "ui", suitePath: ["ui"], result: "skipped" })),
        expectedSuites: ["core", "ui", "api"],
      }),
    );
    expect(report.status).toBe("fail");
    expect(report.suites).toEqual({
      expected: ["core", "ui", "api"],
      found: ["core", "ui"],
      missing: ["ui", "api"],
    });
    expect(report.reasons[0]?.message).toMatch(
      /^Suite "ui" was expected \(--suite ui\) but no executed scenario belongs to it; suites found: core, ui\./,
    );
  });

  it("fails on input errors, with their location, and does not also claim zero tests", () => {
    const report = evaluateSmoke(
      input({
        files: [],
        inputErrors: [
          { file: "r.xml", line: 3, column: 7, message: "r.xml is not well-formed XML" },
        ],
      }),
    );
    expect(report.reasons).toEqual([
      {
        code: "input-error",
        message: "r.xml is not well-formed XML",
        file: "r.xml",
        line: 3,
        column: 7,
      },
    ]);
  });

  it("fails on a JUnit file written before the run", () => {
    const report = evaluateSmoke(
      input({ files: [{ path: "old.xml", scenarios: [scenario()], stale: true }] }),
    );
    expect(report.reasons).toMatchObject([{ code: "stale-junit", file: "old.xml" }]);
  });

  it("judges the bundled examples as their folder names say", () => {
    const judge = (dir: string) => {
      const paths = ["core-vitest.xml", "TEST-com.acme.smoke.UiSmokeTest.xml"].map(
        (name) => `examples/smoke/${dir}/${name}`,
      );
      return evaluateSmoke({
        commands: [],
        patterns: [`examples/smoke/${dir}/*.xml`],
        files: paths.map((path) => {
          const text = readFileSync(
            fileURLToPath(new URL(`../../../../${path}`, import.meta.url)),
            "utf8",
          );
          const parsed = parseJunit(text, path);
          if (!parsed.ok) throw new Error(parsed.error.message);
          return { path, scenarios: parsed.scenarios };
        }),
        inputErrors: [],
        expectedSuites: ["core", "ui"],
      });
    };
    const passing = judge("passing");
    expect(passing.status).toBe("pass");
    expect(passing.counts).toMatchObject({ executed: 6, passed: 5, flaky: 1 });
    const failing = judge("failing");
    expect(failing.status).toBe("fail");
    expect(codes(failing)).toEqual(["tests-failed"]);
    expect(failing.counts).toMatchObject({ executed: 6, passed: 4, failed: 2 });
  });
});

describe("inSuite", () => {
  it.each([
    [{ suite: "core" }, "core", true],
    [{ suite: "auth", suitePath: ["smoke", "core", "auth"] }, "core", true],
    [{ suite: "sample.test.ts", name: "ui > renders" }, "ui", true],
    [{ suite: "core.smoke.test.ts", classname: "core.smoke.test.ts" }, "core", true],
    [{ suite: "sample.test.ts", name: "ui" }, "ui", false],
    [{ suite: "core-extra" }, "core", false],
  ] satisfies [Partial<Scenario>, string, boolean][])(
    "%o in %s: %s",
    (overrides, suite, expected) => {
      expect(inSuite(scenario({ suitePath: [], ...overrides }), suite)).toBe(expected);
    },
  );
});
