import type { PullRequestReview } from "./types.js";

/**
 * Each reviewer's latest review that states a position, keyed by lowercase
 * login. Comments leave an earlier approval standing (GitHub does the same);
 * a later request for changes or a dismissal cancels it. Pending reviews are
 * unsubmitted drafts.
 */
export function latestReviews(
  reviews: readonly PullRequestReview[],
): Map<string, PullRequestReview> {
  const latest = new Map<string, PullRequestReview>();
  for (const review of reviews) {
    if (review.state === "commented" || review.state === "pending") continue;
    latest.set(review.login.toLowerCase(), review);
  }
  return latest;
}

/** Fresh means made on the head commit; with no known head commit nothing can be shown fresh. */
export function isFresh(review: PullRequestReview, headSha: string | undefined): boolean {
  return headSha !== undefined && review.commitId !== undefined && review.commitId === headSha;
}
