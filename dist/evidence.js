import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  packEvidence
} from "./chunk-CI65VH7N.js";
import "./chunk-YFBU64AN.js";
import {
  createActionsLog
} from "./chunk-PJMAPH23.js";
import {
  executePlan
} from "./chunk-J7EXTX67.js";
import {
  DEFAULT_EVIDENCE_BRANCH,
  EVIDENCE_ROOT,
  readScopeManifests
} from "./chunk-R2AMOFB3.js";
import {
  InputError,
  readRepository
} from "./chunk-TBC6GLOJ.js";
import {
  createTokenOctokit
} from "./chunk-UTKOLN76.js";
import {
  GitHubClient
} from "./chunk-F5MFOMUO.js";
import "./chunk-KMDGGVVW.js";
import "./chunk-DHR4YBZ7.js";
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
  MANIFEST_FILE,
  PACK_ID_PATTERN,
  STATEMENT_FILE,
  digestOf,
  manifestSchema,
  parseIJson,
  renderEvidenceSummary
} from "./chunk-GFMFSFFO.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import "./chunk-IDLGL5PL.js";
import "./chunk-LFSF5ETV.js";
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
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var SIGNING_KEY_INPUT = "the signing-key input", EvidenceBranchError = class extends Error {
  name = "EvidenceBranchError";
};
function output(name, value) {
  setOutput(name, value);
}
async function readTree(dir) {
  let files = /* @__PURE__ */ new Map(), walk = async (at) => {
    for (let entry of await readdir(at, { withFileTypes: !0 })) {
      let path = join(at, entry.name);
      entry.isDirectory() ? await walk(path) : files.set(relative(dir, path).split(sep).join("/"), await readFile(path));
    }
  };
  return await walk(dir), files;
}
async function materialise(root, inputs, existing) {
  let on = `on ${inputs.branch}`, restore = `nothing was committed. Fix or restore that pack on ${inputs.branch} (git history has it), then re-run.`;
  for (let pack of existing.packs) {
    if (pack.id === inputs.id)
      throw new EvidenceBranchError(
        `${EVIDENCE_ROOT}/${inputs.scope}/${pack.id} already exists ${on} and a pack is never overwritten; nothing was committed. Pack under a new id.`
      );
    if (pack.manifest === void 0)
      throw new EvidenceBranchError(
        `${pack.path} is missing ${on}, so the chain's last pack cannot be found; ${restore}`
      );
    let json = parseIJson(pack.manifest);
    if (!json.ok)
      throw new EvidenceBranchError(
        `${pack.path} ${on} ${json.error}, so the chain cannot continue from it; ${restore}`
      );
    let parsed = manifestSchema.safeParse(json.value);
    if (!parsed.success) {
      let issue = parsed.error.issues[0], at = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
      throw new EvidenceBranchError(
        `${pack.path} ${on} is not a valid manifest (${issue?.message ?? "invalid"}${at}), so the chain cannot continue from it; ${restore}`
      );
    }
    if (parsed.data.id !== pack.id || parsed.data.scope !== inputs.scope)
      throw new EvidenceBranchError(
        `${pack.path} ${on} says it is pack ${parsed.data.scope}/${parsed.data.id}, but its folder is ${inputs.scope}/${pack.id}; ${restore}`
      );
    let dir = join(root, inputs.scope, pack.id);
    await mkdir(dir, { recursive: !0 }), await writeFile(join(dir, MANIFEST_FILE), pack.manifest);
  }
}
async function runEvidenceAction(inputs, options = {}, octokit) {
  setSecret(inputs.token), inputs.signingKey && setSecret(inputs.signingKey);
  let root = await mkdtemp(join(inputs.temp, "pilot-gate-evidence-"));
  try {
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
    });
    await materialise(root, inputs, existing);
    let { summary: packed, packDir } = await packEvidence({
      cwd: inputs.workspace,
      root,
      scope: inputs.scope,
      id: inputs.id,
      commit: inputs.sha,
      createdAt: (options.now?.() ?? /* @__PURE__ */ new Date()).toISOString(),
      reports: inputs.reports,
      files: inputs.files,
      keys: inputs.signingKey?.trim() ? [{ what: SIGNING_KEY_INPUT, pem: inputs.signingKey }] : []
    }), files = await readTree(packDir), statement = files.get(STATEMENT_FILE);
    if (!statement) throw new Error(`the pack has no ${STATEMENT_FILE}; this is a pilot-gate bug`);
    let statementDigest = digestOf(JSON.parse(Buffer.from(statement).toString("utf8"))), packPath = `${EVIDENCE_ROOT}/${inputs.scope}/${inputs.id}`, [executed] = await executePlan(
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
  } finally {
    await rm(root, { recursive: !0, force: !0 });
  }
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
