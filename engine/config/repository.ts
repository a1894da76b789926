import { parse as parseYaml } from "yaml";
import {
  type ConfigLayer,
  composeConfig,
  extendsError,
  readConfigLayer,
} from "../../core/config/compose.js";
import { CONFIG_PATH, ConfigError, parseConfig } from "../../core/index.js";
import { CONFIG_EXTENDS_LIMIT, CONFIG_LIMIT } from "../../core/limits.js";
import { ConfigChainError, type ConfigFileRead, extendsTarget } from "../../github/client.js";
import { readThrough } from "../cache.js";
import { type EventDeps, repoKey } from "../event.js";
import type { CachedConfig, CachedConfigFile, LoadedConfig } from "../state.js";

/**
 * The repository's config as Probot apps read theirs: `.github/pilot-gate.yml`
 * on the default branch, or the organisation's in its `.github` repository
 * when the repository has none, each followed through `_extends` (read on
 * the default branch of the repository it names). The default branch is the
 * branch people cannot push to freely, so a PR cannot loosen the rules (or
 * grant itself a role) that judge it.
 *
 * Cached per repository; revalidated once older than `configCacheSeconds`
 * with `If-None-Match` on every file of the chain (304s cost no rate limit);
 * dropped when a push changes one of its files. `revalidate` asks GitHub
 * even when the cache is young (a re-run must use the rules as they are
 * now). Only when neither the repository nor its organisation
 * has the file do the playbook defaults apply; an `_extends` that leads
 * nowhere is a config error, never the defaults (which may be looser). A
 * failed read keeps the last config read, or throws when there is none (see
 * `GitHubClient.getRawFile`).
 */
export async function loadRepoConfig(
  deps: EventDeps,
  { revalidate = false }: { revalidate?: boolean } = {},
): Promise<LoadedConfig> {
  const entry = await readThrough(
    deps,
    deps.state.configs,
    repoKey(deps.repo),
    CONFIG_PATH,
    async (cached, now) => {
      let chain = await readChain(deps, cached);
      if (cached && unchanged(chain, cached)) return { ...cached, fetchedAt: now };
      // A file answered 304 has no text here: something else in the chain
      // changed, so read the whole chain again (this costs requests only when
      // a config changes).
      if (chain.reads.some((read) => read.answer.kind === "not-modified")) {
        chain = await readChain(deps, undefined);
      }
      return { files: cachedFiles(chain), fetchedAt: now, loaded: loadedFrom(chain, deps) };
    },
    { revalidate },
  );
  return entry.loaded;
}

/** Drops a repository's cached config, e.g. after a push that changed it. */
export function forgetRepoConfig(deps: Pick<EventDeps, "state" | "repo">): void {
  deps.state.configs.delete(repoKey(deps.repo));
}

/**
 * Drops every cached config composed from a file of the pushed repository
 * `deps.repo` (one of `paths`, or any when the push does not say which
 * changed), and tells whether the pushed repository's own config was one.
 */
export function forgetConfigsReading(
  deps: Pick<EventDeps, "state" | "repo">,
  paths: ReadonlySet<string> | undefined,
): boolean {
  const { owner, repo } = deps.repo;
  const prefix = `${owner}/${repo}:`.toLowerCase();
  const own = repoKey(deps.repo);
  let dropped = false;
  // A copy: entries are deleted while walking them.
  for (const [key, entry] of [...deps.state.configs.entries()]) {
    const reads = entry.files.some(
      (file) =>
        file.name.toLowerCase().startsWith(prefix) &&
        (paths === undefined || paths.has(file.name.slice(prefix.length))),
    );
    if (!reads) continue;
    deps.state.configs.delete(key);
    if (key === own) dropped = true;
  }
  return dropped;
}

/** Parses a single config file (a PR's own version); a `ConfigError` becomes a value so callers fail closed with it. */
function parseConfigText(text: string): LoadedConfig {
  try {
    return {
      ok: true,
      config: parseConfig(text, CONFIG_PATH),
      fromFile: true,
      files: [CONFIG_PATH],
    };
  } catch (error) {
    if (error instanceof ConfigError) {
      return { ok: false, error, checkName: checkNameOf(text) };
    }
    throw error;
  }
}

