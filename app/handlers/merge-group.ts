import type { Context } from "probot";
import type { AppState } from "../../engine/state.js";
import { judgeMergeGroup } from "../../engine/verdict/judge.js";
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
