import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  readManifest,
  runFolder
} from "./chunk-DZG2N2AE.js";
import {
  HELP
} from "./chunk-MYW64MZF.js";
import {
  ArgumentError,
  closest,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import "./chunk-PUKTEUKC.js";
import {
  loadConfig
} from "./chunk-KMDGGVVW.js";
import {
  displayPath,
  readOptionalFile
} from "./chunk-DHR4YBZ7.js";
import "./chunk-EYTOIYXU.js";
import {
  RECORDS_FILE,
  SCENARIO_RESULTS,
  chainHead,
  parseRecords,
  renderRecordLine,
  resolveScenario,
  sealRecord
} from "./chunk-GFMFSFFO.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import "./chunk-IDLGL5PL.js";
import {
  RECORDS_LIMIT,
  RECORD_ERROR_LIMIT,
  utf8Length
} from "./chunk-LFSF5ETV.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/pilot/record.ts
import { appendFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
var OPTIONS = {
  client: { type: "string" },
  scenario: { type: "string" },
  result: { type: "string" },
  error: { type: "string" },
  at: { type: "string" },
  dir: { type: "string", default: "." },
  run: { type: "string" },
  config: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
async function runPilotRecord(args, io) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.pilot), 0;
  let result = parseResult(values.result), error = parseError(result, values.error), now = io.now?.() ?? /* @__PURE__ */ new Date(), at = parseAt(values.at, now), { config } = await loadConfig(io.cwd, values.config), { manifest, path: manifestPath } = await readManifest(io.cwd, values.dir), client = (values.client ?? "").trim(), names = manifest.clients.map((c) => c.name);
  if (!names.includes(client)) {
    let near = client === "" ? void 0 : closest(client, names) ?? names.find((name) => name.toLowerCase().startsWith(client.toLowerCase()));
    throw new ArgumentError(
      client === "" ? "--client is required" : `--client "${client}" is not a client of ${displayPath(io.cwd, manifestPath)}`,
      `${near ? `did you mean --client "${near}"? ` : ""}the clients are: ${names.join(", ")}`
    );
  }
  if ((values.scenario ?? "").trim() === "")
    throw new ArgumentError(
      "--scenario is required",
      `pass a scenario of pilot.script, e.g. --scenario ${JSON.stringify(config.pilot.script[0])}`
    );
  let scenario = resolveScenario(values.scenario ?? "", config.pilot.script), folder = await runFolder(io.cwd, { run: values.run, dir: values.dir }), file = join(folder, RECORDS_FILE), shown = displayPath(io.cwd, file), text = await readOptionalFile(file, RECORDS_LIMIT, shown) ?? "", existing = parseRecords(text, shown), fields = {
    at,
    client,
    scenario,
    result,
    ...error !== void 0 ? { error } : {}
  }, record = sealRecord(fields, chainHead(existing)), line = renderRecordLine(record);
  if (utf8Length(text) + utf8Length(line) > RECORDS_LIMIT.bytes)
    throw new UsageError(
      `${shown} would grow past ${RECORDS_LIMIT.bytes} bytes, which readiness refuses to read; nothing was written. ${RECORDS_LIMIT.advice}.`
    );
  return await appendFile(file, line), values.json ? io.stdout.write(`${JSON.stringify({ file: shown, record }, null, 2)}
`) : io.stdout.write(
    `recorded ${result} of "${scenario}" for ${client} at ${at} in ${shown} (${existing.length + 1} record(s), digest ${record.digest})
`
  ), 0;
}
function parseResult(value) {
  let result = (value ?? "").trim().toLowerCase();
  if (SCENARIO_RESULTS.includes(result)) return result;
  throw new ArgumentError(
    result === "" ? "--result is required" : `--result "${value}" is neither pass nor fail`,
    "pass --result pass or --result fail (with --error saying what went wrong)"
  );
}
function parseError(result, value) {
  let error = value?.trim() ?? "";
  if (result === "pass") {
    if (error !== "")
      throw new ArgumentError(
        "--error was given with --result pass",
        "record a failure with --result fail --error <text>, or drop --error"
      );
    return;
  }
  if (error === "")
    throw new ArgumentError(
      "--result fail needs --error",
      'say what went wrong, e.g. --error "proposal PDF returned 500"'
    );
  if (utf8Length(error) > RECORD_ERROR_LIMIT.bytes)
    throw new ArgumentError(
      `--error is ${utf8Length(error)} bytes, over the ${RECORD_ERROR_LIMIT.bytes}-byte limit`,
      RECORD_ERROR_LIMIT.advice
    );
  return error;
}
function parseAt(value, now) {
  if (value === void 0) return now.toISOString();
  let date = new Date(value);
  if (!ISO_INSTANT.test(value.trim()) || Number.isNaN(date.getTime()))
    throw new ArgumentError(
      `--at "${value}" is not a date-time with its offset`,
      "pass when the scenario ran in ISO 8601 with Z or an offset, e.g. --at 2026-06-02T14:30:00Z"
    );
  if (date.getTime() > now.getTime())
    throw new ArgumentError(
      `--at ${value} is in the future`,
      "record a scenario after it ran; check the date and the time zone offset"
    );
  return date.toISOString();
}
export {
  runPilotRecord
};
