import nock from "nock";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { findOperation, validateRequest } from "./contract.js";
import { blobSha } from "./evidence.js";

export const API = "https://api.github.com";
export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const REPO_PATH = `/repos/${OWNER}/${REPO}`;
export const APP_ID = 123;
export const INSTALLATION_ID = 2311213;
export const CONFIG_PATH = ".github/pilot-gate.yml";
export const CONFIG_URL_PATH = `${REPO_PATH}/contents/.github%2Fpilot-gate.yml`;
/** The organisation's config, which the App reads when a repository has none. */
export const ORG_CONFIG_URL_PATH = `/repos/${OWNER}/.github/contents/.github%2Fpilot-gate.yml`;

/**
 * GitHub's OpenAPI description lists `required_status_checks.contexts` as
 * required in the PUT protection body, but the API answers 422 when it comes
 * with `checks` (google/go-github#2276, ossf/allstar#156). pilot-gate sends
 * only `checks`, the one that pins a check to an app; this is the one
 * departure from the description the App tests accept (as in
 * test/github/protection.test.ts).
 */
export const KNOWN_DEVIATION =
  /PUT \/repos\/.+\/protection \(.+\): body\/required_status_checks must have required property 'contexts'/;

/** A request the App made, as it went over the wire. */
export interface RecordedRequest {
  method: string;
  /** Path with query string. */
  path: string;
  body: string;
}

/** Every request of the current test, in order; reset before each test. */
export const recorded: RecordedRequest[] = [];
const unmatched: string[] = [];

/**
 * Requests per documented operation (`GET /repos/{owner}/{repo}/pulls/{pull_number}/files`),
 * for asserting and benchmarking how many requests an event costs.
 */
export function countRequests(
  requests: readonly RecordedRequest[] = recorded,
  { includeToken = false }: { includeToken?: boolean } = {},
): { total: number; byOperation: Record<string, number> } {
  const byOperation: Record<string, number> = {};
  let total = 0;
  for (const request of requests) {
    const { pathname } = new URL(request.path, API);
    const op = findOperation(request.method, pathname);
    const key = op ? `${op.method} ${op.template}` : `${request.method} ${pathname}`;
    if (!includeToken && key === "POST /app/installations/{installation_id}/access_tokens")
      continue;
    byOperation[key] = (byOperation[key] ?? 0) + 1;
    total++;
  }
  return { total, byOperation };
}

/** Marks where an event starts, so its requests can be counted apart from earlier ones. */
export function requestsSince(mark: number): RecordedRequest[] {
  return recorded.slice(mark);
}

/**
 * Network off, and after each test: no request left unanswered, no mock
 * left unused, and every request the App made conforms to GitHub's OpenAPI
 * description. Call once at the top of an App test file.
 */
export function useGitHubMock(): void {
  const onNoMatch = (req: { method?: string; path?: string; href?: string }) => {
    unmatched.push(`${req.method ?? "?"} ${req.path ?? req.href ?? "?"}`);
  };
  beforeAll(() => {
    nock.disableNetConnect();
    nock.emitter.on("no match", onNoMatch);
  });
  beforeEach(() => {
    recorded.length = 0;
    unmatched.length = 0;
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(unmatched, "requests no mock expected").toEqual([]);
    expect(pending, "mocked requests the App did not make").toEqual([]);
    const problems = recorded
      .flatMap((request) => validateRequest(request))
      .filter((problem) => !KNOWN_DEVIATION.test(problem));
    expect(problems, "requests that GitHub's OpenAPI description rejects").toEqual([]);
  });
  afterAll(() => {
    nock.emitter.removeListener("no match", onNoMatch);
    nock.enableNetConnect();
  });
}

/** A nock scope for api.github.com that records every request it answers. */
export function githubScope(): nock.Scope {
  const scope = nock(API);
  scope.on(
    "request",
    (req: { method: string; path: string }, _interceptor: unknown, body: string) => {
      recorded.push({ method: req.method, path: req.path, body: body ?? "" });
    },
  );
  return scope;
}

