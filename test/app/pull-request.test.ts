import { describe, expect, it } from "vitest";
import { BAD_BODY, DRY_RUN_CONFIG, INVALID_CONFIG } from "./helpers/configs.js";
import {
  type CheckRunBody,
  countRequests,
  GitHubMock,
  requestsSince,
  useGitHubMock,
} from "./helpers/github.js";
import {
  HEAD_SHA,
  NEXT_SHA,
  PR_NUMBER,
  pullRequest,
  pullRequestEvent,
} from "./helpers/payloads.js";
import { createTestApp, mark } from "./helpers/probot.js";

useGitHubMock();

/**
 * The requests of a first event on a PR with no governance file and no
 * NO_MERGE label. `opened` and `synchronize` bring the head commit to the PR,
 * so they look for no check run on it; other actions do (`lookup`).
 */
function firstEventReads(
  gh: GitHubMock,
  options: { config?: string | null; lookup?: boolean } = {},
) {
  gh.config(options.config ?? null);
  gh.files(PR_NUMBER, ["src/login.ts"]);
  if (options.lookup) gh.checkRuns(HEAD_SHA);
}

describe("judging on the App's workers", () => {
  it("posts the verdict a worker reached", async () => {
    const app = await createTestApp({ evaluationWorkers: 1, evaluationBudgetMs: 60_000 });
    const gh = new GitHubMock().token();
    firstEventReads(gh);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened"));

    expect(created.body).toMatchObject({ conclusion: "success" });
  });

  it("links required-check to the readiness site when site.url is set", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh, { config: "site:\n  url: https://acme.github.io/app/\n" });
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened"));

    expect(created.body).toMatchObject({
      name: "required-check",
      details_url: "https://acme.github.io/app/index.html",
    });
  });

  it("fails a PR that takes longer than the budget to judge, saying so", async () => {
    const app = await createTestApp({ evaluationWorkers: 1, evaluationBudgetMs: 1 });
    const gh = new GitHubMock().token();
    firstEventReads(gh);
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive(
      "pull_request",
      pullRequestEvent("opened", { body: "a\n=\n".repeat(16_384) }),
    );

    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.summary).toContain("Judging this PR took longer than 1 ms");
  });
});

describe("late deliveries", () => {
  it("judges an edited delivery older than a person's NO_MERGE label as the PR is now", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const edited = pullRequestEvent("edited", { updatedAt: "2024-05-01T11:00:00Z" });
    const labeled = pullRequestEvent("labeled", {
      labels: ["NO_MERGE"],
      label: "NO_MERGE",
      updatedAt: "2024-05-01T11:00:05Z",
    });
    firstEventReads(gh, { lookup: true });
    const first = gh.createCheckRun(1001);
    await app.receive("pull_request", labeled);
    expect(first.body).toMatchObject({ conclusion: "failure" });

    // The edit happened first but is delivered last: GitHub's PR carries the label.
    gh.pull(PR_NUMBER, labeled.pull_request);
    gh.labelEvents(PR_NUMBER, [{ label: "NO_MERGE", actor: "release-rita" }]);
    await app.receive("pull_request", edited);

    // Read again, the PR is as the labeled event left it: the same verdict, no write.
    expect(app.logged(40)).toEqual([]);
    expect(first.calls).toBe(1);
  });

  it("never removes a label on memory alone: GitHub says who applied it last", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh);
    gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("opened", { body: BAD_BODY }));

    // Meanwhile (through another replica) a person took the label off and put it back.
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
      { label: "NO_MERGE", actor: "release-rita" },
    ]);
    const updated = gh.updateCheckRun(1001);
    await app.receive("pull_request", pullRequestEvent("edited", { labels: ["NO_MERGE"] }));

    // Fixed, but the label is a person's: it stays, and so does NO_MERGE.
    expect(updated.body).toMatchObject({ conclusion: "failure" });
    expect((updated.body as CheckRunBody).output.summary).toContain("no-merge-label");
  });

  it("takes the delivery when GitHub's answer is older than it", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh, { lookup: true });
    gh.createCheckRun(1001);
    await app.receive(
      "pull_request",
      pullRequestEvent("edited", { updatedAt: "2024-05-01T11:00:05Z" }),
    );

    // A redelivery of the same state, while GitHub's read lags behind.
    const redelivered = pullRequestEvent("edited", {
      body: "",
      updatedAt: "2024-05-01T11:00:05Z",
    });
    gh.pull(PR_NUMBER, pullRequest({ updatedAt: "2024-05-01T11:00:00Z" }));
    const updated = gh.updateCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", redelivered);

    expect(updated.body).toMatchObject({ conclusion: "failure" });
  });
});

