import { describe, expect, it } from "vitest";
import { BAD_BODY } from "./helpers/configs.js";
import { countRequests, GitHubMock, requestsSince, useGitHubMock } from "./helpers/github.js";
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

    // opened, failing: config + files + check run lookup + POST check + POST label.
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.checkRuns(HEAD_SHA);
    gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    expect(await cost("pull_request", pullRequestEvent("opened", { body: BAD_BODY }))).toBe(5);

    // The App's own label comes back as a labeled event: who labeled it, and nothing to write.
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
    ]);
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
    ).toBe(1);

    // An unrelated label: nothing at all.
    expect(
      await cost(
        "pull_request",
        pullRequestEvent("labeled", { labels: ["NO_MERGE", "bug"], label: "bug" }),
      ),
    ).toBe(0);

    // A review when no governance file changed: who labeled, and nothing to write.
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
    ]);
    expect(
      await cost(
        "pull_request_review",
        reviewEvent("submitted", { body: BAD_BODY, labels: ["NO_MERGE"] }),
      ),
    ).toBe(1);

    // edited, fixed: who labeled + PATCH check + DELETE label.
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
    ]);
    gh.updateCheckRun(1001);
    gh.removeLabel(PR_NUMBER, "NO_MERGE");
    expect(await cost("pull_request", pullRequestEvent("edited", { labels: ["NO_MERGE"] }))).toBe(
      3,
    );

    // synchronize, passing: new commit, so new files and a new check run.
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.checkRuns(NEXT_SHA);
    gh.createCheckRun(1002);
    expect(await cost("pull_request", pullRequestEvent("synchronize", { sha: NEXT_SHA }))).toBe(3);

    // Re-run: the PR, the config revalidated, the check run looked up afresh; unchanged, so no write.
    gh.pull(PR_NUMBER, pullRequest({ sha: NEXT_SHA }));
    gh.config(null);
    gh.checkRuns(NEXT_SHA, [{ id: 1002 }]);
    gh.updateCheckRun(1002);
    expect(await cost("check_run", checkRunEvent("rerequested", { sha: NEXT_SHA }))).toBe(4);

    // Merge group: the PR, check runs on the group and on the PR head (known), POST on the group.
    gh.pull(PR_NUMBER, pullRequest({ sha: NEXT_SHA }));
    gh.checkRuns(GROUP_SHA);
    gh.createCheckRun(2001);
    expect(await cost("merge_group", mergeGroupEvent())).toBe(3);

    // Override: config revalidated, the PR, the commenter's role, the check run afresh, PATCH, 👍.
    gh.config(null);
    gh.pull(PR_NUMBER, pullRequest({ sha: NEXT_SHA, branch: "login-page" }));
    gh.permission("maintainer-mia", "maintain");
    gh.checkRuns(NEXT_SHA, [{ id: 1002 }]);
    gh.updateCheckRun(1002);
    gh.reaction(492700400);
    expect(
      await cost(
        "issue_comment",
        issueCommentEvent("/pilot-gate override branch-name reason: vendor branch", {
          login: "maintainer-mia",
        }),
      ),
    ).toBe(6);
  });
});
