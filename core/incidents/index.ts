export {
  blockedTooLong,
  missingBlockedFields,
  missingFieldsComment,
  readBlockedFields,
} from "./blocked.js";
export { addBusinessMinutes, type BusinessHours } from "./business-time.js";
export {
  BLOCKED_CHAIN,
  CLOCKS,
  type Clock,
  defaultIncidentsConfig,
  type EscalationLevel,
  escalationChain,
  FAILURE_CHAIN,
  type IncidentSeverity,
  type IncidentsConfig,
  incidentsConfigSchema,
  PLAYBOOK_ESCALATION,
  SEVERITIES,
} from "./config.js";
export {
  FREEZE_RULE_ID,
  type FreezePullRequest,
  freezeFindings,
  type ManualFreeze,
} from "./freeze.js";
export {
  FREEZE_SYNTAX,
  type FreezeCommand,
  type FreezeRecord,
  freezeReceiptId,
  freezeRecordMarker,
  parseFreezeCommand,
  readFreezeRecord,
  UNFREEZE_SYNTAX,
  type UnfreezeRecord,
  unfreezeReceiptId,
  unfreezeRecordMarker,
} from "./freeze-command.js";
export {
  isCriticalAlert,
  type ReplayRun,
  type RestoreReading,
  type RestoreReport,
  readRestoreReport,
  replayRun,
  restoreBreaches,
  restoreReportSchema,
  type SecurityAlert,
} from "./immediate-triggers.js";
export {
  type Incident,
  type IncidentIssue,
  type IssueEvent,
  incidentLink,
  isWaveLabel,
  severityOf,
  toIncident,
  waveFromLabels,
  waveOf,
} from "./model.js";
export {
  type ClockStatus,
  type EscalationStep,
  escalationLabel,
  escalationLevelFromLabels,
  escalationsDue,
  slaStatus,
} from "./sla.js";
export { recoveryDueAt, STORY_RULE_ID, storyIncidentFindings } from "./stories.js";
export { incidentOwnerField, incidentStories, MAX_INCIDENT_STORIES } from "./story-fields.js";
export {
  type CheckOutcome,
  consecutiveFailures,
  type P0Trigger,
  p0TriggerTripped,
  shouldEscalateFailures,
} from "./triggers.js";
export { WIP_RULE_ID, type WipPullRequest, wipFinding } from "./wip.js";
