import { describe, expect, it } from "vitest";
import { BAD_BODY } from "./helpers/configs.js";
import {
  type CheckRunBody,
  countRequests,
  GitHubMock,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "./helpers/github.js";
import {
  checkRunEvent,
  GROUP_SHA,
  HEAD_SHA,
  mergeGroupEvent,
  NEXT_SHA,
  PR_NUMBER,
  pullRequest,
  pullRequestEvent,
  pushEvent,
} from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

function rerunReads(gh: GitHubMock) {
  gh.pull(PR_NUMBER, pullRequest());
  gh.config(null);
  gh.files(PR_NUMBER, ["src/login.ts"]);
  gh.checkRuns(HEAD_SHA, [{ id: 1001, summary: "## could not evaluate" }]);
}

describe("check_run re-runs", () => {
  it("re-evaluates the PR of a rerequested check of this App, asking GitHub afresh", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    rerunReads(gh);
    const updated = gh.updateCheckRun(1001);

    await app.receive("check_run", checkRunEvent("rerequested"));

    expect(updated.body).toMatchObject({ conclusion: "success" });
  });

  it("answers the Re-run button (requested_action rerun)", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    rerunReads(gh);
    const updated = gh.updateCheckRun(1001);

    await app.receive("check_run", checkRunEvent("requested_action"));

    expect(updated.calls).toBe(1);
  });

  it("leaves other apps' checks, other buttons and other check names alone", async () => {
    const app = await createTestApp();
    await app.receive("check_run", checkRunEvent("rerequested", { appId: 15368 }));
    await app.receive("check_run", checkRunEvent("requested_action", { identifier: "fix" }));
    expect(recorded).toEqual([]);

    const gh = new GitHubMock().token();
    gh.pull(PR_NUMBER, pullRequest());
    gh.config(null);
    await app.receive("check_run", checkRunEvent("rerequested", { name: "lint" }));
    // The PR, and the config: the repository's, then its organisation's.
    expect(countRequests().total).toBe(3);
  });

  it("finds the PR of a fork's commit, for which GitHub lists none", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.scope
      .get(`${REPO_PATH}/commits/${HEAD_SHA}/pulls`)
      .query({ per_page: "100" })
      .reply(200, [
        { number: PR_NUMBER, state: "open" },
        { number: 1, state: "closed" },
      ]);
    rerunReads(gh);
    const updated = gh.updateCheckRun(1001);

    await app.receive("check_run", checkRunEvent("rerequested", { pullNumbers: [] }));

    expect(updated.calls).toBe(1);
  });

  it("does not re-judge a commit the PR has moved on from", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.pull(PR_NUMBER, pullRequest({ sha: NEXT_SHA }));

    await app.receive("check_run", checkRunEvent("rerequested"));

    expect(countRequests().total).toBe(1);
  });
});

describe("merge_group", () => {
  it("posts the PR's verdict on the group's commit, leaving labels alone", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.pull(PR_NUMBER, pullRequest({ body: BAD_BODY }));
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.checkRuns(GROUP_SHA);
    // Receipts live on the PR's own head commit.
    gh.checkRuns(HEAD_SHA, [{ id: 1001 }]);
    const created = gh.createCheckRun(2001);

    await app.receive("merge_group", mergeGroupEvent());

    expect(created.body).toMatchObject({ head_sha: GROUP_SHA, conclusion: "failure" });
    expect(recorded.some((request) => request.path.includes("/labels"))).toBe(false);
  });

  it("fails closed, quickly, when the queue branch names no PR", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const created = gh.createCheckRun(2001);

    await app.receive(
      "merge_group",
      mergeGroupEvent({ headRef: "refs/heads/gh-readonly-queue/develop/odd" }),
    );

    const body = created.body as CheckRunBody;
    expect(body).toMatchObject({
      head_sha: GROUP_SHA,
      conclusion: "failure",
      name: "required-check",
    });
    expect(body.output.title).toMatch(/^could not evaluate: the merge queue branch .* names no PR/);
  });
});

describe("push", () => {
  it("drops the cached config when the default branch changes it, so the next event reads it", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("check:\n  name: launch-gate\n", { etag: '"v1"' });
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun(1001);
    await app.receive("pull_request", pullRequestEvent("opened"));

    // Not the default branch, or not the config: the cache stays (no request on the next event).
    await app.receive(
      "push",
      pushEvent({ ref: "refs/heads/feature/x", modified: [".github/pilot-gate.yml"] }),
    );
    await app.receive("push", pushEvent({ modified: ["README.md"] }));
    await app.receive("pull_request", pullRequestEvent("edited"));
    // Config, files, POST, and the PR template looked for once (a 404 and the root tree).
    expect(countRequests().total).toBe(5);

    // The push re-reads the config at once, to apply protection: (handlers/protection.ts);
    // the default branches main and develop do not exist in this repository.
    gh.config("check:\n  name: gate-v2\n");
    gh.protection("main", "missing").protection("develop", "missing");
    gh.issuesByLabel("pilot-gate:protection-drift");
    const protectionCheck = gh.createCheckRun(2001);
    await app.receive("push", pushEvent({ modified: [".github/pilot-gate.yml"] }));
    expect(protectionCheck.body).toMatchObject({ name: "pilot-gate/protection" });
    gh.checkRuns(HEAD_SHA, [], "gate-v2");
    const created = gh.createCheckRun(1002);
    await app.receive("pull_request", pullRequestEvent("edited"));

    expect(created.body).toMatchObject({ name: "gate-v2" });
  });
});
