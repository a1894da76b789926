import { z } from "zod";

/**
 * Where a pack sits under the evidence root: `<root>/<scope>/<id>/`.
 * `incident`: what `pilot-gate rollback run` preserves of a release it rolls back.
 */
export const EVIDENCE_SCOPES = ["story", "wave", "release", "pilot", "incident"] as const;
export type EvidenceScope = (typeof EVIDENCE_SCOPES)[number];

/** The files every pack holds besides its inputs; no input may use these names. */
export const MANIFEST_FILE = "manifest.json";
export const STATEMENT_FILE = "statement.json";
export const ENVELOPE_FILE = "statement.dsse.json";
export const PACK_META_FILES = [MANIFEST_FILE, STATEMENT_FILE, ENVELOPE_FILE] as const;

export const IN_TOTO_STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
export const PREDICATE_TYPE = "https://pilot-gate.dev/evidence/v1";
export const DSSE_PAYLOAD_TYPE = "application/vnd.in-toto+json";

const HEX64 = /^[0-9a-f]{64}$/;
/** A git object id: SHA-1 (40 hex) or SHA-256 (64 hex) repositories. */
export const COMMIT_PATTERN = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A pack id is one path segment: letters, digits, `.`, `_`, `-`, not starting with a dot. */
export const PACK_ID_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * A path inside a pack: relative, `/`-separated, no `.` or `..` segment, not
 * one of the pack's own files. Verification never opens a path from the
 * manifest, but a manifest naming `../x` is still refused as malformed.
 */
export function isSafePackPath(path: string): boolean {
  if (path === "" || path.startsWith("/") || path.includes("\\") || path.includes("\0")) {
    return false;
  }
  const segments = path.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) return false;
  return !(PACK_META_FILES as readonly string[]).includes(path);
}

/** Refuses an array in which two items share a name: each is listed once, or a reader may pick either. */
function listedOnce<T>(nameOf: (item: T) => string) {
  return (items: readonly T[], ctx: z.core.$RefinementCtx<readonly T[]>) => {
    const seen = new Set<string>();
    for (const [index, item] of items.entries()) {
      const name = nameOf(item);
      if (seen.has(name)) {
        ctx.addIssue({ code: "custom", path: [index], message: `${name} is listed twice` });
      }
      seen.add(name);
    }
  };
}

const sha256Hex = z.string().regex(HEX64, "a sha256 digest: 64 lower-case hex digits");
const digestString = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, "a digest written sha256:<64 hex>")
  .describe("`sha256:` and the hex SHA-256 of the RFC 8785 canonical JSON.");

const fileEntrySchema = z
  .strictObject({
    path: z
      .string()
      .refine(isSafePackPath, "a relative path inside the pack, without . or .. segments")
      .describe("Path inside the pack folder, `/`-separated."),
    sha256: sha256Hex,
    size: z.number().int().min(0).describe("Size in bytes."),
    mediaType: z.string().min(1).describe("IANA media type, guessed from the extension."),
  })
  .describe("One file of the pack.");
export type ManifestFile = z.output<typeof fileEntrySchema>;

const previousSchema = z
  .strictObject({
    id: z.string().regex(PACK_ID_PATTERN).describe("The previous pack's id in the same scope."),
    digest: digestString.describe("Digest of the previous pack's manifest.json (RFC 8785)."),
  })
  .describe("The link of the hash chain: the pack made before this one in the same scope.");

/**
 * `manifest.json`: every input file with its digest, and the digest of the
 * previous pack in the same scope. Its own canonical digest is the pack's
 * digest: the next pack links to it and the statement names it.
 */
export const manifestSchema = z
  .strictObject({
    version: z.literal(1).describe("Format version; changes only when a field changes meaning."),
    scope: z.enum(EVIDENCE_SCOPES),
    id: z.string().regex(PACK_ID_PATTERN),
    commit: z.string().regex(COMMIT_PATTERN).describe("The commit the evidence is about."),
    createdAt: z.iso
      .datetime({ offset: true })
      .describe("When the pack was made (ISO 8601); orders the chain."),
    files: z
      .array(fileEntrySchema)
      .superRefine(listedOnce((file) => file.path))
      .describe("Every input file, sorted by path, each once."),
    previous: previousSchema
      .nullable()
      .describe("null for the first pack of its scope (the chain's start)."),
    signed: z.boolean().describe("Whether statement.dsse.json was written with signatures."),
    keyids: z
      .array(sha256Hex)
      .describe(
        "Fingerprints (sha256 of the SPKI DER) of the keys that signed; empty if unsigned.",
      ),
  })
  .describe("pilot-gate evidence pack manifest");
