import { z } from "zod";
import { UsageError } from "../../errors.js";
import { parseJsonInput } from "../../json-input.js";
import { ROSTER_LIMIT, sizeOverLimit, tooLargeIssue } from "../../limits.js";
import { InputFileError } from "./manifest.js";

/**
 * Where `pilot-gate pilot recommend` writes the classified roster, in the
 * pilot's run folder. JSON rather than YAML: a roster of every account of a
 * large export is megabytes, which the yaml library takes seconds to write
 * and read back, where JSON takes milliseconds (`npm run bench`).
 */
export const ROSTER_FILE = "roster.json";

/**
 * The playbook's classes. `SUGERIDO`: invite now. `REVISAR_CONTATO`: confirm
 * the business (or technical) contact first. `REVISAR_PERFIL`: decide whether
 * a demo or homolog account, or one scoring low, may join. `DESCARTADO`: a
 * reviewer left it out.
 */
export const ROSTER_CLASSES = [
  "SUGERIDO",
  "REVISAR_CONTATO",
  "REVISAR_PERFIL",
  "DESCARTADO",
] as const;
export type RosterClass = (typeof ROSTER_CLASSES)[number];

/** The classes a reviewer settles (`pilot-gate pilot review`). */
export const REVIEW_CLASSES = [
  "REVISAR_CONTATO",
  "REVISAR_PERFIL",
] as const satisfies RosterClass[];

export function isUnderReview(value: RosterClass): value is (typeof REVIEW_CLASSES)[number] {
  return (REVIEW_CLASSES as readonly string[]).includes(value);
}

const receiptSchema = z.strictObject({
  decision: z.enum(["accept", "reject"]),
  by: z.string().min(1).describe("Who decided: the reviewer's GitHub login."),
  at: z.string().min(1).describe("When the decision was applied (ISO 8601)."),
  reason: z.string().min(1).describe("Why, in the reviewer's words."),
  from: z.enum(ROSTER_CLASSES),
  to: z.enum(ROSTER_CLASSES),
  issue: z.int().positive().optional().describe("The review issue the decision settles."),
  receipt: z
    .string()
    .min(1)
    .optional()
    .describe("The App's receipt on the review issue the decision was applied from, when it was."),
});

export type ReviewReceipt = z.output<typeof receiptSchema>;

const candidateSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  class: z.enum(ROSTER_CLASSES),
  score: z.int().min(0).max(100),
  reasons: z.array(z.string()),
  service: z.int().min(0),
  sales: z.int().min(0),
  last_activity: z.string().min(1),
  kind: z.string().min(1),
  technical_contact: z.string().nullable(),
  business_contact: z.string().nullable(),
  /** The line of the activity export the account came from. */
  line: z.int().positive(),
  review_issue: z.int().positive().optional(),
  receipts: z.array(receiptSchema).default([]),
});

export type RosterCandidate = z.output<typeof candidateSchema>;

/** The classified roster (`roster.json`): every candidate with its class, score and reasons, and the accounts left out. */
export const rosterSchema = z.strictObject({
  version: z.literal(1),
  generated_at: z.string().min(1),
  source: z.strictObject({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    accounts: z.int().min(0),
  }),
  rules: z.strictObject({
    active_within_days: z.int().positive(),
    min_activity: z.int().positive(),
    activity_target: z.int().positive(),
    min_score: z.int().min(0).max(100),
  }),
  candidates: z.array(candidateSchema),
  excluded: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      line: z.int(),
      reasons: z.array(z.string()),
    }),
  ),
});

export type Roster = z.output<typeof rosterSchema>;

/** The roster as `roster.json` text. */
export function renderRoster(roster: Roster): string {
  return `${JSON.stringify(roster, null, 2)}\n`;
}

/**
 * Parses `roster.json` text. A roster that is not JSON or does not validate
 * (edited by hand, or not a roster) is an `InputFileError` naming each
 * problem's path: nothing is decided from it. Text over `ROSTER_LIMIT` is
 * refused unparsed.
 */
export function parseRoster(text: string, file: string): Roster {
  const next = `Fix ${file}, or write it again with pilot-gate pilot recommend --activity <csv> --force (the reviewers' receipts in it are then lost).`;
  const over = sizeOverLimit(text, ROSTER_LIMIT);
  if (over !== undefined) throw new InputFileError(file, [tooLargeIssue(over, ROSTER_LIMIT)], next);
  return parseJsonInput(rosterSchema, text, file, next);
}

/** The candidate with `id`, or a `UsageError` listing the ids there are. */
export function findCandidate(roster: Roster, id: string): RosterCandidate {
  const found = roster.candidates.find((candidate) => candidate.id === id);
  if (found) return found;
  const ids = roster.candidates.map((candidate) => candidate.id);
  throw new UsageError(
    `no candidate "${id}" in the roster; its candidates are ${ids.length > 0 ? ids.join(", ") : "none"}`,
  );
}
