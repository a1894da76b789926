import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  displayPath,
  errorCode
} from "./chunk-SSP7UEET.js";
import {
  PILOT_MANIFEST_PATH,
  PILOT_NAME,
  pilotRunFolder,
  renderPilotManifestTemplate
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/pilot/start.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
var OPTIONS = {
  name: { type: "string" },
  dir: { type: "string", default: "." },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runPilotStart(args, io) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.pilot), 0;
  let name = values.name ?? "";
  if (!PILOT_NAME.test(name))
    throw new ArgumentError(
      name === "" ? "--name is required" : `--name "${name}" cannot be a folder name`,
      "use letters, digits, '-', '_' or '.', e.g. --name m6-pilot"
    );
  let now = io.now?.() ?? /* @__PURE__ */ new Date(), dir = resolve(io.cwd, values.dir), manifest = join(dir, PILOT_MANIFEST_PATH), folder = join(dir, pilotRunFolder(name, now));
  await mkdir(dir, { recursive: !0 });
  try {
    await writeFile(manifest, renderPilotManifestTemplate(name, now), { flag: "wx" });
  } catch (error) {
    throw errorCode(error) === "EEXIST" ? new UsageError(
      `${displayPath(io.cwd, manifest)} exists; nothing was written. Edit it, or move it away to start a new pilot.`
    ) : new UsageError(
      `cannot write ${displayPath(io.cwd, manifest)}: ${error.message}`
    );
  }
  return await mkdir(folder, { recursive: !0 }), await writeFile(join(folder, ".gitkeep"), "", { flag: "a" }), io.stdout.write(
    [
      `wrote ${displayPath(io.cwd, manifest)} (3 placeholder clients, 48 h window from today)`,
      `created ${displayPath(io.cwd, folder)}/ for this session's reports`,
      "",
      "Next: fill in the clients and their contacts, then",
      `  pilot-gate readiness --sha <commit> --manifest ${displayPath(io.cwd, manifest)} --smoke <smoke.json> --parity <parity.json> --repo owner/name`,
      ""
    ].join(`
`)
  ), 0;
}
export {
  runPilotStart
};
