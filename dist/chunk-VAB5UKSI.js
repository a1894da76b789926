import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  readManifest,
  readRoster,
  replaceFile,
  runFolder
} from "./chunk-4VAZZWA6.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import {
  ArgumentError,
  parseOrExplain,
  splitList
} from "./chunk-IYG7IW7E.js";
import "./chunk-NFE4XZOK.js";
import "./chunk-KG6TQEDJ.js";
import "./chunk-GY54ZMGU.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import {
  displayPath
} from "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  parsePilotManifest,
  require_dist
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import {
  __toESM
} from "./chunk-TXBVCHSZ.js";

// cli/commands/pilot/finalize.ts
var import_yaml = __toESM(require_dist(), 1);
import { parseArgs } from "node:util";

// core/gates/pilot/finalize.ts
var WINDOW_START = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;
function finalizePilot(roster, options) {
  let { bounds } = options, refusals = [];
  (!WINDOW_START.test(options.windowStart) || Number.isNaN(Date.parse(options.windowStart))) && refusals.push(
    `--window-start "${options.windowStart}" is not a time; give a date (2026-06-02) or an ISO 8601 date-time with its zone (2026-06-02T09:00:00Z)`
  ), options.windowHours >= bounds.min_window_hours || refusals.push(
    `the window is ${options.windowHours} h; the pilot needs at least ${bounds.min_window_hours} h (--window-hours, readiness.thresholds.min_window_hours)`
  );
  let pending = roster.candidates.filter(
    (c) => c.class === "REVISAR_CONTATO" || c.class === "REVISAR_PERFIL"
  ), selected;
  if (options.chosen !== void 0) {
    selected = [];
    for (let id of options.chosen) {
      let candidate = roster.candidates.find((c) => c.id === id);
      candidate === void 0 ? refusals.push(`--clients names "${id}", which is not a candidate in the roster`) : candidate.class !== "SUGERIDO" ? refusals.push(
        `${id} is ${candidate.class}, not SUGERIDO; settle its review first (pilot-gate pilot review resolve --client ${id} ...)`
      ) : selected.push(candidate);
    }
  } else
    selected = roster.candidates.filter((c) => c.class === "SUGERIDO");
  for (let candidate of selected)
    for (let [key, words] of [
      ["technical_contact", "technical"],
      ["business_contact", "business"]
    ])
      candidate[key]?.trim() || refusals.push(
        `${candidate.id} has no ${words} contact; record it with pilot-gate pilot review resolve --client ${candidate.id} --decision accept --${words}-contact "<name and email>" ...`
      );
  let count = options.chosen?.length ?? selected.length;
  if (count < bounds.min_clients || count > bounds.max_clients) {
    let ids = (options.chosen ?? selected.map((c) => c.id)).join(", ") || "none", hint = count > bounds.max_clients ? `choose ${bounds.max_clients} or fewer with --clients <id,id,...>` : pending.length > 0 ? `settle the ${pending.length} review(s) pending (${pending.map((c) => c.id).join(", ")}) with pilot-gate pilot review resolve` : "recommend from a wider activity export, or accept reviewed clients";
    refusals.push(
      `${count} client(s) ${options.chosen ? "chosen" : "SUGERIDO"} (${ids}); the pilot needs ${bounds.min_clients} to ${bounds.max_clients}: ${hint}`
    );
  }
  return refusals.length > 0 ? { ok: !1, refusals } : {
    ok: !0,
    clients: selected.map((c) => ({
      id: c.id,
      name: c.name,
      status: "suggested",
      technical_contact: c.technical_contact,
      business_contact: c.business_contact
    })),
    window: { start: options.windowStart, hours: options.windowHours }
  };
}

// cli/commands/pilot/finalize.ts
var OPTIONS = {
  "window-start": { type: "string" },
  "window-hours": { type: "string" },
  clients: { type: "string", multiple: !0 },
  run: { type: "string" },
  dir: { type: "string", default: "." },
  config: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runPilotFinalize(args, io) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.pilot), 0;
  let start = values["window-start"];
  if (start === void 0)
    throw new ArgumentError(
      "--window-start is required",
      "when observation starts, ISO 8601, e.g. --window-start 2026-06-02T09:00:00Z"
    );
  let hoursText = values["window-hours"] ?? "48", hours = Number(hoursText);
  if (!/^\d+(\.\d+)?$/.test(hoursText) || hours <= 0)
    throw new ArgumentError(
      `--window-hours "${hoursText}" is not a number of hours`,
      "e.g. --window-hours 48"
    );
  let { config } = await loadConfig(io.cwd, values.config), folder = await runFolder(io.cwd, { run: values.run, dir: values.dir }), { roster } = await readRoster(io.cwd, folder), { path, text } = await readManifest(io.cwd, values.dir), shown = displayPath(io.cwd, path), chosen = values.clients === void 0 ? void 0 : splitList(values.clients), result = finalizePilot(roster, {
    chosen,
    windowStart: start,
    windowHours: hours,
    bounds: config.readiness.thresholds
  });
  if (!result.ok)
    return values.json && io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "pilot-finalize", outcome: "refused", manifest: shown, refusals: result.refusals }, null, 2)}
`
    ), io.stderr.write(
      safeText(
        `${result.refusals.map((r) => `- ${r}`).join(`
`)}
pilot-gate: ${shown} was not written: ${result.refusals.length} thing(s) to settle first.
`
      )
    ), 1;
  let document = (0, import_yaml.parseDocument)(text);
  document.set("window", result.window), document.set("clients", result.clients);
  let updated = document.toString({ lineWidth: 0 });
  return parsePilotManifest(updated, shown), await replaceFile(path, updated), values.json ? io.stdout.write(
    `${JSON.stringify({ version: 1, kind: "pilot-finalize", outcome: "written", manifest: shown, window: result.window, clients: result.clients }, null, 2)}
`
  ) : io.stdout.write(
    safeText(
      [
        ...result.clients.map((c) => `client ${c.id} ${c.name}`),
        `wrote ${shown}: ${result.clients.length} client(s), a ${hours} h window from ${start}.`,
        "Next: pilot-gate pilot outreach --owner <sales owner> opens an outreach issue per client.",
        ""
      ].join(`
`)
    )
  ), 0;
}
export {
  runPilotFinalize
};
