import { z } from "zod";

/**
 * Readiness reads the smoke and parity reports through these minimal views,
 * not through the gates' own schemas (core/gates/smoke, core/gates/parity):
 * it needs only the status, the counts and what failed, and every other
 * field, present or added later, is ignored. A report that lacks even these
 * is an input error naming the missing field.
 */

const count = z.number().int().min(0);

const failure = z.looseObject({
  name: z.string().optional(),
  id: z.string().optional(),
  tags: z.array(z.string()).optional(),
  message: z.string().optional(),
});
export type FailureView = z.output<typeof failure>;

const FAILED_RESULTS = new Set(["failed", "errored", "error", "failure"]);

/** The part of a smoke report (schemas/smoke-report.schema.json) readiness relies on. */
export const smokeViewSchema = z
  .looseObject({
    gate: z.literal("smoke", "this is not a smoke report").optional(),
    status: z.string().min(1),
    sha: z.string().optional(),
    counts: z.looseObject({
      total: count.optional(),
      executed: count.optional(),
      passed: count,
      failed: count,
      errored: count.optional(),
      skipped: count.optional(),
      flaky: count.optional(),
    }),
    failures: z.array(failure).optional(),
    scenarios: z
      .array(
        z.looseObject({
          name: z.string(),
          result: z.string(),
          tags: z.array(z.string()).optional(),
          error: z.string().optional(),
        }),
      )
      .optional(),
  })
  .transform((report) => ({
    status: report.status,
    sha: report.sha,
    counts: {
      executed: report.counts.executed,
      // A flaky scenario passed on a rerun: it counts as passed, as it does in the smoke gate's status.
      passed: report.counts.passed + (report.counts.flaky ?? 0),
      failed: report.counts.failed + (report.counts.errored ?? 0),
    },
    // The smoke gate lists every scenario with its result; other producers may list failures only.
    failures:
      report.failures ??
      (report.scenarios ?? [])
        .filter((s) => FAILED_RESULTS.has(s.result))
        .map((s) => ({
          name: s.name,
          tags: s.tags ?? [],
          ...(s.error ? { message: s.error } : {}),
        })),
  }));
export type SmokeView = z.output<typeof smokeViewSchema>;

/** The part of a parity report (schemas/parity-report.schema.json) readiness relies on. */
export const parityViewSchema = z
  .looseObject({
    gate: z.literal("parity", "this is not a parity report").optional(),
    status: z.string().min(1),
    sha: z.string().optional(),
    counts: z.record(z.string(), z.number()).optional(),
    failures: z.array(failure).optional(),
    pairs: z
      .array(
        z.looseObject({
          target: z.string().optional(),
          status: z.string(),
          counts: z.record(z.string(), z.number()).optional(),
        }),
      )
      .optional(),
    errors: z.array(z.looseObject({ file: z.string().optional(), message: z.string() })).optional(),
  })
  .transform((report) => ({
    status: report.status,
    sha: report.sha,
    drift: report.counts?.drift,
    failures: report.failures ?? [
      ...(report.pairs ?? [])
        .filter((p) => !isGreen(p.status))
        .map((p) => ({
          name: `${p.target ?? "(environment)"}: ${p.status}`,
          ...(p.counts?.drift ? { message: `${p.counts.drift} key(s) drifted` } : {}),
        })),
      ...(report.errors ?? []).map((e) => ({ name: e.file ?? "input", message: e.message })),
    ],
  }));
export type ParityView = z.output<typeof parityViewSchema>;

const PASSING = new Set(["pass", "passed", "success", "ok", "green", "match", "go"]);

/** True when a report's status means green; any other word (fail, drift, error...) is not. */
export function isGreen(status: string): boolean {
  return PASSING.has(status.toLowerCase());
}

/** The name a failure is shown under. */
export function failureName(item: FailureView): string {
  return item.name ?? item.id ?? "(unnamed)";
}
