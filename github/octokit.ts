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

/**
 * Signs a JWT as the App, with the App's private key, the first step of
 * every installation token request. Local: no request reaches GitHub, so a
 * readiness probe can call it as often as it likes.
 */
export async function signAppJwt(octokit: ProbotOctokit): Promise<string> {
  const auth = (await octokit.auth({ type: "app" })) as { token?: unknown };
  if (typeof auth.token !== "string" || auth.token === "") {
    throw new Error("signing an App JWT gave no token: check PRIVATE_KEY and APP_ID");
  }
  return auth.token;
}
