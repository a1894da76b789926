import type { Context } from "probot";
import { CONFIG_PATH } from "../../core/index.js";
import { isPrTemplatePath } from "../../core/pr-template.js";
import { forgetConfigsReading, forgetRepoConfig } from "../../engine/config/repository.js";
import { repoKey } from "../../engine/event.js";
import type { AppState } from "../../engine/state.js";
import { onCyclePush } from "./cycle.js";
import { pushRepository, repoContextOf } from "./guard.js";
import { onProtectedPush } from "./protected-push.js";
import { syncAfterConfigPush } from "./protection.js";
import { onReadinessPush } from "./readiness.js";

/** GitHub lists at most this many commits in a push payload. */
const PUSH_COMMIT_LIMIT = 2048;

/**
 * `push`: when the default branch's config changes (or a file it extends),
 * the cached copy is dropped so the next event reads the new rules at once,
 * as are other repositories' configs that extend a file pushed, and `protection:`
 * is applied (handlers/protection.ts), with its check on the pushed commit.
 * Readiness reports pushed to the evidence branch post the
 * `pilot-gate/readiness` check (handlers/readiness.ts).
 * A force push, or one with more commits than the payload lists, may change
 * the file without showing it, so those count as a change too. A push to a
 * protected branch gives the pushed commit the App's check
 * (handlers/protected-push.ts); any other push costs the config read, none
 * while it is cached. A push to the default or the evidence branch, where
 * `cycles:` is set, posts `pilot-gate/cycle` (handlers/cycle.ts).
 */
export async function onPush(context: Context<"push">, state: AppState): Promise<void> {
  // Readiness reports pushed to the evidence branch (handlers/readiness.ts); never throws.
  await onReadinessPush(context, state);
  await onConfigPush(context, state);
  // After a config change is taken in: the commit is judged under the rules it brought.
  await onProtectedPush(context, state);
  // Last, with the config the handlers above read: a merge or a published pack moves the cycles' exit gates.
  await onCyclePush(context, state);
}

async function onConfigPush(context: Context<"push">, state: AppState): Promise<void> {
  const { payload } = context;
  if (payload.ref !== `refs/heads/${payload.repository.default_branch}`) return;
  if (payload.deleted) return;
  const paths = new Set(
    payload.commits.flatMap((commit) => [
      ...(commit.added ?? []),
      ...(commit.modified ?? []),
      ...(commit.removed ?? []),
    ]),
  );
  // A force push, or more commits than the payload lists, may change any file.
  const unknown = payload.forced || payload.commits.length >= PUSH_COMMIT_LIMIT;
  const repo = repoContextOf({ repository: pushRepository(payload.repository) });
  if (unknown || [...paths].some(isPrTemplatePath)) {
    // The PR template changed (or may have): the next event reads it again.
    state.templates.delete(repoKey(repo));
  }
  // Configs that extend a file of this repository (its organisation's
  // `.github`, say) read it again too.
  const chained = forgetConfigsReading({ state, repo }, unknown ? undefined : paths);
  if (chained || unknown || paths.has(CONFIG_PATH)) {
    forgetRepoConfig({ state, repo });
    context.log.info(
      `${CONFIG_PATH} may have changed on ${repo.defaultBranch}: cached config dropped`,
    );
    await syncAfterConfigPush(context, state, payload.after);
  }
}
