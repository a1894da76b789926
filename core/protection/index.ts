export {
  type ClassicProtectionBody,
  type ClassicProtectionResponse,
  classicProtectionBody,
  settingsFromClassic,
} from "./classic.js";
export {
  defaultProtectionConfig,
  PROTECTION_MODES,
  type ProtectionConfig,
  type ProtectionConfigInput,
  type ProtectionMode,
  protectionConfigSchema,
} from "./config.js";
export {
  type ActualProtection,
  applyOutcomes,
  type BranchReading,
  diffSettings,
  planProtection,
  protectionExitCode,
  type WriteOutcome,
} from "./plan.js";
export { renderProtectionText } from "./render.js";
export {
  type BranchStatus,
  type FieldDiff,
  type PlannedWrite,
  PROTECTION_STATUS_SCHEMA_FILE,
  PROTECTION_STATUSES,
  type ProtectionReport,
  type ProtectionStatus,
  protectionStatusSchema,
  renderProtectionStatusJsonSchema,
} from "./report.js";
export {
  ADMIN_ROLE_ID,
  RULESET_NAME,
  type RulesetBody,
  type RulesetRule,
  rulesetBody,
  settingsFromRules,
} from "./rulesets.js";
export { SCORECARD_TIERS, type ScorecardResult, scorecardTier } from "./scorecard.js";
export {
  type DesiredProtection,
  desiredProtection,
  mergeSettings,
  type ProtectionSettings,
  type RequiredCheck,
  UNPROTECTED,
} from "./settings.js";
