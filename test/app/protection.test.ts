import { describe, expect, it } from "vitest";
import {
  classicProtectionBody,
  defaultProtectionConfig,
  desiredProtection,
  type ProtectionSettings,
} from "../../core/protection/index.js";
import {
  APP_ID,
  type CheckRunBody,
  countRequests,
  GitHubMock,
  REPO_PATH,
  useGitHubMock,
} from "./helpers/github.js";
import {
  branchProtectionRuleEvent,
  checkRunEvent,
  HEAD_SHA,
  installationEvent,
  installationRepositoriesEvent,
  pushEvent,
  RULE_UPDATED_AT,
  repositoryRulesetEvent,
} from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";
import { classicResponse } from "./helpers/protection.js";

useGitHubMock();

const WANT = desiredProtection(defaultProtectionConfig(), "required-check", APP_ID).settings;
const DRIFT = "pilot-gate:protection-drift";
const REPORT_CONFIG = "protection:\n  drift: report\n";

/** GET .../protection as GitHub answers it for `settings`, as a `protection` mock answer. */
function protected_(settings: ProtectionSettings, branch = "main") {
  return { body: classicResponse(settings, branch) };
}

const HAND_EDITED = { ...WANT, approvingReviews: 0 };

describe("installation: applies protection: to a repository with none", () => {
  it("one PUT per branch, then the check Applied with the Scorecard tier: 11 requests", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.repository("main");
    gh.config(null, { ref: "main" });
    gh.protection("main", "unprotected").protection("develop", "unprotected");
    const puts = [gh.putProtection("main"), gh.putProtection("develop")];
    gh.branchHead("main", HEAD_SHA);
    const check = gh.createCheckRun(3001);

    await app.receive("installation", installationEvent("olivia-owner"));

    expect(puts.map((p) => p.calls)).toEqual([1, 1]);
    expect(puts[0]?.body).toEqual(classicProtectionBody(WANT));
    const body = check.body as CheckRunBody;
    expect(body).toMatchObject({
      name: "pilot-gate/protection",
      head_sha: HEAD_SHA,
      conclusion: "success",
    });
    expect(body.output.title).toMatch(
      /^Protection applied; Scorecard tier \d \(\d+(\.\d+)?\/10\)$/,
    );
    expect(body.output.summary).toContain("| `main` | ✅ Applied | classic | tier");
    expect(body.output.summary).toContain("`installation.created` by @\u200bolivia-owner");
    expect(JSON.parse(body.output.text?.replace(/^```json\n|\n```\n$/g, "") ?? "")).toMatchObject({
      status: "Applied",
      dry_run: false,
    });
    // No config in the repository: its organisation's `.github` is asked too.
    expect(countRequests()).toEqual({
      total: 11,
      byOperation: {
        "GET /repos/{owner}/{repo}": 1,
        "GET /repos/{owner}/{repo}/contents/{path}": 2,
        "GET /repos/{owner}/{repo}/branches/{branch}/protection": 2,
        "GET /repos/{owner}/{repo}/rules/branches/{branch}": 2,
        "PUT /repos/{owner}/{repo}/branches/{branch}/protection": 2,
        "GET /repos/{owner}/{repo}/branches/{branch}": 1,
        "POST /repos/{owner}/{repo}/check-runs": 1,
      },
    });
  });

  it("installation_repositories.added syncs each added repository", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.repository("master");
    gh.config(null);
    gh.protection("main", protected_(WANT)).protection("develop", protected_(WANT, "develop"));
    gh.branchHead("master", HEAD_SHA);
    const check = gh.createCheckRun(3002);

    await app.receive("installation_repositories", installationRepositoriesEvent());

    expect(check.body).toMatchObject({ conclusion: "success" });
    expect(
      countRequests().byOperation["PUT /repos/{owner}/{repo}/branches/{branch}/protection"],
    ).toBe(undefined);
  });

  it("links the check to the site's protection trend when site.url is set", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.repository("master");
    gh.config("site:\n  url: https://acme.github.io/app\n");
    gh.protection("main", protected_(WANT)).protection("develop", protected_(WANT, "develop"));
    gh.branchHead("master", HEAD_SHA);
    const check = gh.createCheckRun(3004);

    await app.receive("installation_repositories", installationRepositoriesEvent());

    expect(check.body).toMatchObject({
      conclusion: "success",
      details_url: "https://acme.github.io/app/trends.html#protection-tiers",
    });
  });

  it("a branch that does not exist yet is Missing, says to create it, and gets no write", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.repository("main");
    gh.config(null, { ref: "main" });
    gh.protection("main", "unprotected").protection("develop", "missing");
    const put = gh.putProtection("main");
    gh.branchHead("main", HEAD_SHA);
    const check = gh.createCheckRun(3003);

    await app.receive("installation", installationEvent());

    expect(put.calls).toBe(1);
    const body = check.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.title).toMatch(/^Protection missing/);
    expect(body.output.summary).toContain("| `develop` | ❌ Missing |");
    expect(body.output.summary).toContain("branch develop does not exist: create the branch first");
  });

  it("without administration permission (403) the check says Permission needed; nothing is written", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.repository("main");
    gh.config(null, { ref: "main" });
    const denied = { status: 403, message: "Resource not accessible by integration" };
    gh.protection("main", denied).protection("develop", denied);
    gh.branchHead("main", HEAD_SHA);
    const check = gh.createCheckRun(3004);

    await app.receive("installation", installationEvent());

    const body = check.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.title).toMatch(/^Protection permission needed/);
    expect(body.output.summary).toContain("🔒 Permission needed");
    expect(body.output.summary).toContain("Permission needed: administration: write");
  });

  it("a 422 on write is an Error carrying GitHub's message, not a crash", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.repository("main");
    gh.config(null, { ref: "main" });
    gh.protection("main", "unprotected").protection("develop", protected_(WANT, "develop"));
    gh.putProtection("main", 422, "Validation Failed: linear history requires squash merging");
    gh.branchHead("main", HEAD_SHA);
    const check = gh.createCheckRun(3005);

    await app.receive("installation", installationEvent());

    const body = check.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.summary).toContain(
      "(422): Validation Failed: linear history requires squash merging",
    );
    expect(body.output.summary).toContain("### Writes that failed");
    expect(app.logged(50)).toEqual([]);
  });

  it("on a plan without protection for private repositories the status is Unavailable", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.repository("main");
    gh.config(null, { ref: "main" });
    const plan = {
      status: 403,
      message: "Upgrade to GitHub Pro or make this repository public to enable this feature.",
    };
    gh.protection("main", plan).protection("develop", plan);
    gh.branchHead("main", HEAD_SHA);
    const check = gh.createCheckRun(3006);

    await app.receive("installation", installationEvent());

    const body = check.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.summary).toContain("⛔ Unavailable");
    expect(body.output.summary).toContain("Make the repository public or move it to a plan");
  });

  it("dry run reads and logs the plan, writes nothing", async () => {
    const app = await createTestApp({ dryRun: true });
    const gh = new GitHubMock().token();
    gh.repository("main");
    gh.config(null, { ref: "main" });
    gh.protection("main", "unprotected").protection("develop", "unprotected");

    await app.receive("installation", installationEvent());

    // The protection writes, then the check on the default branch's head (not read in a dry run).
    const writes = app.logs.filter((l) => l.dryRun === true).flatMap((l) => l.writes);
    expect(writes).toEqual([
      `PUT ${REPO_PATH}/branches/main/protection; PUT ${REPO_PATH}/branches/develop/protection`,
      expect.stringMatching(
        /^create check run "pilot-gate\/protection" on the head of main: failure, "Protection missing/,
      ),
    ]);
    expect(countRequests().total).toBe(7);
  });
});

