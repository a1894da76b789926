import { appendFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  chainHead,
  parseRecords,
  RECORDS_FILE,
  type RecordFields,
  renderRecordLine,
  resolveScenario,
  SCENARIO_RESULTS,
  type ScenarioResult,
  sealRecord,
} from "../../../core/gates/pilot/records.js";
import { UsageError } from "../../../core/index.js";
import { RECORD_ERROR_LIMIT, RECORDS_LIMIT, utf8Length } from "../../../core/limits.js";
import { loadConfig } from "../../../engine/config/checkout.js";
import { displayPath, readOptionalFile } from "../../../engine/io.js";
import { ArgumentError, closest, parseOrExplain } from "../../args.js";
import { HELP } from "../../help.js";
import type { ClockedIO } from "../readiness.js";
import { readManifest, runFolder } from "./run-folder.js";

const OPTIONS = {
  client: { type: "string" },
  scenario: { type: "string" },
  result: { type: "string" },
  error: { type: "string" },
  at: { type: "string" },
  dir: { type: "string", default: "." },
  run: { type: "string" },
  config: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * `pilot-gate pilot record --client <name> --scenario <name> --result
 * pass|fail [--error <text>] [--at <iso>]`: appends one sealed record to the
 * run folder's records.jsonl. The client must be in pilot.yml and the
 * scenario in `pilot.script`; the file must verify before a line is added,
 * so a record never chains onto an edited history.
 */
export async function runPilotRecord(args: string[], io: ClockedIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.pilot);
    return 0;
  }
  const result = parseResult(values.result);
  const error = parseError(result, values.error);
  const now = io.now?.() ?? new Date();
  const at = parseAt(values.at, now);

  const { config } = await loadConfig(io.cwd, values.config);
  const { manifest, path: manifestPath } = await readManifest(io.cwd, values.dir);
  const client = (values.client ?? "").trim();
  const names = manifest.clients.map((c) => c.name);
  if (!names.includes(client)) {
    const near =
      client === ""
        ? undefined
        : (closest(client, names) ??
          names.find((name) => name.toLowerCase().startsWith(client.toLowerCase())));
    throw new ArgumentError(
      client === ""
        ? "--client is required"
        : `--client "${client}" is not a client of ${displayPath(io.cwd, manifestPath)}`,
      `${near ? `did you mean --client "${near}"? ` : ""}the clients are: ${names.join(", ")}`,
    );
  }
  if ((values.scenario ?? "").trim() === "") {
    throw new ArgumentError(
      "--scenario is required",
      `pass a scenario of pilot.script, e.g. --scenario ${JSON.stringify(config.pilot.script[0])}`,
    );
  }
  const scenario = resolveScenario(values.scenario ?? "", config.pilot.script);

  const folder = await runFolder(io.cwd, { run: values.run, dir: values.dir });
  const file = join(folder, RECORDS_FILE);
  const shown = displayPath(io.cwd, file);
  const text = (await readOptionalFile(file, RECORDS_LIMIT, shown)) ?? "";
  const existing = parseRecords(text, shown);
  const fields: RecordFields = {
    at,
    client,
    scenario,
    result,
    ...(error !== undefined ? { error } : {}),
  };
  const record = sealRecord(fields, chainHead(existing));
  const line = renderRecordLine(record);
  if (utf8Length(text) + utf8Length(line) > RECORDS_LIMIT.bytes) {
    throw new UsageError(
      `${shown} would grow past ${RECORDS_LIMIT.bytes} bytes, which readiness refuses to read; nothing was written. ${RECORDS_LIMIT.advice}.`,
    );
  }
  await appendFile(file, line);
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ file: shown, record }, null, 2)}\n`);
  } else {
    io.stdout.write(
      `recorded ${result} of "${scenario}" for ${client} at ${at} in ${shown} (${existing.length + 1} record(s), digest ${record.digest})\n`,
    );
  }
  return 0;
}

function parseResult(value: string | undefined): ScenarioResult {
  const result = (value ?? "").trim().toLowerCase();
  if ((SCENARIO_RESULTS as readonly string[]).includes(result)) return result as ScenarioResult;
  throw new ArgumentError(
    result === "" ? "--result is required" : `--result "${value}" is neither pass nor fail`,
    "pass --result pass or --result fail (with --error saying what went wrong)",
  );
}

/** A failure needs its error (a bare fail is no evidence); a pass takes none. */
function parseError(result: ScenarioResult, value: string | undefined): string | undefined {
  const error = value?.trim() ?? "";
  if (result === "pass") {
    if (error !== "") {
      throw new ArgumentError(
        "--error was given with --result pass",
        "record a failure with --result fail --error <text>, or drop --error",
      );
    }
    return undefined;
  }
  if (error === "") {
    throw new ArgumentError(
      "--result fail needs --error",
      'say what went wrong, e.g. --error "proposal PDF returned 500"',
    );
  }
  if (utf8Length(error) > RECORD_ERROR_LIMIT.bytes) {
    throw new ArgumentError(
      `--error is ${utf8Length(error)} bytes, over the ${RECORD_ERROR_LIMIT.bytes}-byte limit`,
      RECORD_ERROR_LIMIT.advice,
    );
  }
  return error;
}

/** `--at` as an instant with its offset (a time without one is ambiguous), never in the future. */
function parseAt(value: string | undefined, now: Date): string {
  if (value === undefined) return now.toISOString();
  const date = new Date(value);
  if (!ISO_INSTANT.test(value.trim()) || Number.isNaN(date.getTime())) {
    throw new ArgumentError(
      `--at "${value}" is not a date-time with its offset`,
      "pass when the scenario ran in ISO 8601 with Z or an offset, e.g. --at 2026-06-02T14:30:00Z",
    );
  }
  if (date.getTime() > now.getTime()) {
    throw new ArgumentError(
      `--at ${value} is in the future`,
      "record a scenario after it ran; check the date and the time zone offset",
    );
  }
  return date.toISOString();
}
