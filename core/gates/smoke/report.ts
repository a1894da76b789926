import { z } from "zod";
import { UsageError } from "../../errors.js";
import { COMMIT_PATTERN } from "../../evidence/schema.js";

/** Where the generated JSON Schema of the smoke report is committed. */
export const SMOKE_REPORT_SCHEMA_FILE = "schemas/smoke-report.schema.json";

/** The report's format version; bumped on a breaking change. */
export const SMOKE_REPORT_VERSION = 1;

/**
 * What happened to one scenario. `flaky` is a test that failed and then
 * passed on a rerun (Surefire's `<flakyFailure>`/`<flakyError>`): it counts
 * as executed and does not fail the gate, but is reported on its own.
 */
export const scenarioResultSchema = z.enum(["passed", "failed", "errored", "skipped", "flaky"]);
export type ScenarioResult = z.infer<typeof scenarioResultSchema>;

/** One failed attempt of a scenario that was rerun (Surefire's rerun and flaky elements). */
export const attemptSchema = z.object({
  kind: z
    .enum(["flakyFailure", "flakyError", "rerunFailure", "rerunError"])
    .describe("The JUnit element the attempt was reported in."),
  message: z.string().describe("The attempt's message, or the first line of its stack trace."),
});

export const scenarioSchema = z.object({
  name: z.string().describe("The testcase name as the runner wrote it."),
  suite: z
    .string()
    .describe("The innermost <testsuite> name, or a `suite` property on the testcase."),
  suitePath: z
    .array(z.string())
    .describe("Every enclosing suite name, outermost first (the <testsuites> name included)."),
  classname: z.string().optional(),
  file: z.string().describe("The JUnit file the scenario was read from."),
  tags: z
    .array(z.string())
    .describe(
      "From a `tags` property (comma-separated) on the testcase or a suite, and `[tag]` or `@tag` in the name.",
    ),
  result: scenarioResultSchema,
  durationMs: z.number().nonnegative().optional().describe("From the testcase's `time`, seconds."),
  error: z
    .string()
    .optional()
    .describe("For failed, errored and skipped scenarios: the message (clipped)."),
  attempts: z
    .array(attemptSchema)
    .describe("Failed attempts before the final result, when the runner reran the test."),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const commandResultSchema = z.object({
  command: z.string(),
  exitCode: z
    .number()
    .int()
    .nullable()
    .describe("null when the command did not exit by itself (a signal) or could not start."),
  signal: z.string().optional().describe("The signal that ended the command, if any."),
  durationMs: z.number().nonnegative(),
  error: z.string().optional().describe("Why the command could not start, if it did not."),
});
export type CommandResult = z.infer<typeof commandResultSchema>;

export const reasonCodeSchema = z.enum([
  "input-error",
  "command-failed",
  "zero-tests",
  "tests-failed",
  "suite-missing",
  "stale-junit",
]);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

/** Why the gate failed, each with where to look. */
export const reasonSchema = z.object({
  code: reasonCodeSchema,
  message: z.string().describe("What is wrong and what to do next."),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
});
export type Reason = z.infer<typeof reasonSchema>;

export const countsSchema = z.object({
  total: z.number().int().nonnegative(),
  executed: z
    .number()
    .int()
    .nonnegative()
    .describe("passed + failed + errored + flaky: every scenario that ran."),
  passed: z.number().int().nonnegative().describe("Passed on the first attempt."),
  failed: z.number().int().nonnegative(),
  errored: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  flaky: z.number().int().nonnegative().describe("Passed only after a rerun."),
});
export type SmokeCounts = z.infer<typeof countsSchema>;

export const smokeReportSchema = z.object({
  version: z.literal(SMOKE_REPORT_VERSION),
  gate: z.literal("smoke"),
  status: z.enum(["pass", "fail"]),
  sha: z
    .string()
    .regex(COMMIT_PATTERN, "a full commit id (40 or 64 lowercase hex)")
    .optional()
    .describe(
      "The commit the smoke gate ran on, when the run was told (the action's sha input, --sha): readiness and rollback lift refuse a report of another commit. Absent in reports that were not told.",
    ),
  counts: countsSchema,
  reasons: z.array(reasonSchema).describe("Empty exactly when status is pass."),
  commands: z.array(commandResultSchema),
  junit: z.object({
    patterns: z.array(z.string()),
    files: z.array(z.object({ path: z.string(), scenarios: z.number().int().nonnegative() })),
  }),
  suites: z.object({
    expected: z.array(z.string()),
    found: z.array(z.string()),
    missing: z.array(z.string()),
  }),
  scenarios: z.array(scenarioSchema).describe("Every scenario, in the order the files list them."),
});
export type SmokeReport = z.infer<typeof smokeReportSchema>;

/**
 * The commit a smoke run is told it ran on, lowercased; `undefined` for
 * empty. Throws a `UsageError` naming `what` (the option or input) for
 * anything but a full commit id: a short or mistyped id would make the
 * report claim a commit nobody can check.
 */
export function smokeCommit(value: string | undefined, what: string): string | undefined {
  const sha = (value ?? "").trim().toLowerCase();
  if (sha === "") return undefined;
  if (!COMMIT_PATTERN.test(sha)) {
    throw new UsageError(
      `${what} "${sha.slice(0, 80)}" is not a full commit id; pass the 40-character id of the commit the smoke run checked out (git rev-parse HEAD)`,
    );
  }
  return sha;
}

/** The JSON Schema of the smoke report (`--report`, the action's report file). */
export function smokeReportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(smokeReportSchema, {
    io: "output",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return {
    ...schema,
    $id: "https://pilot-gate.dev/schemas/smoke-report.schema.json",
    title: "pilot-gate smoke report",
  };
}

/** The schema file's exact text, so generation and the drift test agree byte for byte. */
export function renderSmokeReportJsonSchema(): string {
  return `${JSON.stringify(smokeReportJsonSchema(), null, 2)}\n`;
}
