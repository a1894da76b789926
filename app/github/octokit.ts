import { ProbotOctokit } from "probot";

/** Retries of a request that failed with a 5xx or a network error (Octokit's retry plugin). */
export const RETRIES = 3;
/** Retries after GitHub's secondary rate limit, each after the wait GitHub asks for. */
export const SECONDARY_RATE_LIMIT_RETRIES = 2;
/** Retries after the hourly quota is spent, waiting for the reset. */
export const RATE_LIMIT_RETRIES = 1;

interface ThrottleRequest {
  method: string;
  url: string;
}
interface ThrottleOctokit {
  log: { warn(message: string): void };
}

/**
 * Whether to retry after a secondary rate limit. Probot's own default only
 * logs and gives up; a gate that gives up leaves a failing check behind, so
 * wait the `retry-after` GitHub names, at most twice.
 */
export function retryOnSecondaryRateLimit(
  retryAfter: number,
  options: ThrottleRequest,
  octokit: ThrottleOctokit,
  retryCount: number,
): boolean {
  const retry = retryCount < SECONDARY_RATE_LIMIT_RETRIES;
  octokit.log.warn(
    `Secondary rate limit on ${options.method} ${options.url}: ${retry ? `retrying in ${retryAfter}s` : "giving up"}`,
  );
  return retry;
}

/** Whether to retry after the hourly quota is spent: once, after the reset, if that is soon. */
export function retryOnRateLimit(
  retryAfter: number,
  options: ThrottleRequest,
  octokit: ThrottleOctokit,
  retryCount: number,
): boolean {
  const retry = retryCount < RATE_LIMIT_RETRIES && retryAfter <= 60;
  octokit.log.warn(
    `Rate limit on ${options.method} ${options.url}: ${retry ? `retrying in ${retryAfter}s` : "giving up"}`,
  );
  return retry;
}

type OctokitOptions = Record<string, unknown> & { throttle?: Record<string, unknown> };

/**
 * ProbotOctokit with the App's retry policy. A function, not an object, is
 * passed to `defaults` because Probot sets its own `throttle` handlers on the
 * instance options, which would otherwise replace these; `enabled` and the
 * Redis connection Probot sets (REDIS_URL) are kept.
 */
export const PilotGateOctokit = ProbotOctokit.defaults((options: OctokitOptions) => ({
  ...options,
  retry: { retries: RETRIES, ...(options.retry as object | undefined) },
  throttle: {
    ...options.throttle,
    onSecondaryRateLimit: retryOnSecondaryRateLimit,
    onRateLimit: retryOnRateLimit,
  },
})) as typeof ProbotOctokit;
