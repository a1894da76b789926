import { describe, expect, it } from "vitest";
import { ROLES_CONFIG } from "./helpers/configs.js";
import {
  type CheckRunBody,
  countRequests,
  GitHubMock,
  OWNER,
  useGitHubMock,
} from "./helpers/github.js";
import {
  HEAD_SHA,
  NEXT_SHA,
  PR_NUMBER,
  pullRequestEvent,
  reviewEvent,
} from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

/**
 * A first event's reads on a PR changing CODEOWNERS. `opened` looks for no
 * check run on its new head commit; a review event does (`lookup`).
 */
function governanceReads(
  gh: GitHubMock,
  reviews: { login: string; state: string; commitId: string }[],
  { lookup = false }: { lookup?: boolean } = {},
) {
  gh.config(ROLES_CONFIG);
  gh.files(PR_NUMBER, ["CODEOWNERS", "src/login.ts"]);
  if (lookup) gh.checkRuns(HEAD_SHA);
  gh.reviews(PR_NUMBER, reviews);
  gh.teamMembers(OWNER, "product-owners", ["paula-po"]);
}

describe("governance files", () => {
  it("fails a change to CODEOWNERS without a role holder's approval, naming the files", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    governanceReads(gh, [{ login: "random-reviewer", state: "APPROVED", commitId: HEAD_SHA }]);
    const created = gh.createCheckRun();
    const added = gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened", { org: true }));

    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.summary).toContain("`CODEOWNERS`");
    expect(body.output.summary).toContain("@\u200bpaula-po");
    expect(body.output.annotations).toContainEqual(
      expect.objectContaining({ path: "CODEOWNERS", annotation_level: "failure" }),
    );
    expect(added.body).toEqual({ labels: ["NO_MERGE"] });
  });

  it("passes with a fresh approval from a member of a role's team", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    governanceReads(gh, [
      { login: "paula-po", state: "COMMENTED", commitId: HEAD_SHA },
      { login: "paula-po", state: "APPROVED", commitId: HEAD_SHA },
    ]);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened", { org: true }));

    expect(created.body).toMatchObject({ conclusion: "success" });
    expect(countRequests().byOperation).toMatchObject({
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews": 1,
      "GET /orgs/{org}/teams/{team_slug}/members": 1,
    });
  });

  it("does not count an approval made on an older commit", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    governanceReads(gh, [{ login: "olivia-po", state: "APPROVED", commitId: NEXT_SHA }]);
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened", { org: true }));

    expect(created.body).toMatchObject({ conclusion: "failure" });
    expect((created.body as CheckRunBody).output.summary).toMatch(/older commit/);
  });

  it("skips teams in a user's repository: only listed users hold the role", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ROLES_CONFIG);
    gh.files(PR_NUMBER, ["CODEOWNERS"]);
    gh.reviews(PR_NUMBER, [{ login: "pete-pm", state: "APPROVED", commitId: HEAD_SHA }]);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened"));

    expect(created.body).toMatchObject({ conclusion: "success" });
    expect(app.logged(40).map((line) => line.msg)).toContainEqual(
      expect.stringMatching(/roles.po.teams lists "product-owners"/),
    );
  });

  it("re-evaluates when a review is submitted", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    governanceReads(gh, [{ login: "olivia-po", state: "APPROVED", commitId: HEAD_SHA }], {
      lookup: true,
    });
    const created = gh.createCheckRun();

    await app.receive("pull_request_review", reviewEvent("submitted", { org: true }));

    expect(created.body).toMatchObject({ conclusion: "success" });
  });
});

