import { z } from "zod";
import { CRITERIA, LEVELS } from "./config.js";

/** Where the generated report schema is committed. */
export const READINESS_REPORT_SCHEMA_FILE = "schemas/readiness-report.schema.json";

const evidenceItem = z.strictObject({
  text: z.string().describe("One fact, e.g. `#12 Login fails for tenant B (P0)`."),
  url: z.string().optional().describe("Where to see it on GitHub, when known."),
  file: z.string().optional(),
  line: z.int().optional(),
});

export const criterionResultSchema = z.strictObject({
  id: z.enum(CRITERIA),
  title: z.string(),
  level: z.enum(LEVELS),
  status: z
    .enum(["pass", "fail", "waived", "not_checked", "off", "not_evaluated"])
    .describe(
      "`not_checked`: the criterion had no input (nothing configured, a report not given, GitHub unreadable); it is NO-GO unless the criterion is advisory. `off`: the config turned it off, so it was not judged. `not_evaluated`: what reports before `not_checked` wrote for an advisory criterion with no input.",
    ),
  summary: z.string().describe("One line: what was measured against what."),
  evidence: z.strictObject({
    values: z
      .record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()]))
      .describe("The numbers behind the status, e.g. passed, executed, rate, threshold."),
    items: z.array(evidenceItem).describe("The facts that fail it (or make it pass)."),
  }),
  fix: z.string().optional().describe("What to do to make it pass; set unless it passed."),
  waiver: z
    .strictObject({ by: z.string(), reason: z.string(), until: z.string() })
    .optional()
    .describe("The waiver that lifted the failure."),
});
export type CriterionResult = z.output<typeof criterionResultSchema>;

/** The readiness report: written with `--report`, printed with `--json`, the action's `report-path`. */
export const readinessReportSchema = z
  .strictObject({
    version: z.literal(1),
    kind: z.literal("readiness"),
    sha: z.string(),
    verdict: z.enum(["GO", "NO-GO"]),
    evaluated_at: z.string().describe("When it was judged (ISO 8601); waivers expire against it."),
    pilot: z
      .strictObject({ name: z.string(), window_start: z.string(), window_hours: z.number() })
      .optional(),
    sign_off: z
      .strictObject({
        label: z.string().describe("The label of the sign-off PRs read."),
        signers: z
          .array(z.strictObject({ role: z.string(), login: z.string(), pull: z.int() }))
          .describe("Who signed each role off: approved a sign-off PR on its head commit."),
      })
      .optional()
      .describe(
        "The go-live sign-off as read from GitHub (absent when it could not be read): the release evidence pack carries it with this report.",
      ),
    blockers: z
      .array(z.enum(CRITERIA))
      .describe(
        "Criteria that make it NO-GO: blocking or waivable ones that failed (waivable with no current waiver) or were not checked.",
      ),
    warnings: z
      .array(z.enum(CRITERIA))
      .describe("Advisory criteria that failed or were not checked."),
    criteria: z.array(criterionResultSchema),
    notes: z.array(z.string()).describe("Things the reader should know, e.g. ignored waivers."),
  })
  .describe("pilot-gate readiness report: GO/NO-GO on one commit.");
export type ReadinessReport = z.output<typeof readinessReportSchema>;

function render(schema: z.ZodType, id: string, title: string): string {
  const json = z.toJSONSchema(schema, {
    io: "output",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return `${JSON.stringify({ ...json, $id: `https://pilot-gate.dev/${id}`, title }, null, 2)}\n`;
}

/** schemas/readiness-report.schema.json's exact text. */
export function renderReadinessReportJsonSchema(): string {
  return render(readinessReportSchema, READINESS_REPORT_SCHEMA_FILE, "pilot-gate readiness report");
}
