import type { Position } from "./types.js";

/** One problem in a config file, located when the location is known. */
export interface ConfigIssue {
  /** Dotted path of the offending key, e.g. `rules.branch-name.patterns.0.pattern`. */
  path: string;
  message: string;
  position?: Position;
  /**
   * The file the problem is in, when it is not the error's own `file`: a
   * config composed with `_extends` names each problem's file.
   */
  file?: string;
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
  /**
   * Where each named file is in the repository being judged, for
   * annotations; unset when `file` is that path itself. A file from another
   * repository has no entry, so it gets no annotation.
   */
  readonly localPaths: Readonly<Record<string, string>> | undefined;

  constructor(
    file: string,
    issues: ConfigIssue[],
    unlisted = 0,
    localPaths?: Readonly<Record<string, string>>,
  ) {
    super(formatConfigIssues(file, issues, unlisted));
    this.file = file;
    this.issues = issues;
    this.unlisted = unlisted;
    this.localPaths = localPaths;
  }

  /** The files the problems are in, the error's own first. */
  get files(): string[] {
    return [...new Set([this.file, ...this.issues.map((issue) => issue.file ?? this.file)])];
  }

  /** Where `issue` is in the judged repository, for an annotation; `undefined` when elsewhere. */
  localPathOf(issue: ConfigIssue): string | undefined {
    const file = issue.file ?? this.file;
    return this.localPaths ? this.localPaths[file] : file;
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
    const named = issue.file ?? file;
    const where = issue.position
      ? `${named}:${issue.position.line}:${issue.position.column}`
      : named;
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