describe("pull_request events", () => {
  it("posts a completed, passing check on a good PR and writes no label", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened"));

    const body = created.body as CheckRunBody;
    expect(body).toMatchObject({
      name: "required-check",
      head_sha: HEAD_SHA,
      status: "completed",
      conclusion: "success",
      completed_at: "2024-05-01T12:00:00.000Z",
      actions: [{ identifier: "rerun" }],
    });
    expect(body.output.title).toMatch(/Ready to merge/);
    // No check run lookup: the head commit is new to the PR. The config (none
    // in the repository, so its organisation's too) and the PR template (this
    // repository has none: a 404, then the root tree names none) are read
    // once, then cached.
    expect(countRequests()).toEqual({
      total: 6,
      byOperation: {
        "GET /repos/{owner}/{repo}/contents/{path}": 3,
        "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": 1,
        "GET /repos/{owner}/{repo}/pulls/{pull_number}/files": 1,
        "POST /repos/{owner}/{repo}/check-runs": 1,
      },
    });
    expect(app.logged(50)).toEqual([]);
    // One line per event sums it up, counting every request to GitHub (the
    // installation token's too), for watching the rate limit in production.
    expect(app.logs.find((line) => line.msg === "pull_request.opened handled")).toMatchObject({
      event: "pull_request.opened",
      delivery: "delivery-1",
      repo: "Codertocat/Hello-World",
      pr: PR_NUMBER,
      verdict: "pass",
      outcome: "handled",
      requests: 7,
      durationMs: expect.any(Number),
    });
  });

  it("fails a bad PR and adds NO_MERGE; once fixed, updates the same check and removes its own label", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh);
    const created = gh.createCheckRun(1001);
    const added = gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened", { body: BAD_BODY }));

    expect(created.body).toMatchObject({ conclusion: "failure" });
    // Written as it reads once the label lands, so the label's own event changes nothing.
    expect((created.body as CheckRunBody).output.summary).toMatch(/pr-checklist/);
    expect((created.body as CheckRunBody).output.summary).toMatch(/applied by pilot-gate itself/);
    expect(added.body).toEqual({ labels: ["NO_MERGE"] });

    // The fix: config, files and the check run are remembered; only who applied the label is asked.
    const since = mark();
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
    ]);
    const updated = gh.updateCheckRun(1001);
    const removed = gh.removeLabel(PR_NUMBER, "NO_MERGE");

    await app.receive("pull_request", pullRequestEvent("edited", { labels: ["NO_MERGE"] }));

    expect(updated.body).toMatchObject({ conclusion: "success", status: "completed" });
    expect((updated.body as CheckRunBody).output.summary).not.toMatch(/NO_MERGE/);
    expect(removed.calls).toBe(1);
    expect(countRequests(requestsSince(since)).total).toBe(3);
  });

  it("keeps a NO_MERGE label a person applied, and fails on it", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh);
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
      { label: "NO_MERGE", actor: "release-rita" },
    ]);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened", { labels: ["NO_MERGE"] }));

    expect(created.body).toMatchObject({ conclusion: "failure" });
    expect((created.body as CheckRunBody).output.summary).toMatch(/no-merge-label/);
  });

  it("takes a person's word from a labeled event without asking who labeled", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh, { lookup: true });
    const created = gh.createCheckRun();

    await app.receive(
      "pull_request",
      pullRequestEvent("labeled", { labels: ["NO_MERGE"], label: "NO_MERGE", senderType: "User" }),
    );

    expect(created.body).toMatchObject({ conclusion: "failure" });
  });

  it("ignores labels that do not affect the verdict", async () => {
    const app = await createTestApp();
    new GitHubMock().token().config(null);

    await app.receive(
      "pull_request",
      pullRequestEvent("labeled", { labels: ["bug"], label: "bug" }),
    );

    // Only the config: the repository's, then its organisation's.
    expect(countRequests().total).toBe(2);
  });

  it("updates a check run found on GitHub instead of posting a second one", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.checkRuns(HEAD_SHA, [
      { id: 777 },
      // A workflow's check of the same name is never taken for the App's own.
      { id: 999, appId: 15368 },
    ]);
    const updated = gh.updateCheckRun(777);

    await app.receive("pull_request", pullRequestEvent("edited"));

    expect(updated.body).toMatchObject({ conclusion: "success" });
    expect(updated.body).not.toHaveProperty("head_sha");
  });

  it("replaces a run that carries annotations, since they cannot be removed", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.checkRuns(HEAD_SHA, [{ id: 777, annotationsCount: 2 }]);
    const created = gh.createCheckRun(778);

    await app.receive("pull_request", pullRequestEvent("reopened"));

    expect(created.body).toMatchObject({ conclusion: "success" });
  });

  it("makes no write when the verdict has not changed", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh);
    gh.createCheckRun();
    await app.receive("pull_request", pullRequestEvent("opened"));

    const since = mark();
    await app.receive(
      "pull_request",
      pullRequestEvent("edited", { title: "S-PC-01: Login page (typo)" }),
    );

    expect(requestsSince(since)).toEqual([]);
  });

  it("judges a new push from scratch: new files, new check run, no lookup", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh);
    gh.createCheckRun(1001);
    await app.receive("pull_request", pullRequestEvent("opened"));

    const since = mark();
    gh.files(PR_NUMBER, ["src/login.ts", "src/logout.ts"]);
    const created = gh.createCheckRun(1002);
    await app.receive(
      "pull_request",
      pullRequestEvent("synchronize", { sha: NEXT_SHA, before: HEAD_SHA }),
    );

    expect(created.body).toMatchObject({ head_sha: NEXT_SHA, conclusion: "success" });
    // Files and the POST; the config is cached and the new head has no run to look up.
    expect(countRequests(requestsSince(since)).total).toBe(2);
  });

  it("revalidates the config with its ETag once the cache is old, and a 304 reuses it", async () => {
    const app = await createTestApp({ configCacheSeconds: 0 });
    const gh = new GitHubMock().token();
    gh.config("check:\n  name: launch-gate\n", { etag: '"v1"' });
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("opened", { body: BAD_BODY }));

    const conditional = gh.config(null, { ifNoneMatch: '"v1"' });
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
    ]);
    const updated = gh.updateCheckRun(1001);
    gh.removeLabel(PR_NUMBER, "NO_MERGE");
    await app.receive("pull_request", pullRequestEvent("edited", { labels: ["NO_MERGE"] }));

    expect(conditional.headers?.["if-none-match"]).toBe('"v1"');
    expect(updated.body).toMatchObject({ name: "launch-gate" });
  });

  it("fails a failing draft (never neutral, which counts as passing), and labels nothing", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened", { draft: true, body: BAD_BODY }));

    expect(created.body).toMatchObject({ conclusion: "failure" });
    expect((created.body as CheckRunBody).output.title).toMatch(/^Draft: NO_MERGE/);
  });

  it("posts nothing for a draft under check.drafts: skip", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh, { config: "check:\n  drafts: skip\n", lookup: true });

    await app.receive("pull_request", pullRequestEvent("ready_for_review", { draft: true }));

    // Config, PR template (a 404 and the root tree), files, the check run lookup.
    expect(countRequests().total).toBe(5);
  });
});

