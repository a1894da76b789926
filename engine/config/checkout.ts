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
} from "../../core/index.js";
import { CONFIG_LIMIT, tooLargeIssue } from "../../core/limits.js";
import { safeText } from "../../core/render/safe-text.js";
import { FileTooLargeError, readOptionalFile, readTextFile } from "../io.js";

/** A config ready to use, and where it came from in words. */
export interface LoadedConfig {
  config: Config;
  /** The file it was read from, as the user would write it; `undefined` for the defaults. */
  file: string | undefined;
  /**
   * `.github/pilot-gate.yml`, `defaults (no .github/pilot-gate.yml)`, or for
   * a file with `_extends` that it is used alone.
   */
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
    return loaded(parseConfig(text, path), path);
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
  return loaded(parseConfig(text, CONFIG_PATH), CONFIG_PATH);
}

function loaded(config: Config, file: string): LoadedConfig {
  const description =
    config._extends === undefined
      ? file
      : `${file} alone (its _extends "${safeText(config._extends)}" is not followed here)`;
  return { config, file, description };
}

/**
 * What the CLI, and the Actions that read the checkout, say of a file's
 * `_extends`: it is not followed. They read local files only (a checkout
 * holds one repository, and most commands have no GitHub access), so the
 * file is used alone; the App and the pull-request Action read the config
 * through GitHub and follow it.
 */
export function extendsNote(file: string, value: string): string {
  return `${file} extends "${value}", which is not read here: this file is used alone, without the settings it would inherit. The App and the pull-request Action follow _extends.`;
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
