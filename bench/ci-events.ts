/**
 * What CI finishing costs the App under check.require: PRs whose head runs
 * a lint job and a matrix of test jobs, each job's `check_run.completed`
 * delivered (one in twenty twice), a check nobody requires, a status
 * nobody requires, and the suites' completions, replayed through the real
 * App against a stand-in for the GitHub API that counts requests. A 304
 * (a conditional read answered "unchanged") is counted apart: GitHub does
 * not charge it to the rate limit. Run with `npm run bench`.
 */
import { createRequire } from "node:module";
import type { Probot } from "probot";
import { VALID_TEMPLATE_BODY } from "../test/helpers/pull-request.js";
import { loadApp, pullRequestPayload } from "./app-events.js";

// biome-ignore lint/suspicious/noExplicitAny: webhook example payloads are untyped JSON.
type Json = any;

const APP_ID = 1;
const ACTIONS = 15368;
const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples") as { name: string; examples: Json[] }[];
const example = (name: string, action?: string): Json =>
  structuredClone(examples.find((d) => d.name === name)?.examples.find((e) => e.action === action));
const opened = example("pull_request", "opened");

const CONFIG = "check:\n  require: [lint, 'test (*)']\n";

interface Run {
  id: number;
  name: string;
  appId: number;
  status: string;
  conclusion: string | null;
  title?: string;
  summary?: string;
}

/** The GitHub API as far as CI events reach it: config, files, check runs, statuses, labels. */
class CiFakeGitHub {
  counts = new Map<string, number>();
  failures: string[] = [];
  runs = new Map<string, Run[]>();
  #nextId = 1_000_000;

  reset(): void {
    this.counts.clear();
  }

  /**
   * Requests of the last event: all of them, those GitHub charges (not
   * 304s), and of those the NO_MERGE label's (who applied it, the change),
   * which a failing required check brings like any blocking finding.
   */
  tally(): { all: number; charged: number; label: number } {
    let all = 0;
    let charged = 0;
    let label = 0;
    for (const [route, n] of this.counts) {
      if (route.startsWith("POST /app/")) continue;
      all += n;
      if (!route.endsWith("(304)")) charged += n;
      if (route.includes("/issues/")) label += n;
    }
    return { all, charged, label };
  }

  fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(
      typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
    );
    const method = (init?.method ?? "GET").toUpperCase();
    const headers = new Headers(init?.headers);
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as Json) : undefined;
    const title: unknown = body?.output?.title;
    if (typeof title === "string" && /^(could not evaluate|Config error)/i.test(title)) {
      this.failures.push(title);
    }
    const answer = this.#route(method, decodeURIComponent(url.pathname), url, headers, body);
    const route = `${method} ${answer.route}`;
    this.counts.set(route, (this.counts.get(route) ?? 0) + 1);
    const payload =
      answer.status === 304
        ? null
        : typeof answer.body === "string"
          ? answer.body
          : JSON.stringify(answer.body ?? {});
    const response = new Response(payload, {
      status: answer.status,
      headers: { "content-type": "application/json", ...answer.headers },
    });
    // Octokit's paginator reads the URL a page came from, as fetch sets it.
    Object.defineProperty(response, "url", { value: url.href });
    return response;
  };

  #route(
    method: string,
    path: string,
    url: URL,
    headers: Headers,
    body: Json,
  ): { route: string; status: number; body?: Json; headers?: Record<string, string> } {
    const on = (pattern: string) => path.match(new RegExp(`^/repos/[^/]+/[^/]+${pattern}$`));
    if (method === "POST" && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) {
      return {
        route: "/app/installations/{id}/access_tokens",
        status: 201,
        body: { token: "t", expires_at: "2999-01-01T00:00:00Z" },
      };
    }
    const contents = on("/contents/(.+)");
    if (contents?.[1] === ".github/pilot-gate.yml") {
      if (headers.get("if-none-match") === '"cfg"')
        return { route: "/contents/{path} (304)", status: 304 };
      return {
        route: "/contents/{path}",
        status: 200,
        body: CONFIG,
        headers: { etag: '"cfg"', "content-type": "application/vnd.github.raw" },
      };
    }
    if (contents)
      return {
        route: "/contents/{path} (PR template)",
        status: 404,
        body: { message: "Not Found" },
      };
    if (on("/git/trees/(.+)"))
      return {
        route: "/git/trees/{sha}",
        status: 200,
        body: { sha: "0", tree: [], truncated: false },
      };
    if (on("/pulls/(\\d+)/files")) {
      return {
        route: "/pulls/{n}/files",
        status: 200,
        body: [{ filename: "src/app.ts", status: "modified" }],
      };
    }
    const statuses = on("/commits/([0-9a-f]+)/statuses");
    if (statuses) {
      if (headers.get("if-none-match") === '"st"')
        return { route: "/commits/{sha}/statuses (304)", status: 304 };
      return { route: "/commits/{sha}/statuses", status: 200, body: [], headers: { etag: '"st"' } };
    }
    const checkRuns = on("/commits/([0-9a-f]+)/check-runs");
    if (checkRuns) {
      const sha = checkRuns[1] ?? "";
      const all = this.runs.get(sha) ?? [];
      const page = Number(url.searchParams.get("page") ?? 1);
      const next =
        page * 100 < all.length
          ? {
              link: `<https://api.github.com${path}?filter=all&per_page=100&page=${page + 1}>; rel="next"`,
            }
          : undefined;
      return {
        route: "/commits/{sha}/check-runs",
        status: 200,
        headers: next,
        body: {
          total_count: all.length,
          check_runs: all.slice((page - 1) * 100, page * 100).map((run) => ({
            id: run.id,
            name: run.name,
            status: run.status,
            conclusion: run.conclusion,
            details_url: `https://ci.example.com/${run.id}`,
            started_at: "2025-12-31T23:50:00Z",
            app: { id: run.appId },
            output: {
              title: run.title ?? null,
              summary: run.summary ?? null,
              annotations_count: 0,
            },
          })),
        },
      };
    }
    if (method === "POST" && on("/check-runs")) {
      const id = this.#nextId++;
      const list = this.runs.get(body.head_sha) ?? [];
      list.push({
        id,
        name: body.name,
        appId: APP_ID,
        status: "completed",
        conclusion: body.conclusion,
        title: body.output?.title,
        summary: body.output?.summary,
      });
      this.runs.set(body.head_sha, list);
      return { route: "/check-runs", status: 201, body: { id } };
    }
    const patch = on("/check-runs/(\\d+)");
    if (method === "PATCH" && patch) {
      for (const list of this.runs.values()) {
        const run = list.find((r) => r.id === Number(patch[1]));
        if (run)
          Object.assign(run, {
            conclusion: body.conclusion,
            title: body.output?.title,
            summary: body.output?.summary,
          });
      }
      return { route: "/check-runs/{id}", status: 200, body: {} };
    }
    if (on("/issues/(\\d+)/events")) {
      const labeled = { name: "NO_MERGE" };
      const via = { id: APP_ID, slug: "pilot-gate" };
      const actor = { login: "pilot-gate[bot]", type: "Bot" };
      return {
        route: "/issues/{n}/events",
        status: 200,
        body: [{ event: "labeled", label: labeled, actor, performed_via_github_app: via }],
      };
    }
    if (on("/issues/(\\d+)/labels(?:/.+)?"))
      return { route: "/issues/{n}/labels", status: 200, body: [] };
    return {
      route: `${path} (unknown to the stand-in)`,
      status: 404,
      body: { message: "Not Found" },
    };
  }
}

function checkRunCompleted(pr: number, sha: string, run: Run): Json {
  const payload = example("check_run", "completed");
  Object.assign(payload.check_run, {
    id: run.id,
    name: run.name,
    head_sha: sha,
    status: "completed",
    conclusion: run.conclusion,
    app: { ...payload.check_run.app, id: run.appId },
    pull_requests: [{ number: pr, head: { sha }, base: { repo: { id: opened.repository.id } } }],
  });
  payload.check_run.check_suite.head_branch = "feature/S-PC-01-login-page";
  return { ...payload, repository: opened.repository, installation: opened.installation };
}

function suiteCompleted(pr: number, sha: string): Json {
  const payload = example("check_suite", "completed");
  Object.assign(payload.check_suite, {
    head_sha: sha,
    head_branch: "feature/S-PC-01-login-page",
    app: { ...payload.check_suite.app, id: ACTIONS },
    pull_requests: [{ number: pr, head: { sha }, base: { repo: { id: opened.repository.id } } }],
  });
  return { ...payload, repository: opened.repository, installation: opened.installation };
}

