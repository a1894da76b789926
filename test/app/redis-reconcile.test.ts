import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { PASS_KEY, RedisReconcileStore } from "../../app/redis-reconcile.js";
import { hasRedisServer, useRedisServer } from "../helpers/redis-server.js";

const LIMITS = { perMinute: 80, perHour: 500 };
const target = (repo: string) => ({ owner: "acme", repo, ownerIsOrg: true, defaultBranch: "" });

describe.runIf(hasRedisServer())(
  "the reconcile's state shared through Redis (a real redis-server)",
  () => {
    const server = useRedisServer();
    const replica = () => new RedisReconcileStore(server.client(), LIMITS);

    it("one replica of two runs each scheduled pass; the other asks again when the claim lapses", async () => {
      const [a, b] = [replica(), replica()];
      expect(await a.claimPass(60_000)).toBe(0);
      const wait = await b.claimPass(60_000);
      expect(wait).toBeGreaterThan(55_000);
      expect(wait).toBeLessThanOrEqual(60_000);
      await server.client().del(PASS_KEY);
      expect(await b.claimPass(60_000)).toBe(0);
    });

    it("keeps an installation's pending repositories for any replica, and drops each when done", async () => {
      const [a, b] = [replica(), replica()];
      await a.add(7, [target("one"), target("two")]);
      expect((await b.list(7)).map((t) => t.repo).sort()).toEqual(["one", "two"]);
      expect(await b.installations()).toContain(7);
      await b.done(7, target("one"));
      expect((await a.list(7)).map((t) => t.repo)).toEqual(["two"]);
      await a.forget(7);
      expect(await b.installations()).not.toContain(7);
    });

    it("lets one replica at a time work through an installation", async () => {
      const [a, b] = [replica(), replica()];
      const order: string[] = [];
      const first = a.exclusive(8, async () => {
        order.push("a starts");
        await sleep(300);
        order.push("a ends");
      });
      await sleep(50);
      // B waits for A's lock (up to one TTL), then takes it.
      const second = b.exclusive(8, async () => {
        order.push("b starts");
      });
      expect(await Promise.all([first, second])).toEqual([true, true]);
      expect(order).toEqual(["a starts", "a ends", "b starts"]);
    });
  },
);
