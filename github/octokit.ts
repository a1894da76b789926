import { ProbotOctokit } from "probot";
import {
  fetchWithTimeout,
  RETRIES,
  retryOnRateLimit,
  retryOnSecondaryRateLimit,
} from "./retry-policy.js";

export {
  RATE_LIMIT_RETRIES,
  RETRIES,
  retryOnRateLimit,
  retryOnSecondaryRateLimit,
  SECONDARY_RATE_LIMIT_RETRIES,
} from "./retry-policy.js";

type OctokitOptions = Record<string, unknown> & { throttle?: Record<string, unknown> };

/**
 * ProbotOctokit with the App's retry policy and request deadline. A function, not an object, is
 * passed to `defaults` because Probot sets its own `throttle` handlers on the
 * instance options, which would otherwise replace these; `enabled` and the
 * Redis connection Probot sets (REDIS_URL) are kept.
 */
export const PilotGateOctokit = ProbotOctokit.defaults((options: OctokitOptions) => ({
  ...options,
  request: { fetch: fetchWithTimeout(), ...(options.request as object | undefined) },
  retry: { retries: RETRIES, ...(options.retry as object | undefined) },
  throttle: {
    ...options.throttle,
    onSecondaryRateLimit: retryOnSecondaryRateLimit,
    onRateLimit: retryOnRateLimit,
  },
})) as typeof ProbotOctokit;
