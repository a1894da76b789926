import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  ROSTER_FILE,
  parseRoster
} from "./chunk-NFE4XZOK.js";
import {
  latestRunFolder
} from "./chunk-KG6TQEDJ.js";
import {
  displayPath,
  readTextFile
} from "./chunk-SSP7UEET.js";
import {
  PILOT_MANIFEST_PATH,
  parsePilotManifest
} from "./chunk-XRWPT2AM.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  PILOT_MANIFEST_LIMIT,
  ROSTER_LIMIT
} from "./chunk-MSUCSWVI.js";

// cli/commands/pilot/run-folder.ts
import { rename, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
async function readManifest(cwd, dir) {
  let path = join(resolve(cwd, dir), PILOT_MANIFEST_PATH), shown = displayPath(cwd, path), text = await readTextFile(
    cwd,
    shown,
    `; start a pilot first (pilot-gate pilot start --name <name>${dir === "." ? "" : ` --dir ${dir}`}), or pass --dir with the folder that holds pilot.yml`,
    PILOT_MANIFEST_LIMIT
  );
  return { manifest: parsePilotManifest(text, shown), path, text };
}
async function runFolder(cwd, options) {
  if (options.run !== void 0) {
    let folder = resolve(cwd, options.run);
    if (!(await stat(folder).catch(() => {
    }))?.isDirectory())
      throw new UsageError(
        `--run ${options.run} is not a folder; pass the pilot's run folder (pilots/<name>/<date>, made by pilot-gate pilot start)`
      );
    return folder;
  }
  let { manifest } = await readManifest(cwd, options.dir), base = resolve(cwd, options.dir), latest = await latestRunFolder(base, manifest.name);
  if (latest === void 0)
    throw new UsageError(
      `${displayPath(cwd, join(base, "pilots", manifest.name))}/ holds no run folder (pilots/${manifest.name}/<date>/); run pilot-gate pilot start, or pass --run <folder>`
    );
  return latest;
}
async function readRoster(cwd, folder) {
  let path = join(folder, ROSTER_FILE), shown = displayPath(cwd, path), text = await readTextFile(
    cwd,
    shown,
    "; write it with pilot-gate pilot recommend --activity <csv> (or pass --run with the folder that holds it)",
    ROSTER_LIMIT
  );
  return { roster: parseRoster(text, shown), path };
}
async function replaceFile(path, text) {
  let temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text), await rename(temp, path);
}

export {
  readManifest,
  runFolder,
  readRoster,
  replaceFile
};