/** An error answer. */
export interface Failure {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

export const FAILURES: Record<string, Failure> = {
  "500": { status: 500, message: "Server Error" },
  "403 secondary rate limit": {
    status: 403,
    message:
      "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
    headers: { "retry-after": "60" },
  },
  "404": { status: 404, message: "Not Found" },
};

/** What a mocked request received, filled in when it arrives. */
export interface Captured {
  body?: unknown;
  headers?: Record<string, string | string[] | undefined>;
  calls: number;
}

/** The check run bodies the App posted, for assertions. */
export interface CheckRunBody {
  name: string;
  head_sha?: string;
  status: string;
  conclusion: string;
  completed_at: string;
  output: {
    title: string;
    summary: string;
    text?: string;
    annotations?: { path: string; start_line: number; annotation_level: string; message: string }[];
  };
  actions?: { label: string; identifier: string; description: string }[];
}

export interface CheckRunFixture {
  id: number;
  name?: string;
  appId?: number;
  summary?: string;
  annotationsCount?: number;
  conclusion?: string;
  title?: string;
}

/** A run as GitHub reports back what the App wrote (`body`), for a lookup that finds it. */
export function asFound(id: number, body: unknown): CheckRunFixture {
  const written = body as CheckRunBody;
  return {
    id,
    summary: written.output.summary,
    conclusion: written.conclusion,
    title: written.output.title,
    annotationsCount: written.output.annotations?.length ?? 0,
  };
}

/**
 * The GitHub API as the App sees it, one method per request kind, each
 * mocking exactly one request (`times` for more) and capturing what it got.
 */
/** A check run on a PR head, any app's (`GitHubMock.headCheckRuns`). */
export interface HeadRunFixture {
  id: number;
  name: string;
  appId?: number;
  status?: string;
  conclusion?: string;
  startedAt?: string;
  title?: string;
  summary?: string;
}

export class GitHubMock {
  readonly scope = githubScope();

  /** The installation token Probot asks for before the first request of a Probot instance. */
  token(): this {
    this.scope
      .post(`/app/installations/${INSTALLATION_ID}/access_tokens`)
      .reply(201, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z", permissions: {} });
    return this;
  }

  /**
   * `.github/pilot-gate.yml` on `ref`: text, `null` for 404, or 304 when
   * `ifNoneMatch` matches. A 404 makes the App ask the organisation's
   * `.github` repository next, which `org` answers (`null`: 404, the
   * default); `org: false` leaves that request to the test. On the default
   * branch it also answers the PR template lookup that comes with a PR's
   * first judging (see `noTemplate`), optionally, since an event that stops
   * at the config never looks; `template: false` leaves that to the test.
   */
  config(
    text: string | null,
    {
      ref = "master",
      etag,
      ifNoneMatch,
      template = true,
      org = null,
    }: {
      ref?: string;
      etag?: string;
      ifNoneMatch?: string;
      template?: boolean;
      org?: string | null | false;
    } = {},
  ): Captured {
    if (ref === "master" && template) this.noTemplate({ optional: true });
    const captured = this.configFile(REPO, CONFIG_PATH, text, { ref, etag, ifNoneMatch });
    if (text === null && ifNoneMatch === undefined && org !== false) {
      this.configFile(".github", CONFIG_PATH, org);
    }
    return captured;
  }

  /**
   * A config file in a repository of the owner (the organisation's `.github`,
   * an `_extends` target): on `ref`, or on the default branch when `ref` is
   * unset (no `ref` query, as the App reads every file but the repository's
   * own). Text, `null` for 404, or 304 when `ifNoneMatch` matches.
   */
  configFile(
    repo: string,
    path: string,
    text: string | null,
    {
      ref,
      etag,
      ifNoneMatch,
      owner = OWNER,
    }: { ref?: string; etag?: string; ifNoneMatch?: string; owner?: string } = {},
  ): Captured {
    const urlPath = `/repos/${owner}/${repo}/contents/${encodeURIComponent(path)}`;
    return this.#textFile(urlPath, ref, text, { etag, ifNoneMatch });
  }

  /**
   * A repository without a PR template, as the App finds out: the usual
   * path answers 404, and the default branch's root tree names no template
   * and no `.github` or `docs` folder.
   */
  noTemplate({ optional = false }: { optional?: boolean } = {}): this {
    this.template(null, { optional });
    this.scope
      .get(`${REPO_PATH}/git/trees/master`)
      .optionally(optional)
      .reply(200, { sha: "0".repeat(40), url: "", tree: [], truncated: false });
    return this;
  }

  /**
   * `.github/pull_request_template.md` on the default branch: text, `null`
   * for 404, or 304 when `ifNoneMatch` matches (with `null`).
   */
  template(
    text: string | null,
    {
      etag,
      ifNoneMatch,
      optional = false,
    }: { etag?: string; ifNoneMatch?: string; optional?: boolean } = {},
  ): Captured {
    const path = `${REPO_PATH}/contents/${encodeURIComponent(".github/pull_request_template.md")}`;
    return this.#textFile(path, "master", text, { etag, ifNoneMatch, optional });
  }

  /** A file read raw from `urlPath` on `ref`: text, `null` for 404, or 304 when `ifNoneMatch` matches. */
  #textFile(
    urlPath: string,
    ref: string | undefined,
    text: string | null,
    {
      etag,
      ifNoneMatch,
      optional = false,
    }: { etag?: string; ifNoneMatch?: string; optional?: boolean },
  ): Captured {
    const captured: Captured = { calls: 0 };
    const interceptor = this.scope
      .get(urlPath)
      .query(ref === undefined ? {} : { ref })
      .matchHeader("accept", "application/vnd.github.raw+json");
    if (ifNoneMatch !== undefined) interceptor.matchHeader("if-none-match", ifNoneMatch);
    interceptor.optionally(optional).reply(function () {
      captured.calls++;
      captured.headers = this.req.headers;
      if (ifNoneMatch !== undefined && text === null) return [304, ""];
      if (text === null) return [404, { message: "Not Found" }];
      return [
        200,
        text,
        { "content-type": "text/plain; charset=utf-8", ...(etag ? { etag } : {}) },
      ];
    });
    return captured;
  }

