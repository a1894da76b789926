import { describe, expect, it } from "vitest";
import {
  LocalWriteBudget,
  type ReconcileClock,
  type ReconcileTarget,
  reconcileRepositories,
} from "../../../engine/protection/reconcile.js";
import { GitHubApiError, rateLimitWaitMs } from "../../../github/errors.js";
import { fakeClock } from "../../helpers/clock.js";

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Options at GitHub's limits, a repository never done, `sync` as given. */
function withDefaults(
  clock: ReconcileClock,
  sync: (t: ReconcileTarget) => Promise<{ writes: number }>,
  maxWaits = 3,
) {
  return {
    budget: new LocalWriteBudget({ perMinute: 80, perHour: 500 }, clock),
    clock,
    log: silent,
    batchSize: 10,
    writesPerRepo: 4,
    maxWaits,
    isDone: async () => false,
    sync,
  };
}

const repos = (n: number): ReconcileTarget[] =>
  Array.from({ length: n }, (_, i) => ({ owner: "acme", repo: `repo-${i + 1}` }));

/** An Octokit RequestError as a failed request carries it, inside the seam's error. */
function limited(status: number, message: string, headers: Record<string, string>) {
  const cause = Object.assign(new Error(message), { status, response: { headers } });
  return new GitHubApiError("POST /repos/{owner}/{repo}/check-runs", "post the check", cause);
}

describe("reconcileRepositories", () => {
  it("goes through a 30-repository installation in batches, never over the write budget", async () => {
    const clock = fakeClock();
    const budget = new LocalWriteBudget({ perMinute: 10, perHour: 50 }, clock);
    const writesAt: number[] = [];
    const progress: unknown[] = [];
    const report = await reconcileRepositories(repos(30), {
      ...withDefaults(clock, async () => {
        for (let i = 0; i < 3; i++) writesAt.push(clock.now());
        return { writes: 3 };
      }),
      budget,
      log: { ...silent, info: (fields: unknown) => progress.push(fields) },
      writesPerRepo: 3,
    });
    expect(report).toMatchObject({ synced: 30, skipped: 0, failed: [], writes: 90 });
    // Every minute and every hour, counted at each write, holds the limits.
    for (const at of writesAt) {
      expect(writesAt.filter((t) => t > at - 60_000 && t <= at).length).toBeLessThanOrEqual(10);
      expect(writesAt.filter((t) => t > at - 3_600_000 && t <= at).length).toBeLessThanOrEqual(50);
    }
    // 90 writes at 50 an hour: the last ones wait for the first hour to pass.
    expect(clock.now() - Date.parse("2024-05-01T12:00:00Z")).toBeGreaterThanOrEqual(3_600_000);
    expect(progress).toContainEqual({ done: 10, of: 30, writes: 30 });
    expect(progress).toContainEqual({ done: 30, of: 30, writes: 90 });
  });

  it("resumed after a restart, skips the repositories already reconciled", async () => {
    const done = new Set<string>();
    const options = (stopAfter: number) => {
      let synced = 0;
      return {
        ...withDefaults(fakeClock(), async (t) => {
          // The process dies here: nothing after it runs.
          if (synced === stopAfter) throw new Error("SIGKILL");
          synced++;
          done.add(t.repo);
          return { writes: 2 };
        }),
        isDone: async (t: ReconcileTarget) => done.has(t.repo),
      };
    };
    const first = await reconcileRepositories(repos(12), options(7));
    expect(first.synced).toBe(7);
    const second = await reconcileRepositories(repos(12), options(Number.POSITIVE_INFINITY));
    expect(second).toMatchObject({ synced: 5, skipped: 7, failed: [] });
  });

  it.each([
    [
      "403 secondary limit with Retry-After",
      limited(403, "You have exceeded a secondary rate limit", { "retry-after": "120" }),
      120_000,
    ],
    [
      "429 with Retry-After",
      limited(429, "Too Many Requests", { "retry-after": "3600" }),
      3_600_000,
    ],
  ])("waits out a %s and tries the repository again", async (_name, error, wait) => {
    const clock = fakeClock();
    let calls = 0;
    const report = await reconcileRepositories(
      repos(2),
      withDefaults(clock, async () => {
        calls++;
        if (calls === 1) throw error;
        return { writes: 1 };
      }),
    );
    expect(report).toMatchObject({ synced: 2, failed: [], rateLimitWaits: 1 });
    expect(clock.slept).toEqual([wait]);
  });

  it("gives a repository up after maxWaits, and fails at once on an error that is no rate limit", async () => {
    const clock = fakeClock();
    const report = await reconcileRepositories(
      repos(2),
      withDefaults(
        clock,
        async (t) => {
          if (t.repo === "repo-1") throw limited(429, "Too Many Requests", { "retry-after": "1" });
          throw new Error("boom");
        },
        2,
      ),
    );
    expect(report.failed).toEqual(["acme/repo-1", "acme/repo-2"]);
    expect(clock.slept).toEqual([1_000, 1_000]);
  });
});

describe("reconcileRepositories' reservations", () => {
  it("gives back what a sync did not write, counts all it reserved when it throws, and says when each is finished", async () => {
    const clock = fakeClock();
    const finished: string[] = [];
    const report = await reconcileRepositories(repos(3), {
      ...withDefaults(clock, async (t) => {
        if (t.repo === "repo-2") throw new Error("boom");
        return { writes: 1 };
      }),
      budget: new LocalWriteBudget({ perMinute: 5, perHour: 50 }, clock),
      writesPerRepo: 4,
      finished: async (t) => {
        finished.push(t.repo);
      },
    });
    expect(report).toMatchObject({ synced: 2, failed: ["acme/repo-2"], writes: 2 });
    expect(finished).toEqual(["repo-1", "repo-2", "repo-3"]);
    // repo-1 gave 3 of its 4 back; repo-2's 4 all count, so repo-3 waits for the minute.
    expect(clock.slept).toEqual([60_000]);
  });
});

describe("rateLimitWaitMs", () => {
  const now = Date.parse("2024-05-01T12:00:00Z");
  it("reads Retry-After, then the quota's reset, then a minute for a bare secondary limit", () => {
    expect(
      rateLimitWaitMs(limited(403, "secondary rate limit", { "retry-after": "30" }), now),
    ).toBe(30_000);
    const reset = String(now / 1_000 + 1_800);
    expect(
      rateLimitWaitMs(
        limited(403, "API rate limit exceeded", {
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": reset,
        }),
        now,
      ),
    ).toBe(1_800_000);
    expect(rateLimitWaitMs(limited(403, "You have exceeded a secondary rate limit", {}), now)).toBe(
      60_000,
    );
    expect(
      rateLimitWaitMs(limited(403, "Resource not accessible by integration", {}), now),
    ).toBeUndefined();
    expect(rateLimitWaitMs(new Error("boom"), now)).toBeUndefined();
  });
});

describe("LocalWriteBudget", () => {
  it("refuses limits that cannot both hold", () => {
    expect(() => new LocalWriteBudget({ perMinute: 0, perHour: 10 }, fakeClock())).toThrow(
      /at least 1/,
    );
  });
});
