/**
 * How pilot-gate's Octokits ride out GitHub's failures and rate limits: the
 * App's (github/octokit.ts, built by Probot) and the Action's
 * (github/token-octokit.ts, built from a token) share it. No imports, so the
 * Action's bundle does not pull Probot in through here.
 */

/** Retries of a request that failed with a 5xx or a network error (Octokit's retry plugin). */
export const RETRIES = 3;
/** Retries after GitHub's secondary rate limit, each after the wait GitHub asks for. */
export const SECONDARY_RATE_LIMIT_RETRIES = 2;
/** Retries after the hourly quota is spent, waiting for the reset. */
export const RATE_LIMIT_RETRIES = 1;

/**
 * How long one request may take, the installation-token request included.
 * GitHub answers in well under a second; without a bound, one hung request
 * held its PR's queue, and a few held every installation's requests behind
 * the rate limiter's concurrency. A timed-out request fails like a network
 * error: retried (`RETRIES`), then a "could not evaluate" check.
 */
export const REQUEST_TIMEOUT_MS = 20_000;

type Fetch = typeof fetch;

/**
 * `fetch` with a deadline: the request is aborted after `ms` unless the
 * caller's own signal aborts it first. Octokit takes it as `request.fetch`.
 */
export function fetchWithTimeout(ms: number = REQUEST_TIMEOUT_MS, base?: Fetch): Fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    // The global fetch is looked up per request, so one installed later (a test's) is used.
    return (base ?? globalThis.fetch)(input, { ...init, signal });
  };
}

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
