import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** A run folder's name: the UTC date `pilot-gate pilot start` made it on. */
const RUN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The latest run folder `pilots/<name>/<date>/` under `base` (the folder
 * holding pilot.yml), or `undefined` when there is none: the pilot's current
 * session, where its records and reports go.
 */
export async function latestRunFolder(base: string, name: string): Promise<string | undefined> {
  const sessions = join(base, "pilots", name);
  const dates = (await readdir(sessions, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory() && RUN_DATE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const latest = dates.at(-1);
  return latest === undefined ? undefined : join(sessions, latest);
}
