import { describe, expect, it } from "vitest";
import type { Receipt } from "../../core/index.js";
import { receiptId } from "../../core/overrides.js";
import { readReceipts, withReceipts } from "../../engine/verdict/receipts.js";
import { CARRY_OVER_CONFIG, OVERRIDE_ROLES_CONFIG } from "./helpers/configs.js";
import {
  type CheckRunBody,
  countRequests,
  GitHubMock,
  OWNER,
  recorded,
  useGitHubMock,
} from "./helpers/github.js";
import {
  fingerprintsOn,
  HEAD_SHA,
  issueCommentEvent,
  NEXT_SHA,
  PR_NUMBER,
  pullRequest,
  pullRequestEvent,
  shownSummary,
} from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

const OVERRIDE =
  "/pilot-gate override branch-name reason: the vendor's release branch keeps its name";
/** A PR that fails only `branch-name`. */
const BAD_BRANCH = { branch: "login-page" };

/** The PR's check as the App wrote it before the comment: the branch-name finding shown. */
const SHOWN = shownSummary(BAD_BRANCH);
/** The one finding a BAD_BRANCH PR has. */
const BRANCH_FINDINGS = fingerprintsOn("branch-name", BAD_BRANCH);

function overrideReads(
  gh: GitHubMock,
  login: string,
  role: string,
  existing: { id: number; summary?: string }[] = [{ id: 1001, summary: SHOWN }],
  config: string | null = null,
) {
  gh.config(config);
  gh.pull(PR_NUMBER, pullRequest(BAD_BRANCH));
  gh.permission(login, role);
  gh.checkRuns(HEAD_SHA, existing);
}

function receipt(fields: Omit<Receipt, "id">): Receipt {
  return { id: receiptId(fields), ...fields };
}

