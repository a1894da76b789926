import { describe, expect, it } from "vitest";
import { type Assignee, renderReviewBody } from "../../core/gates/pilot/issues.js";
import { readReviewRecord } from "../../core/gates/pilot/review-command.js";
import type { RosterCandidate } from "../../core/gates/pilot/roster.js";
import {
  type Captured,
  countRequests,
  GitHubMock,
  REPO_PATH,
  useGitHubMock,
} from "./helpers/github.js";
import { exampleIssue, listedComment } from "./helpers/incidents.js";
import { issueCommentEvent, issuesEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;

const COMMENTED_AT = "2024-05-01T11:59:30Z";
const CONFIG =
  "pilot:\n  review:\n    role: pilot-leads\nroles:\n  pilot-leads:\n    users: [lena]\n";
const ZWSP = "\u200b";

function candidate(cls: RosterCandidate["class"]): RosterCandidate {
  return {
    id: "DELTA-04",
    name: "Delta Saúde",
    class: cls,
    score: 54,
    reasons: ["demo account"],
    service: 3,
    sales: 2,
    last_activity: "2026-05-30T00:00:00.000Z",
    kind: "demo",
    technical_contact: "Ada <ada@delta.example>",
    business_contact: cls === "REVISAR_CONTATO" ? null : "Grace <grace@delta.example>",
    line: 4,
    receipts: [],
  };
}

/** A review issue as `pilot review` opens it, as GET /issues/7 answers it. */
function reviewIssue(
  options: {
    labels?: string[];
    state?: "open" | "closed";
    reviewer?: Assignee;
    cls?: RosterCandidate["class"];
    body?: string;
  } = {},
): Json {
  const body =
    options.body ??
    renderReviewBody("m6", candidate(options.cls ?? "REVISAR_PERFIL"), {
      reviewer: options.reviewer ?? { kind: "user", login: "rita" },
      minScore: 60,
      roster: "pilots/m6/2026-06-01/roster.json",
      label: "pilot-review",
    });
  const raw = exampleIssue({
    number: 7,
    title: "Pilot m6: review Delta Saúde (DELTA-04, REVISAR_PERFIL)",
    labels: options.labels ?? ["pilot-review"],
    created_at: "2024-05-01T11:00:00Z",
    body,
  });
  if (options.state === "closed") {
    raw.state = "closed";
    raw.closed_at = "2024-05-01T11:59:00Z";
  }
  return raw;
}

function comment(body: string, login = "rita", commentId = 4242): Json {
  return issueCommentEvent(body, {
    number: 7,
    login,
    onPullRequest: false,
    createdAt: COMMENTED_AT,
    commentId,
  });
}

function reads(gh: GitHubMock, raw: Json, comments: Json[] | null = []) {
  gh.config(CONFIG);
  gh.scope.get(`${REPO_PATH}/issues/7`).reply(200, raw);
  // null: an issue that is no review issue is answered before its comments are read.
  if (comments !== null) {
    gh.scope.get(`${REPO_PATH}/issues/7/comments`).query({ per_page: "100" }).reply(200, comments);
  }
}

function text(captured: Captured): string {
  return (captured.body as { body: string }).body;
}

describe("pilot review decisions in the App", () => {
  it("records the named reviewer's reject with a receipt, labels and closes the issue; a redelivery writes nothing", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const raw = reviewIssue();
    reads(gh, raw);
    const receipt = gh.comment(7);
    const labeled = gh.addLabels(7);
    const closed = gh.updateIssue(7);
    const event = comment("/pilot-gate reject homolog only, <b>see</b> @all");
    await app.receive("issue_comment", event);

    const body = text(receipt);
    expect(readReviewRecord(body)).toMatchObject({
      outcome: "done",
      pilot: "m6",
      client: "DELTA-04",
      issue: 7,
      decision: "reject",
      actor: "rita",
      at: COMMENTED_AT,
      via: "comment",
      from: "REVISAR_PERFIL",
      to: "DESCARTADO",
    });
    expect(body).toContain("`REVISAR_PERFIL` -> `DESCARTADO`");
    const shown = body.slice(0, body.indexOf("<!--"));
    expect(shown).not.toContain("<b>");
    expect(shown).toContain(`@${ZWSP}all`);
    expect((labeled.body as { labels: string[] }).labels).toEqual(["pilot-review:rejected"]);
    expect(closed.body).toMatchObject({ state: "closed" });
    expect(app.logged(50)).toEqual([]);

    const decided = reviewIssue({
      labels: ["pilot-review", "pilot-review:rejected"],
      state: "closed",
    });
    reads(gh, decided, [listedComment(body)]);
    await app.receive("issue_comment", event);
    const counts = countRequests().byOperation;
    expect(counts["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"]).toBe(1);
    expect(counts["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"]).toBe(1);
    expect(counts["PATCH /repos/{owner}/{repo}/issues/{issue_number}"]).toBe(1);
  });

  it("makes, on a redelivery, the label and the close a failure after the receipt left undone", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const raw = reviewIssue();
    reads(gh, raw);
    const receipt = gh.comment(7);
    gh.fail("POST", `${REPO_PATH}/issues/7/labels`, { status: 502, message: "Bad Gateway" });
    const event = comment("/pilot-gate reject homolog only");
    await app.receive("issue_comment", event);
    expect(receipt.calls).toBe(1);

    reads(gh, raw, [listedComment(text(receipt))]);
    const labeled = gh.addLabels(7);
    const closed = gh.updateIssue(7);
    await app.receive("issue_comment", event);
    expect((labeled.body as { labels: string[] }).labels).toEqual(["pilot-review:rejected"]);
    expect(closed.body).toMatchObject({ state: "closed" });
    expect(
      countRequests().byOperation["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    ).toBe(1);
  });

  it("writes nothing in a dry run", async () => {
    const app = await createTestApp({ dryRun: true });
    const gh = new GitHubMock().token();
    reads(gh, reviewIssue());
    await app.receive("issue_comment", comment("/pilot-gate reject homolog only"));
    const counts = countRequests().byOperation;
    expect(Object.keys(counts).filter((operation) => !operation.startsWith("GET "))).toEqual([]);
  });

  it("lets a member of the team the issue names accept, read through the API", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, reviewIssue({ reviewer: { kind: "team", slug: "acme/reviewers" } }));
    gh.teamMembers("acme", "reviewers", ["Tom"]);
    const receipt = gh.comment(7);
    const labeled = gh.addLabels(7);
    gh.updateIssue(7);
    await app.receive("issue_comment", comment("/pilot-gate accept sales vouches", "tom"));
    expect(readReviewRecord(text(receipt))).toMatchObject({ decision: "accept", to: "SUGERIDO" });
    expect((labeled.body as { labels: string[] }).labels).toEqual(["pilot-review:accepted"]);
  });

  it("refuses when the team cannot be read, saying so, and records nothing but the refusal", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, reviewIssue({ reviewer: { kind: "team", slug: "acme/reviewers" } }));
    gh.fail("GET", "/orgs/acme/teams/reviewers/members", {
      status: 403,
      message: "Resource not accessible by integration",
    });
    gh.permission("tom", "write");
    const reply = gh.comment(7);
    await app.receive("issue_comment", comment("/pilot-gate accept sales vouches", "tom"));
    const body = text(reply);
    expect(body).toContain("could not be read");
    expect(body).toContain("Who may: members of the team the issue names (`acme/reviewers`)");
    expect(readReviewRecord(body)).toMatchObject({ outcome: "refused" });
    const counts = countRequests().byOperation;
    expect(counts["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"]).toBeUndefined();
    expect(counts["PATCH /repos/{owner}/{repo}/issues/{issue_number}"]).toBeUndefined();
  });

  it("refuses anyone else (write access is not enough), naming who may decide", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, reviewIssue());
    gh.permission("mallory", "maintain");
    const reply = gh.comment(7);
    await app.receive("issue_comment", comment("/pilot-gate accept trust me", "mallory"));
    const body = text(reply);
    expect(body).toContain("you may not decide this review");
    expect(body).toContain("`pilot-leads` role");
    expect(body).toContain("repository admins");
    expect(readReviewRecord(body)).toMatchObject({ outcome: "refused", actor: "mallory" });
    expect(
      countRequests().byOperation["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    ).toBeUndefined();
  });

  it("lets the pilot.review.role holder and an admin decide", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, reviewIssue());
    const byRole = gh.comment(7);
    gh.addLabels(7);
    gh.updateIssue(7);
    await app.receive("issue_comment", comment("/pilot-gate reject out of scope", "lena"));
    expect(readReviewRecord(text(byRole))).toMatchObject({ outcome: "done", actor: "lena" });

    reads(gh, reviewIssue());
    gh.permission("ada", "admin");
    const byAdmin = gh.comment(7);
    gh.addLabels(7);
    gh.updateIssue(7);
    await app.receive("issue_comment", comment("/pilot-gate reject out of scope", "ada", 4243));
    expect(readReviewRecord(text(byAdmin))).toMatchObject({ outcome: "done", actor: "ada" });
  });

  it("refuses a second decision on a decided issue, and a receipt typed by a person does not count", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const earlier = (outcome: string) =>
      `<!-- pilot-gate:pilot-review-receipt {"receipt":"pg-0000000000000000","outcome":"${outcome}","pilot":"m6","client":"DELTA-04","issue":7,"decision":"accept","reason":"x","actor":"rita","at":"2024-05-01T11:00:00Z","via":"comment"} -->`;
    reads(gh, reviewIssue({ state: "closed" }), [listedComment(earlier("done"))]);
    const reply = gh.comment(7);
    await app.receive("issue_comment", comment("/pilot-gate reject changed my mind"));
    expect(text(reply)).toContain("is already decided: **accept** by");

    reads(gh, reviewIssue(), [listedComment(earlier("done"), "User")]);
    const done = gh.comment(7);
    gh.addLabels(7);
    gh.updateIssue(7);
    await app.receive("issue_comment", comment("/pilot-gate reject changed my mind", "rita", 4244));
    expect(readReviewRecord(text(done))).toMatchObject({ outcome: "done", decision: "reject" });
  });

  it("refuses accepting a REVISAR_CONTATO client, whose missing contact a comment cannot carry", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, reviewIssue({ cls: "REVISAR_CONTATO" }));
    const reply = gh.comment(7);
    await app.receive("issue_comment", comment("/pilot-gate accept contact confirmed"));
    expect(text(reply)).toContain("--business-contact");
    expect(readReviewRecord(text(reply))).toMatchObject({ outcome: "refused" });
  });

  it("answers a decision on an issue that is not a review issue, and one without a reason", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    reads(gh, reviewIssue({ labels: ["bug"] }), null);
    const reply = gh.comment(7);
    await app.receive("issue_comment", comment("/pilot-gate accept fine"));
    expect(text(reply)).toContain("is not one, so nothing was recorded");

    gh.config(CONFIG);
    const missing = gh.comment(7);
    await app.receive("issue_comment", comment("/pilot-gate reject"));
    expect(text(missing)).toContain("needs a reason");
  });

  it("takes a close with a decision label by the reviewer as the decision, writing the receipt", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const raw = reviewIssue({ labels: ["pilot-review", "pilot-review:accepted"], state: "closed" });
    const event = issuesEvent("closed", raw);
    event.sender.login = "rita";
    event.sender.type = "User";
    reads(gh, raw);
    const receipt = gh.comment(7);
    await app.receive("issues", event);
    expect(readReviewRecord(text(receipt))).toMatchObject({
      outcome: "done",
      decision: "accept",
      via: "close",
      actor: "rita",
      reason: "closed with the pilot-review:accepted label",
    });
    const counts = countRequests().byOperation;
    expect(counts["PATCH /repos/{owner}/{repo}/issues/{issue_number}"]).toBeUndefined();
  });

  it("reopens a review issue closed with a decision label by someone else and takes the label off", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const raw = reviewIssue({ labels: ["pilot-review", "pilot-review:accepted"], state: "closed" });
    const event = issuesEvent("closed", raw);
    event.sender.login = "mallory";
    event.sender.type = "User";
    reads(gh, raw);
    gh.permission("mallory", "write");
    const reply = gh.comment(7);
    const unlabeled = gh.removeLabel(7, encodeURIComponent("pilot-review:accepted"));
    const reopened = gh.updateIssue(7);
    await app.receive("issues", event);
    expect(text(reply)).toContain("The issue is reopened");
    expect(readReviewRecord(text(reply))).toMatchObject({ outcome: "refused", via: "close" });
    expect(unlabeled.calls).toBe(1);
    expect(reopened.body).toMatchObject({ state: "open" });
  });

  it("ignores a close by the App itself and a close without a decision label", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    const bot = issuesEvent(
      "closed",
      reviewIssue({ labels: ["pilot-review", "pilot-review:accepted"], state: "closed" }),
    );
    bot.sender.type = "Bot";
    gh.config(CONFIG);
    await app.receive("issues", bot);
    const plain = issuesEvent("closed", reviewIssue({ state: "closed" }));
    plain.sender.type = "User";
    await app.receive("issues", plain);
    expect(
      countRequests().byOperation["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    ).toBeUndefined();
  });
});
