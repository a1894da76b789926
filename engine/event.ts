/**
 * What one event's handling works with: the repository it is about, where it
 * logs, the GitHub client and the process's memory (`AppState`), where a
 * failure is reported, and the keys its work is queued and remembered by.
 */
import type { Verdict } from "../core/index.js";
import type { Plan } from "../core/plan.js";
import type { GitHubClient } from "../github/client.js";
import type { AppState } from "./state.js";

/** The key of a label on a PR, for `AppState.appLabels`. */
export function appLabelKey(
  repo: Pick<RepoContext, "owner" | "repo">,
  number: number,
  label: string,
): string {
  return `${pullKey(repo, number)} ${label.toLowerCase()}`;
}

/** The key of a label change on a PR, as `applyPlan` made it and its echo reports it. */
export function labelWriteKey(
  repo: Pick<RepoContext, "owner" | "repo">,
  number: number,
  action: "labeled" | "unlabeled",
  label: string,
): string {
  return `${pullKey(repo, number)} ${action} ${label.toLowerCase()}`;
}

/** The repository an event is about, from its payload. */
export interface RepoContext {
  owner: string;
  repo: string;
  defaultBranch: string;
  /** Teams exist only in organisations; a user's repository has none to expand. */
  ownerIsOrg: boolean;
}

/** A pino-style log call: an object of fields and a message, or a message alone. */
export interface LogFn {
  (fields: object, message?: string): void;
  (message: string): void;
}

/**
 * Where handlers log: Probot's pino logger in the App, the workflow log in
 * the Action (actions/pull-request/log.ts). Only what the handlers use.
 */
export interface Log {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

/** What one event's handling works with. */
export interface EventDeps {
  gh: GitHubClient;
  state: AppState;
  log: Log;
  repo: RepoContext;
  /**
   * Where failed follow-up writes (labels, replies) are collected besides
   * the log, when a runtime reports them itself (the Action fails its step
   * when its token may not write a label).
   */
  followUpErrors?: unknown[];
}

/**
 * Where a failure should be reported: filled in as the handler learns it, so
 * the error guard can post "could not evaluate" on the right commit.
 */
export interface EventScope {
  checkSha?: string;
  checkName?: string;
  dryRun?: boolean;
  /**
   * What was judged and the writes planned for it, set before they are made,
   * so a runtime whose writes are refused (a read-only token in Actions) can
   * still report the verdict.
   */
  judged?: { plan: Plan; verdict?: Verdict };
}

export function repoKey(repo: Pick<RepoContext, "owner" | "repo">): string {
  return `${repo.owner}/${repo.repo}`.toLowerCase();
}

/**
 * The queue key of one issue's own work (incident checks, freeze commands):
 * apart from its PR key, since that work takes PR keys inside it.
 */
export function issueKey(repo: Pick<RepoContext, "owner" | "repo">, number: number): string {
  return `issue:${repoKey(repo)}#${number}`;
}

/** The queue key of one PR: its events, re-runs and re-evaluations run one at a time. */
export function pullKey(repo: Pick<RepoContext, "owner" | "repo">, number: number): string {
  return `${repo.owner}/${repo.repo}#${number}`.toLowerCase();
}