/**
 * A PR's own config, validated only: it is never applied to the PR, and its
 * `_extends` is not read. Besides what `parseConfigText` checks, an
 * `_extends` Probot's rules cannot resolve is a problem at its line, so the
 * PR learns before merging that the file would fail every check.
 */
export async function parsePullConfigText(
  text: string,
  repo: Pick<EventDeps["repo"], "owner" | "repo">,
): Promise<LoadedConfig> {
  const parsed = parseConfigText(text);
  const value = parsed.ok ? parsed.config._extends : undefined;
  if (value === undefined) return parsed;
  if (await extendsTarget(repo, CONFIG_PATH, value)) return parsed;
  const layer = readConfigLayer(CONFIG_PATH, text, CONFIG_PATH);
  return {
    ok: false,
    error: extendsError([layer], layer, invalidExtends(value)),
    checkName: checkNameOf(text),
  };
}

/**
 * The check name a broken config asks for, read leniently. Posting the
 * config error under the default name when the team renamed the check would
 * leave the check branch protection requires missing, not failing. Only the
 * lines within `CONFIG_LIMIT` are read, and duplicate keys are not looked
 * for (the library's check is quadratic): this read must cost no more than
 * the validation that failed.
 */
export function checkNameOf(text: string): string {
  return checkNameIn(text) ?? DEFAULT_CHECK_NAME;
}

const DEFAULT_CHECK_NAME = "required-check";

function checkNameIn(text: string): string | undefined {
  const head =
    text.length > CONFIG_LIMIT.bytes
      ? text.slice(0, text.lastIndexOf("\n", CONFIG_LIMIT.bytes) + 1)
      : text;
  try {
    const data = parseYaml(head, { maxAliasCount: 100, uniqueKeys: false }) as {
      check?: { name?: unknown };
    } | null;
    const name = data?.check?.name;
    return typeof name === "string" && name.trim() !== "" && name.length <= 100 ? name : undefined;
  } catch {
    return undefined;
  }
}

/** One pass over a repository's config files: what GitHub answered, each file read, and what stopped the pass. */
interface Chain {
  reads: ConfigFileRead[];
  layers: Map<string, ConfigLayer>;
  problem: ConfigError | ConfigChainError | undefined;
}

/**
 * Reads the config files (`GitHubClient.readConfigFiles`), asking
 * conditionally for those `cached` has ETags for. Each file read is parsed
 * here, once; a file answered 304 leads where it led before.
 */
async function readChain(deps: EventDeps, cached: CachedConfig | undefined): Promise<Chain> {
  const before = new Map((cached?.files ?? []).map((file) => [file.name, file]));
  const etags = new Map(
    [...before.values()].flatMap((file) => (file.etag ? [[file.name, file.etag] as const] : [])),
  );
  const layers = new Map<string, ConfigLayer>();
  const reads: ConfigFileRead[] = [];
  // A file that does not parse ends the chain (it leads nowhere known) and is the config's error.
  let unparsed: ConfigError | undefined;
  let problem: Chain["problem"];
  try {
    reads.push(
      ...(await deps.gh.readConfigFiles(CONFIG_PATH, {
        ref: deps.repo.defaultBranch,
        etags,
        maxExtends: CONFIG_EXTENDS_LIMIT,
        extendsOf(file) {
          if (file.answer.kind === "not-modified") return before.get(file.name)?.extends;
          if (file.answer.kind !== "found") return undefined;
          try {
            const layer = readConfigLayer(file.name, file.answer.text, localPath(deps, file));
            layers.set(file.name, layer);
            return layer.extends?.value;
          } catch (error) {
            if (!(error instanceof ConfigError)) throw error;
            unparsed ??= error;
            return undefined;
          }
        },
      })),
    );
  } catch (error) {
    if (!(error instanceof ConfigChainError)) throw error;
    reads.push(...error.files);
    problem = error;
  }
  return { reads, layers, problem: unparsed ?? problem };
}

