import { z } from "zod";
import { RESTORE_REPORT_LIMIT, sizeOverLimit, tooLargeMessage } from "../limits.js";
import type { IncidentsConfig } from "./config.js";

const DAY = 24 * 60 * 60_000;

/**
 * A restore drill's report, as a workflow posts it or commits it to the
 * evidence branch: what was restored, when, and the RPO/RTO it measured.
 */
export const restoreReportSchema = z
  .object({
    kind: z.literal("restore-drill").describe('Always "restore-drill".'),
    drill: z.string().trim().min(1).max(200).describe("What was restored, e.g. prod-db-2024-05."),
    at: z.iso.datetime({ offset: true }).describe("When the drill ran (ISO 8601)."),
    rpo_minutes: z
      .number()
      .nonnegative()
      .describe("Measured recovery point: minutes of data lost."),
    rto_minutes: z
      .number()
      .nonnegative()
      .describe("Measured recovery time: minutes from the start of the restore to service."),
    url: z.url().optional().describe("Where the drill's log is."),
  })
  .describe("A restore-drill report.");

export type RestoreReport = z.output<typeof restoreReportSchema>;

/** The restore report read, or why it cannot be (a sentence that says what to fix). */
export type RestoreReading = { ok: true; report: RestoreReport } | { ok: false; error: string };

/**
 * Reads a restore-drill report. A report that is too large, is not JSON or
 * misses a field is an error naming each problem: a drill whose RPO/RTO
 * cannot be read is never taken as within target.
 */
export function readRestoreReport(text: string): RestoreReading {
  const over = sizeOverLimit(text, RESTORE_REPORT_LIMIT);
  if (over !== undefined) {
    return { ok: false, error: tooLargeMessage("The restore report", over, RESTORE_REPORT_LIMIT) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The restore report is not JSON (${(error as Error).message}).` };
  }
  const parsed = restoreReportSchema.safeParse(data);
  if (parsed.success) return { ok: true, report: parsed.data };
  const problems = parsed.error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.join(".") || "(the report)"}: ${issue.message}`);
  return {
    ok: false,
    error: `The restore report cannot be judged: ${problems.join("; ")}. It needs kind "restore-drill", drill, at (ISO 8601), rpo_minutes and rto_minutes as measured.`,
  };
}

/** The targets a restore drill missed, as sentences; empty when it met both. */
export function restoreBreaches(report: RestoreReport, config: IncidentsConfig): string[] {
  const { rpo_minutes: rpo, rto_minutes: rto } = config.triggers.restore;
  return [
    ...(report.rpo_minutes > rpo
      ? [`RPO ${report.rpo_minutes} min over the target of ${rpo} min`]
      : []),
    ...(report.rto_minutes > rto
      ? [`RTO ${report.rto_minutes} min over the target of ${rto} min`]
      : []),
  ];
}

/** A run of consecutive days with a critical replay, and the issues that make it. */
export interface ReplayRun {
  tripped: boolean;
  /** The UTC dates (YYYY-MM-DD) of the latest run, oldest first. */
  days: string[];
  /** The issues opened on those days. */
  issues: number[];
}

/**
 * Whether issues carrying the critical-replay label were opened on
 * `triggers.replay.days` consecutive UTC days, the last of them no later
 * than `now`. Reports the latest run, so its first day identifies it.
 */
export function replayRun(
  issues: readonly { number: number; created_at: string }[],
  now: Date,
  config: IncidentsConfig,
): ReplayRun {
  const needed = config.triggers.replay.days;
  const byDay = new Map<string, number[]>();
  for (const issue of issues) {
    const time = Date.parse(issue.created_at);
    if (Number.isNaN(time) || time > now.getTime()) continue;
    const day = new Date(time).toISOString().slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), issue.number]);
  }
  const days = [...byDay.keys()].sort();
  let run: string[] = [];
  let best: string[] = [];
  for (const day of days) {
    const previous = run.at(-1);
    run = previous && Date.parse(day) - Date.parse(previous) === DAY ? [...run, day] : [day];
    if (run.length >= needed) best = run.slice(-needed);
  }
  return {
    tripped: best.length >= needed,
    days: best,
    issues: best.flatMap((day) => byDay.get(day) ?? []).sort((a, b) => a - b),
  };
}

/** A code-scanning or Dependabot alert as its webhook carries it, reduced to what the trigger reads. */
export interface SecurityAlert {
  source: "code-scanning" | "dependabot";
  number: number;
  /** Lower case: critical, high, medium, low, or undefined when the alert gives none. */
  severity: string | undefined;
  /** True while the alert is open (not fixed, dismissed or closed). */
  open: boolean;
  url: string | undefined;
  /** The rule or advisory it reports. */
  summary: string;
  createdAt: string;
}

/** True when an open alert is critical: the one kind that freezes at once. */
export function isCriticalAlert(alert: SecurityAlert): boolean {
  return alert.open && alert.severity === "critical";
}
