import { describe, expect, it } from "vitest";
import { DEFAULT_PR_TEMPLATE } from "../../core/pr-template.js";
import { VALID_BODY, VALID_TEMPLATE_BODY } from "../helpers/pull-request.js";
import { blobSha } from "./helpers/evidence.js";
import {
  type CheckRunBody,
  countRequests,
  FAILURES,
  type Failure,
  GitHubMock,
  REPO_PATH,
  requestsSince,
  useGitHubMock,
} from "./helpers/github.js";
import { HEAD_SHA, NEXT_SHA, PR_NUMBER, pullRequestEvent, pushEvent } from "./helpers/payloads.js";
import { createTestApp, mark, NOW } from "./helpers/probot.js";

useGitHubMock();

/** The body the review found passing: one of the template's four Definition of Done items kept. */
const CUT_BODY = VALID_TEMPLATE_BODY.replace(
  /- \[x\] Tests added[\s\S]*?updated where needed\n/,
  "",
);

/** `VALID_TEMPLATE_BODY` with `item` in place of the Smoke suite item. */
const withItem = (item: string) => VALID_TEMPLATE_BODY.replace("- [x] Smoke suite green", item);

/** `body` with its Evidence section replaced by `lines`. */
function withEvidence(body: string, lines: string): string {
  return body.replace(
    /## Evidence[\s\S]*?## Runbook impact/,
    `## Evidence\n\n${lines}\n\n## Runbook impact`,
  );
}

/** A raw git tree entry, as `GET /git/trees` lists it. */
function entry(path: string, type: "blob" | "tree", sha: string) {
  return { path, mode: type === "tree" ? "040000" : "100644", type, sha, url: "" };
}

