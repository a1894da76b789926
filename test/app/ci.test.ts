import { describe, expect, it } from "vitest";
import {
  APP_ID,
  type CheckRunBody,
  countRequests,
  GitHubMock,
  type HeadRunFixture,
  requestsSince,
  useGitHubMock,
} from "./helpers/github.js";
import {
  checkRunEvent,
  checkSuiteEvent,
  GROUP_SHA,
  HEAD_SHA,
  PR_NUMBER,
  pullRequest,
  pullRequestEvent,
  statusEvent,
} from "./helpers/payloads.js";
import { createTestApp, mark, type TestApp } from "./helpers/probot.js";

useGitHubMock();

const ACTIONS = 15368;
const REQUIRE = "check:\n  require: [lint, unit]\n";
const OURS: HeadRunFixture = {
  id: 1001,
  name: "required-check",
  appId: APP_ID,
  conclusion: "failure",
};

/** A PR opened while its CI has not started: judged "waiting for" everything required. */
async function openedWaiting(config = REQUIRE): Promise<{ app: TestApp; gh: GitHubMock }> {
  const app = await createTestApp();
  const gh = new GitHubMock().token();
  gh.config(config);
  gh.files(PR_NUMBER, ["src/login.ts"]);
  gh.headCheckRuns(HEAD_SHA, []);
  gh.headStatuses(HEAD_SHA, []);
  const created = gh.createCheckRun(1001);
  await app.receive("pull_request", pullRequestEvent("opened"));
  const body = created.body as CheckRunBody;
  expect(body).toMatchObject({ conclusion: "failure" });
  return { app, gh };
}

const rateLimited = (since: number) =>
  requestsSince(since).filter((r) => !r.path.includes("/statuses")).length;

