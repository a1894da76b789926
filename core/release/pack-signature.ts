/**
 * Whether a release pack's statement is signed by one of the evidence
 * keys, for the rollback plan. The plan reads only a pack's statement.json
 * and statement.dsse.json from the branch (not every file, as `evidence
 * verify` does): the statement is what the plan trusts, so its signature is
 * what must hold. Uses the evidence code's own DSSE check
 * (core/evidence/signing.ts, node:crypto Ed25519).
 */
import type { KeyObject } from "node:crypto";
import { canonicalJson } from "../evidence/digest.js";
import { parseIJson } from "../evidence/i-json.js";
import { ENVELOPE_FILE, envelopeSchema, STATEMENT_FILE } from "../evidence/schema.js";
import { checkSignatures } from "../evidence/signing.js";

/**
 * Why `statement` (statement.json's text) is not shown signed by one of
 * `keys`, or undefined when it is: `envelope` (statement.dsse.json's text,
 * undefined when the pack has none) must parse, carry `statement` as its
 * payload, and have a valid signature by a given key and none that fails.
 * The reasons are fixed words: the pack's own text is never echoed.
 */
export function packSignatureProblem(
  statement: string,
  envelope: string | undefined,
  keys: readonly KeyObject[],
): string | undefined {
  if (envelope === undefined) {
    return `its pack is unsigned (no ${ENVELOPE_FILE}) and a signature by the evidence key is required`;
  }
  let parsed: ReturnType<typeof envelopeSchema.parse>;
  try {
    parsed = envelopeSchema.parse(JSON.parse(envelope));
  } catch {
    return `its ${ENVELOPE_FILE} is not a DSSE envelope`;
  }
  const payload = parseIJson(Buffer.from(parsed.payload, "base64"));
  const signed = parseIJson(statement);
  if (!payload.ok || !signed.ok || canonicalJson(payload.value) !== canonicalJson(signed.value)) {
    return `its ${STATEMENT_FILE} is not the statement that was signed`;
  }
  const checks = checkSignatures(parsed, keys);
  if (checks.some((check) => check.result === "invalid")) {
    return "its signature does not verify with the evidence key (the statement or the signature was altered)";
  }
  if (!checks.some((check) => check.result === "valid")) {
    return "its pack is not signed by any of the evidence keys given";
  }
  return undefined;
}
