import type { Context } from "probot";
import { publishVerdict, type VerdictOutcome } from "../publish-verdict.js";
import { type RawPull, toPullInfo } from "../pull.js";
import type { AppState, EventDeps, EventScope } from "../state.js";
import { runGuarded } from "./guard.js";

type PullRequestContext = Context<"pull_request"> | Context<"pull_request_review">;

/** A `pull_request` or `pull_request_review` payload, as a webhook or a workflow receives it. */
export type PullRequestPayload = PullRequestContext["payload"];

/**
 * `pull_request` (opened, edited, synchronize, reopened, ready_for_review,
 * labeled, unlabeled) and `pull_request_review` (submitted, dismissed):
 * the payload carries the PR, so no request is needed to read it.
 */
export async function onPullRequest(context: PullRequestContext, state: AppState): Promise<void> {
  const payload = context.payload;
  const key = `${payload.repository.full_name}#${payload.pull_request.number}`.toLowerCase();
  await state.queue.run(key, () =>
    runGuarded(context as Context, state, payload, async (deps, scope) => {
      const outcome = await judgePullRequest(deps, scope, payload);
      if (outcome.status === "ignored") deps.log.debug(`nothing to do: ${outcome.why}`);
    }),
  );
}

/**
 * Judges the PR a `pull_request` or `pull_request_review` payload carries
 * and publishes the verdict on its head commit, labels included: the
 * handler the App and the Action share.
 */
export function judgePullRequest(
  deps: EventDeps,
  scope: EventScope,
  payload: PullRequestPayload,
): Promise<VerdictOutcome> {
  const pull = toPullInfo(payload.pull_request as RawPull);
  return publishVerdict(deps, scope, {
    pull,
    checkSha: pull.headSha,
    manageLabels: true,
    // The head commit is new to the PR: the check run lookup is skipped (see
    // `existingRun`). The Action, a process per event, has no memory to
    // consult either, so it skips the lookup and the app id it would need.
    newCommit: payload.action === "opened" || payload.action === "synchronize",
    ...("before" in payload && payload.action === "synchronize"
      ? { previousSha: payload.before }
      : {}),
    ...labelEventOf(payload),
  });
}

function labelEventOf(payload: PullRequestPayload) {
  if (payload.action !== "labeled" && payload.action !== "unlabeled") return {};
  const label = "label" in payload ? payload.label?.name : undefined;
  if (label === undefined) return {};
  return {
    labelEvent: { action: payload.action, label, senderType: payload.sender.type },
  };
}
