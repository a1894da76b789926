/**
 * Replays a mix of pull request events through the real App, loaded into a
 * real Probot, against an in-process stand-in for the GitHub API that counts
 * every request. Prints requests per event kind, events per second, handler
 * time percentiles and peak memory. Run with `npm run bench`.
 *
 * The stand-in keeps just enough state (check runs per commit, labels, the
 * config's and the PR template's ETags, the folders evidence is cited from,
 * each PR as last delivered) for the App to behave as it does against
 * GitHub: an update finds the run it created, a revalidated config answers
 * 304, a PR read again is the one last delivered.
 *
 * The repository keeps the built-in template as its own (as `pilot-gate
 * init` writes it), so every Definition of Ready/Done item of it counts. One
 * PR in ten cites, once fixed, an evidence file already in the repository
 * rather than one it commits: the only PRs whose evidence costs a lookup.
 */
import { generateKeyPairSync } from "node:crypto";
import { createRequire } from "node:module";
import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { createApp } from "../app/index.js";
import { DEFAULT_PR_TEMPLATE } from "../core/pr-template.js";
import { type AppOptions, readAppOptions } from "../engine/options.js";
import { VALID_TEMPLATE_BODY } from "../test/helpers/pull-request.js";

// biome-ignore lint/suspicious/noExplicitAny: webhook example payloads are untyped JSON.
export type Json = any;

const APP_ID = 1;
const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples") as { name: string; examples: Json[] }[];
const openedExample = examples
  .find((d) => d.name === "pull_request")
  ?.examples.find((e) => e.action === "opened" && e.installation);
if (!openedExample) throw new Error("no pull_request.opened example with an installation");
const commentExample = examples
  .find((d) => d.name === "issue_comment")
  ?.examples.find((e) => e.action === "created");
if (!commentExample) throw new Error("no issue_comment.created example");

/** The App's clock in the replay; comments are written a second after it. */
const NOW = "2026-01-01T00:00:00Z";

/** Each PR payload a second newer than the last, as GitHub's deliveries are. */
let updatedAt = Date.parse("2025-12-31T00:00:00Z");

/** A GitHub API stand-in: answers by route, counts requests per `METHOD /route`. */
export class FakeGitHub {
  counts = new Map<string, number>();
  /** Titles of check runs that say the App could not judge the PR: the replay is then wrong. */
  failures: string[] = [];
  #checkRuns = new Map<
    string,
    { id: number; summary: string; annotations: number; conclusion: string; title: string }[]
  >();
  #pulls = new Map<number, Json>();
  #labels = new Map<number, Set<string>>();
  #files = new Map<number, string[]>();
  #configsAt = new Map<string, string>();
  #folders = new Map<string, string[]>();
  #nextId = 1;
  readonly configEtag = '"cfg-1"';
  readonly templateEtag = '"tpl-1"';
  /** Bodies of the check runs written (POST and PATCH), in order. */
  checkRunWrites: Json[] = [];

  labelsOf(pr: number): string[] {
    return [...(this.#labels.get(pr) ?? [])];
  }

  setFiles(pr: number, files: string[]): void {
    this.#files.set(pr, files);
  }

  /** The PR as GitHub has it now: the last one delivered. */
  setPull(pr: number, pull: Json): void {
    this.#pulls.set(pr, pull);
  }

  /** The names in a folder, at any commit. */
  setFolder(path: string, names: string[]): void {
    this.#folders.set(path, names);
  }

  /** The config text at `ref` (a PR's head); other refs get the default branch's. */
  setConfigAt(ref: string, text: string): void {
    this.#configsAt.set(ref, text);
  }

  reset(): void {
    this.counts.clear();
  }

  total(): number {
    let n = 0;
    for (const [route, count] of this.counts) if (!route.startsWith("POST /app/")) n += count;
    return n;
  }

  fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(
      typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
    );
    const method = (init?.method ?? "GET").toUpperCase();
    const headers = new Headers(init?.headers);
    const path = decodeURIComponent(url.pathname);
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as Json) : undefined;
    const title: unknown = body?.output?.title;
    if (typeof title === "string" && /^(could not evaluate|Config error)/i.test(title)) {
      this.failures.push(title);
    }
    const answer = this.#route(method, path, headers, body, url.searchParams.get("ref"));
    const route = `${method} ${answer.route}`;
    this.counts.set(route, (this.counts.get(route) ?? 0) + 1);
    const responseHeaders: Record<string, string> = {
      "content-type": "application/json",
      ...answer.headers,
    };
    const payload =
      answer.status === 204 || answer.status === 304
        ? null
        : typeof answer.body === "string"
          ? answer.body
          : JSON.stringify(answer.body ?? {});
    return new Response(payload, { status: answer.status, headers: responseHeaders });
  };

