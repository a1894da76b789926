import type { Context } from "probot";
import { pilotIssueMarker } from "../../core/gates/pilot/issues.js";
import {
  decisionOfLabels,
  type ReviewCommand,
  resolutionLabels,
} from "../../core/gates/pilot/review-command.js";
import { codeSpan, inertText, mention } from "../../core/render/escape.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import { type EventDeps, issueKey } from "../../engine/event.js";
import { isDryRun } from "../../engine/options.js";
import { type ReviewRequest, resolveReviewIssue } from "../../engine/pilot/review-resolution.js";
import type { AppState } from "../../engine/state.js";
import { repoContextOf, runGuarded } from "./guard.js";
import { replyOn } from "./reply.js";

/** What every review issue's marker starts with, whatever its pilot and client. */
const REVIEW_MARKER_START = pilotIssueMarker("pilot-review", "", "").split(" pilot=")[0] as string;

async function decide(
  deps: EventDeps,
  issue: number,
  request: (label: string) => ReviewRequest | { error: string } | undefined,
  login: string,
  revalidate: boolean,
): Promise<void> {
  const loaded = await loadRepoConfig(deps, { revalidate });
  const dryRun = isDryRun(deps.state.options, loaded.ok ? loaded.config : undefined);
  if (!loaded.ok) {
    await replyOn(
      deps,
      issue,
      `${mention(login)}, review decisions cannot be recorded while ${codeSpan(loaded.error.file)} on the default branch is invalid: ${inertText(loaded.error.message.split("\n")[0] ?? "")} Fix the config, then decide again. Nothing was recorded.`,
      dryRun,
    );
    return;
  }
  const asked = request(loaded.config.pilot.review.label);
  if (asked === undefined) return;
  if ("error" in asked) {
    await replyOn(
      deps,
      issue,
      `${mention(login)}, pilot-gate could not read that decision: ${asked.error} Nothing was recorded.`,
      dryRun,
    );
    return;
  }
  const outcome = await resolveReviewIssue(deps, loaded.config, asked, dryRun);
  deps.log.info({ outcome }, `review decision on #${issue}: ${outcome.status}`);
}

/**
 * `/pilot-gate accept <reason>` or `/pilot-gate reject <reason>` on a pilot
 * review issue (see `resolveReviewIssue`), one at a time per issue, under
 * the default branch's config. The receipt derives from the comment's id,
 * so a redelivery finds it and writes nothing.
 */
export async function onReviewComment(
  context: Context<"issue_comment.created">,
  state: AppState,
  command: ReviewCommand | { error: string },
): Promise<void> {
  const { payload } = context;
  const { issue, comment } = payload;
  const login = comment.user?.login ?? payload.sender.login;
  await state.queue.run(issueKey(repoContextOf(payload), issue.number), () =>
    runGuarded(context as Context, state, payload, (deps) =>
      decide(
        deps,
        issue.number,
        () =>
          "error" in command
            ? command
            : {
                issue: issue.number,
                login,
                at: comment.created_at,
                decision: command.decision,
                reason: command.reason,
                via: "comment",
                event: String(comment.id),
              },
        login,
        // A command is judged under the config as it is now, as operator commands are.
        true,
      ),
    ),
  );
}

/**
 * A pilot review issue closed with `<label>:accepted` or `<label>:rejected`
 * counts as that decision when the closer may decide (the App writes the
 * receipt); closed by anyone else it is reopened and the label taken off
 * (see `resolveReviewIssue`). Closed with neither label, nothing is
 * recorded and the candidate stays under review. The App's own close, after
 * its receipt, is skipped: no bot decides.
 */
export async function onReviewClosed(
  context: Context<"issues.closed">,
  state: AppState,
): Promise<void> {
  const { payload } = context;
  const { issue, sender } = payload;
  if (sender.type === "Bot" || !(issue.body ?? "").includes(REVIEW_MARKER_START)) return;
  const labels = (issue.labels ?? []).map((label) => label.name);
  await state.queue.run(issueKey(repoContextOf(payload), issue.number), () =>
    runGuarded(context as Context, state, payload, (deps) =>
      decide(
        deps,
        issue.number,
        (reviewLabel) => {
          const decision = decisionOfLabels(labels, reviewLabel);
          if (decision === undefined || typeof decision === "object") return decision;
          const at = issue.closed_at ?? issue.updated_at;
          return {
            issue: issue.number,
            login: sender.login,
            at,
            decision,
            reason: `closed with the ${resolutionLabels(reviewLabel)[decision]} label`,
            via: "close",
            event: `${at} ${sender.login}`,
          };
        },
        sender.login,
        // The incident handler has just read the config for this very event.
        false,
      ),
    ),
  );
}
