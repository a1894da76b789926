import { CONFIG_PATH } from "../core/index.js";

export const COMMANDS = ["check", "config", "demo", "init"] as const;
export type CommandName = (typeof COMMANDS)[number];

/** The one-line usage of each command, shown with every usage error. */
export const USAGE: Record<CommandName | "main", string> = {
  main: "pilot-gate <check|config|demo|init> [options]",
  check:
    "pilot-gate check --body-file <path|-> [--changed-files <path|->] [--branch <name>] [--base <name>] [--title <text>] [--labels <a,b>] [--config <path>] [--json]",
  config: "pilot-gate config <validate|print> [path]",
  demo: "pilot-gate demo",
  init: "pilot-gate init [--force]",
};

export function mainHelp(version: string): string {
  return `pilot-gate ${version}: judges a pull request against your launch rules (branch
name, PR checklist, residual risks, the NO_MERGE label) before it is merged.

Usage: ${USAGE.main}

Commands:
  check             Judge a PR from its branch, base and body.
  config validate   Check ${CONFIG_PATH}; errors come with line:column.
  config print      Print the config with every default filled in, as YAML.
  demo              Judge a few bundled example PRs to see what the rules catch.
  init              Write a PR template and a commented ${CONFIG_PATH}.

Options:
  -h, --help        Show help; \`pilot-gate <command> --help\` for a command.
  -v, --version     Print the version.

Exit codes: 0 ready to merge, 1 NO_MERGE, 2 usage or config error.
Colour: only on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 forces it.

Start with: pilot-gate demo
`;
}

export const HELP: Record<CommandName, string> = {
  check: `Judge a pull request the way the pilot-gate check on GitHub does.

Usage: ${USAGE.check}

Options:
  --body-file <path>  The PR body (Markdown). \`-\` reads it from standard input.
  --changed-files <path>
                      The files the PR changes, one repository path per line;
                      \`-\` reads them from standard input (not with
                      --body-file -). Default: from git, see below.
  --branch <name>     Head branch. Default: the current git branch in this directory.
  --base <name>       Branch the PR targets. Default: main.
  --title <text>      PR title; used to suggest a branch name. Default: empty.
  --labels <a,b>      PR labels, comma-separated; may be repeated.
  --config <path>     Config file. Default: ${CONFIG_PATH} if it exists, else the
                      built-in defaults (the output says which).
  --json              Print the verdict as JSON (format version 1) and nothing else.
  -h, --help          Show this help.

The repository's PR template (.github/pull_request_template.md, or in the root
or docs/) is read when present: sections left exactly as in it count as unfilled.

Without --changed-files, git lists them: the files changed between HEAD and
where it left the base branch (git merge-base origin/<base> HEAD, or <base>
when origin/<base> is not fetched), as GitHub lists a PR's files. When git
cannot tell (not a repository, or the base branch not fetched), governance
files are not checked and the output says so.

The CLI cannot see reviews: a change to a governance file (CODEOWNERS,
.github/pilot-gate.yml) blocks here even when a PO/PM approved it on GitHub.

Exit codes: 0 ready to merge, 1 NO_MERGE, 2 usage or config error.

Examples:
  pilot-gate check --branch feature/S-PC-01-login-page --base develop --body-file pr.md
  gh pr view 42 --json body -q .body | pilot-gate check --body-file - --base develop
  gh pr diff 42 --name-only | pilot-gate check --changed-files - --body-file pr.md
`,
  config: `Check or show the pilot-gate config.

Usage: ${USAGE.config}

Commands:
  validate [path]   Report every problem in the config with its line and column.
                    Exit 0 when valid, 2 otherwise. Default path: ${CONFIG_PATH}.
  print [path]      Print the config as pilot-gate sees it, every default filled
                    in, as YAML. Without a path: ${CONFIG_PATH} if it exists,
                    else the built-in defaults.
`,
  demo: `Judge a handful of bundled example PRs and show the verdicts: what passes,
what blocks a merge and how each finding says to fix it.

Usage: ${USAGE.demo}

Exits 0 when every example gets the verdict it expects, 1 otherwise, so the
demo doubles as a smoke test of the installed engine.
`,
  init: `Set up a repository: write .github/pull_request_template.md (the PR template
the rules expect) and ${CONFIG_PATH} (every setting at its default, with
comments saying what each does).

Usage: ${USAGE.init}

Options:
  --force           Overwrite the files if they exist. Without it, init writes
                    nothing when either file exists.
  -h, --help        Show this help.
`,
};