describe("governance files past GitHub's file list limit", () => {
  /** 3,000 ordinary files that sort before `.github/`, as GitHub would list them. */
  const MANY = Array.from({ length: 3_000 }, (_, i) => `.a/${String(i).padStart(4, "0")}.ts`);

  /**
   * The reads of a PR whose file list GitHub cut: reviews and roles (a
   * governance file may be among the missing), and the PR's own config at
   * its head (the PR's config may be too), which `headConfig` answers.
   */
  function cutListReads(
    reviews: { login: string; state: string; commitId: string }[],
    headConfig: string | null = null,
  ) {
    const gh = new GitHubMock().token();
    gh.config(ROLES_CONFIG);
    gh.files(PR_NUMBER, MANY);
    gh.reviews(PR_NUMBER, reviews);
    gh.teamMembers(OWNER, "product-owners", ["paula-po"]);
    // The PR's own file is read alone: no organisation fallback for it.
    gh.config(headConfig, { ref: HEAD_SHA, org: false });
    return gh;
  }

  it("fails closed when GitHub lists fewer files than the PR changes", async () => {
    const app = await createTestApp();
    const gh = cutListReads([]);
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    const event = pullRequestEvent("opened", { org: true, changedFiles: 3_001 });
    await app.receive("pull_request", event);

    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.summary).toContain(
      "GitHub listed only 3,000 of this PR's 3,001 changed files",
    );
  });

  it("passes such a PR once a role holder approves it on its head", async () => {
    const app = await createTestApp();
    const gh = cutListReads([{ login: "paula-po", state: "APPROVED", commitId: HEAD_SHA }]);
    const created = gh.createCheckRun();

    const event = pullRequestEvent("opened", { org: true, changedFiles: 3_001 });
    await app.receive("pull_request", event);

    expect(created.body).toMatchObject({ conclusion: "success" });
  });

  it("takes a list of exactly 3,000 files as cut even when the PR's count is not known", async () => {
    const app = await createTestApp();
    const gh = cutListReads([], "rules:\n  no-such-rule: {}\n");
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    const event = pullRequestEvent("opened", { org: true });
    delete event.pull_request.changed_files;
    await app.receive("pull_request", event);

    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.summary).toContain("GitHub listed only 3,000 of this PR's changed files");
    // The PR's own config, which the cut list may hide, is still validated.
    expect(body.output.summary).toContain("This PR's `.github/pilot-gate.yml` is invalid");
  });
});

describe("adopting pilot-gate: the PR that adds the config", () => {
  /** A repository with no config anywhere, and a PR adding it, reviewed as given. */
  function adoptionReads(
    gh: GitHubMock,
    reviews: { login: string; state: string; commitId: string }[],
  ) {
    gh.config(null);
    gh.files(PR_NUMBER, [{ filename: ".github/pilot-gate.yml", status: "added" }]);
    gh.reviews(PR_NUMBER, reviews);
    gh.config("roles:\n  po:\n    users: [paula-po]\n", { ref: HEAD_SHA });
  }

  it("passes with a fresh approval from a maintainer, reading each approver's permission once", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    adoptionReads(gh, [
      { login: "wes-writer", state: "APPROVED", commitId: HEAD_SHA },
      { login: "mia-maintainer", state: "COMMENTED", commitId: HEAD_SHA },
      { login: "mia-maintainer", state: "APPROVED", commitId: HEAD_SHA },
      { login: "old-olga", state: "APPROVED", commitId: NEXT_SHA },
    ]);
    gh.permission("wes-writer", "write").permission("mia-maintainer", "maintain");
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened"));

    expect(created.body).toMatchObject({ conclusion: "success" });
    // Only the fresh approvals' permissions, one request per reviewer.
    expect(
      countRequests().byOperation["GET /repos/{owner}/{repo}/collaborators/{username}/permission"],
    ).toBe(2);
  });

  it("fails without one, and the finding says a maintainer or admin may approve and why", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    adoptionReads(gh, [{ login: "wes-writer", state: "APPROVED", commitId: HEAD_SHA }]);
    gh.permission("wes-writer", "write");
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened"));

    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.summary).toContain(
      "The default branch has no pilot-gate config yet, so no role can approve governance changes: an approving review from someone with maintain or admin permission on the repository counts instead.",
    );
    expect(body.output.summary).toContain("(write permission), which is not maintain or admin.");
  });

  it("reads no permission while nobody has approved", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    adoptionReads(gh, [{ login: "wes-writer", state: "COMMENTED", commitId: HEAD_SHA }]);
    gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened"));

    expect(
      countRequests().byOperation["GET /repos/{owner}/{repo}/collaborators/{username}/permission"],
    ).toBeUndefined();
  });

  it("counts a maintainer while the config's roles name nobody, and only then", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("roles:\n  po:\n    users: []\n");
    gh.files(PR_NUMBER, ["CODEOWNERS"]);
    gh.reviews(PR_NUMBER, [{ login: "ada-admin", state: "APPROVED", commitId: HEAD_SHA }]);
    gh.permission("ada-admin", "admin");
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened"));

    expect(created.body).toMatchObject({ conclusion: "success" });
  });
});
