import { createHash } from "node:crypto";
import { CHECK_RUN_TEXT_BYTES } from "../../core/github-limits.js";
import type { Receipt } from "../../core/index.js";
import type { PlannedCheckRun } from "../../core/plan.js";
import { type CheckRunBody, describeCheckRun, type Write } from "../../core/write-plan.js";
import type { ExistingCheckRun } from "../../github/client.js";
import { type EventDeps, repoKey } from "../event.js";
import { readStreak } from "../incidents/failures.js";
import type { KnownCheckRun } from "../state.js";
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
  return rememberListedRuns(deps, sha, name, await deps.gh.listCheckRuns(sha, name, appId));
}

/**
 * This App's run named `name` on `sha` from `runs`, every run of it that
 * GitHub listed (newest first), remembered as `findKnownCheckRun` would:
 * for a caller that listed the commit's runs anyway (check.require).
 */
export function rememberListedRuns(
  deps: EventDeps,
  sha: string,
  name: string,
  runs: readonly ExistingCheckRun[],
): KnownCheckRun | undefined {
  const key = checkRunKey(deps, sha, name);
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
): CheckRunBody {
  return {
    name: planned.name,
    conclusion: planned.conclusion,
    completedAt: completedAt.toISOString(),
    title: planned.title,
    summary: withReceipts(planned.summary, receipts, CHECK_RUN_TEXT_BYTES, planned.shown),
    ...(planned.text !== undefined ? { text: planned.text } : {}),
    annotations: planned.annotations,
    actions: planned.actions,
    ...(planned.detailsUrl !== undefined ? { detailsUrl: planned.detailsUrl } : {}),
  };
}

/** A planned check run write. */
export type CheckRunWriteAction = Extract<Write, { kind: "check-run" }>;

/**
 * The write that publishes `body` on `sha`, in one request; none when it is
 * identical to the last one this App made. Updates the existing run in
 * place unless it carries annotations, which the Checks API can only append
 * to, never remove: then a new run replaces it (the latest run of a name is
 * the one GitHub and branch protection show). Plans carry at most the 50
 * annotations one request takes (`CHECK_RUN_ANNOTATIONS_PER_REQUEST`).
 */
export function checkRunWrite(
  deps: Pick<EventDeps, "log">,
  sha: string,
  body: CheckRunBody,
  existing: KnownCheckRun | undefined,
): CheckRunWriteAction | undefined {
  const shows = existing?.shows;
  const unchanged =
    existing?.digest === digestOf(body) ||
    (shows !== undefined &&
      shows.conclusion === body.conclusion &&
      shows.title === body.title &&
      shows.summary === body.summary &&
      existing?.annotationsCount === body.annotations.length);
  if (unchanged) {
    deps.log.debug(`check ${body.name} on ${sha.slice(0, 7)} is unchanged, not written`);
    return undefined;
  }
  const write = {
    kind: "check-run" as const,
    sha,
    ...(existing && existing.annotationsCount === 0 ? { update: existing.id } : {}),
    body,
  };
  return { ...write, failure: "fails-event", what: describeCheckRun(write) };
}

/** Remembers a check run write once made, so the next event on the commit needs no lookup. */
export function rememberCheckRun(
  deps: EventDeps,
  write: CheckRunWriteAction,
  id: number,
  receipts: Receipt[],
): void {
  const { body } = write;
  const known: KnownCheckRun = {
    id,
    receipts,
    annotationsCount: body.annotations.length,
    digest: digestOf(body),
  };
  const streak = readStreak(body.summary);
  if (streak) known.streak = streak;
  const shown = readShown(body.summary);
  if (shown) known.shown = shown;
  deps.state.checkRuns.set(checkRunKey(deps, write.sha, body.name), known);
}

function digestOf(write: CheckRunBody): string {
  const { completedAt: _ignored, ...content } = write;
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}
