import type { Context } from "probot";
import { publishVerdict } from "../publish-verdict.js";
import { type RawPull, toPullInfo } from "../pull.js";
import type { AppState } from "../state.js";
import { runGuarded } from "./guard.js";

type PullRequestContext = Context<"pull_request"> | Context<"pull_request_review">;

/**
 * `pull_request` (opened, edited, synchronize, reopened, ready_for_review,
 * labeled, unlabeled) and `pull_request_review` (submitted, dismissed):
 * the payload carries the PR, so no request is needed to read it.
 */
export async function onPullRequest(context: PullRequestContext, state: AppState): Promise<void> {
  const payload = context.payload;
  const pull = toPullInfo(payload.pull_request as RawPull);
  const key = `${payload.repository.full_name}#${pull.number}`.toLowerCase();
  await state.queue.run(key, () =>
    runGuarded(context as Context, state, payload, async (deps, scope) => {
      const outcome = await publishVerdict(deps, scope, {
        pull,
        checkSha: pull.headSha,
        manageLabels: true,
        ...("before" in payload && payload.action === "synchronize"
          ? { previousSha: payload.before }
          : {}),
        ...labelEventOf(payload),
      });
      if (outcome.status === "ignored") deps.log.debug(`nothing to do: ${outcome.why}`);
    }),
  );
}

function labelEventOf(payload: PullRequestContext["payload"]) {
  if (payload.action !== "labeled" && payload.action !== "unlabeled") return {};
  const label = "label" in payload ? payload.label?.name : undefined;
  if (label === undefined) return {};
  return {
    labelEvent: { action: payload.action, label, senderType: payload.sender.type },
  };
}