  /** `GET /contents/{path}` of a folder at `ref`: its entries' names, or 404 for `null`. */
  folder(path: string, ref: string, names: readonly string[] | null): this {
    const interceptor = this.scope
      .get(`${REPO_PATH}/contents/${encodeURIComponent(path)}`)
      .query({ ref });
    if (names === null) {
      interceptor.reply(404, { message: "Not Found" });
      return this;
    }
    interceptor.reply(
      200,
      names.map((name, i) => ({
        type: name.includes(".") ? "file" : "dir",
        name,
        path: `${path}/${name}`,
        sha: `${i}`.padStart(40, "0"),
        size: 1,
        url: "",
        git_url: null,
        html_url: null,
        download_url: null,
        _links: { self: "", git: null, html: null },
      })),
    );
    return this;
  }

  files(pullNumber: number, files: (string | { filename: string; status: string })[]): this {
    this.scope
      .get(`${REPO_PATH}/pulls/${pullNumber}/files`)
      .query({ per_page: "100" })
      .reply(
        200,
        files.map((file, i) => ({
          sha: `f${i}`,
          filename: typeof file === "string" ? file : file.filename,
          status: typeof file === "string" ? "modified" : file.status,
          additions: 1,
          deletions: 0,
          changes: 1,
          blob_url: "",
          raw_url: "",
          contents_url: "",
        })),
      );
    return this;
  }

  /** Check runs named `name` on `sha` (the App's lookup). */
  checkRuns(sha: string, runs: CheckRunFixture[] = [], name = "required-check"): this {
    this.scope
      .get(`${REPO_PATH}/commits/${sha}/check-runs`)
      .query({ check_name: name, filter: "all", app_id: String(APP_ID), per_page: "100" })
      .reply(200, {
        total_count: runs.length,
        check_runs: runs.map((run) => ({
          id: run.id,
          name: run.name ?? name,
          head_sha: sha,
          status: "completed",
          conclusion: run.conclusion ?? "failure",
          app: { id: run.appId ?? APP_ID, slug: "pilot-gate" },
          output: {
            title: run.title ?? "t",
            summary: run.summary ?? "",
            text: null,
            annotations_count: run.annotationsCount ?? 0,
            annotations_url: "",
          },
        })),
      });
    return this;
  }

