import { describe, expect, it, vi } from "vitest";
import type { ReconcileClock } from "../../engine/protection/reconcile.js";
import { fakeClock } from "../helpers/clock.js";
import {
  APP_ID,
  countRequests,
  GitHubMock,
  githubScope,
  INSTALLATION_ID,
  OWNER,
  recorded,
  useGitHubMock,
} from "./helpers/github.js";
import { installationEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

const CHECK = "pilot-gate/protection";
const START = Date.parse("2024-05-01T12:00:00Z");

const names = (n: number) => Array.from({ length: n }, (_, i) => `repo-${i + 1}`);
const headOf = (repo: string) => repo.replace(/\D/g, "").padStart(2, "0").repeat(20).slice(0, 40);

/**
 * GitHub as `n` repositories of OWNER see it, with no config (the
 * defaults: main and develop, unprotected): each answer persists, the
 * check runs the App posts are kept (so a restarted App finds them), and
 * every write is stamped with the fake clock's time. `refuse` answers a
 * repository's first check-run write with a rate limit.
 */
function fleet(
  clock: ReconcileClock,
  refuse?: { repo: string; status: number; retryAfter: string },
) {
  const scope = githubScope();
  const checks = new Map<string, string>();
  const writes: { repo: string; at: number }[] = [];
  let refused = false;
  const repoOf = (uri: string) => /\/repos\/[^/]+\/([^/]+)/.exec(uri)?.[1] ?? "";
  const write = (uri: string) => writes.push({ repo: repoOf(uri), at: clock.now() });
  scope
    .get(/^\/repos\/[^/]+\/repo-\d+$/)
    .times(Number.POSITIVE_INFINITY)
    .optionally()
    .reply((uri) => [200, { name: repoOf(uri), default_branch: "main" }]);
  scope
    .get(/^\/repos\/[^/]+\/(repo-\d+|\.github)\/contents\//)
    .times(Number.POSITIVE_INFINITY)
    .optionally()
    .reply(404, { message: "Not Found" });
  scope
    .get(/^\/repos\/[^/]+\/repo-\d+\/branches\/[^/]+\/protection$/)
    .times(Number.POSITIVE_INFINITY)
    .optionally()
    .reply(404, { message: "Branch not protected" });
  scope
    .get(/^\/repos\/[^/]+\/repo-\d+\/rules\/branches\/[^/?]+\?per_page=100$/)
    .times(Number.POSITIVE_INFINITY)
    .optionally()
    .reply(200, []);
  scope
    .put(/^\/repos\/[^/]+\/repo-\d+\/branches\/[^/]+\/protection$/)
    .times(Number.POSITIVE_INFINITY)
    .optionally()
    .reply((uri) => {
      write(uri);
      return [200, {}];
    });
  scope
    .get(/^\/repos\/[^/]+\/repo-\d+\/branches\/main$/)
    .times(Number.POSITIVE_INFINITY)
    .optionally()
    .reply((uri) => [
      200,
      { name: "main", commit: { sha: headOf(repoOf(uri)) }, protected: false },
    ]);
  scope
    .get(/^\/repos\/[^/]+\/repo-\d+\/commits\/[0-9a-f]{40}\/check-runs\?/)
    .times(Number.POSITIVE_INFINITY)
    .optionally()
    .reply((uri) => {
      const completed = checks.get(repoOf(uri));
      const runs = completed
        ? [
            {
              id: 1,
              name: CHECK,
              head_sha: headOf(repoOf(uri)),
              status: "completed",
              conclusion: "success",
              completed_at: completed,
              app: { id: APP_ID, slug: "pilot-gate" },
              output: {
                title: "t",
                summary: "",
                text: null,
                annotations_count: 0,
                annotations_url: "",
              },
            },
          ]
        : [];
      return [200, { total_count: runs.length, check_runs: runs }];
    });
  scope
    .post(/^\/repos\/[^/]+\/repo-\d+\/check-runs$/)
    .times(Number.POSITIVE_INFINITY)
    .optionally()
    .reply((uri) => {
      const repo = repoOf(uri);
      if (refuse && repo === refuse.repo && !refused) {
        refused = true;
        return [
          refuse.status,
          { message: "You have exceeded a secondary rate limit." },
          { "retry-after": refuse.retryAfter },
        ];
      }
      write(uri);
      checks.set(repo, new Date(clock.now()).toISOString());
      return [201, { id: writes.length }];
    });
  return { checks, writes };
}

function installationOf(repos: string[]) {
  const payload = installationEvent() as {
    repositories: {
      id: number;
      node_id: string;
      name: string;
      full_name: string;
      private: boolean;
    }[];
  };
  payload.repositories = repos.map((name, i) => ({
    id: 1_000 + i,
    node_id: `R_${i}`,
    name,
    full_name: `${OWNER}/${name}`,
    private: false,
  }));
  return payload;
}

/** The most writes stamped within any window of `ms`. */
function busiest(writes: { at: number }[], ms: number): number {
  return Math.max(
    ...writes.map(({ at }) => writes.filter((w) => w.at > at - ms && w.at <= at).length),
  );
}

describe("installing on many repositories: the protection reconcile", () => {
  it("a 30-repository installation goes through in batches, within the write budget", async () => {
    const clock = fakeClock();
    const app = await createTestApp({
      reconcileClock: clock,
      writeLimits: { perMinute: 12, perHour: 60 },
    });
    new GitHubMock().token();
    const github = fleet(clock);

    await app.receive("installation", installationOf(names(30)));

    expect(github.checks.size).toBe(30);
    // 2 protection writes and the check on each: 90 writes, at most 12 a minute and 60 an hour.
    expect(github.writes).toHaveLength(90);
    expect(busiest(github.writes, 60_000)).toBeLessThanOrEqual(12);
    expect(busiest(github.writes, 3_600_000)).toBeLessThanOrEqual(60);
    expect(clock.now() - START).toBeGreaterThanOrEqual(3_600_000);
    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/check-runs"]).toBe(30);
    const progress = app.logs.filter((line) => /^protection reconcile: \d+ of 30/.test(line.msg));
    expect(progress.map((line) => line.done)).toEqual([25, 30]);
  });

  it("two events for one installation at once: the second's repositories are taken by the first, none twice", async () => {
    const clock = fakeClock();
    const app = await createTestApp({ reconcileClock: clock });
    new GitHubMock().token();
    const github = fleet(clock);

    await Promise.all([
      app.receive("installation", installationOf(names(3))),
      app.receive("installation", installationOf(["repo-4", "repo-5"])),
    ]);

    expect([...github.checks.keys()].sort()).toEqual(names(5));
    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/check-runs"]).toBe(5);
    expect(app.logs.some((line) => /already being synced/.test(line.msg))).toBe(true);
  });

  it.each([
    [403, "3600", 3_600_000],
    [429, "90", 90_000],
  ])(
    "a %i with Retry-After: %s s is waited out, and the repository done after it",
    async (status, retryAfter, wait) => {
      const clock = fakeClock();
      const app = await createTestApp({ reconcileClock: clock });
      new GitHubMock().token();
      const github = fleet(clock, { repo: "repo-2", status, retryAfter });

      await app.receive("installation", installationOf(names(3)));

      expect(clock.slept).toEqual([wait]);
      expect([...github.checks.keys()].sort()).toEqual(["repo-1", "repo-2", "repo-3"]);
      expect(app.logged(50)).toEqual([]);
      expect(app.logs.some((line) => line.msg.startsWith("rate limited: waiting"))).toBe(true);
    },
  );

  it("after a restart, the pass at start finishes the installation without redoing a finished repository", async () => {
    const clock = fakeClock();
    const github = fleet(clock);
    // What the process that died did: 12 repositories reconciled at their head.
    const finished = names(12);
    for (const repo of finished) github.checks.set(repo, new Date(START - 60_000).toISOString());
    const gh = new GitHubMock().token();
    gh.scope
      .get("/app/installations")
      .query({ per_page: "100" })
      .reply(200, [{ id: INSTALLATION_ID, account: { login: OWNER, type: "User" } }]);
    gh.scope
      .get("/installation/repositories")
      .query({ per_page: "100" })
      .reply(200, {
        total_count: 30,
        repositories: names(30).map((name, i) => ({
          id: 1_000 + i,
          name,
          full_name: `${OWNER}/${name}`,
          owner: { login: OWNER, type: "User" },
          default_branch: "main",
          archived: false,
        })),
      });

    const app = await createTestApp({ reconcileClock: clock, reconcileIntervalSeconds: 86_400 });
    await vi.waitFor(() => expect(github.checks.size).toBe(30), { timeout: 10_000 });
    await vi.waitFor(() =>
      expect(
        app.logs.some((line) => line.msg === "protection reconcile: 30 of 30 repositories"),
      ).toBe(true),
    );

    const written = new Set(github.writes.map((w) => w.repo));
    for (const repo of finished) expect(written.has(repo), repo).toBe(false);
    expect(written.size).toBe(18);
    // The finished ones cost their reads only: the head and the check lookup.
    const lookups = recorded.filter((r) => r.path.includes("/check-runs?"));
    expect(lookups).toHaveLength(30);
  });

  it("a scheduled pass that cannot list the installations is logged with the next step, not a crash", async () => {
    const gh = new GitHubMock();
    gh.scope.get("/app/installations").query({ per_page: "100" }).reply(500, { message: "boom" });
    const app = await createTestApp({
      reconcileClock: fakeClock(),
      reconcileIntervalSeconds: 86_400,
    });
    await vi.waitFor(() => expect(app.logged(50)).toHaveLength(1));
    const [line] = app.logged(50);
    expect(line?.msg).toBe("scheduled protection reconcile failed; the next one retries");
    expect(String((line?.err as { message?: string })?.message)).toContain(
      "GitHub answered 500 when the App tried to list the App's installations",
    );
  });
});
