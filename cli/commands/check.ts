import { parseArgs } from "node:util";
import {
  type Config,
  evaluatePullRequest,
  type PullRequestSnapshot,
  pathsToCheck,
  renderJson,
  UsageError,
  type Verdict,
} from "../../core/index.js";
import { safeText } from "../../core/render/safe-text.js";
import { extendsNote, findPrTemplate, loadConfig } from "../../engine/config/checkout.js";
import type { CliIO } from "../../engine/io.js";
import { displayPath, readAll, readTextFile, runGit } from "../../engine/io.js";
import { ArgumentError, parseOrExplain, splitList } from "../args.js";
import { type ChangedFiles, changedFilesFromGit, parseChangedFiles } from "../changed-files.js";
import { checkoutPaths } from "../checkout-paths.js";
import { palette, useColor } from "../color.js";
import { HELP } from "../help.js";
import { renderText } from "../render-text.js";

const OPTIONS = {
  "body-file": { type: "string" },
  "changed-files": { type: "string" },
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
  const filesFile = values["changed-files"];
  if (filesFile === "") {
    throw new ArgumentError(
      "--changed-files needs a path",
      "pass a file with one changed path per line, or leave the option out to ask git",
    );
  }
  if (bodyFile === "-" && filesFile === "-") {
    throw new ArgumentError(
      "--body-file - and --changed-files - cannot both read standard input",
      "save one of them to a file and pass its path",
    );
  }

  const loaded = await loadConfig(io.cwd, values.config);
  if (loaded.config._extends !== undefined) {
    io.stderr.write(
      `note: ${safeText(extendsNote(loaded.file ?? loaded.description, loaded.config._extends))}\n`,
    );
  }
  const branch = values.branch ?? currentBranch(io);
  const body =
    bodyFile === "-"
      ? await readStdin(io, "--body-file", "the PR body")
      : await readTextFile(io.cwd, bodyFile);
  const changes = await changedFiles(io, filesFile, values.base);
  const template = await findPrTemplate(io.cwd);

  const snapshot: PullRequestSnapshot = {
    branch,
    base: values.base,
    title: values.title,
    body,
    labels: splitList(values.labels),
    ...(changes.files !== undefined ? { changedFiles: changes.files } : {}),
    roleMembers: configuredMembers(loaded.config),
    ...(template ? { template: template.text } : {}),
  };
  let verdict = evaluatePullRequest(snapshot, loaded.config);
  // Evidence paths the body cites are looked for in the checkout, then the PR judged again.
  const wanted = pathsToCheck(verdict);
  if (wanted.length > 0) {
    const headPaths = await checkoutPaths(io.cwd, wanted);
    verdict = evaluatePullRequest({ ...snapshot, headPaths }, loaded.config);
  }
  noteUnseenApprovals(verdict, loaded.config, io);

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
        c.dim(`changes:  ${changesLine(changes)}`),
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

/** Reads what `<option> -` asks for from stdin, e.g. `the PR body`. */
async function readStdin(io: CliIO, option: string, what: string): Promise<string> {
  if (io.stdin === undefined) throw new UsageError(`${option} - needs ${what} on standard input`);
  if (typeof io.stdin !== "string" && io.stdin.isTTY) {
    io.stderr.write(`Reading ${what} from standard input; end it with Ctrl-D.\n`);
  }
  return readAll(io.stdin);
}

/** The changed files from `--changed-files`, else from git; unknown when git cannot tell. */
async function changedFiles(
  io: CliIO,
  filesFile: string | undefined,
  base: string,
): Promise<ChangedFiles> {
  if (filesFile === undefined) return changedFilesFromGit(io, base);
  const text =
    filesFile === "-"
      ? await readStdin(io, "--changed-files", "the changed files")
      : await readTextFile(io.cwd, filesFile);
  const name = filesFile === "-" ? "stdin" : displayPath(io.cwd, filesFile);
  return { files: parseChangedFiles(text), source: `from ${name}` };
}

/** `3 files (git diff origin/main...HEAD)`, or `unknown (…)`. */
function changesLine(changes: ChangedFiles): string {
  if (changes.files === undefined) return safeText(changes.source);
  const n = changes.files.length;
  return `${n} file${n === 1 ? "" : "s"} (${safeText(changes.source)})`;
}

/**
 * Role holders the CLI can know: the users the config lists. Team members
 * need GitHub's API, so a role held only through a team has none here.
 */
function configuredMembers(config: Config): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(config.roles).map(([role, holders]) => [role, [...(holders?.users ?? [])]]),
  );
}

/**
 * The CLI sees no reviews, so a governance-files finding stands even when the
 * PR is approved on GitHub. Says so, so nobody waits for the CLI to turn green.
 */
function noteUnseenApprovals(verdict: Verdict, config: Config, io: CliIO): void {
  const blocked = verdict.findings.some(
    (f) => f.ruleId === "governance-files" && f.severity === "blocking",
  );
  if (!blocked) return;
  const approvers = config.rules["governance-files"].approvers;
  const teams = approvers.some((role) => (config.roles[role]?.teams.length ?? 0) > 0);
  const unblock =
    approvers.length > 0
      ? ` On GitHub, an approving review from a holder of ${approvers.join(" or ")} unblocks it.`
      : "";
  io.stderr.write(
    `note: the CLI cannot see the PR's reviews${teams ? " or the members of teams" : ""}, so governance-files blocks here whether or not the change is approved.${unblock}\n`,
  );
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
