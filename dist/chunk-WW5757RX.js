import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appIdOf
} from "./chunk-5KC3AYV5.js";
import {
  cliOctokit,
  repositoryOf
} from "./chunk-NPJITCEG.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
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
} from "./chunk-3QZN4CLW.js";
import "./chunk-4GTL7U6X.js";
import "./chunk-AN4NO4AL.js";
import "./chunk-PPUIZ7VU.js";
import {
  GitHubClient
} from "./chunk-T2NOWLVF.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
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
