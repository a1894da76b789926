import type { KeyObject } from "node:crypto";
import type { z } from "zod";
import { canonicalJson, digestOf } from "./digest.js";
import { parseIJson } from "./i-json.js";
import {
  ENVELOPE_FILE,
  type Envelope,
  type EvidenceFinding,
  envelopeSchema,
  type FindingKind,
  MANIFEST_FILE,
  type Manifest,
  manifestSchema,
  STATEMENT_FILE,
  type Statement,
  statementSchema,
} from "./schema.js";
import { checkSignatures } from "./signing.js";
import { subjectsOf } from "./statement.js";

/** What the CLI read from one pack folder; verification itself touches no files. */
export interface PackContents {
  /** How findings name the pack, e.g. `evidence/story/S-PC-01`. */
  label: string;
  /**
   * The folder the pack was read from, `/`-separated (absolute on disk, from
   * the branch's root in git, "" for the root). Its last two segments must
   * be the manifest's scope and id, as in `evidence/<scope>/<id>/`: a pack
   * copied into another pack's folder does not verify as that pack.
   */
  folder: string;
  /** The bytes of manifest.json, statement.json and statement.dsse.json; undefined when absent. */
  manifest: Uint8Array | undefined;
  statement: Uint8Array | undefined;
  envelope: Uint8Array | undefined;
  /** Every other file in the folder, by `/`-separated path, with what it hashes to now. */
  files: ReadonlyMap<string, { sha256: string; size: number }>;
  /**
   * Entries whose names are not UTF-8, as the bytes of their path in the
   * pack: no manifest can list them, so each is an error (not opened).
   */
  invalidNames?: readonly Uint8Array[];
}

export interface VerifyOptions {
  /**
   * Public keys to check signatures with. Giving any means a valid
   * signature by one of them is required, as with `requireSignature`: an
   * unsigned pack (a signed one with its envelope stripped and its manifest
   * rewritten) must not pass where a signature was asked for.
   */
  keys: readonly KeyObject[];
  /** Make an unsigned pack, or a signature no given key checks, an error instead of a warning. */
  requireSignature: boolean;
}

/** The outcome of verifying one pack (not its chain; see `verifyLink`). */
export interface PackVerification {
  findings: EvidenceFinding[];
  /** The manifest, when it parses and is valid, so the chain can be followed. */
  manifest: Manifest | undefined;
  manifestDigest: string | undefined;
  signed: boolean;
  verifiedKeyids: string[];
}

/**
 * Verifies one pack: every file against the manifest (missing, extra,
 * tampered, truncated), the statement against the manifest (subjects,
 * manifest digest), the envelope against the statement and its signatures
 * against `keys`. Reports everything it finds rather than stopping at the
 * first problem; any `error` finding means the pack cannot be trusted.
 */
export function verifyPack(contents: PackContents, options: VerifyOptions): PackVerification {
  const findings: EvidenceFinding[] = [];
  const add = (kind: FindingKind, message: string, path?: string, severity?: "warning") =>
    findings.push({
      kind,
      severity: severity ?? "error",
      pack: contents.label,
      ...(path !== undefined ? { path } : {}),
      message,
    });
  const result: PackVerification = {
    findings,
    manifest: undefined,
    manifestDigest: undefined,
    signed: false,
    verifiedKeyids: [],
  };

  if (contents.manifest === undefined) {
    add("missing", `${MANIFEST_FILE} is missing, so no file can be checked`, MANIFEST_FILE);
    return result;
  }
  const manifest = parseJson(contents.manifest, manifestSchema);
  if (!manifest.ok) {
    add("manifest-invalid", `${MANIFEST_FILE} ${manifest.error}`, MANIFEST_FILE);
    return result;
  }
  result.manifest = manifest.value;
  result.manifestDigest = digestOf(manifest.value);
  result.signed = manifest.value.signed;

  checkPlace(manifest.value, contents.folder, add);
  checkFiles(manifest.value, contents.files, add);
  for (const name of contents.invalidNames ?? []) {
    const shown = escapedPath(name);
    add(
      "invalid-name",
      `${shown} is in the pack, but its name is not UTF-8, so no manifest can list it (renamed or added after packing?)`,
      shown,
    );
  }
  const statement = checkStatement(manifest.value, result.manifestDigest, contents.statement, add);
  checkEnvelope(manifest.value, statement, contents.envelope, options, add, result);
  return result;
}

type Add = (kind: FindingKind, message: string, path?: string, severity?: "warning") => void;

