import type { Context } from "probot";
import { CannotEvaluateError } from "../../core/cannot-evaluate.js";
import type { AppState, EventDeps, EventScope } from "../../engine/state.js";
import { pullNumberFromQueueRef } from "../../engine/verdict/merge-queue.js";
import { publishVerdict, type VerdictOutcome } from "../../engine/verdict/publish-verdict.js";
import { runGuarded } from "./guard.js";

/**
 * `merge_group.checks_requested`: a merge queue needs the required check on
 * the group's commit, or the queue waits for it until it times out.
 */
export async function onMergeGroup(
  context: Context<"merge_group.checks_requested">,
  state: AppState,
): Promise<void> {
  const { payload } = context;
  const { repository } = payload;
  const group = payload.merge_group;
  if (!repository) return;
  await state.queue.run(`${repository.full_name}@${group.head_sha}`.toLowerCase(), () =>
    runGuarded(context as Context, state, { repository }, async (deps, scope) => {
      const outcome = await judgeMergeGroup(deps, scope, group);
      if (outcome.status === "ignored") deps.log.info(`merge group not judged: ${outcome.why}`);
    }),
  );
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
