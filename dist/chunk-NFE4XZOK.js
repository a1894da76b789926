import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  parseJsonInput
} from "./chunk-GY54ZMGU.js";
import {
  InputFileError
} from "./chunk-XRWPT2AM.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  external_exports
} from "./chunk-VUTGOOYN.js";
import {
  ROSTER_LIMIT,
  sizeOverLimit,
  tooLargeIssue
} from "./chunk-MSUCSWVI.js";

// core/gates/pilot/roster.ts
var ROSTER_FILE = "roster.json", ROSTER_CLASSES = [
  "SUGERIDO",
  "REVISAR_CONTATO",
  "REVISAR_PERFIL",
  "DESCARTADO"
], REVIEW_CLASSES = [
  "REVISAR_CONTATO",
  "REVISAR_PERFIL"
];
function isUnderReview(value) {
  return REVIEW_CLASSES.includes(value);
}
var receiptSchema = external_exports.strictObject({
  decision: external_exports.enum(["accept", "reject"]),
  by: external_exports.string().min(1).describe("Who decided: the reviewer's GitHub login."),
  at: external_exports.string().min(1).describe("When the decision was applied (ISO 8601)."),
  reason: external_exports.string().min(1).describe("Why, in the reviewer's words."),
  from: external_exports.enum(ROSTER_CLASSES),
  to: external_exports.enum(ROSTER_CLASSES),
  issue: external_exports.int().positive().optional().describe("The review issue the decision settles."),
  receipt: external_exports.string().min(1).optional().describe("The App's receipt on the review issue the decision was applied from, when it was.")
}), candidateSchema = external_exports.strictObject({
  id: external_exports.string().min(1),
  name: external_exports.string().min(1),
  class: external_exports.enum(ROSTER_CLASSES),
  score: external_exports.int().min(0).max(100),
  reasons: external_exports.array(external_exports.string()),
  service: external_exports.int().min(0),
  sales: external_exports.int().min(0),
  last_activity: external_exports.string().min(1),
  kind: external_exports.string().min(1),
  technical_contact: external_exports.string().nullable(),
  business_contact: external_exports.string().nullable(),
  /** The line of the activity export the account came from. */
  line: external_exports.int().positive(),
  review_issue: external_exports.int().positive().optional(),
  receipts: external_exports.array(receiptSchema).default([])
}), rosterSchema = external_exports.strictObject({
  version: external_exports.literal(1),
  generated_at: external_exports.string().min(1),
  source: external_exports.strictObject({
    file: external_exports.string().min(1),
    sha256: external_exports.string().regex(/^[0-9a-f]{64}$/),
    accounts: external_exports.int().min(0)
  }),
  rules: external_exports.strictObject({
    active_within_days: external_exports.int().positive(),
    min_activity: external_exports.int().positive(),
    activity_target: external_exports.int().positive(),
    min_score: external_exports.int().min(0).max(100)
  }),
  candidates: external_exports.array(candidateSchema),
  excluded: external_exports.array(
    external_exports.strictObject({
      id: external_exports.string(),
      name: external_exports.string(),
      line: external_exports.int(),
      reasons: external_exports.array(external_exports.string())
    })
  )
});
function renderRoster(roster) {
  return `${JSON.stringify(roster, null, 2)}
`;
}
function parseRoster(text, file) {
  let next = `Fix ${file}, or write it again with pilot-gate pilot recommend --activity <csv> --force (the reviewers' receipts in it are then lost).`, over = sizeOverLimit(text, ROSTER_LIMIT);
  if (over !== void 0) throw new InputFileError(file, [tooLargeIssue(over, ROSTER_LIMIT)], next);
  return parseJsonInput(rosterSchema, text, file, next);
}
function findCandidate(roster, id) {
  let found = roster.candidates.find((candidate) => candidate.id === id);
  if (found) return found;
  let ids = roster.candidates.map((candidate) => candidate.id);
  throw new UsageError(
    `no candidate "${id}" in the roster; its candidates are ${ids.length > 0 ? ids.join(", ") : "none"}`
  );
}

export {
  ROSTER_FILE,
  ROSTER_CLASSES,
  isUnderReview,
  renderRoster,
  parseRoster,
  findCandidate
};
