import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parityReportSchema } from "../../core/gates/parity/index.js";
import { ANSI, run, STACK_LINE, tempDir, writeFiles, writeLargeFile } from "./helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PROD = "examples/parity/production.yml";
const STAGING = "examples/parity/staging.yml";
const DRIFTED = "examples/parity/staging-drifted.yml";

describe("pilot-gate parity", () => {
  it("exits 0 on the bundled environments in parity", async () => {
    const result = await run(["parity", PROD, STAGING, "--today", "2026-05-01"], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("production → staging: pass (7 match)");
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe(
      "Parity: production, staging match (7 match)",
    );
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stderr).toBe("");
  });

  it("exits 1 on the drifted example, giving both values and the fix", async () => {
    const result = await run(["parity", PROD, DRIFTED, "--today", "2026-05-01"], { cwd: ROOT });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("flag new_checkout: production has true, staging has false");
    expect(result.stdout).toContain(
      "fix: set flag new_checkout in staging to true to match production",
    );
    expect(result.stdout).toContain("Parity: 6 drifts between production, staging");
  });

  it("reads parity rules from --config", async () => {
    const result = await run(
      [
        "parity",
        PROD,
        DRIFTED,
        "--config",
        "examples/parity/pilot-gate.yml",
        "--today",
        "2026-05-01",
        "--json",
      ],
      { cwd: ROOT },
    );
    expect(result.code).toBe(1);
    const report = parityReportSchema.parse(JSON.parse(result.stdout));
    expect(report.counts).toEqual({ match: 3, drift: 4, expected: 2, not_checked: 0, error: 0 });
  });

  it("writes the report with --report, and --json prints the same report", async () => {
    const dir = await tempDir();
    const path = join(dir, "out/parity.json");
    const result = await run(
      ["parity", PROD, STAGING, "--today", "2026-05-01", "--json", "--report", path],
      {
        cwd: ROOT,
      },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(path, "utf8"))).toEqual(JSON.parse(result.stdout));
  });

  it("exits 2 on an unreadable environment file, naming file:line:column", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      "prod.yml": "name: production\nfeature_flags: { a: true }\n",
      "staging.json": '{\n  "name": "staging",\n  "feature_flag": {}\n}\n',
    });
    const result = await run(["parity", "prod.yml", "staging.json", "nope.yml"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('staging.json:3:3 feature_flag: unknown key "feature_flag"');
    expect(result.stdout).toContain("cannot read nope.yml: no such file");
    expect(result.stderr).toContain("nothing is reported as in parity");
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it("exits 2 on an invalid config", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      ".github/pilot-gate.yml":
        "parity:\n  expected:\n    - { facet: openapi, owner: o, reason: r, expires: 30/06/2026 }\n",
      "a.yml": "name: a\n",
      "b.yml": "name: b\n",
    });
    const result = await run(["parity", "a.yml", "b.yml"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(".github/pilot-gate.yml:3:");
    expect(result.stderr).toContain("YYYY-MM-DD");
  });

  it.each([
    [
      ["parity"],
      "pilot-gate: The command line lists no file and parity.environments in .github/pilot-gate.yml (there is none) lists none: give at least two environment files, the reference (e.g. production) first, e.g. pilot-gate parity production.yml staging.yml; or list them once under parity.environments in .github/pilot-gate.yml.\n",
    ],
    [
      ["parity", "a.yml"],
      "pilot-gate: The command line lists one file: give at least two environment files, the reference (e.g. production) first, e.g. pilot-gate parity production.yml staging.yml; or list them once under parity.environments in .github/pilot-gate.yml.\n",
    ],
  ])("exits 2 on %j, naming parity.environments", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
  });

  it("compares the files parity.environments lists when none is given, and the given ones first", async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      ".github/pilot-gate.yml": "parity:\n  environments: [prod.yml, drifted.yml]\n",
      "prod.yml": readFileSync(join(ROOT, "examples/parity/production.yml"), "utf8"),
      "staging.yml": readFileSync(join(ROOT, "examples/parity/staging.yml"), "utf8"),
      "drifted.yml": readFileSync(join(ROOT, "examples/parity/staging-drifted.yml"), "utf8"),
    });
    const fromConfig = await run(["parity", "--today", "2026-05-01"], { cwd: dir });
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.stdout).toContain("reference: prod.yml");
    const given = await run(["parity", "prod.yml", "staging.yml", "--today", "2026-05-01"], {
      cwd: dir,
    });
    expect(given.code).toBe(0);
  });

  it.each([
    [["parity", "a.yml", "b.yml", "--today", "tomorrow"], '--today "tomorrow" is not a date'],
    [["parity", "a.yml", "b.yml", "--todya", "2026-01-01"], "did you mean --today?"],
  ])("exits 2 on %j", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("usage: pilot-gate parity [<env-file> <env-file>");
  });

  it("has help", async () => {
    const result = await run(["parity", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Exit codes: 0 in parity, 1 drift, 2");
    const main = await run(["--help"]);
    expect(main.stdout).toContain("parity            Compare environment descriptions");
  });
});

describe("pilot-gate parity: an environment file over 256 KiB", () => {
  it("is an input error (exit 2), unread, and nothing counts as in parity", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { "prod.yml": "name: production\n" });
    await writeLargeFile(cwd, "staging.yml", 300_000, "name: staging\n# ");
    const result = await run(["parity", "prod.yml", "staging.yml", "--json"], { cwd });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).errors).toEqual([
      expect.objectContaining({
        file: "staging.yml",
        message: expect.stringMatching(
          /^staging\.yml is 300,000 bytes, over the limit of 262,144 bytes \(256 KiB\); describe documents by version and digest/,
        ),
      }),
    ]);
  });
});
