import type { Context } from "probot";
import { CannotEvaluateError } from "../errors.js";
import { pullNumberFromQueueRef } from "../merge-queue.js";
import { publishVerdict } from "../publish-verdict.js";
import type { AppState } from "../state.js";
import { runGuarded } from "./guard.js";

/**
 * `merge_group.checks_requested`: a merge queue needs the required check on
 * the group's commit, or the queue waits for it until it times out. The
 * group is judged as the PR it was created for (named in its branch) would
 * be: the same rules, the PR's body, labels and receipts, with the check
 * posted on the group's head commit and labels left alone. Earlier PRs in
 * the group were judged when their own groups were created.
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
      scope.checkSha = group.head_sha;
      const number = pullNumberFromQueueRef(group.head_ref);
      if (number === undefined) {
        throw new CannotEvaluateError(
          `the merge queue branch ${group.head_ref} names no PR (expected gh-readonly-queue/<base>/pr-<number>-<sha>); remove the PR from the queue and add it again`,
        );
      }
      const pull = await deps.gh.getPull(number);
      const outcome = await publishVerdict(deps, scope, {
        pull,
        checkSha: group.head_sha,
        manageLabels: false,
      });
      if (outcome.status === "ignored") deps.log.info(`merge group not judged: ${outcome.why}`);
    }),
  );
}
