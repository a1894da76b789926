/**
 * The second step of `pilot-gate rollback run`: preserve the evidence of the
 * release rolled back as an incident pack (scope `incident`, id
 * `rollback-<from>`) on the evidence branch, committed through the executor
 * like any pack. Packs are never overwritten, so a second run finds the pack
 * and writes nothing.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Config, UsageError } from "../../core/index.js";
import { ROLLBACK_MAX_CHECK_RUNS } from "../../core/limits.js";
import {
  type CheckRunsRecord,
  checkRunsRecord,
  INCIDENT_FILE,
  type IncidentRecord,
  incidentPackId,
  type RollbackPlan,
  releaseStatementOf,
  rollbackIncident,
} from "../../core/release/index.js";
import type { GitHubClient } from "../../github/client.js";
import { GitHubApiError } from "../../github/errors.js";
import { EVIDENCE_ROOT, readScopeManifests } from "../../github/git-data.js";
import { type Applied, appliedOf } from "../applied.js";
import type { EventDeps } from "../event.js";
import { packForBranch } from "../evidence/branch-pack.js";
import type { SigningKeySource } from "../evidence/pack.js";
import { executePlan } from "../execute.js";

/** What the evidence step did: `found` the pack already there, or packed it (written or planned). */
export type IncidentEvidenceOutcome =
  | { status: "found"; applied: "none"; pack: string }
  | {
      status: "packed";
      applied: Exclude<Applied, "none">;
      pack: string;
      /** The evidence branch's commit that holds the pack; absent in a dry run. */
      commit?: string;
      signed: boolean;
      record: IncidentRecord;
    };

export interface IncidentEvidenceOptions {
  evidenceBranch: string;
  /** The freeze issue, when it is open (found or opened); null when it was not (a dry run). */
  freeze: number | undefined;
  now: Date;
  dryRun: boolean;
  keys: readonly SigningKeySource[];
  /** Where the pack is built before it is committed (a temporary folder is made in it). */
  temp: string;
}

/**
 * Reads what the incident pack records (the rolled-back release's commit
 * from its release pack, the check runs on that commit, the freeze issue's
 * page), packs it with `packForBranch` and commits it through the executor
 * (in a dry run the commit is only planned; the pack is still built, so a
 * bad signing key shows). Costs 2 + M requests to look for the pack (M
 * incident packs), and when there is none: 1 statement, 1-3 pages of check
 * runs, 1 issue, then the commit (N + 6 for N files, see commitFiles).
 * Throws UsageError, with the next step, when the rolled-back release's
 * commit cannot be read: a pack must name the commit it is about.
 */
export async function preserveIncidentEvidence(
  deps: Pick<EventDeps, "gh" | "log">,
  config: Config,
  plan: Extract<RollbackPlan, { action: "rollback" }>,
  options: IncidentEvidenceOptions,
): Promise<IncidentEvidenceOutcome> {
  const { gh } = deps;
  const { evidenceBranch: branch } = options;
  const id = incidentPackId(plan.from);
  const existing = await readScopeManifests(gh, { branch, root: EVIDENCE_ROOT, scope: "incident" });
  const pack = `${EVIDENCE_ROOT}/incident/${id}`;
  if (existing.packs.some((found) => found.id === id))
    return { status: "found", applied: "none", pack };

  const rolledBack = { tag: plan.from, sha: await releaseCommit(gh, plan.from, branch) };
  const freeze =
    options.freeze === undefined
      ? null
      : { issue: options.freeze, url: (await gh.getIssue(options.freeze)).html_url };
  const record = rollbackIncident({
    rolledBack,
    target: plan.target,
    freeze,
    checks: await readChecks(gh, rolledBack.sha),
    smokeCommands: config.smoke.commands,
  });

  const inputs = await mkdtemp(join(options.temp, "pilot-gate-incident-"));
  try {
    await writeFile(join(inputs, INCIDENT_FILE), `${JSON.stringify(record, null, 2)}\n`);
    const { packed, files, packPath } = await packForBranch(
      {
        cwd: inputs,
        temp: options.temp,
        branch,
        scope: "incident",
        id,
        commit: rolledBack.sha,
        createdAt: options.now.toISOString(),
        reports: [],
        files: [INCIDENT_FILE],
        keys: options.keys,
      },
      existing,
    );
    const executed = await executePlan(
      deps,
      [
        {
          kind: "commit-files",
          branch,
          folder: packPath,
          files,
          message: `evidence: incident/${id}, rolling back ${plan.from} (${rolledBack.sha}) to ${plan.target.tag}`,
          failure: "fails-event",
          what: `commit the incident pack ${packPath} to ${branch}`,
        },
      ],
      { dryRun: options.dryRun },
    );
    const applied = appliedOf(executed) === "written" ? "written" : "planned";
    const commit = executed[0]?.commit?.sha;
    return {
      status: "packed",
      applied,
      pack,
      ...(commit === undefined ? {} : { commit }),
      signed: packed.signed,
      record,
    };
  } finally {
    await rm(inputs, { recursive: true, force: true });
  }
}

/** The commit release `tag`'s pack names, or a UsageError saying why there is none. */
async function releaseCommit(gh: GitHubClient, tag: string, branch: string): Promise<string> {
  const path = `${EVIDENCE_ROOT}/release/${tag}/statement.json`;
  const read = await gh.getRawFile(path, branch);
  const found = releaseStatementOf({
    tag,
    statement: read.kind === "found" ? read.text : undefined,
  });
  if ("reason" in found) {
    throw new UsageError(
      `the commit of ${tag} cannot be read from ${path} on ${branch}: ${found.reason}, so its incident pack would name no commit; nothing was packed. Restore the release pack from the branch's history and re-run.`,
    );
  }
  return found.sha;
}

/** The check runs on `sha` that did not succeed; a failed or cut read is recorded as not read. */
async function readChecks(gh: GitHubClient, sha: string): Promise<CheckRunsRecord> {
  try {
    const { runs, total } = await gh.listHeadCheckRuns(sha, ROLLBACK_MAX_CHECK_RUNS);
    return checkRunsRecord(runs, total);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    return { read: false, reason: error.reason };
  }
}
