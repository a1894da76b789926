import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  HELP
} from "./chunk-ENTFU7BQ.js";
import {
  ArgumentError,
  closest
} from "./chunk-IYG7IW7E.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-IZHALN4U.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/pilot/index.ts
var SUBCOMMANDS = {
  start: async () => (await import("./chunk-BISVU4WY.js")).runPilotStart,
  recommend: async () => (await import("./chunk-OVXOFTIS.js")).runPilotRecommend,
  review: async () => (await import("./chunk-6WZ5EO5Q.js")).runPilotReview,
  finalize: async () => (await import("./chunk-NPHLZH4D.js")).runPilotFinalize,
  outreach: async () => (await import("./chunk-F6DOFCQC.js")).runPilotOutreach,
  record: async () => (await import("./chunk-5YUDQQVM.js")).runPilotRecord
}, PILOT_SUBCOMMANDS = Object.keys(SUBCOMMANDS);
async function runPilot(args, io) {
  let [sub, ...rest] = args;
  if (sub === "--help" || sub === "-h" || sub === void 0)
    return (sub === void 0 ? io.stderr : io.stdout).write(HELP.pilot), sub === void 0 ? 2 : 0;
  if (!isSubcommand(sub)) {
    let near = closest(sub, PILOT_SUBCOMMANDS);
    throw new ArgumentError(
      `unknown pilot command "${sub}"`,
      `${near ? `did you mean "pilot-gate pilot ${near}"? ` : ""}the pilot commands are: ${PILOT_SUBCOMMANDS.join(", ")}`
    );
  }
  return (await SUBCOMMANDS[sub]())(rest, io);
}
function isSubcommand(name) {
  return Object.hasOwn(SUBCOMMANDS, name);
}
export {
  PILOT_SUBCOMMANDS,
  runPilot
};
