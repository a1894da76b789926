/**
 * What judging the cycle exit gates costs at the config's bounds
 * (`MAX_CYCLES` cycles of `MAX_CYCLE_STORIES` stories) against a repository
 * with more PRs than are read: requests by route, the time to gather and
 * judge, and the check's summary size. GitHub is a stand-in that answers
 * by route. Figures, not pass/fail.
 */
import { configSchema } from "../core/config/schema.js";
import { evaluateCycles, MAX_CYCLE_STORIES, MAX_CYCLES } from "../core/cycles/index.js";
import { cycleCheckRun } from "../engine/cycles/check.js";
import { gatherCycleInputs } from "../engine/cycles/gather.js";
import { GitHubClient, type SeamOctokit } from "../github/client.js";

const PR_PAGES = 20;
const NOW = new Date("2026-01-10T00:00:00Z");

function story(cycle: number, index: number): string {
  return `S-C${cycle}-${index + 1}`;
}

/** PR `n` carries story n (over every cycle's stories in turn), merged for even n. */
function pullsPage(page: number) {
  return Array.from({ length: 100 }, (_, i) => {
    const n = (page - 1) * 100 + i;
    const cycle = Math.floor(n / MAX_CYCLE_STORIES) % MAX_CYCLES;
    const id = story(cycle, n % MAX_CYCLE_STORIES);
    return {
      number: n + 1,
      state: n % 2 === 0 ? "closed" : "open",
      title: `${id}: work`,
      html_url: `https://github.com/acme/app/pull/${n + 1}`,
      merged_at: n % 2 === 0 ? "2026-01-05T00:00:00Z" : null,
      labels: [],
      head: { sha: String(n + 1).padStart(40, "0"), ref: `feature/${id}-work` },
      base: { sha: "b".repeat(40), ref: "main" },
    };
  });
}

function fakeOctokit(counts: Map<string, number>): SeamOctokit {
  const count = (route: string) => counts.set(route, (counts.get(route) ?? 0) + 1);
  const request = async (route: string, params: Record<string, unknown>) => {
    count(route);
    if (route.includes("/check-runs")) {
      return {
        data: {
          check_runs: [
            {
              name: "required-check",
              app: { id: 1 },
              status: "completed",
              conclusion: "success",
              head_sha: params.ref,
              html_url: "https://github.com/acme/app/runs/1",
              output: { text: null },
            },
          ],
        },
        headers: {},
      };
    }
    if (route.includes("/issues")) return { data: [], headers: {} };
    if (route.includes("/branches/"))
      return { data: { commit: { sha: "e".repeat(40) } }, headers: {} };
    if (route.includes("/git/trees/")) {
      const tree = Array.from({ length: MAX_CYCLES * MAX_CYCLE_STORIES }, (_, i) => ({
        path: `evidence/story/${story(Math.floor(i / MAX_CYCLE_STORIES), i % MAX_CYCLE_STORIES)}/manifest.json`,
        type: "blob",
        mode: "100644",
        sha: "f".repeat(40),
        size: 100,
      }));
      return { data: { tree, truncated: false }, headers: {} };
    }
    throw new Error(`no stand-in for ${route}`);
  };
  const paginate = async (
    route: string,
    _params: unknown,
    map: (
      response: { data: unknown[]; headers: Record<string, string> },
      done: () => void,
    ) => unknown[],
  ) => {
    const all: unknown[] = [];
    let stop = false;
    for (let page = 1; page <= PR_PAGES && !stop; page++) {
      count(route);
      const headers: Record<string, string> =
        page < PR_PAGES ? { link: '<x?page=2>; rel="next"' } : {};
      all.push(
        ...map({ data: pullsPage(page), headers }, () => {
          stop = true;
        }),
      );
    }
    return all;
  };
  // The client counts through the hook; the stand-in counts by route itself.
  return { request, paginate, hook: { before() {} } } as unknown as SeamOctokit;
}

/** Runs one judging at the bounds and returns the printed lines. */
export async function benchCycleCost(): Promise<string[]> {
  const cycles = Object.fromEntries(
    Array.from({ length: MAX_CYCLES }, (_, c) => [
      `C-${c}`,
      {
        window: { start: "2026-01-01", end: "2026-01-20" },
        stories: Array.from({ length: MAX_CYCLE_STORIES }, (_, i) => story(c, i)),
      },
    ]),
  );
  const config = configSchema.parse({ cycles });
  const counts = new Map<string, number>();
  const gh = new GitHubClient(fakeOctokit(counts), { owner: "acme", repo: "app" });
  const start = performance.now();
  const inputs = await gatherCycleInputs(gh, config, { now: NOW, appId: 1 });
  const gathered = performance.now();
  const report = evaluateCycles(config, inputs);
  const body = cycleCheckRun(report);
  const judged = performance.now();
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const routes = [...counts].map(([route, n]) => `${n} ${route}`).join(", ");
  return [
    `cycle exit gates at the bounds (${MAX_CYCLES} cycles x ${MAX_CYCLE_STORIES} stories, ${PR_PAGES * 100} PRs on GitHub): ${total} requests before the check write (${routes})`,
    `  gather ${(gathered - start).toFixed(0)} ms against the stand-in, judge and render ${(judged - gathered).toFixed(0)} ms, summary ${Buffer.byteLength(body.summary)} bytes, ${body.title.length}-character title`,
  ];
}
