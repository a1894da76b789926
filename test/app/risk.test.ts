import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  type CheckRunBody,
  countRequests,
  GitHubMock,
  REPO_PATH,
  useGitHubMock,
} from "./helpers/github.js";
import { PR_NUMBER, pullRequest, pullRequestEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;
const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples") as { name: string; examples: Json[] }[];
/** GitHub's own example issue, as the issues API lists it. */
const EXAMPLE_ISSUE: Json = examples
  .find((definition) => definition.name === "issues")
  ?.examples.find((e: Json) => e.action === "opened").issue;

const ENABLED = "incidents:\n  enabled: true\n";

function issue(number: number, title: string, labels: string[], author = "octocat"): Json {
  const item = structuredClone(EXAMPLE_ISSUE);
  item.number = number;
  item.title = title;
  item.state = "open";
  item.html_url = `https://github.com/Codertocat/Hello-World/issues/${number}`;
  item.created_at = "2024-05-01T11:00:00Z";
  item.user = { ...item.user, login: author, type: "User" };
  item.labels = labels.map((name, i) => ({ id: i, name, color: "ff0000", default: false }));
  delete item.pull_request;
  return item;
}

/** `GET /issues?labels=<label>&state=open`, answered with `items` (and an ETag), or 304 when `ifNoneMatch` matches. */
function listIssues(gh: GitHubMock, label: string, items: Json[], ifNoneMatch?: string) {
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

/** The reads of the risk protocol for a PR into a frozen branch. */
function riskReads(gh: GitHubMock, incidents: { P0?: Json[]; critical?: Json[]; freeze?: Json[] }) {
  listIssues(gh, "P0", incidents.P0 ?? []);
  listIssues(gh, "critical", incidents.critical ?? []);
  listIssues(gh, "pilot-gate:freeze", incidents.freeze ?? []);
}

function freezeRule(body: CheckRunBody): string {
  return body.output.summary;
}

describe("the risk protocol in required-check (incidents.enabled)", () => {
  it("fails a PR into develop while a critical incident is open, linking it", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    riskReads(gh, { P0: [issue(42, "INC-42 tenant data visible across orgs", ["P0"])] });
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened"));

    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(freezeRule(body)).toContain("incident-freeze");
    expect(freezeRule(body)).toContain(
      "[#42](https://github.com/Codertocat/Hello-World/issues/42)",
    );
    expect(freezeRule(body)).toContain("frozen for every wave");
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/issues"]).toBe(3);
    expect(app.logged(50)).toEqual([]);
  });

  it("lets a hotfix PR that references the incident through the freeze", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    // Listed under both critical labels: one incident, one finding at most.
    const incident = issue(42, "INC-42 tenant data visible across orgs", ["P0", "critical"]);
    riskReads(gh, { P0: [incident], critical: [incident] });
    const created = gh.createCheckRun();
    gh.scope.post(`${REPO_PATH}/issues/${PR_NUMBER}/labels`).optionally().reply(200, []);

    await app.receive(
      "pull_request",
      pullRequestEvent("opened", {
        branch: "hotfix/INC-42-tenant-filter",
        title: "INC-42: restore the tenant filter (fixes #42)",
      }),
    );

    expect((created.body as CheckRunBody).output.summary).not.toContain("are frozen");
  });

  it("freezes every wave while an issue carries the freeze label, naming who froze", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    riskReads(gh, {
      freeze: [issue(7, "Launch rehearsal, no merges", ["pilot-gate:freeze"], "alice")],
    });
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened"));

    const summary = (created.body as CheckRunBody).output.summary;
    expect((created.body as CheckRunBody).conclusion).toBe("failure");
    expect(summary).toContain("Launch rehearsal, no merges");
    expect(summary).toContain("frozen by @alice");
  });

  it("asks again with If-None-Match and keeps the freeze on a 304 answer", async () => {
    const app = await createTestApp({ configCacheSeconds: 600 });
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const incident = issue(42, "INC-42 tenant data visible across orgs", ["P0"]);
    riskReads(gh, { P0: [incident] });
    gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("opened"));

    listIssues(gh, "P0", [], `"P0-etag"`);
    listIssues(gh, "critical", [], `"critical-etag"`);
    listIssues(gh, "pilot-gate:freeze", [], `"pilot-gate:freeze-etag"`);
    gh.labelEvents(PR_NUMBER, [{ label: "NO_MERGE", actor: "pilot-gate[bot]", byApp: true }]);
    await app.receive("pull_request", pullRequestEvent("edited", { labels: ["NO_MERGE"] }));

    // Had the 304 lost the incident, the verdict would pass: the check would
    // be rewritten and the label removed, and neither mock is there.
    expect(app.logged(50)).toEqual([]);
    expect(app.logs.some((line) => /is unchanged, not written/.test(line.msg))).toBe(true);
  });

  it("reads nothing of the protocol for a PR into an unfrozen branch outside any wave", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened", { base: "release/1.0" }));

    expect((created.body as CheckRunBody).conclusion).toBe("success");
    expect(countRequests().total).toBe(3);
  });

  describe("the WIP limit", () => {
    function openPulls(gh: GitHubMock, numbers: number[], wave: string) {
      gh.scope
        .get(`${REPO_PATH}/pulls`)
        .query({ state: "open", sort: "created", direction: "asc", per_page: "100" })
        .reply(
          200,
          numbers.map((number) => ({
            ...pullRequest({ number, labels: [`wave:${wave}`] }),
            html_url: `https://github.com/Codertocat/Hello-World/pull/${number}`,
          })),
        );
    }

    it.each([
      ["the sixth PR of a wave fails, naming the five in flight", 5, "failure"],
      ["the fifth passes", 4, "success"],
    ] as const)("%s", async (_name, before, conclusion) => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      gh.files(20, ["src/login.ts"]);
      riskReads(gh, {});
      const earlier = Array.from({ length: before }, (_, i) => 10 + i);
      openPulls(gh, [...earlier, 20], "O-02");
      const created = gh.createCheckRun();
      if (conclusion === "failure") gh.addLabels(20);

      await app.receive(
        "pull_request",
        pullRequestEvent("opened", { number: 20, labels: ["wave:O-02"] }),
      );

      const body = created.body as CheckRunBody;
      expect(body.conclusion).toBe(conclusion);
      if (conclusion === "failure") {
        expect(body.output.summary).toContain("wip-limit");
        for (const number of earlier) expect(body.output.summary).toContain(`#${number}`);
      } else {
        expect(body.output.summary).not.toContain("already has");
      }
    });
  });
});