  /**
   * Every check run on `sha`, any app's (check.require's list), in pages of
   * 100 as GitHub gives them, each page linking the next.
   */
  headCheckRuns(sha: string, runs: HeadRunFixture[]): Captured {
    const captured: Captured = { calls: 0 };
    const pages = Math.max(1, Math.ceil(runs.length / 100));
    for (let page = 1; page <= pages; page++) {
      const query: Record<string, string> = { filter: "all", per_page: "100" };
      if (page > 1) query.page = String(page);
      const next =
        page < pages
          ? {
              link: `<${API}${REPO_PATH}/commits/${sha}/check-runs?filter=all&per_page=100&page=${page + 1}>; rel="next"`,
            }
          : {};
      this.scope
        .get(`${REPO_PATH}/commits/${sha}/check-runs`)
        .query(query)
        .reply(() => {
          captured.calls++;
          return [
            200,
            {
              total_count: runs.length,
              check_runs: runs.slice((page - 1) * 100, page * 100).map((run) => ({
                id: run.id,
                name: run.name,
                head_sha: sha,
                status: run.status ?? "completed",
                conclusion:
                  (run.status ?? "completed") === "completed"
                    ? (run.conclusion ?? "success")
                    : null,
                details_url: `https://ci.example.com/${run.id}`,
                html_url: `https://github.com/${OWNER}/${REPO}/runs/${run.id}`,
                started_at: run.startedAt ?? "2024-05-01T11:55:00Z",
                app: { id: run.appId ?? 15368, slug: "github-actions" },
                output: {
                  title: run.title ?? null,
                  summary: run.summary ?? null,
                  text: null,
                  annotations_count: 0,
                  annotations_url: "",
                },
              })),
            },
            next,
          ];
        });
    }
    return captured;
  }

  /**
   * Commit statuses on `sha`, newest first (check.require), with `etag`;
   * 304 when asked with `ifNoneMatch`.
   */
  headStatuses(
    sha: string,
    statuses: { context: string; state: string }[],
    { etag = '"st-1"', ifNoneMatch }: { etag?: string; ifNoneMatch?: string } = {},
  ): Captured {
    const captured: Captured = { calls: 0 };
    const interceptor = this.scope
      .get(`${REPO_PATH}/commits/${sha}/statuses`)
      .query({ per_page: "100" });
    if (ifNoneMatch !== undefined) interceptor.matchHeader("if-none-match", ifNoneMatch);
    interceptor.reply(() => {
      captured.calls++;
      if (ifNoneMatch !== undefined) return [304, ""];
      return [
        200,
        statuses.map((status, i) => ({
          id: 700 + i,
          node_id: `S${i}`,
          url: "",
          avatar_url: null,
          state: status.state,
          description: null,
          target_url: `https://ci.example.com/status/${i}`,
          context: status.context,
          created_at: "2024-05-01T11:56:00Z",
          updated_at: "2024-05-01T11:56:00Z",
          creator: null,
        })),
        { etag },
      ];
    });
    return captured;
  }

  createCheckRun(id = 1001, status = 201): Captured {
    const captured: Captured = { calls: 0 };
    this.scope.post(`${REPO_PATH}/check-runs`).reply((_uri, body) => {
      captured.calls++;
      captured.body = body;
      return status < 300 ? [status, { id }] : [status, { message: "Server Error" }];
    });
    return captured;
  }

  updateCheckRun(id: number): Captured {
    const captured: Captured = { calls: 0 };
    this.scope.patch(`${REPO_PATH}/check-runs/${id}`).reply((_uri, body) => {
      captured.calls++;
      captured.body = body;
      return [200, { id }];
    });
    return captured;
  }

  addLabels(pullNumber: number): Captured {
    const captured: Captured = { calls: 0 };
    this.scope.post(`${REPO_PATH}/issues/${pullNumber}/labels`).reply((_uri, body) => {
      captured.calls++;
      captured.body = body;
      return [200, [{ id: 1, name: "NO_MERGE" }]];
    });
    return captured;
  }

  removeLabel(pullNumber: number, name: string): Captured {
    const captured: Captured = { calls: 0 };
    this.scope.delete(`${REPO_PATH}/issues/${pullNumber}/labels/${name}`).reply(() => {
      captured.calls++;
      return [200, []];
    });
    return captured;
  }

  /** Issue events of a PR: who labeled it. `byApp` true means this App (id 123). */
  labelEvents(
    pullNumber: number,
    events: { label: string; actor: string; type?: string; byApp?: boolean | number }[],
  ): this {
    this.scope
      .get(`${REPO_PATH}/issues/${pullNumber}/events`)
      .query({ per_page: "100" })
      .reply(
        200,
        events.map((event, i) => ({
          id: 1000 + i,
          node_id: `E${i}`,
          url: "",
          event: "labeled",
          commit_id: null,
          commit_url: null,
          created_at: "2024-01-01T00:00:00Z",
          actor: { login: event.actor, id: 1, type: event.type ?? "User" },
          label: { name: event.label, color: "ff0000" },
          performed_via_github_app:
            event.byApp === undefined || event.byApp === false
              ? null
              : { id: event.byApp === true ? APP_ID : event.byApp, slug: "pilot-gate" },
        })),
      );
    return this;
  }

