import type { Context } from "probot";
import type { EventDeps, EventScope, RepoContext } from "../../engine/event.js";
import type { AppState } from "../../engine/state.js";
import { failureReason, postEvaluationError } from "../../engine/verdict/evaluation-error.js";
import { GitHubClient } from "../../github/client.js";
import { noteFailure, noteVerdict } from "../observe.js";

/** The part of every handled payload the App reads to know the repository. */
interface RepositoryPayload {
  repository: {
    name: string;
    default_branch: string;
    owner: { login: string; type?: string };
  };
}

/**
 * A push payload's repository in the shape `runGuarded` reads: a push
 * carries its owner as a committer-style object whose login may be absent.
 */
export function pushRepository(repository: {
  name: string;
  default_branch: string;
  owner?: { login?: string; type?: string } | null;
}): RepositoryPayload["repository"] {
  return {
    name: repository.name,
    default_branch: repository.default_branch,
    owner: {
      login: repository.owner?.login ?? "",
      ...(repository.owner?.type ? { type: repository.owner.type } : {}),
    },
  };
}

export function repoContextOf(payload: RepositoryPayload): RepoContext {
  const { repository } = payload;
  return {
    owner: repository.owner.login,
    repo: repository.name,
    defaultBranch: repository.default_branch,
    ownerIsOrg: repository.owner.type === "Organization",
  };
}

export type GuardedHandler = (deps: EventDeps, scope: EventScope) => Promise<void>;

/**
 * Runs a handler so that no failure leaves the required check missing or in
 * progress: any error that survives Octokit's retries becomes a failing
 * "could not evaluate: <reason>, re-run" check on the commit the handler was
 * judging (best effort; when even that fails, it is logged). Never throws:
 * the failure has been reported where people look, and a thrown error would
 * only make Probot answer GitHub's delivery with a 500.
 */
export async function runGuarded(
  context: Context,
  state: AppState,
  payload: RepositoryPayload,
  handler: GuardedHandler,
): Promise<void> {
  const repo = repoContextOf(payload);
  const deps: EventDeps = {
    gh: new GitHubClient(
      context.octokit,
      { owner: repo.owner, repo: repo.repo },
      undefined,
      state.conditional,
      state,
    ),
    state,
    log: context.log,
    repo,
  };
  const scope: EventScope = {};
  const event = `${context.name}${"action" in context.payload ? `.${String(context.payload.action)}` : ""}`;
  try {
    await handler(deps, scope);
    noteVerdict(scope.judged?.verdict?.status);
  } catch (error) {
    const reason = failureReason(error);
    noteFailure();
    deps.log.error({ err: error, event, checkSha: scope.checkSha }, `${event} failed: ${reason}`);
    await postEvaluationError(deps, scope, reason, event);
  }
}
