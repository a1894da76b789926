import { ConfigError, UsageError } from "../core/errors.js";
import type { CliIO } from "../engine/io.js";
import { ArgumentError, closest } from "./args.js";
import type { CommandName } from "./help.js";
import { cliVersion } from "./version.js";

export type { CliIO } from "../engine/io.js";

type Command = (args: string[], io: CliIO) => Promise<number>;

/**
 * Each command is imported when it runs, so the bundle splits it into its
 * own chunks: `pilot-gate --version` loads none of the engine, and `check`
 * loads only what judging a PR needs.
 */
const RUN: Record<CommandName, () => Promise<Command>> = {
  check: async () => (await import("./commands/check.js")).runCheck,
  config: async () => (await import("./commands/config.js")).runConfig,
  demo: async () => (await import("./commands/demo.js")).runDemo,
  init: async () => (await import("./commands/init.js")).runInit,
  parity: async () => (await import("./commands/parity.js")).runParity,
  smoke: async () => (await import("./commands/smoke.js")).runSmoke,
  readiness: async () => (await import("./commands/readiness.js")).runReadiness,
  pilot: async () => (await import("./commands/pilot/index.js")).runPilot,
  protection: async () => (await import("./commands/protection.js")).runProtection,
  evidence: async () => (await import("./commands/evidence.js")).runEvidence,
  release: async () => (await import("./commands/release.js")).runRelease,
  rollback: async () => (await import("./commands/rollback.js")).runRollback,
  incidents: async () => (await import("./commands/incidents.js")).runIncidents,
  cycle: async () => (await import("./commands/cycle.js")).runCycle,
  site: async () => (await import("./commands/site.js")).runSite,
  doctor: async () => (await import("./commands/doctor.js")).runDoctorCommand,
};

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the
 * exit code: 0 pass, 1 NO_MERGE, 2 usage, config or unexpected error. Reads
 * and writes only through `io`, so tests run it in-process.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  // Answered before anything else loads: scripts probe the CLI with
  // --version, which should start about as fast as node itself.
  if (first === "--version" || first === "-v" || first === "-V") {
    io.stdout.write(`${cliVersion()}\n`);
    return 0;
  }
  const help = await import("./help.js");
  let command: CommandName | "main" = "main";
  try {
    if (first === undefined) {
      io.stderr.write(help.mainHelp(cliVersion()));
      return 2;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      const topic = rest[0];
      io.stdout.write(
        topic && isCommand(topic, help.COMMANDS) && first === "help"
          ? help.HELP[topic]
          : help.mainHelp(cliVersion()),
      );
      return 0;
    }
    if (first.startsWith("-")) {
      throw new ArgumentError(
        `unknown option ${first}`,
        "options go after the command, e.g. pilot-gate check --json",
      );
    }
    if (!isCommand(first, help.COMMANDS)) {
      const near = closest(first, help.COMMANDS);
      throw new ArgumentError(
        `unknown command "${first}"`,
        near ? `did you mean "pilot-gate ${near}"?` : undefined,
      );
    }
    command = first;
    const run = await RUN[command]();
    return await run(rest, io);
  } catch (error) {
    return report(error, command, help.USAGE, io);
  }
}

function isCommand(name: string, commands: readonly CommandName[]): name is CommandName {
  return (commands as readonly string[]).includes(name);
}

/** Prints an error without a stack trace (unless PILOT_GATE_DEBUG is set) and fails closed with 2. */
function report(
  error: unknown,
  command: CommandName | "main",
  usage: Record<CommandName | "main", string>,
  io: CliIO,
): number {
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
        `usage: ${usage[command]}`,
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
