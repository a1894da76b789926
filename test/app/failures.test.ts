import { describe, expect, it } from "vitest";
import { type CheckRunBody, countRequests, GitHubMock, useGitHubMock } from "./helpers/github.js";
import { ENABLED, listIssues, riskReads } from "./helpers/incidents.js";
import { HEAD_SHA, NEXT_SHA, PR_NUMBER, pullRequestEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

/** A push to the PR: the previous head's run says how many commits in a row failed before. */
function push(gh: GitHubMock, previous: string) {
  gh.config(ENABLED);
  gh.files(PR_NUMBER, ["src/login.ts"]);
  gh.checkRuns(HEAD_SHA, [{ id: 3001, summary: `${previous}\n## ❌ NO_MERGE` }]);
  riskReads(gh, {});
}

/** The PR's open escalation issue, as the App wrote it. */
const escalationIssue = () => ({
  number: 90,
  title: "t",
  body: `old\n<!-- pilot-gate:failures #${PR_NUMBER} -->`,
  user: { login: "pilot-gate[bot]", type: "Bot" },
  labels: [{ name: "escalation:tech-lead" }],
  created_at: "2024-05-01T11:00:00Z",
  closed_at: null,
  html_url: "https://github.com/Codertocat/Hello-World/issues/90",
});

const failingPush = (labels: string[] = []) =>
  pullRequestEvent("synchronize", { sha: NEXT_SHA, before: HEAD_SHA, body: null, labels });

describe("required-check failing on consecutive commits (incidents.consecutive_failures)", () => {
  it("opens an escalation issue on the third failing commit in a row, and says so in the check", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    push(gh, "<!-- pilot-gate:streak 1 2 -->");
    listIssues(gh, "escalation:tech-lead", []);
    const opened = gh.createIssue(90);
    const check = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", failingPush());

    const issue = opened.body as { title: string; body: string; labels: string[] };
    expect(issue.title).toBe(`required-check failed 3 times in a row on #${PR_NUMBER}`);
    expect(issue.labels).toEqual(["escalation:tech-lead"]);
    expect(issue.body).toContain(`<!-- pilot-gate:failures #${PR_NUMBER} -->`);
    const summary = (check.body as CheckRunBody).output.summary;
    expect(summary.startsWith("<!-- pilot-gate:streak 2 3 -->\n")).toBe(true);
    expect(summary).toContain("Escalated: failed on 3 commits in a row");
    expect(app.logged(50)).toEqual([]);
  });

  it("updates the PR's open escalation issue rather than opening another", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    push(gh, "<!-- pilot-gate:streak 2 3 -->");
    listIssues(gh, "escalation:tech-lead", [escalationIssue()]);
    const updated = gh.updateIssue(90);
    gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", failingPush());

    expect((updated.body as { body: string }).body).toContain("failed on 4 commits in a row");
    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/issues"]).toBeUndefined();
  });

  it("counts nothing new when the same commit is judged again", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    push(gh, "<!-- pilot-gate:streak 1 2 -->");
    listIssues(gh, "escalation:tech-lead", []);
    gh.createIssue(90);
    gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", failingPush());

    // An edit that changes nothing the rules read: same streak, no write at all.
    // The App added NO_MERGE itself, so it knows whose label it is without asking.
    riskReads(gh, {});
    await app.receive(
      "pull_request",
      pullRequestEvent("edited", { sha: NEXT_SHA, body: null, labels: ["NO_MERGE"] }),
    );

    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/issues"]).toBe(1);
    expect(app.logs.some((line) => /is unchanged, not written/.test(line.msg))).toBe(true);
  });

  it("a passing commit ends the streak and closes the PR's escalation issue", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    push(gh, "<!-- pilot-gate:streak 2 3 -->");
    listIssues(gh, "escalation:tech-lead", [escalationIssue()]);
    const closed = gh.updateIssue(90);
    const check = gh.createCheckRun(1001);

    await app.receive(
      "pull_request",
      pullRequestEvent("synchronize", { sha: NEXT_SHA, before: HEAD_SHA }),
    );

    const body = check.body as CheckRunBody;
    expect(body.conclusion).toBe("success");
    expect(body.output.summary.startsWith("<!-- pilot-gate:streak 3 0 -->\n")).toBe(true);
    const update = closed.body as { body: string; state: string; state_reason: string };
    expect(update).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(update.body).toContain(
      `is back on track: \`required-check\` passed on ${NEXT_SHA.slice(0, 7)} after failing on 3 commits in a row`,
    );
    expect(update.body).toContain(`<!-- pilot-gate:failures #${PR_NUMBER} -->`);
  });

  it("closes nothing when a person closed the escalation issue already", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    push(gh, "<!-- pilot-gate:streak 2 3 -->");
    listIssues(gh, "escalation:tech-lead", []);
    gh.createCheckRun(1001);

    await app.receive(
      "pull_request",
      pullRequestEvent("synchronize", { sha: NEXT_SHA, before: HEAD_SHA }),
    );

    expect(
      countRequests().byOperation["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    ).toBeUndefined();
  });

  it("looks for no escalation issue after a streak shorter than the limit", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    push(gh, "<!-- pilot-gate:streak 1 2 -->");
    gh.createCheckRun(1001);

    await app.receive(
      "pull_request",
      pullRequestEvent("synchronize", { sha: NEXT_SHA, before: HEAD_SHA }),
    );

    // The incident lists only (critical, freeze, the story's high and medium): no escalation issue.
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/issues"]).toBe(7);
  });

  it("keeps no streak while the protocol is off", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const check = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", failingPush());

    expect((check.body as CheckRunBody).output.summary).not.toContain("pilot-gate:streak");
  });
});
