import type { Redis } from "ioredis";
import type { WriteLimits } from "../engine/protection/reconcile.js";
import type { PendingRepository, ReconcileStore } from "./reconcile.js";
import { RedisWriteBudget } from "./redis-budget.js";
import { LockTimeoutError, RedisLock } from "./redis-lock.js";

/** Each installation's repositories still to sync, a hash by `owner/repo`. */
export const PENDING_PREFIX = "pilot-gate:pending:";
/** The lock a replica holds while it works through an installation's pending repositories. */
export const RECONCILE_LOCK_PREFIX = "pilot-gate:reconcile:";
/** How long the lock outlives a replica that stopped renewing it (killed, frozen). */
export const RECONCILE_LOCK_TTL_MS = 10_000;
/** Set, for an interval, by the replica that runs the scheduled reconcile. */
export const PASS_KEY = "pilot-gate:scheduled-reconcile";

/**
 * What the replicas on one Redis share of the protection reconcile: each
 * installation's write budget (app/redis-budget.ts); the repositories an
 * installation's sync has still to do, so that a replica killed part-way
 * leaves them for the next one to start (`resumePendingInstallations` in
 * app/reconcile.ts); and which replica runs the scheduled pass. One replica
 * at a time works through an installation: the others add to its list and
 * leave it to that replica, which reads the list again until it is empty.
 */
export class RedisReconcileStore implements ReconcileStore {
  readonly #redis: Redis;
  readonly #lock: RedisLock;
  readonly #limits: WriteLimits;
  readonly #budgets = new Map<number, RedisWriteBudget>();

  constructor(redis: Redis, limits: WriteLimits) {
    this.#redis = redis;
    this.#limits = limits;
    // A replica that finds the lock taken leaves the list to its holder,
    // which reads it again before it lets go; it waits out one TTL first,
    // so a holder killed without releasing it is taken over, not trusted.
    this.#lock = new RedisLock(redis, {
      ttlMs: RECONCILE_LOCK_TTL_MS,
      waitMs: RECONCILE_LOCK_TTL_MS + 5_000,
      prefix: RECONCILE_LOCK_PREFIX,
    });
  }

  budget(installationId: number): RedisWriteBudget {
    let budget = this.#budgets.get(installationId);
    if (!budget) {
      budget = new RedisWriteBudget(this.#redis, installationId, this.#limits);
      this.#budgets.set(installationId, budget);
    }
    return budget;
  }

  async claimPass(intervalMs: number): Promise<number> {
    const set = await this.#redis.set(PASS_KEY, String(Date.now()), "PX", intervalMs, "NX");
    if (set === "OK") return 0;
    // Taken by a replica (or by this one before a restart): try again when it lapses.
    return Math.max(1, await this.#redis.pttl(PASS_KEY));
  }

  async add(installationId: number, targets: readonly PendingRepository[]): Promise<void> {
    if (targets.length === 0) return;
    await this.#redis.hset(
      PENDING_PREFIX + installationId,
      Object.fromEntries(targets.map((target) => [nameOf(target), JSON.stringify(target)])),
    );
  }

  async list(installationId: number): Promise<PendingRepository[]> {
    const entries = await this.#redis.hvals(PENDING_PREFIX + installationId);
    return entries.flatMap((entry) => {
      const target = parseTarget(entry);
      return target ? [target] : [];
    });
  }

  async done(installationId: number, target: PendingRepository): Promise<void> {
    await this.#redis.hdel(PENDING_PREFIX + installationId, nameOf(target));
  }

  async forget(installationId: number): Promise<void> {
    await this.#redis.del(PENDING_PREFIX + installationId);
  }

  async installations(): Promise<number[]> {
    const ids: number[] = [];
    const stream = this.#redis.scanStream({ match: `${PENDING_PREFIX}*`, count: 100 });
    for await (const keys of stream as AsyncIterable<string[]>) {
      for (const key of keys) {
        const id = Number(key.slice(PENDING_PREFIX.length));
        if (Number.isSafeInteger(id) && id > 0) ids.push(id);
      }
    }
    return ids;
  }

  async exclusive(installationId: number, task: () => Promise<void>): Promise<boolean> {
    let started = false;
    try {
      await this.#lock.withLock(String(installationId), () => {
        started = true;
        return task();
      });
      return true;
    } catch (error) {
      if (!started && error instanceof LockTimeoutError) return false;
      throw error;
    }
  }
}

function nameOf(target: PendingRepository): string {
  return `${target.owner}/${target.repo}`;
}

/** An entry as written by `add`; anything else (a hand edit) is skipped, not trusted. */
function parseTarget(entry: string): PendingRepository | undefined {
  try {
    const value = JSON.parse(entry) as Partial<PendingRepository>;
    if (
      typeof value.owner === "string" &&
      typeof value.repo === "string" &&
      typeof value.ownerIsOrg === "boolean" &&
      typeof value.defaultBranch === "string"
    ) {
      return {
        owner: value.owner,
        repo: value.repo,
        ownerIsOrg: value.ownerIsOrg,
        defaultBranch: value.defaultBranch,
      };
    }
  } catch {
    // Not JSON: skipped below.
  }
  return undefined;
}
