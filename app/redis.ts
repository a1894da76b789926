import { Redis } from "ioredis";
import type { ReadinessProbe } from "./health.js";

interface ErrorLog {
  error(fields: object, message: string): void;
}

const clients = new Map<string, Redis>();

/**
 * The process's Redis client for `url` (REDIS_URL), made on first use: the
 * per-PR locks and the readiness probe share it. (Probot opens its own for
 * the rate limiter it shares through Redis.) Commands fail after a few
 * reconnection attempts instead of queueing for ever, so a Redis that went
 * away fails an event closed and the probe reports it.
 */
export function redisClient(url: string, log: ErrorLog): Redis {
  let client = clients.get(url);
  if (!client) {
    client = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 5_000 });
    // Without a listener ioredis prints every reconnection error as unhandled.
    client.on("error", (error: Error) =>
      log.error({ err: error, source: "redis" }, `Redis: ${error.message}`),
    );
    clients.set(url, client);
  }
  return client;
}

/** Closes every client `redisClient` made (at shutdown, after the last handler). */
export async function closeRedisClients(): Promise<void> {
  const all = [...clients.values()];
  clients.clear();
  await Promise.all(all.map((client) => client.quit().catch(() => client.disconnect())));
}

/** Readiness: Redis answers a PING (within the probe's timeout, app/health.ts). */
export function redisProbe(client: Redis): ReadinessProbe {
  return {
    name: "redis",
    async check() {
      const answer = await client.ping();
      if (answer !== "PONG") throw new Error(`Redis answered PING with ${answer}`);
    },
  };
}
