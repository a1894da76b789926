import { z } from "zod";
import { type ConfigIssue, UsageError } from "../../errors.js";
import { digestOf } from "../../evidence/digest.js";
import { parseIJson } from "../../evidence/i-json.js";
import { MAX_FILE_ISSUES, RECORD_ERROR_LIMIT, RECORDS_LIMIT, utf8Length } from "../../limits.js";
import { scenarioKey } from "./config.js";
import { InputFileError } from "./manifest.js";

/** The file of a run folder (`pilots/<name>/<date>/`) that holds its scenario records, one JSON object a line. */
export const RECORDS_FILE = "records.jsonl";

export const SCENARIO_RESULTS = ["pass", "fail"] as const;
export type ScenarioResult = (typeof SCENARIO_RESULTS)[number];

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** When a scenario ran, as a record takes it: ISO 8601 with Z or an offset, since a time without one is ambiguous. */
export const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** One scenario run by one client, as `pilot-gate pilot record` writes it. */
export const scenarioRecordSchema = z.strictObject({
  at: z.iso.datetime({ offset: true }).describe("When the scenario ran (ISO 8601)."),
  client: z.string().min(1).describe("The client, as named in pilot.yml."),
  scenario: z.string().min(1).describe("The scenario, as written in pilot.script."),
  result: z.enum(SCENARIO_RESULTS),
  error: z
    .string()
    .min(1)
    .refine((text) => utf8Length(text) <= RECORD_ERROR_LIMIT.bytes, {
      message: `longer than ${RECORD_ERROR_LIMIT.bytes} bytes`,
    })
    .optional()
    .describe("What went wrong, for a failure."),
  source: z
    .strictObject({
      issue: z
        .number()
        .int()
        .positive()
        .describe("The pilot-scenario issue the record was filed from."),
    })
    .optional()
    .describe(
      "Where the record came from, when not typed at a terminal: one record per issue. Absent on older lines, which still verify.",
    ),
  prev: z
    .string()
    .regex(DIGEST)
    .nullable()
    .describe("The digest of the line before, `null` on the first: the records form a chain."),
  digest: z
    .string()
    .regex(DIGEST)
    .describe("sha256 of the record's canonical JSON (RFC 8785) without this field."),
});

export type ScenarioRecord = z.output<typeof scenarioRecordSchema>;

/** What a person records; the chain fields are added by `sealRecord`. */
export type RecordFields = Omit<ScenarioRecord, "prev" | "digest">;

/**
 * Seals a record into the chain: its digest covers every field and the
 * digest of the record before it, so editing, removing or reordering an
 * earlier line breaks every digest after it.
 */
export function sealRecord(fields: RecordFields, prev: string | null): ScenarioRecord {
  const body = { ...fields, prev };
  return { ...body, digest: digestOf(body) };
}

/** A record as its line in `records.jsonl` (with the newline). */
export function renderRecordLine(record: ScenarioRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/**
 * Parses `records.jsonl`: one record a line, each a valid record whose
 * digest matches its content and whose `prev` is the line before's digest.
 * Throws `InputFileError` locating each problem at its line, since readiness
 * must never count records that were edited by hand or lost a line; text
 * over `RECORDS_LIMIT` is refused unparsed.
 */
export function parseRecords(text: string, file: string = RECORDS_FILE): ScenarioRecord[] {
  const next = `${file} is written by pilot-gate pilot record only: restore it from git (git checkout -- ${file}) and record again what is missing; never edit it by hand.`;
  if (utf8Length(text) > RECORDS_LIMIT.bytes) {
    throw new InputFileError(
      file,
      [{ path: "", message: `over ${RECORDS_LIMIT.bytes} bytes; ${RECORDS_LIMIT.advice}` }],
      next,
    );
  }
  const records: ScenarioRecord[] = [];
  const issues: ConfigIssue[] = [];
  // `undefined` after a line that could not be read: the next line's prev cannot be judged.
  let prev: string | null | undefined = null;
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  for (const [index, line] of lines.entries()) {
    const position = { line: index + 1, column: 1 };
    const problem = (message: string) => issues.push({ path: "", message, position });
    const parsed = parseIJson(line);
    if (!parsed.ok) {
      problem(`the line ${parsed.error}`);
      prev = undefined;
      continue;
    }
    const result = scenarioRecordSchema.safeParse(parsed.value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ path: issue.path.map(String).join("."), message: issue.message, position });
      }
      prev = undefined;
      continue;
    }
    const record = result.data;
    const { digest, ...body } = record;
    if (digestOf(body) !== digest) {
      problem("the digest does not match the record: it was changed after it was recorded");
    } else if (prev !== undefined && record.prev !== prev) {
      problem(
        index === 0
          ? "the first record must have prev: null; lines before it were removed"
          : "prev is not the digest of the line before: a line was removed, added or moved",
      );
    }
    prev = digest;
    records.push(record);
  }
  if (issues.length > 0) {
    throw new InputFileError(
      file,
      issues.slice(0, MAX_FILE_ISSUES),
      next,
      Math.max(0, issues.length - MAX_FILE_ISSUES),
    );
  }
  return records;
}

