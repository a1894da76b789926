export { parseConfig } from "./config/load.js";
export {
  CONFIG_PATH,
  type Config,
  type ConfigInput,
  configSchema,
  defaultConfig,
} from "./config/schema.js";
export { ConfigError, type ConfigIssue, formatConfigIssues, UsageError } from "./errors.js";
export { evaluatePullRequest, pathsToCheck } from "./evaluate.js";
export * as evidence from "./evidence/index.js";
export * as parity from "./gates/parity/index.js";
export * as pilot from "./gates/pilot/index.js";
export * as readiness from "./gates/readiness/index.js";
export * as smoke from "./gates/smoke/index.js";
export * as incidents from "./incidents/index.js";
export {
  applyOverrides,
  decideOverride,
  OVERRIDE_SYNTAX,
  type OverrideCommand,
  type OverrideRequester,
  parseOverrideCommand,
  receiptId,
} from "./overrides.js";
export {
  type LabelState,
  type Plan,
  type PlannedAnnotation,
  type PlannedCheckRun,
  planConfigError,
  planEvaluationError,
  planPullRequest,
  RERUN_ACTION,
} from "./plan.js";
export {
  DEFAULT_PR_TEMPLATE,
  PR_TEMPLATE_DIRS,
  PR_TEMPLATE_NAME,
  pickPrTemplateName,
} from "./pr-template.js";
export * as protection from "./protection/index.js";
export * as release from "./release/index.js";
export { renderJson } from "./render/json.js";
export { renderMarkdown, verdictTitle } from "./render/markdown.js";
export { RULES } from "./rules/index.js";
export type * from "./types.js";
