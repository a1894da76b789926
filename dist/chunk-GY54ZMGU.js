import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  InputFileError
} from "./chunk-XRWPT2AM.js";
import {
  MAX_FILE_ISSUES
} from "./chunk-MSUCSWVI.js";

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

export {
  parseJsonInput
};
