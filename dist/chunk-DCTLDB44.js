import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  ROSTER_CLASSES
} from "./chunk-NFE4XZOK.js";
import {
  contentId,
  findCommand,
  hiddenRecordMarker,
  readHiddenRecord
} from "./chunk-XRWPT2AM.js";
import {
  codeCell,
  codeSpan,
  external_exports,
  handle,
  tableCell
} from "./chunk-VUTGOOYN.js";
import {
  OPERATOR_REASON_CHARS
} from "./chunk-MSUCSWVI.js";

// core/incidents/operator-command.ts
var OPERATOR_SYNTAX = {
  inspect: "/pilot-gate inspect",
  escalate: "/pilot-gate escalate <reason>",
  assign: "/pilot-gate assign @user <reason>",
  reassign: "/pilot-gate reassign @user <reason>",
  owner: "/pilot-gate owner",
  unblock: "/pilot-gate unblock <reason>",
  close: "/pilot-gate close <reason>"
}, OPERATOR_HELP = {
  inspect: "state, SLA clocks, escalation level, assignees and linked PRs",
  escalate: "escalate to the next level of `incidents.escalation`, mentioning it",
  assign: "add an assignee",
  reassign: "replace every assignee with this one",
  owner: "who owns this item now, and who is called at its escalation level",
  unblock: "take the blocked, needs-info and blocked-escalation labels off",
  close: "close the item (override-close), recording why in its description"
}, OTHER_VERBS = /* @__PURE__ */ new Set(["override", "freeze", "unfreeze", "accept", "reject"]), COMMAND = /^\s*\/pilot-gate(?=\s|$)\s*(\S*)(?:\s+(.*))?$/i, LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
function capReason(reason) {
  let chars = Array.from(reason);
  return chars.length <= OPERATOR_REASON_CHARS ? reason : chars.slice(0, OPERATOR_REASON_CHARS).join("").trimEnd();
}
function isVerb(verb) {
  return Object.hasOwn(OPERATOR_SYNTAX, verb);
}
function parseOperatorCommand(body) {
  let match = findCommand(body, COMMAND);
  if (!match) return;
  let verb = (match[1] ?? "").toLowerCase(), rest = (match[2] ?? "").trim();
  if (OTHER_VERBS.has(verb)) return;
  if (verb === "" || verb === "help") return { kind: "help" };
  if (!isVerb(verb)) return { kind: "help", unknown: match[1] };
  let syntax = `\`${OPERATOR_SYNTAX[verb]}\``;
  switch (verb) {
    case "inspect":
    case "owner":
      return { kind: verb };
    case "escalate":
    case "unblock":
    case "close":
      return rest === "" ? {
        error: `\`/pilot-gate ${verb}\` needs a reason, kept in its receipt. Write it on its own line as ${syntax}.`
      } : { kind: verb, reason: capReason(rest) };
    case "assign":
    case "reassign": {
      let [who = "", ...words] = rest.split(/\s+/), login = LOGIN.exec(who)?.[1];
      if (!login)
        return {
          error: `\`/pilot-gate ${verb}\` needs a GitHub user first (${who === "" ? "none was given" : `${codeSpan(who)} is not a login`}). Write it on its own line as ${syntax}.`
        };
      let reason = words.join(" ").trim();
      return reason === "" ? {
        error: `\`/pilot-gate ${verb}\` needs a reason after the user, kept in its receipt. Write it on its own line as ${syntax}.`
      } : { kind: verb, assignee: login, reason: capReason(reason) };
    }
  }
}
function operatorHelp() {
  return Object.keys(OPERATOR_SYNTAX).map((verb) => `- \`${OPERATOR_SYNTAX[verb]}\`: ${OPERATOR_HELP[verb]}`).join(`
`);
}
var operatorRecordSchema = external_exports.object({
  receipt: external_exports.string(),
  command: external_exports.string(),
  outcome: external_exports.enum(["done", "refused"]),
  actor: external_exports.string(),
  at: external_exports.string(),
  issue: external_exports.number().int(),
  reason: external_exports.string().optional(),
  assignee: external_exports.string().optional()
});
function operatorReceiptId(request) {
  return contentId({ kind: "operator", ...request });
}
function operatorRecordMarker(record) {
  return hiddenRecordMarker("operator", record);
}
function readOperatorRecord(body) {
  return readHiddenRecord("operator", body, operatorRecordSchema);
}

