import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApplicationFunction, Probot } from "probot";
import { signAppJwt } from "../github/octokit.js";
import { metricsHandler } from "./metrics.js";
import { redisClient, redisProbe } from "./redis.js";

/** Where a liveness probe asks: 200 for as long as the process serves HTTP. */
export const HEALTH_PATH = "/healthz";
/** Where a readiness probe asks: 200 only when the App could handle an event now. */
export const READY_PATH = "/readyz";
/**
 * Longest one readiness probe may take. A probe that hangs (a dependency that
 * accepts the connection and never answers) reports not ready instead of
 * holding the orchestrator's request until its own timeout.
 */
export const PROBE_TIMEOUT_MS = 2_000;

/**
 * One thing the App needs before it can handle an event. `check` resolves
 * when it is there and throws, with a message that says what to fix, when it
 * is not. `withHealth` builds the list: the App JWT, and Redis when
 * `REDIS_URL` is set.
 */
export interface ReadinessProbe {
  name: string;
  check: () => Promise<void>;
}

/**
 * The App can authenticate as itself: signs an App JWT with its private key
 * the way every installation token request starts. The signing is local (no
 * request to GitHub), so a probe every few seconds costs no rate limit, yet a
 * key that does not parse, or does not match its algorithm, fails it.
 */
export function appJwtProbe(probot: Probot): ReadinessProbe {
  return {
    name: "app_jwt",
    async check() {
      await signAppJwt(await probot.auth());
    },
  };
}

/** Runs one probe within `PROBE_TIMEOUT_MS`; resolves to "ok" or the reason it failed. */
async function runProbe(probe: ReadinessProbe, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probe.check(), timeout]);
    return "ok";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { "content-type": "application/json", "cache-control": "no-store" })
    .end(JSON.stringify(body));
}

/**
 * A Probot 14 server handler (`addHandler`; Probot 14 replaced Express's
 * `getRouter` with plain Node handlers) answering `GET /healthz` and
 * `GET /readyz`; anything else is left to the next handler. `/readyz` is 503
 * with each failing probe's reason while any probe fails.
 */
export function healthHandler(
  probes: readonly ReadinessProbe[],
  timeoutMs = PROBE_TIMEOUT_MS,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const path = (req.url ?? "").split("?")[0];
    if (path === HEALTH_PATH) {
      sendJson(res, 200, { status: "alive" });
      return true;
    }
    if (path !== READY_PATH) return false;
    const results = await Promise.all(probes.map((probe) => runProbe(probe, timeoutMs)));
    const checks = Object.fromEntries(probes.map((probe, i) => [probe.name, results[i]]));
    const ready = results.every((result) => result === "ok");
    sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "not ready", checks });
    return true;
  };
}

/**
 * `app` with the health endpoints and /metrics (app/metrics.ts) added to Probot's server. Added by the
 * server entry (app/main.ts) rather than by the App itself: tests load the
 * App into a Probot that has no server, where `addHandler` throws.
 */
export function withHealth(
  app: ApplicationFunction,
  env: NodeJS.ProcessEnv = process.env,
): ApplicationFunction {
  return (probot, options) => {
    const probes = [appJwtProbe(probot)];
    if (env.REDIS_URL) probes.push(redisProbe(redisClient(env.REDIS_URL, probot.log)));
    options.addHandler(healthHandler(probes));
    options.addHandler(metricsHandler());
    return app(probot, options);
  };
}
