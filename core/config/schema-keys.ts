import { configJsonSchema } from "./json-schema.js";

/** The parts of a generated JSON Schema node that the config's documentation reads. */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
}

/** One key of the config, with its schema and the keys under it. */
export interface ConfigKey {
  /** The key as written in the file; `<id>` for the entries of a map keyed by the user. */
  key: string;
  /** Dotted path from the root, e.g. `rules.branch-name.severity`. */
  path: string;
  node: SchemaNode;
  children: ConfigKey[];
}

function keysOf(node: SchemaNode, path: string): ConfigKey[] {
  // A key taking one of several forms (a list, or a mapping of named keys)
  // documents the keys of its mapping form.
  const properties = node.properties ?? node.anyOf?.find((form) => form.properties)?.properties;
  return Object.entries(properties ?? {}).map(([key, child]) => {
    const childPath = path ? `${path}.${key}` : key;
    const children = keysOf(child, childPath);
    const entry = child.additionalProperties;
    if (typeof entry === "object" && entry.properties) {
      const entryPath = `${childPath}.<id>`;
      children.push({
        key: "<id>",
        path: entryPath,
        node: entry,
        children: keysOf(entry, entryPath),
      });
    }
    return { key, path: childPath, node: child, children };
  });
}

/**
 * Every key of `.github/pilot-gate.yml` in the schema's order, nested as in
 * the file, each with the description its zod schema gives: the one source
 * for the README's config reference and the file `pilot-gate init` writes.
 */
export function configKeys(): ConfigKey[] {
  return keysOf(configJsonSchema() as SchemaNode, "");
}
