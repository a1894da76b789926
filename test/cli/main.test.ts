import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run, STACK_LINE } from "./helpers.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};

describe("pilot-gate (no command)", () => {
  it("prints the version from package.json", async () => {
    for (const flag of ["--version", "-v"]) {
      const result = await run([flag]);
      expect(result).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    }
  });

  it("prints help listing every command, exit 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    for (const command of ["check", "config validate", "config print", "demo", "init"]) {
      expect(result.stdout).toContain(command);
    }
    expect(result.stdout).toContain("Exit codes: 0 pass (ready to merge, GO), 1 the gate failed");
  });

  it("prints a command's help with --help after it, or with help <command>", async () => {
    for (const argv of [
      ["check", "--help"],
      ["check", "-h"],
      ["help", "check"],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("--body-file <path>");
      expect(result.stdout).toContain("--changed-files <path>");
      expect(result.stdout).toContain("git merge-base origin/<base> HEAD");
      expect(result.stdout).toContain("Default: main");
    }
    for (const command of ["config", "demo", "init"]) {
      const result = await run([command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`pilot-gate ${command}`);
    }
  });

  it("exits 2 with the help on stderr when no command is given", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage: pilot-gate <command>");
  });

  it("exits 2 on an unknown command, with the usage line and a suggestion", async () => {
    const result = await run(["chekc"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "chekc"; did you mean "pilot-gate check"?');
    expect(result.stderr).toContain("usage: pilot-gate <command> [options]");
    expect(result.stderr).toContain('Run "pilot-gate --help" for more.');
  });

  it("exits 2 on an unknown command with nothing close to suggest", async () => {
    const result = await run(["deploy"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^pilot-gate: unknown command "deploy"\n/);
  });

  it("exits 2 on an option before the command", async () => {
    const result = await run(["--json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option --json; options go after the command");
  });

  it("exits 2 on an unknown flag of a command, naming the closest one", async () => {
    const result = await run(["check", "--bodyfile", "pr.md"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option --bodyfile; did you mean --body-file?");
    expect(result.stderr).toContain("usage: pilot-gate check --body-file <path|->");
    expect(result.stderr).toContain('Run "pilot-gate check --help" for more.');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("exits 2 when an option misses its value", async () => {
    const result = await run(["check", "--body-file"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("option --body-file needs a value");
  });

  it("explains how to pass a value that starts with a dash", async () => {
    const result = await run(["check", "--branch", "--json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("option --branch needs a value");
    expect(result.stderr).toContain("--branch=-value");
  });

  it("exits 2 when a boolean flag is given a value, or on a stray argument", async () => {
    expect((await run(["init", "--force=yes"])).stderr).toContain(
      "option --force does not take a value",
    );
    const stray = await run(["demo", "extra"]);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('unexpected argument "extra"');
  });
});
