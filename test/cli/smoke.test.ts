import { existsSync, readFileSync } from "node:fs";
import { utimes } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { matchFiles } from "../../engine/smoke/gather.js";
import { ANSI, run, STACK_LINE, tempDir, writeFiles, writeLargeFile } from "./helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const PASS_XML = `<testsuites><testsuite name="core"><testcase name="signs in [core-flow]" time="0.5"/></testsuite></testsuites>`;
const FAIL_XML = `<testsuite name="ui"><testcase name="header @auth"><failure message="expected 1 got 2"/></testcase></testsuite>`;

/** A shell command that writes `xml` to `path` with node, so it works wherever the tests run. */
function writeWith(path: string, xml: string): string {
  const script =
    "const fs = require('fs'); fs.mkdirSync(require('path').dirname(process.argv[1]), { recursive: true }); fs.writeFileSync(process.argv[1], process.argv[2])";
  return `node -e "${script}" ${path} '${xml}'`;
}

describe("pilot-gate smoke", () => {
  it("passes the bundled passing example (exit 0)", async () => {
    const dir = await tempDir();
    const result = await run(
      [
        "smoke",
        "--junit",
        join(ROOT, "examples/smoke/passing/*.xml"),
        "--suite",
        "core",
        "--suite",
        "ui",
        "--report",
        join(dir, "r.json"),
      ],
      { cwd: ROOT },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✔ smoke: pass {2}6 executed · 5 passed · 0 failed · 1 flaky/);
    expect(result.stdout).toContain("~ opensTheProjectList");
    expect(result.stdout).not.toMatch(ANSI);
  });

  it("records the commit given with --sha in the report, and refuses one that is not a full id", async () => {
    const dir = await tempDir();
    const sha = "AB".repeat(20);
    const args = ["smoke", "--junit", join(ROOT, "examples/smoke/passing/*.xml")];
    const result = await run([...args, "--report", join(dir, "r.json"), "--sha", sha], {
      cwd: ROOT,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).sha).toBe(sha.toLowerCase());

    const short = await run([...args, "--report", join(dir, "s.json"), "--sha", "abc123"], {
      cwd: ROOT,
    });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('--sha "abc123" is not a full commit id');
    expect(existsSync(join(dir, "s.json"))).toBe(false);
  });

  it("fails the bundled failing example (exit 1), failures listed", async () => {
    const dir = await tempDir();
    const result = await run(
      ["smoke", "--junit", "examples/smoke/failing/*.xml", "--report", join(dir, "r.json")],
      { cwd: ROOT },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("✖ smoke: fail");
    expect(result.stdout).toContain(
      "✖ switchesTenant  failed, suite ui, tags tenant-isolation, 6.4 s, failed 2 reruns too",
    );
    expect(result.stdout).toContain("✖ core > [core-flow] @auth refreshes an expired session");
  });

  it("runs each command, keeps their output off stdout, and writes the report", async () => {
    const cwd = await tempDir();
    const result = await run(
      [
        "smoke",
        "--run",
        `echo building && ${writeWith("out/core.xml", PASS_XML)}`,
        "--run",
        writeWith("out/ui.xml", PASS_XML.replace(/core/g, "ui")),
        "--junit",
        "out/*.xml",
        "--suite",
        "core",
        "--suite",
        "ui",
        "--json",
      ],
      { cwd, env: { PATH: process.env.PATH } },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("building");
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ status: "pass", counts: { executed: 2, passed: 2 } });
    expect(report.commands.map((c: { exitCode: number }) => c.exitCode)).toEqual([0, 0]);
    expect(report.junit.files.map((f: { path: string }) => f.path)).toEqual([
      "out/core.xml",
      "out/ui.xml",
    ]);
    const written = JSON.parse(readFileSync(join(cwd, ".pilot-gate/smoke-report.json"), "utf8"));
    expect(written).toEqual(report);
  });

  it("fails when a command exits non-zero, and still runs the next one", async () => {
    const cwd = await tempDir();
    const result = await run(
      ["smoke", "--run", "exit 3", "--run", writeWith("r.xml", PASS_XML), "--junit", "r.xml"],
      { cwd, env: { PATH: process.env.PATH } },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('"exit 3" exited with 3');
    expect(existsSync(join(cwd, "r.xml"))).toBe(true);
  });

  it("fails on zero executed tests", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { "r.xml": '<testsuites name="vitest tests" tests="0"></testsuites>' });
    const result = await run(["smoke", "--junit", "r.xml"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("No test was executed");
  });

  it("fails a failing test and a missing suite", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { "reports/ui.xml": FAIL_XML });
    const result = await run(
      ["smoke", "--junit", "reports/**/*.xml", "--suite", "core", "--suite", "ui"],
      { cwd },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Suite "core" was expected');
    expect(result.stdout).toContain("✖ header @auth  failed, suite ui, tags auth");
  });

  it("fails closed with exit 2 on a malformed JUnit file, located, and still writes the report", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, {
      "a.xml": PASS_XML,
      "b.xml": "<testsuite>\n<testcase name='a'></testsuite>",
    });
    const result = await run(["smoke", "--junit", "*.xml"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("b.xml:2:");
    expect(result.stdout).toContain("is not well-formed XML");
    expect(result.stdout).not.toMatch(STACK_LINE);
    const report = JSON.parse(readFileSync(join(cwd, ".pilot-gate/smoke-report.json"), "utf8"));
    expect(report.status).toBe("fail");
    expect(report.reasons[0]).toMatchObject({ code: "input-error", file: "b.xml", line: 2 });
  });

  it("fails closed with exit 2 when a glob matches no file", async () => {
    const cwd = await tempDir();
    const result = await run(["smoke", "--junit", "reports/*.xml"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("--junit reports/*.xml matched no file");
  });

  it("fails a JUnit file left over from an earlier run", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { "r.xml": PASS_XML });
    const old = new Date(Date.now() - 3_600_000);
    await utimes(join(cwd, "r.xml"), old, old);
    const result = await run(["smoke", "--run", "true", "--junit", "r.xml"], {
      cwd,
      env: { PATH: process.env.PATH },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("r.xml was last written before the smoke commands started");
  });

  it("exits 2 naming smoke.junit when neither --junit nor the config names a JUnit file", async () => {
    const result = await run(["smoke"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "pilot-gate: The --junit list is empty and smoke.junit in .github/pilot-gate.yml (there is none) lists no glob either: pass a glob of the JUnit XML files your smoke run writes, e.g. --junit 'reports/**/*.xml', or list the globs once under smoke.junit in .github/pilot-gate.yml (e.g. junit: [reports/**/*.xml]).\n",
    );
  });

  it("runs smoke.commands and judges smoke.junit of the config when --junit is left out", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, {
      ".github/pilot-gate.yml": [
        "smoke:",
        `  commands: [${JSON.stringify(writeWith("reports/r.xml", PASS_XML))}]`,
        "  junit: [reports/*.xml]",
        "  suites: [nope]",
        "",
      ].join("\n"),
    });
    const result = await run(["smoke", "--json"], { cwd });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.junit.patterns).toEqual(["reports/*.xml"]);
    expect(report.commands).toHaveLength(1);
    expect(report.suites.expected).toEqual(["nope"]);
    // --suite wins over smoke.suites.
    const suite = await run(["smoke", "--suite", "core", "--json"], { cwd });
    expect(JSON.parse(suite.stdout).suites.expected).toEqual(["core"]);
  });

  it.each([
    [["--junit", ""], /--junit needs a glob/],
    [["--junit", "a.xml", "--run", " "], /--run needs a command/],
    [["--junit", "a.xml", "--suit", "core"], /unknown option --suit; did you mean --suite\?/],
  ])("rejects %j with a usage error (exit 2)", async (args, message) => {
    const result = await run(["smoke", ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("usage: pilot-gate smoke");
  });

  it("prints help", async () => {
    const result = await run(["smoke", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Exit codes: 0 pass, 1 the gate failed, 2 usage error");
  });
});

describe("matchFiles", () => {
  it("walks below the glob's base, skipping node_modules and .git", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, {
      "reports/a.xml": "",
      "reports/deep/b.xml": "",
      "reports/c.txt": "",
      "reports/node_modules/d.xml": "",
      "other/e.xml": "",
    });
    const found = await matchFiles(cwd, "reports/**/*.xml");
    expect(found.map((f) => f.slice(cwd.length + 1))).toEqual([
      "reports/a.xml",
      "reports/deep/b.xml",
    ]);
    expect(await matchFiles(cwd, "other/e.xml")).toEqual([join(cwd, "other/e.xml")]);
    expect(await matchFiles(cwd, "missing/*.xml")).toEqual([]);
  });
});

describe("pilot-gate smoke: JUnit files over the limits", () => {
  it("fails closed with exit 2 on a file over 8 MiB, unread, and still judges the others", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { "reports/a.xml": PASS_XML });
    await writeLargeFile(cwd, "reports/b.xml", 9 * 1024 * 1024, "<testsuite>");
    const result = await run(["smoke", "--junit", "reports/*.xml", "--json"], { cwd });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.status).toBe("fail");
    expect(report.counts.executed).toBe(1);
    expect(report.reasons).toContainEqual(
      expect.objectContaining({
        code: "input-error",
        file: "reports/b.xml",
        message: expect.stringMatching(
          /^reports\/b\.xml is 9,437,184 bytes, over the limit of 8,388,608 bytes \(8 MiB\); have the runner write one file per suite/,
        ),
      }),
    );
  });

  it("fails closed with exit 2 once the files together pass 50,000 test cases", async () => {
    const cwd = await tempDir();
    const cases = (n: number) =>
      `<testsuite name="core">${'<testcase name="t"/>'.repeat(n)}</testsuite>`;
    await writeFiles(cwd, { "a.xml": cases(30_000), "b.xml": cases(30_000) });
    const result = await run(["smoke", "--junit", "*.xml", "--json"], { cwd });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.counts.total).toBe(30_000);
    expect(report.reasons).toContainEqual(
      expect.objectContaining({
        code: "input-error",
        file: "b.xml",
        message: expect.stringMatching(
          /^b\.xml has 30,000 test cases \(with the 30,000 read before it, 60,000\), over the limit of 50,000/,
        ),
      }),
    );
  });
});
