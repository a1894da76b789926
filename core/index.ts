export { parseConfig } from "./config/load.js";
export {
  CONFIG_PATH,
  type Config,
  type ConfigInput,
  configSchema,
  defaultConfig,
} from "./config/schema.js";
export { ConfigError, type ConfigIssue, formatConfigIssues, UsageError } from "./errors.js";
export { evaluatePullRequest } from "./evaluate.js";
export { renderJson } from "./render/json.js";
export { GITHUB_TEXT_LIMIT, renderMarkdown, verdictTitle } from "./render/markdown.js";
export { RULES } from "./rules/index.js";
export type * from "./types.js";
