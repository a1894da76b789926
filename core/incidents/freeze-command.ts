import { z } from "zod";
import { contentId, findCommand, hiddenRecordMarker, readHiddenRecord } from "../slash-commands.js";

/** The exact syntax, quoted in every reply so it can be copied. */
export const FREEZE_SYNTAX = "/pilot-gate freeze <reason>";
export const UNFREEZE_SYNTAX = "/pilot-gate unfreeze";

/** Longest freeze reason kept, in characters. */
export const MAX_FREEZE_REASON_CHARS = 500;

/** A parsed `/pilot-gate freeze <reason>` or `/pilot-gate unfreeze` comment. */
export type FreezeCommand = { kind: "freeze"; reason: string } | { kind: "unfreeze" };

const COMMAND = /^\s*\/pilot-gate\s+(freeze|unfreeze)(?:\s+(.*))?$/i;

/**
 * Finds a freeze or unfreeze command in a comment body (on a line of its
 * own, outside code, HTML comments and quotes, as overrides). Undefined
 * when there is none; an error when it is malformed: a freeze must say why,
 * since the reason is what every frozen PR's check shows.
 */
export function parseFreezeCommand(body: string): FreezeCommand | { error: string } | undefined {
  const match = findCommand(body, COMMAND);
  if (!match) return undefined;
  const verb = (match[1] ?? "").toLowerCase();
  const rest = (match[2] ?? "").trim();
  if (verb === "unfreeze") return { kind: "unfreeze" };
  if (rest === "") {
    return {
      error: `The freeze gives no reason. Write it on its own line as \`${FREEZE_SYNTAX}\`, e.g. \`/pilot-gate freeze launch rehearsal until 14:00\`; every frozen PR's check shows it.`,
    };
  }
  return { kind: "freeze", reason: rest.slice(0, MAX_FREEZE_REASON_CHARS) };
}

/**
 * What a freeze issue the App opened records in its body, hidden in an HTML
 * comment: who froze, when, why, from which issue, under which receipt; or,
 * for a tripped trigger, its id and the incidents that tripped it.
 */
export const freezeRecordSchema = z.object({
  kind: z.enum(["freeze", "trigger"]),
  /** The receipt id (`pg-…`), derived from the fields below. */
  receipt: z.string(),
  actor: z.string(),
  at: z.string(),
  reason: z.string(),
  /** The issue the command was given on. */
  source: z.number().int().optional(),
  /** For a trigger: its configured id (e.g. PC-P1-01) and the incidents in its window. */
  trigger: z.string().optional(),
  incidents: z.array(z.number().int()).optional(),
  /**
   * For a trigger other than repeated critical incidents: what tripped it
   * (`code-scanning:17`, `replay:2024-05-01`), so the same evidence opens
   * one freeze issue however often it is reported.
   */
  evidence: z.string().optional(),
});
export type FreezeRecord = z.infer<typeof freezeRecordSchema>;

/** A lift of a freeze, recorded on the freeze issue as it is closed. */
export interface UnfreezeRecord {
  receipt: string;
  actor: string;
  at: string;
  /** The issue the command was given on. */
  source: number;
}

/** The receipt of a freeze, from its content: a redelivered command gets the same one. */
export function freezeReceiptId(record: Omit<FreezeRecord, "receipt">): string {
  return contentId(record);
}

/** The receipt of a lift. */
export function unfreezeReceiptId(record: Omit<UnfreezeRecord, "receipt">): string {
  return contentId({ kind: "unfreeze", ...record });
}

export function freezeRecordMarker(record: FreezeRecord): string {
  return hiddenRecordMarker("freeze", record);
}

export function unfreezeRecordMarker(record: UnfreezeRecord): string {
  return hiddenRecordMarker("unfreeze", record);
}

/** The freeze record in an issue body, or undefined when it has none (or a damaged one). */
export function readFreezeRecord(body: string): FreezeRecord | undefined {
  return readHiddenRecord("freeze", body, freezeRecordSchema);
}
