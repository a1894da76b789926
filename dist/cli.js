#!/usr/bin/env node
import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  cliVersion
} from "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  closest
} from "./chunk-IYG7IW7E.js";
import {
  ConfigError,
  UsageError
} from "./chunk-E3QZQHHB.js";
import "./chunk-TXBVCHSZ.js";

// cli/main.ts
var RUN = {
  check: async () => (await import("./chunk-GOAPNIKT.js")).runCheck,
  config: async () => (await import("./chunk-HWDA3LVU.js")).runConfig,
  demo: async () => (await import("./chunk-UJK4SIYA.js")).runDemo,
  init: async () => (await import("./chunk-4AQILQUO.js")).runInit,
  parity: async () => (await import("./chunk-2K7SETZU.js")).runParity,
  smoke: async () => (await import("./chunk-KLPURZ4X.js")).runSmoke,
  readiness: async () => (await import("./chunk-TJWR7CZY.js")).runReadiness,
  pilot: async () => (await import("./chunk-CD3UVSWU.js")).runPilot,
  protection: async () => (await import("./chunk-N7GR7AH4.js")).runProtection,
  evidence: async () => (await import("./chunk-37C77Q75.js")).runEvidence,
  release: async () => (await import("./chunk-WN7ZRVDY.js")).runRelease,
  rollback: async () => (await import("./chunk-4DXWJHSU.js")).runRollback,
  incidents: async () => (await import("./chunk-7URKFLMU.js")).runIncidents,
  cycle: async () => (await import("./chunk-INAH4EBD.js")).runCycle,
  site: async () => (await import("./chunk-HNSJ46NQ.js")).runSite,
  doctor: async () => (await import("./chunk-WW5757RX.js")).runDoctorCommand
};
async function main(argv2, io2) {
  let [first, ...rest] = argv2;
  if (first === "--version" || first === "-v" || first === "-V")
    return io2.stdout.write(`${cliVersion()}
`), 0;
  let help = await import("./chunk-AUBHCDTI.js"), command = "main";
  try {
    if (first === void 0)
      return io2.stderr.write(help.mainHelp(cliVersion())), 2;
    if (first === "--help" || first === "-h" || first === "help") {
      let topic = rest[0];
      return io2.stdout.write(
        topic && isCommand(topic, help.COMMANDS) && first === "help" ? help.HELP[topic] : help.mainHelp(cliVersion())
      ), 0;
    }
    if (first.startsWith("-"))
      throw new ArgumentError(
        `unknown option ${first}`,
        "options go after the command, e.g. pilot-gate check --json"
      );
    if (!isCommand(first, help.COMMANDS)) {
      let near = closest(first, help.COMMANDS);
      throw new ArgumentError(
        `unknown command "${first}"`,
        near ? `did you mean "pilot-gate ${near}"?` : void 0
      );
    }
    return command = first, await (await RUN[command]())(rest, io2);
  } catch (error) {
    return report(error, command, help.USAGE, io2);
  }
}
function isCommand(name, commands) {
  return commands.includes(name);
}
function report(error, command, usage, io2) {
  if (error instanceof ConfigError) {
    let n = error.issues.length;
    return io2.stderr.write(
      `${error.message}
pilot-gate: ${error.file} has ${n} problem${n === 1 ? "" : "s"}; nothing was judged. Fix ${n === 1 ? "it" : "them"} and re-run (pilot-gate config validate ${error.file} checks the file alone).
`
    ), 2;
  }
  if (error instanceof ArgumentError) {
    let help = command === "main" ? "pilot-gate --help" : `pilot-gate ${command} --help`;
    return io2.stderr.write(
      [
        `pilot-gate: ${error.message}${error.hint ? `; ${error.hint}` : ""}`,
        `usage: ${usage[command]}`,
        `Run "${help}" for more.`,
        ""
      ].join(`
`)
    ), 2;
  }
  if (error instanceof UsageError)
    return io2.stderr.write(`pilot-gate: ${error.message}
`), 2;
  let message = error instanceof Error ? error.message : String(error);
  return io2.stderr.write(
    `pilot-gate: unexpected error: ${message}
Nothing was judged. This is a pilot-gate bug; please report it. Set PILOT_GATE_DEBUG=1 to see where it happened.
`
  ), io2.env.PILOT_GATE_DEBUG && error instanceof Error && error.stack && io2.stderr.write(`${error.stack}
`), 2;
}

// cli/bin.ts
function processInputs() {
  return {
    argv: process.argv.slice(2),
    io: {
      cwd: process.cwd(),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      // Lazy: only `--body-file -` and `--changed-files -` touch stdin.
      get stdin() {
        return process.stdin;
      }
    }
  };
}
process.stdout.on("error", (error) => {
  throw error.code === "EPIPE" && process.exit(process.exitCode ?? 0), error;
});
var { argv, io } = processInputs();
process.exitCode = await main(argv, io);
