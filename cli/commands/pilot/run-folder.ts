import { rename, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  PILOT_MANIFEST_PATH,
  type PilotManifest,
  parsePilotManifest,
} from "../../../core/gates/pilot/manifest.js";
import { parseRoster, ROSTER_FILE, type Roster } from "../../../core/gates/pilot/roster.js";
import { UsageError } from "../../../core/index.js";
import { PILOT_MANIFEST_LIMIT, ROSTER_LIMIT } from "../../../core/limits.js";
import { displayPath, readTextFile } from "../../../engine/io.js";
import { latestRunFolder } from "../../../engine/pilot/run-folders.js";

/** The pilot manifest of `dir` and where it is, or a `UsageError` saying how to start one. */
export async function readManifest(
  cwd: string,
  dir: string,
): Promise<{ manifest: PilotManifest; path: string; text: string }> {
  const path = join(resolve(cwd, dir), PILOT_MANIFEST_PATH);
  const shown = displayPath(cwd, path);
  const text = await readTextFile(
    cwd,
    shown,
    `; start a pilot first (pilot-gate pilot start --name <name>${dir === "." ? "" : ` --dir ${dir}`}), or pass --dir with the folder that holds pilot.yml`,
    PILOT_MANIFEST_LIMIT,
  );
  return { manifest: parsePilotManifest(text, shown), path, text };
}

/**
 * The pilot's run folder: `--run` as given, else the latest
 * `pilots/<name>/<date>/` under `dir`, `<name>` being pilot.yml's (what
 * `pilot start` created). A folder that is not there is a `UsageError`.
 */
export async function runFolder(
  cwd: string,
  options: { run: string | undefined; dir: string },
): Promise<string> {
  if (options.run !== undefined) {
    const folder = resolve(cwd, options.run);
    const found = await stat(folder).catch(() => undefined);
    if (!found?.isDirectory()) {
      throw new UsageError(
        `--run ${options.run} is not a folder; pass the pilot's run folder (pilots/<name>/<date>, made by pilot-gate pilot start)`,
      );
    }
    return folder;
  }
  const { manifest } = await readManifest(cwd, options.dir);
  const base = resolve(cwd, options.dir);
  const latest = await latestRunFolder(base, manifest.name);
  if (latest === undefined) {
    throw new UsageError(
      `${displayPath(cwd, join(base, "pilots", manifest.name))}/ holds no run folder (pilots/${manifest.name}/<date>/); run pilot-gate pilot start, or pass --run <folder>`,
    );
  }
  return latest;
}

/** The roster in `folder`, or a `UsageError` saying to run `pilot recommend` first. */
export async function readRoster(
  cwd: string,
  folder: string,
): Promise<{ roster: Roster; path: string }> {
  const path = join(folder, ROSTER_FILE);
  const shown = displayPath(cwd, path);
  const text = await readTextFile(
    cwd,
    shown,
    "; write it with pilot-gate pilot recommend --activity <csv> (or pass --run with the folder that holds it)",
    ROSTER_LIMIT,
  );
  return { roster: parseRoster(text, shown), path };
}

/**
 * Writes `text` beside `path` and renames it into place, so a reader never
 * sees half a file and a failed write leaves the old one whole.
 */
export async function replaceFile(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, path);
}
