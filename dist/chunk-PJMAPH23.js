import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  debug,
  error,
  info,
  warning
} from "./chunk-WOMMUHKQ.js";

// actions/pull-request/log.ts
function createActionsLog() {
  let to = (write) => (first, message) => {
    if (typeof first == "string") return write(first);
    let err = first.err, detail = err instanceof Error ? ` (${err.message})` : "";
    write(`${message ?? ""}${detail}`);
  };
  return {
    debug: to((message) => debug(message)),
    info: to((message) => info(message)),
    warn: to((message) => warning(message)),
    error: to((message) => error(message))
  };
}
var octokitLog = {
  debug: (message) => debug(message),
  info: (message) => info(message),
  warn: (message) => warning(message),
  error: (message) => error(message)
};

export {
  createActionsLog,
  octokitLog
};
