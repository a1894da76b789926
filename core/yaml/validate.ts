import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import type { ConfigIssue } from "../errors.js";
import type { Position } from "../types.js";

/** A YAML (or JSON) file read against a zod schema: the data, or every problem located. */
export type YamlResult<T> = { ok: true; data: T } | { ok: false; issues: ConfigIssue[] };

/**
 * Parses YAML text and validates it with `schema`, locating every problem at
 * its line and column: syntax errors, duplicate keys, alias bombs, unknown
 * keys (with the keys allowed there), wrong types and failed refinements.
 * JSON is YAML, so JSON files go through here too.
 *
 * Uses the `yaml` package rather than js-yaml because it keeps a source range
 * for every node, which is what lets a schema error point at the exact line
 * a person has to edit. `prepare` may reshape the plain data before
 * validation (e.g. turn YAML timestamps into strings).
 */
export function parseYamlAs<S extends z.ZodType>(
  text: string,
  schema: S,
  options: {
    rootDescription: string;
    /** Said of an empty file; without it an empty file is validated as `{}`. */
    emptyMessage?: string;
    prepare?: (data: unknown) => unknown;
  },
): YamlResult<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => ({
        path: "",
        message: `YAML syntax error: ${error.message.split("\n")[0] ?? error.message}`,
        position: at(error.pos[0]),
      })),
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: "", message: `cannot read YAML: ${(error as Error).message}` }],
    };
  }
  if (data === null || data === undefined) {
    if (options.emptyMessage)
      return { ok: false, issues: [{ path: "", message: options.emptyMessage }] };
    data = {};
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const start = doc.contents?.range?.[0];
    return {
      ok: false,
      issues: [
        {
          path: "",
          message: `the file must be ${options.rootDescription}, not a list or a single value`,
          ...(start !== undefined ? { position: at(start) } : {}),
        },
      ],
    };
  }

  const result = schema.safeParse(options.prepare ? options.prepare(data) : data);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, issues: toIssues(result.error, doc, at, schema) };
}

function toIssues(
  error: z.ZodError,
  doc: ReturnType<typeof parseDocument>,
  at: (offset: number) => Position,
  schema: z.ZodType,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const keyNode = findKeyNode(doc.getIn(path, true) as YamlNode | undefined, key);
        issues.push({
          path: [...path, key].join("."),
          message: `unknown key "${key}"${hintFor(schema, path)}`,
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
function hintFor(schema: z.ZodType, path: string[]): string {
  let shape: unknown = schema;
  for (const key of path) {
    const next = unwrap(shape)?.shape?.[key];
    if (!next) return "";
    shape = next;
  }
  const keys = Object.keys(unwrap(shape)?.shape ?? {});
  return keys.length > 0 ? `; allowed here: ${keys.join(", ")}` : "";
}

function unwrap(schema: unknown): { shape?: Record<string, unknown> } | undefined {
  let current = schema as
    | { shape?: Record<string, unknown>; def?: { innerType?: unknown; in?: unknown } }
    | undefined;
  while (current && !current.shape && (current.def?.innerType || current.def?.in)) {
    current = (current.def.innerType ?? current.def.in) as typeof current;
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

/** The 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}
