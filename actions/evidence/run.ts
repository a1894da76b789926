import * as core from "@actions/core";
import {
  digestOf,
  type EvidenceScope,
  renderEvidenceSummary,
  STATEMENT_FILE,
} from "../../core/evidence/index.js";
import { packForBranch } from "../../engine/evidence/branch-pack.js";
import { executePlan } from "../../engine/execute.js";
import { GitHubClient, type SeamOctokit } from "../../github/client.js";
import { EVIDENCE_ROOT, readScopeManifests } from "../../github/git-data.js";
import { createTokenOctokit } from "../../github/token-octokit.js";
import { createActionsLog } from "../pull-request/log.js";
import type { EvidenceActionInputs, OutputName } from "./inputs.js";

declare const PILOT_GATE_VERSION: string | undefined;

export { EvidenceBranchError } from "../../engine/evidence/branch-pack.js";
export { EVIDENCE_ROOT };

/** How a bad signing key is named in the error: the input it came from. */
const SIGNING_KEY_INPUT = "the signing-key input";

export interface RunOptions {
  /** False turns Octokit's retries off, for tests where a mocked failure must be final. */
  retries?: boolean;
  /** The pack's time; default now. */
  now?: () => Date;
}

export interface EvidenceActionResult {
  commitSha: string;
  committed: boolean;
  statementDigest: string;
  packPath: string;
}

function output(name: OutputName, value: string): void {
  core.setOutput(name, value);
}

/**
 * Packs the reports and files with `packEvidence`, as the CLI's `evidence
 * pack` does (same format, same checks), into a temporary folder, then
 * commits the pack to the evidence branch through the Git Data API, with no
 * checkout of that branch.
 * The scope's earlier manifests are read from the branch first, so the pack
 * chains to the scope's latest pack (`previous`), as it would in a checkout.
 * Not guarded: two runs packing the same scope at the same moment both chain
 * to the same previous pack (both commits land; verify still passes each).
 */
export async function runEvidenceAction(
  inputs: EvidenceActionInputs,
  options: RunOptions = {},
  octokit?: SeamOctokit,
): Promise<EvidenceActionResult> {
  core.setSecret(inputs.token);
  if (inputs.signingKey) core.setSecret(inputs.signingKey);
  const gh = GitHubClient.forWorkflow(
    octokit ??
      createTokenOctokit({
        token: inputs.token,
        baseUrl: inputs.apiUrl,
        userAgent: `pilot-gate-evidence/${typeof PILOT_GATE_VERSION === "string" ? PILOT_GATE_VERSION : "dev"}`,
        log: { debug: core.debug, info: core.info, warn: core.warning, error: core.error },
        retries: options.retries,
      }),
    { owner: inputs.owner, repo: inputs.repo },
  );
  const existing = await readScopeManifests(gh, {
    branch: inputs.branch,
    root: EVIDENCE_ROOT,
    scope: inputs.scope,
  });
  const { packed, files, packPath } = await packForBranch(
    {
      cwd: inputs.workspace,
      temp: inputs.temp,
      branch: inputs.branch,
      scope: inputs.scope as EvidenceScope,
      id: inputs.id,
      commit: inputs.sha,
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      reports: inputs.reports,
      files: inputs.files,
      keys: inputs.signingKey?.trim() ? [{ what: SIGNING_KEY_INPUT, pem: inputs.signingKey }] : [],
    },
    existing,
  );
  const statement = files.get(STATEMENT_FILE);
  if (!statement) throw new Error(`the pack has no ${STATEMENT_FILE}; this is a pilot-gate bug`);
  const statementDigest = digestOf(JSON.parse(Buffer.from(statement).toString("utf8")));

  const [executed] = await executePlan(
    { gh, log: createActionsLog() },
    [
      {
        kind: "commit-files",
        branch: inputs.branch,
        folder: packPath,
        files,
        message: `evidence: ${inputs.scope}/${inputs.id} for ${inputs.sha}`,
        failure: "fails-event",
        what: `commit the pack ${packPath} to ${inputs.branch}`,
      },
    ],
    // The step has no dry run: packing is what it is asked to do.
    { dryRun: false },
  );
  const result = executed?.commit;
  if (!result) throw new Error(`the pack was not committed; this is a pilot-gate bug`);

  output("commit-sha", result.sha);
  output("statement-digest", statementDigest);
  output("pack-path", packPath);
  await core.summary
    .addRaw(
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
        signed: packed.signed,
      }),
    )
    .write();
  return { commitSha: result.sha, committed: result.committed, statementDigest, packPath };
}
