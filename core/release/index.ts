export {
  compareReleases,
  decideRelease,
  parseReleaseTag,
  RELEASE_KINDS,
  type ReleaseDecision,
  ReleaseInputError,
  type ReleaseKind,
  type ReleaseRequest,
  type ReleaseVersion,
  releaseTagOf,
} from "./decide.js";
export {
  planRelease,
  ReleaseError,
  type ReleaseRequestOptions,
  type ReleaseTagger,
  type ReleaseWrite,
  truncateReleaseBody,
} from "./publish.js";
export {
  planRollback,
  type ReleasePackRead,
  type RollbackPlan,
  type RollbackStep,
  rollbackCandidates,
  type SignatureCheck,
  type SkippedRelease,
} from "./rollback.js";
