import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  readInputFiles
} from "./chunk-FQKWXTYH.js";
import {
  appIdOf,
  gatherGitHubState
} from "./chunk-LBUZFIWL.js";
import "./chunk-KG6TQEDJ.js";
import "./chunk-HQDJENAB.js";
import "./chunk-GY54ZMGU.js";
import {
  InputError,
  readRepository
} from "./chunk-TBC6GLOJ.js";
import {
  createTokenOctokit
} from "./chunk-PPUIZ7VU.js";
import {
  GitHubClient
} from "./chunk-T2NOWLVF.js";
import {
  warnUnfollowedExtends
} from "./chunk-WLFJD3G7.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import "./chunk-SSP7UEET.js";
import "./chunk-EYTOIYXU.js";
import {
  debug,
  error,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-WOMMUHKQ.js";
import {
  evaluateReadiness,
  renderReadinessMarkdown
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// actions/readiness/main.ts
import { pathToFileURL } from "node:url";

// actions/readiness/inputs.ts
var INPUTS = [
  "sha",
  "smoke-report",
  "parity-report",
  "manifest",
  "records-root",
  "token"
], OUTPUTS = ["verdict", "blockers", "report-path"];
function inputEnvName(name) {
  return `INPUT_${name.toUpperCase().replace(/-/g, "_")}`;
}
function optional(env, name) {
  let value = (env[inputEnvName(name)] ?? "").trim();
  return value === "" ? void 0 : value;
}
function getInputs(env = process.env) {
  let sha = optional(env, "sha") ?? "";
  if (!/^[0-9a-f]{7,40}$/i.test(sha))
    throw new InputError(
      `The sha input "${sha}" is not a commit SHA: leave it unset for the workflow's commit, or pass one (sha: \${{ github.sha }}).`
    );
  let token = optional(env, "token");
  if (token === void 0)
    throw new InputError(
      "The token input is empty: leave it unset to use the workflow's GITHUB_TOKEN (grant checks: read, issues: read)."
    );
  let { owner, repo } = readRepository(env), workspace = (env.GITHUB_WORKSPACE ?? "").trim() || process.cwd(), temp = (env.RUNNER_TEMP ?? "").trim() || workspace;
  return {
    sha,
    smokeReport: optional(env, "smoke-report"),
    parityReport: optional(env, "parity-report"),
    manifest: optional(env, "manifest"),
    recordsRoot: optional(env, "records-root"),
    token,
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL ?? "").trim() || "https://api.github.com",
    workspace,
    reportPath: `${temp.replace(/\/+$/, "")}/pilot-gate-readiness.json`,
    appIdEnv: env.APP_ID
  };
}

// actions/readiness/run.ts
import { writeFile } from "node:fs/promises";
function output(name, value) {
  setOutput(name, value);
}
async function runReadinessAction(inputs, options = {}) {
  setSecret(inputs.token);
  let read = await loadConfig(inputs.workspace, void 0);
  warnUnfollowedExtends(read);
  let loaded = read.config, config = loaded.readiness, files = await readInputFiles(
    inputs.workspace,
    {
      smoke: inputs.smokeReport,
      parity: inputs.parityReport,
      manifest: inputs.manifest,
      recordsRoot: inputs.recordsRoot
    },
    config,
    loaded.pilot
  ), octokit = createTokenOctokit({
    token: inputs.token,
    baseUrl: inputs.apiUrl,
    userAgent: "pilot-gate-readiness/0.1.0",
    log: { debug, info, warn: warning, error },
    retries: options.retries
  }), github = await gatherGitHubState(
    new GitHubClient(octokit, { owner: inputs.owner, repo: inputs.repo }),
    inputs.sha,
    loaded,
    appIdOf(loaded, { APP_ID: inputs.appIdEnv })
  ), report = evaluateReadiness(
    {
      sha: inputs.sha,
      ...files.smoke ? { smoke: files.smoke } : {},
      ...files.parity ? { parity: files.parity } : {},
      ...files.manifest ? { manifest: files.manifest } : {},
      ...files.records ? { records: files.records } : {},
      github,
      milestones: files.milestones
    },
    config,
    (options.now ?? (() => /* @__PURE__ */ new Date()))()
  );
  return await writeFile(inputs.reportPath, `${JSON.stringify(report, null, 2)}
`), await summary.addRaw(renderReadinessMarkdown(report)).write(), output("verdict", report.verdict), output("blockers", report.blockers.join(",")), output("report-path", inputs.reportPath), report.verdict === "NO-GO" ? setFailed(
    `NO-GO: ${report.blockers.length} blocker(s): ${report.blockers.join(", ")}. The job summary lists the evidence and fixes.`
  ) : info(`GO for ${inputs.sha}.`), report;
}

// actions/readiness/main.ts
async function main(env = process.env) {
  try {
    await runReadinessAction(getInputs(env));
  } catch (error2) {
    setOutput("verdict", "NO-GO"), setFailed(error2 instanceof Error ? error2.message : String(error2));
  }
}
import.meta.url === pathToFileURL(process.argv[1] ?? "").href && await main();
export {
  INPUTS,
  OUTPUTS,
  main
};
