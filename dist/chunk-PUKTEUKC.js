import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  InputFileError
} from "./chunk-GFMFSFFO.js";
import {
  MAX_FILE_ISSUES
} from "./chunk-LFSF5ETV.js";

// core/json-input.ts
function parseJsonInput(schema, text, file, next) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputFileError(
      file,
      [{ path: "", message: `not JSON: ${error.message}` }],
      next
    );
  }
  let result = schema.safeParse(data);
  if (result.success) return result.data;
  let issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message
  }));
  throw new InputFileError(
    file,
    issues.slice(0, MAX_FILE_ISSUES),
    next,
    Math.max(0, issues.length - MAX_FILE_ISSUES)
  );
}

// engine/pilot/run-folders.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var RUN_DATE = /^\d{4}-\d{2}-\d{2}$/;
async function latestRunFolder(base, name) {
  let sessions = join(base, "pilots", name), latest = (await readdir(sessions, { withFileTypes: !0 }).catch(() => [])).filter((entry) => entry.isDirectory() && RUN_DATE.test(entry.name)).map((entry) => entry.name).sort().at(-1);
  return latest === void 0 ? void 0 : join(sessions, latest);
}

export {
  parseJsonInput,
  latestRunFolder
};
