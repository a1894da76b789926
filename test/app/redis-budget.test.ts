import type { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { BUDGET_PREFIX, RedisWriteBudget } from "../../app/redis-budget.js";
import {
  LocalWriteBudget,
  reconcileRepositories,
  WriteBudgetUnavailableError,
} from "../../engine/protection/reconcile.js";
import { fakeClock } from "../helpers/clock.js";
import { hasRedisServer, startRedisServer, useRedisServer } from "../helpers/redis-server.js";

const LIMITS = { perMinute: 7, perHour: 10 };
const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

describe.runIf(hasRedisServer())(
  "the write budget shared through Redis (a real redis-server)",
  () => {
    const server = useRedisServer();
    /** Two replicas are two Redis clients: the budget is what they share. */
    const clients: Redis[] = [];
    const replica = (url = server.url) => {
      const client = server.client(url, { maxRetriesPerRequest: 0, lazyConnect: true });
      client.on("error", () => {});
      clients.push(client);
      return client;
    };

    it("two replicas asking at once are together never granted more than a window allows", async () => {
      const budgets = [
        new RedisWriteBudget(replica(), 1, LIMITS),
        new RedisWriteBudget(replica(), 1, LIMITS),
      ];
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => budgets[i % 2]?.reserve(1)),
      );
      const granted = answers.filter((answer) => answer?.ok);
      expect(granted).toHaveLength(LIMITS.perMinute);
      // Neither replica finds room now, whichever of them took it.
      expect((await budgets[0]?.reserve(1))?.ok).toBe(false);
      expect((await budgets[1]?.reserve(1))?.ok).toBe(false);
      for (const answer of answers) {
        if (answer && !answer.ok) {
          expect(answer.waitMs).toBeGreaterThan(0);
          expect(answer.waitMs).toBeLessThanOrEqual(60_000);
        }
      }
      // Per process, the same 40 requests would have had 7 each: 14 in a minute.
      const local = [
        new LocalWriteBudget(LIMITS, fakeClock()),
        new LocalWriteBudget(LIMITS, fakeClock()),
      ];
      const apart = await Promise.all(
        Array.from({ length: 40 }, (_, i) => local[i % 2]?.reserve(1)),
      );
      expect(apart.filter((answer) => answer?.ok)).toHaveLength(2 * LIMITS.perMinute);
    });

    it("settling frees what a sync did not write, and counts what it wrote beyond its reservation", async () => {
      const [a, b] = [
        new RedisWriteBudget(replica(), 2, LIMITS),
        new RedisWriteBudget(replica(), 2, LIMITS),
      ];
      const first = await a?.reserve(4);
      if (!first?.ok) throw new Error("the first reservation of an empty budget was refused");
      expect((await b?.reserve(4))?.ok).toBe(false);
      await a?.settle(first.reservation, 1);
      const second = await b?.reserve(4);
      expect(second?.ok).toBe(true);
      expect(await clients[0]?.zcard(`${BUDGET_PREFIX}2`)).toBe(5);
      if (second?.ok) await b?.settle(second.reservation, 6);
      expect(await clients[0]?.zcard(`${BUDGET_PREFIX}2`)).toBe(7);
      expect((await a?.reserve(1))?.ok).toBe(false);
    });

    it("counts each installation apart, as GitHub does", async () => {
      const one = new RedisWriteBudget(replica(), 3, LIMITS);
      const other = new RedisWriteBudget(replica(), 4, LIMITS);
      expect((await one.reserve(LIMITS.perMinute)).ok).toBe(true);
      expect((await one.reserve(1)).ok).toBe(false);
      expect((await other.reserve(LIMITS.perMinute)).ok).toBe(true);
    });

    it("holds the hour's limit across minutes: writes an hour old still count", async () => {
      const budget = new RedisWriteBudget(replica(), 5, LIMITS);
      const key = `${BUDGET_PREFIX}5`;
      const [seconds] = (await clients[0]?.time()) ?? [0];
      // Nine writes made 30 minutes ago, as another replica recorded them.
      const then = Number(seconds) * 1_000 - 30 * 60_000;
      for (let i = 0; i < 9; i++) await clients[0]?.zadd(key, then, `earlier:${i}`);
      expect((await budget.reserve(1)).ok).toBe(true);
      const refused = await budget.reserve(1);
      expect(refused.ok).toBe(false);
      // The earliest write leaves the hour's window in about 30 minutes.
      if (!refused.ok) expect(Math.abs(refused.waitMs - 30 * 60_000)).toBeLessThan(5_000);
    });

    it("with Redis away, the reconcile waits, asks again, then stops without writing", async () => {
      const gone = await startRedisServer();
      const budget = new RedisWriteBudget(replica(gone.url), 6, LIMITS);
      await gone.stop();
      const clock = fakeClock();
      let synced = 0;
      const warnings: string[] = [];
      const stopped = await reconcileRepositories(
        [
          { owner: "acme", repo: "one" },
          { owner: "acme", repo: "two" },
        ],
        {
          budget,
          clock,
          log: { ...silent, warn: (...args: unknown[]) => warnings.push(String(args.at(-1))) },
          batchSize: 10,
          writesPerRepo: 4,
          maxWaits: 3,
          isDone: async () => false,
          sync: async () => {
            synced++;
            return { writes: 1 };
          },
        },
      ).catch((error: unknown) => error);
      expect(synced).toBe(0);
      expect(stopped).toBeInstanceOf(WriteBudgetUnavailableError);
      expect((stopped as Error).message).toMatch(
        /after 4 tries .* so acme\/one and the 1 repositories after it were not reconciled/,
      );
      expect(clock.slept).toEqual([1_000, 2_000, 4_000]);
      expect(warnings).toHaveLength(3);
    });
  },
);
