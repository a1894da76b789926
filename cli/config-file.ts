import { readdir } from "node:fs/promises";
import { join } from "node:path";
import {
  CONFIG_PATH,
  type Config,
  ConfigError,
  defaultConfig,
  PR_TEMPLATE_DIRS,
  parseConfig,
  pickPrTemplateName,
} from "../core/index.js";
import { CONFIG_LIMIT, tooLargeIssue } from "../core/limits.js";
import { FileTooLargeError, readOptionalFile, readTextFile } from "./io.js";

/** A config ready to use, and where it came from in words. */
export interface LoadedConfig {
  config: Config;
  /** The file it was read from, as the user would write it; `undefined` for the defaults. */
  file: string | undefined;
  /** `.github/pilot-gate.yml` or `defaults (no .github/pilot-gate.yml)`. */
  description: string;
}

/**
 * Loads the config at `path` (relative to cwd), or `.github/pilot-gate.yml`
 * when it exists, or the defaults. A config that does not parse throws
 * `ConfigError`; a `path` that cannot be read throws `UsageError`.
 */
export async function loadConfig(cwd: string, path: string | undefined): Promise<LoadedConfig> {
  if (path !== undefined) {
    const text = await readConfigFile(cwd, path);
    return { config: parseConfig(text, path), file: path, description: path };
  }
  const text = await limitConfig(CONFIG_PATH, () =>
    readOptionalFile(join(cwd, CONFIG_PATH), CONFIG_LIMIT, CONFIG_PATH),
  );
  if (text === undefined) {
    return {
      config: defaultConfig(),
      file: undefined,
      description: `defaults (no ${CONFIG_PATH})`,
    };
  }
  return { config: parseConfig(text, CONFIG_PATH), file: CONFIG_PATH, description: CONFIG_PATH };
}

/**
 * Reads config text from `path`, relative to cwd. A file over `CONFIG_LIMIT`
 * is not read: it is the same `ConfigError` the App reports for it.
 */
export async function readConfigFile(cwd: string, path: string, hint = ""): Promise<string> {
  return limitConfig(path, () => readTextFile(cwd, path, hint, CONFIG_LIMIT));
}

async function limitConfig<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      throw new ConfigError(path, [tooLargeIssue(error.bytes, CONFIG_LIMIT)]);
    }
    throw error;
  }
}

/**
 * The repository's PR template, found where GitHub looks for it (see
 * `PR_TEMPLATE_DIRS` and `pickPrTemplateName`), as the App finds it on the
 * default branch.
 */
export async function findPrTemplate(
  cwd: string,
): Promise<{ path: string; text: string } | undefined> {
  for (const dir of PR_TEMPLATE_DIRS) {
    let files: string[];
    try {
      const entries = await readdir(join(cwd, dir), { withFileTypes: true });
      files = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
    } catch {
      continue;
    }
    const name = pickPrTemplateName(files);
    if (!name) continue;
    const path = dir ? `${dir}/${name}` : name;
    try {
      const text = await readOptionalFile(join(cwd, path));
      if (text !== undefined) return { path, text };
    } catch {
      // Unreadable (no permission): judge without it, like GitHub would.
    }
  }
  return undefined;
}
