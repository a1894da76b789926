import { z } from "zod";
import { OPERATOR_REASON_CHARS } from "../limits.js";
import { codeSpan } from "../render/escape.js";
import { contentId, findCommand, hiddenRecordMarker, readHiddenRecord } from "../slash-commands.js";

/**
 * The operator commands of the go-live handoff, given on an incident or a
 * blocked item, with the exact syntax quoted in help and every error.
 */
export const OPERATOR_SYNTAX = {
  inspect: "/pilot-gate inspect",
  escalate: "/pilot-gate escalate <reason>",
  assign: "/pilot-gate assign @user <reason>",
  reassign: "/pilot-gate reassign @user <reason>",
  owner: "/pilot-gate owner",
  unblock: "/pilot-gate unblock <reason>",
  close: "/pilot-gate close <reason>",
} as const;

export type OperatorVerb = keyof typeof OPERATOR_SYNTAX;

/** What each command does, in the help reply. */
const OPERATOR_HELP: Record<OperatorVerb, string> = {
  inspect: "state, SLA clocks, escalation level, assignees and linked PRs",
  escalate: "escalate to the next level of `incidents.escalation`, mentioning it",
  assign: "add an assignee",
  reassign: "replace every assignee with this one",
  owner: "who owns this item now, and who is called at its escalation level",
  unblock: "take the blocked, needs-info and blocked-escalation labels off",
  close: "close the item (override-close), recording why in its description",
};

/**
 * Commands other parsers own (core/overrides.ts, core/incidents/freeze-command.ts,
 * core/gates/pilot/review-command.ts): not unknown.
 */
const OTHER_VERBS = new Set(["override", "freeze", "unfreeze", "accept", "reject"]);

/** A parsed operator command; `help` also answers an unknown verb (`unknown`). */
export type OperatorCommand =
  | { kind: "inspect" | "owner" }
  | { kind: "escalate" | "unblock" | "close"; reason: string }
  | { kind: "assign" | "reassign"; assignee: string; reason: string }
  | { kind: "help"; unknown?: string };

/** `/pilot-gate`, then a verb and its arguments; the lookahead keeps `/pilot-gatex` out. */
const COMMAND = /^\s*\/pilot-gate(?=\s|$)\s*(\S*)(?:\s+(.*))?$/i;

/** A GitHub login, `@` optional: no team (`org/team`) can be an assignee. */
const LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;

/** A command's reason cut to OPERATOR_REASON_CHARS code points, so an emoji is never split in half. */
export function capReason(reason: string): string {
  const chars = Array.from(reason);
  return chars.length <= OPERATOR_REASON_CHARS
    ? reason
    : chars.slice(0, OPERATOR_REASON_CHARS).join("").trimEnd();
}

function isVerb(verb: string): verb is OperatorVerb {
  return Object.hasOwn(OPERATOR_SYNTAX, verb);
}

/**
 * Finds an operator command in a comment body (on a line of its own,
 * outside code, HTML comments and quotes; see `findCommand`). Undefined when
 * there is none, or when the line is an override, freeze or unfreeze, which
 * their own parsers read. A bare `/pilot-gate`, `/pilot-gate help` or an
 * unknown verb is a `help` command, so a typo is answered rather than
 * ignored. An error says what is missing, with the syntax to copy: every
 * command that changes the item needs a reason, kept in its receipt.
 */
export function parseOperatorCommand(
  body: string,
): OperatorCommand | { error: string } | undefined {
  const match = findCommand(body, COMMAND);
  if (!match) return undefined;
  const verb = (match[1] ?? "").toLowerCase();
  const rest = (match[2] ?? "").trim();
  if (OTHER_VERBS.has(verb)) return undefined;
  if (verb === "" || verb === "help") return { kind: "help" };
  if (!isVerb(verb)) return { kind: "help", unknown: match[1] as string };
  const syntax = `\`${OPERATOR_SYNTAX[verb]}\``;
  switch (verb) {
    case "inspect":
    case "owner":
      return { kind: verb };
    case "escalate":
    case "unblock":
    case "close":
      if (rest === "") {
        return {
          error: `\`/pilot-gate ${verb}\` needs a reason, kept in its receipt. Write it on its own line as ${syntax}.`,
        };
      }
      return { kind: verb, reason: capReason(rest) };
    case "assign":
    case "reassign": {
      const [who = "", ...words] = rest.split(/\s+/);
      const login = LOGIN.exec(who)?.[1];
      if (!login) {
        return {
          error: `\`/pilot-gate ${verb}\` needs a GitHub user first (${who === "" ? "none was given" : `${codeSpan(who)} is not a login`}). Write it on its own line as ${syntax}.`,
        };
      }
      const reason = words.join(" ").trim();
      if (reason === "") {
        return {
          error: `\`/pilot-gate ${verb}\` needs a reason after the user, kept in its receipt. Write it on its own line as ${syntax}.`,
        };
      }
      return { kind: verb, assignee: login, reason: capReason(reason) };
    }
  }
}

/** The help reply's list: every operator command, its syntax and what it does. */
export function operatorHelp(): string {
  return (Object.keys(OPERATOR_SYNTAX) as OperatorVerb[])
    .map((verb) => `- \`${OPERATOR_SYNTAX[verb]}\`: ${OPERATOR_HELP[verb]}`)
    .join("\n");
}

/**
 * What a command's reply records in a hidden marker: who asked what, when,
 * on which item, and the outcome. The receipt id derives from the request
 * alone, so a redelivered comment finds its reply and changes nothing.
 */
export const operatorRecordSchema = z.object({
  receipt: z.string(),
  command: z.string(),
  outcome: z.enum(["done", "refused"]),
  actor: z.string(),
  at: z.string(),
  issue: z.number().int(),
  reason: z.string().optional(),
  assignee: z.string().optional(),
});
export type OperatorRecord = z.infer<typeof operatorRecordSchema>;

/** The request fields a receipt is derived from. */
export type OperatorRequest = Omit<OperatorRecord, "receipt" | "outcome">;

/** The receipt of a request, from its content: a redelivered comment gets the same one. */
export function operatorReceiptId(request: OperatorRequest): string {
  return contentId({ kind: "operator", ...request });
}

/** The hidden marker that carries a record in the reply. */
export function operatorRecordMarker(record: OperatorRecord): string {
  return hiddenRecordMarker("operator", record);
}

/** The operator record in a comment body, or undefined when it has none (or a damaged one). */
export function readOperatorRecord(body: string): OperatorRecord | undefined {
  return readHiddenRecord("operator", body, operatorRecordSchema);
}
