import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { evaluatePullRequest, renderJson, UsageError } from "../../core/index.js";
import { ArgumentError, parseOrExplain, splitList } from "../args.js";
import { palette, useColor } from "../color.js";
import { findPrTemplate, loadConfig } from "../config-file.js";
import { HELP } from "../help.js";
import type { CliIO, Environment } from "../io.js";
import { displayPath, readAll, readTextFile } from "../io.js";
import { renderText, safeText } from "../render-text.js";

const OPTIONS = {
  "body-file": { type: "string" },
  branch: { type: "string" },
  base: { type: "string", default: "main" },
  title: { type: "string", default: "" },
  labels: { type: "string", multiple: true },
  config: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** `pilot-gate check`: judges one PR. Returns 0 for pass, 1 for NO_MERGE. */
export async function runCheck(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.check);
    return 0;
  }
  const bodyFile = values["body-file"];
  if (bodyFile === undefined || bodyFile === "") {
    throw new ArgumentError(
      "--body-file is required",
      "save the PR body to a file and pass its path, or pass --body-file - to read it from standard input",
    );
  }

  const loaded = await loadConfig(io.cwd, values.config);
  if (loaded.config._extends !== undefined) {
    io.stderr.write(
      `note: ${loaded.file} extends "${safeText(loaded.config._extends)}"; the CLI cannot read other repositories, so it uses this file alone.\n`,
    );
  }
  const branch = values.branch ?? currentBranch(io);
  const body = bodyFile === "-" ? await readStdin(io) : await readTextFile(io.cwd, bodyFile);
  const template = await findPrTemplate(io.cwd);

  const verdict = evaluatePullRequest(
    {
      branch,
      base: values.base,
      title: values.title,
      body,
      labels: splitList(values.labels),
      ...(template ? { template: template.text } : {}),
    },
    loaded.config,
  );

  if (values.json) {
    io.stdout.write(renderJson(verdict));
  } else {
    const color = useColor(io.stdout, io.env);
    const c = palette(color);
    const bodyName = bodyFile === "-" ? "stdin" : displayPath(io.cwd, bodyFile);
    io.stdout.write(
      [
        `${c.bold(safeText(branch))} → ${c.bold(safeText(values.base))}`,
        c.dim(`body:     ${bodyName}`),
        c.dim(`config:   ${loaded.description}`),
        c.dim(
          `template: ${template ? template.path : "built-in only (no pull_request_template.md)"}`,
        ),
        "",
        renderText(verdict, { color, body, bodyName }),
      ].join("\n"),
    );
  }
  return verdict.status === "pass" ? 0 : 1;
}

async function readStdin(io: CliIO): Promise<string> {
  if (io.stdin === undefined)
    throw new UsageError("--body-file - needs the PR body on standard input");
  if (typeof io.stdin !== "string" && io.stdin.isTTY) {
    io.stderr.write("Reading the PR body from standard input; end it with Ctrl-D.\n");
  }
  return readAll(io.stdin);
}

/** Runs git for real; tests pass `io.git` instead. */
function runGit(args: string[], cwd: string, env: Environment): string {
  return execFileSync("git", args, {
    cwd,
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 10_000,
  });
}

/** The branch checked out in cwd, for when `--branch` is not given. */
function currentBranch(io: CliIO): string {
  const git = io.git ?? runGit;
  let name: string;
  try {
    name = git(["rev-parse", "--abbrev-ref", "HEAD"], io.cwd, io.env).trim();
  } catch {
    try {
      // A repository with no commit yet has a branch but no HEAD commit to resolve.
      name = git(["symbolic-ref", "--short", "HEAD"], io.cwd, io.env).trim();
    } catch {
      name = "";
    }
  }
  if (name === "") {
    throw new ArgumentError(
      "cannot tell the current branch (not a git repository, or git is not installed)",
      "pass the head branch with --branch <name>",
    );
  }
  if (name === "HEAD") {
    throw new ArgumentError(
      "HEAD is detached, so there is no current branch to judge",
      "pass the head branch with --branch <name>",
    );
  }
  return name;
}
