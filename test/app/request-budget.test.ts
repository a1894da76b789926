import { describe, expect, it } from "vitest";
import { DEFAULT_PR_TEMPLATE } from "../../core/pr-template.js";
import { VALID_BODY, VALID_TEMPLATE_BODY } from "../helpers/pull-request.js";
import { BAD_BODY, ROLES_CONFIG } from "./helpers/configs.js";
import {
  asFound,
  type CheckRunBody,
  countRequests,
  GitHubMock,
  requestsSince,
  useGitHubMock,
} from "./helpers/github.js";
import {
  checkRunEvent,
  GROUP_SHA,
  HEAD_SHA,
  issueCommentEvent,
  mergeGroupEvent,
  NEXT_SHA,
  PR_NUMBER,
  pullRequest,
  pullRequestEvent,
  reviewEvent,
} from "./helpers/payloads.js";
import { createTestApp, mark } from "./helpers/probot.js";

useGitHubMock();

/**
 * What each event costs in requests (the installation token aside), on one
 * replica that keeps its memory between events: the budget to watch against
 * an installation's hourly quota. One long story, so later events see what
 * earlier ones cached.
 *
 * The floor for a PR event on a new commit is the config and the PR
 * template (or nothing while cached), the changed files and the check run
 * write: the payload does not list the files, and the check is the output.
 * `opened` and `synchronize` bring the head commit, so no run of ours is
 * looked up on it. The repository here has no PR template, the costliest
 * case to find out: the usual path answers 404, then the default branch's
 * root tree names none (with a template at the usual path it is the one
 * read).
 */
