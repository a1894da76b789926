import { z } from "zod";
import { PROTECTION_MODES } from "./config.js";

/** Where the generated schema of the report is committed. */
export const PROTECTION_STATUS_SCHEMA_FILE = "schemas/protection-status.schema.json";

/** Per branch: in line with the config, different, absent, or why it could not be told. */
export const PROTECTION_STATUSES = [
  "Applied",
  "Drifted",
  "Missing",
  "Unavailable",
  "PermissionNeeded",
  "Error",
] as const;
export type ProtectionStatus = (typeof PROTECTION_STATUSES)[number];

const jsonValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const fieldDiffSchema = z
  .strictObject({
    field: z.string().describe("Config key under protection:, e.g. required_approving_reviews."),
    desired: jsonValue,
    actual: jsonValue,
  })
  .describe("One setting that differs.");
export type FieldDiff = z.infer<typeof fieldDiffSchema>;

export const scorecardSchema = z.strictObject({
  tier: z
    .number()
    .int()
    .min(0)
    .max(5)
    .describe("OpenSSF Scorecard Branch-Protection tier reached."),
  score: z.number().min(0).max(10),
  next: z.array(z.string()).describe("Criteria missing for the next tier."),
});

export const plannedWriteSchema = z
  .strictObject({
    method: z.enum(["PUT", "POST"]),
    path: z.string().describe("The REST path, e.g. /repos/o/r/branches/main/protection."),
    branches: z.array(z.string()).describe("The branches the write protects."),
    ruleset_id: z.number().int().optional(),
    body: z.record(z.string(), z.unknown()),
    outcome: z
      .enum(["planned", "written", "failed"])
      .describe("planned in a dry run (plan), else what happened."),
  })
  .describe("One write: a PUT per branch (classic) or one ruleset create/update (rulesets).");
export type PlannedWrite = z.infer<typeof plannedWriteSchema>;

export const branchStatusSchema = z.strictObject({
  branch: z.string(),
  status: z.enum(PROTECTION_STATUSES),
  source: z
    .enum(["classic", "rulesets", "classic+rulesets", "none", "unknown"])
    .describe("Where the protection read comes from."),
  message: z.string().describe("What the status means and the next step."),
  diff: z.array(fieldDiffSchema),
  scorecard: scorecardSchema.describe("The tier the branch's actual protection reaches."),
});
export type BranchStatus = z.infer<typeof branchStatusSchema>;

export const protectionStatusSchema = z
  .strictObject({
    version: z.literal(1),
    repository: z.string().describe("owner/name"),
    mode: z.enum(PROTECTION_MODES),
    dry_run: z.boolean().describe("True for plan: nothing was written."),
    status: z.enum(PROTECTION_STATUSES).describe("The worst branch status."),
    branches: z.array(branchStatusSchema),
    writes: z.array(plannedWriteSchema),
    scorecard: scorecardSchema.describe("The lowest tier among the branches."),
  })
  .describe("pilot-gate protection plan|sync report.");
export type ProtectionReport = z.infer<typeof protectionStatusSchema>;

/** The JSON Schema text of the report, generated into schemas/ and checked for drift by a test. */
export function renderProtectionStatusJsonSchema(): string {
  const schema = z.toJSONSchema(protectionStatusSchema, {
    io: "output",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return `${JSON.stringify(
    {
      ...schema,
      $id: "https://pilot-gate.dev/schemas/protection-status.schema.json",
      title: "pilot-gate protection status",
    },
    null,
    2,
  )}\n`;
}
