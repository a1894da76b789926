import type { CliIO } from "../engine/io.js";
import { runGit } from "../engine/io.js";

/** The PR's changed files as the CLI found them, and where from, for the `changes:` line. */
export interface ChangedFiles {
  /** Repository paths; `undefined` when they could not be listed. */
  files: string[] | undefined;
  /** `from pr-files.txt`, `git diff origin/develop...HEAD`, or why they are unknown. */
  source: string;
}

/**
 * Reads a `--changed-files` list: one repository path per line. Blank lines
 * and whitespace around a path are ignored; a path listed twice counts once.
 */
export function parseChangedFiles(text: string): string[] {
  const files = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return [...new Set(files)];
}

/**
 * The files the PR changes according to git in `io.cwd`: the diff from where
 * HEAD left the base branch (`origin/<base>` when fetched, else a local
 * `<base>`) to HEAD, as GitHub lists a PR's files. Uses `git merge-base` and a
 * two-commit `git diff` rather than `git diff --merge-base`, which old git
 * lacks. `files` is `undefined` when git cannot tell: not a repository, git
 * missing, the base branch not known locally, or no common history.
 */
export function changedFilesFromGit(io: CliIO, base: string): ChangedFiles {
  const unknown: ChangedFiles = {
    files: undefined,
    source: `unknown (pass --changed-files or fetch ${base})`,
  };
  const git = (args: string[]): string => (io.git ?? runGit)(args, io.cwd, io.env);

  const baseRef = [`origin/${base}`, base].find((ref) => {
    // A ref starting with a dash would be read as an option.
    if (ref.startsWith("-")) return false;
    try {
      return git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim() !== "";
    } catch {
      return false;
    }
  });
  if (baseRef === undefined) return unknown;

  try {
    const mergeBase = git(["merge-base", baseRef, "HEAD"]).trim();
    if (mergeBase === "") return unknown;
    // --no-renames: a moved file is listed under its old path as well as its new one,
    // so moving a governance file away still counts as changing it.
    const output = git(["diff", "--name-only", "--no-renames", "-z", mergeBase, "HEAD", "--"]);
    const files = [...new Set(output.split("\0").filter((path) => path !== ""))];
    return { files, source: `git diff ${baseRef}...HEAD` };
  } catch {
    return unknown;
  }
}
