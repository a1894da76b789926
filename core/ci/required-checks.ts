import picomatch from "picomatch";
import { z } from "zod";
import { MAX_REQUIRED_CHECK_CHARS } from "../limits.js";

/**
 * One item of `check.require`: a check-run name or commit-status context
 * (picomatch globs allowed, for matrix jobs), or the same pinned to the app
 * that must report it and/or needed only when the PR changes some paths.
 */
const checkPattern = z
  .string()
  .trim()
  .min(1)
  .max(MAX_REQUIRED_CHECK_CHARS)
  .describe(
    "A check-run name or commit-status context, as it appears on a commit; globs such as `test (*)` match every job of a matrix.",
  );

export const requiredCheckItem = z.union([
  checkPattern,
  z
    .strictObject({
      name: checkPattern,
      app_id: z
        .number()
        .int()
        .positive()
        .optional()
        .describe(
          "Only check runs posted by this GitHub App count (15368 is GitHub Actions); commit statuses then never do.",
        ),
      paths: z
        .array(z.string().trim().min(1).max(MAX_REQUIRED_CHECK_CHARS))
        .min(1)
        .max(50)
        .optional()
        .describe(
          "Required only when the PR changes a file matching one of these globs (always when its file list is incomplete).",
        ),
    })
    .describe("A check pinned to the app that must report it, or required only for some paths."),
]);

export type RequiredCheckItem = z.output<typeof requiredCheckItem>;

/** A check run on the PR's head, as the runtime listed it (any app's). */
export interface HeadCheckRun {
  /** GitHub's id; ids grow, so the highest of a name is the newest run. */
  id: number;
  name: string;
  /** The app that posted it; `undefined` when GitHub does not say. */
  appId: number | undefined;
  /** `queued`, `in_progress`, `completed`, `waiting`, `requested` or `pending`. */
  status: string;
  conclusion: string | null;
  url: string | undefined;
  /** ISO 8601; when CI started on the head, for `check.require_timeout`. */
  startedAt: string | null;
}

/** A commit status on the PR's head, newest of its context. */
export interface HeadStatus {
  context: string;
  state: "error" | "failure" | "pending" | "success";
  url: string | undefined;
  createdAt: string;
}

/** The CI state of the PR's head, gathered by a runtime that can read it. */
export interface CiState {
  runs: HeadCheckRun[];
  /** `undefined` when not read: the config names nothing a status could satisfy. */
  statuses?: HeadStatus[];
  /** The runtime's own app id: runs of `check.name` by it are the verdict itself. */
  ownAppId: number | undefined;
  /** Set when the head carries more check runs or statuses than the runtime reads. */
  truncated?: { listed: number; total: number | undefined };
  /** The time of judging (ISO 8601), for `check.require_timeout`. */
  now: string;
}

/** What became of one check a required item matched, or of an item nothing matched. */
export type RequiredCheckState =
  | { state: "passed"; name: string }
  | { state: "failed"; name: string; conclusion: string; url: string | undefined }
  | { state: "pending"; name: string }
  | { state: "missing"; name: string; timedOut: boolean }
  | { state: "unreadable"; name: string };

export interface RequiredChecksReport {
  checks: RequiredCheckState[];
  /** Items not required for this PR: it changes none of their `paths`. */
  notRequired: string[];
  /** Check runs by other apps, or statuses, using the App's own check name: never counted. */
  impostors: string[];
}

/** Conclusions branch protection counts as passing; every other completed one fails. */
const PASSING = new Set(["success", "neutral", "skipped"]);

/** Whether a completed check run's conclusion counts as passing, as branch protection counts it. */
export function isPassing(conclusion: string | null): boolean {
  return conclusion !== null && PASSING.has(conclusion);
}

const GLOB = /[*?[\]{}()!+@]/;

/**
 * Judges the PR head's CI against `check.require`. Newest run of each name
 * wins (a flapping check counts as it last ended); a run of `ownName` is the
 * verdict itself and never counts, and one posted by another app, or a
 * status with that context, is reported as an impostor. An item nothing
 * matched is `missing` until `timeoutMinutes` after CI started on the head
 * (its earliest run or status), then `timedOut`; when the listing was cut
 * short it is `unreadable` instead, since the unread part may hold it.
 */
