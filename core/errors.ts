import type { Position } from "./types.js";

/** One problem in a config file, located when the location is known. */
export interface ConfigIssue {
  /** Dotted path of the offending key, e.g. `rules.branch-name.patterns.0.pattern`. */
  path: string;
  message: string;
  position?: Position;
}

/** A file pilot-gate read cannot be used; its message lists every issue as `file:line:column`. */
export class FileIssuesError extends Error {
  readonly file: string;
  readonly issues: ConfigIssue[];

  constructor(file: string, issues: ConfigIssue[]) {
    super(formatConfigIssues(file, issues));
    this.file = file;
    this.issues = issues;
  }
}

/**
 * The config cannot be used. Callers fail closed on it: the App fails the
 * required check with these issues, the CLI exits 2.
 */
export class ConfigError extends FileIssuesError {
  override readonly name = "ConfigError";
}

/** Renders issues as `file:line:column path: message` lines, the format editors and CI logs link. */
export function formatConfigIssues(file: string, issues: ConfigIssue[]): string {
  return issues
    .map((issue) => {
      const where = issue.position
        ? `${file}:${issue.position.line}:${issue.position.column}`
        : file;
      const path = issue.path ? ` ${issue.path}:` : "";
      return `${where}${path} ${issue.message}`;
    })
    .join("\n");
}

/** Wrong command-line use; the CLI prints it with a hint and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
