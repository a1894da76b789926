import { describe, expect, it } from "vitest";
import { boundedCache, expiringCache, KeyedQueue } from "../../engine/cache.js";
import { createState, LABEL_ECHO_MS } from "../../engine/state.js";

describe("boundedCache", () => {
  it("forgets the least recently used entry past its size", () => {
    const map = boundedCache<number>(2);
    map.set("a", 1);
    map.set("b", 2);
    map.get("a");
    map.set("c", 3);
    expect([map.get("a"), map.get("b"), map.get("c"), map.size]).toEqual([1, undefined, 3, 2]);
  });
});

describe("expiringCache", () => {
  it("forgets an entry once its time has passed on the given clock", () => {
    let now = new Date("2024-01-01T00:00:00Z");
    const marks = expiringCache<true>(10, 60_000, () => now);
    marks.set("echo", true);
    now = new Date("2024-01-01T00:00:59Z");
    expect(marks.get("echo")).toBe(true);
    now = new Date("2024-01-01T00:01:01Z");
    expect(marks.get("echo")).toBeUndefined();
  });
});

describe("createState", () => {
  it("lets a label change wait for its echo for LABEL_ECHO_MS, no longer", () => {
    let now = new Date("2024-01-01T00:00:00Z");
    const state = createState({
      dryRun: false,
      configCacheSeconds: 60,
      now: () => now,
      checkRunButtons: false,
      freshPulls: "when-stale",
    });
    state.labelWrites.set("o/r#1 labeled no_merge", true);
    now = new Date(now.getTime() + LABEL_ECHO_MS - 1);
    expect(state.labelWrites.get("o/r#1 labeled no_merge")).toBe(true);
    now = new Date(now.getTime() + 2);
    expect(state.labelWrites.get("o/r#1 labeled no_merge")).toBeUndefined();
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
