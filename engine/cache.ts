import { LRUCache } from "lru-cache";

/**
 * A cache that forgets its least recently used entries past `max`, so a
 * long-running App's memory stays bounded however many repositories and
 * commits it sees. Everything cached is either immutable (a commit's files)
 * or revalidated (the config, by ETag), so forgetting only costs a request.
 */
export function boundedCache<V extends {}>(max: number): LRUCache<string, V> {
  return new LRUCache<string, V>({ max });
}

/**
 * A bounded cache whose entries also expire `ttlMs` after they were set, by
 * `clock` (the App's injectable clock, so tests can move it): for marks that
 * are only true for a while, such as a label change whose webhook echo may
 * never arrive. Not for entries read through `readThrough`: an expired config
 * is still the fallback when GitHub fails and the ETag to revalidate with.
 */
export function expiringCache<V extends {}>(
  max: number,
  ttlMs: number,
  clock: () => Date,
): LRUCache<string, V> {
  return new LRUCache<string, V>({
    max,
    ttl: ttlMs,
    // Read the clock on every check rather than caching it for a millisecond
    // behind a timer: a test clock moves in jumps.
    ttlResolution: 0,
    perf: { now: () => clock().getTime() },
  });
}

/**
 * Runs tasks with the same key one after another. GitHub often sends several
 * events for one PR at once (opened and labeled); serialising them per PR
 * stops two evaluations from both creating a check run on the same commit.
 * Only within one process: replicas may still race, which costs a duplicate
 * check run (the latest wins), never a missing one.
 */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}

/**
 * The entry of `cache` under `key`, as `read` makes it: no request while the
 * entry is younger than the App's `configCacheSeconds` (unless
 * `revalidate`), else read again, given the cached entry so the read can be
 * conditional. A failed read is not an answer: the entry read last stays in
 * force (keeping its age, so the next event asks again), and with none the
 * error goes to the event's guard, which fails closed. `what` names the
 * input in the warning.
 */
export async function readThrough<T extends { fetchedAt: number }>(
  deps: {
    state: { options: { now(): Date; configCacheSeconds: number } };
    log: { warn(fields: object, message: string): void };
  },
  cache: LRUCache<string, T>,
  key: string,
  what: string,
  read: (cached: T | undefined, now: number) => Promise<T>,
  { revalidate = false }: { revalidate?: boolean } = {},
): Promise<T> {
  const now = deps.state.options.now().getTime();
  const cached = cache.get(key);
  const young = cached && now - cached.fetchedAt < deps.state.options.configCacheSeconds * 1_000;
  if (cached && young && !revalidate) return cached;
  let fresh: T;
  try {
    fresh = await read(cached, now);
  } catch (error) {
    if (!cached) throw error;
    deps.log.warn(
      { err: error },
      `could not revalidate ${what}; using the copy read ${Math.round((now - cached.fetchedAt) / 1_000)} s ago`,
    );
    return cached;
  }
  cache.set(key, fresh);
  return fresh;
}
