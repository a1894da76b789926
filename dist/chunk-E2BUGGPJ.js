import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  safeText
} from "./chunk-EYTOIYXU.js";

// cli/log.ts
function stderrLog(io) {
  let line = (level) => (first, message) => {
    let text = typeof first == "string" ? first : message ?? JSON.stringify(first);
    io.stderr.write(safeText(`pilot-gate: ${level}${text}
`));
  }, quiet = () => {
  };
  return {
    debug: io.env.PILOT_GATE_DEBUG ? line("debug: ") : quiet,
    info: line(""),
    warn: line("warning: "),
    error: line("error: ")
  };
}

export {
  stderrLog
};
