import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  cliOctokit,
  repositoryOf
} from "./chunk-NPJITCEG.js";
import {
  ArgumentError,
  timeOption
} from "./chunk-IYG7IW7E.js";
import {
  createState,
  loadRepoConfig
} from "./chunk-IDXLIXZT.js";
import {
  GitHubApiError,
  GitHubClient
} from "./chunk-T2NOWLVF.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";

// cli/log.ts
function stderrLog(io) {
  let line = (level) => (first, message) => {
    let text = typeof first == "string" ? first : message ?? JSON.stringify(first);
    io.stderr.write(safeText(`pilot-gate: ${level}${text}
`));
  }, quiet = () => {
  };
  return {
    debug: io.env.PILOT_GATE_DEBUG ? line("debug: ") : quiet,
    info: line(""),
    warn: line("warning: "),
    error: line("error: ")
  };
}

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
function tokenClient(io, repository, words, token = "app") {
  let value = (io.env.GITHUB_TOKEN ?? "").trim();
  if (value === "") throw new ArgumentError(words.unset, words.hint);
  let octokit = cliOctokit(io, value);
  return token === "workflow" ? GitHubClient.forWorkflow(octokit, repository) : new GitHubClient(octokit, repository);
}
function tokenDeps(io, options, words) {
  let repository = repositoryOf(options.repo ?? io.env.GITHUB_REPOSITORY), now = timeOption("--now", options.now) ?? io.now?.() ?? /* @__PURE__ */ new Date();
  return { deps: {
    gh: tokenClient(
      io,
      repository,
      { unset: `GITHUB_TOKEN is not set, so ${words.reads} cannot be read`, hint: words.hint },
      options.token
    ),
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
  stderrLog,
  repositoryConfig,
  tokenClient,
  tokenDeps
};
