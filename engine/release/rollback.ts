/**
 * A rollback on GitHub: the plan reads the release packs on the evidence
 * branch, newest first, until one says GO (contents reads only: 1 listing +
 * 1 per pack read, 2 when evidence keys are given, for the signature); the
 * run opens the freeze issue through the executor.
 */

import type { KeyObject } from "node:crypto";
import { ENVELOPE_FILE } from "../../core/evidence/index.js";
import { readFreezeRecord } from "../../core/incidents/index.js";
import { type Config, UsageError } from "../../core/index.js";
import { ROLLBACK_MAX_PACKS } from "../../core/limits.js";
import {
  planRollback,
  type ReleasePackRead,
  type RollbackPlan,
  rollbackCandidates,
} from "../../core/release/index.js";
import { codeSpan, inertText } from "../../core/render/escape.js";
import type { GitHubClient } from "../../github/client.js";
import { DEFAULT_EVIDENCE_BRANCH, EVIDENCE_ROOT } from "../../github/git-data.js";
import type { EventDeps } from "../event.js";
import { type ImmediateOutcome, tripTrigger } from "../incidents/immediate-triggers.js";

/**
 * The rollback plan for the repository of `gh`: `from` is the release to
 * roll back (default the newest release pack). Throws UsageError,
 * with the next step, when the release folder is not a folder.
 */
export async function readRollbackPlan(
  gh: GitHubClient,
  config: Config,
  options: { from: string | undefined; evidenceBranch?: string; keys?: readonly KeyObject[] },
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
  const keys = options.keys ?? [];
  const base = { from, freezeLabel: config.incidents.freeze_label, evidenceBranch: branch, keys };
  const packs: ReleasePackRead[] = [];
  for (const tag of candidates.slice(0, ROLLBACK_MAX_PACKS)) {
    const read = await gh.getRawFile(`${folder}/${tag}/statement.json`, branch);
    const statement = read.kind === "found" ? read.text : undefined;
    // The envelope costs a request, so it is read only when there is a key to check it with.
    const signed =
      keys.length > 0 && statement !== undefined
        ? await gh.getRawFile(`${folder}/${tag}/${ENVELOPE_FILE}`, branch)
        : undefined;
    packs.push({
      tag,
      statement,
      ...(signed ? { envelope: signed.kind === "found" ? signed.text : undefined } : {}),
    });
    // Stop at the first GO: older packs cost a request each and change nothing.
    const plan = planRollback({ ...base, packs });
    if (plan.action === "rollback") return plan;
  }
  return planRollback({ ...base, packs, unread: candidates.length - packs.length });
}

/** How far back an earlier freeze issue for the same rollback is looked for. */
const FREEZE_LOOKBACK_MS = 90 * 24 * 60 * 60_000;

/**
 * The first step of a planned rollback: the freeze issue, which stops
 * merges (and so new pilot clients) while the rollback runs. Opened once
 * per release rolled back: a second run finds it again by its record
 * marker (open, or the bot's own closed in the last 90 days) and opens
 * nothing (1 more request, the open freeze issues). With
 * `dryRun` the executor only logs it. Throws UsageError when
 * incidents.enabled is off, since the freeze label then freezes nothing
 * and the rollback would run unfrozen without anyone being told.
 */
export async function openRollbackFreeze(
  deps: EventDeps,
  config: Config,
  plan: Extract<RollbackPlan, { action: "rollback" }>,
  now: Date,
  dryRun: boolean,
): Promise<ImmediateOutcome> {
  if (!config.incidents.enabled) {
    throw new UsageError(
      "incidents.enabled is off in the config, so a freeze issue would freeze no merges; nothing was opened. Set incidents: { enabled: true } in .github/pilot-gate.yml and re-run, or freeze by hand.",
    );
  }
  const { from, target } = plan;
  const evidence = `rollback:${from}`;
  // A freeze issue for this rollback counts whoever opened it (a person's
  // token from a laptop, or the App's): an open one freezes merges already,
  // and a closed one was lifted (rollback lift), so a second run must not
  // freeze again. The open ones are asked first, whatever their age; then
  // tripTrigger looks through every state since the lookback.
  const open = (await deps.gh.listOpenIssues(config.incidents.freeze_label)).find((item) => {
    const record = readFreezeRecord(item.body);
    return !item.isPull && record?.trigger === "rollback" && record.evidence === evidence;
  });
  if (open) return { status: "already-frozen", issue: open.number };
  return tripTrigger(
    deps,
    config,
    {
      trigger: "rollback",
      reason: `rolling back ${from} to ${target.tag}`,
      evidence,
      details: [
        `Release rolled back: ${codeSpan(from)}`,
        `Target: ${codeSpan(target.tag)}, commit ${codeSpan(target.sha)}, the last release whose evidence says GO`,
        ...plan.steps.slice(1).map((step) => `${step.id}: ${inertText(step.what)}`),
      ],
      since: new Date(now.getTime() - FREEZE_LOOKBACK_MS).toISOString(),
      anyAuthor: true,
    },
    now,
    dryRun,
  );
}