  #route(
    method: string,
    path: string,
    headers: Headers,
    body: Json,
    ref: string | null,
  ): { route: string; status: number; body?: Json; headers?: Record<string, string> } {
    const repo = "^/repos/[^/]+/[^/]+";
    const on = (pattern: string) => path.match(new RegExp(`${repo}${pattern}$`));
    const contentsMatch = on("/contents/(.+)");
    const filesMatch = on("/pulls/(\\d+)/files");
    const reviewsMatch = on("/pulls/(\\d+)/reviews");
    const checkRunsMatch = on("/commits/([0-9a-f]+)/check-runs");
    const labelsMatch = on("/issues/(\\d+)/labels(?:/(.+))?");
    const pullMatch = on("/pulls/(\\d+)");
    const permissionMatch = on("/collaborators/([^/]+)/permission");
    const eventsMatch = on("/issues/(\\d+)/events");
    if (method === "POST" && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) {
      return {
        route: "/app/installations/{id}/access_tokens",
        status: 201,
        body: { token: "t", expires_at: "2999-01-01T00:00:00Z" },
      };
    }
    const contentsPath = contentsMatch?.[1] ?? "";
    if (contentsPath === ".github/pull_request_template.md") {
      if (headers.get("if-none-match") === this.templateEtag) {
        return { route: "/repos/{o}/{r}/contents/{path} (PR template, 304)", status: 304 };
      }
      return {
        route: "/repos/{o}/{r}/contents/{path} (PR template)",
        status: 200,
        body: DEFAULT_PR_TEMPLATE,
        headers: { etag: this.templateEtag, "content-type": "application/vnd.github.raw" },
      };
    }
    const folder = this.#folders.get(contentsPath);
    if (folder) {
      return {
        route: "/repos/{o}/{r}/contents/{path} (evidence folder)",
        status: 200,
        body: folder.map((name) => ({ type: "file", name, path: `${contentsPath}/${name}` })),
      };
    }
    const configAt = ref === null ? undefined : this.#configsAt.get(ref);
    if (contentsMatch && configAt !== undefined) {
      return {
        route: "/repos/{o}/{r}/contents/{path}",
        status: 200,
        body: configAt,
        headers: { "content-type": "application/vnd.github.raw" },
      };
    }
    if (contentsMatch) {
      if (headers.get("if-none-match") === this.configEtag) {
        return { route: "/repos/{o}/{r}/contents/{path} (304)", status: 304 };
      }
      return {
        route: "/repos/{o}/{r}/contents/{path}",
        status: 200,
        body: "rules:\n  no-merge-label:\n    label: NO_MERGE\n",
        headers: { etag: this.configEtag, "content-type": "application/vnd.github.raw" },
      };
    }
    if (filesMatch) {
      const files = this.#files.get(Number(filesMatch[1])) ?? ["src/app.ts"];
      return {
        route: "/repos/{o}/{r}/pulls/{n}/files",
        status: 200,
        body: files.map((filename) => ({ filename, status: "modified" })),
      };
    }
    if (pullMatch && method === "GET") {
      const pull = this.#pulls.get(Number(pullMatch[1]));
      if (pull) {
        const labels = this.labelsOf(Number(pullMatch[1])).map((name) => ({ name }));
        return { route: "/repos/{o}/{r}/pulls/{n}", status: 200, body: { ...pull, labels } };
      }
    }
    if (permissionMatch) {
      return {
        route: "/repos/{o}/{r}/collaborators/{user}/permission",
        status: 200,
        body: { permission: "maintain", role_name: "maintain" },
      };
    }
    if (reviewsMatch) {
      return { route: "/repos/{o}/{r}/pulls/{n}/reviews", status: 200, body: [] };
    }
    if (checkRunsMatch) {
      const runs = this.#checkRuns.get(checkRunsMatch[1] ?? "") ?? [];
      return {
        route: "/repos/{o}/{r}/commits/{sha}/check-runs",
        status: 200,
        body: {
          total_count: runs.length,
          check_runs: runs.map((run) => ({
            id: run.id,
            name: "required-check",
            app: { id: APP_ID },
            conclusion: run.conclusion,
            output: { title: run.title, summary: run.summary, annotations_count: run.annotations },
          })),
        },
      };
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs(\/\d+)?$/.test(path)) this.checkRunWrites.push(body);
    if (method === "POST" && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path)) {
      const id = this.#nextId++;
      const runs = this.#checkRuns.get(body.head_sha) ?? [];
      runs.unshift({
        id,
        summary: body.output?.summary ?? "",
        annotations: body.output?.annotations?.length ?? 0,
        conclusion: body.conclusion,
        title: body.output?.title ?? "",
      });
      this.#checkRuns.set(body.head_sha, runs);
      return { route: "/repos/{o}/{r}/check-runs", status: 201, body: { id } };
    }
    if (method === "PATCH" && /^\/repos\/[^/]+\/[^/]+\/check-runs\/\d+$/.test(path)) {
      const id = Number(path.split("/").pop());
      for (const runs of this.#checkRuns.values()) {
        const run = runs.find((candidate) => candidate.id === id);
        if (!run) continue;
        run.summary = body.output?.summary ?? run.summary;
        run.title = body.output?.title ?? run.title;
        run.conclusion = body.conclusion ?? run.conclusion;
      }
      return { route: "/repos/{o}/{r}/check-runs/{id}", status: 200, body: {} };
    }
    if (labelsMatch) {
      const pr = Number(labelsMatch[1]);
      const set = this.#labels.get(pr) ?? new Set<string>();
      this.#labels.set(pr, set);
      if (method === "POST") for (const label of body.labels as string[]) set.add(label);
      if (method === "DELETE" && labelsMatch[2]) set.delete(labelsMatch[2]);
      return {
        route: `/repos/{o}/{r}/issues/{n}/labels${labelsMatch[2] ? "/{name}" : ""}`,
        status: 200,
        body: [...set].map((name) => ({ name })),
      };
    }
    if (eventsMatch) {
      return {
        route: "/repos/{o}/{r}/issues/{n}/events",
        status: 200,
        body: [
          {
            event: "labeled",
            label: { name: "NO_MERGE" },
            actor: { login: "pilot-gate[bot]", type: "Bot" },
            performed_via_github_app: { id: APP_ID, slug: "pilot-gate" },
          },
        ],
      };
    }
    return {
      route: `${path} (unknown to the stand-in)`,
      status: 404,
      body: { message: "Not Found" },
    };
  }
}