/** The pack must sit in `<root>/<scope>/<id>/`: its folder names what it is evidence of. */
function checkPlace(manifest: Manifest, folder: string, add: Add): void {
  const segments = folder.split("/").filter((segment) => segment !== "");
  const [scope, id] = segments.slice(-2);
  if (segments.length >= 2 && scope === manifest.scope && id === manifest.id) return;
  const shown = folder === "" ? "the root" : `the folder ${folder}`;
  add(
    "misplaced",
    `${shown} holds pack ${manifest.scope}/${manifest.id} (its manifest's scope and id), but a pack lives in evidence/<scope>/<id>/: it was copied or moved here, so it is not this folder's evidence. Restore the folder from git.`,
    MANIFEST_FILE,
  );
}

/**
 * A path whose bytes are not UTF-8, readable and unambiguous: printable
 * ASCII as is, a backslash doubled, every other byte as `\xHH`.
 */
export function escapedPath(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) {
    if (byte === 0x5c) out += "\\\\";
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\x${byte.toString(16).padStart(2, "0")}`;
  }
  return out;
}

function checkFiles(
  manifest: Manifest,
  actual: ReadonlyMap<string, { sha256: string; size: number }>,
  add: Add,
): void {
  const listed = new Set<string>();
  for (const file of manifest.files) {
    listed.add(file.path);
    const found = actual.get(file.path);
    if (!found) {
      add("missing", `${file.path} is listed in the manifest but not in the pack`, file.path);
    } else if (found.sha256 !== file.sha256 && found.size < file.size) {
      add(
        "truncated",
        `${file.path} is truncated: ${found.size} of ${file.size} bytes, and its sha256 differs`,
        file.path,
      );
    } else if (found.sha256 !== file.sha256 || found.size !== file.size) {
      add(
        "tampered",
        `${file.path} was modified: sha256 ${found.sha256.slice(0, 12)}… (${found.size} bytes), the manifest recorded ${file.sha256.slice(0, 12)}… (${file.size} bytes)`,
        file.path,
      );
    }
  }
  for (const path of [...actual.keys()].sort()) {
    if (!listed.has(path)) {
      add("extra", `${path} is in the pack but not in the manifest (added after packing?)`, path);
    }
  }
}

function checkStatement(
  manifest: Manifest,
  manifestDigest: string,
  text: Uint8Array | undefined,
  add: Add,
): Statement | undefined {
  if (text === undefined) {
    add("missing", `${STATEMENT_FILE} is missing`, STATEMENT_FILE);
    return undefined;
  }
  const parsed = parseJson(text, statementSchema);
  if (!parsed.ok) {
    add("statement-invalid", `${STATEMENT_FILE} ${parsed.error}`, STATEMENT_FILE);
    return undefined;
  }
  const statement = parsed.value;
  const expected = new Map(subjectsOf(manifest).map((s) => [s.name, canonicalJson(s.digest)]));
  const seen = new Set<string>();
  for (const subject of statement.subject) {
    seen.add(subject.name);
    const want = expected.get(subject.name);
    if (want === undefined) {
      add(
        "statement-mismatch",
        `${STATEMENT_FILE} has a subject ${subject.name} that the manifest does not list`,
        STATEMENT_FILE,
      );
    } else if (want !== canonicalJson(subject.digest)) {
      add(
        "statement-mismatch",
        `${STATEMENT_FILE} gives subject ${subject.name} a different digest from the manifest`,
        STATEMENT_FILE,
      );
    }
  }
  for (const name of expected.keys()) {
    if (!seen.has(name)) {
      add(
        "statement-mismatch",
        `${STATEMENT_FILE} has no subject for ${name}, which the manifest lists`,
        STATEMENT_FILE,
      );
    }
  }
  const predicate = statement.predicate;
  if (predicate.manifest.digest !== manifestDigest) {
    add(
      "statement-mismatch",
      `${STATEMENT_FILE} names manifest ${predicate.manifest.digest}, but ${MANIFEST_FILE} hashes to ${manifestDigest} (one of them was edited)`,
      STATEMENT_FILE,
    );
  }
  const same =
    predicate.scope === manifest.scope &&
    predicate.id === manifest.id &&
    predicate.createdAt === manifest.createdAt &&
    canonicalJson(predicate.previous) === canonicalJson(manifest.previous);
  if (!same) {
    add(
      "statement-mismatch",
      `${STATEMENT_FILE} disagrees with ${MANIFEST_FILE} on scope, id, createdAt or previous`,
      STATEMENT_FILE,
    );
  }
  return statement;
}

function checkEnvelope(
  manifest: Manifest,
  statement: Statement | undefined,
  text: Uint8Array | undefined,
  options: VerifyOptions,
  add: Add,
  result: PackVerification,
): void {
  const required = options.requireSignature || options.keys.length > 0;
  const unsignedSeverity = required ? undefined : "warning";
  if (text === undefined) {
    if (manifest.signed) {
      add(
        "missing",
        `${ENVELOPE_FILE} is missing, but the manifest says the pack was signed by ${manifest.keyids.join(", ")}`,
        ENVELOPE_FILE,
      );
    } else {
      add(
        "unsigned",
        options.requireSignature
          ? "the pack is unsigned, and a signature is required"
          : options.keys.length > 0
            ? "the pack is unsigned, and a signature by one of the given keys is required"
            : "the pack is unsigned: its files match the manifest, but nothing proves who made it",
        undefined,
        unsignedSeverity,
      );
    }
    return;
  }
  const parsed = parseJson(text, envelopeSchema);
  if (!parsed.ok) {
    add("envelope-invalid", `${ENVELOPE_FILE} ${parsed.error}`, ENVELOPE_FILE);
    return;
  }
  const envelope: Envelope = parsed.value;
  result.signed = true;

  const signedBy = [...new Set(envelope.signatures.map((s) => s.keyid))].sort();
  if (canonicalJson(signedBy) !== canonicalJson(manifest.keyids)) {
    add(
      "envelope-invalid",
      `${ENVELOPE_FILE} is signed by ${signedBy.join(", ") || "no key"}, but the manifest lists ${manifest.keyids.join(", ") || "no key"} (a signature was added, removed or swapped)`,
      ENVELOPE_FILE,
    );
  }
  const payload = parseIJson(Buffer.from(envelope.payload, "base64"));
  if (!payload.ok) {
    add("envelope-invalid", `${ENVELOPE_FILE}'s payload ${payload.error}`, ENVELOPE_FILE);
  } else if (statement) {
    if (canonicalJson(payload.value) !== canonicalJson(statement)) {
      add(
        "statement-mismatch",
        `${STATEMENT_FILE} is not the statement that was signed (the envelope's payload differs)`,
        STATEMENT_FILE,
      );
    }
  }

  const checks = checkSignatures(envelope, options.keys);
  for (const check of checks) {
    if (check.result === "valid") result.verifiedKeyids.push(check.keyid);
    if (check.result === "invalid") {
      add(
        "bad-signature",
        `the signature by key ${check.keyid} does not match the signed statement (the payload or the signature was altered)`,
        ENVELOPE_FILE,
      );
    }
  }
  if (options.keys.length === 0) {
    add(
      "signature-unverified",
      `signed by ${signedBy.join(", ")}, but no --key was given, so the signature was not checked`,
      ENVELOPE_FILE,
      unsignedSeverity,
    );
  } else if (!checks.some((check) => check.result !== "unknown")) {
    add(
      "wrong-key",
      `no signature by the given key${options.keys.length === 1 ? "" : "s"}; the pack is signed by ${signedBy.join(", ")}`,
      ENVELOPE_FILE,
    );
  }
}