  reviews(pullNumber: number, reviews: { login: string; state: string; commitId: string }[]): this {
    this.scope
      .get(`${REPO_PATH}/pulls/${pullNumber}/reviews`)
      .query({ per_page: "100" })
      .reply(
        200,
        reviews.map((review, i) => ({
          id: 500 + i,
          user: { login: review.login, id: 10 + i, type: "User" },
          body: "",
          state: review.state,
          commit_id: review.commitId,
          submitted_at: "2024-01-01T00:00:00Z",
        })),
      );
    return this;
  }

  teamMembers(org: string, slug: string, logins: string[]): this {
    this.scope
      .get(`/orgs/${org}/teams/${slug}/members`)
      .query({ per_page: "100" })
      .reply(
        200,
        logins.map((login, i) => ({ login, id: 100 + i, type: "User" })),
      );
    return this;
  }

  permission(username: string, roleName: string): this {
    const legacy: Record<string, string> = {
      admin: "admin",
      maintain: "write",
      write: "write",
      triage: "read",
      read: "read",
    };
    this.scope.get(`${REPO_PATH}/collaborators/${username}/permission`).reply(200, {
      permission: legacy[roleName] ?? "none",
      role_name: roleName,
      user: { login: username, id: 1, type: "User" },
    });
    return this;
  }

  /** Answers the next matching request with an error, as GitHub would after Octokit's retries. */
  fail(method: "GET" | "POST" | "PATCH" | "DELETE", path: string | RegExp, failure: Failure): this {
    this.scope
      .intercept(path, method)
      .query(true)
      .reply(failure.status, { message: failure.message }, failure.headers ?? {});
    return this;
  }

  pull(pullNumber: number, raw: unknown): this {
    this.scope.get(`${REPO_PATH}/pulls/${pullNumber}`).reply(200, raw as nock.Body);
    return this;
  }

  comment(pullNumber: number): Captured {
    const captured: Captured = { calls: 0 };
    this.scope.post(`${REPO_PATH}/issues/${pullNumber}/comments`).reply((_uri, body) => {
      captured.calls++;
      captured.body = body;
      return [201, { id: 9001 }];
    });
    return captured;
  }

  reaction(commentId: number): Captured {
    const captured: Captured = { calls: 0 };
    this.scope.post(`${REPO_PATH}/issues/comments/${commentId}/reactions`).reply((_uri, body) => {
      captured.calls++;
      captured.body = body;
      return [201, { id: 1, content: "+1" }];
    });
    return captured;
  }

  /** `GET /repos/{owner}/{repo}`: the default branch, for installation events. */
  repository(defaultBranch = "master"): this {
    this.scope.get(REPO_PATH).reply(200, {
      id: 1296269,
      name: REPO,
      full_name: `${OWNER}/${REPO}`,
      default_branch: defaultBranch,
    });
    return this;
  }

  /** `GET /branches/{branch}`: its head commit, or 404 when `sha` is null. */
  branchHead(branch: string, sha: string | null): this {
    const interceptor = this.scope.get(`${REPO_PATH}/branches/${branch}`);
    if (sha === null) interceptor.reply(404, { message: "Branch not found" });
    else interceptor.reply(200, { name: branch, commit: { sha }, protected: false });
    return this;
  }

  /**
   * A branch's protection as read: `unprotected` (2 requests), `missing`
   * (the branch does not exist: 1), a GET protection body (2), or a failure (1).
   */
  protection(branch: string, state: "unprotected" | "missing" | { body: unknown } | Failure): this {
    const get = this.scope.get(`${REPO_PATH}/branches/${branch}/protection`);
    if (state === "missing") {
      get.reply(404, { message: "Branch not found" });
      return this;
    }
    if (typeof state === "object" && "status" in state) {
      get.reply(state.status, { message: state.message });
      return this;
    }
    if (state === "unprotected") get.reply(404, { message: "Branch not protected" });
    else get.reply(200, state.body as nock.Body);
    this.scope
      .get(`${REPO_PATH}/rules/branches/${branch}`)
      .query({ per_page: "100" })
      .reply(200, []);
    return this;
  }

  /** `PUT /branches/{branch}/protection`, answered with `status`. */
  putProtection(branch: string, status = 200, message = "Validation Failed"): Captured {
    const captured: Captured = { calls: 0 };
    this.scope.put(`${REPO_PATH}/branches/${branch}/protection`).reply((_uri, body) => {
      captured.calls++;
      captured.body = body;
      return status < 300 ? [status, {}] : [status, { message }];
    });
    return captured;
  }

