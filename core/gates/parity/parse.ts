import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { type ConfigIssue, formatConfigIssues } from "../../errors.js";
import type { Position } from "../../types.js";
import { type EnvironmentDescription, environmentSchema } from "./environment.js";

/**
 * An environment description that cannot be used: it does not parse, or a key
 * is misspelt or has the wrong type. Each issue is located at its line and
 * column, like a config error; the parity gate fails closed on it.
 */
export class EnvironmentFileError extends Error {
  override readonly name = "EnvironmentFileError";
  readonly file: string;
  readonly issues: ConfigIssue[];

  constructor(file: string, issues: ConfigIssue[]) {
    super(formatConfigIssues(file, issues));
    this.file = file;
    this.issues = issues;
  }
}

/**
 * Parses and validates an environment description written in YAML or JSON
 * (JSON is parsed as YAML 1.2, of which it is a subset, so its errors get a
 * line and column too). Throws `EnvironmentFileError` listing every problem.
 */
export function parseEnvironment(text: string, file: string): EnvironmentDescription {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (/\.json$/i.test(file)) checkJson(text, file, at);
  if (doc.errors.length > 0) {
    throw new EnvironmentFileError(
      file,
      doc.errors.map((error) => ({
        path: "",
        message: `syntax error: ${error.message.split("\n")[0] ?? error.message}`,
        position: at(error.pos[0]),
      })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new EnvironmentFileError(file, [
      { path: "", message: `cannot read it: ${(error as Error).message}` },
    ]);
  }
  if (data === null || data === undefined) {
    throw new EnvironmentFileError(file, [
      {
        path: "",
        message:
          "the file is empty: describe the environment, starting with its name (name: production)",
      },
    ]);
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    const start = doc.contents?.range?.[0];
    throw new EnvironmentFileError(file, [
      {
        path: "",
        message:
          "an environment description is a mapping (name, feature_flags, policy_bundle, openapi, values), not a list or a single value",
        ...(start !== undefined ? { position: at(start) } : {}),
      },
    ]);
  }
  const result = environmentSchema.safeParse(data);
  if (result.success) return result.data;
  throw new EnvironmentFileError(file, byPosition(locate(result.error, doc, at)));
}

/**
 * YAML accepts things JSON does not (`{"a": }`, trailing commas, comments),
 * so a `.json` file is held to JSON. V8 gives a position for some errors
 * only; the rest are reported for the file as a whole.
 */
function checkJson(text: string, file: string, at: (offset: number) => Position): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = /at position (\d+)/.exec(message)?.[1];
    throw new EnvironmentFileError(file, [
      {
        path: "",
        message: `JSON syntax error: ${message.split("\n")[0]?.replace(/, (\.\.\.)?".*$/, "") ?? message}`,
        ...(offset !== undefined ? { position: at(Number(offset)) } : {}),
      },
    ]);
  }
}

const ALLOWED: Record<string, string> = {
  "": "name, feature_flags, policy_bundle, openapi, values",
  policy_bundle: "revision, digest",
  openapi: "version, digest",
};

function locate(
  error: z.ZodError,
  doc: ReturnType<typeof parseDocument>,
  at: (offset: number) => Position,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      const allowed = ALLOWED[path.join(".")];
      for (const key of issue.keys) {
        const node = keyNode(doc.getIn(path, true) as YamlNode | undefined, key);
        issues.push({
          path: [...path, key].join("."),
          message: `unknown key "${key}"${allowed ? `; allowed here: ${allowed}` : ""}`,
          ...(node?.range ? { position: at(node.range[0]) } : {}),
        });
      }
      continue;
    }
    const node = nearestNode(doc, path);
    issues.push({
      path: path.join("."),
      message: issue.message,
      ...(node?.range ? { position: at(node.range[0]) } : {}),
    });
  }
  return issues;
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

function keyNode(parent: YamlNode | undefined, key: string): YamlNode | undefined {
  if (!isMap(parent)) return undefined;
  for (const pair of parent.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair.key;
  }
  return undefined;
}

/** The node at `path`, or its closest existing ancestor when a required key is absent. */
function nearestNode(doc: ReturnType<typeof parseDocument>, path: string[]): YamlNode | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = doc.getIn(path.slice(0, length), true) as YamlNode | undefined;
    if (node && typeof node === "object" && "range" in node) return node;
  }
  return undefined;
}
