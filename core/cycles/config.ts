import { z } from "zod";
import { isId } from "../ids.js";

/** Cycles one config may declare: a team runs a handful per quarter, and each costs requests. */
export const MAX_CYCLES = 20;
/** Stories one cycle may name: each merged one costs a request to read its `required-check`. */
export const MAX_CYCLE_STORIES = 50;

/** The fixed vocabulary of exit criteria, as written in config. */
export const CYCLE_CRITERIA = [
  "stories_merged_green",
  "evidence_published",
  "no_open_critical",
  "report_passed",
] as const;
export type CycleCriterionKind = (typeof CYCLE_CRITERIA)[number];

/** A date (`2026-01-05`) or an ISO 8601 date-time, checked to be a real instant. */
const instant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/,
    "expected a date such as 2026-01-05 or a date-time such as 2026-01-05T09:00:00Z",
  )
  .refine((text) => !Number.isNaN(Date.parse(text)), "is not a real date");

/** A report name: the file `reports/<name>.json` of an evidence pack. */
const reportName = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/,
    "a report name is a file name without .json: letters, digits, . _ - (e.g. restore-drill)",
  );

const criterion = z.union([
  z
    .enum(["stories_merged_green", "evidence_published", "no_open_critical"])
    .describe(
      "`stories_merged_green`: every story's PR merged with `required-check` green. `evidence_published`: an evidence pack per story (`evidence/story/<id>/` on the evidence branch), whose statement is signed by one of `readiness.evidence_keys` when that lists any. `no_open_critical`: no open critical incident.",
    ),
  z
    .strictObject({
      report_passed: reportName.describe(
        "A named report passed: the newest `reports/<name>.json` in an evidence pack on the evidence branch says `verdict: PASS` (or GO), evaluated within the cycle's window; with `readiness.evidence_keys`, only a report whose pack's signed statement lists it with its digest counts.",
      ),
    })
    .describe("`report_passed: <name>`, e.g. `report_passed: restore-drill`."),
]);

/** One cycle: when it runs, what it delivers, and what must hold for it to exit. */
export const cycleSchema = z
  .strictObject({
    window: z
      .strictObject({
        start: instant.describe("When the cycle starts: a date or an ISO 8601 date-time."),
        end: instant.describe("When the cycle is due to exit: a date or an ISO 8601 date-time."),
      })
      .refine((window) => Date.parse(window.start) <= Date.parse(window.end), {
        message: "window.end is before window.start; swap them",
      })
      .describe("When the cycle runs. Cycles not started yet are listed but not judged."),
    stories: z
      .array(z.string().min(1).max(100))
      .max(MAX_CYCLE_STORIES, `at most ${MAX_CYCLE_STORIES} stories per cycle; split the cycle`)
      .optional()
      .describe(
        "The story ids the cycle delivers. A PR carries a story when its branch (through `rules.branch-name.patterns`) or its title names the id.",
      ),
    wave: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe(
        "Instead of `stories`: the cycle delivers the stories of the PRs in this wave (`wave:<name>` label, or `incidents.wave_from_story`).",
      ),
    exit: z
      .array(criterion)
      .min(1, "name at least one exit criterion")
      .max(10)
      .default(["stories_merged_green", "evidence_published", "no_open_critical"])
      .describe(
        "The exit criteria, all of which must hold for the cycle to exit, from a fixed vocabulary: `stories_merged_green`, `evidence_published`, `no_open_critical`, and `report_passed: <name>`.",
      ),
  })
  .superRefine((cycle, ctx) => {
    if ((cycle.stories === undefined) === (cycle.wave === undefined)) {
      ctx.addIssue({
        code: "custom",
        message:
          "a cycle names its work with either `stories` (a list of ids) or `wave` (a wave name), exactly one of them",
      });
    }
    if (cycle.stories?.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["stories"],
        message: "an empty story list would make every criterion about stories hold; list them",
      });
    }
  });

/**
 * `cycles:`: the delivery cycles and their exit gates, keyed by cycle id.
 * The App's `pilot-gate/cycle` check and `pilot-gate cycle status` judge them.
 */
export const cyclesConfigSchema = z
  .record(
    z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "a cycle id is letters, digits, . _ - (O-01)"),
    cycleSchema,
  )
  .default({})
  .refine((cycles) => Object.keys(cycles).length <= MAX_CYCLES, {
    message: `at most ${MAX_CYCLES} cycles; drop the ones that have exited`,
  })
  .describe(
    "Delivery cycles keyed by id (e.g. `O-01`), each with a window, its stories (or wave) and exit criteria. The App posts `pilot-gate/cycle` on the default branch; `pilot-gate cycle status` prints the same.",
  );

export type CyclesConfig = z.output<typeof cyclesConfigSchema>;
export type CycleConfig = z.output<typeof cycleSchema>;
export type CycleCriterionConfig = z.output<typeof criterion>;

/** The kind of a configured criterion. */
export function criterionKind(criterion: CycleCriterionConfig): CycleCriterionKind {
  return typeof criterion === "string" ? criterion : "report_passed";
}

/**
 * Adds an issue for each story id of a cycle that is not an id by
 * `ids.pattern`: no branch or title could carry it, so the cycle could
 * never exit.
 */
export function storyIdIssues(
  config: { ids: { pattern: string }; cycles: CyclesConfig },
  ctx: z.RefinementCtx,
): void {
  for (const [id, cycle] of Object.entries(config.cycles)) {
    (cycle.stories ?? []).forEach((story, index) => {
      if (isId(story, config.ids.pattern)) return;
      ctx.addIssue({
        code: "custom",
        path: ["cycles", id, "stories", index],
        message: `"${story}" is not a story id by ids.pattern (${config.ids.pattern}), so no PR could carry it; fix the id or ids.pattern`,
      });
    });
  }
}
