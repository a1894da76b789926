import { ConfigError, UsageError } from "../core/index.js";
import type { CliIO } from "../engine/io.js";
import { ArgumentError, closest } from "./args.js";
import { runCheck } from "./commands/check.js";
import { runConfig } from "./commands/config.js";
import { runDemo } from "./commands/demo.js";
import { runEvidence } from "./commands/evidence.js";
import { runIncidents } from "./commands/incidents.js";
import { runInit } from "./commands/init.js";
import { runParity } from "./commands/parity.js";
import { runPilot } from "./commands/pilot.js";
import { runProtection } from "./commands/protection.js";
import { runReadiness } from "./commands/readiness.js";
import { runRelease } from "./commands/release.js";
import { runSmoke } from "./commands/smoke.js";
import { COMMANDS, type CommandName, HELP, mainHelp, USAGE } from "./help.js";
import { cliVersion } from "./version.js";

export type { CliIO } from "../engine/io.js";

const RUN: Record<CommandName, (args: string[], io: CliIO) => Promise<number>> = {
  check: runCheck,
  config: runConfig,
  demo: runDemo,
  init: runInit,
  parity: runParity,
  smoke: runSmoke,
  readiness: runReadiness,
  pilot: runPilot,
  protection: runProtection,
  evidence: runEvidence,
  release: runRelease,
  incidents: runIncidents,
};

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the
 * exit code: 0 pass, 1 NO_MERGE, 2 usage, config or unexpected error. Reads
 * and writes only through `io`, so tests run it in-process.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let command: CommandName | "main" = "main";
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr.write(mainHelp(cliVersion()));
      return 2;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      const topic = rest[0];
      io.stdout.write(
        topic && isCommand(topic) && first === "help" ? HELP[topic] : mainHelp(cliVersion()),
      );
      return 0;
    }
    if (first === "--version" || first === "-v" || first === "-V") {
      io.stdout.write(`${cliVersion()}\n`);
      return 0;
    }
    if (first.startsWith("-")) {
      throw new ArgumentError(
        `unknown option ${first}`,
        "options go after the command, e.g. pilot-gate check --json",
      );
    }
    if (!isCommand(first)) {
      const near = closest(first, COMMANDS);
      throw new ArgumentError(
        `unknown command "${first}"`,
        near ? `did you mean "pilot-gate ${near}"?` : undefined,
      );
    }
    command = first;
    return await RUN[command](rest, io);
  } catch (error) {
    return report(error, command, io);
  }
}

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/** Prints an error without a stack trace (unless PILOT_GATE_DEBUG is set) and fails closed with 2. */
function report(error: unknown, command: CommandName | "main", io: CliIO): number {
  if (error instanceof ConfigError) {
    const n = error.issues.length;
    io.stderr.write(
      `${error.message}\npilot-gate: ${error.file} has ${n} problem${n === 1 ? "" : "s"}; nothing was judged. Fix ${n === 1 ? "it" : "them"} and re-run (pilot-gate config validate ${error.file} checks the file alone).\n`,
    );
    return 2;
  }
  if (error instanceof ArgumentError) {
    const help = command === "main" ? "pilot-gate --help" : `pilot-gate ${command} --help`;
    io.stderr.write(
      [
        `pilot-gate: ${error.message}${error.hint ? `; ${error.hint}` : ""}`,
        `usage: ${USAGE[command]}`,
        `Run "${help}" for more.`,
        "",
      ].join("\n"),
    );
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`pilot-gate: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    `pilot-gate: unexpected error: ${message}\nNothing was judged. This is a pilot-gate bug; please report it. Set PILOT_GATE_DEBUG=1 to see where it happened.\n`,
  );
  if (io.env.PILOT_GATE_DEBUG && error instanceof Error && error.stack) {
    io.stderr.write(`${error.stack}\n`);
  }
  return 2;
}