describe("/pilot-gate override", () => {
  it("accepts a maintainer's override: the check passes with the receipt naming what it covers", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    overrideReads(gh, "maintainer-mia", "maintain");
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const updated = gh.updateCheckRun(1001);

    await app.receive("issue_comment", issueCommentEvent(OVERRIDE, { login: "maintainer-mia" }));

    const body = updated.body as CheckRunBody;
    expect(body.conclusion).toBe("success");
    expect(body.output.summary).toContain("Overridden by @\u200bmaintainer-mia");
    expect(body.output.summary).toContain("the vendor's release branch keeps its name");
    const [recordedReceipt] = readReceipts(body.output.summary);
    expect(recordedReceipt).toMatchObject({
      kind: "override",
      ruleId: "branch-name",
      actor: "maintainer-mia",
      sha: HEAD_SHA,
      at: "2024-05-01T10:00:00Z",
      findings: BRANCH_FINDINGS,
    });
    expect(body.output.summary).toContain(`\`${recordedReceipt?.id}\``);
    expect(body.output.summary).toContain(`override of \`${BRANCH_FINDINGS[0]}\``);
    // Config (none in the repository, so its organisation's too), PR template
    // (a 404 and the root tree) and files (cold here), the PR, the
    // permission, the check run (fresh), the check write: no reaction, the
    // check is the answer.
    expect(countRequests().total).toBe(9);
  });

  it("refuses a read-only user politely, records the refusal and says who may override", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    overrideReads(gh, "reader-rob", "read");
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const updated = gh.updateCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    const replied = gh.comment(PR_NUMBER);

    await app.receive("issue_comment", issueCommentEvent(OVERRIDE, { login: "reader-rob" }));

    expect(updated.body).toMatchObject({ conclusion: "failure" });
    expect(readReceipts((updated.body as CheckRunBody).output.summary)).toEqual([
      expect.objectContaining({ kind: "refusal", actor: "reader-rob" }),
    ]);
    const reply = (replied.body as { body: string }).body;
    expect(reply).toMatch(
      /^@reader-rob, thanks for asking, but this override of `branch-name` was not accepted: needs maintain permission/,
    );
    expect(reply).toContain("Who may override here: people with **maintain** permission or higher");
  });

  it("records a redelivered comment once: the second delivery finds its receipt and writes nothing", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    overrideReads(gh, "maintainer-mia", "maintain");
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const updated = gh.updateCheckRun(1001);
    const event = issueCommentEvent(OVERRIDE, { login: "maintainer-mia" });
    await app.receive("issue_comment", event);

    const written = (updated.body as CheckRunBody).output.summary;
    gh.pull(PR_NUMBER, pullRequest(BAD_BRANCH));
    gh.permission("maintainer-mia", "maintain");
    gh.checkRuns(HEAD_SHA, [{ id: 1001, summary: written }]);
    const before = recorded.length;
    await app.receive("issue_comment", event);

    const writes = recorded.slice(before).filter((request) => request.method !== "GET");
    expect(writes).toEqual([]);
    expect(app.logs.map((line) => line.msg)).toContainEqual(
      expect.stringMatching(/already recorded \(redelivered comment\)/),
    );
  });

  it("accepts a role holder from overrides.roles whose permission alone is too low", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    overrideReads(gh, "paula-po", "write", undefined, OVERRIDE_ROLES_CONFIG);
    gh.teamMembers(OWNER, "product-owners", ["paula-po"]);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const updated = gh.updateCheckRun(1001);

    const event = issueCommentEvent(OVERRIDE, { login: "paula-po" });
    event.repository.owner.type = "Organization";
    await app.receive("issue_comment", event);

    expect(updated.body).toMatchObject({ conclusion: "success" });
  });

  it("refuses an override written before the check it would cover: a push came in between", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    // The head's check first showed the finding at 10:05, after the 10:00 comment.
    const later = shownSummary(BAD_BRANCH, { at: "2024-05-01T10:05:00Z" });
    overrideReads(gh, "maintainer-mia", "maintain", [{ id: 1001, summary: later }]);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const updated = gh.updateCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    const replied = gh.comment(PR_NUMBER);

    await app.receive("issue_comment", issueCommentEvent(OVERRIDE, { login: "maintainer-mia" }));

    expect(updated.body).toMatchObject({ conclusion: "failure" });
    expect(readReceipts((updated.body as CheckRunBody).output.summary)).toEqual([
      expect.objectContaining({ kind: "refusal", actor: "maintainer-mia" }),
    ]);
    expect((replied.body as { body: string }).body).toMatch(
      /was not accepted: the PR changed after the comment: .*Read the check again/,
    );
  });

  it("refuses the PR's author an override of governance-files on their own PR", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const raw = pullRequest({ changedFiles: 1 });
    const author = raw.user.login as string;
    gh.config(null);
    gh.pull(PR_NUMBER, raw);
    gh.permission(author, "admin");
    gh.checkRuns(HEAD_SHA, [{ id: 1001 }]);
    gh.files(PR_NUMBER, ["CODEOWNERS"]);
    gh.reviews(PR_NUMBER, []);
    const updated = gh.updateCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    const replied = gh.comment(PR_NUMBER);

    await app.receive(
      "issue_comment",
      issueCommentEvent("/pilot-gate override governance-files reason: my own change", {
        login: author,
      }),
    );

    expect(updated.body).toMatchObject({ conclusion: "failure" });
    expect((replied.body as { body: string }).body).toContain(
      `the author of a PR cannot override "governance-files" on it`,
    );
  });

  it("replies to a malformed command with the syntax, and records nothing", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    const replied = gh.comment(PR_NUMBER);

    await app.receive("issue_comment", issueCommentEvent("/pilot-gate override branch-name"));

    expect((replied.body as { body: string }).body).toMatch(/gives no reason/);
    // The config (the repository's, then its organisation's), the reply.
    expect(countRequests().total).toBe(3);
  });

  it("in dry run, decides and logs but records and replies nothing", async () => {
    const app = await createTestApp({ dryRun: true });
    const gh = new GitHubMock().token();
    overrideReads(gh, "reader-rob", "read");
    gh.files(PR_NUMBER, ["src/login.ts"]);

    await app.receive("issue_comment", issueCommentEvent(OVERRIDE, { login: "reader-rob" }));

    expect(
      recorded.filter((request) => request.method !== "GET" && !request.path.startsWith("/app/")),
    ).toEqual([]);
    expect(app.logs.filter((line) => line.dryRun === true)).toHaveLength(2);
  });

  it("cannot judge overrides under an invalid config: fails the check and says so", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("rules: [\n");
    gh.pull(PR_NUMBER, pullRequest(BAD_BRANCH));
    gh.checkRuns(HEAD_SHA, [{ id: 1001 }]);
    const updated = gh.updateCheckRun(1001);
    const replied = gh.comment(PR_NUMBER);

    await app.receive("issue_comment", issueCommentEvent(OVERRIDE));

    expect((updated.body as CheckRunBody).output.title).toMatch(/^Config error/);
    expect((replied.body as { body: string }).body).toMatch(
      /cannot be judged while `Codertocat\/Hello-World:\.github\/pilot-gate\.yml`/,
    );
  });

  it("ignores comments without a command, on issues, and by bots, without a request", async () => {
    const app = await createTestApp();

    await app.receive("issue_comment", issueCommentEvent("LGTM"));
    // An issue with no label cannot be an incident, so not even the config is read.
    const onIssue = issueCommentEvent(OVERRIDE, { onPullRequest: false });
    onIssue.issue.labels = [];
    await app.receive("issue_comment", onIssue);
    await app.receive("issue_comment", issueCommentEvent(OVERRIDE, { userType: "Bot" }));

    expect(recorded).toEqual([]);
  });

  it("carries an override to the next push under overrides.carry_over", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const earlier = receipt({
      kind: "override",
      ruleId: "branch-name",
      actor: "maintainer-mia",
      reason: "vendor branch",
      sha: HEAD_SHA,
      at: "2024-05-01T10:00:00Z",
      findings: BRANCH_FINDINGS,
    });
    gh.config(CARRY_OVER_CONFIG);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    // The new head has no run to look up; the previous head's receipts are asked of GitHub.
    gh.checkRuns(HEAD_SHA, [{ id: 1001, summary: withReceipts("## earlier verdict", [earlier]) }]);
    const created = gh.createCheckRun(1002);

    await app.receive(
      "pull_request",
      pullRequestEvent("synchronize", { ...BAD_BRANCH, sha: NEXT_SHA, before: HEAD_SHA }),
    );

    const body = created.body as CheckRunBody;
    expect(body).toMatchObject({ head_sha: NEXT_SHA, conclusion: "success" });
    expect(readReceipts(body.output.summary)).toEqual([earlier]);
    // carry_over's cost: one lookup of the previous head's run, on top of config,
    // PR template (a 404 and the root tree), files, POST.
    expect(countRequests().total).toBe(6);
  });

  it("under carry_over, carries from memory when this App judged the previous head", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(CARRY_OVER_CONFIG);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const posted = gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("opened", BAD_BRANCH));

    // The override, after the check was posted: recorded on the run this App
    // posted (looked up afresh, as overrides are), with the config cached.
    gh.pull(PR_NUMBER, pullRequest({ ...BAD_BRANCH, labels: ["NO_MERGE"] }));
    gh.permission("maintainer-mia", "maintain");
    gh.checkRuns(HEAD_SHA, [{ id: 1001, summary: (posted.body as CheckRunBody).output.summary }]);
    gh.labelEvents(PR_NUMBER, [
      { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
    ]);
    const updated = gh.updateCheckRun(1001);
    gh.removeLabel(PR_NUMBER, "NO_MERGE");
    await app.receive(
      "issue_comment",
      issueCommentEvent(OVERRIDE, { login: "maintainer-mia", createdAt: "2024-05-01T12:30:00Z" }),
    );
    const [accepted] = readReceipts((updated.body as CheckRunBody).output.summary);

    // The push: files and the POST only; the previous head's receipts come from memory.
    const before = recorded.length;
    gh.files(PR_NUMBER, ["src/login.ts", "src/logout.ts"]);
    const created = gh.createCheckRun(1002);
    await app.receive(
      "pull_request",
      pullRequestEvent("synchronize", { ...BAD_BRANCH, sha: NEXT_SHA, before: HEAD_SHA }),
    );

    const body = created.body as CheckRunBody;
    expect(body).toMatchObject({ head_sha: NEXT_SHA, conclusion: "success" });
    expect(readReceipts(body.output.summary)).toEqual([accepted]);
    expect(countRequests(recorded.slice(before)).total).toBe(2);
  });

  it("keeps receipts on the next evaluation of the same commit", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const accepted = receipt({
      kind: "override",
      ruleId: "branch-name",
      actor: "maintainer-mia",
      reason: "vendor branch",
      sha: HEAD_SHA,
      at: "2024-05-01T10:00:00Z",
      findings: BRANCH_FINDINGS,
    });
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.checkRuns(HEAD_SHA, [
      { id: 1002, summary: "## could not evaluate" },
      { id: 1001, summary: withReceipts("## verdict", [accepted]) },
    ]);
    const updated = gh.updateCheckRun(1002);

    await app.receive("pull_request", pullRequestEvent("edited", BAD_BRANCH));

    expect(updated.body).toMatchObject({ conclusion: "success" });
    expect(readReceipts((updated.body as CheckRunBody).output.summary)).toEqual([accepted]);
  });
});