describe("hand edits (branch_protection_rule, repository_ruleset)", () => {
  it("enforce: re-applies in one write and records who changed what, when: 9 requests", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.protection("main", protected_(HAND_EDITED)).protection(
      "develop",
      protected_(WANT, "develop"),
    );
    const put = gh.putProtection("main");
    gh.branchHead("master", HEAD_SHA);
    const check = gh.createCheckRun(4001);

    await app.receive("branch_protection_rule", branchProtectionRuleEvent("edited"));

    expect(put.calls).toBe(1);
    const body = check.body as CheckRunBody;
    expect(body.conclusion).toBe("success");
    expect(body.output.summary).toContain("### Receipt");
    expect(body.output.summary).toContain(
      `\`branch_protection_rule.edited\` by @\u200bmaintainer-mia at ${RULE_UPDATED_AT}; pilot-gate re-applied the config (\`drift: enforce\`).`,
    );
    expect(body.output.summary).toContain("| `main` | `required_approving_reviews` | 0 | 1 |");
    // Two config reads: the repository has none, so its organisation's is asked.
    expect(countRequests().total).toBe(9);
  });

  it("enforce: a repository_ruleset change is re-checked the same way", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.protection("main", protected_(WANT)).protection("develop", "unprotected");
    const put = gh.putProtection("develop");
    gh.branchHead("master", HEAD_SHA);
    const check = gh.createCheckRun(4002);

    await app.receive(
      "repository_ruleset",
      repositoryRulesetEvent("deleted", { login: "dev-dan" }),
    );

    expect(put.calls).toBe(1);
    expect((check.body as CheckRunBody).output.summary).toContain(
      "`repository_ruleset.deleted` by @\u200bdev-dan",
    );
  });

  it("report: no write, the drift issue is opened; once fixed, it is closed", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(REPORT_CONFIG);
    gh.protection("main", protected_(HAND_EDITED)).protection(
      "develop",
      protected_(WANT, "develop"),
    );
    gh.branchHead("master", HEAD_SHA);
    gh.issuesByLabel(DRIFT);
    const opened = gh.createIssue(77);
    const check = gh.createCheckRun(4003);

    await app.receive("branch_protection_rule", branchProtectionRuleEvent("edited"));

    expect(opened.body).toMatchObject({
      title: "pilot-gate: branch protection drift",
      labels: [DRIFT],
    });
    const issueBody = (opened.body as { body: string }).body;
    expect(issueBody).toContain("| `required_approving_reviews` | 0 | 1 |");
    expect(issueBody).toContain("by @\u200bmaintainer-mia");
    const first = check.body as CheckRunBody;
    expect(first.conclusion).toBe("failure");
    expect(first.output.title).toMatch(/^Protection drifted/);
    expect(first.output.summary).toContain("see #77");
    expect(
      countRequests().byOperation["PUT /repos/{owner}/{repo}/branches/{branch}/protection"],
    ).toBe(undefined);

    // Someone restores the setting by hand: the issue closes (the config is still cached).
    gh.protection("main", protected_(WANT)).protection("develop", protected_(WANT, "develop"));
    gh.branchHead("master", HEAD_SHA);
    gh.issuesByLabel(DRIFT, [{ number: 77, body: issueBody }]);
    const closed = gh.updateIssue(77);
    const second = gh.createCheckRun(4004);

    await app.receive("branch_protection_rule", branchProtectionRuleEvent("edited"));

    expect(closed.body).toMatchObject({ state: "closed", state_reason: "completed" });
    expect((closed.body as { body: string }).body).toMatch(/^\*\*Resolved\*\*/);
    expect(second.body).toMatchObject({ conclusion: "success" });
  });

  it("report: drift that is still there updates the issue only when what it lists changed", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(REPORT_CONFIG);
    gh.protection("main", protected_(HAND_EDITED)).protection(
      "develop",
      protected_(WANT, "develop"),
    );
    gh.branchHead("master", HEAD_SHA);
    gh.issuesByLabel(DRIFT, [{ number: 77, body: "older drift" }]);
    const updated = gh.updateIssue(77);
    gh.createCheckRun(4005);

    await app.receive("branch_protection_rule", branchProtectionRuleEvent("deleted"));

    expect(updated.body).not.toHaveProperty("state");
    expect((updated.body as { body: string }).body).toContain("branch_protection_rule.deleted");
  });

  it("ignores the App's own writes echoing back, so it never loops: 1 request, once per process", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock();
    gh.appSlug("pilot-gate");

    await app.receive(
      "branch_protection_rule",
      branchProtectionRuleEvent("edited", { login: "pilot-gate[bot]", type: "Bot" }),
    );
    await app.receive(
      "repository_ruleset",
      repositoryRulesetEvent("edited", { login: "pilot-gate[bot]", type: "Bot" }),
    );

    expect(countRequests()).toEqual({ total: 1, byOperation: { "GET /app": 1 } });
  });

  it("another app's bot is a hand edit like any other", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.appSlug("pilot-gate");
    gh.config(null);
    gh.protection("main", protected_(WANT)).protection("develop", protected_(WANT, "develop"));
    gh.branchHead("master", HEAD_SHA);
    const check = gh.createCheckRun(4006);

    await app.receive(
      "branch_protection_rule",
      branchProtectionRuleEvent("edited", { login: "renovate[bot]", type: "Bot" }),
    );

    expect(check.body).toMatchObject({ conclusion: "success" });
  });

  it("a failure reading the config becomes a failing check that says what to do", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("protection:\n  drift: sometimes\n");
    gh.branchHead("master", HEAD_SHA);
    const check = gh.createCheckRun(4007);

    await app.receive("branch_protection_rule", branchProtectionRuleEvent("edited"));

    const body = check.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.title).toMatch(/^Protection not checked: the config on master is invalid/);
  });
});

