import { safeText } from "../core/render/safe-text.js";
import type { Log, LogFn } from "../engine/event.js";
import type { CliIO } from "../engine/io.js";

/** The engine's log lines (as the App logs them), on stderr so stdout stays the report. */
export function stderrLog(io: CliIO): Log {
  const line =
    (level: string): LogFn =>
    (first: object | string, message?: string) => {
      const text = typeof first === "string" ? first : (message ?? JSON.stringify(first));
      io.stderr.write(safeText(`pilot-gate: ${level}${text}\n`));
    };
  const quiet: LogFn = () => {};
  return {
    debug: io.env.PILOT_GATE_DEBUG ? line("debug: ") : quiet,
    info: line(""),
    warn: line("warning: "),
    error: line("error: "),
  };
}
