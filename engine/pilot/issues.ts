/**
 * The pilot's per-client issues (review, outreach): the ones opened before
 * are found by their label and marker, and one write plan opens, rewrites
 * or leaves each, through the executor (so a dry run writes nothing).
 */
import {
  type PilotIssueKind,
  type PilotIssueStep,
  type PlannedPilotIssue,
  planPilotIssues,
} from "../../core/gates/pilot/issues.js";
import type { EventDeps } from "../event.js";
import { executePlan } from "../execute.js";

/** What became of one client's issue: the step, whether it was made, and the issue's number. */
export interface SyncedPilotIssue extends PilotIssueStep {
  made: boolean;
}

/**
 * Makes each planned issue exist, up to date, once: lists every issue with
 * `label` (open and closed), plans the writes (planPilotIssues) and executes
 * them in order. A failed write stops the rest and throws; the issues
 * already opened are found again by the next run.
 */
export async function syncPilotIssues(
  deps: Pick<EventDeps, "gh" | "log" | "followUpErrors">,
  request: { kind: PilotIssueKind; pilot: string; label: string; issues: PlannedPilotIssue[] },
  { dryRun }: { dryRun: boolean },
): Promise<SyncedPilotIssue[]> {
  const existing = await deps.gh.listAllIssues(request.label);
  const { plan, steps } = planPilotIssues(request.kind, request.pilot, existing, request.issues);
  const executed = await executePlan(deps, plan, { dryRun });
  let next = 0;
  return steps.map((step) => {
    if (step.action === "unchanged") return { ...step, made: false };
    const done = executed[next++];
    const number = step.number ?? done?.id;
    return { ...step, made: done?.made ?? false, ...(number !== undefined ? { number } : {}) };
  });
}
