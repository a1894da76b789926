/**
 * Shared shapes of the engine. Everything here is plain data so the same
 * evaluation runs in the App, in Actions and in the CLI.
 */

/** How much a finding weighs in the verdict: only `blocking` findings produce NO_MERGE. */
export type Severity = "blocking" | "warning" | "info";

/** A 1-based line/column range inside the text a finding is about. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** What a position points into: the PR body, the branch name, the title, the labels or the config file. */
export type FindingSource = "body" | "branch" | "title" | "labels" | "config";

/** One result of one rule: what is wrong (or noteworthy) and how to fix it. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** A sentence that says what is wrong and what to change. */
  message: string;
  source?: FindingSource;
  position?: Position;
  /** A concrete replacement the author can copy, e.g. a valid branch name. */
  suggestion?: string;
}

/** Everything the PR rules look at, gathered by a runtime (webhook, Action or CLI). */
export interface PullRequestSnapshot {
  /** Head branch name, e.g. `feature/S-PC-01-login-page`. */
  branch: string;
  /** Base branch the PR targets, e.g. `develop`. */
  base: string;
  title: string;
  /** Raw PR body; `""` when the PR has none. */
  body: string;
  labels: string[];
  /**
   * The repository's PR template, when the runtime could read it. Sections
   * still equal to it count as unfilled. The built-in template is always
   * compared as well.
   */
  template?: string;
}

/** The outcome of evaluating a PR: `no_merge` as soon as one finding is blocking. */
export type VerdictStatus = "pass" | "no_merge";

/** Per-rule outcome, so a reader sees every rule even when it found nothing. */
export interface RuleResult {
  ruleId: string;
  description: string;
  status: "pass" | "fail" | "warn" | "skipped";
  findings: Finding[];
}

export interface Verdict {
  status: VerdictStatus;
  rules: RuleResult[];
  findings: Finding[];
}
