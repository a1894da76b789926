/**
 * A reviewer's decision on a pilot review issue (`pilot-gate pilot review`),
 * given in the App: a `/pilot-gate accept|reject <reason>` comment, or the
 * issue closed with a decision label. The App checks who decided and
 * answers with a receipt in a hidden record; the roster is changed only
 * from those receipts, later, by `pilot review resolve --from-issues`.
 */

import {
  type Assignee,
  readPilotIssueMarker,
  readReviewer,
} from "../../core/gates/pilot/issues.js";
import {
  classAfter,
  REVIEW_SYNTAX,
  type ReviewDecision,
  type ReviewRecord,
  readReviewRecord,
  receiptLines,
  resolutionLabels,
  resolversText,
  reviewClassOf,
  reviewReceiptId,
  reviewRecordMarker,
} from "../../core/gates/pilot/review-command.js";
import { COMMENT_BODY_CHARS, fitCharsBefore } from "../../core/github-limits.js";
import type { Config } from "../../core/index.js";
import { labelOn } from "../../core/labels.js";
import { codeSpan, inertText, mention } from "../../core/render/escape.js";
import { describeWrite, type WriteAction } from "../../core/write-plan.js";
import type { IssueDetail } from "../../github/client.js";
import { type Applied, appliedOf } from "../applied.js";
import type { EventDeps } from "../event.js";
import { executePlan } from "../execute.js";
import { expandRoles } from "../roles.js";

/** One decision as the App received it. */
export interface ReviewRequest {
  issue: number;
  login: string;
  /** When it was given (ISO 8601): the comment's time, or the close's. */
  at: string;
  decision: ReviewDecision;
  reason: string;
  via: "comment" | "close";
  /** What makes the event unique: the comment's id, or the close's time; the receipt id derives from it. */
  event: string;
}

/** What became of a decision, for the log and the tests. */
export type ReviewOutcome =
  | { status: "not-a-review-issue" | "already-recorded"; receipt?: string }
  | { status: "done" | "refused" | "already-decided"; receipt: string; applied: Applied };

/** Whether `login` may decide: who the issue names, `pilot.review.role`, or an admin. */
interface MayResolve {
  allowed: boolean;
  /** Why a read failed, when one did: the refusal says so rather than guessing. */
  unread?: string;
}

async function mayResolve(
  deps: EventDeps,
  config: Config,
  login: string,
  reviewer: Assignee | undefined,
): Promise<MayResolve> {
  const wanted = login.toLowerCase();
  if (reviewer?.kind === "user" && reviewer.login.toLowerCase() === wanted) {
    return { allowed: true };
  }
  const unread: string[] = [];
  if (reviewer?.kind === "team") {
    const [org = "", team = ""] = reviewer.slug.split("/");
    try {
      const members = await deps.gh.listTeamMembers(org, team);
      if (members.some((member) => member.toLowerCase() === wanted)) return { allowed: true };
    } catch (error) {
      // A failed read refuses: the App cannot tell a member from anyone else.
      unread.push(
        `the members of ${codeSpan(reviewer.slug)} could not be read (${inertText(error instanceof Error ? error.message : String(error), 200)})`,
      );
    }
  }
  const role = config.pilot.review.role;
  if (role) {
    try {
      const members = await expandRoles(deps, config, [role]);
      if ((members[role] ?? []).some((member) => member.toLowerCase() === wanted)) {
        return { allowed: true };
      }
    } catch (error) {
      unread.push(
        `the ${codeSpan(role)} role's teams could not be read (${inertText(error instanceof Error ? error.message : String(error), 200)})`,
      );
    }
  }
  if ((await deps.gh.getPermission(login)) === "admin") return { allowed: true };
  return { allowed: false, ...(unread.length > 0 ? { unread: unread.join("; ") } : {}) };
}

/**
 * Settles a review issue: it must carry the review label and the marker
 * `pilot review` writes; a receipt with this request's id already posted
 * (a redelivery) writes nothing; a decision already recorded on it is
 * refused (one decision per issue, the roster takes one). The person must
 * be the reviewer the issue names (a member of the team it names), hold
 * `pilot.review.role`, or be a repository admin. Accepted: a receipt
 * comment, then the decision label and the close (a comment). Refused: a
 * reply with the refusal recorded, and an issue closed with a decision
 * label by someone else is reopened and loses the label, so the review
 * stays visibly pending rather than looking decided while the roster is
 * not. Every write goes through the executor.
 */
