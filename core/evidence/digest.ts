import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/**
 * The RFC 8785 (JCS) canonical text of a JSON value: keys sorted, no
 * whitespace, numbers in their shortest form. Two programs that agree on the
 * value agree on these bytes, so a digest of them is stable across
 * serializers and years.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError("only JSON values have a canonical form");
  return text;
}

/** `sha256:<hex>` of a JSON value's canonical form (RFC 8785). */
export function digestOf(value: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}

/** The hex SHA-256 of some bytes (a string is hashed as UTF-8). */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