describe("requests per event", () => {
  it("stays within the budget, first event and cached", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const cost = async (name: string, payload: unknown) => {
      const since = mark();
      await app.receive(name, payload);
      return countRequests(requestsSince(since)).total;
    };

    // opened, failing: config (the repository's 404, then its organisation's)
    // + PR template (404, root tree) + files + POST check + POST label; no
    // lookup on a new head.
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    expect(await cost("pull_request", pullRequestEvent("opened", { body: BAD_BODY }))).toBe(7);

    // The App's own label comes back as a labeled event: this process made
    // that change, so the echo costs nothing.
    expect(
      await cost(
        "pull_request",
        pullRequestEvent("labeled", {
          body: BAD_BODY,
          labels: ["NO_MERGE"],
          label: "NO_MERGE",
          senderType: "Bot",
        }),
      ),
    ).toBe(0);

    // An unrelated label: nothing at all.
    expect(
      await cost(
        "pull_request",
        pullRequestEvent("labeled", { labels: ["NO_MERGE", "bug"], label: "bug" }),
      ),
    ).toBe(0);

    // A review when no governance file changed: the label is the App's, as
    // this process remembers, and nothing to write.
    expect(
      await cost(
        "pull_request_review",
        reviewEvent("submitted", { body: BAD_BODY, labels: ["NO_MERGE"] }),
      ),
    ).toBe(0);

    // edited, fixed: who labeled (a removal needs GitHub's word, not memory)
    // + PATCH check + DELETE label.
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
    ]);
    gh.updateCheckRun(1001);
    gh.removeLabel(PR_NUMBER, "NO_MERGE");
    expect(await cost("pull_request", pullRequestEvent("edited", { labels: ["NO_MERGE"] }))).toBe(
      3,
    );

    // synchronize, failing the branch name: config and template cached; new
    // commit, so new files, a new check run and the label.
    const bad = { sha: NEXT_SHA, branch: "login-page" };
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const pushed = gh.createCheckRun(1002);
    gh.addLabels(PR_NUMBER);
    expect(await cost("pull_request", pullRequestEvent("synchronize", bad))).toBe(3);

    const found = asFound(1002, pushed.body);

    // Re-run: the PR, the config revalidated, the check run looked up afresh
    // (and found as written); unchanged, so no write. The template is kept
    // for its cache period: it says what a body must hold, not who may merge.
    gh.pull(PR_NUMBER, pullRequest({ ...bad, labels: ["NO_MERGE"] }));
    gh.config(null);
    gh.checkRuns(NEXT_SHA, [found]);
    expect(await cost("check_run", checkRunEvent("rerequested", { sha: NEXT_SHA }))).toBe(4);

    // Override, written after the check showed the finding: the PR, the
    // commenter's permission, the check run afresh, PATCH; then, as the PR
    // now passes, the origin of its NO_MERGE label and the label's removal.
    gh.pull(PR_NUMBER, pullRequest({ ...bad, labels: ["NO_MERGE"] }));
    gh.permission("maintainer-mia", "maintain");
    gh.checkRuns(NEXT_SHA, [found]);
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
    ]);
    gh.updateCheckRun(1002);
    gh.removeLabel(PR_NUMBER, "NO_MERGE");
    const since = mark();
    await app.receive(
      "issue_comment",
      issueCommentEvent("/pilot-gate override branch-name reason: vendor branch", {
        login: "maintainer-mia",
        createdAt: "2024-05-01T12:30:00Z",
      }),
    );
    const override = countRequests(requestsSince(since)).byOperation;
    expect(override).toEqual({
      "GET /repos/{owner}/{repo}/pulls/{pull_number}": 1,
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission": 1,
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs": 1,
      "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}": 1,
      "GET /repos/{owner}/{repo}/issues/{issue_number}/events": 1,
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}": 1,
    });

    // Merge group: the PR, check runs on the group and on the PR head (known), POST on the group.
    gh.pull(PR_NUMBER, pullRequest({ sha: NEXT_SHA }));
    gh.checkRuns(GROUP_SHA);
    gh.createCheckRun(2001);
    expect(await cost("merge_group", mergeGroupEvent())).toBe(3);
  });

  it("opened, passing: config + PR template (404, root tree) + files + POST check", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("check:\n  name: required-check\n");
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun(1001);

    await app.receive("pull_request", pullRequestEvent("opened"));

    expect(countRequests().total).toBe(5);
  });

  it("opened on a governance file: config + template + files + reviews + POST check, and the label when failing", async () => {
    const passing = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ROLES_CONFIG);
    gh.files(PR_NUMBER, ["CODEOWNERS"]);
    gh.reviews(PR_NUMBER, [{ login: "pete-pm", state: "APPROVED", commitId: HEAD_SHA }]);
    gh.createCheckRun(1001);
    await passing.receive("pull_request", pullRequestEvent("opened"));
    expect(countRequests().total).toBe(6);

    const failing = await createTestApp();
    const since = mark();
    gh.token();
    gh.config(ROLES_CONFIG);
    gh.files(PR_NUMBER, ["CODEOWNERS"]);
    gh.reviews(PR_NUMBER, []);
    gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await failing.receive("pull_request", pullRequestEvent("opened"));
    expect(countRequests(requestsSince(since)).total).toBe(7);
  });

  it("a redelivered opened reads the PR as it is now, finds its run in memory: no second POST", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const created = gh.createCheckRun(1001);
    const payload = pullRequestEvent("opened");
    const delivery = { id: "redelivered-1", name: "pull_request", payload } as Parameters<
      typeof app.probot.receive
    >[0];
    await app.probot.receive(delivery);

    const since = mark();
    gh.pull(PR_NUMBER, payload.pull_request);
    await app.probot.receive(delivery);

    // No newer than what was seen, so the PR is read; config and files cached,
    // the run remembered and unchanged: nothing else to ask or write.
    expect(created.calls).toBe(1);
    expect(countRequests(requestsSince(since)).byOperation).toEqual({
      "GET /repos/{owner}/{repo}/pulls/{pull_number}": 1,
    });
  });

  it("a redelivered failing opened is judged as the PR is now: no second check, no second label", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const created = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    const delivery = {
      id: "redelivered-2",
      name: "pull_request",
      payload: pullRequestEvent("opened", { body: BAD_BODY }),
    } as Parameters<typeof app.probot.receive>[0];
    await app.probot.receive(delivery);

    const since = mark();
    // GitHub's PR carries the label the first delivery added (and is newer for
    // it); this process added it, so it knows whose it is without asking.
    gh.pull(PR_NUMBER, pullRequest({ body: BAD_BODY, labels: ["NO_MERGE"] }));
    await app.probot.receive(delivery);

    expect(created.calls).toBe(1);
    expect(countRequests(requestsSince(since)).total).toBe(1);
  });
});