describe("config errors fail closed", () => {
  it("fails the check, under the name the broken config asks for, with file:line:column", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(INVALID_CONFIG);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened"));

    const body = created.body as CheckRunBody;
    expect(body).toMatchObject({ name: "launch-gate", conclusion: "failure", status: "completed" });
    expect(body.output.summary).toContain(".github/pilot-gate.yml:4:3");
    expect(body.output.annotations).toEqual([
      expect.objectContaining({
        path: ".github/pilot-gate.yml",
        start_line: 4,
        annotation_level: "failure",
      }),
    ]);
  });

  it("fails the check on a config over 64 KiB, with one problem, under the name it asks for", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join("\n");
    gh.config(`check:\n  name: launch-gate\n${keys}\n`);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened"));

    const body = created.body as CheckRunBody;
    expect(body).toMatchObject({ name: "launch-gate", conclusion: "failure" });
    expect(body.output.title).toBe(
      "Config error: Codertocat/Hello-World:.github/pilot-gate.yml has 1 problem",
    );
    expect(body.output.summary).toContain(
      "- Codertocat/Hello-World:.github/pilot-gate.yml the file is 188,917 bytes, over the limit of 65,536 bytes (64 KiB); keep only the keys you change",
    );
    expect(body.output.annotations).toHaveLength(1);
  });

  it("annotates a PR's own invalid config on the file, judging with the default branch's config", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, [".github/pilot-gate.yml"]);
    gh.reviews(PR_NUMBER, []);
    gh.config(INVALID_CONFIG, { ref: HEAD_SHA });
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("synchronize"));

    const body = created.body as CheckRunBody;
    // Judged by the default branch's (default) config: the check keeps its default name.
    expect(body.name).toBe("required-check");
    expect(body.output.summary).toContain("This PR's `.github/pilot-gate.yml` is invalid");
    expect(body.output.summary).toContain(".github/pilot-gate.yml:4:3");
    expect(body.output.annotations).toContainEqual(
      expect.objectContaining({
        path: ".github/pilot-gate.yml",
        start_line: 4,
        annotation_level: "failure",
        title: "Invalid config at rules.branch-nam",
      }),
    );
  });
});

describe("dry run", () => {
  it("with DRY_RUN=true, reads but writes nothing and logs the plan", async () => {
    const app = await createTestApp({ dryRun: true });
    const gh = new GitHubMock().token();
    firstEventReads(gh);

    await app.receive("pull_request", pullRequestEvent("opened", { body: BAD_BODY }));

    const line = app.logs.find((entry) => entry.dryRun === true);
    expect(line?.msg).toMatch(
      /dry run: 2 planned write\(s\) not made: create check run "required-check"/,
    );
    expect(line?.msg).toMatch(/add label NO_MERGE to #2/);
    // Reads only: config (the repository's, then its organisation's), PR
    // template (a 404 and the root tree), files.
    expect(countRequests().total).toBe(5);
  });

  it("with check.dry_run in the config, the same", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    firstEventReads(gh, { config: DRY_RUN_CONFIG });

    await app.receive("pull_request", pullRequestEvent("opened"));

    expect(app.logs.some((entry) => entry.dryRun === true)).toBe(true);
  });
});
