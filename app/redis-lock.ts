import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { KeyedQueue } from "../engine/cache.js";
import type { SerialQueue } from "../engine/state.js";

/**
 * How long a lock outlives its holder when the holder stops renewing it (a
 * replica killed, or frozen): the next replica takes the PR after this.
 */
export const LOCK_TTL_MS = 30_000;
/**
 * Longest one event waits for another replica to finish the same PR. A PR's
 * handling takes seconds; a minute of waiting means a stuck holder, and the
 * event fails closed ("could not evaluate", re-run) rather than queueing on.
 */
export const LOCK_WAIT_MS = 60_000;
/** Where the locks live in Redis, apart from Bottleneck's own keys. */
export const LOCK_PREFIX = "pilot-gate:lock:";

/** Deletes the lock only while it still holds this holder's token. */
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
/** Extends the lock only while it still holds this holder's token. */
const RENEW = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;

/** Another holder kept the lock for longer than the wait allows. */
export class LockTimeoutError extends Error {
  override readonly name = "LockTimeoutError";
}

export interface RedisLockOptions {
  ttlMs?: number;
  waitMs?: number;
  prefix?: string;
  /** Told when a held lock could not be renewed (expired, or Redis unreachable). */
  onLost?: (key: string, reason: string) => void;
}

/**
 * A lock per key in one Redis, shared by the App's replicas: `SET NX PX`
 * with a random token, renewed at a third of its TTL while the task runs,
 * released by a compare-and-delete script so a holder whose lock expired
 * never deletes the next holder's.
 *
 * Written here rather than taken from a library: Redlock (the usual one)
 * is built for several independent Redis masters and its maintained line
 * has been a beta for years; against the one Redis the replicas share, the
 * single-instance algorithm Redis documents is these three commands.
 */
export class RedisLock {
  readonly #redis: Redis;
  readonly #ttlMs: number;
  readonly #waitMs: number;
  readonly #prefix: string;
  readonly #onLost: (key: string, reason: string) => void;

  constructor(redis: Redis, options: RedisLockOptions = {}) {
    this.#redis = redis;
    this.#ttlMs = options.ttlMs ?? LOCK_TTL_MS;
    this.#waitMs = options.waitMs ?? LOCK_WAIT_MS;
    this.#prefix = options.prefix ?? LOCK_PREFIX;
    this.#onLost = options.onLost ?? (() => {});
  }

  /**
   * Takes the lock on `key`, waiting (with backoff) at most the configured
   * wait; resolves to the token that releases it.
   */
  async acquire(key: string): Promise<string> {
    const token = randomUUID();
    const deadline = Date.now() + this.#waitMs;
    let delay = 20;
    for (;;) {
      const set = await this.#redis.set(this.#prefix + key, token, "PX", this.#ttlMs, "NX");
      if (set === "OK") return token;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new LockTimeoutError(
          `another replica has been handling ${key} for over ${this.#waitMs >= 1_000 ? `${Math.round(this.#waitMs / 1_000)} s` : `${this.#waitMs} ms`}, so this event was not handled: re-run the check (or push again) once it finishes.`,
        );
      }
      // Jitter, so replicas waiting on one PR do not ask in step.
      await sleep(Math.min(left, delay + Math.random() * delay));
      delay = Math.min(delay * 2, 500);
    }
  }

  /** Gives the lock back, unless it expired and someone else holds it now. */
  async release(key: string, token: string): Promise<boolean> {
    return (await this.#redis.eval(RELEASE, 1, this.#prefix + key, token)) === 1;
  }

  /** Runs `task` holding the lock on `key`, renewing it until the task settles. */
  async withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const token = await this.acquire(key);
    const renew = setInterval(
      () => {
        this.#redis.eval(RENEW, 1, this.#prefix + key, token, String(this.#ttlMs)).then(
          (renewed) => {
            if (renewed !== 1) this.#onLost(key, "it expired before it was renewed");
          },
          (error: unknown) =>
            this.#onLost(key, error instanceof Error ? error.message : String(error)),
        );
      },
      Math.max(1, Math.floor(this.#ttlMs / 3)),
    );
    try {
      return await task();
    } finally {
      clearInterval(renew);
      // A release that fails (Redis gone) leaves the lock to expire: the
      // task's own result or error is what the caller needs.
      await this.release(key, token).catch((error: unknown) =>
        this.#onLost(key, error instanceof Error ? error.message : String(error)),
      );
    }
  }
}

/**
 * The App's per-key queue across replicas: tasks of one process still wait
 * in order in memory (no Redis round trips between them), and each takes
 * the Redis lock before it runs, so a task of another replica on the same
 * key waits for it.
 */
export class LockedQueue implements SerialQueue {
  readonly #local = new KeyedQueue();
  readonly #lock: RedisLock;

  constructor(lock: RedisLock) {
    this.#lock = lock;
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.#local.run(key, () => this.#lock.withLock(key, task));
  }
}
