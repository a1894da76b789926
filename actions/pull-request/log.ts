import * as core from "@actions/core";
import type { Log, LogFn } from "../../engine/event.js";

/**
 * The handlers' log in the workflow's: debug lines show with step debug
 * logging on, warnings and errors become annotations. Fields are dropped
 * but for an error's message: the handlers' messages say what happened.
 */
export function createActionsLog(): Log {
  const to =
    (write: (message: string) => void): LogFn =>
    (first: object | string, message?: string) => {
      if (typeof first === "string") return write(first);
      const err = (first as { err?: unknown }).err;
      const detail = err instanceof Error ? ` (${err.message})` : "";
      write(`${message ?? ""}${detail}`);
    };
  return {
    debug: to((message) => core.debug(message)),
    info: to((message) => core.info(message)),
    warn: to((message) => core.warning(message)),
    error: to((message) => core.error(message)),
  };
}

/** Octokit's log (retries, rate limits): its own lines, same destinations. */
export const octokitLog = {
  debug: (message: string) => core.debug(message),
  info: (message: string) => core.info(message),
  warn: (message: string) => core.warning(message),
  error: (message: string) => core.error(message),
};
