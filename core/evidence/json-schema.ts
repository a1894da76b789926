import { z } from "zod";
import { envelopeSchema, manifestSchema, statementSchema, verifyReportSchema } from "./schema.js";

/** The evidence schemas committed in schemas/, file -> [schema, title]. */
const SCHEMAS = {
  "schemas/evidence-manifest.schema.json": [manifestSchema, "pilot-gate evidence pack manifest"],
  "schemas/evidence-statement.schema.json": [
    statementSchema,
    "pilot-gate evidence statement (in-toto Statement v1)",
  ],
  "schemas/evidence-envelope.schema.json": [envelopeSchema, "pilot-gate evidence DSSE envelope"],
  "schemas/evidence-verify-report.schema.json": [
    verifyReportSchema,
    "pilot-gate evidence verification report",
  ],
} as const satisfies Record<string, readonly [z.ZodType, string]>;

export const EVIDENCE_SCHEMA_FILES = Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[];

/** Each evidence schema file and its exact text, so generation and the drift test agree. */
export function renderEvidenceJsonSchemas(): { file: string; text: string }[] {
  return Object.entries(SCHEMAS).map(([file, [schema, title]]) => {
    const json = z.toJSONSchema(schema, {
      io: "output",
      target: "draft-2020-12",
      unrepresentable: "any",
    });
    const name = file.slice("schemas/".length);
    const body = { ...json, $id: `https://pilot-gate.dev/schemas/${name}`, title };
    return { file, text: `${JSON.stringify(body, null, 2)}\n` };
  });
}
