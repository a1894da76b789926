/**
 * What happens when judging fails: the one sentence people read, and the
 * failing "could not evaluate" check that says it, shared by the App, the
 * Action and the incident sweeps.
 */
import { CannotEvaluateError } from "../../core/cannot-evaluate.js";
import { defaultConfig } from "../../core/index.js";
import { planEvaluationError } from "../../core/plan.js";
import { GitHubApiError } from "../../github/errors.js";
import type { EventDeps, EventScope } from "../event.js";
import { isDryRun } from "../options.js";
import { applyPlan } from "./apply-plan.js";
import { rememberedCheckRun } from "./check-runs.js";

/**
 * The one sentence a failure is reported with: a `GitHubApiError`'s or
 * `CannotEvaluateError`'s reason, which says what to do; anything else is a bug.
 */
export function failureReason(error: unknown): string {
  return error instanceof GitHubApiError || error instanceof CannotEvaluateError
    ? error.reason
    : `pilot-gate failed unexpectedly (${error instanceof Error ? error.message : String(error)}); this is a bug, re-run and report it with the App's log`;
}

/**
 * Posts a failing "could not evaluate: <reason>" check on the commit the
 * handler was judging, best effort: when even that fails, it is logged.
 * Nothing is posted before the handler knew its commit.
 */
export async function postEvaluationError(
  deps: EventDeps,
  scope: EventScope,
  reason: string,
  event: string,
): Promise<void> {
  if (!scope.checkSha) return;
  const checkName = scope.checkName ?? defaultConfig().check.name;
  const existing = rememberedCheckRun(deps, scope.checkSha, checkName);
  try {
    await applyPlan(
      deps,
      planEvaluationError(reason, scope.checkSha, checkName),
      {
        checkSha: scope.checkSha,
        pullNumber: undefined,
        existing,
        // Keep the receipts the run holds: an error must not erase the audit trail.
        receipts: existing?.receipts ?? [],
      },
      // The event's own decision when it got that far, else the runtime's option.
      { dryRun: scope.dryRun ?? isDryRun(deps.state.options) },
    );
  } catch (second) {
    deps.log.error(
      { err: second, event, checkSha: scope.checkSha },
      `${event}: could not post the failing ${checkName} check either; it stays as it was until the next event or a re-run`,
    );
  }
}
