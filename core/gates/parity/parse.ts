import { type ConfigIssue, FileIssuesError } from "../../errors.js";
import { ENVIRONMENT_LIMIT } from "../../limits.js";
import { parseYamlAs, positionAt, sizeIssue } from "../../yaml/validate.js";
import { type EnvironmentDescription, environmentSchema } from "./environment.js";

/**
 * An environment description that cannot be used: it does not parse, or a key
 * is misspelt or has the wrong type. Each issue is located at its line and
 * column, like a config error; the parity gate fails closed on it.
 */
export class EnvironmentFileError extends FileIssuesError {
  override readonly name = "EnvironmentFileError";
}

/**
 * Parses and validates an environment description written in YAML or JSON
 * (JSON is parsed as YAML 1.2, of which it is a subset, so its errors get a
 * line and column too). Throws `EnvironmentFileError` listing every problem;
 * text over `ENVIRONMENT_LIMIT` is refused unparsed, with one issue.
 */
export function parseEnvironment(text: string, file: string): EnvironmentDescription {
  const tooLarge = sizeIssue(text, ENVIRONMENT_LIMIT);
  if (tooLarge) throw new EnvironmentFileError(file, [tooLarge]);
  if (/\.json$/i.test(file)) checkJson(text, file);
  const result = parseYamlAs(text, environmentSchema, {
    limit: ENVIRONMENT_LIMIT,
    rootDescription:
      "an environment description: a mapping (name, feature_flags, policy_bundle, openapi, values)",
    emptyMessage:
      "the file is empty: describe the environment, starting with its name (name: production)",
  });
  if (result.ok) return result.data;
  throw new EnvironmentFileError(file, byPosition(result.issues), result.unlisted);
}

/**
 * YAML accepts things JSON does not (`{"a": }`, trailing commas, comments),
 * so a `.json` file is held to JSON. V8 gives a position for some errors
 * only; the rest are reported for the file as a whole.
 */
function checkJson(text: string, file: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = /at position (\d+)/.exec(message)?.[1];
    throw new EnvironmentFileError(file, [
      {
        path: "",
        message: `JSON syntax error: ${message.split("\n")[0]?.replace(/, (\.\.\.)?".*$/, "") ?? message}`,
        ...(offset !== undefined ? { position: positionAt(text, Number(offset)) } : {}),
      },
    ]);
  }
}

/**
 * Issues in file order. A mapping with a misspelt key also fails its "at
 * least one of" check; only the misspelling is worth reporting then.
 */
function byPosition(issues: ConfigIssue[]): ConfigIssue[] {
  const misspelt = new Set(
    issues.filter((i) => i.message.startsWith("unknown key")).map((i) => parentOf(i.path)),
  );
  return issues
    .filter((i) => i.message.startsWith("unknown key") || !misspelt.has(i.path))
    .sort(
      (a, b) =>
        (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
        (a.position?.column ?? 0) - (b.position?.column ?? 0),
    );
}

function parentOf(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot === -1 ? "" : path.slice(0, dot);
}
