import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  defaultParityConfig,
  ENVIRONMENT_SCHEMA_FILE,
  evaluateParity,
  PARITY_REPORT_SCHEMA_FILE,
  parseEnvironment,
  renderEnvironmentJsonSchema,
  renderParityReportJsonSchema,
} from "../../../../core/gates/parity/index.js";

const root = new URL("../../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

describe("generated parity schemas (run `npm run schemas` when these fail)", () => {
  it(`${PARITY_REPORT_SCHEMA_FILE} matches the zod schema`, () => {
    expect(read(PARITY_REPORT_SCHEMA_FILE)).toBe(renderParityReportJsonSchema());
  });

  it(`${ENVIRONMENT_SCHEMA_FILE} matches the zod schema`, () => {
    expect(read(ENVIRONMENT_SCHEMA_FILE)).toBe(renderEnvironmentJsonSchema());
  });

  it("accept the bundled examples and the report made from them", () => {
    const ajv = new Ajv2020.default({ strict: false });
    const validEnv = ajv.compile(JSON.parse(read(ENVIRONMENT_SCHEMA_FILE)));
    const files = ["production", "staging", "staging-drifted"].map(
      (name) => `examples/parity/${name}.yml`,
    );
    for (const file of files) {
      expect(validEnv(parse(read(file))), `${file}: ${ajv.errorsText(validEnv.errors)}`).toBe(true);
    }
    const report = evaluateParity(
      files.map((file) => ({ file, environment: parseEnvironment(read(file), file) })),
      { config: defaultParityConfig(), today: "2026-05-01" },
    );
    const validReport = ajv.compile(JSON.parse(read(PARITY_REPORT_SCHEMA_FILE)));
    expect(
      validReport(JSON.parse(JSON.stringify(report))),
      ajv.errorsText(validReport.errors),
    ).toBe(true);
  });
});
