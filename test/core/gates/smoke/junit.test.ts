import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_MESSAGE_CHARS, parseJunit } from "../../../../core/gates/smoke/junit.js";
import type { Scenario } from "../../../../core/gates/smoke/report.js";
import { JUNIT_LIMIT, JUNIT_MAX_TESTCASES } from "../../../../core/limits.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

function scenarios(xml: string, file = "report.xml"): Scenario[] {
  const parsed = parseJunit(xml, file);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.scenarios;
}

function byName(list: Scenario[], name: string): Scenario {
  const found = list.find((s) => s.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}

describe("parseJunit: vitest's JUnit reporter", () => {
  // fixtures/vitest-junit.xml was written by vitest 4.1.12 itself:
  //   vitest run --reporter=junit --outputFile=vitest-junit.xml
  // over fixtures/vitest-sample.test.ts.txt (saved as .txt so this suite does not run it).
  const list = scenarios(fixture("vitest-junit.xml"), "vitest-junit.xml");

  it("reads every test case with its result, suite and duration", () => {
    expect(list.map((s) => [s.name, s.result])).toEqual([
      ["core > [core-flow] signs in and lands on the dashboard", "passed"],
      ["core > @auth rejects a wrong password", "failed"],
      ["core > exports a report @tenant-isolation", "skipped"],
      ["ui > renders the header", "passed"],
    ]);
    const first = list[0] as Scenario;
    expect(first.suite).toBe("sample.test.ts");
    expect(first.suitePath).toEqual(["vitest tests", "sample.test.ts"]);
    expect(first.classname).toBe("sample.test.ts");
    expect(first.durationMs).toBeCloseTo(1.04, 2);
    expect(first.file).toBe("vitest-junit.xml");
  });

  it("takes tags from [tag] and @tag in test names", () => {
    expect(list.map((s) => s.tags)).toEqual([["core-flow"], ["auth"], ["tenant-isolation"], []]);
  });

  it("keeps a failure's message and stack, decoded, without repeating the message", () => {
    const failed = byName(list, "core > @auth rejects a wrong password");
    expect(failed.error).toMatch(/^AssertionError: expected 'token' to be 'session'/);
    expect(failed.error).toContain('Expected: "session"');
    expect(failed.error).toContain("sample.test.ts:8:21");
    expect(failed.error?.match(/expected 'token'/g)).toHaveLength(1);
  });

  it("reads a report vitest writes now, from a sample test in a temp dir", {
    timeout: 60_000,
  }, () => {
    const dir = mkdtempSync(join(tmpdir(), "pilot-gate-vitest-"));
    try {
      copyFileSync(join(FIXTURES, "vitest-sample.test.ts.txt"), join(dir, "sample.test.ts"));
      writeFileSync(join(dir, "package.json"), '{"type":"module"}');
      const out = join(dir, "junit.xml");
      const vitest = join(ROOT, "node_modules", "vitest", "vitest.mjs");
      const run = spawnSync(
        process.execPath,
        [vitest, "run", "--root", dir, "--reporter=junit", `--outputFile=${out}`],
        { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "1" } },
      );
      expect(run.status, run.stderr).toBe(1); // the sample has one failing test
      const fresh = scenarios(readFileSync(out, "utf8"), "junit.xml");
      expect(fresh.map((s) => [s.name, s.result, s.tags])).toEqual(
        list.map((s) => [s.name, s.result, s.tags]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("parseJunit: Maven Surefire reruns", () => {
  // Shape from Surefire 3.x's surefire-test-report-3.0.xsd and its "Rerun
  // failing tests" page; see the comment at the top of the fixture.
  const list = scenarios(fixture("surefire-reruns.xml"), "TEST-CoreFlowSmokeTest.xml");

  it("reads a <testsuite> root", () => {
    expect(list).toHaveLength(6);
    expect(new Set(list.map((s) => s.suite))).toEqual(
      new Set(["com.acme.smoke.CoreFlowSmokeTest"]),
    );
  });

  it("reports a test that passed after flakyFailure/flakyError as flaky, with its attempts", () => {
    const dashboard = byName(list, "loadsDashboard");
    expect(dashboard.result).toBe("flaky");
    expect(dashboard.attempts).toEqual([
      { kind: "flakyFailure", message: "expected: <200> but was: <503>" },
      { kind: "flakyFailure", message: "expected: <200> but was: <502>" },
    ]);
    expect(byName(list, "exportsReport")).toMatchObject({
      result: "flaky",
      attempts: [{ kind: "flakyError", message: "Connection reset" }],
    });
  });

  it("reports a test that failed every rerun as failed, with its reruns", () => {
    const tenants = byName(list, "isolatesTenants");
    expect(tenants.result).toBe("failed");
    expect(tenants.attempts.map((a) => a.kind)).toEqual(["rerunFailure", "rerunFailure"]);
    expect(tenants.error).toMatch(/^org\.opentest4j\.AssertionFailedError: tenant B can read/);
    const invite = byName(list, "sendsInvite");
    expect(invite.result).toBe("errored");
    expect(invite.attempts.map((a) => a.kind)).toEqual(["rerunError"]);
  });

  it("reads skipped tests with their reason", () => {
    expect(byName(list, "billsInEuro")).toMatchObject({
      result: "skipped",
      error: "@Disabled: billing sandbox is down",
    });
  });

  it("merges tags from suite and test case properties, and reads 1,204.5-style times", () => {
    expect(byName(list, "signsIn").tags).toEqual(["smoke", "core-flow", "auth"]);
    expect(byName(list, "loadsDashboard").tags).toEqual(["smoke"]);
    expect(byName(list, "signsIn").durationMs).toBe(1250);
    const suiteTime = scenarios(
      '<testsuite name="s"><testcase name="t" time="1,204.5"/></testsuite>',
    )[0];
    expect(suiteTime?.durationMs).toBe(1_204_500);
  });
});

describe("parseJunit: structure", () => {
  it("walks nested suites, inheriting tags and recording the suite path", () => {
    const list = scenarios(fixture("nested-suites.xml"));
    expect(list.map((s) => [s.name, s.suite, s.suitePath, s.tags])).toEqual([
      ["home page renders", "core", ["smoke", "core"], ["core-flow"]],
      ["logs in @auth", "auth", ["smoke", "core", "auth"], ["core-flow", "auth"]],
      ["header [visual]", "ui", ["smoke", "ui"], ["a11y", "visual"]],
    ]);
  });

  it("lets a suite property name the suite", () => {
    const xml = `<testsuite name="com.acme.UiTest"><properties><property name="suite" value="ui"/></properties><testcase name="t"/></testsuite>`;
    expect(scenarios(xml)[0]?.suite).toBe("ui");
  });

  it("reads test cases straight under <testsuites>, and an <error> as errored", () => {
    const xml = `<testsuites><testcase name="a"><error message="boom"/></testcase></testsuites>`;
    expect(scenarios(xml)).toMatchObject([{ name: "a", result: "errored", error: "boom" }]);
  });

  it("does not read an e-mail address as a tag", () => {
    expect(
      scenarios('<testsuite><testcase name="invites bob@example.com"/></testsuite>')[0]?.tags,
    ).toEqual([]);
  });

  it("clips very long messages", () => {
    const xml = `<testsuite><testcase name="t"><failure message="${"x".repeat(10_000)}"/></testcase></testsuite>`;
    expect(scenarios(xml)[0]?.error).toHaveLength(MAX_MESSAGE_CHARS);
  });

  it("returns no scenario for a suite with no test case", () => {
    expect(scenarios('<testsuites name="vitest tests" tests="0"></testsuites>')).toEqual([]);
  });
});

describe("parseJunit: errors name the file and, when known, the line", () => {
  it.each([
    ["an empty file", "", /report\.xml is empty/, undefined],
    ["only whitespace", "  \n", /is empty/, undefined],
    [
      "a truncated report",
      '<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="s">\n    <testcase name="t">\n',
      /report\.xml is not well-formed XML: it ends before <\/testcase>, <\/testsuite>, <\/testsuites>\. The report is cut off/,
      5,
    ],
    [
      "a mismatched tag",
      "<testsuite>\n<testcase name='a'></testsuite>",
      /not well-formed XML: Expected closing tag 'testcase'/,
      2,
    ],
    ["text that is not XML", "PASS all tests\n", /not well-formed XML/, 1],
    [
      "another XML document",
      '<?xml version="1.0"?>\n<!-- coverage -->\n<coverage line-rate="0.9"/>',
      /not a JUnit report: its root is <coverage>, expected <testsuites> or <testsuite>/,
      3,
    ],
  ])("%s", (_label, xml, message, line) => {
    const parsed = parseJunit(xml, "report.xml");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.file).toBe("report.xml");
    expect(parsed.error.message).toMatch(message);
    expect(parsed.error.line).toBe(line);
  });

  it("refuses suites nested deeper than any runner writes", () => {
    const xml = `${"<testsuite>".repeat(100)}${"</testsuite>".repeat(100)}`;
    const parsed = parseJunit(xml, "deep.xml");
    expect(parsed.ok ? "" : parsed.error.message).toMatch(/nests <testsuite> more than 64 deep/);
  });
});

describe("parseJunit: the cost of a hostile file is bounded", () => {
  const suite = (cases: string) =>
    `<testsuites><testsuite name="s">${cases}</testsuite></testsuites>`;
  const testcases = (n: number) => '<testcase name="t"/>'.repeat(n);

  it("refuses a file over 8 MiB before parsing, and says what to do", () => {
    const xml = suite(
      `<testcase name="t"><system-out>${"x".repeat(JUNIT_LIMIT.bytes)}</system-out></testcase>`,
    );
    const parsed = parseJunit(xml, "reports/big.xml");
    expect(parsed).toEqual({
      ok: false,
      error: {
        file: "reports/big.xml",
        message: expect.stringMatching(
          /^reports\/big\.xml is [\d,]+ bytes, over the limit of 8,388,608 bytes \(8 MiB\); have the runner write one file per suite/,
        ),
      },
    });
  });

  it("refuses a file with more than 50,000 test cases before parsing", () => {
    const parsed = parseJunit(suite(testcases(JUNIT_MAX_TESTCASES + 1)), "all.xml");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.message).toMatch(
      /^all\.xml has 50,001 test cases, over the limit of 50,000 for one smoke run; the smoke gate judges a smoke suite/,
    );
    expect(scenarios(suite(testcases(JUNIT_MAX_TESTCASES)))).toHaveLength(JUNIT_MAX_TESTCASES);
  });

  it("counts the test cases of earlier files of the run against the same limit", () => {
    const parsed = parseJunit(suite(testcases(20)), "b.xml", {
      testcasesBefore: JUNIT_MAX_TESTCASES - 10,
    });
    expect(!parsed.ok && parsed.error.message).toMatch(
      /^b\.xml has 20 test cases \(with the 49,990 read before it, 50,010\), over the limit/,
    );
    expect(
      parseJunit(suite(testcases(10)), "b.xml", { testcasesBefore: JUNIT_MAX_TESTCASES - 10 }).ok,
    ).toBe(true);
  });

  it("skips captured output unread, even when it holds markup-like text", () => {
    const list = scenarios(
      suite(
        '<testcase name="a"><system-out><![CDATA[<testcase name="fake"/> </system-out>]]></system-out></testcase><system-err>e &amp; f</system-err><testcase name="b"/>',
      ),
    );
    expect(list.map((s) => s.name)).toEqual(["a", "b"]);
  });
});
