import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PILOT_SCHEMA_FILE, renderPilotJsonSchema } from "../../../../core/gates/pilot/manifest.js";
import {
  READINESS_REPORT_SCHEMA_FILE,
  renderReadinessReportJsonSchema,
} from "../../../../core/gates/readiness/report.js";

const committed = (file: string) =>
  readFileSync(new URL(`../../../../${file}`, import.meta.url), "utf8");

describe("generated JSON Schemas (run `npm run schemas` when these fail)", () => {
  it(`${READINESS_REPORT_SCHEMA_FILE} matches the zod schema`, () => {
    expect(committed(READINESS_REPORT_SCHEMA_FILE)).toBe(renderReadinessReportJsonSchema());
  });

  it(`${PILOT_SCHEMA_FILE} matches the zod schema`, () => {
    expect(committed(PILOT_SCHEMA_FILE)).toBe(renderPilotJsonSchema());
  });
});
