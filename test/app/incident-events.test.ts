import { describe, expect, it } from "vitest";
import { countRequests, GitHubMock, REPO_PATH, useGitHubMock } from "./helpers/github.js";
import { ENABLED, issue } from "./helpers/incidents.js";
import { issueCommentEvent, issuesEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;

/** A P0 incident opened `minutes` before the tests' clock (2024-05-01T12:00:00Z). */
function incident(minutes: number): Json {
  const item = issue(42, "INC-42 tenant data visible across orgs", ["P0"]);
  item.created_at = new Date(Date.parse("2024-05-01T12:00:00Z") - minutes * 60_000).toISOString();
  return item;
}

function commentOn(item: Json, login: string): Json {
  const event = issueCommentEvent("looking into it", {
    number: item.number,
    login,
    onPullRequest: false,
    createdAt: "2024-05-01T11:59:00Z",
  });
  event.issue = { ...event.issue, ...item };
  return event;
}

describe("SLA clocks on the App's events (incidents.enabled)", () => {
  it("escalates on a comment when the ACK clock ran out and the commenter is no maintainer", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.scope
      .get(`${REPO_PATH}/issues/42/timeline`)
      .query({ per_page: "100" })
      .reply(200, [
        {
          id: 1,
          node_id: "IC_1",
          event: "commented",
          body: "looking into it",
          created_at: "2024-05-01T11:59:00Z",
          updated_at: "2024-05-01T11:59:00Z",
          user: { login: "visitor-vic", id: 7, type: "User" },
          actor: { login: "visitor-vic", id: 7, type: "User" },
        },
      ]);
    gh.permission("visitor-vic", "read");
    const comment = gh.comment(42);
    const label = gh.addLabels(42);

    await app.receive("issue_comment", commentOn(incident(10), "visitor-vic"));

    expect((comment.body as { body: string }).body).toMatch(/ack/i);
    expect(label.body).toEqual({ labels: ["escalation:superadmin"] });
    expect(app.logged(50)).toEqual([]);
  });

  it("reads no timeline on an assignment while no clock can have run out", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);

    await app.receive("issues", issuesEvent("assigned", incident(1)));

    expect(countRequests().total).toBe(1);
  });
});
