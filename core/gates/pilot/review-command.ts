import { z } from "zod";
import { capReason } from "../../incidents/operator-command.js";
import { codeCell, codeSpan, handle, tableCell } from "../../render/escape.js";
import {
  contentId,
  findCommand,
  hiddenRecordMarker,
  readHiddenRecord,
} from "../../slash-commands.js";
import type { Assignee } from "./issues.js";
import { ROSTER_CLASSES, type RosterClass } from "./roster.js";

/** How a reviewer settles a review issue, quoted in help, refusals and the issue body. */
export const REVIEW_SYNTAX = {
  accept: "/pilot-gate accept <reason>",
  reject: "/pilot-gate reject <reason>",
} as const;

export type ReviewDecision = keyof typeof REVIEW_SYNTAX;

/** A parsed review command: the decision and the reviewer's reason (cut to 500 code points). */
export interface ReviewCommand {
  decision: ReviewDecision;
  reason: string;
}

/** The lookahead keeps `/pilot-gatex` out; only the two review verbs match. */
const COMMAND = /^\s*\/pilot-gate\s+(accept|reject)(?=\s|$)(?:\s+(.*))?$/i;

/**
 * Finds `/pilot-gate accept <reason>` or `/pilot-gate reject <reason>` on a
 * line of its own (outside code, HTML comments and quotes; see
 * `findCommand`). Undefined when there is none; an error, with the syntax to
 * copy, when the reason is missing: the reason goes into the roster's receipt.
 */
export function parseReviewCommand(body: string): ReviewCommand | { error: string } | undefined {
  const match = findCommand(body, COMMAND);
  if (!match) return undefined;
  const decision = (match[1] ?? "").toLowerCase() as ReviewDecision;
  const reason = (match[2] ?? "").trim();
  if (reason === "") {
    return {
      error: `\`/pilot-gate ${decision}\` needs a reason, kept in the roster's receipt. Write it on its own line as \`${REVIEW_SYNTAX[decision]}\`.`,
    };
  }
  return { decision, reason: capReason(reason) };
}

/** The labels that record a decision on a review issue: `<label>:accepted`, `<label>:rejected`. */
export function resolutionLabels(reviewLabel: string): Record<ReviewDecision, string> {
  return { accept: `${reviewLabel}:accepted`, reject: `${reviewLabel}:rejected` };
}

/**
 * The decision the labels of a closed review issue say, or an error when
 * they say both; undefined when they carry neither (closed undecided).
 */
export function decisionOfLabels(
  labels: readonly string[],
  reviewLabel: string,
): ReviewDecision | { error: string } | undefined {
  const wanted = resolutionLabels(reviewLabel);
  const lower = new Set(labels.map((name) => name.toLowerCase()));
  const found = (Object.keys(wanted) as ReviewDecision[]).filter((decision) =>
    lower.has(wanted[decision].toLowerCase()),
  );
  if (found.length > 1) {
    return {
      error: `it carries both ${codeSpan(wanted.accept)} and ${codeSpan(wanted.reject)}; keep the one that is the decision`,
    };
  }
  return found[0];
}

const CLASS_FIELD = /^### Class\s*\n\s*\n`?(REVISAR_CONTATO|REVISAR_PERFIL)`?\s*$/m;

/** The class the review issue's `Class` field shows (REVISAR_*), or undefined. */
export function reviewClassOf(body: string): RosterClass | undefined {
  const found = CLASS_FIELD.exec(body)?.[1];
  return (ROSTER_CLASSES as readonly string[]).includes(found ?? "")
    ? (found as RosterClass)
    : undefined;
}

/** The class a decision moves a candidate to, as `applyResolution` does. */
export function classAfter(decision: ReviewDecision): RosterClass {
  return decision === "accept" ? "SUGERIDO" : "DESCARTADO";
}

/**
 * What the App's receipt on a review issue records, hidden in its comment:
 * the roster update (`pilot review resolve --from-issues`) reads it back,
 * from comments the App (a bot) wrote only.
 */
export const reviewRecordSchema = z.object({
  receipt: z.string(),
  outcome: z.enum(["done", "refused"]),
  pilot: z.string(),
  client: z.string(),
  issue: z.number().int().positive(),
  decision: z.enum(["accept", "reject"]),
  reason: z.string(),
  actor: z.string(),
  at: z.string(),
  /** `comment`: a `/pilot-gate accept|reject` comment; `close`: the issue closed with a decision label. */
  via: z.enum(["comment", "close"]),
  from: z.enum(ROSTER_CLASSES).optional(),
  to: z.enum(ROSTER_CLASSES).optional(),
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

/**
 * The receipt id of a resolution, from the event it came in alone (the
 * comment's id, or the close's time and actor): a redelivered event gets
 * the same id and finds its receipt already posted.
 */
export function reviewReceiptId(source: {
  issue: number;
  via: "comment" | "close";
  event: string;
}): string {
  return contentId({ kind: "pilot-review", ...source });
}

export function reviewRecordMarker(record: ReviewRecord): string {
  return hiddenRecordMarker("pilot-review-receipt", record);
}

/** The review record in a comment body, or undefined when it has none (or a damaged one). */
export function readReviewRecord(body: string): ReviewRecord | undefined {
  return readHiddenRecord("pilot-review-receipt", body, reviewRecordSchema);
}

/** Who may resolve a review issue, in words, for refusals and the issue body. */
export function resolversText(reviewer: Assignee | undefined, role: string | undefined): string {
  const named =
    reviewer === undefined
      ? []
      : [
          reviewer.kind === "user"
            ? `the reviewer the issue names (${handle(reviewer.login)})`
            : `members of the team the issue names (${codeSpan(reviewer.slug)})`,
        ];
  return [
    ...named,
    ...(role ? [`holders of the ${codeSpan(role)} role (\`pilot.review.role\`)`] : []),
    "repository admins",
  ].join(", ");
}

/** Room for a whole reason (500 code points) once escaped. */
const REVIEW_CELL_CHARS = 1_200;

/** The receipt line of a decision: who, when, the decision, the reason, the class before and after. */
export function receiptLines(record: ReviewRecord): string[] {
  return [
    `| | |`,
    `|---|---|`,
    `| Client | ${codeCell(record.client)} (pilot ${codeCell(record.pilot)}) |`,
    `| Decision | **${record.decision}** |`,
    `| By | ${handle(record.actor)} |`,
    `| At | ${codeCell(record.at)} |`,
    `| Class | ${record.from ? codeSpan(record.from) : "unknown"} -> ${record.to ? codeSpan(record.to) : "unknown"} |`,
    `| Reason | ${tableCell(record.reason, REVIEW_CELL_CHARS)} |`,
  ];
}
