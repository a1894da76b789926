import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import {
  ArgumentError,
  closest
} from "./chunk-IYG7IW7E.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/pilot/index.ts
var SUBCOMMANDS = {
  start: async () => (await import("./chunk-3HVRZVYA.js")).runPilotStart,
  recommend: async () => (await import("./chunk-LVFOH3IZ.js")).runPilotRecommend,
  review: async () => (await import("./chunk-ZALVI5CP.js")).runPilotReview,
  finalize: async () => (await import("./chunk-VAB5UKSI.js")).runPilotFinalize,
  outreach: async () => (await import("./chunk-YCHIPWGM.js")).runPilotOutreach,
  record: async () => (await import("./chunk-HQEA2CUA.js")).runPilotRecord
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
