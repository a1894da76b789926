import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { STACK_LINE, tempDir, writeFiles } from "./helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The committed bundle; test/dist.test.ts checks it is current. */
const OUTFILE = join(ROOT, "dist", "cli.js");
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
  bin: Record<string, string>;
};

/** Runs the committed bundle as a user would, with a predictable environment. */
function cli(args: string[], options: { cwd?: string; input?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [OUTFILE, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 15_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("dist/cli.js", () => {
  it("is the package's bin, with a shebang, and executable", () => {
    expect(pkg.bin["pilot-gate"]).toBe("dist/cli.js");
    expect(readFileSync(OUTFILE, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    if (process.platform !== "win32") {
      expect(statSync(OUTFILE).mode & 0o111, "chmod 755 dist/cli.js").toBe(0o111);
    }
  });

  it("prints the package version", () => {
    expect(cli(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("exits 0 for a ready PR and 1 for NO_MERGE", async () => {
    const cwd = await tempDir();
    const body = readFileSync(
      new URL("../../cli/examples/ready-feature.md", import.meta.url),
      "utf8",
    );
    // The checkout holds the evidence file the body cites: the CLI looks for it.
    await writeFiles(cwd, { "pr.md": body, "evidence/story/S-PC-01/login-page.png": "png" });
    const base = ["check", "--branch", "feature/S-PC-01-login-page", "--body-file", "pr.md"];
    const pass = cli(base, { cwd });
    expect(pass.stderr).toBe("");
    expect(pass.code).toBe(0);
    expect(pass.stdout).toContain("✔ Ready to merge");
    const blocked = cli([...base, "--labels", "NO_MERGE", "--json"], { cwd });
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.stdout).status).toBe("no_merge");
  });

  it("reads the changed files from stdin", async () => {
    const cwd = await tempDir();
    const body = readFileSync(
      new URL("../../cli/examples/ready-feature.md", import.meta.url),
      "utf8",
    );
    // The checkout holds the evidence file the body cites: the CLI looks for it.
    await writeFiles(cwd, { "pr.md": body, "evidence/story/S-PC-01/login-page.png": "png" });
    const result = cli(
      [
        "check",
        "--branch",
        "feature/S-PC-01-login-page",
        "--body-file",
        "pr.md",
        "--changed-files",
        "-",
      ],
      { cwd, input: "src/login/LoginPage.tsx\n.github/CODEOWNERS\n" },
    );
    expect(result.stdout).toContain("changes:  2 files (from stdin)");
    expect(result.stdout).toContain("governance files: `.github/CODEOWNERS`");
    expect(result.code).toBe(1);
  });

  it("reads the body from stdin", async () => {
    const body = readFileSync(
      new URL("../../cli/examples/ready-hotfix.md", import.meta.url),
      "utf8",
    );
    // A checkout holding the evidence the body cites.
    const cwd = await tempDir();
    await writeFiles(cwd, { "evidence/incident/INC-42/load-test.md": "# Load test\n" });
    const result = cli(
      ["check", "--branch", "hotfix/INC-42-checkout-timeout", "--body-file", "-", "--json"],
      { cwd, input: body },
    );
    expect(result.code).toBe(0);
  });

  it("exits 2 on usage and config errors, without a stack trace", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { ".github/pilot-gate.yml": "rules: [\n" });
    for (const args of [
      ["check", "--nope"],
      ["check", "--branch", "x", "--body-file", "missing.md"],
      ["config", "validate"],
      ["frobnicate"],
    ]) {
      const result = cli(args, { cwd });
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).not.toMatch(STACK_LINE);
    }
    expect(cli(["config", "validate"], { cwd }).stderr).toMatch(
      /^\.github\/pilot-gate\.yml:\d+:\d+ YAML syntax error/,
    );
  });

  it("runs the demo from inside the bundle", () => {
    const result = cli(["demo"]);
    expect(result.stdout).toContain("1/9 A ready feature PR");
    expect(result.stdout).toContain("9/9 A CODEOWNERS change without PO/PM approval");
    expect(result.stdout).toContain("✔ All 9 examples got the verdict they expect.");
    expect(result.stdout).toContain("pilot-gate init");
    expect(result.code).toBe(0);
  });
});
