import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import * as core from "@actions/core";
import {
  digestOf,
  type EvidenceScope,
  MANIFEST_FILE,
  manifestSchema,
  parseIJson,
  renderEvidenceSummary,
  STATEMENT_FILE,
} from "../../core/evidence/index.js";
import { packEvidence } from "../../engine/evidence/pack.js";
import { executePlan } from "../../engine/execute.js";
import { GitHubClient, type SeamOctokit } from "../../github/client.js";
import { EVIDENCE_ROOT, readScopeManifests, type ScopeManifests } from "../../github/git-data.js";
import { createTokenOctokit } from "../../github/token-octokit.js";
import { createActionsLog } from "../pull-request/log.js";
import type { EvidenceActionInputs, OutputName } from "./inputs.js";

declare const PILOT_GATE_VERSION: string | undefined;

export { EVIDENCE_ROOT };

/** How a bad signing key is named in the error: the input it came from. */
const SIGNING_KEY_INPUT = "the signing-key input";

/** The evidence branch holds something the new pack cannot chain to; nothing was committed. */
export class EvidenceBranchError extends Error {
  override readonly name = "EvidenceBranchError";
}

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

/** Every file under `dir`, by `/`-separated path relative to it. */
async function readTree(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dir, path).split(sep).join("/"), await readFile(path));
    }
  };
  await walk(dir);
  return files;
}

/**
 * Writes the manifests of the scope's packs on the branch into `root`, as
 * `<root>/<scope>/<id>/manifest.json`, so `packEvidence` finds the latest one
 * and chains to it exactly as it does in a checkout (it reads only the
 * manifests of earlier packs). Each manifest is checked first so a broken
 * pack is named by its place on the branch, not in the temporary folder.
 */
async function materialise(
  root: string,
  inputs: EvidenceActionInputs,
  existing: ScopeManifests,
): Promise<void> {
  const on = `on ${inputs.branch}`;
  const restore = `nothing was committed. Fix or restore that pack on ${inputs.branch} (git history has it), then re-run.`;
  for (const pack of existing.packs) {
    if (pack.id === inputs.id) {
      throw new EvidenceBranchError(
        `${EVIDENCE_ROOT}/${inputs.scope}/${pack.id} already exists ${on} and a pack is never overwritten; nothing was committed. Pack under a new id.`,
      );
    }
    if (pack.manifest === undefined) {
      throw new EvidenceBranchError(
        `${pack.path} is missing ${on}, so the chain's last pack cannot be found; ${restore}`,
      );
    }
    const json = parseIJson(pack.manifest);
    if (!json.ok) {
      throw new EvidenceBranchError(
        `${pack.path} ${on} ${json.error}, so the chain cannot continue from it; ${restore}`,
      );
    }
    const parsed = manifestSchema.safeParse(json.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
      throw new EvidenceBranchError(
        `${pack.path} ${on} is not a valid manifest (${issue?.message ?? "invalid"}${at}), so the chain cannot continue from it; ${restore}`,
      );
    }
    if (parsed.data.id !== pack.id || parsed.data.scope !== inputs.scope) {
      throw new EvidenceBranchError(
        `${pack.path} ${on} says it is pack ${parsed.data.scope}/${parsed.data.id}, but its folder is ${inputs.scope}/${pack.id}; ${restore}`,
      );
    }
    const dir = join(root, inputs.scope, pack.id);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, MANIFEST_FILE), pack.manifest);
  }
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
  const root = await mkdtemp(join(inputs.temp, "pilot-gate-evidence-"));
  try {
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
    await materialise(root, inputs, existing);
    const { summary: packed, packDir } = await packEvidence({
      cwd: inputs.workspace,
      root,
      scope: inputs.scope as EvidenceScope,
      id: inputs.id,
      commit: inputs.sha,
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      reports: inputs.reports,
      files: inputs.files,
      keys: inputs.signingKey?.trim() ? [{ what: SIGNING_KEY_INPUT, pem: inputs.signingKey }] : [],
    });
    const files = await readTree(packDir);
    const statement = files.get(STATEMENT_FILE);
    if (!statement) throw new Error(`the pack has no ${STATEMENT_FILE}; this is a pilot-gate bug`);
    const statementDigest = digestOf(JSON.parse(Buffer.from(statement).toString("utf8")));
    const packPath = `${EVIDENCE_ROOT}/${inputs.scope}/${inputs.id}`;

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
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
