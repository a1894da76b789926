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

/** One request to GitHub as it ended, for the App's metrics (app/metrics.ts). */
export interface GitHubResponseInfo {
  method: string;
  /** The route as the code names it (`/repos/{owner}/{repo}/check-runs`), not the expanded URL. */
  route: string;
  /** The HTTP status; 0 when no answer came (a network error, a timeout). */
  status: number;
  /** `x-ratelimit-remaining` when GitHub sent it. */
  rateLimitRemaining: number | undefined;
}

const responseListeners = new Set<(info: GitHubResponseInfo) => void>();

/**
 * Calls `listener` after every request a `PilotGateOctokit` makes, in the
 * async context of the code that made it; returns the unsubscribe.
 */
export function onGitHubResponse(listener: (info: GitHubResponseInfo) => void): () => void {
  responseListeners.add(listener);
  return () => responseListeners.delete(listener);
}

interface HookedOctokit {
  hook: {
    wrap(
      name: "request",
      wrapper: (
        request: (options: Record<string, unknown>) => Promise<ResponseLike>,
        options: Record<string, unknown>,
      ) => Promise<ResponseLike>,
    ): void;
  };
}
interface ResponseLike {
  status: number;
  headers: Record<string, string | number | undefined>;
}

function notify(options: Record<string, unknown>, response: Partial<ResponseLike> | undefined) {
  if (responseListeners.size === 0) return;
  const remaining = Number(response?.headers?.["x-ratelimit-remaining"]);
  const info: GitHubResponseInfo = {
    method: String(options.method ?? "GET"),
    route: String(options.url ?? ""),
    status: response?.status ?? 0,
    rateLimitRemaining:
      Number.isFinite(remaining) && response?.headers?.["x-ratelimit-remaining"] !== undefined
        ? remaining
        : undefined,
  };
  for (const listener of responseListeners) listener(info);
}

/** An Octokit plugin reporting each request's outcome to `onGitHubResponse`'s listeners. */
function observeResponses(octokit: HookedOctokit): void {
  octokit.hook.wrap("request", async (request, options) => {
    try {
      const response = await request(options);
      notify(options, response);
      return response;
    } catch (error) {
      notify(
        options,
        (error as { response?: ResponseLike }).response ?? {
          status: (error as { status?: number }).status ?? 0,
          headers: {},
        },
      );
      throw error;
    }
  });
}

/**
 * ProbotOctokit with the App's retry policy and request deadline, reporting
 * each request to `onGitHubResponse`'s listeners. A function, not an object, is
 * passed to `defaults` because Probot sets its own `throttle` handlers on the
 * instance options, which would otherwise replace these; `enabled` and the
 * Redis connection Probot sets (REDIS_URL) are kept.
 */
export const PilotGateOctokit = ProbotOctokit.plugin(
  observeResponses as unknown as Parameters<typeof ProbotOctokit.plugin>[0],
).defaults((options: OctokitOptions) => ({
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
