import { describe, expect, it } from "vitest";
import { readOperatorRecord } from "../../core/incidents/operator-command.js";
import {
  type Captured,
  countRequests,
  GitHubMock,
  REPO_PATH,
  useGitHubMock,
} from "./helpers/github.js";
import { exampleIssue, listedComment } from "./helpers/incidents.js";
import { issueCommentEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;

const COMMENTED_AT = "2024-05-01T11:59:30Z";
const CONFIG = `incidents:
  enabled: true
  escalation:
    - name: on-call
      mention: ["@acme/sre"]
    - name: eng-lead
      mention: ["@carol"]
`;
const ZWSP = "\u200b";

/** The item the command is given on, as GET /issues/5 answers it (GitHub's example issue). */
function item(
  labels: string[],
  fields: { assignees?: string[]; state?: string; body?: string } = {},
): Json {
  const raw = exampleIssue({
    number: 5,
    title: "INC-5 checkout fails for tenant acme",
    labels,
    created_at: "2024-05-01T11:30:00Z",
    body: fields.body ?? "Checkout returns 500.",
  });
  raw.assignees = (fields.assignees ?? []).map((login, i) => ({ ...raw.user, login, id: 500 + i }));
  raw.assignee = raw.assignees[0] ?? null;
  if (fields.state) raw.state = fields.state;
  return raw;
}

function command(body: string, options: { onPullRequest?: boolean; login?: string } = {}): Json {
  return issueCommentEvent(body, {
    number: 5,
    login: options.login ?? "maintainer-mia",
    onPullRequest: options.onPullRequest ?? false,
    createdAt: COMMENTED_AT,
  });
}

/** The reads every acting command makes: the config, the item, its comments, the asker's permission. */
function reads(
  gh: GitHubMock,
  raw: Json,
  options: { comments?: Json[]; permission?: string | null; config?: string } = {},
) {
  gh.config(options.config ?? CONFIG);
  gh.scope.get(`${REPO_PATH}/issues/5`).reply(200, raw);
  gh.scope
    .get(`${REPO_PATH}/issues/5/comments`)
    .query({ per_page: "100" })
    .reply(200, options.comments ?? []);
  // null: a redelivery is recognised before the permission is asked.
  if (options.permission !== null)
    gh.permission("maintainer-mia", options.permission ?? "maintain");
}

function replyText(captured: Captured): string {
  return (captured.body as { body: string }).body;
}

/** The reply as GitHub lists it later: authored by the App. */
function asListed(body: string): Json {
  return listedComment(body, "Bot", COMMENTED_AT);
}

describe("operator commands on incidents and blocked items", () => {
  it("inspect answers with state, SLA clocks, escalation level, assignees and linked PRs, and a receipt", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, item(["P0", "escalation:on-call"], { assignees: ["alice"] }));
    const pullRef = exampleIssue({
      number: 34,
      title: "Fix checkout",
      labels: [],
      created_at: COMMENTED_AT,
    });
    pullRef.pull_request = { url: "", html_url: "", diff_url: "", patch_url: "", merged_at: null };
    pullRef.html_url = "https://github.com/Codertocat/Hello-World/pull/34";
    gh.scope
      .get(`${REPO_PATH}/issues/5/timeline`)
      .query({ per_page: "100" })
      .reply(200, [
        {
          event: "cross-referenced",
          created_at: "2024-05-01T11:40:00Z",
          updated_at: "2024-05-01T11:40:00Z",
          actor: { login: "alice", id: 3, type: "User" },
          source: { type: "issue", issue: pullRef },
        },
      ]);
    const reply = gh.comment(5);

    await app.receive("issue_comment", command("/pilot-gate inspect"));

    const text = replyText(reply);
    expect(text).toContain("| Severity | critical |");
    expect(text).toContain("level 1 of 2: **on-call**");
    expect(text).toContain(`@${ZWSP}alice`);
    expect(text).toMatch(
      /\| ack \| 5 min \| 2024-05-01T11:35:00\.000Z \| breached: 25 min overdue \|[\s\S]*\| recover \| 60 min \| 2024-05-01T12:30:00\.000Z \| running \|/,
    );
    expect(text).toContain(
      '[#34](https://github.com/Codertocat/Hello-World/pull/34) "Fix checkout" (open)',
    );
    expect(readOperatorRecord(text)).toMatchObject({
      command: "inspect",
      outcome: "done",
      issue: 5,
    });
    expect(app.logged(50)).toEqual([]);
  });

  it("escalate calls the next level with the reason and its label; the same comment again changes nothing", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, item(["P0", "escalation:on-call"]));
    const escalation = gh.comment(5);
    const labeled = gh.addLabels(5);
    const event = command("/pilot-gate escalate ping @acme/everyone and see #12");
    await app.receive("issue_comment", event);

    const text = replyText(escalation);
    expect(text).toContain("### Escalated to eng-lead");
    expect(text).toContain("@carol: you are called.");
    expect(text).toContain(`ping @${ZWSP}acme/everyone`);
    // Only the hidden receipt keeps the reason as typed; nothing shown can ping.
    expect(text.slice(0, text.indexOf("<!--"))).not.toContain("@acme/everyone");
    expect((labeled.body as { labels: string[] }).labels).toEqual(["escalation:eng-lead"]);
    const record = readOperatorRecord(text);
    expect(record).toMatchObject({
      command: "escalate",
      actor: "maintainer-mia",
      at: COMMENTED_AT,
    });

    reads(gh, item(["P0", "escalation:on-call", "escalation:eng-lead"]), {
      comments: [asListed(text)],
      permission: null,
    });
    await app.receive("issue_comment", event);
    const counts = countRequests().byOperation;
    expect(counts["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"]).toBe(1);
    expect(counts["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"]).toBe(1);
  });

  it("escalate at the last level changes nothing and says so", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, item(["P0", "escalation:on-call", "escalation:eng-lead"]));
    const reply = gh.comment(5);
    await app.receive("issue_comment", command("/pilot-gate escalate still down"));
    expect(replyText(reply)).toMatch(/already at the last level.*nothing was changed/);
    expect(
      countRequests().byOperation["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    ).toBeUndefined();
  });

  it("escalate on a blocked item calls the first level once, with the blocked-escalation label", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, item(["blocked"]));
    const reply = gh.comment(5);
    const labeled = gh.addLabels(5);
    await app.receive(
      "issue_comment",
      command("/pilot-gate escalate waiting on vendor for 3 weeks"),
    );
    expect(replyText(reply)).toContain("@acme/sre: you are called.");
    expect((labeled.body as { labels: string[] }).labels).toEqual(["blocked:escalated"]);
  });

  it("assign adds the assignee and answers with the receipt", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const raw = item(["blocked"]);
    reads(gh, raw);
    const assigned: Captured = { calls: 0 };
    gh.scope.post(`${REPO_PATH}/issues/5/assignees`).reply((_uri, body) => {
      assigned.calls++;
      assigned.body = body;
      return [201, { ...raw, assignees: [{ ...raw.user, login: "bob" }] }];
    });
    const reply = gh.comment(5);
    await app.receive("issue_comment", command("/pilot-gate assign @bob on call this week"));
    expect(assigned.body).toEqual({ assignees: ["bob"] });
    expect(replyText(reply)).toContain(`#5 is assigned to @${ZWSP}bob: on call this week`);
    expect(readOperatorRecord(replyText(reply))).toMatchObject({
      command: "assign",
      assignee: "bob",
      outcome: "done",
    });
  });

  it("assign says so when GitHub skips someone who cannot be assigned, and changes nothing else", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const raw = item(["P1"], { assignees: ["alice"] });
    reads(gh, raw);
    gh.scope.post(`${REPO_PATH}/issues/5/assignees`).reply(201, raw);
    const reply = gh.comment(5);
    await app.receive("issue_comment", command("/pilot-gate reassign @stranger please take it"));
    expect(replyText(reply)).toMatch(/GitHub did not assign @\u200bstranger to #5/);
    expect(readOperatorRecord(replyText(reply))?.outcome).toBe("refused");
    expect(
      countRequests().byOperation["DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"],
    ).toBeUndefined();
  });

  it("reassign assigns the new owner, then takes the earlier ones off", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const raw = item(["P1"], { assignees: ["alice"] });
    reads(gh, raw);
    gh.scope
      .post(`${REPO_PATH}/issues/5/assignees`, { assignees: ["bob"] })
      .reply(201, { ...raw, assignees: [...raw.assignees, { ...raw.user, login: "bob" }] });
    const removed: Captured = { calls: 0 };
    gh.scope.delete(`${REPO_PATH}/issues/5/assignees`).reply((_uri, body) => {
      removed.calls++;
      removed.body = body;
      return [200, raw];
    });
    const reply = gh.comment(5);
    await app.receive("issue_comment", command("/pilot-gate reassign bob alice is off today"));
    expect(removed.body).toEqual({ assignees: ["alice"] });
    expect(replyText(reply)).toContain(`reassigned from @${ZWSP}alice to @${ZWSP}bob`);
  });

  it("owner names the assignees and who is called at the escalation level", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, item(["P2", "escalation:eng-lead"]));
    const reply = gh.comment(5);
    await app.receive("issue_comment", command("/pilot-gate owner"));
    const text = replyText(reply);
    expect(text).toContain(
      "#5 is owned by nobody: assign someone with `/pilot-gate assign @user <reason>`",
    );
    expect(text).toContain(`@${ZWSP}carol (eng-lead)`);
  });

  it("unblock takes off the blocked, needs-info and blocked-escalation labels it carries", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, item(["Blocked", "needs-info", "bug"]));
    const blocked = gh.removeLabel(5, "Blocked");
    const needsInfo = gh.removeLabel(5, "needs-info");
    const reply = gh.comment(5);
    await app.receive("issue_comment", command("/pilot-gate unblock vendor shipped 2.3"));
    expect([blocked.calls, needsInfo.calls]).toEqual([1, 1]);
    expect(replyText(reply)).toContain(
      "#5 is unblocked (`Blocked`, `needs-info` taken off): vendor shipped 2.3",
    );
  });

  it("runs on a blocked PR too, before the PR's override path", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const raw = item(["blocked"]);
    raw.pull_request = { url: "", html_url: "", diff_url: "", patch_url: "", merged_at: null };
    reads(gh, raw);
    const blocked = gh.removeLabel(5, "blocked");
    const reply = gh.comment(5);
    await app.receive(
      "issue_comment",
      command("/pilot-gate unblock API key arrived", { onPullRequest: true }),
    );
    expect(blocked.calls).toBe(1);
    expect(replyText(reply)).toContain("#5 is unblocked (`blocked` taken off)");
    expect(
      countRequests().byOperation["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    ).toBeUndefined();
  });

  it("close closes the item and records who, why and the receipt in its description", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, item(["P1"], { body: "Checkout returns 500." }));
    const closed = gh.updateIssue(5);
    const reply = gh.comment(5);
    await app.receive("issue_comment", command("/pilot-gate close duplicate of INC-4"));
    const patch = closed.body as { body: string; state: string; state_reason: string };
    expect(patch.state).toBe("closed");
    const receipt = readOperatorRecord(replyText(reply))?.receipt as string;
    expect(patch.body).toMatch(
      /^Checkout returns 500\.\n\n---\nClosed by @\u200bmaintainer-mia at 2024-05-01T11:59:30Z/,
    );
    expect(patch.body).toContain(`duplicate of INC-4 (receipt \`${receipt}\`)`);
  });

  it("refuses someone below overrides.permission, saying who may, with a receipt and no other write", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, item(["P0"]), { permission: "write" });
    const reply = gh.comment(5);
    await app.receive("issue_comment", command("/pilot-gate close not a real incident"));
    const text = replyText(reply);
    expect(text).toMatch(/need \*\*maintain\*\* permission or higher.*you have write/);
    expect(readOperatorRecord(text)).toMatchObject({ command: "close", outcome: "refused" });
    expect(
      countRequests().byOperation["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    ).toBeUndefined();
  });

  it("lets a holder of an overrides role run them whatever their permission", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const config = `${CONFIG}roles:\n  ops:\n    users: [maintainer-mia]\noverrides:\n  roles: [ops]\n`;
    reads(gh, item(["P1"]), { permission: "triage", config });
    const closed = gh.updateIssue(5);
    gh.comment(5);
    await app.receive("issue_comment", command("/pilot-gate close resolved upstream"));
    expect(closed.calls).toBe(1);
  });

  it("answers on an item that is neither an incident nor blocked, and changes nothing", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(CONFIG);
    gh.scope.get(`${REPO_PATH}/issues/5`).reply(200, item(["bug"]));
    const reply = gh.comment(5);
    await app.receive("issue_comment", command("/pilot-gate close nope"));
    expect(replyText(reply)).toMatch(
      /work on incidents .*`P0`.* and on items labeled `blocked`; #5 is neither/,
    );
  });

  it.each([
    [
      "an unknown command gets the list",
      "/pilot-gate frobnicate",
      CONFIG,
      /has no command `frobnicate`[\s\S]*\/pilot-gate inspect/,
    ],
    [
      "help needs no incident protocol",
      "/pilot-gate help",
      null,
      /understands these commands[\s\S]*\/pilot-gate close <reason>/,
    ],
    [
      "a malformed command gets its syntax",
      "/pilot-gate assign",
      CONFIG,
      /could not read that command: .*assign @user <reason>/,
    ],
    [
      "a command while the protocol is off says how to turn it on",
      "/pilot-gate inspect",
      null,
      /incident protocol is off.*incidents\.enabled: true/,
    ],
  ] as const)("%s", async (_name, body, config, expected) => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(config);
    const reply = gh.comment(5);
    await app.receive("issue_comment", command(body, { onPullRequest: true }));
    expect(replyText(reply)).toMatch(expected);
  });

  it("in a dry run reads but writes nothing", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, item(["P1"]), { config: `${CONFIG}check:\n  dry_run: true\n` });
    await app.receive("issue_comment", command("/pilot-gate close duplicate"));
    const counts = countRequests().byOperation;
    expect(counts["PATCH /repos/{owner}/{repo}/issues/{issue_number}"]).toBeUndefined();
    expect(counts["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"]).toBeUndefined();
    expect(counts["GET /repos/{owner}/{repo}/issues/{issue_number}"]).toBe(1);
  });
});
