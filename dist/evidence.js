import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  packForBranch
} from "./chunk-7KVRUSMI.js";
import "./chunk-MXX6H2WV.js";
import "./chunk-NSO7L2AE.js";
import {
  createActionsLog
} from "./chunk-PJMAPH23.js";
import {
  executePlan
} from "./chunk-4GTL7U6X.js";
import {
  DEFAULT_EVIDENCE_BRANCH,
  EVIDENCE_ROOT,
  readScopeManifests
} from "./chunk-AN4NO4AL.js";
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
import "./chunk-4YV5M6XR.js";
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
  COMMIT_PATTERN,
  EVIDENCE_SCOPES,
  PACK_ID_PATTERN,
  STATEMENT_FILE,
  digestOf,
  renderEvidenceSummary
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// actions/evidence/main.ts
import { pathToFileURL } from "node:url";

// actions/evidence/inputs.ts
var INPUTS = [
  "reports",
  "files",
  "scope",
  "id",
  "sha",
  "branch",
  "signing-key",
  "token"
], OUTPUTS = ["commit-sha", "statement-digest", "pack-path"];
function raw(env, name) {
  return (env[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`] ?? "").trim();
}
function lines(env, name) {
  return raw(env, name).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}
function getInputs(env = process.env) {
  let reports = lines(env, "reports"), files = lines(env, "files");
  if (reports.length === 0 && files.length === 0)
    throw new InputError(
      "Nothing to pack: set reports (pilot-gate JSON reports, one per line) or files (other files or folders, one per line)."
    );
  let scope = raw(env, "scope");
  if (!EVIDENCE_SCOPES.includes(scope))
    throw new InputError(
      `The scope input "${scope}" is not a scope: use one of ${EVIDENCE_SCOPES.join(", ")}.`
    );
  let id = raw(env, "id");
  if (!PACK_ID_PATTERN.test(id))
    throw new InputError(
      `The id input "${id}" cannot name a folder: use letters, digits, . _ - (not starting with a dot), e.g. v1.2.0.`
    );
  let sha = raw(env, "sha");
  if (!COMMIT_PATTERN.test(sha))
    throw new InputError(
      `The sha input "${sha}" is not a full commit id: leave it unset for the workflow's commit, or pass all 40 hex digits.`
    );
  let token = raw(env, "token");
  if (token === "")
    throw new InputError(
      "The token input is empty: leave it unset to use the workflow's GITHUB_TOKEN (grant contents: write)."
    );
  let { owner, repo } = readRepository(env), workspace = (env.GITHUB_WORKSPACE ?? "").trim() || process.cwd(), signingKey = raw(env, "signing-key");
  return {
    reports,
    files,
    scope,
    id,
    sha,
    branch: raw(env, "branch") || DEFAULT_EVIDENCE_BRANCH,
    signingKey: signingKey === "" ? void 0 : signingKey,
    token,
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL ?? "").trim() || "https://api.github.com",
    workspace,
    temp: (env.RUNNER_TEMP ?? "").trim() || workspace
  };
}

// actions/evidence/run.ts
var SIGNING_KEY_INPUT = "the signing-key input";
function output(name, value) {
  setOutput(name, value);
}
async function runEvidenceAction(inputs, options = {}, octokit) {
  setSecret(inputs.token), inputs.signingKey && setSecret(inputs.signingKey);
  let gh = GitHubClient.forWorkflow(
    octokit ?? createTokenOctokit({
      token: inputs.token,
      baseUrl: inputs.apiUrl,
      userAgent: "pilot-gate-evidence/0.1.0",
      log: { debug, info, warn: warning, error },
      retries: options.retries
    }),
    { owner: inputs.owner, repo: inputs.repo }
  ), existing = await readScopeManifests(gh, {
    branch: inputs.branch,
    root: EVIDENCE_ROOT,
    scope: inputs.scope
  }), { packed, files, packPath } = await packForBranch(
    {
      cwd: inputs.workspace,
      temp: inputs.temp,
      branch: inputs.branch,
      scope: inputs.scope,
      id: inputs.id,
      commit: inputs.sha,
      createdAt: (options.now?.() ?? /* @__PURE__ */ new Date()).toISOString(),
      reports: inputs.reports,
      files: inputs.files,
      keys: inputs.signingKey?.trim() ? [{ what: SIGNING_KEY_INPUT, pem: inputs.signingKey }] : []
    },
    existing
  ), statement = files.get(STATEMENT_FILE);
  if (!statement) throw new Error(`the pack has no ${STATEMENT_FILE}; this is a pilot-gate bug`);
  let statementDigest = digestOf(JSON.parse(Buffer.from(statement).toString("utf8"))), [executed] = await executePlan(
    { gh, log: createActionsLog() },
    [
      {
        kind: "commit-files",
        branch: inputs.branch,
        folder: packPath,
        files,
        message: `evidence: ${inputs.scope}/${inputs.id} for ${inputs.sha}`,
        failure: "fails-event",
        what: `commit the pack ${packPath} to ${inputs.branch}`
      }
    ],
    // The step has no dry run: packing is what it is asked to do.
    { dryRun: !1 }
  ), result = executed?.commit;
  if (!result) throw new Error("the pack was not committed; this is a pilot-gate bug");
  return output("commit-sha", result.sha), output("statement-digest", statementDigest), output("pack-path", packPath), await summary.addRaw(
    renderEvidenceSummary({
      packPath,
      branch: inputs.branch,
      commitSha: result.sha,
      committed: result.committed,
      branchCreated: result.branchCreated,
      judgedSha: inputs.sha,
      files: files.size,
      statementDigest,
      manifestDigest: packed.manifestDigest,
      previous: packed.previous,
      signed: packed.signed
    })
  ).write(), { commitSha: result.sha, committed: result.committed, statementDigest, packPath };
}

// actions/evidence/main.ts
async function main(env = process.env) {
  try {
    await runEvidenceAction(getInputs(env));
  } catch (error2) {
    setFailed(error2 instanceof Error ? error2.message : String(error2));
  }
}
import.meta.url === pathToFileURL(process.argv[1] ?? "").href && await main();
export {
  INPUTS,
  OUTPUTS,
  main
};
