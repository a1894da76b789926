import type { CliIO } from "../../../engine/io.js";
import { ArgumentError, closest } from "../../args.js";
import { HELP } from "../../help.js";

type PilotCommand = (args: string[], io: CliIO) => Promise<number>;

/**
 * `pilot-gate pilot <subcommand>`: one file per subcommand, each imported
 * only when it runs (as cli/main.ts does for commands), so `pilot start`
 * loads no CSV parser and no GitHub client. A new subcommand is one line
 * here and its section in HELP.pilot.
 */
const SUBCOMMANDS = {
  start: async () => (await import("./start.js")).runPilotStart,
  recommend: async () => (await import("./recommend.js")).runPilotRecommend,
  review: async () => (await import("./review.js")).runPilotReview,
  finalize: async () => (await import("./finalize.js")).runPilotFinalize,
  outreach: async () => (await import("./outreach.js")).runPilotOutreach,
  record: async () => (await import("./record.js")).runPilotRecord,
} satisfies Record<string, () => Promise<PilotCommand>>;

export type PilotSubcommand = keyof typeof SUBCOMMANDS;

/** The subcommands, in the order help lists them. */
export const PILOT_SUBCOMMANDS = Object.keys(SUBCOMMANDS) as PilotSubcommand[];

/** Routes `pilot-gate pilot <subcommand> ...` to its file; an unknown one is a usage error listing them. */
export async function runPilot(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "--help" || sub === "-h" || sub === undefined) {
    (sub === undefined ? io.stderr : io.stdout).write(HELP.pilot);
    return sub === undefined ? 2 : 0;
  }
  if (!isSubcommand(sub)) {
    const near = closest(sub, PILOT_SUBCOMMANDS);
    throw new ArgumentError(
      `unknown pilot command "${sub}"`,
      `${near ? `did you mean "pilot-gate pilot ${near}"? ` : ""}the pilot commands are: ${PILOT_SUBCOMMANDS.join(", ")}`,
    );
  }
  const run = await SUBCOMMANDS[sub]();
  return run(rest, io);
}

function isSubcommand(name: string): name is PilotSubcommand {
  return Object.hasOwn(SUBCOMMANDS, name);
}