describe("the repository's PR template", () => {
  it("blocks a Definition of Done that deleted items of the template, naming them", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null, { template: false });
    const read = gh.template(DEFAULT_PR_TEMPLATE, { etag: '"t1"' });
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const created = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened", { body: CUT_BODY }));

    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.summary).toContain(
      'checklist is missing 3 items of the repository\'s PR template: "Tests added or updated, and green", "Smoke suite green", "Docs and runbook updated where needed"',
    );
    expect(read.calls).toBe(1);
    // The config (and, as the repository has none, its organisation's), and one read
    // finds the template where `pilot-gate init` writes it.
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/contents/{path}"]).toBe(3);
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"]).toBe(
      undefined,
    );
  });

  it("reads the template again after a push to the default branch changes it", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null, { template: false });
    gh.template(DEFAULT_PR_TEMPLATE, { etag: '"t1"' });
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("opened", { body: CUT_BODY }));

    // The template is edited on master: cached no longer.
    await app.receive("push", pushEvent({ modified: [".github/pull_request_template.md"] }));
    const again = gh.template(DEFAULT_PR_TEMPLATE, { etag: '"t2"' });
    await app.receive(
      "pull_request",
      pullRequestEvent("edited", { body: CUT_BODY, labels: ["NO_MERGE"] }),
    );

    expect(again.calls).toBe(1);
  });

  it("passes the same body in a repository without a template of its own", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const created = gh.createCheckRun(1001);

    await app.receive("pull_request", pullRequestEvent("opened", { body: CUT_BODY }));

    expect((created.body as CheckRunBody).conclusion).toBe("success");
  });

  it("passes every item of the template ticked", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null, { template: false });
    gh.template(DEFAULT_PR_TEMPLATE);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const created = gh.createCheckRun(1001);

    await app.receive("pull_request", pullRequestEvent("opened", { body: VALID_TEMPLATE_BODY }));

    expect((created.body as CheckRunBody).conclusion).toBe("success");
  });

  it("finds a template GitHub would find elsewhere: the root tree, the .github tree, the blob", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null, { template: false });
    gh.template(null);
    const github = "9".repeat(40);
    gh.tree(
      "master",
      [entry(".github", "tree", github), entry("README.md", "blob", "1".repeat(40))],
      {
        recursive: false,
      },
    );
    gh.tree(
      github,
      [
        entry("PULL_REQUEST_TEMPLATE.md", "blob", blobSha(DEFAULT_PR_TEMPLATE)),
        entry("pilot-gate.yml", "blob", "2".repeat(40)),
      ],
      { recursive: false },
    );
    gh.blobs([DEFAULT_PR_TEMPLATE]);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const created = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened", { body: CUT_BODY }));

    expect((created.body as CheckRunBody).output.summary).toContain(
      "checklist is missing 3 items of the repository's PR template",
    );
  });

  it("does not take a folder of several templates for the default one", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null, { template: false });
    gh.template(null);
    const github = "9".repeat(40);
    gh.tree("master", [entry(".github", "tree", github)], { recursive: false });
    gh.tree(github, [entry("PULL_REQUEST_TEMPLATE", "tree", "3".repeat(40))], { recursive: false });
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const created = gh.createCheckRun(1001);

    await app.receive("pull_request", pullRequestEvent("opened", { body: CUT_BODY }));

    expect((created.body as CheckRunBody).conclusion).toBe("success");
  });

  it("reads the template once, then revalidates it with If-None-Match after the cache period", async () => {
    let now = NOW;
    const app = await createTestApp({ now: () => now, configCacheSeconds: 60 });
    const gh = new GitHubMock().token();
    gh.config(null, { template: false });
    gh.template(DEFAULT_PR_TEMPLATE, { etag: '"t1"' });
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("opened", { body: CUT_BODY }));

    // Within the cache period: neither the config nor the template is asked for.
    const since = mark();
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun(1002);
    gh.addLabels(PR_NUMBER);
    await app.receive(
      "pull_request",
      pullRequestEvent("synchronize", { sha: NEXT_SHA, body: CUT_BODY }),
    );
    expect(countRequests(requestsSince(since)).byOperation).toEqual({
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files": 1,
      "POST /repos/{owner}/{repo}/check-runs": 1,
      "POST /repos/{owner}/{repo}/issues/{issue_number}/labels": 1,
    });

    // Past it: both revalidated; the template's 304 keeps the copy read.
    now = new Date(NOW.getTime() + 61_000);
    gh.config(null, { template: false });
    const revalidated = gh.template(null, { ifNoneMatch: '"t1"' });
    const late = mark();
    await app.receive(
      "pull_request",
      pullRequestEvent("edited", { sha: NEXT_SHA, body: CUT_BODY, labels: ["NO_MERGE"] }),
    );
    expect(revalidated.calls).toBe(1);
    // The verdict is the same (the template is), so the run this process wrote stays as it is.
    // Read: the config, its organisation's (no ETag on a 404), the template (a 304).
    expect(countRequests(requestsSince(late)).byOperation).toEqual({
      "GET /repos/{owner}/{repo}/contents/{path}": 3,
    });
  });

  it("revalidates a repository without a template by its root tree, listing only changed folders", async () => {
    let now = NOW;
    const app = await createTestApp({ now: () => now, configCacheSeconds: 60 });
    const gh = new GitHubMock().token();
    const github = "9".repeat(40);
    const root = [entry(".github", "tree", github)];
    gh.config(null, { template: false });
    gh.template(null);
    gh.tree("master", root, { recursive: false });
    gh.tree(github, [entry("pilot-gate.yml", "blob", "2".repeat(40))], { recursive: false });
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun(1001);
    await app.receive("pull_request", pullRequestEvent("opened", { body: CUT_BODY }));

    // Past the cache period, `.github` unchanged: the root tree alone says so.
    now = new Date(NOW.getTime() + 61_000);
    const since = mark();
    gh.config(null, { template: false });
    gh.tree("master", root, { recursive: false });
    await app.receive("pull_request", pullRequestEvent("edited", { body: `${CUT_BODY}\n` }));
    expect(countRequests(requestsSince(since)).byOperation).toEqual({
      "GET /repos/{owner}/{repo}/contents/{path}": 2,
      "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": 1,
    });

    // A template added to `.github` changes its tree: listed again, and read.
    now = new Date(NOW.getTime() + 122_000);
    const added = "8".repeat(40);
    gh.config(null, { template: false });
    gh.tree("master", [entry(".github", "tree", added)], { recursive: false });
    gh.tree(added, [entry("pull_request_template.md", "blob", blobSha(DEFAULT_PR_TEMPLATE))], {
      recursive: false,
    });
    gh.blobs([DEFAULT_PR_TEMPLATE]);
    const updated = gh.updateCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("edited", { body: CUT_BODY }));
    expect((updated.body as CheckRunBody).output.summary).toContain(
      "checklist is missing 3 items of the repository's PR template",
    );
  });

  it("fails closed when the template cannot be read and none was read before", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null, { template: false });
    gh.fail(
      "GET",
      `${REPO_PATH}/contents/${encodeURIComponent(".github/pull_request_template.md")}`,
      FAILURES["500"] as Failure,
    );
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const created = gh.createCheckRun(1001);

    await app.receive("pull_request", pullRequestEvent("opened", { body: VALID_TEMPLATE_BODY }));

    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.title).toMatch(/could not evaluate/i);
    expect(body.output.summary).toContain("pull_request_template.md");
  });

  it("reads no template while pr-checklist is off", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("rules:\n  pr-checklist:\n    enabled: false\n", { template: false });
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun(1001);

    await app.receive("pull_request", pullRequestEvent("opened"));

    // Config, files, POST: no template lookup.
    expect(countRequests().total).toBe(3);
  });

  it("asks an N/A without a reason for a reason", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const created = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened", { body: withItem("- [x] N/A") }));

    const summary = (created.body as CheckRunBody).output.summary;
    expect(summary).toContain("has 1 `N/A` item without a reason");
    expect(summary).toContain("Add a reason after it");
    expect(summary).not.toMatch(/Tick it/);
  });
});

