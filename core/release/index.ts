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
  type CheckRunsRecord,
  checkRunsRecord,
  type FailedCheck,
  INCIDENT_FILE,
  type IncidentRecord,
  incidentPackId,
  rollbackIncident,
} from "./incident.js";
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
  releaseStatementOf,
  rollbackCandidates,
  type SignatureCheck,
  type SkippedRelease,
} from "./rollback.js";
export { type RollbackConfig, rollbackConfigSchema } from "./rollback-config.js";
