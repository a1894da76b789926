/**
 * Whether an evidence pack on the branch counts for a cycle: its statement
 * must be signed by one of the repository's evidence keys and be the
 * statement of that very pack (scope and id), as the rollback plan trusts a
 * release pack. Only statement.json and statement.dsse.json are read (two
 * blobs a pack), not every file as `pilot-gate evidence verify` does: a
 * named report is then held to the digest the signed statement gives it.
 */
import type { KeyObject } from "node:crypto";
import type { Statement } from "../evidence/schema.js";
import { packStatementOf } from "../evidence/statement.js";
import { packSignatureProblem } from "../release/pack-signature.js";

/** A pack's two statement files as read from the branch (undefined: not in the pack). */
export interface PackStatementRead {
  /** The pack folder, `<root>/<scope>/<id>`. */
  folder: string;
  statement: string | undefined;
  envelope: string | undefined;
}

/**
 * The pack's signed statement, or why it is not trusted. `scope` and `id`
 * are the folder's: a signed statement copied into another pack's folder
 * is refused. The reasons are fixed words, never the pack's own text.
 */
export function trustedStatement(
  read: PackStatementRead,
  keys: readonly KeyObject[],
): { statement: Statement } | { reason: string } {
  if (read.statement === undefined) return { reason: "its pack has no statement.json" };
  const problem = packSignatureProblem(read.statement, read.envelope, keys);
  if (problem !== undefined) return { reason: problem };
  const [, scope = "", id = ""] = read.folder.split("/");
  return packStatementOf(read.statement, scope, id);
}

/** The sha256 the statement gives the pack's file at `path` (relative to the pack), if it lists it. */
export function signedDigestOf(statement: Statement, path: string): string | undefined {
  return statement.subject.find((subject) => subject.name === path)?.digest.sha256;
}
