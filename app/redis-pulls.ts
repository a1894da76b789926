import type { Redis } from "ioredis";
import type { PullMemory } from "../engine/state.js";

/** Where each PR's newest `updated_at` is kept, by `pullKey`. */
export const PULLS_PREFIX = "pilot-gate:pull:";
/**
 * How long a PR's newest state is remembered after it was last seen. A late
 * delivery comes within minutes and a redelivery by hand within days (GitHub
 * keeps deliveries for 3 days); past this, a late one costs a read of the PR.
 */
export const PULL_MEMORY_TTL_MS = 7 * 24 * 60 * 60 * 1_000;

/**
 * Keeps ARGV[1] (ms since the epoch) unless the key holds a later time; the
 * TTL (ARGV[2]) is renewed either way. One script, so two replicas that
 * judge two states of one PR at once keep the newer, whichever writes last.
 */
const KEEP_NEWEST = `
local seen = tonumber(redis.call("GET", KEYS[1]))
if seen == nil or tonumber(ARGV[1]) > seen then
  redis.call("SET", KEYS[1], ARGV[1], "PX", ARGV[2])
else
  redis.call("PEXPIRE", KEYS[1], ARGV[2])
end
return 0
`;

interface PullCommands {
  pilotGateKeepNewest(key: string, at: number, ttlMs: number): Promise<number>;
}

/**
 * The newest state judged of each PR, shared by the replicas on one Redis:
 * replica B then re-reads a delivery older than one replica A judged rather
 * than judging it as delivered. Errors propagate: `currentPull`
 * (engine/verdict/judge.ts) reads the PR from GitHub when it cannot ask,
 * and fails the event closed when it cannot record.
 */
export class RedisPullMemory implements PullMemory {
  readonly #redis: Redis & PullCommands;
  readonly #ttlMs: number;

  constructor(redis: Redis, ttlMs = PULL_MEMORY_TTL_MS) {
    if (!("pilotGateKeepNewest" in redis)) {
      redis.defineCommand("pilotGateKeepNewest", { numberOfKeys: 1, lua: KEEP_NEWEST });
    }
    this.#redis = redis as Redis & PullCommands;
    this.#ttlMs = ttlMs;
  }

  async newest(key: string): Promise<string | undefined> {
    const at = Number(await this.#redis.get(PULLS_PREFIX + key));
    return at > 0 ? new Date(at).toISOString() : undefined;
  }

  async remember(key: string, updatedAt: string): Promise<void> {
    const at = Date.parse(updatedAt);
    // An unreadable time is never newer (as `isLater` has it): nothing to keep.
    if (!Number.isFinite(at)) return;
    await this.#redis.pilotGateKeepNewest(PULLS_PREFIX + key, at, this.#ttlMs);
  }
}
