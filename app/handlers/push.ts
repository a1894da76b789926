import type { Context } from "probot";
import { CONFIG_PATH } from "../../core/index.js";
import { forgetRepoConfig } from "../config.js";
import type { AppState } from "../state.js";
import { repoContextOf } from "./guard.js";

/** GitHub lists at most this many commits in a push payload. */
const PUSH_COMMIT_LIMIT = 2048;

/**
 * `push`: when the default branch's config changes, the cached copy is
 * dropped so the next event reads the new rules at once. No request is made.
 * A force push, or one with more commits than the payload lists, may change
 * the file without showing it, so those drop the cache too.
 */
export function onPush(context: Context<"push">, state: AppState): void {
  const { payload } = context;
  if (payload.ref !== `refs/heads/${payload.repository.default_branch}`) return;
  const touched = payload.commits.some((commit) =>
    [...(commit.added ?? []), ...(commit.modified ?? []), ...(commit.removed ?? [])].includes(
      CONFIG_PATH,
    ),
  );
  if (touched || payload.forced || payload.commits.length >= PUSH_COMMIT_LIMIT) {
    const repo = repoContextOf({
      repository: {
        name: payload.repository.name,
        default_branch: payload.repository.default_branch,
        owner: { login: payload.repository.owner?.login ?? "" },
      },
    });
    forgetRepoConfig({ state, repo });
    context.log.info(
      `${CONFIG_PATH} may have changed on ${repo.defaultBranch}: cached config dropped`,
    );
  }
}
