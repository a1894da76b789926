import { type GitHubRoute, REQUEST_PERMISSIONS } from "./permissions.js";

/**
 * A GitHub request that failed after Octokit's retries. The message names the
 * request, what GitHub answered and the next step, because it ends up in the
 * failing check's title where the person who can fix it reads it.
 */
export class GitHubApiError extends Error {
  override readonly name = "GitHubApiError";
  readonly route: GitHubRoute;
  /** HTTP status, or `undefined` when no answer arrived (network, timeout). */
  readonly status: number | undefined;
  /**
   * One sentence for a check title: what failed and, unless re-running is
   * all there is to it (the check's title already ends in "re-run"), what to do.
   */
  readonly reason: string;

  constructor(route: GitHubRoute, action: string, cause: unknown) {
    const status = statusOf(cause);
    const next = nextStep(route, status, cause);
    const reason = `${describeAnswer(status, cause)} when the App tried to ${action}${next ? `; ${next}` : ""}`;
    super(`${reason} (${route}: ${messageOf(cause)})`, { cause });
    this.route = route;
    this.status = status;
    this.reason = reason;
  }
}

/**
 * What GitHub answered, in its own words: the message of the request's
 * error, read through a `GitHubApiError` (whose own message is written for
 * the App's check titles) to the error it wraps.
 */
export function answerOf(error: unknown): string {
  return messageOf(error instanceof GitHubApiError ? error.cause : error);
}

/** The HTTP status of an Octokit `RequestError`, read structurally so no Octokit import is needed. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

/** True for GitHub's secondary rate limit, which answers 403 (or 429) with this wording. */
export function isSecondaryRateLimit(error: unknown): boolean {
  const status = statusOf(error);
  return (status === 403 || status === 429) && /secondary rate limit/i.test(messageOf(error));
}

function describeAnswer(status: number | undefined, cause: unknown): string {
  if (status === undefined) return "GitHub could not be reached";
  if (isSecondaryRateLimit(cause)) return "GitHub's secondary rate limit refused the request";
  return `GitHub answered ${status}`;
}

function nextStep(route: GitHubRoute, status: number | undefined, cause: unknown): string {
  if (status === undefined || status >= 500) return "";
  if (isSecondaryRateLimit(cause)) return "wait a few minutes";
  if (rateLimitExhausted(cause))
    return "the installation's hourly quota is spent, wait for its reset";
  if (status === 401) return "check the App's APP_ID and PRIVATE_KEY";
  if (route === "GET /apps/{app_slug}" && status === 404) {
    return "check the action's app-slug input: it must name the app the token belongs to";
  }
  if (status === 403 || status === 404) {
    const needs = REQUEST_PERMISSIONS[route].uses;
    const permission = needs
      ? Object.entries(needs)
          .map(([name, access]) => `${name}: ${access}`)
          .join(", ")
      : "a valid App key";
    if (route === "GET /orgs/{org}/teams/{team_slug}/members" && status === 404) {
      return `check the team name and the App's access (needs ${permission})`;
    }
    return `check the App's access to this repository (needs ${permission})`;
  }
  return "this is a pilot-gate bug, report it with the App's log";
}

function rateLimitExhausted(error: unknown): boolean {
  const headers = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response
    ?.headers;
  return headers?.["x-ratelimit-remaining"] === "0";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * How long GitHub asks to wait before trying again, in ms, when `error` (or
 * an error it wraps, such as a `GitHubApiError`'s cause) is a rate limit:
 * `retry-after` seconds (secondary limits, 429); else, for a spent quota
 * (`x-ratelimit-remaining: 0`), until `x-ratelimit-reset`; else a minute for
 * a secondary limit that names no time, as GitHub's guidance says.
 * `undefined` for any other error. `nowMs` is the caller's clock.
 */
export function rateLimitWaitMs(error: unknown, nowMs: number): number | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause) {
    depth++;
    const status = statusOf(e);
    const response = (e as { response?: { headers?: Record<string, unknown> } }).response;
    // A wrapper (GitHubApiError) repeats the status but not the answer's headers: read its cause.
    if ((status !== 403 && status !== 429) || !response) continue;
    const headers = response.headers ?? {};
    const retryAfter = Number(headers["retry-after"]);
    if (headers["retry-after"] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
      return retryAfter * 1_000;
    }
    if (rateLimitExhausted(e)) {
      const reset = Number(headers["x-ratelimit-reset"]) * 1_000;
      return Number.isFinite(reset) ? Math.max(0, reset - nowMs) : 60_000;
    }
    if (status === 429 || isSecondaryRateLimit(e)) return 60_000;
  }
  return undefined;
}

/**
 * A read that failed, as the unavailable part of a report built from
 * several reads (readiness, cycles): which answer GitHub gave, or that it
 * gave none, and what was being read.
 */
export function readFailure(error: unknown, what: string): { available: false; reason: string } {
  const status = statusOf(error);
  const why = status === undefined ? "GitHub could not be reached" : `GitHub answered ${status}`;
  return { available: false, reason: `${why} reading ${what}` };
}
