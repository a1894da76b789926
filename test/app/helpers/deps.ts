import type { EventDeps, Log } from "../../../engine/event.js";
import { createState } from "../../../engine/state.js";
import { type ClientIdentity, GitHubClient } from "../../../github/client.js";
import { createTokenOctokit } from "../../../github/token-octokit.js";
import { API, OWNER, REPO } from "./github.js";

/** An Octokit for the test repository from a token, retries off so a mocked failure is final. */
export function testTokenOctokit() {
  return createTokenOctokit({
    token: "ghp_test",
    baseUrl: API,
    userAgent: "pilot-gate-test",
    log: { debug() {}, info() {}, warn() {}, error() {} },
    retries: false,
  });
}

/**
 * What a handler gets, for calling the App's incident-protocol functions
 * directly (as the CLI sweep does): a token client for the test repository
 * with retries off, so a mocked failure is final.
 */
export function tokenDeps(options: {
  now: Date;
  log: Log;
  dryRun?: boolean;
  identity?: ClientIdentity;
}): EventDeps {
  return {
    gh: new GitHubClient(testTokenOctokit(), { owner: OWNER, repo: REPO }, options.identity),
    state: createState({
      dryRun: options.dryRun ?? false,
      configCacheSeconds: 60,
      now: () => options.now,
      checkRunButtons: false,
      freshPulls: "when-stale",
    }),
    log: options.log,
    repo: { owner: OWNER, repo: REPO, defaultBranch: "master", ownerIsOrg: false },
  };
}
