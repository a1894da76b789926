import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appIdOf
} from "./chunk-BIP4B3HP.js";
import {
  cliOctokit,
  repositoryOf
} from "./chunk-HFPNXIYB.js";
import {
  HELP
} from "./chunk-ENTFU7BQ.js";
import "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  checkoutFiles,
  doctorExitCode,
  renderDoctorText,
  runDoctor
} from "./chunk-W7C2X37T.js";
import "./chunk-7ORVNAVE.js";
import "./chunk-NG3DKWL4.js";
import "./chunk-IIYNGLBT.js";
import {
  GitHubClient
} from "./chunk-46VLQBSB.js";
import {
  loadConfig
} from "./chunk-UZ6JU4OU.js";
import "./chunk-AAALDF5D.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import "./chunk-GFTXNDYV.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VD2HLFEA.js";
import "./chunk-IZHALN4U.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/doctor.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  repo: { type: "string" },
  config: { type: "string" },
  "app-id": { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runDoctorCommand(args, io) {
  let { values, positionals } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io.stdout.write(HELP.doctor), 0;
  if (positionals.length > 0) throw new ArgumentError(`unexpected argument "${positionals[0]}"`);
  let repository = repositoryOf(values.repo ?? io.env.GITHUB_REPOSITORY), config;
  try {
    config = await loadConfig(io.cwd, values.config);
  } catch (error) {
    config = { error };
  }
  let configured = "config" in config ? config.config.protection.app_id : void 0, appId = values["app-id"] !== void 0 || configured !== void 0 || !!io.env.APP_ID ? appIdOf(values["app-id"], configured, io.env.APP_ID) : void 0, token = (io.env.GITHUB_TOKEN ?? "").trim(), gh = token === "" ? void 0 : GitHubClient.forWorkflow(cliOctokit(io, token), repository), checks = await runDoctor({ files: checkoutFiles(io.cwd), config, gh, appId });
  return io.stdout.write(
    values.json ? `${JSON.stringify({ repository: `${repository.owner}/${repository.repo}`, checks }, null, 2)}
` : safeText(renderDoctorText(checks))
  ), doctorExitCode(checks);
}
export {
  runDoctorCommand
};