/**
 * Checks the hash chain between a pack and the one it names as previous:
 * the previous manifest must exist, be valid, be in the same scope, not be
 * newer, and hash to the digest recorded when this pack was made.
 */
export function verifyLink(
  manifest: Manifest,
  label: string,
  previous: { label: string; manifest: Uint8Array | undefined } | undefined,
): EvidenceFinding[] {
  const link = manifest.previous;
  if (!link) return [];
  const broken = (message: string): EvidenceFinding[] => [
    { kind: "broken-chain", severity: "error", pack: label, path: MANIFEST_FILE, message },
  ];
  if (!previous || previous.manifest === undefined) {
    return broken(
      `the previous pack ${link.id} (${previous?.label ?? "next to this one"}) is missing, so the chain cannot be followed`,
    );
  }
  const parsed = parseJson(previous.manifest, manifestSchema);
  if (!parsed.ok) {
    return broken(`the previous pack ${previous.label} has a manifest that ${parsed.error}`);
  }
  const digest = digestOf(parsed.value);
  if (digest !== link.digest) {
    return broken(
      `the previous pack ${previous.label} was changed after this pack was made: its manifest hashes to ${digest}, this pack recorded ${link.digest}`,
    );
  }
  if (parsed.value.scope !== manifest.scope || parsed.value.id !== link.id) {
    return broken(`the previous pack ${previous.label} is not ${manifest.scope}/${link.id}`);
  }
  if (Date.parse(parsed.value.createdAt) > Date.parse(manifest.createdAt)) {
    return broken(`the previous pack ${previous.label} is newer than this one`);
  }
  return [];
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses I-JSON bytes against a schema; the error says where, in words. */
function parseJson<T>(bytes: Uint8Array, schema: z.ZodType<T>): Parsed<T> {
  const json = parseIJson(bytes);
  if (!json.ok) return json;
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "the document";
  const more =
    parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : "";
  return { ok: false, error: `is not valid: ${where}: ${issue?.message ?? "invalid"}${more}` };
}