describe("CI folded into required-check (check.require)", () => {
  it("waits for required CI on a new PR, with no NO_MERGE label for checks still to run", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(REQUIRE);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.headCheckRuns(HEAD_SHA, [{ id: 5, name: "lint", status: "in_progress" }]);
    gh.headStatuses(HEAD_SHA, []);
    const created = gh.createCheckRun(1001);

    await app.receive("pull_request", pullRequestEvent("opened"));

    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.title).toBe("waiting for: lint, unit");
    expect(body.output.summary).toContain("Waiting for `lint`, `unit` to finish");
    // No label write, no lookup of our run beyond the one list.
    expect(Object.keys(countRequests().byOperation).sort()).toEqual([
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
      "GET /repos/{owner}/{repo}/contents/{path}",
      "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      "POST /repos/{owner}/{repo}/check-runs",
    ]);
  });

  it("flips as each required check completes: one list and the write per event, green only after the last", async () => {
    const { app, gh } = await openedWaiting();

    let since = mark();
    gh.headCheckRuns(HEAD_SHA, [
      OURS,
      { id: 5, name: "lint" },
      { id: 6, name: "unit", status: "in_progress" },
    ]);
    gh.headStatuses(HEAD_SHA, [], { ifNoneMatch: '"st-1"' });
    let updated = gh.updateCheckRun(1001);
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "lint", appId: ACTIONS, conclusion: "success" }),
    );
    expect((updated.body as CheckRunBody).output.title).toBe("waiting for: unit");
    // The list and the write; the statuses answered 304, which costs no rate limit.
    expect(rateLimited(since)).toBe(2);

    since = mark();
    gh.headCheckRuns(HEAD_SHA, [OURS, { id: 5, name: "lint" }, { id: 6, name: "unit" }]);
    gh.headStatuses(HEAD_SHA, [], { ifNoneMatch: '"st-1"' });
    updated = gh.updateCheckRun(1001);
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "unit", appId: ACTIONS, conclusion: "success" }),
    );
    expect(updated.body).toMatchObject({ conclusion: "success" });
    expect(rateLimited(since)).toBe(2);

    // The same ending delivered again, and a suite whose runs were all seen finishing: no request.
    since = mark();
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "unit", appId: ACTIONS, conclusion: "success" }),
    );
    await app.receive("check_suite", checkSuiteEvent({ appId: ACTIONS }));
    expect(requestsSince(since)).toEqual([]);
  });

  it("fails with the failed check's details link, and passes once a re-run of it passes (newest run wins)", async () => {
    const { app, gh } = await openedWaiting();
    gh.headCheckRuns(HEAD_SHA, [
      OURS,
      { id: 5, name: "lint" },
      { id: 6, name: "unit", conclusion: "failure" },
    ]);
    gh.headStatuses(HEAD_SHA, [], { ifNoneMatch: '"st-1"' });
    let updated = gh.updateCheckRun(1001);
    const labeled = gh.addLabels(PR_NUMBER);
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "unit", appId: ACTIONS, conclusion: "failure" }),
    );
    const failed = updated.body as CheckRunBody;
    expect(failed.conclusion).toBe("failure");
    expect(failed.output.title).toBe("NO_MERGE: 1 blocking finding to fix");
    expect(failed.output.summary).toContain("[`unit`](https://ci.example.com/6) ended `failure`");
    // A failed check is something to fix, unlike one still running: NO_MERGE goes on.
    expect(labeled.body).toEqual({ labels: ["NO_MERGE"] });

    gh.headCheckRuns(HEAD_SHA, [
      OURS,
      { id: 5, name: "lint" },
      { id: 6, name: "unit", conclusion: "failure" },
      { id: 7, name: "unit" },
    ]);
    gh.headStatuses(HEAD_SHA, [], { ifNoneMatch: '"st-1"' });
    updated = gh.updateCheckRun(1001);
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
    ]);
    const unlabeled = gh.removeLabel(PR_NUMBER, "NO_MERGE");
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "unit", appId: ACTIONS, conclusion: "success" }),
    );
    expect(updated.body).toMatchObject({ conclusion: "success" });
    expect(unlabeled.calls).toBe(1);
  });

  it("costs no request for a check not required, the App's own checks, or a status reusing the check's name", async () => {
    const { app } = await openedWaiting();
    const since = mark();
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "docs", appId: ACTIONS, conclusion: "failure" }),
    );
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "required-check", appId: APP_ID }),
    );
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "pilot-gate/protection", appId: APP_ID }),
    );
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "required-check", appId: ACTIONS }),
    );
    await app.receive("status", statusEvent({ context: "required-check", state: "success" }));
    await app.receive("status", statusEvent({ context: "ci/other", state: "failure" }));
    await app.receive("check_suite", checkSuiteEvent({ appId: APP_ID }));
    expect(requestsSince(since)).toEqual([]);
  });

  it("ignores another app's run and a status that reuse the check's name, saying so in the summary", async () => {
    const { app, gh } = await openedWaiting();
    gh.headCheckRuns(HEAD_SHA, [
      OURS,
      { id: 5, name: "lint" },
      { id: 6, name: "unit" },
      { id: 8, name: "required-check", appId: ACTIONS, conclusion: "success" },
    ]);
    gh.headStatuses(HEAD_SHA, [{ context: "required-check", state: "success" }], {
      etag: '"st-2"',
    });
    const updated = gh.updateCheckRun(1001);
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "unit", appId: ACTIONS, conclusion: "success" }),
    );
    const body = updated.body as CheckRunBody;
    expect(body.conclusion).toBe("success");
    expect(body.output.summary).toContain("`check run required-check (app 15368)`");
    expect(body.output.summary).toContain("`commit status required-check`");
  });

  it("judges a status event's PR, which the payload does not name, from the PRs judged at that head", async () => {
    const { app, gh } = await openedWaiting("check:\n  require: [ci/jenkins]\n");
    const since = mark();
    gh.headCheckRuns(HEAD_SHA, [OURS]);
    gh.headStatuses(HEAD_SHA, [{ context: "ci/jenkins", state: "success" }], { etag: '"st-2"' });
    const updated = gh.updateCheckRun(1001);
    await app.receive("status", statusEvent({ context: "ci/jenkins", state: "success" }));
    expect(updated.body).toMatchObject({ conclusion: "success" });
    expect(countRequests(requestsSince(since)).total).toBe(3);
  });

  it("finds a status's PR with one request when this process has not judged it", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.scope
      .get(`/repos/Codertocat/Hello-World/commits/${HEAD_SHA}/pulls`)
      .query({ per_page: "100" })
      .reply(200, [{ number: PR_NUMBER, state: "open" }]);
    gh.config("check:\n  require: [ci/jenkins]\n");
    gh.pull(PR_NUMBER, pullRequest());
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.headCheckRuns(HEAD_SHA, []);
    gh.headStatuses(HEAD_SHA, [{ context: "ci/jenkins", state: "failure" }]);
    const created = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("status", statusEvent({ context: "ci/jenkins", state: "failure" }));
    expect(created.body).toMatchObject({ conclusion: "failure" });
  });

  it("reads a head with hundreds of matrix runs in one paginated list", async () => {
    const { app, gh } = await openedWaiting("check:\n  require: ['test (*)']\n");
    const jobs: HeadRunFixture[] = Array.from({ length: 250 }, (_, i) => ({
      id: 10 + i,
      name: `test (${i})`,
    }));
    const list = gh.headCheckRuns(HEAD_SHA, [OURS, ...jobs]);
    gh.headStatuses(HEAD_SHA, [], { ifNoneMatch: '"st-1"' });
    const updated = gh.updateCheckRun(1001);
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "test (249)", appId: ACTIONS, conclusion: "success" }),
    );
    expect(list.calls).toBe(3);
    expect(updated.body).toMatchObject({ conclusion: "success" });
  });

  it("re-judges on a suite's completion when this process has not seen its runs finish", async () => {
    const { app, gh } = await openedWaiting();
    gh.headCheckRuns(HEAD_SHA, [OURS, { id: 5, name: "lint" }, { id: 6, name: "unit" }]);
    gh.headStatuses(HEAD_SHA, [], { ifNoneMatch: '"st-1"' });
    const updated = gh.updateCheckRun(1001);
    await app.receive("check_suite", checkSuiteEvent({ appId: ACTIONS }));
    expect(updated.body).toMatchObject({ conclusion: "success" });
  });

  it("judges a matrix once its last job finishes, not on every job that passes while others run", async () => {
    const { app, gh } = await openedWaiting("check:\n  require: ['test (*)']\n");
    const job = (i: number, status = "completed"): HeadRunFixture => ({
      id: 10 + i,
      name: `test (${i})`,
      status,
    });
    const completed = (i: number, conclusion = "success") =>
      app.receive(
        "check_run",
        checkRunEvent("completed", { name: `test (${i})`, appId: ACTIONS, conclusion }),
      );

    gh.headCheckRuns(HEAD_SHA, [OURS, job(1), job(2, "in_progress"), job(3, "in_progress")]);
    gh.headStatuses(HEAD_SHA, [], { ifNoneMatch: '"st-1"' });
    let updated = gh.updateCheckRun(1001);
    await completed(1);
    expect((updated.body as CheckRunBody).output.title).toBe("waiting for: test (2), test (3)");

    // test (3) still runs: test (2) passing changes nothing yet.
    const since = mark();
    await completed(2);
    expect(requestsSince(since)).toEqual([]);

    gh.headCheckRuns(HEAD_SHA, [OURS, job(1), job(2), job(3)]);
    gh.headStatuses(HEAD_SHA, [], { ifNoneMatch: '"st-1"' });
    updated = gh.updateCheckRun(1001);
    await completed(3);
    expect(updated.body).toMatchObject({ conclusion: "success" });
  });

  it("judges at once a required job that fails while others still run", async () => {
    const { app, gh } = await openedWaiting("check:\n  require: ['test (*)']\n");
    gh.headCheckRuns(HEAD_SHA, [
      OURS,
      { id: 11, name: "test (1)", status: "in_progress" },
      { id: 12, name: "test (2)", status: "in_progress" },
    ]);
    gh.headStatuses(HEAD_SHA, [], { ifNoneMatch: '"st-1"' });
    gh.updateCheckRun(1001);
    await app.receive("check_suite", checkSuiteEvent({ appId: ACTIONS }));

    gh.headCheckRuns(HEAD_SHA, [
      OURS,
      { id: 11, name: "test (1)", conclusion: "failure" },
      { id: 12, name: "test (2)", status: "in_progress" },
    ]);
    gh.headStatuses(HEAD_SHA, [], { ifNoneMatch: '"st-1"' });
    const updated = gh.updateCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive(
      "check_run",
      checkRunEvent("completed", { name: "test (1)", appId: ACTIONS, conclusion: "failure" }),
    );
    expect((updated.body as CheckRunBody).output.title).toBe(
      "NO_MERGE: 1 blocking finding to fix, waiting for: test (2)",
    );
  });

  it("judges a merge group's commit again when its CI completes, leaving labels alone", async () => {
    const { app, gh } = await openedWaiting();
    gh.pull(PR_NUMBER, pullRequest());
    gh.headCheckRuns(GROUP_SHA, [
      { id: 5, name: "lint" },
      { id: 6, name: "unit" },
    ]);
    gh.headStatuses(GROUP_SHA, []);
    const created = gh.createCheckRun(2001);
    await app.receive(
      "check_run",
      checkRunEvent("completed", {
        name: "unit",
        appId: ACTIONS,
        conclusion: "success",
        sha: GROUP_SHA,
        pullNumbers: [],
        headBranch: `gh-readonly-queue/develop/pr-${PR_NUMBER}-${HEAD_SHA}`,
      }),
    );
    expect(created.body).toMatchObject({ head_sha: GROUP_SHA, conclusion: "success" });
  });
});