describe("evidence paths", () => {
  const cited = "evidence/story/S-PC-01/smoke.json";
  const body = withEvidence(VALID_BODY, `- https://ci.example.com/runs/42\n- ${cited}`);

  it("blocks a cited path that does not exist at the PR's head", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.folder("evidence/story/S-PC-01", HEAD_SHA, ["report.md"]);
    const created = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened", { body }));

    const summary = (created.body as CheckRunBody).output.summary;
    expect((created.body as CheckRunBody).conclusion).toBe("failure");
    expect(summary).toContain(
      "cites `evidence/story/S-PC-01/smoke.json`, which does not exist in the repository at the PR's head commit",
    );
  });

  it("blocks a path in a folder that does not exist", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.folder("evidence/story/S-PC-01", HEAD_SHA, null);
    const created = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened", { body }));

    expect((created.body as CheckRunBody).conclusion).toBe("failure");
  });

  it("passes a path already in the repository: one listing, remembered for the commit", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.folder("evidence/story/S-PC-01", HEAD_SHA, ["smoke.json"]);
    const created = gh.createCheckRun(1001);

    await app.receive("pull_request", pullRequestEvent("opened", { body }));

    expect((created.body as CheckRunBody).conclusion).toBe("success");
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/contents/{path}"]).toBe(4);

    // An edit of the body on the same commit asks nothing more about the path
    // (nor anything else: the run is remembered and its verdict unchanged).
    const since = mark();
    await app.receive("pull_request", pullRequestEvent("edited", { body: `${body}\n` }));
    expect(countRequests(requestsSince(since)).total).toBe(0);
  });

  it("asks nothing about evidence the PR commits, and blocks evidence it removes", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts", cited]);
    const created = gh.createCheckRun(1001);

    await app.receive("pull_request", pullRequestEvent("opened", { body }));

    expect((created.body as CheckRunBody).conclusion).toBe("success");
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/contents/{path}"]).toBe(3);

    const removing = await createTestApp();
    gh.token();
    gh.config(null);
    gh.files(PR_NUMBER, [{ filename: cited, status: "removed" }]);
    const failed = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await removing.receive("pull_request", pullRequestEvent("opened", { body }));
    expect((failed.body as CheckRunBody).output.summary).toContain("which does not exist");
  });

  it("says a path in a folder GitHub lists only in part was not checked", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const names = Array.from({ length: 1_000 }, (_, i) => `run-${i}.json`);
    gh.folder("evidence/story/S-PC-01", HEAD_SHA, names);
    const created = gh.createCheckRun(1001);

    await app.receive("pull_request", pullRequestEvent("opened", { body }));

    const summary = (created.body as CheckRunBody).output.summary;
    expect((created.body as CheckRunBody).conclusion).toBe("success");
    expect(summary).toContain(
      "was not checked against the repository: GitHub lists only the first 1,000 entries of the folder evidence/story/S-PC-01",
    );
  });

  it("looks up a path at the root in the head's root tree", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.tree(HEAD_SHA, [entry("report.md", "blob", "4".repeat(40))], { recursive: false });
    const created = gh.createCheckRun(1001);

    await app.receive(
      "pull_request",
      pullRequestEvent("opened", { body: withEvidence(VALID_BODY, "- [report](report.md)") }),
    );

    expect((created.body as CheckRunBody).conclusion).toBe("success");
  });
});
