/**
 * Writes the JSON Schemas in schemas/ and the README's config reference from
 * the zod schemas. Run `npm run schemas` after changing a schema; a test fails
 * while either is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CONFIG_SCHEMA_FILE, renderConfigJsonSchema } from "../core/config/json-schema.js";
import { renderEvidenceJsonSchemas } from "../core/evidence/json-schema.js";
import {
  ENVIRONMENT_SCHEMA_FILE,
  PARITY_REPORT_SCHEMA_FILE,
  renderEnvironmentJsonSchema,
  renderParityReportJsonSchema,
} from "../core/gates/parity/report.js";
import { PILOT_SCHEMA_FILE, renderPilotJsonSchema } from "../core/gates/pilot/manifest.js";
import {
  READINESS_REPORT_SCHEMA_FILE,
  renderReadinessReportJsonSchema,
} from "../core/gates/readiness/report.js";
import {
  renderSmokeReportJsonSchema,
  SMOKE_REPORT_SCHEMA_FILE,
} from "../core/gates/smoke/report.js";
import {
  PROTECTION_STATUS_SCHEMA_FILE,
  renderProtectionStatusJsonSchema,
} from "../core/protection/report.js";
import { updateReadme } from "./config-reference.js";

const root = fileURLToPath(new URL("..", import.meta.url));
writeFileSync(`${root}${CONFIG_SCHEMA_FILE}`, renderConfigJsonSchema());
console.log(`wrote ${CONFIG_SCHEMA_FILE}`);
writeFileSync(`${root}${READINESS_REPORT_SCHEMA_FILE}`, renderReadinessReportJsonSchema());
console.log(`wrote ${READINESS_REPORT_SCHEMA_FILE}`);
writeFileSync(`${root}${PILOT_SCHEMA_FILE}`, renderPilotJsonSchema());
console.log(`wrote ${PILOT_SCHEMA_FILE}`);
writeFileSync(`${root}${SMOKE_REPORT_SCHEMA_FILE}`, renderSmokeReportJsonSchema());
console.log(`wrote ${SMOKE_REPORT_SCHEMA_FILE}`);
writeFileSync(`${root}${PARITY_REPORT_SCHEMA_FILE}`, renderParityReportJsonSchema());
console.log(`wrote ${PARITY_REPORT_SCHEMA_FILE}`);
writeFileSync(`${root}${ENVIRONMENT_SCHEMA_FILE}`, renderEnvironmentJsonSchema());
console.log(`wrote ${ENVIRONMENT_SCHEMA_FILE}`);
writeFileSync(`${root}${PROTECTION_STATUS_SCHEMA_FILE}`, renderProtectionStatusJsonSchema());
console.log(`wrote ${PROTECTION_STATUS_SCHEMA_FILE}`);
for (const { file, text } of renderEvidenceJsonSchemas()) {
  writeFileSync(`${root}${file}`, text);
  console.log(`wrote ${file}`);
}
const readme = `${root}README.md`;
writeFileSync(readme, updateReadme(readFileSync(readme, "utf8")));
console.log("updated the config reference in README.md");
