import type { CiState } from "./ci/required-checks.js";
import type { ManualFreeze } from "./incidents/freeze.js";
import type { Incident } from "./incidents/model.js";
import type { WipPullRequest } from "./incidents/wip.js";

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
  /** Repository files the finding is about (e.g. changed governance files); check runs annotate them. */
  files?: string[];
  /** Set when an authorised override accepted this blocking finding; it then no longer blocks. */
  acceptedBy?: Receipt;
  /**
   * Repository paths this finding could not check because the snapshot's
   * `headPaths` does not answer them. A runtime that can read the PR's
   * files looks them up and judges again; the finding stands for one that
   * cannot.
   */
  pathsToCheck?: string[];
  /**
   * CI checks this finding waits for (check.require): it resolves on its
   * own once they pass, so it titles the check "waiting for: …", adds no
   * NO_MERGE label and counts in no failure streak.
   */
  waitingFor?: string[];
}

/**
 * An audit record of an override or a refused override: who asked, for which
 * rule, why, on which commit and when. `id` is derived from the other fields,
 * so the same request always has the same id and a redelivered event cannot
 * record it twice.
 */
export interface Receipt {
  id: string;
  kind: "override" | "refusal";
  ruleId: string;
  actor: string;
  reason: string;
  sha: string;
  /** ISO 8601 time of the request (the comment's creation time, not the clock). */
  at: string;
  /** For a refusal: why it was refused, as plain text (renderers escape it). */
  detail?: string;
  /**
   * For an override: fingerprints (see `fingerprintOf`) of the findings it
   * accepts, those the check showed before the comment was written.
   */
  findings?: string[];
}

/**
 * The incident protocol's state of the PR's repository, gathered by the runtime
 * when `incidents.enabled` is on.
 */
export interface IncidentState {
  /** Open critical incidents (others are ignored). */
  incidents: Incident[];
  /** Open issues carrying the freeze label. */
  freezes: ManualFreeze[];
  /**
   * Open high and medium incidents, for the stories they name
   * (`incident-story`); undefined when not read (the PR names no story id).
   */
  storyIncidents?: Incident[];
  /** Open PRs of the repository, for the WIP limit; undefined when not read (the PR has no wave). */
  openPulls?: WipPullRequest[];
}

/** Everything the PR rules look at, gathered by a runtime (webhook, Action or CLI). */
export interface PullRequestSnapshot {
  /** The PR's number, for rules that compare it with other open PRs (wip-limit). */
  number?: number;
  /** Head branch name, e.g. `feature/S-PC-01-login-page`. */
  branch: string;
  /** Base branch the PR targets, e.g. `develop`. */
  base: string;
  title: string;
  /** Raw PR body; `""` when the PR has none. */
  body: string;
  labels: string[];
  /** Commit the verdict is for; check runs and overrides are tied to it. */
  headSha?: string;
  /** Draft PRs are titled as drafts and left unlabelled (`check.drafts`). */
  draft?: boolean;
  /**
   * Paths the PR changes. `undefined` when the runtime could not list them, in
   * which case rules that need them say so instead of passing.
   */
  changedFiles?: string[];
  /**
   * Set when `changedFiles` is only a part of what the PR changes: GitHub
   * lists at most 3,000 of a PR's files. `total` is the count GitHub gives
   * for the PR, when known. Rules that must see every path fail closed.
   */
  changedFilesPartial?: { listed: number; total: number | undefined };
  /** Reviews on the PR, oldest first. */
  reviews?: PullRequestReview[];
  /**
   * Members of each configured role (`roles:` in the default branch's config),
   * with teams already expanded into logins by the runtime.
   */
  roleMembers?: Record<string, string[]>;
  /**
   * Set when the default branch has no config (the playbook defaults judge
   * the PR): the PR that adds the config must still be approvable, so
   * governance-files lets a maintainer approve (see `reviewerPermissions`).
   */
  configAbsent?: boolean;
  /**
   * Repository permission (`admin`, `maintain`, `write`, ...) by lowercased
   * login, of the reviewers governance-files asks about (`reviewersToCheck`):
   * read by the runtime only while no approver role has a holder.
   */
  reviewerPermissions?: Record<string, string>;
  /**
   * The repository's own PR template (its default branch's, found where
   * GitHub looks), or `undefined` when it has none. Sections still equal to
   * it count as unfilled, and every Definition of Ready/Done item in it must
   * be in the body. The built-in template is always compared as well, but
   * only for unedited text.
   */
  template?: string;
  /**
   * Which repository paths exist at the PR's head, as far as the runtime
   * found out; `undefined` when it did not look. Evidence paths it does not
   * answer are reported as not checked, never taken as present.
   */
  headPaths?: HeadPaths;
  /** Incidents, freezes and open PRs; undefined when the runtime could not read them. */
  incidentState?: IncidentState;
  /** The head's check runs and statuses (check.require); undefined when the runtime could not read them. */
  ci?: CiState;
}

/** Paths at a PR's head commit, as a runtime checked them (see `PullRequestSnapshot.headPaths`). */
export interface HeadPaths {
  /**
   * Paths relative to the repository root (no leading `./`, no trailing
   * `/`) and whether each exists. A file that exists also answers for the
   * folders above it: `evidence/S-1/a.png: true` says `evidence/S-1` exists.
   */
  exists: Record<string, boolean>;
  /** Why a path `exists` does not list was not checked, completing "not checked: …". */
  unchecked?: string;
}

/** One review as GitHub reports it, reduced to what the rules use. */
export interface PullRequestReview {
  login: string;
  state: "approved" | "changes_requested" | "commented" | "dismissed" | "pending";
  /** The head commit the review was made on; approvals on an older commit are stale. */
  commitId: string | undefined;
}

/** The outcome of evaluating a PR: `no_merge` as soon as one finding is blocking. */
export type VerdictStatus = "pass" | "no_merge";

/** Per-rule outcome, so a reader sees every rule even when it found nothing. */
export interface RuleResult {
  ruleId: string;
  description: string;
  status: "pass" | "fail" | "warn" | "skipped" | "overridden";
  findings: Finding[];
}

export interface Verdict {
  status: VerdictStatus;
  rules: RuleResult[];
  findings: Finding[];
  /** Overrides and refusals that apply to this commit, shown in the check summary. */
  receipts?: Receipt[];
}