export async function resolveReviewIssue(
  deps: EventDeps,
  config: Config,
  request: ReviewRequest,
  dryRun: boolean,
): Promise<ReviewOutcome> {
  const reviewLabel = config.pilot.review.label;
  const labels = resolutionLabels(reviewLabel);
  const item = await deps.gh.getIssue(request.issue);
  const marker = readPilotIssueMarker("pilot-review", item.body);
  const who = mention(request.login);
  const run = async (...writes: WriteAction[]) =>
    executePlan(
      deps,
      writes.map((action) => ({ ...action, failure: "fails-event", what: describeWrite(action) })),
      { dryRun },
    );
  const reply = (body: string): WriteAction => ({
    kind: "create-comment",
    issue: item.number,
    body,
    about: `the review receipt on #${item.number}`,
  });

  if (!marker || !labelOn(item.labels, reviewLabel) || item.isPull) {
    // A close is only handled on review issues; a stray command gets told why nothing happens.
    if (request.via === "comment") {
      await run(
        reply(
          `${who}, \`/pilot-gate ${request.decision}\` decides a pilot review issue: one labelled ${codeSpan(reviewLabel)} that \`pilot-gate pilot review\` opened. #${item.number} is not one, so nothing was recorded.`,
        ),
      );
    }
    return { status: "not-a-review-issue" };
  }

  const receipt = reviewReceiptId({ issue: item.number, via: request.via, event: request.event });
  const records = (await deps.gh.listComments(item.number)).flatMap((comment) => {
    const record = comment.author.type === "Bot" ? readReviewRecord(comment.body) : undefined;
    return record ? [record] : [];
  });
  const answered = records.find((record) => record.receipt === receipt);
  if (answered) {
    deps.log.info(`review decision ${receipt} on #${item.number} is already answered (redelivery)`);
    // What a failure after the receipt left undone (the label, the close), made now; usually nothing.
    await run(...labelAndClose(item, answered, labels[answered.decision]));
    return { status: "already-recorded", receipt };
  }

  const from = reviewClassOf(item.body);
  const record = (outcome: ReviewRecord["outcome"]): ReviewRecord => ({
    receipt,
    outcome,
    pilot: marker.pilot,
    client: marker.client,
    issue: item.number,
    decision: request.decision,
    reason: request.reason,
    actor: request.login,
    at: request.at,
    via: request.via,
    ...(from ? { from } : {}),
    ...(outcome === "done" ? { to: classAfter(request.decision) } : {}),
  });
  const withRecord = (lines: string[], outcome: ReviewRecord["outcome"]) =>
    fitCharsBefore(
      `${lines.join("\n")}\n`,
      `\nReceipt ${codeSpan(receipt)}.\n\n${reviewRecordMarker(record(outcome))}`,
      COMMENT_BODY_CHARS,
    );
  // A close that is refused is undone: reopened, its decision label taken off.
  const undoClose = (): WriteAction[] =>
    request.via === "close"
      ? [
          ...Object.values(labels).flatMap((label): WriteAction[] => {
            const on = labelOn(item.labels, label);
            return on ? [{ kind: "remove-label", issue: item.number, label: on }] : [];
          }),
          ...(item.state === "closed"
            ? [{ kind: "update-issue", issue: item.number, body: item.body, reopen: true } as const]
            : []),
        ]
      : [];
  const refuse = async (lines: string[]): Promise<ReviewOutcome> => {
    const done = await run(reply(withRecord(lines, "refused")), ...undoClose());
    return { status: "refused", receipt, applied: appliedOf(done) };
  };

  const decided = records.find((earlier) => earlier.outcome === "done");
  if (decided) {
    const done = await run(
      reply(
        withRecord(
          [
            `${who}, #${item.number} is already decided: **${decided.decision}** by ${mention(decided.actor)} at ${codeSpan(decided.at)} (receipt ${codeSpan(decided.receipt)}). A review issue takes one decision; to change it, edit the roster in a PR.`,
          ],
          "refused",
        ),
      ),
    );
    return { status: "already-decided", receipt, applied: appliedOf(done) };
  }

  const reviewer = readReviewer(item.body);
  const { allowed, unread } = await mayResolve(deps, config, request.login, reviewer);
  const undone =
    request.via === "close"
      ? " The issue is reopened and its decision label taken off, so the review stays pending."
      : "";
  if (!allowed) {
    return refuse([
      `${who}, you may not decide this review${unread ? `: ${unread}` : ""}. Who may: ${resolversText(reviewer, config.pilot.review.role)}. One of them can comment \`${REVIEW_SYNTAX.accept}\` or \`${REVIEW_SYNTAX.reject}\`, or close the issue with ${codeSpan(labels.accept)} or ${codeSpan(labels.reject)}. Nothing was recorded.${undone}`,
    ]);
  }
  if (request.decision === "accept" && from === "REVISAR_CONTATO") {
    return refuse([
      `${who}, ${codeSpan(marker.client)} is REVISAR_CONTATO: accepting it needs its missing contact, which a comment cannot carry. Accept it from the CLI with \`pilot-gate pilot review resolve --client <id> --decision accept --business-contact "<name and email>" --by <login> --reason "<why>"\`, or reject it here. Nothing was recorded.${undone}`,
    ]);
  }

  const lines = [
    `${who}, your decision on ${codeSpan(marker.client)} is recorded; \`pilot-gate pilot review resolve --from-issues\` applies it to the roster.`,
    "",
    ...receiptLines(record("done")),
  ];
  // The receipt first: the close starts the roster workflow, which must find it.
  const done = await run(
    reply(withRecord(lines, "done")),
    ...labelAndClose(item, record("done"), labels[request.decision]),
  );
  return { status: "done", receipt, applied: appliedOf(done) };
}

/**
 * After a decision given in a comment: its label on the issue and the issue
 * closed, each only when missing. A close by the reviewer needs neither.
 */
function labelAndClose(item: IssueDetail, record: ReviewRecord, label: string): WriteAction[] {
  if (record.via !== "comment" || record.outcome !== "done") return [];
  const writes: WriteAction[] = [
    ...(labelOn(item.labels, label)
      ? []
      : [{ kind: "add-labels" as const, issue: item.number, labels: [label] }]),
    ...(item.state === "open"
      ? [{ kind: "update-issue", issue: item.number, body: item.body, close: true } as const]
      : []),
  ];
  return writes;
}
