import { createRequire } from "node:module";
import { type GitHubMock, REPO_PATH } from "./github.js";

/**
 * The issues and PR lists the incident protocol reads, as GitHub answers them:
 * issues built from GitHub's own example issue, lists with ETags.
 */

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;
const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples") as { name: string; examples: Json[] }[];
/** GitHub's own example issue, as the issues API lists it. */
const EXAMPLE_ISSUE: Json = examples
  .find((definition) => definition.name === "issues")
  ?.examples.find((e: Json) => e.action === "opened").issue;

export const ENABLED = "incidents:\n  enabled: true\n";

/**
 * GitHub's example issue as an open issue (not a PR) of the test
 * repository, with these fields. `author` replaces the example's author, a
 * person; without it the example's stays.
 */
export function exampleIssue(fields: {
  number: number;
  title: string;
  labels: string[];
  created_at: string;
  body?: string;
  author?: string;
}): Json {
  const item = structuredClone(EXAMPLE_ISSUE);
  item.number = fields.number;
  item.title = fields.title;
  item.state = "open";
  if (fields.body !== undefined) item.body = fields.body;
  item.html_url = `https://github.com/Codertocat/Hello-World/issues/${fields.number}`;
  item.created_at = fields.created_at;
  item.closed_at = null;
  if (fields.author !== undefined) item.user = { ...item.user, login: fields.author, type: "User" };
  item.labels = fields.labels.map((name, i) => ({ id: i, name, color: "ff0000", default: false }));
  delete item.pull_request;
  return item;
}

export function issue(
  number: number,
  title: string,
  labels: string[],
  author = "octocat",
  body?: string,
): Json {
  // A minute before the tests' clock: no SLA clock can have run out yet.
  const created_at = "2024-05-01T11:59:00Z";
  return exampleIssue({ number, title, labels, created_at, author, ...(body ? { body } : {}) });
}

/** `GET /issues?labels=<label>&state=open`, answered with `items` (and an ETag), or 304 when `ifNoneMatch` matches. */
export function listIssues(gh: GitHubMock, label: string, items: Json[], ifNoneMatch?: string) {
  const interceptor = gh.scope.get(`${REPO_PATH}/issues`).query({
    labels: label,
    state: "open",
    sort: "created",
    direction: "asc",
    per_page: "100",
  });
  if (ifNoneMatch) {
    interceptor.matchHeader("if-none-match", ifNoneMatch).reply(304, "");
  } else {
    interceptor.reply(200, items, { etag: `"${label}-etag"` });
  }
}

/** The default high and medium severity labels: what a PR naming a story reads (`incident-story`). */
export const STORY_LABELS = ["P1", "high", "P2", "medium"] as const;
type StoryIncidents = Partial<Record<(typeof STORY_LABELS)[number], Json[]>>;

/**
 * The reads of the open high and medium incidents for a PR that names a
 * story; `unchanged`: each asked again with the ETag of an earlier read and
 * answered 304.
 */
export function storyReads(gh: GitHubMock, incidents: StoryIncidents = {}, unchanged = false) {
  for (const label of STORY_LABELS) {
    listIssues(gh, label, incidents[label] ?? [], unchanged ? `"${label}-etag"` : undefined);
  }
}

/** The reads of the incident protocol for a PR into a frozen branch that names a story (as the test PR does). */
export function riskReads(
  gh: GitHubMock,
  incidents: { P0?: Json[]; critical?: Json[]; freeze?: Json[] } & StoryIncidents,
) {
  listIssues(gh, "P0", incidents.P0 ?? []);
  listIssues(gh, "critical", incidents.critical ?? []);
  listIssues(gh, "pilot-gate:freeze", incidents.freeze ?? []);
  storyReads(gh, incidents);
}

/** `riskReads` asked again with the ETags of the first: every list answered 304. */
export function riskReadsUnchanged(gh: GitHubMock) {
  for (const label of ["P0", "critical", "pilot-gate:freeze"]) {
    listIssues(gh, label, [], `"${label}-etag"`);
  }
  storyReads(gh, {}, true);
}

/** `GET /pulls?state=open` answered with `pulls` (and an ETag), or 304 when `ifNoneMatch` matches. */
export function listPulls(gh: GitHubMock, pulls: Json[], ifNoneMatch?: string) {
  const interceptor = gh.scope
    .get(`${REPO_PATH}/pulls`)
    .query({ state: "open", sort: "created", direction: "asc", per_page: "100" });
  if (ifNoneMatch) {
    interceptor.matchHeader("if-none-match", ifNoneMatch).reply(304, "");
  } else {
    interceptor.reply(
      200,
      pulls.map((pull) => ({
        ...pull,
        html_url: `https://github.com/Codertocat/Hello-World/pull/${pull.number}`,
      })),
      { etag: `"pulls-etag"` },
    );
  }
}

export const sha = (n: number) => n.toString(16).padStart(2, "0").repeat(20);

/** `GET /issues?labels=<label>&state=all&since=<since>` newest first: the repeated-P0 trigger's reads. */
export function listIssuesSince(gh: GitHubMock, label: string, since: string, items: Json[]) {
  gh.scope
    .get(`${REPO_PATH}/issues`)
    .query({
      labels: label,
      state: "all",
      since,
      sort: "created",
      direction: "desc",
      per_page: "100",
    })
    .reply(200, items);
}

/** The trigger's reads of the critical labels, 14 days back from the tests' clock. */
export const TRIGGER_SINCE = "2024-04-17T12:00:00.000Z";
export function triggerReads(gh: GitHubMock, incidents: { P0?: Json[]; critical?: Json[] }) {
  listIssuesSince(gh, "P0", TRIGGER_SINCE, incidents.P0 ?? []);
  listIssuesSince(gh, "critical", TRIGGER_SINCE, incidents.critical ?? []);
}

/** A comment as `GET /issues/{n}/comments` lists it: by the App (a bot) or, with `type: "User"`, a person. */
export function listedComment(
  body: string,
  type: "Bot" | "User" = "Bot",
  at = "2024-05-01T11:59:30Z",
): Json {
  return {
    id: 9001,
    node_id: "IC_1",
    url: "",
    html_url: "",
    body,
    user: { login: type === "Bot" ? "pilot-gate[bot]" : "mallory", id: 41, type },
    created_at: at,
    updated_at: at,
    issue_url: "",
    author_association: "NONE",
  };
}
