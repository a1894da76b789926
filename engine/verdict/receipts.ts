import { z } from "zod";
import { CHECK_RUN_TEXT_BYTES, fitBytes } from "../../core/github-limits.js";
import type { Receipt } from "../../core/index.js";
import { utf8Length } from "../../core/limits.js";

/**
 * Override receipts live in this App's own check run, in a hidden marker at
 * the end of the summary: `<!-- pilot-gate:receipts <base64 JSON> -->`.
 *
 * Why there: only this App's installation token can write its check runs, so
 * a receipt cannot be forged or edited by anyone who can comment; it sits on
 * the very commit it is about; reading it back is the check-run lookup the
 * App makes anyway on a commit it may have judged before (a commit new to the
 * PR, on `opened` or `synchronize`, has none to read); and the App keeps no
 * database. Base64 keeps the JSON from ending the HTML comment early or
 * rendering.
 */
const MARKER = /\n*<!-- pilot-gate:receipts ([A-Za-z0-9+/=]*) -->\s*$/;

/** Receipts kept per check run; the oldest go first. Each is a few hundred bytes. */
export const MAX_RECEIPTS = 100;

const receiptSchema = z.object({
  id: z.string(),
  kind: z.enum(["override", "refusal"]),
  ruleId: z.string(),
  actor: z.string(),
  reason: z.string(),
  sha: z.string(),
  at: z.string(),
  detail: z.string().optional(),
  findings: z.array(z.string()).optional(),
});

/** Receipts recorded in a check run summary; `[]` when there are none or the marker is damaged. */
export function readReceipts(summary: string): Receipt[] {
  const match = MARKER.exec(summary);
  if (!match?.[1]) return [];
  try {
    const data: unknown = JSON.parse(Buffer.from(match[1], "base64").toString("utf8"));
    const parsed = z.array(receiptSchema).safeParse(data);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Receipts in order, each id once (a redelivered event adds nothing), at most `MAX_RECEIPTS`. */
export function mergeReceipts(...lists: readonly (readonly Receipt[])[]): Receipt[] {
  const byId = new Map<string, Receipt>();
  for (const list of lists) {
    for (const receipt of list) if (!byId.has(receipt.id)) byId.set(receipt.id, receipt);
  }
  return [...byId.values()].slice(-MAX_RECEIPTS);
}

/**
 * When each blocking finding was first shown on the commit (see
 * `recordShown`), in a marker just before the receipts marker (or last):
 * anchored to the end, so text quoted earlier in the summary can never pass
 * for it.
 */
const SHOWN_MARKER =
  /\n*<!-- pilot-gate:shown ([A-Za-z0-9+/=]*) -->(?=\s*(?:<!-- pilot-gate:receipts [A-Za-z0-9+/=]* -->\s*)?$)/;

const shownSchema = z.record(z.string(), z.string());

/** The first-shown times recorded in a check run summary; `undefined` when there are none or the marker is damaged. */
export function readShown(summary: string): Record<string, string> | undefined {
  const match = SHOWN_MARKER.exec(summary);
  if (!match?.[1]) return undefined;
  try {
    const data: unknown = JSON.parse(Buffer.from(match[1], "base64").toString("utf8"));
    const parsed = shownSchema.safeParse(data);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Appends the shown and receipts markers to a summary, shortening the
 * visible text when all would pass GitHub's limit: the markers are the
 * audit trail and are never the part that is cut.
 */
export function withReceipts(
  summary: string,
  receipts: readonly Receipt[],
  limit: number = CHECK_RUN_TEXT_BYTES,
  shown?: Readonly<Record<string, string>>,
): string {
  const visible = summary.replace(MARKER, "").replace(SHOWN_MARKER, "");
  const markers = [
    ...(shown && Object.keys(shown).length > 0
      ? [`<!-- pilot-gate:shown ${base64(shown)} -->`]
      : []),
    ...(receipts.length > 0 ? [`<!-- pilot-gate:receipts ${base64(receipts)} -->`] : []),
  ];
  if (markers.length === 0) return fitBytes(visible, limit);
  const tail = `\n\n${markers.join("\n")}`;
  return `${fitBytes(visible, limit - utf8Length(tail))}${tail}`;
}

function base64(data: unknown): string {
  return Buffer.from(JSON.stringify(data), "utf8").toString("base64");
}
