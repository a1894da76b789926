import merge from "deepmerge";
import { ConfigError, type ConfigIssue } from "../errors.js";
import { CONFIG_LIMIT } from "../limits.js";
import type { Position } from "../types.js";
import { readYamlMapping, validateLayers, type YamlLayer } from "../yaml/validate.js";
import { renameRuleIssues } from "./load.js";
import { type Config, configSchema, defaultConfig } from "./schema.js";

/** What `_extends` takes, for a value that is not text. */
const EXTENDS_FORMAT =
  "`_extends` names the config to inherit, as text: `repo` or `owner/repo` (that repository's .github/pilot-gate.yml) or `owner/repo:path/to/file.yml`; remove it to inherit nothing";

/** One file of a config composed with `_extends`, read and checked for syntax. */
export interface ConfigLayer {
  /** `owner/repo:path`, as problems name it. */
  name: string;
  /** Its path in the repository being judged; `undefined` for another repository's file. */
  localPath: string | undefined;
  /** The `_extends` it names, and where, for problems with the file it leads to. */
  extends: { value: string; position: Position | undefined } | undefined;
  yaml: YamlLayer;
}

/** How problems name a config file: `owner/repo:path`. */
export function configFileName(owner: string, repo: string, path: string): string {
  return `${owner}/${repo}:${path}`;
}

/**
 * Reads one file of a config: its size, its YAML syntax, a mapping at the
 * root, and an `_extends` that is text. Throws `ConfigError` naming `name`,
 * each problem at its line and column. The settings themselves are checked
 * once the files are composed (`composeConfig`), since a file may rely on
 * one it extends (a section titled there, say).
 */
export function readConfigLayer(name: string, text: string, localPath?: string): ConfigLayer {
  const localPaths = localPath !== undefined ? { [name]: localPath } : {};
  const read = readYamlMapping(text, {
    rootDescription: "a mapping of keys (ids, sections, rules, ...)",
    limit: CONFIG_LIMIT,
    file: name,
  });
  if (!read.ok) throw new ConfigError(name, read.issues, read.unlisted, localPaths);
  const { layer } = read;
  const value = layer.data._extends;
  if (value === undefined) return { name, localPath, extends: undefined, yaml: layer };
  const position = extendsPosition(layer);
  if (typeof value !== "string" || value.trim() === "") {
    throw new ConfigError(
      name,
      [
        {
          path: "_extends",
          message: EXTENDS_FORMAT,
          ...(position ? { position } : {}),
        },
      ],
      0,
      localPaths,
    );
  }
  return { name, localPath, extends: { value, position }, yaml: layer };
}

/**
 * The config composed from `layers`: the repository's own file (or its
 * organisation's) first, then each file it extends in turn. Mappings merge
 * key by key, the earlier file winning; a list or a single value is taken
 * whole from the earliest file that sets it, so a repository can shorten an
 * inherited list. Merged with deepmerge, as Probot's `context.config` does,
 * except that Probot's default concatenates lists, which would let no
 * repository drop an inherited pattern or approver. The judged repository's
 * files among them become governance files (`withLocalGovernance`). No
 * layers: the playbook defaults. Throws `ConfigError` with each problem in
 * the file it is in.
 */
export function composeConfig(layers: readonly ConfigLayer[]): Config {
  const [first] = layers;
  if (!first) return defaultConfig();
  const data = layers.map((layer) => withoutExtends(layer.yaml.data));
  const merged =
    data.length === 1
      ? data[0]
      : merge.all([...data].reverse(), { arrayMerge: (_inherited, own) => own });
  const result = validateLayers(
    merged,
    configSchema,
    layers.map((layer) => layer.yaml),
  );
  if (result.ok) return withLocalGovernance(result.data, layers);
  const issues = renameRuleIssues(result.issues);
  throw new ConfigError(
    issues[0]?.file ?? first.name,
    issues,
    result.unlisted,
    localPathsOf(layers),
  );
}

/**
 * A problem with where `layer`'s `_extends` leads (a loop, a chain too long, a
 * file that is not there), located at the `_extends` line, naming the chain.
 */
export function extendsError(
  layers: readonly ConfigLayer[],
  layer: ConfigLayer,
  message: string,
): ConfigError {
  const issue: ConfigIssue = {
    path: "_extends",
    message,
    ...(layer.extends?.position ? { position: layer.extends.position } : {}),
  };
  return new ConfigError(layer.name, [issue], 0, localPathsOf(layers));
}

function localPathsOf(layers: readonly ConfigLayer[]): Record<string, string> {
  return Object.fromEntries(
    layers.flatMap((layer) =>
      layer.localPath !== undefined ? [[layer.name, layer.localPath] as const] : [],
    ),
  );
}

/**
 * The files of the judged repository a config is composed of decide its
 * rules as much as `.github/pilot-gate.yml` does, so they are governance
 * files too: a PR changing the file the config extends needs the same
 * approval. Unless the team turned the rule's paths off (`paths: []`).
 */
function withLocalGovernance(config: Config, layers: readonly ConfigLayer[]): Config {
  const rule = config.rules["governance-files"];
  if (rule.paths.length === 0) return config;
  const added = layers.flatMap((layer) =>
    layer.localPath !== undefined && !rule.paths.includes(layer.localPath) ? [layer.localPath] : [],
  );
  if (added.length > 0) rule.paths = [...rule.paths, ...added];
  return config;
}

/** `_extends` has been followed once composed; the config itself holds none. */
function withoutExtends(data: Record<string, unknown>): Record<string, unknown> {
  const { _extends: _followed, ...rest } = data;
  return rest;
}

function extendsPosition(layer: YamlLayer): Position | undefined {
  const node = layer.doc.get("_extends", true) as { range?: [number, number, number] } | undefined;
  return node?.range ? layer.at(node.range[0]) : undefined;
}
