export type { TextStyle } from "../../render/text-style.js";
export {
  DEFAULT_FACETS,
  defaultParityConfig,
  type ExpectedDifference,
  FACETS,
  type Facet,
  isIsoDate,
  type OneWayRule,
  type ParityConfig,
  type ParityEnvironments,
  parityConfigSchema,
  parityEnvironments,
} from "./config.js";
export { type EnvironmentDescription, environmentSchema, lookupValue } from "./environment.js";
export {
  evaluateParity,
  facetsToCompare,
  type ParityInput,
  type ParityOptions,
} from "./evaluate.js";
export { EnvironmentFileError, parseEnvironment } from "./parse.js";
export {
  countsInWords,
  parityTitle,
  renderParityMarkdown,
  renderParityText,
} from "./render.js";
export {
  ENVIRONMENT_SCHEMA_FILE,
  PARITY_REPORT_SCHEMA_FILE,
  type ParityCheck,
  type ParityCounts,
  type ParityFacetResult,
  type ParityPair,
  type ParityReport,
  type ParityStatus,
  parityReportSchema,
  renderEnvironmentJsonSchema,
  renderParityReportJsonSchema,
} from "./report.js";
