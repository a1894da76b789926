/**
 * A Map that forgets its least recently used entries past `max`, so a
 * long-running App's memory stays bounded however many repositories and
 * commits it sees. Everything cached is either immutable (a commit's files)
 * or revalidated (the config, by ETag), so forgetting only costs a request.
 */
export class LruMap<K, V> {
  readonly #max: number;
  readonly #map = new Map<K, V>();

  constructor(max: number) {
    this.#max = max;
  }

  get(key: K): V | undefined {
    const value = this.#map.get(key);
    if (value !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    while (this.#map.size > this.#max) {
      const oldest = this.#map.keys().next();
      if (oldest.done) break;
      this.#map.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.#map.delete(key);
  }

  get size(): number {
    return this.#map.size;
  }

  /** The entries, oldest first, without refreshing them. */
  entries(): [K, V][] {
    return [...this.#map.entries()];
  }
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
  cache: LruMap<string, T>,
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