export function judgeRequiredChecks(
  items: readonly RequiredCheckItem[],
  ci: CiState,
  input: { ownName: string; changedFiles: string[] | undefined; partial: boolean },
  timeoutMinutes: number,
): RequiredChecksReport {
  const report: RequiredChecksReport = { checks: [], notRequired: [], impostors: [] };
  const runs = newestRuns(ci.runs.filter((run) => run.name !== input.ownName));
  for (const run of ci.runs) {
    if (run.name === input.ownName && run.appId !== ci.ownAppId) {
      report.impostors.push(`check run ${run.name} (app ${run.appId ?? "unknown"})`);
    }
  }
  const statuses = (ci.statuses ?? []).filter((status) => {
    if (status.context !== input.ownName) return true;
    report.impostors.push(`commit status ${status.context}`);
    return false;
  });
  report.impostors = [...new Set(report.impostors)];
  const started = ciStart(ci);
  const timedOut = started !== undefined && Date.parse(ci.now) - started >= timeoutMinutes * 60_000;
  const seen = new Set<string>();
  for (const item of items) {
    const { name, appId, paths } =
      typeof item === "string"
        ? { name: item, appId: undefined, paths: undefined }
        : { name: item.name, appId: item.app_id, paths: item.paths };
    if (paths && !input.partial && input.changedFiles !== undefined) {
      const touches = picomatch(paths, { dot: true });
      if (!input.changedFiles.some((file) => touches(file))) {
        report.notRequired.push(name);
        continue;
      }
    }
    const matches = GLOB.test(name)
      ? picomatch(name, { dot: true })
      : (candidate: string) => candidate === name;
    const found: RequiredCheckState[] = [];
    for (const run of runs.values()) {
      if (!matches(run.name) || (appId !== undefined && run.appId !== appId)) continue;
      found.push(runState(run));
    }
    if (appId === undefined) {
      for (const status of statuses) {
        if (matches(status.context) && !runs.has(status.context)) found.push(statusState(status));
      }
    }
    if (found.length === 0) {
      report.checks.push(
        ci.truncated ? { state: "unreadable", name } : { state: "missing", name, timedOut },
      );
      continue;
    }
    for (const check of found) {
      if (seen.has(check.name)) continue;
      seen.add(check.name);
      report.checks.push(check);
    }
  }
  return report;
}

/** The newest run of each name (the highest id), so a re-run replaces the run it repeats. */
function newestRuns(runs: readonly HeadCheckRun[]): Map<string, HeadCheckRun> {
  const newest = new Map<string, HeadCheckRun>();
  for (const run of runs) {
    const known = newest.get(run.name);
    if (!known || run.id > known.id) newest.set(run.name, run);
  }
  return newest;
}

function runState(run: HeadCheckRun): RequiredCheckState {
  if (run.status !== "completed" || run.conclusion === null) {
    return { state: "pending", name: run.name };
  }
  if (PASSING.has(run.conclusion)) return { state: "passed", name: run.name };
  return { state: "failed", name: run.name, conclusion: run.conclusion, url: run.url };
}

function statusState(status: HeadStatus): RequiredCheckState {
  if (status.state === "pending") return { state: "pending", name: status.context };
  if (status.state === "success") return { state: "passed", name: status.context };
  return { state: "failed", name: status.context, conclusion: status.state, url: status.url };
}

/** When CI started on the head: its earliest check run or status (ours included), in ms. */
function ciStart(ci: CiState): number | undefined {
  const times = [
    ...ci.runs.map((run) => run.startedAt),
    ...(ci.statuses ?? []).map((status) => status.createdAt),
  ]
    .map((time) => (time ? Date.parse(time) : Number.NaN))
    .filter(Number.isFinite);
  return times.length > 0 ? Math.min(...times) : undefined;
}

/**
 * Whether commit statuses could satisfy an item: statuses cost a request
 * of their own, so a runtime reads them only then. An item pinned to an
 * app is satisfied by that app's check runs only.
 */
export function statusesNeeded(items: readonly RequiredCheckItem[]): boolean {
  return items.some((item) => typeof item === "string" || item.app_id === undefined);
}

/** The pattern of an item, for messages and event filters. */
export function itemName(item: RequiredCheckItem): string {
  return typeof item === "string" ? item : item.name;
}

/**
 * Whether a check of this name (posted by `appId`) could be one `items`
 * requires: an event about any other check cannot change the verdict.
 */
export function isRequiredCheck(
  items: readonly RequiredCheckItem[],
  name: string,
  appId: number | undefined,
): boolean {
  return items.some((item) => {
    const pattern = itemName(item);
    const pinned = typeof item === "string" ? undefined : item.app_id;
    if (pinned !== undefined && pinned !== appId) return false;
    return GLOB.test(pattern) ? picomatch.isMatch(name, pattern, { dot: true }) : name === pattern;
  });
}
