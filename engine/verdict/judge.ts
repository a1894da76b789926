/**
 * The verdict pipeline's entry for the runtimes: a PR event or a merge
 * group in, the verdict published on its commit out. The App's handlers and
 * the pull-request Action both call these; everything below them
 * (publish-verdict, apply-plan, check-runs, receipts) is in this folder.
 */
import { CannotEvaluateError } from "../../core/cannot-evaluate.js";
import { type PullInfo, type RawPull, toPullInfo } from "../../github/pull.js";
import type { PullRequestPayload } from "../../github/webhooks.js";
import { type EventDeps, type EventScope, pullKey } from "../event.js";
import { isLater, type LoadedConfig } from "../state.js";
import { pullNumberFromQueueRef } from "./merge-queue.js";
import { publishVerdict, type VerdictOutcome } from "./publish-verdict.js";

/**
 * Judges the PR a `pull_request` or `pull_request_review` payload carries
 * and publishes the verdict on its head commit, labels included: the
 * handler the App and the Action share. A payload that may be stale (see
 * `currentPull`) is replaced by the PR as GitHub has it now.
 */
export async function judgePullRequest(
  deps: EventDeps,
  scope: EventScope,
  payload: PullRequestPayload,
  loaded?: LoadedConfig,
): Promise<VerdictOutcome> {
  const delivered = toPullInfo(payload.pull_request as RawPull);
  const pull = delivered.state === "open" ? await currentPull(deps, delivered) : delivered;
  // A newer head than the event's: the event's push details no longer apply.
  const sameHead = pull.headSha === delivered.headSha;
  // Awaited, not passed through: the event's path stays in its stack trace (test/app/event-path.test.ts).
  return await publishVerdict(deps, scope, {
    pull,
    ...(loaded ? { loaded } : {}),
    checkSha: pull.headSha,
    manageLabels: true,
    // The head commit is new to the PR: the check run lookup is skipped (see
    // `existingRun`). The Action, a process per event, has no memory to
    // consult either, so it skips the lookup and the app id it would need.
    newCommit: sameHead && (payload.action === "opened" || payload.action === "synchronize"),
    ...(sameHead && "before" in payload && payload.action === "synchronize"
      ? { previousSha: payload.before }
      : {}),
    ...labelEventOf(payload),
  });
}

/**
 * The PR to judge: the delivered one, unless it may be stale, then the PR
 * as GitHub has it now (whichever of the two changed last, should GitHub's
 * answer lag behind its own webhook). GitHub does not deliver events in
 * order, so an `edited` delivery may arrive after a `labeled` one it
 * preceded; judged as delivered, it would overwrite the newer verdict. A
 * delivery is taken as it is when it is newer than any state of the PR
 * this process has seen (no request); otherwise, and always under
 * `freshPulls: always`, the PR is read.
 */
async function currentPull(deps: EventDeps, delivered: PullInfo): Promise<PullInfo> {
  const { state } = deps;
  const key = pullKey(deps.repo, delivered.number);
  let seen: string | undefined;
  let known = true;
  try {
    seen = await state.pullsSeen.newest(key);
  } catch (error) {
    // A memory that cannot answer (Redis away) may hide a newer state: the
    // PR is read from GitHub, as if the delivery were stale.
    known = false;
    deps.log.warn(
      { err: error },
      `#${delivered.number}: newest state seen unknown, reading the PR`,
    );
  }
  const fresh =
    known &&
    state.options.freshPulls === "when-stale" &&
    delivered.updatedAt !== "" &&
    (seen === undefined || isLater(delivered.updatedAt, seen));
  let pull = delivered;
  if (!fresh) {
    const read = await deps.gh.getPull(delivered.number);
    if (!isLater(delivered.updatedAt, read.updatedAt)) pull = read;
    if (pull !== delivered) deps.log.debug(`#${delivered.number}: judged as GitHub has it now`);
  }
  if (pull.updatedAt !== "" && (seen === undefined || isLater(pull.updatedAt, seen))) {
    try {
      await state.pullsSeen.remember(key, pull.updatedAt);
    } catch (error) {
      // Judged but not remembered, another replica could take an older
      // delivery for fresh and overwrite this verdict: fail closed instead.
      throw new CannotEvaluateError(
        `the newest state of #${delivered.number} could not be recorded for the App's other replicas (${error instanceof Error ? error.message : String(error)}); re-run the check once Redis answers`,
      );
    }
  }
  return pull;
}

/**
 * Judges a merge group as the PR it was created for (named in its branch)
 * would be: the same rules, the PR's body, labels and receipts, with the
 * check posted on the group's head commit and labels left alone. Earlier
 * PRs in the group were judged when their own groups were created. Shared
 * by the App and the Action.
 */
export async function judgeMergeGroup(
  deps: EventDeps,
  scope: EventScope,
  group: { head_sha: string; head_ref: string },
): Promise<VerdictOutcome> {
  scope.checkSha = group.head_sha;
  const number = pullNumberFromQueueRef(group.head_ref);
  if (number === undefined) {
    throw new CannotEvaluateError(
      `the merge queue branch ${group.head_ref} names no PR (expected gh-readonly-queue/<base>/pr-<number>-<sha>); remove the PR from the queue and add it again`,
    );
  }
  const pull = await deps.gh.getPull(number);
  return publishVerdict(deps, scope, { pull, checkSha: group.head_sha, manageLabels: false });
}

/** The label change a `labeled`/`unlabeled` payload carries, if any. */
export function labelEventOf(payload: PullRequestPayload) {
  if (payload.action !== "labeled" && payload.action !== "unlabeled") return {};
  const label = "label" in payload ? payload.label?.name : undefined;
  if (label === undefined) return {};
  return {
    labelEvent: { action: payload.action, label, senderType: payload.sender.type },
  };
}