export type Manifest = z.output<typeof manifestSchema>;

const gateResultSchema = z
  .strictObject({
    gate: z.string().describe("The report's `gate` or `kind`, e.g. smoke, parity, readiness."),
    status: z.string().describe("The report's `status` or `verdict`, e.g. pass, drift, GO."),
    path: z.string().describe("The report's path in the pack."),
  })
  .describe("One gate report packed as evidence.");
export type GateResult = z.output<typeof gateResultSchema>;

const subjectSchema = z.strictObject({
  name: z.string(),
  digest: z.record(z.string(), z.string()),
});
export type Subject = z.output<typeof subjectSchema>;

/** The predicate of a pilot-gate evidence statement. */
export const predicateSchema = z.strictObject({
  scope: z.enum(EVIDENCE_SCOPES),
  id: z.string(),
  createdAt: z.string(),
  manifest: z
    .strictObject({ digest: digestString })
    .describe("Binds the statement (and so the signature) to manifest.json and its chain link."),
  previous: previousSchema.nullable(),
  gates: z.array(gateResultSchema).describe("The gate results, from the packed reports."),
  config: z
    .strictObject({ digest: digestString })
    .nullable()
    .describe("Digest of the effective pilot-gate config (RFC 8785), when one was given."),
});
export type Predicate = z.output<typeof predicateSchema>;

/** `statement.json`: an in-toto Statement v1 over the commit and every packed file. */
export const statementSchema = z
  .strictObject({
    _type: z.literal(IN_TOTO_STATEMENT_TYPE),
    subject: z
      .array(subjectSchema)
      .min(1)
      .superRefine(listedOnce((subject) => subject.name))
      .describe("The commit (digest gitCommit), then every file (digest sha256), by path."),
    predicateType: z.literal(PREDICATE_TYPE),
    predicate: predicateSchema,
  })
  .describe("pilot-gate evidence statement (in-toto Statement v1)");
export type Statement = z.output<typeof statementSchema>;

/** `statement.dsse.json`: a DSSE envelope over the statement, one signature per key. */
export const envelopeSchema = z
  .strictObject({
    payloadType: z.literal(DSSE_PAYLOAD_TYPE),
    payload: z.string().describe("The statement's bytes, base64."),
    signatures: z
      .array(
        z.strictObject({
          keyid: z.string().describe("sha256 of the signer's SPKI DER public key, hex."),
          sig: z.string().describe("Ed25519 signature over the DSSE PAE, base64."),
        }),
      )
      .min(1),
  })
  .describe("pilot-gate evidence DSSE envelope");
export type Envelope = z.output<typeof envelopeSchema>;

export const FINDING_KINDS = [
  "missing",
  "extra",
  "tampered",
  "truncated",
  "manifest-invalid",
  "statement-invalid",
  "statement-mismatch",
  "envelope-invalid",
  "bad-signature",
  "wrong-key",
  "unsigned",
  "signature-unverified",
  "broken-chain",
  "misplaced",
  "invalid-name",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

const findingSchema = z.strictObject({
  kind: z.enum(FINDING_KINDS),
  severity: z
    .enum(["error", "warning"])
    .describe("error fails verification; warning is reported and passes."),
  pack: z.string().describe("The pack the finding is in, as scope/id or the folder given."),
  path: z.string().optional().describe("The file concerned, relative to the pack."),
  message: z.string(),
});
export type EvidenceFinding = z.output<typeof findingSchema>;

/** What `pilot-gate evidence verify --json` prints. */
export const verifyReportSchema = z
  .strictObject({
    version: z.literal(1),
    kind: z.literal("evidence-verify"),
    status: z
      .enum(["pass", "fail"])
      .describe("pass: no error finding (warnings allowed); fail otherwise."),
    pack: z.string(),
    manifestDigest: digestString.optional().describe("Absent when manifest.json is unreadable."),
    signed: z.boolean(),
    verifiedKeyids: z.array(z.string()).describe("Keys whose signature was checked and is valid."),
    chain: z
      .array(z.strictObject({ pack: z.string(), digest: digestString.optional() }))
      .describe("The packs followed, newest first, down to the first of the scope."),
    findings: z.array(findingSchema),
  })
  .describe("pilot-gate evidence verification report");
export type VerifyReport = z.output<typeof verifyReportSchema>;
