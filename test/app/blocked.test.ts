import { describe, expect, it } from "vitest";
import { defaultIncidentsConfig, missingFieldsComment } from "../../core/incidents/index.js";
import { parseConfig } from "../../core/index.js";
import type { EventDeps, LogFn } from "../../engine/event.js";
import { BLOCKED_MARKER, sweepBlocked } from "../../engine/incidents/blocked.js";
import { tokenDeps } from "./helpers/deps.js";
import {
  countRequests,
  FAILURES,
  GitHubMock,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "./helpers/github.js";
import { exampleIssue, storyReads } from "./helpers/incidents.js";
import { issuesEvent, PR_NUMBER, pullRequestEvent } from "./helpers/payloads.js";
import { createTestApp, NOW } from "./helpers/probot.js";

useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;
const ENABLED = "incidents:\n  enabled: true\n";
const DAY = 24 * 60 * 60_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/** Every default field but Owner and ETA, as the issue form writes them. */
const MISSING_OWNER_ETA = `### ID

BLK-12

### Cause

Vendor API returns 503 for tenant provisioning.

### Impact

Wave O-02 cannot start its smoke run.

### Owner

_No response_

### ETA

TBD

### Upstream dependency

vendor ticket #8812
`;

const COMPLETE = MISSING_OWNER_ETA.replace(
  "### Owner\n\n_No response_",
  "### Owner\n\n@alice",
).replace("### ETA\n\nTBD", "### ETA\n\n2024-05-20");

/** The App's comment as it lists Owner and ETA. */
const OWNER_ETA_COMMENT = `${BLOCKED_MARKER}\n${missingFieldsComment(["Owner", "ETA"], defaultIncidentsConfig())}`;

function issue(
  number: number,
  labels: string[],
  body: string,
  { created = daysAgo(3) }: { created?: string } = {},
): Json {
  const title = `Blocked: tenant provisioning #${number}`;
  return exampleIssue({ number, title, labels, body, created_at: created, author: "octocat" });
}

let nextId = 100;

interface CommentFixture {
  body: string;
  login: string;
  type?: "User" | "Bot";
  id?: number;
}

/** `GET /issues/{n}/comments`: the item's comments, oldest first. */
function comments(gh: GitHubMock, number: number, items: CommentFixture[] = []) {
  gh.scope
    .get(`${REPO_PATH}/issues/${number}/comments`)
    .query({ per_page: "100" })
    .reply(
      200,
      items.map((item) => ({
        id: item.id ?? nextId++,
        node_id: "IC",
        url: "",
        html_url: "",
        body: item.body,
        user: { login: item.login, id: 1, type: item.type ?? "User" },
        created_at: daysAgo(1),
        updated_at: daysAgo(1),
        author_association: "NONE",
      })),
    );
}

/** `PATCH /issues/comments/{id}`, capturing the new body. */
function updateComment(gh: GitHubMock, id: number): { body?: { body: string }; calls: number } {
  const captured: { body?: { body: string }; calls: number } = { calls: 0 };
  gh.scope.patch(`${REPO_PATH}/issues/comments/${id}`).reply((_uri, body) => {
    captured.calls++;
    captured.body = body as { body: string };
    return [200, { id }];
  });
  return captured;
}

/** `GET /issues/{n}/timeline` with the blocked label added at each of `labeledAt`. */
function timeline(gh: GitHubMock, number: number, labeledAt: string[], label = "blocked") {
  gh.scope
    .get(`${REPO_PATH}/issues/${number}/timeline`)
    .query({ per_page: "100" })
    .reply(
      200,
      labeledAt.map((at) => ({
        id: nextId++,
        node_id: "LE",
        url: "",
        event: "labeled",
        created_at: at,
        actor: { login: "octocat", id: 7, type: "User" },
        label: { name: label, color: "ff0000" },
      })),
    );
}

/** The writes made, the installation token aside. */
const writes = () =>
  recorded.filter(
    (request) => request.method !== "GET" && !request.path.startsWith("/app/installations/"),
  );

describe("blocked items (incidents.enabled)", () => {
  it("lists exactly the missing Owner and ETA in one comment and adds needs-info", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    comments(gh, 5);
    const comment = gh.comment(5);
    const label = gh.addLabels(5);

    await app.receive("issues", issuesEvent("opened", issue(5, ["blocked"], MISSING_OWNER_ETA)));

    const body = (comment.body as { body: string }).body;
    expect(body.startsWith(BLOCKED_MARKER)).toBe(true);
    expect(body).toContain("does not state: Owner, ETA.");
    expect(body).toContain("| Owner | … |");
    expect(body).not.toContain("| Impact |");
    expect(label.body).toEqual({ labels: ["needs-info"] });
    // Comment first, then the label.
    expect(writes().map((request) => request.method)).toEqual(["POST", "POST"]);
    // Opened 3 days ago: it cannot have been blocked for a cycle, so no timeline read.
    expect(
      countRequests().byOperation["GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"],
    ).toBeUndefined();
    expect(app.logged(40)).toEqual([]);
  });

  it("writes nothing when an edit leaves the same fields missing", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    comments(gh, 5, [{ body: OWNER_ETA_COMMENT, login: "pilot-gate[bot]", type: "Bot", id: 71 }]);
    gh.appSlug();

    const edited = `${MISSING_OWNER_ETA}\nMore detail on the cause.\n`;
    await app.receive("issues", issuesEvent("edited", issue(5, ["blocked", "needs-info"], edited)));

    expect(writes()).toEqual([]);
    expect(countRequests().total).toBe(3);
    expect(app.logged(40)).toEqual([]);
  });

  it("says every field is stated and removes needs-info once the body states them", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    comments(gh, 5, [{ body: OWNER_ETA_COMMENT, login: "pilot-gate[bot]", type: "Bot", id: 71 }]);
    gh.appSlug();
    const updated = updateComment(gh, 71);
    const removed = gh.removeLabel(5, "needs-info");

    await app.receive(
      "issues",
      issuesEvent("edited", issue(5, ["blocked", "needs-info"], COMPLETE)),
    );

    expect(updated.body?.body).toBe(
      `${BLOCKED_MARKER}\nEvery field a \`blocked\` item must state is now stated (ID, Cause, Impact, Owner, ETA, Upstream dependency).`,
    );
    expect(removed.calls).toBe(1);
    expect(app.logged(40)).toEqual([]);
  });

  it("states nothing more for a complete blocked item whose comment already says so", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    const stated = `${BLOCKED_MARKER}\nEvery field a \`blocked\` item must state is now stated (ID, Cause, Impact, Owner, ETA, Upstream dependency).`;
    comments(gh, 5, [{ body: stated, login: "pilot-gate[bot]", type: "Bot", id: 71 }]);
    gh.appSlug();

    await app.receive("issues", issuesEvent("edited", issue(5, ["blocked"], COMPLETE)));

    expect(writes()).toEqual([]);
  });

  it("never edits a person's or another bot's comment quoting the marker: it posts its own", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    comments(gh, 5, [
      { body: `> ${BLOCKED_MARKER}\n> quoting the bot`, login: "alice", type: "User", id: 60 },
      { body: `${BLOCKED_MARKER}\ncopied`, login: "other-app[bot]", type: "Bot", id: 61 },
    ]);
    gh.appSlug();
    const comment = gh.comment(5);

    await app.receive(
      "issues",
      issuesEvent("edited", issue(5, ["blocked", "needs-info"], MISSING_OWNER_ETA)),
    );

    expect((comment.body as { body: string }).body).toContain("does not state: Owner, ETA.");
    expect(writes().map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST ${REPO_PATH}/issues/5/comments`,
    ]);
  });

  it("takes needs-info off when the blocked label comes off, if the App put it there", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.labelEvents(5, [
      { label: "needs-info", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
    ]);
    const removed = gh.removeLabel(5, "needs-info");

    await app.receive(
      "issues",
      issuesEvent("unlabeled", issue(5, ["needs-info", "tenant-isolation"], MISSING_OWNER_ETA), {
        label: "blocked",
      }),
    );

    expect(removed.calls).toBe(1);
    // Only needs-info, and no comment is touched.
    expect(writes()).toHaveLength(1);
  });

  it("keeps a needs-info label a person applied when the item is not blocked", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.labelEvents(5, [{ label: "needs-info", actor: "maintainer-mia" }]);

    await app.receive(
      "issues",
      issuesEvent("unlabeled", issue(5, ["needs-info"], ""), { label: "blocked" }),
    );

    expect(writes()).toEqual([]);
  });

  it("asks for the config once per event, even with the cache off", async () => {
    const app = await createTestApp({ configCacheSeconds: 0 });
    const gh = new GitHubMock().token();
    const stated = `${BLOCKED_MARKER}\nEvery field a \`blocked\` item must state is now stated (ID, Cause, Impact, Owner, ETA, Upstream dependency).`;
    for (let event = 0; event < 2; event++) {
      gh.config(ENABLED);
      comments(gh, 5, [{ body: stated, login: "pilot-gate[bot]", type: "Bot", id: 71 }]);
    }
    gh.appSlug();

    await app.receive("issues", issuesEvent("edited", issue(5, ["blocked"], COMPLETE)));
    await app.receive("issues", issuesEvent("edited", issue(5, ["blocked"], COMPLETE)));

    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/contents/{path}"]).toBe(2);
  });

  it("leaves the item for later when the event's config read fails, logging it once", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.fail("GET", /\/contents\//, FAILURES["500"] as never);

    await app.receive("issues", issuesEvent("opened", issue(5, ["blocked"], "")));

    expect(countRequests().total).toBe(1);
    expect(app.logged(50)).toHaveLength(1);
  });

  it("reads only the config while the protocol is off", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);

    await app.receive("issues", issuesEvent("opened", issue(5, ["blocked"], "")));

    // The repository's config, then its organisation's.
    expect(countRequests().total).toBe(2);
  });

  it("adds no request for an item with no label at all", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    // The incident check's read; the blocked check makes none.
    gh.config(ENABLED);

    await app.receive("issues", issuesEvent("edited", issue(5, [], "")));

    expect(countRequests().total).toBe(1);
  });

  it("reads only the config for a label other than blocked or needs-info", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);

    await app.receive(
      "issues",
      issuesEvent("labeled", issue(5, ["blocked", "bug"], ""), { label: "bug" }),
    );

    expect(countRequests().total).toBe(1);
  });

  it("ends at the App's own needs-info label event, with no further request than its name", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.appSlug();
    const payload = issuesEvent("labeled", issue(5, ["blocked", "needs-info"], ""), {
      label: "needs-info",
    });
    payload.sender = { ...payload.sender, login: "pilot-gate[bot]", type: "Bot" };

    await app.receive("issues", payload);

    expect(Object.keys(countRequests().byOperation).sort()).toEqual([
      "GET /app",
      "GET /repos/{owner}/{repo}/contents/{path}",
    ]);
  });

  it("escalates an item blocked for 15 days to on-call once: comment, then label", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(`${ENABLED}  escalation:\n    - name: on-call\n      mention: ["@acme/sre"]\n`);
    comments(gh, 5, [{ body: OWNER_ETA_COMMENT, login: "pilot-gate[bot]", type: "Bot", id: 71 }]);
    gh.appSlug();
    // Added, removed (not listed) and added again: the cycle counts from the last time.
    timeline(gh, 5, [daysAgo(30), daysAgo(15)]);
    const comment = gh.comment(5);
    const label = gh.addLabels(5);

    await app.receive(
      "issues",
      issuesEvent(
        "edited",
        issue(5, ["blocked", "needs-info"], MISSING_OWNER_ETA, { created: daysAgo(40) }),
      ),
    );

    const body = (comment.body as { body: string }).body;
    expect(body).toContain("<!-- pilot-gate:blocked-escalation -->");
    expect(body).toContain("@acme/sre: #5 has been labeled `blocked` since 2024-04-16 (15 days)");
    expect(body).toContain("longer than one cycle of 14 days");
    expect(label.body).toEqual({ labels: ["blocked:escalated"] });
    expect(writes().map((request) => request.path)).toEqual([
      `${REPO_PATH}/issues/5/comments`,
      `${REPO_PATH}/issues/5/labels`,
    ]);
    expect(app.logged(40)).toEqual([]);
  });

  it("escalates a blocked item that carries an SLA escalation label, with its own label", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    comments(gh, 5, [{ body: OWNER_ETA_COMMENT, login: "pilot-gate[bot]", type: "Bot", id: 71 }]);
    gh.appSlug();
    timeline(gh, 5, [daysAgo(15)]);
    gh.comment(5);
    const label = gh.addLabels(5);

    await app.receive(
      "issues",
      issuesEvent(
        "edited",
        issue(5, ["blocked", "needs-info", "escalation:on-call"], MISSING_OWNER_ETA, {
          created: daysAgo(40),
        }),
      ),
    );

    // escalation:on-call records an SLA level; the blocked escalation is separate.
    expect(label.body).toEqual({ labels: ["blocked:escalated"] });
  });

  it("does not escalate an item blocked for 13 days of an older issue", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    comments(gh, 5, [{ body: OWNER_ETA_COMMENT, login: "pilot-gate[bot]", type: "Bot", id: 71 }]);
    gh.appSlug();
    timeline(gh, 5, [daysAgo(13)]);

    await app.receive(
      "issues",
      issuesEvent(
        "edited",
        issue(5, ["blocked", "needs-info"], MISSING_OWNER_ETA, { created: daysAgo(40) }),
      ),
    );

    expect(writes()).toEqual([]);
  });

  it("writes no escalation again once the escalation label is there", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    comments(gh, 5, [{ body: OWNER_ETA_COMMENT, login: "pilot-gate[bot]", type: "Bot", id: 71 }]);
    gh.appSlug();

    await app.receive(
      "issues",
      issuesEvent(
        "edited",
        issue(5, ["blocked", "needs-info", "blocked:escalated"], MISSING_OWNER_ETA, {
          created: daysAgo(40),
        }),
      ),
    );

    expect(writes()).toEqual([]);
    // Nor is the timeline read.
    expect(countRequests().total).toBe(3);
  });

  it("writes nothing in a dry run and logs what it would write", async () => {
    const app = await createTestApp({ dryRun: true });
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    comments(gh, 5);
    timeline(gh, 5, [daysAgo(20)]);

    await app.receive(
      "issues",
      issuesEvent("opened", issue(5, ["blocked"], MISSING_OWNER_ETA, { created: daysAgo(20) })),
    );

    expect(writes()).toEqual([]);
    const planned = app.logs.map((line) => line.msg).filter((msg) => msg.startsWith("dry run:"));
    expect(planned).toEqual([
      "dry run: 2 planned write(s) not made: post the blocked-fields comment on #5; add label needs-info to #5",
      "dry run: 2 planned write(s) not made: comment on #5; add label blocked:escalated to #5",
    ]);
  });

  it.each([
    ["a 1 MB body", `### ID\n\nBLK-1\n\n${"word ".repeat(210_000)}`, "longer than GitHub's limit"],
    ["a body nested 5,000 lists deep", `${"- ".repeat(5_000)}x\n`, "nests lists or block quotes"],
    [
      "a body nesting emphasis 3,000 deep",
      `${"*a _".repeat(1_500)}${"_ a*".repeat(1_500)}\n`,
      "nests emphasis or links",
    ],
  ])("reads %s within limits and asks for what it could not read", async (_name, body, note) => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    comments(gh, 5);
    const comment = gh.comment(5);
    gh.addLabels(5);

    const started = Date.now();
    await app.receive("issues", issuesEvent("opened", issue(5, ["blocked"], body)));

    expect(Date.now() - started).toBeLessThan(5_000);
    const text = (comment.body as { body: string }).body;
    expect(text).toContain(note);
    expect(text).toMatch(/does not state: .*Cause, Impact, Owner, ETA, Upstream dependency\./);
    expect(app.logged(50)).toEqual([]);
  });

  it("checks a PR labeled blocked after its required check", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    // The required check of a PR into an unfrozen branch: files, its story's incidents and one check run.
    gh.files(PR_NUMBER, ["src/login.ts"]);
    storyReads(gh);
    const check = gh.createCheckRun();
    comments(gh, PR_NUMBER);
    // The example PR dates from 2019: the timeline says when it was blocked.
    timeline(gh, PR_NUMBER, [daysAgo(2)]);
    const comment = gh.comment(PR_NUMBER);
    const label = gh.addLabels(PR_NUMBER);

    await app.receive(
      "pull_request",
      pullRequestEvent("opened", { base: "release/1.0", labels: ["blocked"] }),
    );

    expect(check.calls).toBe(1);
    expect((comment.body as { body: string }).body).toContain(
      "does not state: ID, Cause, Impact, Owner, ETA, Upstream dependency.",
    );
    expect(label.body).toEqual({ labels: ["needs-info"] });
    expect(app.logged(50)).toEqual([]);
  });
});