// core/gates/pilot/review-command.ts
var REVIEW_SYNTAX = {
  accept: "/pilot-gate accept <reason>",
  reject: "/pilot-gate reject <reason>"
}, COMMAND2 = /^\s*\/pilot-gate\s+(accept|reject)(?=\s|$)(?:\s+(.*))?$/i;
function parseReviewCommand(body) {
  let match = findCommand(body, COMMAND2);
  if (!match) return;
  let decision = (match[1] ?? "").toLowerCase(), reason = (match[2] ?? "").trim();
  return reason === "" ? {
    error: `\`/pilot-gate ${decision}\` needs a reason, kept in the roster's receipt. Write it on its own line as \`${REVIEW_SYNTAX[decision]}\`.`
  } : { decision, reason: capReason(reason) };
}
function resolutionLabels(reviewLabel) {
  return { accept: `${reviewLabel}:accepted`, reject: `${reviewLabel}:rejected` };
}
function decisionOfLabels(labels, reviewLabel) {
  let wanted = resolutionLabels(reviewLabel), lower = new Set(labels.map((name) => name.toLowerCase())), found = Object.keys(wanted).filter(
    (decision) => lower.has(wanted[decision].toLowerCase())
  );
  return found.length > 1 ? {
    error: `it carries both ${codeSpan(wanted.accept)} and ${codeSpan(wanted.reject)}; keep the one that is the decision`
  } : found[0];
}
var CLASS_FIELD = /^### Class\s*\n\s*\n`?(REVISAR_CONTATO|REVISAR_PERFIL)`?\s*$/m;
function reviewClassOf(body) {
  let found = CLASS_FIELD.exec(body)?.[1];
  return ROSTER_CLASSES.includes(found ?? "") ? found : void 0;
}
function classAfter(decision) {
  return decision === "accept" ? "SUGERIDO" : "DESCARTADO";
}
var reviewRecordSchema = external_exports.object({
  receipt: external_exports.string(),
  outcome: external_exports.enum(["done", "refused"]),
  pilot: external_exports.string(),
  client: external_exports.string(),
  issue: external_exports.number().int().positive(),
  decision: external_exports.enum(["accept", "reject"]),
  reason: external_exports.string(),
  actor: external_exports.string(),
  at: external_exports.string(),
  /** `comment`: a `/pilot-gate accept|reject` comment; `close`: the issue closed with a decision label. */
  via: external_exports.enum(["comment", "close"]),
  from: external_exports.enum(ROSTER_CLASSES).optional(),
  to: external_exports.enum(ROSTER_CLASSES).optional()
});
function reviewReceiptId(source) {
  return contentId({ kind: "pilot-review", ...source });
}
function reviewRecordMarker(record) {
  return hiddenRecordMarker("pilot-review-receipt", record);
}
function readReviewRecord(body) {
  return readHiddenRecord("pilot-review-receipt", body, reviewRecordSchema);
}
function resolversText(reviewer, role) {
  return [
    ...reviewer === void 0 ? [] : [
      reviewer.kind === "user" ? `the reviewer the issue names (${handle(reviewer.login)})` : `members of the team the issue names (${codeSpan(reviewer.slug)})`
    ],
    ...role ? [`holders of the ${codeSpan(role)} role (\`pilot.review.role\`)`] : [],
    "repository admins"
  ].join(", ");
}
var REVIEW_CELL_CHARS = 1200;
function receiptLines(record) {
  return [
    "| | |",
    "|---|---|",
    `| Client | ${codeCell(record.client)} (pilot ${codeCell(record.pilot)}) |`,
    `| Decision | **${record.decision}** |`,
    `| By | ${handle(record.actor)} |`,
    `| At | ${codeCell(record.at)} |`,
    `| Class | ${record.from ? codeSpan(record.from) : "unknown"} -> ${record.to ? codeSpan(record.to) : "unknown"} |`,
    `| Reason | ${tableCell(record.reason, REVIEW_CELL_CHARS)} |`
  ];
}

export {
  OPERATOR_SYNTAX,
  parseOperatorCommand,
  operatorHelp,
  operatorReceiptId,
  operatorRecordMarker,
  readOperatorRecord,
  REVIEW_SYNTAX,
  parseReviewCommand,
  resolutionLabels,
  decisionOfLabels,
  reviewClassOf,
  classAfter,
  reviewReceiptId,
  reviewRecordMarker,
  readReviewRecord,
  resolversText,
  receiptLines
};