describe("requests for the PR template and evidence paths", () => {
  it("a template where `pilot-gate init` writes it: one read for the repository, then none", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null, { template: false });
    gh.template(DEFAULT_PR_TEMPLATE, { etag: '"t1"' });
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun(1001);
    const body = VALID_TEMPLATE_BODY;
    await app.receive("pull_request", pullRequestEvent("opened", { body }));
    // Config (and its organisation's), template, files, POST check.
    expect(countRequests().total).toBe(5);

    // Another PR of the repository: files and POST only.
    const since = mark();
    gh.files(7, ["src/cart.ts"]);
    gh.createCheckRun(1002);
    await app.receive(
      "pull_request",
      pullRequestEvent("opened", { number: 7, sha: NEXT_SHA, body }),
    );
    expect(countRequests(requestsSince(since)).total).toBe(2);
  });

  it("evidence the PR commits costs nothing; evidence already in the repository, one listing per commit", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const cites = (path: string) =>
      VALID_BODY.replace("## Runbook impact", `- ${path}\n\n## Runbook impact`);

    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts", "evidence/story/S-PC-01/smoke.json"]);
    gh.createCheckRun(1001);
    await app.receive(
      "pull_request",
      pullRequestEvent("opened", { body: cites("evidence/story/S-PC-01/smoke.json") }),
    );
    // Config (and its organisation's), template (404, root tree), files,
    // POST: as for a PR that cites no path.
    expect(countRequests().total).toBe(6);

    // The body now cites a file the PR does not change: one listing of its folder.
    const edited = mark();
    gh.folder("evidence/story/S-PC-01", HEAD_SHA, ["smoke.json", "load.json"]);
    await app.receive(
      "pull_request",
      pullRequestEvent("edited", { body: cites("evidence/story/S-PC-01/load.json") }),
    );
    expect(countRequests(requestsSince(edited)).byOperation).toEqual({
      "GET /repos/{owner}/{repo}/contents/{path}": 1,
    });

    // The same commit again: remembered. A new commit: listed again.
    const again = mark();
    await app.receive(
      "pull_request",
      pullRequestEvent("edited", { body: `${cites("evidence/story/S-PC-01/load.json")}\n` }),
    );
    expect(countRequests(requestsSince(again)).total).toBe(0);
    const pushed = mark();
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.folder("evidence/story/S-PC-01", NEXT_SHA, ["smoke.json", "load.json"]);
    gh.createCheckRun(1002);
    await app.receive(
      "pull_request",
      pullRequestEvent("synchronize", {
        sha: NEXT_SHA,
        body: cites("evidence/story/S-PC-01/load.json"),
      }),
    );
    expect(countRequests(requestsSince(pushed)).total).toBe(3);
  });
});

/** A config whose every line is an unknown key: 5,000 fit in 64 KiB, 20,000 (190 KB) do not. */
const unknownKeys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: 1`).join("\n");

describe("requests for a config with thousands of problems", () => {
  /** A push to a PR that edits its own config to `text`; the check run the App posts. */
  async function pushPullConfig(text: string): Promise<CheckRunBody["output"]> {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, [".github/pilot-gate.yml"]);
    gh.reviews(PR_NUMBER, []);
    gh.config(text, { ref: HEAD_SHA });
    const created = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("synchronize"));
    return (created.body as CheckRunBody).output;
  }

  it("a PR's own config with 5,000 unknown keys: one check run write, 50 annotations", async () => {
    const output = await pushPullConfig(unknownKeys(5_000));

    // Config (and its organisation's), template (404, root tree), files,
    // reviews, the PR's config, one POST check, the label.
    expect(countRequests().byOperation).toEqual({
      "GET /repos/{owner}/{repo}/contents/{path}": 4,
      "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": 1,
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files": 1,
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews": 1,
      "POST /repos/{owner}/{repo}/check-runs": 1,
      "POST /repos/{owner}/{repo}/issues/{issue_number}/labels": 1,
    });
    expect(output.annotations).toHaveLength(50);
    expect(output.summary).toContain("4,900 more problems not listed");
    expect(output.summary).toMatch(
      /_\d+ more problems not annotated: a check run is written in one request/,
    );
  });

  it("a PR's own config of 20,000 unknown keys is refused by its size: one problem, one write", async () => {
    const output = await pushPullConfig(unknownKeys(20_000));

    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/check-runs"]).toBe(1);
    expect(
      countRequests().byOperation["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    ).toBeUndefined();
    // The governance-files finding (the PR changes the config) and the one config problem.
    expect(output.annotations).toHaveLength(2);
    expect(output.annotations).toContainEqual(
      expect.objectContaining({
        path: ".github/pilot-gate.yml",
        start_line: 1,
        title: "Invalid config",
        message: expect.stringMatching(/^the file is 188,889 bytes, over the limit/),
      }),
    );
    expect(output.summary).toMatch(
      /\.github\/pilot-gate\.yml the file is 188,889 bytes, over the limit of 65,536 bytes \(64 KiB\)/,
    );
  });

  it("the default branch's config with 5,000 unknown keys: a failing check in one write", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(unknownKeys(5_000));
    const created = gh.createCheckRun(1001);

    await app.receive("pull_request", pullRequestEvent("opened"));

    expect(countRequests().total).toBe(2);
    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.title).toBe(
      "Config error: Codertocat/Hello-World:.github/pilot-gate.yml has 5,000 problems",
    );
    expect(body.output.annotations).toHaveLength(50);
    expect(body.output.summary).toContain("_50 more problems not annotated:");
  });
});
