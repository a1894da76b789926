import { ConfigError, type ConfigIssue } from "../errors.js";
import { CONFIG_LIMIT } from "../limits.js";
import { parseYamlAs } from "../yaml/validate.js";
import { CONFIG_PATH, type Config, configSchema } from "./schema.js";

/**
 * Parses and validates config text. Throws `ConfigError` with every problem
 * located at its line and column (the first `MAX_FILE_ISSUES`, and a count of
 * the rest); text over `CONFIG_LIMIT` is refused unparsed, with one issue.
 */
export function parseConfig(text: string, file: string = CONFIG_PATH): Config {
  const result = parseYamlAs(text, configSchema, {
    rootDescription: "a mapping of keys (ids, sections, rules, ...)",
    limit: CONFIG_LIMIT,
  });
  if (result.ok) return result.data;
  throw new ConfigError(file, renameRuleIssues(result.issues), result.unlisted);
}

/** Under `rules:` a key is a rule id, and "unknown rule" says which list to look at. */
export function renameRuleIssues(issues: ConfigIssue[]): ConfigIssue[] {
  return issues.map((issue) =>
    issue.path.startsWith("rules.") && issue.path.split(".").length === 2
      ? { ...issue, message: issue.message.replace(/^unknown key/, "unknown rule") }
      : issue,
  );
}
