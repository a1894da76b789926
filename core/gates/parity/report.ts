import { z } from "zod";
import { FACETS } from "./config.js";
import { environmentSchema } from "./environment.js";

export const PARITY_STATUSES = ["match", "drift", "expected", "not_checked", "error"] as const;
export type ParityStatus = (typeof PARITY_STATUSES)[number];

const status = z.enum(PARITY_STATUSES);

const counts = z
  .strictObject({
    match: z.number().int().min(0),
    drift: z.number().int().min(0),
    expected: z.number().int().min(0),
    not_checked: z.number().int().min(0),
    error: z.number().int().min(0),
  })
  .describe("How many keys had each status.");

const checkSchema = z
  .strictObject({
    key: z
      .string()
      .describe(
        "Flag name, `revision`/`version`/`digest`, a `parity.keys` path, or `*` for the whole facet.",
      ),
    status,
    reference: z
      .unknown()
      .optional()
      .describe("The reference environment's value; absent when it has none."),
    target: z
      .unknown()
      .optional()
      .describe("The compared environment's value; absent when it has none."),
    message: z.string().describe("What was found, in a sentence."),
    resolve: z.string().optional().describe("For a drift or an error: how to resolve it."),
    rule: z
      .strictObject({ kind: z.literal("one_way"), when: z.string(), requires: z.string() })
      .optional()
      .describe("The one-way rule this key was judged by, instead of equality."),
    expected: z
      .strictObject({
        owner: z.string(),
        reason: z.string(),
        expires: z.string(),
        expired: z.boolean(),
      })
      .optional()
      .describe("The declared difference that covers this key (an expired one leaves it drift)."),
  })
  .describe("One key of one facet, compared between two environments.");

const facetSchema = z.strictObject({
  facet: z.enum(FACETS),
  status: status.describe(
    "The facet's worst key status (error, drift, expected, match, not_checked), or not_checked with why.",
  ),
  why: z.string().optional().describe("Why the facet as a whole was not checked or is in error."),
  checks: z.array(checkSchema),
});

const pairSchema = z.strictObject({
  reference: z.string().describe("Name of the reference environment (the first file)."),
  target: z.string().describe("Name of the environment compared with it."),
  status: z.enum(["pass", "drift", "error"]),
  counts,
  facets: z.array(facetSchema),
});

/**
 * The parity report: written by `pilot-gate parity --report` and by the
 * parity action. Its JSON Schema is generated into
 * `schemas/parity-report.schema.json`.
 */
export const parityReportSchema = z
  .strictObject({
    version: z.literal(1).describe("Format version; changes only when a field changes meaning."),
    gate: z.literal("parity"),
    status: z
      .enum(["pass", "drift", "error"])
      .describe(
        "pass: every compared key matches or is an unexpired declared difference; drift: at least one drift; error: an input could not be read (fail closed).",
      ),
    today: z.string().describe("The date (YYYY-MM-DD) expiry dates were compared with."),
    reference: z
      .string()
      .optional()
      .describe("Name of the reference environment, when it could be read."),
    environments: z
      .array(
        z.strictObject({
          file: z.string(),
          name: z.string().optional().describe("Absent when the file could not be read."),
        }),
      )
      .describe("The environment files, in the order given; the first is the reference."),
    counts,
    pairs: z.array(pairSchema),
    errors: z
      .array(
        z.strictObject({
          file: z.string(),
          message: z.string().describe("`file:line:column path: problem` lines."),
        }),
      )
      .describe("Inputs that could not be read; any makes the status error."),
  })
  .describe("pilot-gate parity report");

export type ParityReport = z.output<typeof parityReportSchema>;
export type ParityPair = ParityReport["pairs"][number];
export type ParityFacetResult = ParityPair["facets"][number];
export type ParityCheck = ParityFacetResult["checks"][number];
export type ParityCounts = ParityReport["counts"];

/** Where the generated report schema is committed. */
export const PARITY_REPORT_SCHEMA_FILE = "schemas/parity-report.schema.json";

/** The report's JSON Schema text, so generation and the drift test agree byte for byte. */
export function renderParityReportJsonSchema(): string {
  return render(parityReportSchema, "parity-report.schema.json", "pilot-gate parity report");
}

/** Where the environment description's generated schema is committed. */
export const ENVIRONMENT_SCHEMA_FILE = "schemas/parity-environment.schema.json";

/** The environment description's JSON Schema text, for editors and the drift test. */
export function renderEnvironmentJsonSchema(): string {
  return render(
    environmentSchema,
    "parity-environment.schema.json",
    "pilot-gate parity environment description",
  );
}

/** Renders a zod schema as the committed JSON Schema text. */
function render(schema: z.ZodType, file: string, title: string): string {
  const json = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  const body = { ...json, $id: `https://pilot-gate.dev/schemas/${file}`, title };
  return `${JSON.stringify(body, null, 2)}\n`;
}
