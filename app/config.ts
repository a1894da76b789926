import { parse as parseYaml } from "yaml";
import { CONFIG_PATH, ConfigError, defaultConfig, parseConfig } from "../core/index.js";
import { CONFIG_LIMIT } from "../core/limits.js";
import { type EventDeps, type LoadedConfig, repoKey } from "./state.js";

/**
 * The repository's config from its default branch: the branch people cannot
 * push to freely, so a PR cannot loosen the rules (or grant itself a role)
 * that judge it. Cached per repository; revalidated with `If-None-Match`
 * once older than `configCacheSeconds`; dropped when a push changes it.
 * `revalidate` asks GitHub even when the cache is young (a re-run or an
 * override must use the rules as they are now). Only a file that does not
 * exist means the playbook defaults; a failed read keeps the last config
 * read, or throws when there is none (see `GitHubClient.getRawFile`).
 */
export async function loadRepoConfig(
  deps: EventDeps,
  { revalidate = false }: { revalidate?: boolean } = {},
): Promise<LoadedConfig> {
  const { gh, state, repo } = deps;
  const key = repoKey(repo);
  const now = state.options.now().getTime();
  const cached = state.configs.get(key);
  const young = cached && now - cached.fetchedAt < state.options.configCacheSeconds * 1_000;
  if (cached && young && !revalidate) {
    return cached.loaded;
  }

  let answer: Awaited<ReturnType<typeof gh.getRawFile>>;
  try {
    answer = await gh.getRawFile(CONFIG_PATH, repo.defaultBranch, cached?.etag);
  } catch (error) {
    // A fault is not an answer: the last config read stays in force (never
    // the defaults, which may be looser), and with none the event fails
    // closed through the guard. The cache keeps its age, so the next event
    // asks again.
    if (!cached) throw error;
    deps.log.warn(
      { err: error },
      `could not revalidate ${CONFIG_PATH}; using the copy read ${Math.round((now - cached.fetchedAt) / 1_000)} s ago`,
    );
    return cached.loaded;
  }
  if (answer.kind === "not-modified" && cached) {
    state.configs.set(key, { ...cached, fetchedAt: now });
    return cached.loaded;
  }
  let loaded: LoadedConfig;
  let etag: string | undefined;
  if (answer.kind === "found") {
    loaded = parseConfigText(answer.text);
    etag = answer.etag;
  } else {
    loaded = { ok: true, config: defaultConfig(), fromFile: false };
  }
  state.configs.set(key, { etag, fetchedAt: now, loaded });
  return loaded;
}

/** Drops a repository's cached config, e.g. after a push that changed it. */
export function forgetRepoConfig(deps: Pick<EventDeps, "state" | "repo">): void {
  deps.state.configs.delete(repoKey(deps.repo));
}

/** Parses config text; a `ConfigError` becomes a value so callers fail closed with it. */
export function parseConfigText(text: string): LoadedConfig {
  try {
    return { ok: true, config: parseConfig(text, CONFIG_PATH), fromFile: true };
  } catch (error) {
    if (error instanceof ConfigError) {
      return { ok: false, error, checkName: checkNameOf(text) };
    }
    throw error;
  }
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
  const fallback = defaultConfig().check.name;
  const head =
    text.length > CONFIG_LIMIT.bytes
      ? text.slice(0, text.lastIndexOf("\n", CONFIG_LIMIT.bytes) + 1)
      : text;
  try {
    const data = parseYaml(head, { maxAliasCount: 100, uniqueKeys: false }) as {
      check?: { name?: unknown };
    } | null;
    const name = data?.check?.name;
    return typeof name === "string" && name.trim() !== "" && name.length <= 100 ? name : fallback;
  } catch {
    return fallback;
  }
}