  /** The open issues labelled `label` (the drift issue lookup). */
  issuesByLabel(label: string, issues: { number: number; body: string }[] = []): this {
    this.scope
      .get(`${REPO_PATH}/issues`)
      .query({ labels: label, state: "open", sort: "created", direction: "asc", per_page: "100" })
      .reply(
        200,
        issues.map((issue) => ({ id: issue.number, title: "t", state: "open", ...issue })),
      );
    return this;
  }

  /** The PRs of commit `sha`: `merged` names the PR it is the merge commit of, into `base`. */
  commitPulls(
    sha: string,
    merged?: { number: number; headSha: string; base?: string; title?: string },
  ): this {
    this.scope
      .get(`${REPO_PATH}/commits/${sha}/pulls`)
      .query({ per_page: "100" })
      .reply(
        200,
        merged
          ? [
              {
                id: merged.number,
                number: merged.number,
                state: "closed",
                title: merged.title ?? "S-PC-01: Login page",
                html_url: `https://github.com/${OWNER}/${REPO}/pull/${merged.number}`,
                merged_at: "2024-05-01T11:00:00Z",
                merge_commit_sha: sha,
                head: { sha: merged.headSha, ref: "feature/S-PC-01-login-page" },
                base: { sha: "c3".repeat(20), ref: merged.base ?? "main" },
              },
            ]
          : [],
      );
    return this;
  }

  createIssue(number = 77): Captured {
    const captured: Captured = { calls: 0 };
    this.scope.post(`${REPO_PATH}/issues`).reply((_uri, body) => {
      captured.calls++;
      captured.body = body;
      return [201, { id: number, number }];
    });
    return captured;
  }

  updateIssue(number: number): Captured {
    const captured: Captured = { calls: 0 };
    this.scope.patch(`${REPO_PATH}/issues/${number}`).reply((_uri, body) => {
      captured.calls++;
      captured.body = body;
      return [200, { id: number, number }];
    });
    return captured;
  }

  /** `GET /git/trees/{sha}`: a listing (see helpers/evidence.ts `treeEntries`), recursive by default. */
  tree(
    sha: string,
    entries: readonly object[],
    { recursive = true, truncated = false }: { recursive?: boolean; truncated?: boolean } = {},
  ): this {
    const interceptor = this.scope.get(`${REPO_PATH}/git/trees/${sha}`);
    (recursive ? interceptor.query({ recursive: "1" }) : interceptor).reply(200, {
      sha,
      url: "",
      tree: entries,
      truncated,
    });
    return this;
  }

  /** `GET /git/blobs/{sha}` for each text, answered in base64 as GitHub does. */
  blobs(texts: Iterable<string>): this {
    for (const text of texts) {
      const bytes = Buffer.from(text, "utf8");
      const sha = blobSha(text);
      this.scope.get(`${REPO_PATH}/git/blobs/${sha}`).reply(200, {
        sha,
        node_id: "B",
        url: "",
        size: bytes.length,
        content: bytes.toString("base64"),
        encoding: "base64",
      });
    }
    return this;
  }

  /** A file's raw text on `ref` (`GET /contents` with the raw media type), or 404 for `null`. */
  rawFile(path: string, ref: string, text: string | null): this {
    const interceptor = this.scope
      .get(`${REPO_PATH}/contents/${encodeURIComponent(path)}`)
      .query({ ref })
      .matchHeader("accept", "application/vnd.github.raw+json");
    if (text === null) interceptor.reply(404, { message: "Not Found" });
    else interceptor.reply(200, text, { "content-type": "text/plain; charset=utf-8" });
    return this;
  }

  /** Every label of the repository (`GET /labels`, one page). */
  labels(names: readonly string[]): this {
    this.scope
      .get(`${REPO_PATH}/labels`)
      .query({ per_page: "100" })
      .reply(
        200,
        names.map((name, id) => ({
          id,
          node_id: `L${id}`,
          url: "",
          name,
          color: "ededed",
          default: false,
          description: null,
        })),
      );
    return this;
  }

  /** `GET /app` (signed with the App's JWT): the App's own slug, to recognise its bot. */
  appSlug(slug = "pilot-gate"): this {
    this.scope.get("/app").reply(200, { id: APP_ID, slug, name: slug });
    return this;
  }
}