interface Step {
  kind: string;
  name: string;
  pr: number;
  /** Built at replay time with the PR's labels as the stand-in holds them then. */
  payload: (labels: string[]) => Json;
}

/** A `pull_request` payload for PR `pr`, from the webhook example, with the given body, head and labels. */
export function pullRequestPayload(
  pr: number,
  action: string,
  options: { body: string; head: string; labels?: string[]; label?: string },
): Json {
  const payload = structuredClone(openedExample);
  payload.action = action;
  payload.number = pr;
  updatedAt += 1_000;
  Object.assign(payload.pull_request, {
    number: pr,
    updated_at: new Date(updatedAt).toISOString(),
    state: "open",
    draft: false,
    title: "S-PC-01: Login page",
    body: options.body,
    labels: (options.labels ?? []).map((name) => ({ name })),
  });
  payload.pull_request.head.ref = "feature/S-PC-01-login-page";
  payload.pull_request.head.sha = options.head;
  payload.pull_request.base.ref = "develop";
  payload.pull_request.base.sha = "f".repeat(40);
  if (options.label) payload.label = { name: options.label };
  if (action === "labeled")
    payload.sender = { ...payload.sender, login: "pilot-gate[bot]", type: "Bot" };
  return payload;
}

/** An override comment on PR `pr` by a maintainer, a second after the App's clock. */
function overrideComment(pr: number): Json {
  const payload = structuredClone(commentExample);
  payload.issue.number = pr;
  payload.issue.pull_request = { url: "", html_url: "", diff_url: "", patch_url: "" };
  payload.comment.body = "/pilot-gate override pr-checklist reason: filled in at the standup";
  payload.comment.created_at = new Date(Date.parse(NOW) + 1_000).toISOString();
  payload.comment.user = { ...payload.comment.user, login: "maintainer-mia", type: "User" };
  payload.repository = openedExample.repository;
  payload.installation = openedExample.installation;
  return payload;
}

