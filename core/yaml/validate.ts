import {
  type Document,
  isMap,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Node as YamlNode,
} from "yaml";
import type { z } from "zod";
import type { ConfigIssue } from "../errors.js";
import { type InputLimit, MAX_FILE_ISSUES, sizeOverLimit, tooLargeIssue } from "../limits.js";
import type { Position } from "../types.js";

/**
 * A YAML (or JSON) file read against a zod schema: the data, or its problems
 * located (at most `MAX_FILE_ISSUES`; `unlisted` counts the rest).
 */
export type YamlResult<T> =
  | { ok: true; data: T }
  | { ok: false; issues: ConfigIssue[]; unlisted: number };

/**
 * Parses YAML text and validates it with `schema`, locating every problem at
 * its line and column: syntax errors, duplicate keys, alias bombs, unknown
 * keys (with the keys allowed there), wrong types and failed refinements.
 * JSON is YAML, so JSON files go through here too.
 *
 * Text over `limit` is refused before parsing, with one issue that says so.
 * Within it the cost stays linear: duplicate keys are found with one set per
 * mapping, alias expansion is capped (the library's `maxAliasCount`), and
 * only the first `MAX_FILE_ISSUES` problems are located.
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
    limit: InputLimit;
    /** Said of an empty file; without it an empty file is validated as `{}`. */
    emptyMessage?: string;
    prepare?: (data: unknown) => unknown;
  },
): YamlResult<z.output<S>> {
  const read = readYamlMapping(text, options);
  if (!read.ok) return read;
  const { layer } = read;
  return validateLayers(options.prepare ? options.prepare(layer.data) : layer.data, schema, [
    layer,
  ]);
}

/**
 * A YAML mapping read for validation: its plain data, the document it came
 * from (to locate a problem at its line and column), and the file it is, when
 * problems found in it must name a file of their own (a config composed of
 * several files, see core/config/compose.ts).
 */
export interface YamlLayer {
  data: Record<string, unknown>;
  doc: Document;
  at(offset: number): Position;
  file?: string;
}

/**
 * The first half of `parseYamlAs`: size, syntax, duplicate keys, alias
 * expansion and a mapping at the root, each problem located; no schema yet.
 */
