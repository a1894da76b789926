import { describe, expect, it } from "vitest";
import { readFreezeRecord } from "../../core/incidents/index.js";
import { type CheckRunBody, countRequests, GitHubMock, useGitHubMock } from "./helpers/github.js";
import {
  ENABLED,
  issue,
  listIssues,
  listIssuesSince,
  listPulls,
  riskReads,
  TRIGGER_SINCE,
  triggerReads,
} from "./helpers/incidents.js";
import { issueCommentEvent, issuesEvent, PR_NUMBER, pullRequestEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;

const COMMENTED_AT = "2024-05-01T10:00:00Z";

/** A freeze issue as the App opened it: authored by its bot, with the body it wrote. */
function appIssue(
  number: number,
  created: { title: string; body: string; labels: string[] },
): Json {
  const item = issue(number, created.title, created.labels, "pilot-gate[bot]");
  item.user.type = "Bot";
  item.body = created.body;
  return item;
}

function freezeComment(body: string, number = 5, login = "maintainer-mia"): Json {
  return issueCommentEvent(body, { number, login, onPullRequest: false, createdAt: COMMENTED_AT });
}

describe("/pilot-gate freeze and unfreeze", () => {
  it("opens a freeze issue with a receipt, and every PR's check then cites who froze and the receipt", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.permission("maintainer-mia", "maintain");
    listIssues(gh, "pilot-gate:freeze", []);
    const opened = gh.createIssue(80);
    const reply = gh.comment(5);

    await app.receive(
      "issue_comment",
      freezeComment("/pilot-gate freeze launch rehearsal until 14:00"),
    );

    const created = opened.body as { title: string; body: string; labels: string[] };
    expect(created.title).toBe("Merge freeze: launch rehearsal until 14:00");
    expect(created.labels).toEqual(["pilot-gate:freeze"]);
    const record = readFreezeRecord(created.body);
    expect(record).toMatchObject({
      kind: "freeze",
      actor: "maintainer-mia",
      at: COMMENTED_AT,
      reason: "launch rehearsal until 14:00",
      source: 5,
    });
    expect(record?.receipt).toMatch(/^pg-[0-9a-f]{16}$/);
    const answer = (reply.body as { body: string }).body;
    expect(answer).toContain("#80");
    expect(answer).toContain(record?.receipt);

    // A PR opened while the freeze issue is open fails, citing the receipt.
    gh.files(PR_NUMBER, ["src/login.ts"]);
    riskReads(gh, { freeze: [appIssue(80, created)] });
    const check = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("opened"));
    const summary = (check.body as CheckRunBody).output.summary;
    expect((check.body as CheckRunBody).conclusion).toBe("failure");
    expect(summary).toContain("launch rehearsal until 14:00");
    expect(summary).toContain(`frozen by @\u200bmaintainer-mia at ${COMMENTED_AT}`);
    expect(summary).toContain(record?.receipt);
    expect(app.logged(50)).toEqual([]);
  });

  it("changes nothing when the same comment is delivered again", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.permission("maintainer-mia", "maintain");
    listIssues(gh, "pilot-gate:freeze", []);
    const opened = gh.createIssue(80);
    gh.comment(5);
    const event = freezeComment("/pilot-gate freeze launch rehearsal");
    await app.receive("issue_comment", event);

    gh.config(ENABLED);
    gh.permission("maintainer-mia", "maintain");
    listIssues(gh, "pilot-gate:freeze", [appIssue(80, opened.body as Json)]);
    await app.receive("issue_comment", event);

    expect(opened.calls).toBe(1);
    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/issues"]).toBe(1);
    expect(
      countRequests().byOperation["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    ).toBe(1);
  });

  it.each([
    [
      "someone below incidents.freeze_permission is refused, saying who may",
      ENABLED,
      "/pilot-gate freeze no merges today",
      "write",
      /only be frozen and unfrozen here by people with \*\*maintain\*\* permission or higher[\s\S]*you have write/,
    ],
    [
      "a freeze with no reason is answered with the syntax",
      ENABLED,
      "/pilot-gate freeze",
      undefined,
      /could not read that command: The freeze gives no reason.*\/pilot-gate freeze <reason>/,
    ],
    [
      "a freeze while the protocol is off says how to turn it on",
      null,
      "/pilot-gate freeze no merges today",
      undefined,
      /incident protocol is off.*incidents\.enabled: true/,
    ],
  ] as const)("%s", async (_name, config, body, permission, expected) => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(config);
    if (permission) gh.permission("maintainer-mia", permission);
    const reply = gh.comment(5);

    await app.receive("issue_comment", freezeComment(body));

    expect((reply.body as { body: string }).body).toMatch(expected);
    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/issues"]).toBeUndefined();
  });

  it("ignores a command quoted in a code block, and any bot's comment", async () => {
    const app = await createTestApp();

    const quoted = freezeComment("```\n/pilot-gate freeze example\n```");
    // Unlabelled, so it cannot be an incident either: nothing is read at all.
    quoted.issue.labels = [];
    await app.receive("issue_comment", quoted);
    const bot = issueCommentEvent("/pilot-gate freeze x", {
      number: 5,
      userType: "Bot",
      onPullRequest: false,
    });
    await app.receive("issue_comment", bot);

    expect(countRequests().total).toBe(0);
  });

  it("unfreeze on the issue the freeze came from closes the freeze issue with the lift's receipt", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.permission("maintainer-mia", "maintain");
    listIssues(gh, "pilot-gate:freeze", []);
    const opened = gh.createIssue(80);
    gh.comment(5);
    await app.receive("issue_comment", freezeComment("/pilot-gate freeze launch rehearsal"));

    gh.config(ENABLED);
    gh.permission("lead-lou", "admin");
    listIssues(gh, "pilot-gate:freeze", [appIssue(80, opened.body as Json)]);
    const closed = gh.updateIssue(80);
    const reply = gh.comment(5);
    await app.receive(
      "issue_comment",
      issueCommentEvent("/pilot-gate unfreeze", {
        number: 5,
        login: "lead-lou",
        onPullRequest: false,
        createdAt: "2024-05-01T11:00:00Z",
      }),
    );

    const update = closed.body as { body: string; state: string };
    expect(update.state).toBe("closed");
    expect(update.body).toContain((opened.body as { body: string }).body);
    expect(update.body).toMatch(
      /Lifted by @\u200blead-lou at 2024-05-01T11:00:00Z from #5 \(receipt `pg-[0-9a-f]{16}`\)/,
    );
    expect((reply.body as { body: string }).body).toMatch(/Freeze #80 lifted by @\u200blead-lou/);
  });

  it("in a dry run opens no freeze issue and posts no reply, and logs both writes", async () => {
    const app = await createTestApp({ dryRun: true });
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.permission("maintainer-mia", "maintain");
    listIssues(gh, "pilot-gate:freeze", []);

    await app.receive("issue_comment", freezeComment("/pilot-gate freeze launch rehearsal"));

    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/issues"]).toBeUndefined();
    expect(
      countRequests().byOperation["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    ).toBeUndefined();
    expect(app.logs.map((line) => line.msg).filter((msg) => msg.startsWith("dry run:"))).toEqual([
      'dry run: 1 planned write(s) not made: open issue "Merge freeze: launch rehearsal" labelled pilot-gate:freeze',
      "dry run: 1 planned write(s) not made: comment on #5",
    ]);
    expect(app.logged(50)).toEqual([]);
  });

  it("unfreeze where no freeze came from names the open ones", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.permission("maintainer-mia", "maintain");
    listIssues(gh, "pilot-gate:freeze", [issue(7, "Launch rehearsal", ["pilot-gate:freeze"])]);
    const reply = gh.comment(5);

    await app.receive("issue_comment", freezeComment("/pilot-gate unfreeze"));

    expect((reply.body as { body: string }).body).toMatch(/no open freeze to lift from here.*#7/);
  });
});

describe("the repeated-P0 trigger (incidents.p0_trigger)", () => {
  const EARLIER = {
    ...issue(40, "INC-40 login down for tenant A", ["P0"]),
    created_at: "2024-04-25T09:00:00Z",
  };
  const NEW = issue(42, "INC-42 tenant data visible across orgs", ["P0"]);

  it("trips on the second critical incident within 14 days: a freeze issue that escalates and freezes", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    triggerReads(gh, { P0: [NEW, EARLIER] });
    listIssuesSince(gh, "pilot-gate:freeze", TRIGGER_SINCE, []);
    const opened = gh.createIssue(81);
    listPulls(gh, []);

    await app.receive("issues", issuesEvent("opened", NEW));

    const created = opened.body as { title: string; body: string; labels: string[] };
    expect(created.title).toMatch(
      /^PC-P1-01 tripped: 2 critical incidents opened within 14 days \(#40, #42\)/,
    );
    expect(created.labels).toEqual(["pilot-gate:freeze", "escalation:superadmin"]);
    expect(readFreezeRecord(created.body)).toMatchObject({
      kind: "trigger",
      trigger: "PC-P1-01",
      incidents: [40, 42],
    });

    // The trigger's freeze then fails PRs, exempting a hotfix that references PC-P1-01.
    gh.files(PR_NUMBER, ["src/login.ts"]);
    riskReads(gh, { freeze: [appIssue(81, created)] });
    const check = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("opened"));
    const summary = (check.body as CheckRunBody).output.summary;
    expect(summary).toContain("frozen for every wave by PC-P1-01");
    expect(summary).toMatch(/receipt `pg-[0-9a-f]{16}`/);
  });

  it("in a dry run opens no trigger issue and logs the one it would open", async () => {
    const app = await createTestApp({ dryRun: true });
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    triggerReads(gh, { P0: [NEW, EARLIER] });
    listIssuesSince(gh, "pilot-gate:freeze", TRIGGER_SINCE, []);
    listPulls(gh, []);

    await app.receive("issues", issuesEvent("opened", NEW));

    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/issues"]).toBeUndefined();
    expect(app.logs.map((line) => line.msg).filter((msg) => msg.startsWith("dry run:"))).toEqual([
      expect.stringMatching(
        /^dry run: 1 planned write\(s\) not made: open issue "PC-P1-01 tripped: 2 critical incidents opened within 14 days \(#40, #42\)" labelled pilot-gate:freeze, escalation:superadmin$/,
      ),
    ]);
  });

  it("does not trip again once a maintainer cleared it, until another critical incident opens", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    triggerReads(gh, { P0: [NEW, EARLIER] });
    const cleared = appIssue(81, {
      title: "PC-P1-01 tripped",
      labels: ["pilot-gate:freeze"],
      body: `<!-- pilot-gate:freeze ${JSON.stringify({ kind: "trigger", receipt: "pg-0000000000000000", actor: "pilot-gate", at: "2024-05-01T11:00:00Z", reason: "r", trigger: "PC-P1-01", incidents: [40, 42] })} -->`,
    });
    cleared.state = "closed";
    listIssuesSince(gh, "pilot-gate:freeze", TRIGGER_SINCE, [cleared]);
    listPulls(gh, []);

    await app.receive("issues", issuesEvent("reopened", NEW));

    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/issues"]).toBeUndefined();
    expect(app.logged(50)).toEqual([]);
  });

  it("does not trip on one critical incident", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    triggerReads(gh, { P0: [NEW], critical: [NEW] });
    listPulls(gh, []);

    await app.receive("issues", issuesEvent("opened", NEW));

    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/issues"]).toBeUndefined();
  });
});
