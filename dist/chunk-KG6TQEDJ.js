import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);

// engine/pilot/run-folders.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var RUN_DATE = /^\d{4}-\d{2}-\d{2}$/;
async function latestRunFolder(base, name) {
  let sessions = join(base, "pilots", name), latest = (await readdir(sessions, { withFileTypes: !0 }).catch(() => [])).filter((entry) => entry.isDirectory() && RUN_DATE.test(entry.name)).map((entry) => entry.name).sort().at(-1);
  return latest === void 0 ? void 0 : join(sessions, latest);
}

export {
  latestRunFolder
};