/** The fixed body of a PR that cites an evidence file the repository already has. */
const CITING_BODY = VALID_TEMPLATE_BODY.replace(
  "## Runbook impact",
  "- evidence/story/S-PC-01/smoke.json\n\n## Runbook impact",
);

/**
 * One PR's life: opened failing, the App's own label echoed back, an
 * override of part of it, fixed, edited again, a push.
 */
function lifecycle(pr: number, kind: "plain" | "governance" | "evidence"): Step[] {
  const sha = (n: number) =>
    `${pr.toString(16).padStart(8, "0")}${n.toString(16).padStart(32, "0")}`;
  const event =
    (action: string, options: { body: string; head?: string; label?: string }) =>
    (labels: string[]): Json =>
      pullRequestPayload(pr, action, { ...options, head: options.head ?? sha(1), labels });
  const fixed = kind === "evidence" ? CITING_BODY : VALID_TEMPLATE_BODY;
  const suffix =
    kind === "governance" ? " (governance file)" : kind === "evidence" ? " (cites evidence)" : "";
  return [
    {
      kind: `opened, failing${suffix}`,
      name: "pull_request",
      pr,
      payload: event("opened", { body: DEFAULT_PR_TEMPLATE }),
    },
    {
      kind: "labeled by the App (echo)",
      name: "pull_request",
      pr,
      payload: event("labeled", { body: DEFAULT_PR_TEMPLATE, label: "NO_MERGE" }),
    },
    {
      kind: `override by a maintainer${suffix}`,
      name: "issue_comment",
      pr,
      payload: () => overrideComment(pr),
    },
    {
      kind: `edited, fixed${suffix}`,
      name: "pull_request",
      pr,
      payload: event("edited", { body: fixed }),
    },
    {
      kind: `edited, unchanged verdict${suffix}`,
      name: "pull_request",
      pr,
      payload: event("edited", { body: `${fixed}\n` }),
    },
    {
      kind: `synchronize${suffix}`,
      name: "pull_request",
      pr,
      payload: event("synchronize", { body: fixed, head: sha(2) }),
    },
  ];
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** The real App loaded into a real Probot whose requests go to `github`. */
export async function loadApp(
  github: Pick<FakeGitHub, "fetch">,
  options: Partial<AppOptions> = {},
): Promise<Probot> {
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
  });
  const probot = new Probot({
    appId: APP_ID,
    privateKey,
    log: pino({ level: process.env.BENCH_LOG ?? "silent" }),
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      request: { ...(options.request as object | undefined), fetch: github.fetch },
      retry: { enabled: false },
      throttle: { ...(options.throttle as object | undefined), enabled: false },
    })) as typeof ProbotOctokit,
  });
  await probot.load(
    createApp({
      ...readAppOptions({}),
      now: () => new Date(NOW),
      // No scheduled reconcile: it would list installations between the events measured.
      reconcileIntervalSeconds: 0,
      ...options,
    }),
  );
  return probot;
}

/**
 * Counts the JWTs the App signs (each a private-key RSA signature): one per
 * installation token, and, were the App id not kept once learned, one per
 * event that needs it.
 */
