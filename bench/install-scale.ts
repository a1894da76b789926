/**
 * "Install on 1,000 repos": what the protection reconcile
 * (engine/protection/reconcile.ts) costs when the App is installed on
 * `repos` repositories, against a stand-in GitHub that enforces the
 * secondary limits (80 content-creating writes a minute, 500 an hour)
 * by answering 403 with Retry-After, on a fake clock, so hours of waiting
 * take milliseconds. Each repository costs what test/app/reconcile.test.ts
 * measures for the defaults (no config, main and develop unprotected): 11
 * requests, 3 of them writes (2 protection PUTs and the check run).
 * Figures, not pass/fail.
 */
import {
  GITHUB_WRITE_LIMITS,
  LocalWriteBudget,
  type ReconcileClock,
  reconcileRepositories,
} from "../engine/protection/reconcile.js";

const REQUESTS_PER_REPO = 11;
const WRITES_PER_REPO = 3;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export async function benchInstallScale(repos: number): Promise<string[]> {
  return [
    `Install on ${repos} repos (protection reconcile, GitHub's limits ${GITHUB_WRITE_LIMITS.perMinute}/min and ${GITHUB_WRITE_LIMITS.perHour}/h simulated, fake clock):`,
    ...(await simulate(repos, GITHUB_WRITE_LIMITS, "with the write budget")),
    // The same queue with no budget of its own: only GitHub's Retry-After paces it.
    ...(await simulate(repos, { perMinute: 1e6, perHour: 1e6 }, "without a budget")),
  ];
}

async function simulate(
  repos: number,
  limits: { perMinute: number; perHour: number },
  label: string,
): Promise<string[]> {
  let now = Date.parse("2024-05-01T12:00:00Z");
  const start = now;
  const clock: ReconcileClock = {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };
  const writes: number[] = [];
  let requests = 0;
  let refused = 0;
  /** One write as GitHub takes it: refused with Retry-After once a window is full. */
  const write = () => {
    requests++;
    const minute = writes.filter((at) => at > now - MINUTE).length;
    const hour = writes.filter((at) => at > now - HOUR).length;
    if (minute >= GITHUB_WRITE_LIMITS.perMinute || hour >= GITHUB_WRITE_LIMITS.perHour) {
      refused++;
      const oldest = hour >= GITHUB_WRITE_LIMITS.perHour ? writes[writes.length - hour] : undefined;
      const retryAfter = oldest === undefined ? 60 : Math.ceil((oldest + HOUR - now) / 1_000);
      throw Object.assign(new Error("You have exceeded a secondary rate limit"), {
        status: 403,
        response: { headers: { "retry-after": String(retryAfter) } },
      });
    }
    writes.push(now);
    // A write takes GitHub about a second to answer.
    now += 1_000;
  };
  const targets = Array.from({ length: repos }, (_, i) => ({ owner: "acme", repo: `r${i}` }));
  const wallStart = performance.now();
  const report = await reconcileRepositories(targets, {
    budget: new LocalWriteBudget(limits, clock),
    clock,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    batchSize: 25,
    writesPerRepo: 4,
    maxWaits: 5,
    isDone: async () => false,
    sync: async () => {
      requests += REQUESTS_PER_REPO - WRITES_PER_REPO;
      // Reads take about 200 ms each.
      now += (REQUESTS_PER_REPO - WRITES_PER_REPO) * 200;
      for (let i = 0; i < WRITES_PER_REPO; i++) write();
      return { writes: WRITES_PER_REPO };
    },
  });
  const wallMs = performance.now() - wallStart;
  const simulated = now - start;
  const perMinute = Math.max(
    ...writes.map((at) => writes.filter((w) => w > at - MINUTE && w <= at).length),
  );
  return [
    `  ${label}:`,
    `    requests: ${requests} (${REQUESTS_PER_REPO} a repository), writes: ${report.writes}, refused by the limit: ${refused}`,
    `    writes per minute: at most ${perMinute}, on average ${(report.writes / (simulated / MINUTE)).toFixed(1)}`,
    `    simulated wall time: ${(simulated / HOUR).toFixed(2)} h (budget waits ${(report.budgetWaitMs / HOUR).toFixed(2)} h, rate-limit waits ${report.rateLimitWaits}); synced ${report.synced}, failed ${report.failed.length}; computed in ${wallMs.toFixed(0)} ms`,
  ];
}
