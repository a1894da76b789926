import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import type { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { LOCK_PREFIX, LockedQueue, LockTimeoutError, RedisLock } from "../../app/redis-lock.js";
import { hasRedisServer, useRedisServer } from "../helpers/redis-server.js";

describe.runIf(hasRedisServer())("the per-PR Redis lock (a real redis-server)", () => {
  const server = useRedisServer();
  /** Two replicas are two Redis clients: the lock is all they share. */
  const clients: Redis[] = [];
  const replica = () => {
    const client = server.client();
    clients.push(client);
    return client;
  };

  it("runs two replicas' tasks on one PR one after the other, and other PRs alongside", async () => {
    const queues = [
      new LockedQueue(new RedisLock(replica())),
      new LockedQueue(new RedisLock(replica())),
    ];
    const spans: { key: string; start: number; end: number }[] = [];
    const task = (key: string) => async () => {
      const start = performance.now();
      await sleep(80);
      spans.push({ key, start, end: performance.now() });
    };
    await Promise.all([
      ...[0, 1, 0, 1].map((i) => queues[i]?.run("o/r#1", task("o/r#1"))),
      queues[1]?.run("o/r#2", task("o/r#2")),
    ]);
    const one = spans.filter((span) => span.key === "o/r#1").sort((a, b) => a.start - b.start);
    expect(one).toHaveLength(4);
    for (let i = 1; i < one.length; i++) {
      expect(one[i]?.start, `task ${i} started before task ${i - 1} ended`).toBeGreaterThanOrEqual(
        one[i - 1]?.end ?? Number.POSITIVE_INFINITY,
      );
    }
    // The other PR did not wait for the first PR's four tasks (4 x 80 ms).
    const two = spans.find((span) => span.key === "o/r#2");
    expect(two && two.end - (one[0]?.start ?? 0)).toBeLessThan(250);
    expect(await clients[0]?.keys(`${LOCK_PREFIX}*`)).toEqual([]);
  });

  it("keeps the lock past its TTL while the holder renews it, and gives up waiting with a clear error", async () => {
    const holder = new RedisLock(replica(), { ttlMs: 150 });
    const waiter = new RedisLock(replica(), { ttlMs: 150, waitMs: 400 });
    const held = holder.withLock("o/r#3", () => sleep(700));
    await sleep(20);
    const refused = await waiter.acquire("o/r#3").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LockTimeoutError);
    expect((refused as Error).message).toMatch(/handling o\/r#3 for over 400 ms.*re-run the check/);
    await held;
    const token = await waiter.acquire("o/r#3");
    expect(await waiter.release("o/r#3", token)).toBe(true);
  });

  it("lets an expired holder release nothing: the next holder's lock stays", async () => {
    const first = new RedisLock(replica(), { ttlMs: 100 });
    const second = new RedisLock(replica(), { ttlMs: 5_000, waitMs: 1_000 });
    const stale = await first.acquire("o/r#4");
    const fresh = await second.acquire("o/r#4");
    expect(await first.release("o/r#4", stale)).toBe(false);
    expect(await clients[0]?.get(`${LOCK_PREFIX}o/r#4`)).toBe(fresh);
    expect(await second.release("o/r#4", fresh)).toBe(true);
  });

  it("passes the PR on once a holder that died stops renewing, not before", async () => {
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        fileURLToPath(new URL("helpers/lock-holder.ts", import.meta.url)),
        server.url,
        "o/r#5",
        "300",
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      holder.stdout?.on("data", (chunk) => String(chunk).includes("held") && resolve());
      holder.once("exit", (code) => reject(new Error(`the holder exited ${code}`)));
    });
    const waiter = new RedisLock(replica(), { ttlMs: 300, waitMs: 5_000 });
    // Alive, it renews: three TTLs later the lock is still its.
    await expect(new RedisLock(replica(), { waitMs: 900 }).acquire("o/r#5")).rejects.toThrow(
      LockTimeoutError,
    );
    const exited = new Promise((resolve) => holder.once("exit", resolve));
    const killedAt = performance.now();
    holder.kill("SIGKILL");
    await exited;
    const token = await waiter.acquire("o/r#5");
    const waited = performance.now() - killedAt;
    expect(waited).toBeLessThan(1_500);
    expect(await waiter.release("o/r#5", token)).toBe(true);
  }, 20_000);
});
