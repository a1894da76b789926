import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { evaluateSmoke } from "../../../../core/gates/smoke/evaluate.js";
import {
  renderSmokeReportJsonSchema,
  SMOKE_REPORT_SCHEMA_FILE,
} from "../../../../core/gates/smoke/report.js";

describe("smoke report JSON Schema", () => {
  it(`${SMOKE_REPORT_SCHEMA_FILE} matches the zod schema (run \`npm run schemas\` when this fails)`, () => {
    const committed = readFileSync(
      new URL(`../../../../${SMOKE_REPORT_SCHEMA_FILE}`, import.meta.url),
      "utf8",
    );
    expect(committed).toBe(renderSmokeReportJsonSchema());
  });

  it("accepts what evaluateSmoke produces", () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(renderSmokeReportJsonSchema()));
    const report = evaluateSmoke({
      commands: [{ command: "x", exitCode: null, signal: "SIGKILL", durationMs: 1 }],
      patterns: ["*.xml"],
      files: [
        {
          path: "a.xml",
          scenarios: [
            {
              name: "t",
              suite: "s",
              suitePath: ["s"],
              classname: "c",
              file: "a.xml",
              tags: ["auth"],
              result: "flaky",
              durationMs: 1.5,
              attempts: [{ kind: "flakyFailure", message: "m" }],
            },
          ],
        },
      ],
      inputErrors: [{ file: "b.xml", line: 2, column: 3, message: "b.xml is not well-formed XML" }],
      expectedSuites: ["s"],
    });
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});
