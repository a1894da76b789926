export type { TextStyle } from "../../render/text-style.js";
export type { InputWording } from "../input-wording.js";
export {
  type SmokeConfig,
  type SmokeSettings,
  smokeConfigSchema,
  smokeSettings,
} from "./config.js";
export {
  countScenarios,
  evaluateSmoke,
  formatDuration,
  inSuite,
  type SmokeFile,
  type SmokeInput,
} from "./evaluate.js";
export { type JunitError, type JunitParse, MAX_MESSAGE_CHARS, parseJunit } from "./junit.js";
export {
  type MarkdownOptions,
  renderSmokeMarkdown,
  renderSmokeText,
  SMOKE_SUMMARY_LIMIT,
  type TextOptions,
} from "./render.js";
export {
  type CommandResult,
  type Reason,
  renderSmokeReportJsonSchema,
  type Scenario,
  type ScenarioResult,
  SMOKE_REPORT_SCHEMA_FILE,
  SMOKE_REPORT_VERSION,
  type SmokeCounts,
  type SmokeReport,
  smokeCommit,
  smokeReportJsonSchema,
  smokeReportSchema,
} from "./report.js";
