import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  stderrLog
} from "./chunk-E2BUGGPJ.js";
import {
  cliOctokit,
  repositoryOf
} from "./chunk-D5QGDBS6.js";
import {
  ArgumentError,
  timeOption
} from "./chunk-IYG7IW7E.js";
import {
  createState,
  loadRepoConfig
} from "./chunk-Q6ZBXPKP.js";
import {
  GitHubApiError,
  GitHubClient
} from "./chunk-NZJDZTSW.js";
import {
  loadConfig
} from "./chunk-UXSFPDDS.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";

// cli/repository-config.ts
async function repositoryConfig(deps, io, path, words) {
  if (path !== void 0) {
    let loaded = await loadConfig(io.cwd, path);
    return { config: loaded.config, description: loaded.description };
  }
  let where = `${deps.repo.owner}/${deps.repo.repo}`;
  try {
    deps.repo.defaultBranch = await deps.gh.getDefaultBranch();
    let loaded = await loadRepoConfig(deps);
    if (!loaded.ok) throw loaded.error;
    let on = `on ${deps.repo.defaultBranch} of ${where}`, own = loaded.fromFile && loaded.files.join() === `${where}:${CONFIG_PATH}`;
    return {
      config: loaded.config,
      description: own ? `${CONFIG_PATH} ${on}` : loaded.fromFile ? loaded.files.join(" → ") : `defaults (no ${CONFIG_PATH} ${on}, nor in ${deps.repo.owner}/.github)`
    };
  } catch (error) {
    throw error instanceof GitHubApiError ? new UsageError(
      `cannot read the config of ${where}: ${error.reason}. The token needs ${words.needs} on the repository; --config <path> reads a local file instead. ${words.nothing}`
    ) : error;
  }
}
function tokenDeps(io, options, words) {
  let repository = repositoryOf(options.repo ?? io.env.GITHUB_REPOSITORY), now = timeOption("--now", options.now) ?? /* @__PURE__ */ new Date(), token = (io.env.GITHUB_TOKEN ?? "").trim();
  if (token === "")
    throw new ArgumentError(
      `GITHUB_TOKEN is not set, so ${words.reads} cannot be read`,
      words.hint
    );
  return { deps: {
    gh: new GitHubClient(cliOctokit(io, token), repository),
    state: createState({
      dryRun: options.dryRun,
      configCacheSeconds: 0,
      now: () => now,
      checkRunButtons: !1,
      freshPulls: "always"
    }),
    log: stderrLog(io),
    // These commands expand no teams, so whether the owner is an organisation does not matter.
    repo: { ...repository, defaultBranch: "", ownerIsOrg: !1 }
  }, now };
}

export {
  repositoryConfig,
  tokenDeps
};
