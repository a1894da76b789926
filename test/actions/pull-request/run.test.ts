import { beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../../actions/pull-request/main.js";
import { runAction } from "../../../actions/pull-request/run.js";
import { BAD_BODY, INVALID_CONFIG } from "../../app/helpers/configs.js";
import {
  type CheckRunBody,
  countRequests,
  FAILURES,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "../../app/helpers/github.js";
import {
  GROUP_SHA,
  HEAD_SHA,
  mergeGroupEvent,
  PR_NUMBER,
  pullRequest,
  pullRequestEvent,
  reviewEvent,
} from "../../app/helpers/payloads.js";
import { NOW } from "../../app/helpers/probot.js";
import { logged, record, resetCore } from "../helpers/core.js";
import { ActionGitHubMock, inputsFor, runnerEnv } from "../helpers/github.js";

vi.mock("@actions/core", async () => (await import("../helpers/core.js")).coreMock);

useGitHubMock();
beforeEach(resetCore);

/**
 * Runs the action as the entry does, with retries off so a mocked failure is
 * final. The action reads an open PR as GitHub has it now (workflow runs of
 * one PR can finish out of order); here GitHub has it as delivered.
 */
async function run(eventName: string, payload: unknown, env: NodeJS.ProcessEnv = {}) {
  const pull = (payload as { pull_request?: { number: number; state: string } }).pull_request;
  if (pull?.state === "open") new ActionGitHubMock().pull(pull.number, pull);
  await runAction(await inputsFor(eventName, payload, env), { retries: false, now: () => NOW });
}

/**
 * What judging a PR with no governance file and no NO_MERGE label reads.
 * `opened` and `synchronize` bring the head commit, so they look for no check
 * run on it, and need not ask which app the token is; other actions do (`lookup`).
 */
function reads(gh: ActionGitHubMock, options: { config?: string | null; lookup?: boolean } = {}) {
  if (options.lookup) gh.app();
  gh.config(options.config ?? null);
  gh.files(PR_NUMBER, ["src/login.ts"]);
  if (options.lookup) gh.checkRuns(HEAD_SHA);
}

const READ_ONLY = { status: 403, message: "Resource not accessible by integration" };

describe("the action on pull_request", () => {
  it("posts a passing check, sets verdict=pass and check-run-id, and leaves the step green", async () => {
    const gh = new ActionGitHubMock();
    reads(gh);
    const created = gh.createCheckRun(1001);

    await run("pull_request", pullRequestEvent("opened"));

    const body = created.body as CheckRunBody;
    expect(body).toMatchObject({
      name: "required-check",
      head_sha: HEAD_SHA,
      status: "completed",
      conclusion: "success",
      completed_at: NOW.toISOString(),
    });
    // No workflow would run for a click on a check the workflow's token wrote.
    expect(body.actions).toBeUndefined();
    expect(record.outputs).toEqual({ verdict: "pass", "check-run-id": "1001" });
    expect(record.failed).toEqual([]);
    expect(record.summaries).toHaveLength(1);
    expect(record.summaries[0]).toContain("Ready to merge");
    expect(record.summaries[0]).toContain(
      "pilot-gate wrote the required-check check run (success) on `a1a1a1a`",
    );
    expect(record.secrets).toEqual(["ghs_workflow_token"]);
    // The head commit is new to the PR: no check run lookup, so no need to know the app either.
    // The repository has no PR template: the usual path answers 404, the root tree names none.
    // No config in the repository: its organisation's `.github` is asked too.
    expect(countRequests()).toEqual({
      total: 7,
      byOperation: {
        "GET /repos/{owner}/{repo}/pulls/{pull_number}": 1,
        "GET /repos/{owner}/{repo}/contents/{path}": 3,
        "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": 1,
        "GET /repos/{owner}/{repo}/pulls/{pull_number}/files": 1,
        "POST /repos/{owner}/{repo}/check-runs": 1,
      },
    });
  });

  it("acts as the App whose token and slug it is given", async () => {
    const gh = new ActionGitHubMock();
    gh.app("pilot-gate", { token: "ghs_app_token" });
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.checkRuns(HEAD_SHA);
    const created = gh.createCheckRun(1001);
    // reopened looks for the check run, which asks which app the token is.
    await run("pull_request", pullRequestEvent("reopened"), {
      INPUT_TOKEN: "ghs_app_token",
      INPUT_APP_SLUG: "pilot-gate",
    });
    expect(created.calls).toBe(1);
    expect(record.secrets).toEqual(["ghs_app_token"]);
  });

  it("fails a bad PR: failing check, NO_MERGE label, verdict=no_merge and a failed step", async () => {
    const gh = new ActionGitHubMock();
    reads(gh);
    const created = gh.createCheckRun(1001);
    const added = gh.addLabels(PR_NUMBER);

    await run("pull_request", pullRequestEvent("opened", { body: BAD_BODY }));

    expect(created.body).toMatchObject({ conclusion: "failure" });
    expect(added.body).toEqual({ labels: ["NO_MERGE"] });
    expect(record.outputs).toEqual({ verdict: "no_merge", "check-run-id": "1001" });
    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toMatch(
      /^NO_MERGE: \d+ blocking findings? to fix\. What to fix is in/,
    );
    expect(record.summaries[0]).toContain("### What to fix");
    expect(record.summaries[0]).toContain(
      "pilot-gate wrote the required-check check run (failure) and the NO_MERGE label (add)",
    );
  });

  it("updates the check it wrote on an earlier event for the same commit", async () => {
    const gh = new ActionGitHubMock();
    gh.app();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.checkRuns(HEAD_SHA, [{ id: 777 }]);
    const updated = gh.updateCheckRun(777);

    await run("pull_request", pullRequestEvent("edited"));

    expect(updated.body).toMatchObject({ conclusion: "success" });
    expect(record.outputs["check-run-id"]).toBe("777");
  });

  it("removes the NO_MERGE label it applied once the PR passes, and only that one", async () => {
    const gh = new ActionGitHubMock();
    reads(gh, { lookup: true });
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "github-actions[bot]", type: "Bot", byApp: true },
    ]);
    gh.createCheckRun(1001);
    const removed = gh.removeLabel(PR_NUMBER, "NO_MERGE");

    await run("pull_request", pullRequestEvent("edited", { labels: ["NO_MERGE"] }));

    expect(removed.calls).toBe(1);
    expect(record.outputs).toEqual({ verdict: "pass", "check-run-id": "1001" });
    expect(record.failed).toEqual([]);
  });

  it("keeps a NO_MERGE label a person applied, and fails", async () => {
    const gh = new ActionGitHubMock();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.app();
    gh.checkRuns(HEAD_SHA);
    gh.createCheckRun(1001);

    await run(
      "pull_request",
      pullRequestEvent("labeled", { labels: ["NO_MERGE"], label: "NO_MERGE", senderType: "User" }),
    );

    expect(record.outputs).toEqual({ verdict: "no_merge", "check-run-id": "1001" });
    expect(record.failed).toHaveLength(1);
  });

  it("on a fork's PR, reports the verdict in the summary and fails the step saying the token is read-only", async () => {
    const gh = new ActionGitHubMock();
    reads(gh);
    gh.fail("POST", `${REPO_PATH}/check-runs`, READ_ONLY);
    const payload = pullRequestEvent("opened", { body: BAD_BODY });
    payload.pull_request.head.repo = {
      ...payload.pull_request.head.repo,
      full_name: "fork-owner/Hello-World",
    };

    await run("pull_request", payload);

    // The label is not attempted after the check run was refused.
    expect(recorded.filter((request) => request.method !== "GET")).toHaveLength(1);
    expect(record.outputs).toEqual({ verdict: "no_merge" });
    expect(record.failed).toHaveLength(1);
    const message = record.failed[0] ?? "";
    expect(message).toMatch(/^NO_MERGE: /);
    expect(message).toContain(
      "could not write the required-check check run (failure) and the NO_MERGE label (add)",
    );
    expect(message).toContain("the token is read-only here");
    expect(message).toContain("This PR comes from the fork fork-owner/Hello-World");
    expect(message).toContain("pull_request_target");
    expect(record.summaries[0]).toContain("### What to fix");
    expect(record.summaries[0]).toContain("> [!WARNING]\n> pilot-gate could not write");
  });

  it("when only the label is refused, keeps the check it wrote and says which permission to grant", async () => {
    const gh = new ActionGitHubMock();
    reads(gh);
    gh.createCheckRun(1001);
    gh.fail("POST", `${REPO_PATH}/issues/${PR_NUMBER}/labels`, READ_ONLY);

    await run("pull_request", pullRequestEvent("opened", { body: BAD_BODY }));

    expect(record.outputs).toEqual({ verdict: "no_merge", "check-run-id": "1001" });
    expect(record.failed[0]).toContain("could not write the NO_MERGE label (add)");
    expect(record.failed[0]).toContain("pull-requests: write");
    expect(record.failed[0]).not.toContain("fork");
  });

  it("in a dry run, reads and reports but writes nothing and leaves the step green", async () => {
    const gh = new ActionGitHubMock();
    reads(gh);

    await run("pull_request", pullRequestEvent("opened", { body: BAD_BODY }), {
      INPUT_DRY_RUN: "true",
    });

    expect(recorded.every((request) => request.method === "GET")).toBe(true);
    expect(record.outputs).toEqual({ verdict: "no_merge" });
    expect(record.failed).toEqual([]);
    expect(logged("warning")).toEqual([
      expect.stringMatching(/^Dry run: NO_MERGE: .* Without dry run this step would fail\.$/),
    ]);
    expect(
      logged("info").some((line) => line.startsWith("dry run: 2 planned write(s) not made")),
    ).toBe(true);
    expect(record.summaries[0]).toContain(
      "Dry run: nothing was written to GitHub; planned: the required-check check run (failure) and the NO_MERGE label (add)",
    );
  });

  it("in a dry run, fails the step when the same failing check is already on the commit", async () => {
    let gh = new ActionGitHubMock();
    reads(gh);
    const created = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await run("pull_request", pullRequestEvent("opened", { body: BAD_BODY }));
    const posted = created.body as CheckRunBody & {
      output: { title: string; summary: string; annotations?: unknown[] };
    };
    resetCore();
    const firstRun = recorded.length;

    gh = new ActionGitHubMock();
    reads(gh, { lookup: false });
    gh.app();
    gh.checkRuns(HEAD_SHA, [
      {
        id: 1001,
        conclusion: "failure",
        title: posted.output.title,
        summary: posted.output.summary,
        annotationsCount: posted.output.annotations?.length ?? 0,
      },
    ]);
    await run("pull_request", pullRequestEvent("edited", { body: BAD_BODY }), {
      INPUT_DRY_RUN: "true",
    });

    // Nothing was planned for the check run: GitHub already shows it failing,
    // so a green step would pass a commit the required check blocks.
    expect(logged("warning")).toEqual([]);
    expect(record.failed).toHaveLength(1);
    expect(record.outputs).toEqual({ verdict: "no_merge" });
    expect(record.summaries[0]).toContain(
      "The required-check check run on `a1a1a1a` already shows this verdict, so it was not written again.",
    );
    expect(recorded.slice(firstRun).every((request) => request.method === "GET")).toBe(true);
  });

  it("posts the config error under the check name the broken config asks for, and fails", async () => {
    const gh = new ActionGitHubMock();
    gh.config(INVALID_CONFIG);
    const created = gh.createCheckRun(1001);

    await run("pull_request", pullRequestEvent("opened"));

    expect(created.body).toMatchObject({ name: "launch-gate", conclusion: "failure" });
    expect(record.outputs).toEqual({ verdict: "no_merge", "check-run-id": "1001" });
    expect(record.failed[0]).toMatch(
      /^Config error: Codertocat\/Hello-World:\.github\/pilot-gate\.yml has 1 problem/,
    );
  });

  it("turns a GitHub failure into a failing 'could not evaluate' check and a failed step", async () => {
    const gh = new ActionGitHubMock();
    gh.config(null);
    gh.fail(
      "GET",
      `${REPO_PATH}/pulls/${PR_NUMBER}/files`,
      FAILURES["500"] as { status: number; message: string },
    );
    const created = gh.createCheckRun(1001);

    await run("pull_request", pullRequestEvent("synchronize"));

    expect((created.body as CheckRunBody).output.title).toMatch(
      /^could not evaluate: GitHub answered 500/,
    );
    expect(record.outputs).toEqual({});
    expect(record.failed[0]).toMatch(
      /^pilot-gate could not evaluate pull_request\.synchronize: GitHub answered 500/,
    );
    expect(record.summaries[0]).toContain("## ❌ pilot-gate could not evaluate this PR");
  });

  it("ignores a label other than NO_MERGE, after reading only the config", async () => {
    const gh = new ActionGitHubMock();
    gh.config(null);

    await run("pull_request", pullRequestEvent("labeled", { label: "bug", labels: ["bug"] }));

    expect(record.outputs).toEqual({});
    expect(record.failed).toEqual([]);
    expect(logged("info")).toContain("Nothing to judge: label bug does not affect the verdict.");
  });

  it("does nothing on an activity type it does not judge", async () => {
    await run("pull_request", pullRequestEvent("closed", { state: "closed" }));
    expect(recorded).toEqual([]);
    expect(record.failed).toEqual([]);
    expect(logged("info")[0]).toMatch(
      /^Nothing to judge: pilot-gate does not judge pull_request\.closed/,
    );
  });
});

