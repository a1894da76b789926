import { describe, expect, it } from "vitest";
import { KeyedQueue, LruMap } from "../../engine/cache.js";

describe("LruMap", () => {
  it("forgets the least recently used entry past its size", () => {
    const map = new LruMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    map.get("a");
    map.set("c", 3);
    expect([map.get("a"), map.get("b"), map.get("c"), map.size]).toEqual([1, undefined, 3, 2]);
  });
});

describe("KeyedQueue", () => {
  it("runs tasks with the same key one after another, and others alongside", async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    const slow = (name: string, ms: number) => async () => {
      order.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      order.push(`${name} end`);
    };
    await Promise.all([
      queue.run("pr-1", slow("first", 20)),
      queue.run("pr-1", slow("second", 1)),
      queue.run("pr-2", slow("other", 1)),
    ]);
    expect(order.indexOf("second start")).toBeGreaterThan(order.indexOf("first end"));
    expect(order.indexOf("other start")).toBeLessThan(order.indexOf("first end"));
  });

  it("goes on after a failed task", async () => {
    const queue = new KeyedQueue();
    await expect(queue.run("k", async () => Promise.reject(new Error("boom")))).rejects.toThrow(
      "boom",
    );
    await expect(queue.run("k", async () => "next")).resolves.toBe("next");
  });
});
