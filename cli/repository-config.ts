/**
 * What the CLI commands that act on a repository through the API share
 * (incidents sweep, cycle status): the config as the App reads it, and the
 * App's log lines on stderr.
 */
import { CONFIG_PATH, type Config, UsageError } from "../core/index.js";
import { loadConfig } from "../engine/config/checkout.js";
import { loadRepoConfig } from "../engine/config/repository.js";
import type { EventDeps } from "../engine/event.js";
import type { CliIO } from "../engine/io.js";
import { createState } from "../engine/state.js";
import { GitHubClient } from "../github/client.js";
import { GitHubApiError } from "../github/errors.js";
import { ArgumentError, timeOption } from "./args.js";
import { cliOctokit, repositoryOf } from "./github.js";
import { stderrLog } from "./log.js";

/**
 * The config as the App reads it, from the default branch through the API,
 * or a local file with --config. A GitHub failure is a usage error naming
 * what the token needs (`words.needs`) and that nothing was done (`words.nothing`).
 */
export async function repositoryConfig(
  deps: EventDeps,
  io: CliIO,
  path: string | undefined,
  words: { needs: string; nothing: string },
): Promise<{ config: Config; description: string }> {
  if (path !== undefined) {
    const loaded = await loadConfig(io.cwd, path);
    return { config: loaded.config, description: loaded.description };
  }
  const where = `${deps.repo.owner}/${deps.repo.repo}`;
  try {
    deps.repo.defaultBranch = await deps.gh.getDefaultBranch();
    const loaded = await loadRepoConfig(deps);
    if (!loaded.ok) throw loaded.error;
    const on = `on ${deps.repo.defaultBranch} of ${where}`;
    // Named as the App reads it: the repository's own file, or the chain it
    // (or its organisation's .github) extends.
    const own = loaded.fromFile && loaded.files.join() === `${where}:${CONFIG_PATH}`;
    return {
      config: loaded.config,
      description: own
        ? `${CONFIG_PATH} ${on}`
        : loaded.fromFile
          ? loaded.files.join(" → ")
          : `defaults (no ${CONFIG_PATH} ${on}, nor in ${deps.repo.owner}/.github)`,
    };
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    throw new UsageError(
      `cannot read the config of ${where}: ${error.reason}. The token needs ${words.needs} on the repository; --config <path> reads a local file instead. ${words.nothing}`,
    );
  }
}

/**
 * A client for `repository` with the token in GITHUB_TOKEN, or an
 * `ArgumentError` saying it is not set (`words.unset`) and how to get one
 * (`words.hint`): the one place the repository commands read the token.
 */
export function tokenClient(
  io: CliIO,
  repository: { owner: string; repo: string },
  words: { unset: string; hint: string },
  { workflow = false }: { workflow?: boolean } = {},
): GitHubClient {
  const token = (io.env.GITHUB_TOKEN ?? "").trim();
  if (token === "") throw new ArgumentError(words.unset, words.hint);
  const octokit = cliOctokit(io, token);
  // Git Data commits (records on the evidence branch) are workflow-only in the permission ledger.
  return workflow
    ? GitHubClient.forWorkflow(octokit, repository)
    : new GitHubClient(octokit, repository);
}

/**
 * What one run against a repository works with, from --repo (or
 * GITHUB_REPOSITORY), --now and the token in GITHUB_TOKEN: a client for
 * the repository and a state that keeps nothing, since nothing outlives
 * the run. `reads` says what the token is for, `hint` how to get one.
 */
export function tokenDeps(
  io: CliIO,
  options: { repo: string | undefined; now: string | undefined; dryRun: boolean },
  words: { reads: string; hint: string },
): { deps: EventDeps; now: Date } {
  const repository = repositoryOf(options.repo ?? io.env.GITHUB_REPOSITORY);
  const now = timeOption("--now", options.now) ?? new Date();
  const gh = tokenClient(io, repository, {
    unset: `GITHUB_TOKEN is not set, so ${words.reads} cannot be read`,
    hint: words.hint,
  });
  const deps: EventDeps = {
    gh,
    state: createState({
      dryRun: options.dryRun,
      configCacheSeconds: 0,
      now: () => now,
      checkRunButtons: false,
      freshPulls: "always",
    }),
    log: stderrLog(io),
    // These commands expand no teams, so whether the owner is an organisation does not matter.
    repo: { ...repository, defaultBranch: "", ownerIsOrg: false },
  };
  return { deps, now };
}
