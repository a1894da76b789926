/**
 * Reads what a rollback plan needs from GitHub: the release packs on the
 * evidence branch, newest first, until one says GO. Contents reads only
 * (1 listing + 1 per pack read), so an App token or a person's read token
 * will do; nothing is written.
 */
import { type Config, UsageError } from "../../core/index.js";
import { ROLLBACK_MAX_PACKS } from "../../core/limits.js";
import {
  planRollback,
  type ReleasePackRead,
  type RollbackPlan,
  rollbackCandidates,
} from "../../core/release/index.js";
import type { GitHubClient } from "../../github/client.js";
import { DEFAULT_EVIDENCE_BRANCH, EVIDENCE_ROOT } from "../../github/git-data.js";

/**
 * The rollback plan for the repository of `gh`: `from` is the release to
 * roll back (default the newest release pack). Throws UsageError,
 * with the next step, when the release folder is not a folder.
 */
export async function readRollbackPlan(
  gh: GitHubClient,
  config: Config,
  options: { from: string | undefined; evidenceBranch?: string },
): Promise<RollbackPlan> {
  const branch = options.evidenceBranch ?? DEFAULT_EVIDENCE_BRANCH;
  const folder = `${EVIDENCE_ROOT}/release`;
  const listing = await gh.listFolder(folder, branch);
  if (listing.kind === "file") {
    throw new UsageError(
      `${folder} on ${branch} is a file, not the folder of release packs; restore the evidence branch from its history`,
    );
  }
  const { from, candidates } = rollbackCandidates(
    listing.kind === "folder" ? listing.entries : [],
    options.from,
  );
  const base = { from, freezeLabel: config.incidents.freeze_label, evidenceBranch: branch };
  const packs: ReleasePackRead[] = [];
  for (const tag of candidates.slice(0, ROLLBACK_MAX_PACKS)) {
    const read = await gh.getRawFile(`${folder}/${tag}/statement.json`, branch);
    packs.push({ tag, statement: read.kind === "found" ? read.text : undefined });
    // Stop at the first GO: older packs cost a request each and change nothing.
    const plan = planRollback({ ...base, packs });
    if (plan.action === "rollback") return plan;
  }
  return planRollback({ ...base, packs, unread: candidates.length - packs.length });
}
