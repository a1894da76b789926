import type { Context } from "probot";
import { postCycleCheck } from "../../engine/cycles/check.js";
import type { AppState } from "../../engine/state.js";
import { DEFAULT_EVIDENCE_BRANCH } from "../../github/git-data.js";
import { pushRepository, runGuarded } from "./guard.js";

/**
 * `push` to the default branch (a story's PR merged) or to the evidence
 * branch (a pack or report published): the cycles' exit gates are judged
 * again and `pilot-gate/cycle` goes on the default branch's head (the pushed
 * commit, for a push there). A repository without `cycles:` costs the config
 * read (none while cached) and nothing more. Never throws: a failure is
 * posted as a failing `pilot-gate/cycle` once the commit is known.
 */
export async function onCyclePush(context: Context<"push">, state: AppState): Promise<void> {
  const { payload } = context;
  const defaultBranch = payload.repository.default_branch;
  const branch = payload.ref.startsWith("refs/heads/")
    ? payload.ref.slice("refs/heads/".length)
    : "";
  if (payload.deleted || (branch !== defaultBranch && branch !== DEFAULT_EVIDENCE_BRANCH)) return;
  const repository = pushRepository(payload.repository);
  const key = `${repository.owner.login}/${repository.name}#cycle`.toLowerCase();
  await state.queue.run(key, () =>
    runGuarded(context as unknown as Context, state, { repository }, async (deps, scope) => {
      const outcome = await postCycleCheck(
        deps,
        scope,
        branch === defaultBranch ? payload.after : undefined,
      );
      if (outcome.skipped) deps.log.debug(`cycle: ${outcome.skipped}`);
    }),
  );
}
