import { formatDuration } from "../smoke/evaluate.js";
import type { ReadinessReport } from "./report.js";

/**
 * How far a report's `evaluated_at` may be ahead of the reader's clock: the
 * machine that judged and the one that reads are different, and their
 * clocks drift apart by seconds, not by minutes.
 */
export const READINESS_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Why a verdict contradicts its own blockers, or undefined when it does not:
 * GO means no criterion blocks, NO-GO that at least one does. A report that
 * says both was edited or made by something else than pilot-gate readiness.
 */
export function verdictProblem(
  verdict: ReadinessReport["verdict"],
  blockers: readonly string[],
): string | undefined {
  if (verdict === "GO" && blockers.length > 0) {
    return `the readiness verdict is GO but it lists blockers (${blockers.join(", ")}): the report contradicts itself`;
  }
  if (verdict === "NO-GO" && blockers.length === 0) {
    return "the readiness verdict is NO-GO but it lists no blocker: the report contradicts itself";
  }
  return undefined;
}

/**
 * Why a readiness report read back (by `release decide`, or the App from the
 * evidence branch) cannot be taken as it stands: a verdict that contradicts
 * its blockers, or an `evaluated_at` that is not a time or lies more than
 * READINESS_CLOCK_SKEW_MS after `now` (a report from the future would win
 * every "newest report" choice and outlive the waivers it was judged by).
 * Empty when there is nothing wrong; each problem is a clause without the
 * next step, which depends on the reader.
 */
export function readinessReportProblems(
  report: Pick<ReadinessReport, "verdict" | "evaluated_at"> & { blockers: readonly string[] },
  now: Date,
): string[] {
  const problems: string[] = [];
  const verdict = verdictProblem(report.verdict, report.blockers);
  if (verdict !== undefined) problems.push(verdict);
  const at = Date.parse(report.evaluated_at);
  if (Number.isNaN(at)) {
    problems.push(
      `evaluated_at ${JSON.stringify(report.evaluated_at)} is not a time; a readiness report says when it was judged in ISO 8601 (e.g. 2026-05-01T10:00:00Z)`,
    );
  } else if (at - now.getTime() > READINESS_CLOCK_SKEW_MS) {
    problems.push(
      `evaluated_at ${report.evaluated_at} is ${formatDuration(at - now.getTime())} after now (${now.toISOString()}), more than the ${READINESS_CLOCK_SKEW_MS / 60_000} min clocks may differ: the report is not from this run, or a clock is wrong`,
    );
  }
  return problems;
}
