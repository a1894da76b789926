import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import type { SeamOctokit } from "./client.js";
import {
  fetchWithTimeout,
  RETRIES,
  retryOnRateLimit,
  retryOnSecondaryRateLimit,
} from "./retry-policy.js";

/**
 * The plugins of Probot's Octokit that the seam uses (pagination, retries,
 * throttling), without Probot: the Action authenticates with a token it is
 * given and runs from one bundled file, so Probot's server, webhooks and App
 * auth would be dead weight. The packages are the ones Probot depends on,
 * pinned to its versions so the types are the same.
 */
const TokenOctokit = Octokit.plugin(paginateRest, retry, throttling);

export interface TokenOctokitOptions {
  /** GITHUB_TOKEN or an App installation token. */
  token: string;
  /** `GITHUB_API_URL`: api.github.com, or a GitHub Enterprise Server's `/api/v3`. */
  baseUrl: string;
  userAgent: string;
  log: {
    debug(message: string): void;
    info(message: string): void;
    warn(message: string): void;
    error(message: string): void;
  };
  /** False turns retries and throttling off, for tests where a mocked failure must be final. */
  retries?: boolean;
  /** How long one request may take (`REQUEST_TIMEOUT_MS` by default). */
  timeoutMs?: number;
}

/** An Octokit for the seam (`GitHubClient`) from a token, with the App's retry policy. */
export function createTokenOctokit(options: TokenOctokitOptions): SeamOctokit {
  const enabled = options.retries ?? true;
  return new TokenOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent,
    log: options.log,
    request: { fetch: fetchWithTimeout(options.timeoutMs) },
    retry: { enabled, retries: RETRIES },
    throttle: {
      enabled,
      onSecondaryRateLimit: retryOnSecondaryRateLimit,
      onRateLimit: retryOnRateLimit,
    },
  });
}