describe("the action on other events", () => {
  it("judges a review like a PR event", async () => {
    const gh = new ActionGitHubMock();
    reads(gh, { lookup: true });
    gh.createCheckRun(1001);
    await run("pull_request_review", reviewEvent("submitted"));
    expect(record.outputs).toEqual({ verdict: "pass", "check-run-id": "1001" });
  });

  it("judges a merge group as its PR, on the group's commit, leaving labels alone", async () => {
    const gh = new ActionGitHubMock();
    gh.app();
    gh.pull(PR_NUMBER, pullRequest({ body: BAD_BODY }));
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.checkRuns(GROUP_SHA);
    gh.checkRuns(HEAD_SHA);
    const created = gh.createCheckRun(1002);

    await run("merge_group", mergeGroupEvent());

    expect(created.body).toMatchObject({ head_sha: GROUP_SHA, conclusion: "failure" });
    expect(record.outputs).toEqual({ verdict: "no_merge", "check-run-id": "1002" });
    expect(record.failed).toHaveLength(1);
  });

  it("refuses an event it cannot judge, naming the events to trigger on, before any request", async () => {
    await main(await runnerEnv("push", { ref: "refs/heads/main" }));
    expect(recorded).toEqual([]);
    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toMatch(
      /^pilot-gate judges pull requests, and this workflow ran on "push"\./,
    );
    expect(record.failed[0]).toContain(
      "pull_request (opened, edited, synchronize, reopened, ready_for_review, labeled, unlabeled)",
    );
    expect(record.failed[0]).toContain("merge_group (checks_requested)");
  });

  it("fails the step with the input to fix when an input is wrong", async () => {
    await main(
      await runnerEnv("pull_request", pullRequestEvent("opened"), { INPUT_DRY_RUN: "yes please" }),
    );
    expect(record.failed).toEqual([
      'The dry-run input is "yes please", not a boolean: set it to true or false.',
    ]);
  });
});
