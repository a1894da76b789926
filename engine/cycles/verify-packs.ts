/**
 * Holds the cycles' evidence to the repository's evidence keys
 * (`readiness.evidence_keys`): a story's pack counts, and a named report in
 * a pack is read, only when the pack's statement is signed by one of them
 * and is that pack's own (core/cycles/trusted-pack.ts); a report must also
 * have the digest the signed statement gives it. Two blob reads a pack,
 * remembered by blob id for the life of the process (a blob never changes),
 * so a pass over packs already seen reads nothing. With no key listed,
 * nothing is checked and the cycles say so.
 */
import type { KeyObject } from "node:crypto";
import type { Config } from "../../core/config/schema.js";
import type { CycleReportFile } from "../../core/cycles/index.js";
import { signedDigestOf, trustedStatement } from "../../core/cycles/trusted-pack.js";
import { ENVELOPE_FILE, keyId, STATEMENT_FILE, sha256Hex } from "../../core/evidence/index.js";
import type { Statement } from "../../core/evidence/schema.js";
import { CYCLE_VERIFIED_PACKS } from "../../core/limits.js";
import type { GitHubClient, TreeEntry } from "../../github/client.js";
import { readFailure } from "../../github/errors.js";
import { boundedCache } from "../cache.js";
import { readTrustedKeys } from "../evidence/trusted-keys.js";

type Trust = { statement: Statement } | { reason: string };

/** Verdicts by the blobs they were reached from and the keys used: immutable, so never stale. */
const verdicts = boundedCache<Trust>(2_000);

/** What the cycles' evidence is checked with, or why it cannot be. */
export type PackVerifier =
  | { kind: "not-checked" }
  | { kind: "unavailable"; reason: string }
  | { kind: "keys"; check: (folder: string) => Promise<Trust> };

/**
 * The verifier for the evidence branch whose files are `entries`: none when
 * the config lists no key, unavailable (every pack refused, with the reason)
 * when a key cannot be read. Checks at most CYCLE_VERIFIED_PACKS packs; past
 * that a pack is refused as not checked, never passed.
 */
export async function packVerifier(
  gh: GitHubClient,
  config: Config,
  entries: readonly TreeEntry[],
  defaultBranch: string | undefined,
): Promise<PackVerifier> {
  const paths = config.readiness.evidence_keys;
  if (paths.length === 0) return { kind: "not-checked" };
  let keys: KeyObject[];
  try {
    const branch = defaultBranch || (await gh.getDefaultBranch());
    const read = await readTrustedKeys(
      { gh, repo: { ...gh.repo, defaultBranch: branch, ownerIsOrg: false } },
      paths,
    );
    if ("reasons" in read) return { kind: "unavailable", reason: read.reasons.join("; ") };
    keys = read.keys;
  } catch (error) {
    return { kind: "unavailable", reason: readFailure(error, "the evidence keys").reason };
  }
  const fingerprint = keys.map(keyId).sort().join(",");
  const blobs = new Map(entries.filter((e) => e.type === "blob").map((e) => [e.path, e.sha]));
  const checked = new Map<string, Trust>();
  const read = async (sha: string | undefined) =>
    sha === undefined ? undefined : (await gh.getBlob(sha)).toString("utf8");
  return {
    kind: "keys",
    check: async (folder) => {
      const known = checked.get(folder);
      if (known) return known;
      if (checked.size >= CYCLE_VERIFIED_PACKS) {
        return {
          reason: `not checked: more than ${CYCLE_VERIFIED_PACKS} packs to verify in one pass`,
        };
      }
      const statementSha = blobs.get(`${folder}/${STATEMENT_FILE}`);
      const envelopeSha = blobs.get(`${folder}/${ENVELOPE_FILE}`);
      const key = `${folder}:${statementSha}:${envelopeSha}:${fingerprint}`;
      let trust = verdicts.get(key);
      if (trust === undefined) {
        try {
          trust = trustedStatement(
            { folder, statement: await read(statementSha), envelope: await read(envelopeSha) },
            keys,
          );
          verdicts.set(key, trust);
        } catch (error) {
          // Not remembered: a failed read is retried on the next pass.
          trust = { reason: readFailure(error, `the statement of ${folder}`).reason };
        }
      }
      checked.set(folder, trust);
      return trust;
    },
  };
}

/** The pack's signed statement, or why it does not count; undefined when signatures are not checked. */
async function trustOf(verifier: PackVerifier, folder: string): Promise<Trust | undefined> {
  if (verifier.kind === "not-checked") return undefined;
  if (verifier.kind === "unavailable") {
    return { reason: `the evidence keys could not be read (${verifier.reason})` };
  }
  return verifier.check(folder);
}

/** Why `verifier` does not let the pack at `folder` count, or undefined when it does. */
export async function packRefusal(
  verifier: PackVerifier,
  folder: string,
): Promise<string | undefined> {
  const trust = await trustOf(verifier, folder);
  return trust !== undefined && "reason" in trust ? trust.reason : undefined;
}

/**
 * A named report file held to its pack's signed statement: unread (with the
 * reason) when the pack does not count or the file's digest is not the one
 * the statement gives it.
 */
export async function verifiedReport(
  verifier: PackVerifier,
  file: CycleReportFile,
): Promise<CycleReportFile> {
  if (file.text === undefined) return file;
  const parts = file.path.split("/");
  const folder = parts.slice(0, 3).join("/");
  const inPack = parts.slice(3).join("/");
  const trust = await trustOf(verifier, folder);
  if (trust === undefined) return file;
  const unverified = (why: string): CycleReportFile => ({
    path: file.path,
    url: file.url,
    text: undefined,
    unread: `not verified: ${why}`,
  });
  if ("reason" in trust) return unverified(trust.reason);
  if (signedDigestOf(trust.statement, inPack) !== sha256Hex(file.text)) {
    return unverified(`${inPack} is not the file its pack's signed statement lists`);
  }
  return file;
}
