import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-E3QZQHHB.js";

// cli/args.ts
var ArgumentError = class extends UsageError {
  hint;
  constructor(message, hint) {
    super(message), this.hint = hint;
  }
};
function parseOrExplain(known, parse) {
  try {
    return parse();
  } catch (error) {
    let code = error.code, message = error.message, quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
    switch (code) {
      case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
        let option = quoted.split("=")[0] ?? quoted, name = option.replace(/^-+/, ""), near = closest(name, known);
        throw new ArgumentError(
          `unknown option ${option}`,
          near ? `did you mean --${near}?` : void 0
        );
      }
      case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
        let option = quoted.split(" ")[0] ?? quoted;
        if (/does not take/.test(message)) return fail(`option ${option} does not take a value`);
        throw new ArgumentError(
          `option ${option} needs a value`,
          /ambiguous/.test(message) ? `a value that starts with a dash goes after "=", as in ${option}=-value` : void 0
        );
      }
      case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
        return fail(`unexpected argument "${quoted}"`);
      default:
        throw error;
    }
  }
}
function fail(message) {
  throw new ArgumentError(message);
}
function closest(input, candidates) {
  let best, bestDistance = Number.POSITIVE_INFINITY;
  for (let candidate of candidates) {
    let d = distance(input.toLowerCase(), candidate.toLowerCase());
    d < bestDistance && (best = candidate, bestDistance = d);
  }
  let allowed = Math.max(1, Math.floor(input.length / 3));
  return bestDistance <= allowed || best?.startsWith(input) && input.length >= 2 ? best : void 0;
}
function distance(a, b) {
  let rows = [];
  for (let i = 0; i <= a.length; i++) {
    let row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row[j] = j;
        continue;
      }
      let up = rows[i - 1], cost = a[i - 1] === b[j - 1] ? 0 : 1, best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (best = Math.min(best, (rows[i - 2][j - 2] ?? 0) + 1)), row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length][b.length] ?? 0;
}
function splitList(values) {
  return (values ?? []).flatMap((value) => value.split(",")).map((value) => value.trim()).filter((value) => value !== "");
}
function timeOption(option, value) {
  if (value === void 0) return;
  let time = Date.parse(value);
  if (Number.isNaN(time))
    throw new ArgumentError(
      `${option} "${value}" is not a time`,
      `expected ISO 8601, e.g. ${option} 2026-06-03T10:15:00Z`
    );
  return new Date(time);
}

export {
  ArgumentError,
  parseOrExplain,
  closest,
  splitList,
  timeOption
};
