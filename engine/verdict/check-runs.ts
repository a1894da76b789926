import { createHash } from "node:crypto";
import { GITHUB_TEXT_LIMIT, type Receipt } from "../../core/index.js";
import type { PlannedCheckRun } from "../../core/plan.js";
import type { CheckRunWrite } from "../../github/client.js";
import { readStreak } from "../incidents/failures.js";
import { type EventDeps, type KnownCheckRun, repoKey } from "../state.js";
import { mergeReceipts, readReceipts, readShown, withReceipts } from "./receipts.js";

function checkRunKey(deps: EventDeps, sha: string, name: string): string {
  return `${repoKey(deps.repo)}@${sha}#${name}`;
}

/**
 * This App's check run named `name` on `sha` with every receipt recorded on
 * it, from memory when the App wrote or read it before, else from GitHub.
 * `fresh` skips memory: an override must see receipts another replica wrote.
 */
export async function findKnownCheckRun(
  deps: EventDeps,
  sha: string,
  name: string,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<KnownCheckRun | undefined> {
  const key = checkRunKey(deps, sha, name);
  if (!fresh) {
    const known = deps.state.checkRuns.get(key);
    if (known) return known;
  }
  const appId = await deps.gh.appId();
  const runs = await deps.gh.listCheckRuns(sha, name, appId);
  const latest = runs[0];
  if (!latest) return undefined;
  const known: KnownCheckRun = {
    id: latest.id,
    // Oldest run first, so receipts keep the order they were recorded in.
    receipts: mergeReceipts(...runs.toReversed().map((run) => readReceipts(run.summary))),
    annotationsCount: latest.annotationsCount,
    shows: { conclusion: latest.conclusion, title: latest.title, summary: latest.summary },
  };
  const streak = readStreak(latest.summary);
  if (streak) known.streak = streak;
  const shown = readShown(latest.summary);
  if (shown) known.shown = shown;
  deps.state.checkRuns.set(key, known);
  return known;
}

/** A check run from memory only: for the error path, which must not depend on more requests. */
export function rememberedCheckRun(
  deps: EventDeps,
  sha: string,
  name: string,
): KnownCheckRun | undefined {
  return deps.state.checkRuns.get(checkRunKey(deps, sha, name));
}

/** The request body for a planned check run, with the receipts marker appended to the summary. */
export function toCheckRunWrite(
  planned: PlannedCheckRun,
  receipts: readonly Receipt[],
  completedAt: Date,
): CheckRunWrite {
  return {
    name: planned.name,
    conclusion: planned.conclusion,
    completedAt: completedAt.toISOString(),
    title: planned.title,
    summary: withReceipts(planned.summary, receipts, GITHUB_TEXT_LIMIT, planned.shown),
    ...(planned.text !== undefined ? { text: planned.text } : {}),
    annotations: planned.annotations,
    actions: planned.actions,
  };
}

/**
 * Publishes a check run in one request. Updates the existing run in place
 * unless it carries annotations, which the Checks API can only append to,
 * never remove: then a new run replaces it (the latest run of a name is the
 * one GitHub and branch protection show). Plans carry at most the 50
 * annotations one request takes (`MAX_ANNOTATIONS`). A write identical to the
 * last one this App made is skipped.
 */
export async function writeCheckRun(
  deps: EventDeps,
  sha: string,
  write: CheckRunWrite,
  receipts: Receipt[],
  existing: KnownCheckRun | undefined,
): Promise<void> {
  const digest = digestOf(write);
  const shows = existing?.shows;
  const unchanged =
    existing?.digest === digest ||
    (shows !== undefined &&
      shows.conclusion === write.conclusion &&
      shows.title === write.title &&
      shows.summary === write.summary &&
      existing?.annotationsCount === write.annotations.length);
  if (unchanged) {
    deps.log.debug(`check ${write.name} on ${sha.slice(0, 7)} is unchanged, not written`);
    return;
  }
  let id: number;
  if (existing && existing.annotationsCount === 0) {
    await deps.gh.updateCheckRun(existing.id, write);
    id = existing.id;
  } else {
    id = await deps.gh.createCheckRun(sha, write);
  }
  const known: KnownCheckRun = {
    id,
    receipts,
    annotationsCount: write.annotations.length,
    digest,
  };
  const streak = readStreak(write.summary);
  if (streak) known.streak = streak;
  const shown = readShown(write.summary);
  if (shown) known.shown = shown;
  deps.state.checkRuns.set(checkRunKey(deps, sha, write.name), known);
}

function digestOf(write: CheckRunWrite): string {
  const { completedAt: _ignored, ...content } = write;
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}
