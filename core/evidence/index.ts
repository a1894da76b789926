export type { TextStyle } from "../render/text-style.js";
export { canonicalJson, digestOf, sha256Hex } from "./digest.js";
export { type IJsonResult, parseIJson } from "./i-json.js";
export { EVIDENCE_SCHEMA_FILES, renderEvidenceJsonSchemas } from "./json-schema.js";
export { buildManifest, type ManifestInput, mediaTypeOf } from "./manifest.js";
export { type EvidenceSummary, renderEvidenceSummary, renderVerifyText } from "./render.js";
export {
  COMMIT_PATTERN,
  DSSE_PAYLOAD_TYPE,
  ENVELOPE_FILE,
  type Envelope,
  EVIDENCE_SCOPES,
  type EvidenceFinding,
  type EvidenceScope,
  envelopeSchema,
  FINDING_KINDS,
  type FindingKind,
  type GateResult,
  IN_TOTO_STATEMENT_TYPE,
  isSafePackPath,
  MANIFEST_FILE,
  type Manifest,
  type ManifestFile,
  manifestSchema,
  PACK_ID_PATTERN,
  PACK_META_FILES,
  PREDICATE_TYPE,
  type Predicate,
  predicateSchema,
  STATEMENT_FILE,
  type Statement,
  type Subject,
  statementSchema,
  type VerifyReport,
  verifyReportSchema,
} from "./schema.js";
export {
  assertEd25519,
  checkSignatures,
  keyId,
  pae,
  publicKeyFromPem,
  type SignatureCheck,
  signStatement,
  statementPayload,
} from "./signing.js";
export {
  buildStatement,
  gateResultOf,
  packStatementOf,
  type StatementInput,
  subjectsOf,
} from "./statement.js";
export {
  escapedPath,
  type PackContents,
  type PackVerification,
  type VerifyOptions,
  verifyLink,
  verifyPack,
} from "./verify.js";
