import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { DEFAULT_PR_TEMPLATE } from "../../core/pr-template.js";
import type { GitRunner } from "../../engine/io.js";
import { ANSI, run, STACK_LINE, tempDir, writeFiles } from "./helpers.js";

const READY_BODY = readFileSync(
  new URL("../../cli/examples/ready-feature.md", import.meta.url),
  "utf8",
);
const BRANCH = "feature/S-PC-01-login-page";

/** The evidence file the ready body cites, committed with it. */
const READY_EVIDENCE = "evidence/story/S-PC-01/login-page.png";

/** A temp dir holding pr.md with a ready body and the evidence it cites, plus any other files. */
async function repo(files: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, { "pr.md": READY_BODY, [READY_EVIDENCE]: "png", ...files });
  return dir;
}

const gitSays =
  (output: string): GitRunner =>
  () =>
    output;

describe("pilot-gate check", () => {
  it("exits 0 for a ready PR and says which config it used", async () => {
    const cwd = await repo();
    const result = await run(
      ["check", "--branch", BRANCH, "--base", "develop", "--body-file", "pr.md"],
      {
        cwd,
      },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${BRANCH} → develop`);
    expect(result.stdout).toContain("config:   defaults (no .github/pilot-gate.yml)");
    expect(result.stdout).toContain("✔ Ready to merge");
    for (const rule of ["branch-name", "pr-checklist", "residual-risks", "no-merge-label"]) {
      expect(result.stdout).toMatch(new RegExp(`^ {2}✔ ${rule}$`, "m"));
    }
    expect(result.stdout).not.toMatch(ANSI);
  });

  it("defaults --base to main", async () => {
    const cwd = await repo();
    const result = await run(["check", "--branch", BRANCH, "--body-file", "pr.md"], { cwd });
    expect(result.stdout).toContain(`${BRANCH} → main`);
  });

  it("exits 1 for a NO_MERGE label, with the finding and how to fix it", async () => {
    const cwd = await repo();
    const result = await run(
      ["check", "--branch", BRANCH, "--body-file", "pr.md", "--labels", "frontend, NO_MERGE"],
      { cwd },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("✖ NO_MERGE: 1 blocking finding to fix");
    expect(result.stdout).toMatch(/^ {2}✖ no-merge-label +1 blocking$/m);
    expect(result.stdout).toContain(
      "✖ no-merge-label · labels\n  The PR carries the `NO_MERGE` label.\n  how to fix: Resolve what it was added for",
    );
  });

  it("accepts --labels repeated as well as comma-separated", async () => {
    const cwd = await repo();
    const result = await run(
      [
        "check",
        "--branch",
        BRANCH,
        "--body-file",
        "pr.md",
        "--labels",
        "a,b",
        "--labels",
        "no_merge",
      ],
      { cwd },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("carries the `no_merge` label");
  });

  it("exits 1 for a badly named branch and suggests a name from the title", async () => {
    const cwd = await repo();
    const result = await run(
      ["check", "--branch", "Login_Page", "--title", "S-PC-01: Login page", "--body-file", "pr.md"],
      { cwd },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("✖ branch-name · branch");
    expect(result.stdout).toContain("suggestion: feature/S-PC-01-login-page");
  });

  it("prints only the JSON verdict with --json", async () => {
    const cwd = await repo();
    const result = await run(
      ["check", "--branch", BRANCH, "--body-file", "pr.md", "--labels", "NO_MERGE", "--json"],
      { cwd },
    );
    expect(result.code).toBe(1);
    const verdict = JSON.parse(result.stdout);
    expect(verdict).toMatchObject({ version: 1, status: "no_merge" });
    expect(verdict.rules.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      "branch-name",
      "pr-checklist",
      "residual-risks",
      "no-merge-label",
      "governance-files",
      "incident-freeze",
      "incident-story",
      "wip-limit",
      "required-checks",
    ]);
    const blocking = verdict.findings.filter(
      (f: { severity: string }) => f.severity === "blocking",
    );
    expect(blocking.map((f: { ruleId: string }) => f.ruleId)).toEqual(["no-merge-label"]);
    expect(result.stdout.endsWith("}\n")).toBe(true);
  });

  it("reads the body from stdin with --body-file -", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { [READY_EVIDENCE]: "png" });
    const fromString = await run(["check", "--branch", BRANCH, "--body-file", "-", "--json"], {
      cwd,
      stdin: READY_BODY,
    });
    expect(fromString.code).toBe(0);
    const half = Buffer.from(READY_BODY).subarray(0, 7);
    const rest = Buffer.from(READY_BODY).subarray(7);
    const fromStream = await run(["check", "--branch", BRANCH, "--body-file", "-", "--json"], {
      cwd,
      stdin: Readable.from([half, rest]),
    });
    expect(fromStream.code).toBe(0);
    expect(fromStream.stdout).toBe(fromString.stdout);
    const text = await run(["check", "--branch", BRANCH, "--body-file", "-"], { cwd, stdin: "" });
    expect(text.stdout).toContain("body:     stdin");
  });

  it("exits 2 when the body file is missing, without a stack trace", async () => {
    const cwd = await tempDir();
    const result = await run(["check", "--branch", BRANCH, "--body-file", "missing.md"], { cwd });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "pilot-gate: cannot read missing.md: no such file\n",
    });
  });

  it("exits 2 when the body file is a directory", async () => {
    const cwd = await tempDir();
    const result = await run(["check", "--branch", BRANCH, "--body-file", "."], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("pilot-gate: cannot read .: it is a directory\n");
  });

  it("exits 2 without --body-file, saying how to pass the body", async () => {
    const result = await run(["check", "--branch", BRANCH]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--body-file is required");
    expect(result.stderr).toContain("--body-file - to read it from standard input");
  });

  it("exits 2 on a config with a YAML syntax error, located at line:column", async () => {
    const cwd = await repo({
      ".github/pilot-gate.yml": "rules:\n  branch-name:\n    patterns: [a, b\n",
    });
    const result = await run(["check", "--branch", BRANCH, "--body-file", "pr.md"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^\.github\/pilot-gate\.yml:\d+:\d+ YAML syntax error: /);
    expect(result.stderr).toContain("nothing was judged");
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("exits 2 on a config --config file with an unknown key, naming its line", async () => {
    const cwd = await repo({
      "gate.yml": "ids:\n  pattern: '[A-Z]+-[0-9]+'\nrules:\n  branch-nam:\n    enabled: false\n",
    });
    const result = await run(
      ["check", "--branch", BRANCH, "--body-file", "pr.md", "--config", "gate.yml"],
      { cwd },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('gate.yml:4:3 rules.branch-nam: unknown rule "branch-nam"');
  });

  it("exits 2 when --config names a missing file", async () => {
    const cwd = await repo();
    const result = await run(
      ["check", "--branch", BRANCH, "--body-file", "pr.md", "--config", "nope.yml"],
      { cwd },
    );
    expect(result).toMatchObject({
      code: 2,
      stderr: "pilot-gate: cannot read nope.yml: no such file\n",
    });
  });

  it("uses .github/pilot-gate.yml when present", async () => {
    const cwd = await repo({
      ".github/pilot-gate.yml": "rules:\n  no-merge-label:\n    label: HOLD\n",
    });
    const args = ["check", "--branch", BRANCH, "--body-file", "pr.md", "--labels", "NO_MERGE"];
    const result = await run(args, { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("config:   .github/pilot-gate.yml");
    const held = await run([...args.slice(0, -1), "hold"], { cwd });
    expect(held.code).toBe(1);
  });

  it("shows a disabled rule as skipped", async () => {
    const cwd = await repo({ "gate.yml": "rules:\n  branch-name:\n    enabled: false\n" });
    const result = await run(
      ["check", "--branch", "whatever", "--body-file", "pr.md", "--config", "gate.yml"],
      { cwd },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}– branch-name +skipped \(disabled in config\)$/m);
  });

  it("reports the repository's PR template when it finds one", async () => {
    const cwd = await repo({ ".github/PULL_REQUEST_TEMPLATE.md": DEFAULT_PR_TEMPLATE });
    const result = await run(["check", "--branch", BRANCH, "--body-file", "pr.md"], { cwd });
    expect(result.stdout).toContain("template: .github/PULL_REQUEST_TEMPLATE.md");
  });

  describe("the repository's PR template", () => {
    const args = ["check", "--branch", BRANCH, "--body-file", "pr.md"];
    /** The ready body with its Definition of Done cut to its first item. */
    const cut = READY_BODY.replace(/- \[x\] Tests added[\s\S]*?updated where needed\n/, "");

    it("blocks a Definition of Done that deleted items of the template, naming them", async () => {
      expect(cut).toContain("- [x] Code reviewed\n\n## Residual risks");
      const cwd = await repo({
        "pr.md": cut,
        ".github/pull_request_template.md": DEFAULT_PR_TEMPLATE,
      });
      const result = await run(args, { cwd });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("template: .github/pull_request_template.md");
      expect(result.stdout).toContain(
        'The "Definition of Done" checklist is missing 3 items of the repository\'s PR template: "Tests added or updated, and green", "Smoke suite green", "Docs and runbook updated where needed"',
      );
      // Without a template of its own, the repository gets the built-in one's old role.
      const bare = await repo({ "pr.md": cut });
      expect((await run(args, { cwd: bare })).code).toBe(0);
    });

    it.each([
      ["docs/pull_request_template.txt"],
      ["PULL_REQUEST_TEMPLATE"],
      [".github/Pull_Request_Template.md"],
    ])("finds the template at %s, as GitHub does", async (path) => {
      const cwd = await repo({ "pr.md": cut, [path]: DEFAULT_PR_TEMPLATE });
      const result = await run(args, { cwd });
      expect(result.stdout).toContain(`template: ${path}`);
      expect(result.code).toBe(1);
    });

    it("does not take a folder of several templates for the default one", async () => {
      const cwd = await repo({
        "pr.md": cut,
        ".github/PULL_REQUEST_TEMPLATE/feature.md": DEFAULT_PR_TEMPLATE,
      });
      const result = await run(args, { cwd });
      expect(result.stdout).toContain("template: built-in only");
      expect(result.code).toBe(0);
    });

    it("asks a bare N/A for a reason", async () => {
      const cwd = await repo({
        "pr.md": READY_BODY.replace("- [x] Smoke suite green", "- [x] N/A"),
      });
      const result = await run(args, { cwd });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('has 1 `N/A` item without a reason: "N/A".');
      expect(result.stdout).toContain("how to fix: Add a reason after it");
    });
  });

  describe("evidence paths", () => {
    const args = ["check", "--branch", BRANCH, "--body-file", "pr.md"];

    it("blocks an evidence path that is not in the checkout", async () => {
      const cwd = await tempDir();
      await writeFiles(cwd, { "pr.md": READY_BODY });
      const result = await run(args, { cwd });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        "cites `evidence/story/S-PC-01/login-page.png`, which does not exist in the repository at the PR's head commit",
      );
    });

    it("accepts a cited folder that holds files, and blocks a path that leaves the checkout", async () => {
      const folder = READY_BODY.replace(
        "(evidence/story/S-PC-01/login-page.png)",
        "(evidence/story/S-PC-01/)",
      );
      const cwd = await repo({ "pr.md": folder });
      expect((await run(args, { cwd })).code).toBe(0);

      // The file exists next to the checkout, not in it.
      const parent = await tempDir();
      const checkout = join(parent, "checkout");
      await writeFiles(parent, { "outside.md": "x" });
      await writeFiles(checkout, {
        "pr.md": folder.replace("## Runbook impact", "- ../outside.md\n\n## Runbook impact"),
        "evidence/story/S-PC-01/login-page.png": "png",
      });
      const outside = await run(args, { cwd: checkout });
      expect(outside.code).toBe(1);
      expect(outside.stdout).toContain("`../outside.md`, which does not exist");
    });
  });

  it("notes that _extends is not followed by the CLI", async () => {
    const cwd = await repo({ ".github/pilot-gate.yml": "_extends: .github\n" });
    const result = await run(["check", "--branch", BRANCH, "--body-file", "pr.md"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'note: .github/pilot-gate.yml extends ".github", which is not read here: this file is used alone',
    );
    expect(result.stdout).toContain(
      'config:   .github/pilot-gate.yml alone (its _extends ".github" is not followed here)',
    );
  });

  describe("branch from git", () => {
    it("uses the current branch when --branch is not given", async () => {
      const cwd = await repo({ "files.txt": "src/login/LoginPage.tsx\n" });
      const calls: string[][] = [];
      const git: GitRunner = (args) => {
        calls.push(args);
        return `${BRANCH}\n`;
      };
      const result = await run(["check", "--body-file", "pr.md", "--changed-files", "files.txt"], {
        cwd,
        git,
      });
      expect(result.code).toBe(0);
      expect(calls).toEqual([["rev-parse", "--abbrev-ref", "HEAD"]]);
      expect(result.stdout).toContain(`${BRANCH} → main`);
    });

    it("exits 2 on a detached HEAD, asking for --branch", async () => {
      const cwd = await repo();
      const result = await run(["check", "--body-file", "pr.md"], { cwd, git: gitSays("HEAD\n") });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("HEAD is detached");
      expect(result.stderr).toContain("pass the head branch with --branch <name>");
    });

    it("exits 2 outside a git repository, asking for --branch", async () => {
      const cwd = await repo();
      const result = await run(["check", "--body-file", "pr.md"], { cwd });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("cannot tell the current branch");
      expect(result.stderr).toContain("--branch <name>");
    });

    it("reads the branch of a real repository, even before its first commit", async () => {
      const cwd = await repo();
      const env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: cwd };
      try {
        execFileSync("git", ["init", "-q", "-b", BRANCH, cwd], { env, stdio: "ignore" });
      } catch {
        return; // no git here: the injected-runner tests cover the logic
      }
      const { main } = await import("../../cli/main.js");
      let stdout = "";
      const code = await main(["check", "--body-file", "pr.md"], {
        cwd,
        env,
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: () => true },
      });
      expect(stdout).toContain(`${BRANCH} → main`);
      expect(code).toBe(0);
    });
  });

  describe("changed files", () => {
    const args = ["check", "--branch", BRANCH, "--base", "develop", "--body-file", "pr.md"];
    const NOT_KNOWN = "The changed files were not known";

    /** A git that answers each command by its first two arguments, and records the calls. */
    function fakeGit(answers: Record<string, string | Error>): GitRunner & { calls: string[][] } {
      const calls: string[][] = [];
      const git = (argv: string[]): string => {
        calls.push(argv);
        const key = argv.slice(0, argv[0] === "rev-parse" ? 4 : 1).join(" ");
        const answer = answers[key];
        if (answer === undefined || answer instanceof Error) {
          throw answer ?? new Error(`fatal: unexpected git ${key}`);
        }
        return answer;
      };
      return Object.assign(git, { calls });
    }

    it("reads them from --changed-files, one path per line, ignoring blanks and spaces", async () => {
      const cwd = await repo({
        "files.txt":
          "  src/login/LoginPage.tsx \r\n\n\t.github/CODEOWNERS\n\nsrc/login/LoginPage.tsx\n",
      });
      const result = await run([...args, "--changed-files", "files.txt"], { cwd });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("changes:  2 files (from files.txt)");
      expect(result.stdout).toMatch(/^ {2}✖ governance-files +1 blocking$/m);
      expect(result.stdout).toContain(
        "✖ governance-files\n  This PR changes governance files: `.github/CODEOWNERS`.",
      );
      expect(result.stdout).not.toContain(NOT_KNOWN);
      expect(result.stderr).toContain("note: the CLI cannot see the PR's reviews");
      expect(result.stderr).toContain("an approving review from a holder of po or pm unblocks it");

      const json = await run([...args, "--changed-files", "files.txt", "--json"], { cwd });
      const verdict = JSON.parse(json.stdout);
      expect(verdict.findings).toContainEqual(
        expect.objectContaining({
          ruleId: "governance-files",
          severity: "blocking",
          files: [".github/CODEOWNERS"],
        }),
      );
    });

    it("passes with no note when the listed files touch no governance file", async () => {
      const cwd = await repo({ "files.txt": "src/login/LoginPage.tsx\n" });
      const result = await run([...args, "--changed-files", "files.txt"], { cwd });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout).toContain("changes:  1 file (from files.txt)");
      expect(result.stdout).toMatch(/^ {2}✔ governance-files$/m);
      expect(result.stdout).not.toContain(NOT_KNOWN);
    });

    it("counts an empty list as no changed files, not as unknown", async () => {
      const cwd = await repo({ "files.txt": "\n  \n" });
      const result = await run([...args, "--changed-files", "files.txt"], { cwd });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("changes:  0 files (from files.txt)");
      expect(result.stdout).not.toContain(NOT_KNOWN);
    });

    it("does not ask git when --changed-files is given", async () => {
      const cwd = await repo({ "files.txt": "src/a.ts\n" });
      const git = fakeGit({});
      await run([...args, "--changed-files", "files.txt"], { cwd, git });
      expect(git.calls).toEqual([]);
    });

    it("reads them from stdin with --changed-files -", async () => {
      const cwd = await repo();
      const result = await run([...args, "--changed-files", "-"], {
        cwd,
        stdin: Readable.from([Buffer.from("docs/CODEOWNERS\nsrc/"), Buffer.from("a.ts\n")]),
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("changes:  2 files (from stdin)");
      expect(result.stdout).toContain("governance files: `docs/CODEOWNERS`");
      const missing = await run([...args, "--changed-files", "-"], { cwd });
      expect(missing).toMatchObject({
        code: 2,
        stderr: "pilot-gate: --changed-files - needs the changed files on standard input\n",
      });
    });

    it("exits 2 when both the body and the changed files would read stdin", async () => {
      const result = await run(
        ["check", "--branch", BRANCH, "--body-file", "-", "--changed-files", "-"],
        { stdin: READY_BODY },
      );
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(
        "pilot-gate: --body-file - and --changed-files - cannot both read standard input; save one of them to a file",
      );
      expect(result.stderr).toContain(
        "usage: pilot-gate check --body-file <path|-> [--changed-files <path|->]",
      );
    });

    it("exits 2 when the --changed-files file is missing, or the option is empty", async () => {
      const cwd = await repo();
      const missing = await run([...args, "--changed-files", "nope.txt"], { cwd });
      expect(missing).toEqual({
        code: 2,
        stdout: "",
        stderr: "pilot-gate: cannot read nope.txt: no such file\n",
      });
      const empty = await run([...args, "--changed-files="], { cwd });
      expect(empty.code).toBe(2);
      expect(empty.stderr).toContain("--changed-files needs a path");
    });

    it("asks git without --changed-files: merge base with origin/<base>, then the diff", async () => {
      const cwd = await repo();
      const git = fakeGit({
        "rev-parse --verify --quiet origin/develop^{commit}": "1111111\n",
        "merge-base": "2222222\n",
        diff: "src/login/LoginPage.tsx\0.github/pilot-gate.yml\0",
      });
      const result = await run(args, { cwd, git });
      expect(git.calls).toEqual([
        ["rev-parse", "--verify", "--quiet", "origin/develop^{commit}"],
        ["merge-base", "origin/develop", "HEAD"],
        ["diff", "--name-only", "--no-renames", "-z", "2222222", "HEAD", "--"],
      ]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("changes:  2 files (git diff origin/develop...HEAD)");
      expect(result.stdout).toContain("governance files: `.github/pilot-gate.yml`");
    });

    it("diffs from a local <base> when origin/<base> is not fetched", async () => {
      const cwd = await repo();
      const git = fakeGit({
        "rev-parse --verify --quiet origin/develop^{commit}": new Error("exit 1"),
        "rev-parse --verify --quiet develop^{commit}": "1111111\n",
        "merge-base": "2222222\n",
        diff: "src/login/LoginPage.tsx\0test/login.spec.ts\0",
      });
      const result = await run(args, { cwd, git });
      expect(git.calls[2]).toEqual(["merge-base", "develop", "HEAD"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("changes:  2 files (git diff develop...HEAD)");
      expect(result.stdout).not.toContain(NOT_KNOWN);
    });

    it("leaves them unknown, with a note, when git fails", async () => {
      const cwd = await repo();
      // The default test git fails every command, as outside a repository.
      const result = await run(args, { cwd });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("changes:  unknown (pass --changed-files or fetch develop)");
      expect(result.stdout).toMatch(/^ {2}✔ governance-files +1 note$/m);
      expect(result.stdout).toContain(`ℹ governance-files\n  ${NOT_KNOWN}`);
      const json = JSON.parse((await run([...args, "--json"], { cwd })).stdout);
      expect(json.findings).toContainEqual(
        expect.objectContaining({ ruleId: "governance-files", severity: "info" }),
      );
    });

    it("leaves them unknown when the base has no common history with HEAD", async () => {
      const cwd = await repo();
      const git = fakeGit({
        "rev-parse --verify --quiet origin/develop^{commit}": "1111111\n",
        "merge-base": new Error("exit 1"),
      });
      const result = await run(args, { cwd, git });
      expect(git.calls).toHaveLength(2);
      expect(result.stdout).toContain("changes:  unknown (pass --changed-files or fetch develop)");
      expect(result.stdout).toContain(NOT_KNOWN);
    });

    it("never passes a base that starts with a dash to git as an option", async () => {
      const cwd = await repo();
      const git = fakeGit({});
      const result = await run(["check", "--branch", BRANCH, "--base=-x", "--body-file", "pr.md"], {
        cwd,
        git,
      });
      expect(git.calls).toEqual([["rev-parse", "--verify", "--quiet", "origin/-x^{commit}"]]);
      expect(result.stdout).toContain("changes:  unknown (pass --changed-files or fetch -x)");
    });

    it("names the role holders the config lists, and says teams are not visible", async () => {
      const cwd = await repo({
        "files.txt": "CODEOWNERS\n",
        "gate.yml": "roles:\n  po:\n    users: [alice]\n  pm:\n    teams: [product]\n",
      });
      const result = await run([...args, "--changed-files", "files.txt", "--config", "gate.yml"], {
        cwd,
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        "an approving review from po (@\u200balice) or pm (no members;",
      );
      expect(result.stderr).toContain("cannot see the PR's reviews or the members of teams");
    });

    it("judges the changes of a real repository's branch", async () => {
      const cwd = await tempDir();
      const env: Record<string, string | undefined> = {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_CONFIG_GLOBAL: join(cwd, "no-gitconfig"),
        HOME: cwd,
      };
      for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY"]) {
        delete env[name];
      }
      const git = (...argv: string[]) =>
        execFileSync("git", argv, {
          cwd,
          env,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
        });
      try {
        git("-c", "init.defaultBranch=main", "init", "-q");
      } catch {
        return; // no git here: the injected-runner tests cover the logic
      }
      git("config", "user.email", "dev@example.com");
      git("config", "user.name", "Dev");
      git("config", "commit.gpgsign", "false");
      await writeFiles(cwd, {
        ".github/CODEOWNERS": "* @acme/devs\n",
        "src/app.ts": "export {};\n",
        [READY_EVIDENCE]: "png",
      });
      git("add", ".");
      git("commit", "-q", "-m", "Initial commit");
      git("checkout", "-q", "-b", BRANCH);
      await writeFiles(cwd, {
        ".github/CODEOWNERS": "* @acme/devs\n/src/login/ @acme/auth\n",
        "src/login/LoginPage.tsx": "export {};\n",
      });
      git("add", ".");
      git("commit", "-q", "-m", "Login page, owned by the auth team");
      // The PR body stays out of the repository: untracked files are not changes.
      await writeFiles(cwd, { "pr.md": READY_BODY });

      const { main } = await import("../../cli/main.js");
      const checkIn = async (argv: string[]) => {
        let stdout = "";
        const code = await main(argv, {
          cwd,
          env,
          stdout: { write: (s: string) => (stdout += s) },
          stderr: { write: () => true },
        });
        return { code, stdout };
      };

      const blocked = await checkIn(["check", "--body-file", "pr.md", "--base", "main"]);
      expect(blocked.stdout).toContain(`${BRANCH} → main`);
      expect(blocked.stdout).toContain("changes:  2 files (git diff main...HEAD)");
      expect(blocked.stdout).toContain("governance files: `.github/CODEOWNERS`");
      expect(blocked.code).toBe(1);

      // A fetched origin/main wins over the local main.
      git("update-ref", "refs/remotes/origin/main", "HEAD");
      const fetched = await checkIn(["check", "--body-file", "pr.md", "--base", "main"]);
      expect(fetched.stdout).toContain("changes:  0 files (git diff origin/main...HEAD)");
      expect(fetched.code).toBe(0);

      // Moving a governance file away changes it: the old path counts, not only the new one.
      git("mv", ".github/CODEOWNERS", "OWNERS.txt");
      git("commit", "-q", "-m", "Move the owners file");
      const moved = await checkIn(["check", "--body-file", "pr.md", "--base", "main"]);
      expect(moved.stdout).toContain("changes:  2 files (git diff origin/main...HEAD)");
      expect(moved.stdout).toContain("governance files: `.github/CODEOWNERS`");
      expect(moved.code).toBe(1);

      const unknown = await checkIn(["check", "--body-file", "pr.md", "--base", "develop"]);
      expect(unknown.stdout).toContain("changes:  unknown (pass --changed-files or fetch develop)");
      expect(unknown.stdout).toContain(NOT_KNOWN);
      expect(unknown.code).toBe(0);
    });
  });

  describe("colour", () => {
    const args = ["check", "--branch", BRANCH, "--body-file", "pr.md"];

    it("is used on a terminal", async () => {
      const cwd = await repo();
      expect((await run(args, { cwd, isTTY: true })).stdout).toMatch(ANSI);
    });

    it("is off with NO_COLOR, even on a terminal", async () => {
      const cwd = await repo();
      const result = await run(args, { cwd, isTTY: true, env: { NO_COLOR: "1" } });
      expect(result.stdout).not.toMatch(ANSI);
    });

    it("is forced by FORCE_COLOR, and FORCE_COLOR=0 turns it off", async () => {
      const cwd = await repo();
      expect((await run(args, { cwd, env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).stdout).toMatch(
        ANSI,
      );
      expect((await run(args, { cwd, isTTY: true, env: { FORCE_COLOR: "0" } })).stdout).not.toMatch(
        ANSI,
      );
    });

    it("is never in --json output", async () => {
      const cwd = await repo();
      const result = await run([...args, "--json"], { cwd, env: { FORCE_COLOR: "1" } });
      expect(result.stdout).not.toMatch(ANSI);
    });
  });

  it("prints escape sequences from the PR as text, not as terminal commands", async () => {
    const cwd = await repo();
    const result = await run(
      ["check", "--branch", "evil\u001b[2J", "--body-file", "pr.md", "--labels", "NO_MERGE"],
      { cwd },
    );
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout).toContain("evil\\u{1b}[2J");
  });

  it("fails closed with exit 2 and no stack trace on an unexpected error", async () => {
    const { main } = await import("../../cli/main.js");
    const cwd = await repo();
    let stderr = "";
    const code = await main(["check", "--branch", BRANCH, "--body-file", "pr.md"], {
      cwd,
      env: {},
      stdout: {
        write: () => {
          throw new Error("disk full");
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
    });
    expect(code).toBe(2);
    expect(stderr).toContain("pilot-gate: unexpected error: disk full");
    expect(stderr).not.toMatch(STACK_LINE);
  });
});
