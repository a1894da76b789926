import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  cliOctokit,
  repositoryOf
} from "./chunk-NPJITCEG.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  GitHubClient
} from "./chunk-T2NOWLVF.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import {
  applyOutcomes,
  desiredProtection,
  planProtection,
  protectionExitCode,
  renderProtectionText
} from "./chunk-XRWPT2AM.js";

// cli/commands/protection.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  repo: { type: "string" },
  config: { type: "string" },
  "app-id": { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, SUBCOMMANDS = ["plan", "sync"];
async function runProtection(args, io) {
  let { values, positionals } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io.stdout.write(HELP.protection), 0;
  let [action, ...extra] = positionals;
  if (action !== "plan" && action !== "sync")
    throw new ArgumentError(
      action === void 0 ? "say plan or sync" : `unknown subcommand "${action}"`,
      `expected one of ${SUBCOMMANDS.join(", ")}; plan writes nothing`
    );
  if (extra.length > 0) throw new ArgumentError(`unexpected argument "${extra[0]}"`);
  let repository = repositoryOf(values.repo ?? io.env.GITHUB_REPOSITORY), token = (io.env.GITHUB_TOKEN ?? "").trim();
  if (token === "")
    throw new ArgumentError(
      "GITHUB_TOKEN is not set, so the repository's protection cannot be read",
      "export GITHUB_TOKEN=$(gh auth token), or a fine-grained token with Administration: Read (plan) or Read and write (sync) on the repository"
    );
  let loaded = await loadConfig(io.cwd, values.config), appId = appIdOf(values["app-id"], loaded.config.protection.app_id, io.env.APP_ID), desired = desiredProtection(loaded.config.protection, loaded.config.check.name, appId), gh = new GitHubClient(cliOctokit(io, token), repository), actual = await gh.readProtection(desired), plan = planProtection(desired, actual), report = action === "sync" ? applyOutcomes(plan, desired, await gh.writeProtection(plan)) : plan;
  return values.json ? io.stdout.write(`${JSON.stringify(report, null, 2)}
`) : io.stdout.write(`config:    ${loaded.description}
${renderProtectionText(report)}`), protectionExitCode(report);
}
function appIdOf(flag, configured, env) {
  let raw = flag ?? (configured !== void 0 ? String(configured) : void 0) ?? env, source = flag !== void 0 ? "--app-id" : configured !== void 0 ? "protection.app_id" : "APP_ID";
  if (raw === void 0 || raw.trim() === "")
    throw new ArgumentError(
      "the App's id is unknown, so required-check cannot be pinned to it",
      "pass --app-id <id> (the App's settings page shows it under About), or set protection.app_id in the config"
    );
  let id = Number(raw.trim());
  if (!Number.isInteger(id) || id <= 0)
    throw new ArgumentError(
      `${source} "${raw}" is not an App id`,
      "expected a positive integer, e.g. --app-id 123456"
    );
  return id;
}

export {
  runProtection,
  appIdOf
};