/** What `appendRecord` did: the record it sealed, or the one already filed from the same issue. */
export type AppendedRecord =
  | { kind: "appended"; record: ScenarioRecord; text: string; count: number }
  | { kind: "present"; record: ScenarioRecord; count: number };

/**
 * Appends `fields` to the records file `text` (verified first, so a record
 * never chains onto an edited history) and returns the new text. A record
 * with a `source` issue that the file already holds is not added again:
 * an edited issue or a re-run workflow must never count one run twice.
 * Throws `InputFileError` for a file that does not verify and `UsageError`
 * when the file would grow past `RECORDS_LIMIT`.
 */
export function appendRecord(
  text: string,
  fields: RecordFields,
  file: string = RECORDS_FILE,
): AppendedRecord {
  const existing = parseRecords(text, file);
  const issue = fields.source?.issue;
  const filed = issue === undefined ? undefined : existing.find((r) => r.source?.issue === issue);
  if (filed !== undefined) return { kind: "present", record: filed, count: existing.length };
  const record = sealRecord(fields, chainHead(existing));
  const line = renderRecordLine(record);
  if (utf8Length(text) + utf8Length(line) > RECORDS_LIMIT.bytes) {
    throw new UsageError(
      `${file} would grow past ${RECORDS_LIMIT.bytes} bytes, which readiness refuses to read; nothing was written. ${RECORDS_LIMIT.advice}.`,
    );
  }
  return { kind: "appended", record, text: text + line, count: existing.length + 1 };
}

/** The digest the next record chains to: the last record's, or `null` for an empty file. */
export function chainHead(records: readonly ScenarioRecord[]): string | null {
  return records.at(-1)?.digest ?? null;
}

/**
 * The scenario of `script` that `name` names (its exact text or its key,
 * e.g. `create-a-lead`), or a `UsageError` listing the script's keys.
 */
export function resolveScenario(name: string, script: readonly string[]): string {
  const key = scenarioKey(name);
  const found = script.find((step) => scenarioKey(step) === key);
  if (found !== undefined && key !== "") return found;
  throw new UsageError(
    `"${name}" is not a scenario of the pilot's script; pass one of: ${script.map(scenarioKey).join(", ")} (pilot.script in .github/pilot-gate.yml lists them)`,
  );
}

/** The latest record of each (client, scenario) pair: by `at`, and for equal times the later line. */
export function latestRecords(records: readonly ScenarioRecord[]): Map<string, ScenarioRecord> {
  const latest = new Map<string, ScenarioRecord>();
  for (const record of records) {
    const key = pairKey(record.client, record.scenario);
    const seen = latest.get(key);
    if (!seen || Date.parse(record.at) >= Date.parse(seen.at)) latest.set(key, record);
  }
  return latest;
}

/** The key of a (client, scenario) pair, the scenario compared by `scenarioKey`. */
export function pairKey(client: string, scenario: string): string {
  return JSON.stringify([client, scenarioKey(scenario)]);
}
