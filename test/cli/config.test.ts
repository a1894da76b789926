import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defaultConfig, parseConfig } from "../../core/index.js";
import { run, STACK_LINE, tempDir, writeFiles, writeLargeFile } from "./helpers.js";

describe("pilot-gate config validate", () => {
  it("exits 0 and says the default file is valid", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, {
      ".github/pilot-gate.yml": "rules:\n  no-merge-label:\n    label: HOLD\n",
    });
    const result = await run(["config", "validate"], { cwd });
    expect(result).toEqual({ code: 0, stdout: "✔ .github/pilot-gate.yml is valid\n", stderr: "" });
  });

  it("validates the file given as an argument", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { "conf/gate.yml": "ids:\n  pattern: 'T-[0-9]+'\n" });
    const result = await run(["config", "validate", "conf/gate.yml"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("✔ conf/gate.yml is valid\n");
  });

  it("validates a file with _extends alone, and says the file it names is not read", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { ".github/pilot-gate.yml": "_extends: acme/.github\n" });
    const result = await run(["config", "validate"], { cwd });
    expect(result).toEqual({
      code: 0,
      stdout: "✔ .github/pilot-gate.yml is valid\n",
      stderr:
        'note: .github/pilot-gate.yml extends "acme/.github", which is not read here: this file is used alone, without the settings it would inherit. The App and the pull-request Action follow _extends.\n',
    });
  });

  it("exits 2 on malformed YAML with file:line:column", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { "bad.yml": "rules:\n  branch-name:\n    enabled: [true\n  x: 1\n" });
    const result = await run(["config", "validate", "bad.yml"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^bad\.yml:\d+:\d+ YAML syntax error: .+$/m);
    expect(result.stderr).toMatch(/✖ bad\.yml: \d+ problems?\n$/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("exits 2 listing every schema problem at its line and column", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, {
      ".github/pilot-gate.yml": [
        "ids:",
        "  pattern: '[A-'",
        "rules:",
        "  residual-risks:",
        "    severity: fatal",
        "  branch-nam: {}",
        "",
      ].join("\n"),
    });
    const result = await run(["config", "validate"], { cwd });
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\.github\/pilot-gate\.yml:2:12 ids\.pattern: is not a valid regular expression/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^\.github\/pilot-gate\.yml:5:15 rules\.residual-risks\.severity: /),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^\.github\/pilot-gate\.yml:6:3 rules\.branch-nam: unknown rule/),
    );
    expect(lines.at(-1)).toBe("✖ .github/pilot-gate.yml: 3 problems");
  });

  it("exits 2 when the default file is missing, saying how to create it", async () => {
    const cwd = await tempDir();
    const result = await run(["config", "validate"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'pilot-gate: cannot read .github/pilot-gate.yml: no such file. Create it with "pilot-gate init", or pass the file: pilot-gate config validate <path>\n',
    );
  });

  it("exits 2 when a named file is missing", async () => {
    const cwd = await tempDir();
    const result = await run(["config", "validate", "nope.yml"], { cwd });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "pilot-gate: cannot read nope.yml: no such file\n",
    });
  });
});

describe("pilot-gate config print", () => {
  it("prints the defaults as YAML when there is no config", async () => {
    const cwd = await tempDir();
    const result = await run(["config", "print"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^# pilot-gate config from defaults \(no \.github\/pilot-gate\.yml\)/,
    );
    expect(parse(result.stdout)).toEqual(defaultConfig());
    expect(parseConfig(result.stdout)).toEqual(defaultConfig());
  });

  it("prints a config with its defaults filled in", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, {
      "gate.yml": "rules:\n  branch-name:\n    patterns: ['feat/{story}-{slug}']\n",
    });
    const result = await run(["config", "print", "gate.yml"], { cwd });
    expect(result.code).toBe(0);
    const printed = parse(result.stdout);
    expect(printed.rules["branch-name"].patterns).toEqual(["feat/{story}-{slug}"]);
    expect(printed.rules["branch-name"].exempt).toEqual(
      defaultConfig().rules["branch-name"].exempt,
    );
    expect(printed.rules["no-merge-label"]).toEqual(defaultConfig().rules["no-merge-label"]);
  });

  it("exits 2 with the located problems when the config is invalid", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { ".github/pilot-gate.yml": "idz: {}\n" });
    const result = await run(["config", "print"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('.github/pilot-gate.yml:1:1 idz: unknown key "idz"');
  });
});

describe("pilot-gate config (usage)", () => {
  it("exits 2 without a subcommand", async () => {
    const result = await run(["config"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("config needs a subcommand: validate or print");
    expect(result.stderr).toContain("usage: pilot-gate config <validate|print> [path]");
  });

  it("exits 2 on an unknown subcommand, suggesting the closest", async () => {
    const result = await run(["config", "vaildate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean "pilot-gate config validate"?');
  });

  it("exits 2 on a second path", async () => {
    const result = await run(["config", "validate", "a.yml", "b.yml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unexpected argument "b.yml"');
  });
});

describe("pilot-gate config: a config over 64 KiB", () => {
  it("is refused unread with one problem that says what to do (validate, exit 2)", async () => {
    const cwd = await tempDir();
    await writeLargeFile(cwd, "big.yml", 50 * 1024 * 1024, "check:\n  name: gate\n# ");
    const result = await run(["config", "validate", "big.yml"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "big.yml the file is 52,428,800 bytes, over the limit of 65,536 bytes (64 KiB); keep only the keys you change (every key is optional; `pilot-gate init` writes all the defaults, commented, in about 14 KB).\n✖ big.yml: 1 problem\n",
    );
  });

  it("stops every command that reads it, found by default or named", async () => {
    const cwd = await tempDir();
    await writeLargeFile(cwd, ".github/pilot-gate.yml", 70_000, "check:\n  name: gate\n# ");
    for (const argv of [
      ["config", "print"],
      ["config", "validate"],
    ]) {
      const result = await run(argv, { cwd });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^\.github\/pilot-gate\.yml the file is 70,000 bytes, over the limit of 65,536 bytes/,
      );
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
    const check = await run(
      [
        "check",
        "--base",
        "main",
        "--branch",
        "feature/S-1-x",
        "--body-file",
        "-",
        "--config",
        ".github/pilot-gate.yml",
      ],
      { cwd, stdin: "body" },
    );
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/the file is 70,000 bytes, over the limit of 65,536 bytes/);
  });
});
