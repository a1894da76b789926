import type { IncidentsConfig } from "./config.js";
import type { Incident } from "./model.js";

const DAY = 24 * 60 * 60_000;

/** One evaluation of required-check on a PR. */
export type CheckOutcome = "pass" | "fail";

/** Failing evaluations at the end of the history (oldest first), up to the first pass. */
export function consecutiveFailures(history: readonly CheckOutcome[]): number {
  let count = 0;
  for (let index = history.length - 1; index >= 0 && history[index] === "fail"; index--) count++;
  return count;
}

/**
 * True when the latest `consecutive_failures` evaluations of required-check
 * on one PR all failed: the runtime then opens or updates the escalation
 * issue (updating, not opening another, keeps it idempotent).
 */
export function shouldEscalateFailures(
  history: readonly CheckOutcome[],
  config: IncidentsConfig,
): boolean {
  return consecutiveFailures(history) >= config.consecutive_failures;
}

/** The outcome of the repeated-P0 trigger. */
export interface P0Trigger {
  id: string;
  tripped: boolean;
  /** Critical incidents opened inside the window, oldest first. */
  incidents: number[];
  windowStart: Date;
}

/**
 * Whether `p0_trigger.count` critical incidents (open or closed) were opened
 * in the `p0_trigger.days` days up to `now`. Tripping it freezes until a
 * maintainer clears it; the runtime records that, this only detects it.
 */
export function p0TriggerTripped(
  incidents: readonly Incident[],
  now: Date,
  config: IncidentsConfig,
): P0Trigger {
  const { count, days, id } = config.p0_trigger;
  const windowStart = new Date(now.getTime() - days * DAY);
  const inWindow = incidents
    .filter(
      (incident) =>
        incident.severity === "critical" &&
        incident.openedAt.getTime() >= windowStart.getTime() &&
        incident.openedAt.getTime() <= now.getTime(),
    )
    .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
  return {
    id,
    tripped: inWindow.length >= count,
    incidents: inWindow.map((incident) => incident.number),
    windowStart,
  };
}