describe("check_run.rerequested on the pilot-gate/protection check", () => {
  it("syncs again, with the check on the default branch's head", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.protection("main", protected_(HAND_EDITED)).protection(
      "develop",
      protected_(WANT, "develop"),
    );
    const put = gh.putProtection("main");
    gh.branchHead("master", HEAD_SHA);
    const check = gh.createCheckRun(6001);

    await app.receive(
      "check_run",
      checkRunEvent("rerequested", { name: "pilot-gate/protection", sha: "e5".repeat(20) }),
    );

    expect(put.calls).toBe(1);
    expect(check.body).toMatchObject({ head_sha: HEAD_SHA, conclusion: "success" });
  });

  it("another app's check of that name is not ours: no request", async () => {
    const app = await createTestApp();
    await app.receive(
      "check_run",
      checkRunEvent("rerequested", { name: "pilot-gate/protection", appId: 999 }),
    );
    expect(countRequests().total).toBe(0);
  });
});

describe("push that changes the config", () => {
  it("applies it whatever the drift policy, with the check on the pushed commit", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(REPORT_CONFIG);
    gh.protection("main", protected_(HAND_EDITED)).protection("develop", "unprotected");
    const puts = [gh.putProtection("main"), gh.putProtection("develop")];
    gh.issuesByLabel(DRIFT);
    const check = gh.createCheckRun(5001);

    const push = pushEvent({ modified: [".github/pilot-gate.yml"] });
    await app.receive("push", push);

    expect(puts.map((p) => p.calls)).toEqual([1, 1]);
    expect(check.body).toMatchObject({ head_sha: push.after, conclusion: "success" });
    expect((check.body as CheckRunBody).output.summary).toContain("pilot-gate applied the config");
    // config 1, reads 4, writes 2, issue lookup 1, check 1; the head comes with the push.
    expect(countRequests().total).toBe(9);
  });
});
