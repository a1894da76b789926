import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PILOT_MANIFEST_PATH } from "../../../core/gates/pilot/manifest.js";
import {
  PILOT_NAME,
  pilotRunFolder,
  renderPilotManifestTemplate,
} from "../../../core/gates/pilot/manifest-template.js";
import { UsageError } from "../../../core/index.js";
import type { CliIO } from "../../../engine/io.js";
import { displayPath, errorCode } from "../../../engine/io.js";
import { ArgumentError, parseOrExplain } from "../../args.js";
import { HELP } from "../../help.js";

const OPTIONS = {
  name: { type: "string" },
  dir: { type: "string", default: "." },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate pilot start --name <name> [--dir <path>]`: writes the pilot
 * manifest template and creates the run folder `pilots/<name>/<date>/`.
 * Refuses to overwrite an existing manifest.
 */
export async function runPilotStart(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.pilot);
    return 0;
  }
  const name = values.name ?? "";
  if (!PILOT_NAME.test(name)) {
    throw new ArgumentError(
      name === "" ? "--name is required" : `--name "${name}" cannot be a folder name`,
      "use letters, digits, '-', '_' or '.', e.g. --name m6-pilot",
    );
  }
  const now = io.now?.() ?? new Date();
  const dir = resolve(io.cwd, values.dir);
  const manifest = join(dir, PILOT_MANIFEST_PATH);
  const folder = join(dir, pilotRunFolder(name, now));
  await mkdir(dir, { recursive: true });
  try {
    await writeFile(manifest, renderPilotManifestTemplate(name, now), { flag: "wx" });
  } catch (error) {
    if (errorCode(error) === "EEXIST") {
      throw new UsageError(
        `${displayPath(io.cwd, manifest)} exists; nothing was written. Edit it, or move it away to start a new pilot.`,
      );
    }
    throw new UsageError(
      `cannot write ${displayPath(io.cwd, manifest)}: ${(error as Error).message}`,
    );
  }
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, ".gitkeep"), "", { flag: "a" });
  io.stdout.write(
    [
      `wrote ${displayPath(io.cwd, manifest)} (3 placeholder clients, 48 h window from today)`,
      `created ${displayPath(io.cwd, folder)}/ for this session's reports`,
      "",
      "Next: fill in the clients and their contacts, then",
      `  pilot-gate readiness --sha <commit> --manifest ${displayPath(io.cwd, manifest)} --smoke <smoke.json> --parity <parity.json> --repo owner/name`,
      "",
    ].join("\n"),
  );
  return 0;
}