export function readYamlMapping(
  text: string,
  options: { rootDescription: string; limit: InputLimit; emptyMessage?: string; file?: string },
): { ok: true; layer: YamlLayer } | { ok: false; issues: ConfigIssue[]; unlisted: number } {
  const tooLarge = sizeIssue(text, options.limit);
  if (tooLarge) return { ok: false, issues: [tooLarge], unlisted: 0 };

  const lineCounter = new LineCounter();
  // The library's own duplicate-key check compares each key with every key
  // before it (40,000 keys take seconds); `duplicateKeys` does it in one pass.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const syntax = [
    ...doc.errors.map((error) => ({
      offset: error.pos[0],
      message: error.message.split("\n")[0] ?? error.message,
    })),
    ...duplicateKeys(doc),
  ];
  if (syntax.length > 0) {
    const list = new IssueList();
    for (const { offset, message } of syntax.sort((a, b) => a.offset - b.offset)) {
      list.add(() => ({
        path: "",
        message: `YAML syntax error: ${message}`,
        position: at(offset),
      }));
    }
    return list.failure();
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail(`cannot read YAML: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) {
    if (options.emptyMessage) return fail(options.emptyMessage);
    data = {};
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const start = doc.contents?.range?.[0];
    return fail(
      `the file must be ${options.rootDescription}, not a list or a single value`,
      start !== undefined ? at(start) : undefined,
    );
  }
  return {
    ok: true,
    layer: {
      data: data as Record<string, unknown>,
      doc,
      at,
      ...(options.file !== undefined ? { file: options.file } : {}),
    },
  };
}

/**
 * Validates `data` with `schema`, locating each problem in the first of
 * `layers` that holds its path (or the nearest ancestor of it): the layers
 * `data` was merged from, the one that wins first. A problem located in a
 * layer with a `file` names that file.
 */
export function validateLayers<S extends z.ZodType>(
  data: unknown,
  schema: S,
  layers: readonly YamlLayer[],
): YamlResult<z.output<S>> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  return toIssues(result.error, layers, schema).failure();
}

/** The one issue of a text over `limit`, or `undefined` when it is within. */
export function sizeIssue(text: string, limit: InputLimit): ConfigIssue | undefined {
  const bytes = sizeOverLimit(text, limit);
  return bytes === undefined ? undefined : tooLargeIssue(bytes, limit);
}

function fail(
  message: string,
  position?: Position,
): { ok: false; issues: ConfigIssue[]; unlisted: 0 } {
  return {
    ok: false,
    issues: [{ path: "", message, ...(position ? { position } : {}) }],
    unlisted: 0,
  };
}

/** Issues up to `MAX_FILE_ISSUES`, then only counted: an issue past the cap is never located. */
class IssueList {
  readonly issues: ConfigIssue[] = [];
  unlisted = 0;

  get full(): boolean {
    return this.issues.length >= MAX_FILE_ISSUES;
  }

  add(make: () => ConfigIssue): void {
    if (this.full) this.unlisted++;
    else this.issues.push(make());
  }

  failure(): { ok: false; issues: ConfigIssue[]; unlisted: number } {
    return { ok: false, issues: this.issues, unlisted: this.unlisted };
  }
}

/**
 * Keys repeated in one mapping, where YAML would silently keep the last.
 * Scalar keys are equal when their values are (`1` and `"1"` differ), as in
 * the library's own check.
 */
function duplicateKeys(doc: Document): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (seen.has(value)) {
          found.push({
            offset: pair.key.range?.[0] ?? 0,
            message: `duplicate key "${String(value)}": map keys must be unique`,
          });
        }
        seen.add(value);
      }
    },
  });
  return found;
}

function toIssues(error: z.ZodError, layers: readonly YamlLayer[], schema: z.ZodType): IssueList {
  const list = new IssueList();
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      if (list.full) {
        list.unlisted += issue.keys.length;
        continue;
      }
      // One index and one hint per mapping: looking each key up in turn is quadratic.
      const indexes = layers.map((layer) => ({
        layer,
        keys: keyIndex(layer.doc.getIn(path, true) as YamlNode | undefined),
      }));
      const hint = hintFor(schema, path);
      for (const key of issue.keys) {
        list.add(() => {
          const found = indexes.find((index) => index.keys.has(key));
          const keyNode = found?.keys.get(key);
          return {
            path: [...path, key].join("."),
            message: `unknown key "${key}"${hint}`,
            ...(found && keyNode?.range ? located(found.layer, keyNode.range[0]) : {}),
          };
        });
      }
      continue;
    }
    list.add(() => {
      const found = nearestNode(layers, path);
      return {
        path: path.join("."),
        message: issue.message,
        ...(found?.node.range ? located(found.layer, found.node.range[0]) : {}),
      };
    });
  }
  return list;
}

/** Where a problem is: its position, and its file when the layer names one. */
function located(layer: YamlLayer, offset: number): Pick<ConfigIssue, "position" | "file"> {
  return {
    position: layer.at(offset),
    ...(layer.file !== undefined ? { file: layer.file } : {}),
  };
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

/** The key nodes of a mapping by their text; the first of a name wins, as YAML reports it. */
function keyIndex(parent: YamlNode | undefined): Map<string, YamlNode> {
  const index = new Map<string, YamlNode>();
  if (!isMap(parent)) return index;
  for (const pair of parent.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (!index.has(key)) index.set(key, pair.key);
  }
  return index;
}

/**
 * The node at `path`, or its closest existing ancestor when a required key is
 * absent, in the first layer that has it: a deeper node in a later layer
 * beats a shallower one in an earlier layer.
 */
function nearestNode(
  layers: readonly YamlLayer[],
  path: string[],
): { layer: YamlLayer; node: YamlNode } | undefined {
  for (let length = path.length; length >= 0; length--) {
    for (const layer of layers) {
      const node = layer.doc.getIn(path.slice(0, length), true) as YamlNode | undefined;
      if (node && typeof node === "object" && "range" in node) return { layer, node };
    }
  }
  return undefined;
}

/** The 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}