/** Every file answered as when cached: 304 for a file that was there, 404 for one that was not. */
function unchanged(chain: Chain, cached: CachedConfig): boolean {
  return (
    chain.reads.length === cached.files.length &&
    chain.reads.every((read, i) => {
      const file = cached.files[i];
      if (!file || file.name !== read.name) return false;
      return file.missing ? read.answer.kind === "missing" : read.answer.kind === "not-modified";
    })
  );
}

function cachedFiles(chain: Chain): CachedConfigFile[] {
  return chain.reads.map((read) => ({
    name: read.name,
    missing: read.answer.kind === "missing",
    etag: read.answer.kind === "found" ? read.answer.etag : undefined,
    extends: chain.layers.get(read.name)?.extends?.value,
  }));
}

/** The config a complete pass read, or the config error that names the file and line at fault. */
function loadedFrom(chain: Chain, deps: EventDeps): LoadedConfig {
  const found = chain.reads.flatMap((read) => {
    const layer = chain.layers.get(read.name);
    return layer ? [layer] : [];
  });
  const failed = (error: ConfigError): LoadedConfig => ({
    ok: false,
    error,
    checkName: checkNameOfChain(chain),
  });
  if (chain.problem instanceof ConfigError) return failed(chain.problem);
  if (chain.problem instanceof ConfigChainError) {
    return failed(chainError(chain.problem, found));
  }
  const broken = chain.reads.findIndex(
    (read) => read.via === "extends" && read.answer.kind === "missing",
  );
  if (broken > 0) {
    // A complete pass: the file that led here was read and parsed.
    const from = found.at(-1) as ConfigLayer;
    const target = chain.reads[broken] as ConfigFileRead;
    return failed(
      extendsError(
        found,
        from,
        `\`_extends: ${from.extends?.value}\` leads to ${target.name}, which does not exist or ${deps.gh.reader.who} cannot read; create it, correct \`_extends\`, or ${deps.gh.reader.grant} (pilot-gate does not fall back to the defaults, which may be looser)`,
      ),
    );
  }
  try {
    const config = composeConfig(found);
    return { ok: true, config, fromFile: found.length > 0, files: found.map((l) => l.name) };
  } catch (error) {
    if (error instanceof ConfigError) return failed(error);
    throw error;
  }
}

/** A loop, a chain too long, or an `_extends` value the plugin refuses, located at the last file's `_extends`. */
function chainError(problem: ConfigChainError, found: ConfigLayer[]): ConfigError {
  // A complete pass: the file whose `_extends` is at fault was read and parsed.
  const from = found.at(-1) as ConfigLayer;
  const value = from.extends?.value ?? "";
  const chain = [...found.map((layer) => layer.name), problem.target ?? `\`_extends: ${value}\``];
  const path = chain.join(" → ");
  switch (problem.kind) {
    case "loop":
      return extendsError(
        found,
        from,
        `\`_extends\` leads back to a file already read: ${path}; extend a config that does not extend this one`,
      );
    case "too-long":
      return extendsError(
        found,
        from,
        `the config extends more than ${CONFIG_EXTENDS_LIMIT} files (${path}); pilot-gate follows \`_extends\` at most ${CONFIG_EXTENDS_LIMIT} times, so extend the base config more directly`,
      );
    case "invalid":
      return extendsError(found, from, invalidExtends(value));
  }
}

function invalidExtends(value: string): string {
  return `\`_extends: ${value}\` names no repository or file: write \`repo\`, \`owner/repo\` (that repository's ${CONFIG_PATH}) or \`owner/repo:path/to/file.yml\` (.yml or .yaml)`;
}

/** The check name the chain's nearest file asks for, read leniently (see `checkNameOf`). */
function checkNameOfChain(chain: Chain): string {
  for (const read of chain.reads) {
    if (read.answer.kind !== "found") continue;
    const name = checkNameIn(read.answer.text);
    if (name !== undefined) return name;
  }
  return DEFAULT_CHECK_NAME;
}

/** A file of the judged repository is annotated on the check; another repository's is not. */
function localPath(deps: EventDeps, file: ConfigFileRead): string | undefined {
  const same =
    file.owner.toLowerCase() === deps.repo.owner.toLowerCase() &&
    file.repo.toLowerCase() === deps.repo.repo.toLowerCase();
  return same ? file.path : undefined;
}
