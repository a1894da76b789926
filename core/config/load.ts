import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { ConfigError, type ConfigIssue } from "../errors.js";
import type { Position } from "../types.js";
import { CONFIG_PATH, type Config, configSchema } from "./schema.js";

/**
 * Parses and validates config text. Throws `ConfigError` with every problem
 * located at its line and column.
 *
 * Uses the `yaml` package rather than js-yaml because it keeps a source range
 * for every node, which is what lets a schema error such as an unknown key
 * point at the exact line a team has to edit.
 */
export function parseConfig(text: string, file: string = CONFIG_PATH): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((error) => ({
        path: "",
        message: `YAML syntax error: ${firstLine(error.message)}`,
        position: at(error.pos[0]),
      })),
    );
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigError(file, [
      { path: "", message: `cannot read YAML: ${(error as Error).message}` },
    ]);
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    const start = doc.contents?.range?.[0];
    throw new ConfigError(file, [
      {
        path: "",
        message:
          "the config must be a mapping of keys (ids, sections, rules), not a list or a single value",
        ...(start !== undefined ? { position: at(start) } : {}),
      },
    ]);
  }

  const result = configSchema.safeParse(data);
  if (result.success) return result.data;
  throw new ConfigError(file, toIssues(result.error, doc, at));
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

function toIssues(
  error: z.ZodError,
  doc: ReturnType<typeof parseDocument>,
  at: (offset: number) => Position,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const keyNode = findKeyNode(doc.getIn(path, true) as YamlNode | undefined, key);
        issues.push({
          path: [...path, key].join("."),
          message: `unknown ${path.length === 1 && path[0] === "rules" ? "rule" : "key"} "${key}"${hintFor(path)}`,
          ...(keyNode?.range ? { position: at(keyNode.range[0]) } : {}),
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

/** Names the keys a mapping may hold, so a typo's fix is one glance away. */
function hintFor(path: string[]): string {
  let shape: unknown = configSchema;
  for (const key of path) {
    const unwrapped = unwrap(shape);
    const next = unwrapped?.shape?.[key];
    if (!next) return "";
    shape = next;
  }
  const keys = Object.keys(unwrap(shape)?.shape ?? {});
  return keys.length > 0 ? `; allowed here: ${keys.join(", ")}` : "";
}

function unwrap(schema: unknown): { shape?: Record<string, unknown> } | undefined {
  let current = schema as
    | { shape?: Record<string, unknown>; def?: { innerType?: unknown } }
    | undefined;
  while (current && !current.shape && current.def?.innerType) {
    current = current.def.innerType as typeof current;
  }
  return current;
}

function findKeyNode(parent: YamlNode | undefined, key: string): YamlNode | undefined {
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
