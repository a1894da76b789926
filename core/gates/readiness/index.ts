export {
  CRITERIA,
  type CriterionId,
  GITHUB_CRITERIA,
  LEVELS,
  type Level,
  type ReadinessConfig,
  readinessConfigSchema,
  type Waiver,
} from "./config.js";
export {
  type CheckRunState,
  evaluateReadiness,
  type Gathered,
  type MilestoneInput,
  type OpenIncidentIssue,
  type ProtectionState,
  type ReadinessInputs,
  type ScenarioRecords,
} from "./evaluate.js";
export {
  DONE_WORDS,
  type MilestoneItem,
  type MilestoneOptions,
  type MilestoneReading,
  NOT_DONE_WORDS,
  readMilestoneDocument,
  readStatus,
  type StatusReading,
} from "./milestones.js";
export { renderReadinessMarkdown, renderReadinessText } from "./render.js";
export {
  type CriterionResult,
  READINESS_REPORT_SCHEMA_FILE,
  type ReadinessReport,
  readinessReportSchema,
  renderReadinessReportJsonSchema,
} from "./report.js";
export {
  type RoleSignOff,
  type SignOffInput,
  type SignOffPull,
  type SignOffRole,
  signOffByRole,
} from "./sign-off.js";
export {
  isGreen,
  type ParityView,
  parityViewSchema,
  type SmokeView,
  smokeViewSchema,
} from "./views.js";
