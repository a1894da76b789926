import type { Context } from "probot";

/**
 * A `pull_request` or `pull_request_review` payload, as a webhook or a
 * workflow receives it. The shape is GitHub's (Probot carries the webhook
 * types), so it lives with the rest of what GitHub sends and answers.
 */
export type PullRequestPayload = (
  | Context<"pull_request">
  | Context<"pull_request_review">
)["payload"];