function countSignatures(): { count: number } {
  const counter = { count: 0 };
  const { subtle } = globalThis.crypto;
  const sign = subtle.sign.bind(subtle);
  subtle.sign = (
    algorithm: Parameters<typeof sign>[0],
    key: Parameters<typeof sign>[1],
    data: Parameters<typeof sign>[2],
  ) => {
    counter.count++;
    return sign(algorithm, key, data);
  };
  return counter;
}

/** Runs the replay and returns the printed report's lines. */
export async function benchAppEvents(prs = 200): Promise<string[]> {
  const signatures = countSignatures();
  const github = new FakeGitHub();
  const probot = await loadApp(github);
  let tokens = 0;

  const steps: Step[] = [];
  github.setFolder("evidence/story/S-PC-01", ["smoke.json"]);
  for (let pr = 1; pr <= prs; pr++) {
    const kind = pr % 10 === 0 ? "governance" : pr % 10 === 5 ? "evidence" : "plain";
    github.setFiles(
      pr,
      kind === "governance" ? [".github/CODEOWNERS", "src/app.ts"] : ["src/app.ts"],
    );
    steps.push(...lifecycle(pr, kind));
  }

  const byKind = new Map<
    string,
    { events: number; requests: number; routes: Map<string, number> }
  >();
  const times: number[] = [];
  let delivery = 0;
  const started = performance.now();
  for (const step of steps) {
    github.reset();
    const payload = step.payload(github.labelsOf(step.pr));
    if (payload.pull_request) github.setPull(step.pr, payload.pull_request);
    const t0 = performance.now();
    await probot.receive({
      id: `d-${++delivery}`,
      name: step.name,
      payload,
    } as Parameters<Probot["receive"]>[0]);
    times.push(performance.now() - t0);
    const entry = byKind.get(step.kind) ?? {
      events: 0,
      requests: 0,
      routes: new Map<string, number>(),
    };
    entry.events++;
    entry.requests += github.total();
    for (const [route, count] of github.counts) {
      if (route.startsWith("POST /app/")) tokens += count;
      else entry.routes.set(route, (entry.routes.get(route) ?? 0) + count);
    }
    byKind.set(step.kind, entry);
  }
  const elapsed = (performance.now() - started) / 1000;
  if (github.failures.length > 0) {
    throw new Error(
      `the replay is not measuring real work: the App posted ${github.failures.length} error checks, e.g. "${github.failures[0]}"`,
    );
  }
  times.sort((a, b) => a - b);

  const lines = [
    `App events: ${steps.length} events over ${prs} PRs (1 in 10 changes a governance file, 1 in 10 cites evidence already in the repository)`,
    "",
    "requests per event (installation token not counted), by kind:",
  ];
  for (const [kind, entry] of byKind) {
    const routes = [...entry.routes]
      .map(([route, n]) => `${route} x${(n / entry.events).toFixed(2)}`)
      .join("; ");
    lines.push(`  ${kind.padEnd(44)} ${(entry.requests / entry.events).toFixed(2)}   ${routes}`);
  }
  const overrides = [...byKind].filter(([kind]) => kind.startsWith("override"));
  const labelWork = new Set([
    "GET /repos/{o}/{r}/issues/{n}/events",
    "DELETE /repos/{o}/{r}/issues/{n}/labels/{name}",
  ]);
  let judged = 0;
  let label = 0;
  let count = 0;
  for (const [, entry] of overrides) {
    count += entry.events;
    for (const [route, n] of entry.routes) {
      if (labelWork.has(route)) label += n;
      else judged += n;
    }
  }
  lines.push(
    "",
    `requests per override: ${(judged / count).toFixed(2)} to judge and record it (target <= 4), plus ${(label / count).toFixed(2)} for the NO_MERGE label coming off (who applied it, the removal)`,
    `JWTs signed: ${signatures.count} over ${steps.length} events, ${tokens} of them for installation tokens: the App id is read from the credentials once per process`,
    "",
    `events/s:       ${(steps.length / elapsed).toFixed(0)}`,
    `handler p50:    ${percentile(times, 50).toFixed(2)} ms`,
    `handler p99:    ${percentile(times, 99).toFixed(2)} ms`,
    `peak RSS:       ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
  );
  return lines;
}
