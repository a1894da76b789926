import type { Position } from "./types.js";

/** One problem in a config file, located when the location is known. */
export interface ConfigIssue {
  /** Dotted path of the offending key, e.g. `rules.branch-name.patterns.0.pattern`. */
  path: string;
  message: string;
  position?: Position;
}

/**
 * A file pilot-gate read cannot be used; its message lists each issue as
 * `file:line:column`. At most `MAX_FILE_ISSUES` are listed; `unlisted`
 * counts the problems found beyond them.
 */
export class FileIssuesError extends Error {
  readonly file: string;
  readonly issues: ConfigIssue[];
  readonly unlisted: number;

  constructor(file: string, issues: ConfigIssue[], unlisted = 0) {
    super(formatConfigIssues(file, issues, unlisted));
    this.file = file;
    this.issues = issues;
    this.unlisted = unlisted;
  }

  /** Every problem found, listed or not. */
  get problemCount(): number {
    return this.issues.length + this.unlisted;
  }
}

/**
 * The config cannot be used. Callers fail closed on it: the App fails the
 * required check with these issues, the CLI exits 2.
 */
export class ConfigError extends FileIssuesError {
  override readonly name = "ConfigError";
}

/**
 * Renders issues as `file:line:column path: message` lines, the format
 * editors and CI logs link, and a last line counting the `unlisted` ones.
 */
export function formatConfigIssues(file: string, issues: ConfigIssue[], unlisted = 0): string {
  const lines = issues.map((issue) => {
    const where = issue.position ? `${file}:${issue.position.line}:${issue.position.column}` : file;
    const path = issue.path ? ` ${issue.path}:` : "";
    return `${where}${path} ${issue.message}`;
  });
  if (unlisted > 0) lines.push(unlistedLine(file, unlisted));
  return lines.join("\n");
}

/** The line that stands for problems not listed: how many, and how to see them. */
export function unlistedLine(file: string, unlisted: number): string {
  return `${file}: ${unlisted.toLocaleString("en-US")} more problem${unlisted === 1 ? "" : "s"} not listed; fix the ones above and validate again to see them.`;
}

/** Wrong command-line use; the CLI prints it with a hint and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
