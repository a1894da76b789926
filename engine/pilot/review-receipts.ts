import { readPilotIssueMarker } from "../../core/gates/pilot/issues.js";
import { type ReviewRecord, readReviewRecord } from "../../core/gates/pilot/review-command.js";
import type { EventDeps } from "../event.js";

/** A review issue of the pilot and the decision receipt found on it, if any. */
export interface ReviewIssueReceipt {
  issue: number;
  client: string;
  state: "open" | "closed";
  /** The App's receipt of the decision; undefined while the issue is undecided. */
  record: ReviewRecord | undefined;
  /** Receipts written by a person or another App, ignored: anyone can type a hidden comment. */
  ignored: number;
}

/**
 * The decision receipts on a pilot's review issues (every issue with
 * `label`, open or closed, whose marker names `pilot`), oldest issue first.
 * Only a receipt in a comment the App wrote counts: with `appId`, a comment
 * its installation posted; without (the App's id unknown), any bot's. And
 * only one that names this issue, pilot and client and
 * records a decision made (`done`); when several do, the first posted is
 * the decision, as the App refuses any after it.
 */
export async function readReviewReceipts(
  deps: Pick<EventDeps, "gh">,
  request: { label: string; pilot: string; appId?: number | undefined },
): Promise<ReviewIssueReceipt[]> {
  const issues = (await deps.gh.listAllIssues(request.label))
    .flatMap((issue) => {
      const marker = readPilotIssueMarker("pilot-review", issue.body);
      return marker?.pilot === request.pilot ? [{ issue, client: marker.client }] : [];
    })
    .sort((a, b) => a.issue.number - b.issue.number);
  const found: ReviewIssueReceipt[] = [];
  for (const { issue, client } of issues) {
    let ignored = 0;
    let record: ReviewRecord | undefined;
    for (const comment of await deps.gh.listComments(issue.number)) {
      const read = readReviewRecord(comment.body);
      if (!read) continue;
      const byApp =
        request.appId === undefined
          ? comment.author.type === "Bot"
          : comment.author.type === "Bot" && comment.appId === request.appId;
      if (!byApp) {
        ignored++;
        continue;
      }
      const matches =
        read.outcome === "done" &&
        read.issue === issue.number &&
        read.pilot === request.pilot &&
        read.client === client;
      if (matches && record === undefined) record = read;
    }
    found.push({ issue: issue.number, client, state: issue.state, record, ignored });
  }
  return found;
}
