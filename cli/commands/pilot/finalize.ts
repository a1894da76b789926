import { parseArgs } from "node:util";
import { parseDocument } from "yaml";
import { finalizePilot } from "../../../core/gates/pilot/finalize.js";
import { parsePilotManifest } from "../../../core/gates/pilot/manifest.js";
import { safeText } from "../../../core/render/safe-text.js";
import { loadConfig } from "../../../engine/config/checkout.js";
import type { CliIO } from "../../../engine/io.js";
import { displayPath } from "../../../engine/io.js";
import { ArgumentError, parseOrExplain, splitList } from "../../args.js";
import { HELP } from "../../help.js";
import { readManifest, readRoster, replaceFile, runFolder } from "./run-folder.js";

const OPTIONS = {
  "window-start": { type: "string" },
  "window-hours": { type: "string" },
  clients: { type: "string", multiple: true },
  run: { type: "string" },
  dir: { type: "string", default: "." },
  config: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate pilot finalize --window-start <time> --window-hours <h>`:
 * writes the roster's chosen clients (SUGERIDO, both contacts) and the
 * window into pilot.yml, keeping its comments, or refuses with every reason
 * (see finalizePilot). Exit 0 written, 1 refused (nothing written), 2 usage.
 */
export async function runPilotFinalize(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.pilot);
    return 0;
  }
  const start = values["window-start"];
  if (start === undefined) {
    throw new ArgumentError(
      "--window-start is required",
      "when observation starts, ISO 8601, e.g. --window-start 2026-06-02T09:00:00Z",
    );
  }
  const hoursText = values["window-hours"] ?? "48";
  const hours = Number(hoursText);
  if (!/^\d+(\.\d+)?$/.test(hoursText) || hours <= 0) {
    throw new ArgumentError(
      `--window-hours "${hoursText}" is not a number of hours`,
      "e.g. --window-hours 48",
    );
  }
  const { config } = await loadConfig(io.cwd, values.config);
  const folder = await runFolder(io.cwd, { run: values.run, dir: values.dir });
  const { roster } = await readRoster(io.cwd, folder);
  const { path, text } = await readManifest(io.cwd, values.dir);
  const shown = displayPath(io.cwd, path);
  const chosen = values.clients === undefined ? undefined : splitList(values.clients);
  const result = finalizePilot(roster, {
    chosen,
    windowStart: start,
    windowHours: hours,
    bounds: config.readiness.thresholds,
  });
  if (!result.ok) {
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ version: 1, kind: "pilot-finalize", outcome: "refused", manifest: shown, refusals: result.refusals }, null, 2)}\n`,
      );
    }
    io.stderr.write(
      safeText(
        `${result.refusals.map((r) => `- ${r}`).join("\n")}\npilot-gate: ${shown} was not written: ${result.refusals.length} thing(s) to settle first.\n`,
      ),
    );
    return 1;
  }
  // Edited in place so the comments `pilot start` wrote (and any of the team's) stay.
  const document = parseDocument(text);
  document.set("window", result.window);
  document.set("clients", result.clients);
  const updated = document.toString({ lineWidth: 0 });
  // Read back before it replaces the old one: a manifest readiness cannot read is never written.
  parsePilotManifest(updated, shown);
  await replaceFile(path, updated);
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "pilot-finalize", outcome: "written", manifest: shown, window: result.window, clients: result.clients }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(
      safeText(
        [
          ...result.clients.map((c) => `client ${c.id} ${c.name}`),
          `wrote ${shown}: ${result.clients.length} client(s), a ${hours} h window from ${start}.`,
          "Next: pilot-gate pilot outreach --owner <sales owner> opens an outreach issue per client.",
          "",
        ].join("\n"),
      ),
    );
  }
  return 0;
}