describe("sweepBlocked", () => {
  function setup(): { deps: EventDeps; warnings: string[] } {
    const warnings: string[] = [];
    const quiet: LogFn = () => {};
    const warn: LogFn = (first: object | string, message?: string) => {
      warnings.push(typeof first === "string" ? first : (message ?? ""));
    };
    const deps = tokenDeps({
      now: NOW,
      log: { debug: quiet, info: quiet, warn, error: quiet },
      identity: { appSlug: "pilot-gate" },
    });
    return { deps, warnings };
  }

  function listBlocked(gh: GitHubMock, items: Json[]) {
    gh.scope
      .get(`${REPO_PATH}/issues`)
      .query({
        labels: "blocked",
        state: "open",
        sort: "created",
        direction: "asc",
        per_page: "100",
      })
      .reply(200, items);
  }

  it("reports one item's failure and still checks the next", async () => {
    const gh = new GitHubMock();
    listBlocked(gh, [
      issue(5, ["blocked"], MISSING_OWNER_ETA),
      issue(6, ["blocked"], MISSING_OWNER_ETA),
    ]);
    gh.fail("GET", `${REPO_PATH}/issues/5/comments`, FAILURES["500"] as never);
    comments(gh, 6);
    const comment = gh.comment(6);
    const label = gh.addLabels(6);
    const { deps, warnings } = setup();

    const report = await sweepBlocked(deps, parseConfig(ENABLED), NOW, { dryRun: false });

    expect(report.errors).toEqual([
      {
        number: 5,
        reason: "GitHub answered 500 when the App tried to read the comments on #5",
      },
    ]);
    expect(report.items.map((item) => item.check.number)).toEqual([6]);
    expect(report.items[0]?.check.missing).toEqual(["Owner", "ETA"]);
    expect(comment.calls).toBe(1);
    expect(label.body).toEqual({ labels: ["needs-info"] });
    expect(warnings).toEqual([
      "#5: GitHub answered 500 when the App tried to read the comments on #5",
    ]);
  });

  it("reads nothing while the protocol is off", async () => {
    const { deps } = setup();

    const report = await sweepBlocked(deps, parseConfig(""), NOW, { dryRun: false });

    expect(report).toMatchObject({ enabled: false, items: [], errors: [], requests: 0 });
    expect(recorded).toEqual([]);
  });

  it("escalates an item blocked longer than a cycle, and counts it", async () => {
    const gh = new GitHubMock();
    listBlocked(gh, [issue(7, ["blocked"], COMPLETE, { created: daysAgo(60) })]);
    comments(gh, 7);
    timeline(gh, 7, [daysAgo(20)]);
    gh.comment(7);
    const label = gh.addLabels(7);
    const { deps } = setup();

    const report = await sweepBlocked(deps, parseConfig(ENABLED), NOW, { dryRun: false });

    expect(report.escalated).toBe(1);
    expect(report.items[0]?.escalation).toMatchObject({
      status: "escalated",
      label: "blocked:escalated",
      blockedSince: daysAgo(20),
    });
    expect(label.body).toEqual({ labels: ["blocked:escalated"] });
  });
});
