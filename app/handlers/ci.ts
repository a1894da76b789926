import type { Context } from "probot";
import type { AppState } from "../../engine/state.js";
import { type CiEvent, judgeCiEvent } from "../../engine/verdict/ci-event.js";
import { runGuarded } from "./guard.js";

/** CI finishing on a commit: each may complete a check that `check.require` names. */
export const CI_EVENTS = ["check_run.completed", "check_suite.completed", "status"] as const;

type CiContext =
  | Context<"check_run.completed">
  | Context<"check_suite.completed">
  | Context<"status">;

/**
 * `check_run.completed`, `check_suite.completed` and `status`: the PRs
 * whose head the commit is are judged again, so `required-check` stops
 * "waiting for" CI as soon as the last required check completes. What it
 * costs, and when it costs nothing, is `judgeCiEvent`'s.
 */
export async function onCiEvent(context: CiContext, state: AppState): Promise<void> {
  const event = ciEventOf(context);
  const { repository } = context.payload;
  await runGuarded(context as Context, state, { repository }, async (deps, scope) => {
    const outcome = await judgeCiEvent(deps, scope, event);
    if ("ignored" in outcome) deps.log.debug(`${context.name}: not judged: ${outcome.ignored}`);
  });
}

/** The event as `judgeCiEvent` reads it; PRs of other repositories (forks' bases) are not ours to judge. */
function ciEventOf(context: CiContext): CiEvent {
  const { payload } = context;
  const ours = (pulls: { number: number; base: { repo: { id: number } } }[]) =>
    pulls.filter((pr) => pr.base.repo.id === payload.repository.id).map((pr) => pr.number);
  if ("check_run" in payload) {
    const run = payload.check_run;
    return {
      sha: run.head_sha,
      finished: {
        kind: "check-run",
        name: run.name,
        appId: run.app?.id,
        conclusion: run.conclusion,
      },
      pulls: ours(run.pull_requests),
      branches: run.check_suite?.head_branch ? [run.check_suite.head_branch] : [],
    };
  }
  if ("check_suite" in payload) {
    const suite = payload.check_suite;
    return {
      sha: suite.head_sha,
      finished: { kind: "check-suite", appId: suite.app?.id ?? undefined },
      pulls: ours(suite.pull_requests),
      branches: suite.head_branch ? [suite.head_branch] : [],
    };
  }
  return {
    sha: payload.sha,
    finished: { kind: "status", context: payload.context, state: payload.state },
    // A status names the commit and its branches, never a PR.
    pulls: undefined,
    branches: payload.branches.map((branch) => branch.name),
  };
}