function statusOf(sha: string, context: string): Json {
  const payload = example("status");
  Object.assign(payload, { sha, context, state: "success", branches: [] });
  return { ...payload, repository: opened.repository, installation: opened.installation };
}

/** Runs the replay and returns the printed report's lines. */
export async function benchCiEvents(prs = 20, matrix = 200): Promise<string[]> {
  const github = new CiFakeGitHub();
  const probot: Probot = await loadApp(github);
  const byKind = new Map<string, { events: number; all: number; charged: number; label: number }>();
  let delivery = 0;
  const deliver = async (kind: string, name: string, payload: Json) => {
    github.reset();
    await probot.receive({ id: `d-${++delivery}`, name, payload } as Parameters<
      Probot["receive"]
    >[0]);
    const entry = byKind.get(kind) ?? { events: 0, all: 0, charged: 0, label: 0 };
    const { all, charged, label } = github.tally();
    entry.events++;
    entry.all += all;
    entry.charged += charged;
    entry.label += label;
    byKind.set(kind, entry);
  };
  let id = 1;
  for (let pr = 1; pr <= prs; pr++) {
    const sha = pr.toString(16).padStart(40, "0");
    const jobs: Run[] = [
      { id: id++, name: "lint", appId: ACTIONS, status: "queued", conclusion: null },
      ...Array.from({ length: matrix }, (_, i) => ({
        id: id++,
        name: `test (${i})`,
        appId: ACTIONS,
        status: "queued",
        conclusion: null,
      })),
      { id: id++, name: "docs", appId: ACTIONS, status: "queued", conclusion: null },
    ];
    github.runs.set(sha, [...jobs]);
    await deliver(
      "opened (CI queued)",
      "pull_request",
      pullRequestPayload(pr, "opened", { body: VALID_TEMPLATE_BODY, head: sha }),
    );
    // Jobs finish in turn; the last test job fails once and passes on a re-run.
    for (const [i, job] of jobs.entries()) {
      const last = i === jobs.length - 2;
      if (last) {
        Object.assign(job, { status: "completed", conclusion: "failure" });
        await deliver(
          "check_run.completed, required job failed",
          "check_run",
          checkRunCompleted(pr, sha, job),
        );
        // Re-run: a new run of the same name, which GitHub lists besides the failed one.
        const rerun = { ...job, id: id++, status: "in_progress", conclusion: null };
        github.runs.get(sha)?.push(rerun);
        Object.assign(rerun, { status: "completed", conclusion: "success" });
        await deliver(
          "check_run.completed, re-run passed (last)",
          "check_run",
          checkRunCompleted(pr, sha, rerun),
        );
        continue;
      }
      Object.assign(job, { status: "completed", conclusion: "success" });
      const kind =
        job.name === "docs"
          ? "check_run.completed, not required"
          : "check_run.completed, others still running";
      await deliver(kind, "check_run", checkRunCompleted(pr, sha, job));
      if (i % 20 === 3)
        await deliver(
          "check_run.completed, redelivered",
          "check_run",
          checkRunCompleted(pr, sha, job),
        );
    }
    await deliver("check_suite.completed", "check_suite", suiteCompleted(pr, sha));
    await deliver("status, not required", "status", statusOf(sha, "ci/coverage"));
  }
  if (github.failures.length > 0) {
    throw new Error(
      `the CI replay is not measuring real work: ${github.failures.length} error checks, e.g. "${github.failures[0]}"`,
    );
  }
  const lines = [
    `CI events (check.require: lint and a 'test (*)' matrix of ${matrix} jobs): ${delivery} events over ${prs} PRs`,
    "requests per event: all / charged to the rate limit (a 304 is not) / of those, the NO_MERGE label's, by kind:",
  ];
  for (const [kind, entry] of byKind) {
    const per = (n: number) => (n / entry.events).toFixed(2);
    lines.push(
      `  ${kind.padEnd(44)} ${per(entry.all)} / ${per(entry.charged)} / ${per(entry.label)}   (${entry.events} events)`,
    );
  }
  const pages = Math.ceil((matrix + 3) / 100);
  lines.push(
    `  (one list of the head's ${matrix + 3} check runs is ${pages} page${pages === 1 ? "" : "s"}; target per CI completion: <= 2 charged including the write, 0 when nothing changed)`,
  );
  return lines;
}
