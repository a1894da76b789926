import { describe, expect, it } from "vitest";
import { readFreezeRecord } from "../../core/incidents/index.js";
import { parseConfig } from "../../core/index.js";
import { checkRestoreReport } from "../../engine/incidents/immediate-triggers.js";
import { tokenDeps } from "./helpers/deps.js";
import { countRequests, GitHubMock, recorded, useGitHubMock } from "./helpers/github.js";
import {
  ENABLED,
  exampleIssue,
  listIssues,
  listIssuesSince,
  listPulls,
} from "./helpers/incidents.js";
import { issuesEvent, securityAlertEvent } from "./helpers/payloads.js";
import { createTestApp, NOW } from "./helpers/probot.js";

useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;
type Opened = { title: string; body: string; labels: string[] };

const ALERT_AT = "2024-05-01T11:00:00Z";
// The installation token aside: what the App wrote to the repository.
const writes = () =>
  recorded.filter((request) => request.method !== "GET" && !request.path.startsWith("/app/"));
const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** A freeze issue the App opened earlier with this body, as the issues list shows it. */
function appIssue(number: number, opened: Opened, state = "open"): Json {
  const item = exampleIssue({
    number,
    title: opened.title,
    labels: opened.labels,
    created_at: ALERT_AT,
    body: opened.body,
    author: "pilot-gate[bot]",
  });
  item.user.type = "Bot";
  item.state = state;
  return item;
}

describe("a critical security alert (incidents.triggers.security)", () => {
  it.each([
    ["code_scanning_alert", "code-scanning"],
    ["dependabot_alert", "dependabot"],
  ] as const)("a critical %s opens one freeze issue naming the alert", async (name, source) => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    listIssuesSince(gh, "pilot-gate:freeze", ALERT_AT, []);
    const opened = gh.createIssue(90);
    listPulls(gh, []);

    const event = securityAlertEvent(name, "created", { severity: "critical", number: 7 });
    await app.receive(name, event);

    const created = opened.body as Opened;
    expect(created.title).toMatch(/^PC-SEC-01 tripped: critical .* alert #7 is open/);
    expect(created.labels).toEqual(["pilot-gate:freeze", "escalation:superadmin"]);
    expect(created.body).toContain(`[#7](${event.alert.html_url})`);
    expect(readFreezeRecord(created.body)).toMatchObject({
      kind: "trigger",
      trigger: "PC-SEC-01",
      evidence: `${source}:7`,
    });
    expect(app.logged(50)).toEqual([]);

    // Delivered again: the issue it opened covers it, nothing is written.
    listIssuesSince(gh, "pilot-gate:freeze", ALERT_AT, [appIssue(90, created)]);
    const before = writes().length;
    await app.receive(
      name,
      securityAlertEvent(name, "created", { severity: "critical", number: 7 }),
    );
    expect(writes()).toHaveLength(before);
  });

  it("ignores an alert that is not critical: only the config is read", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);

    await app.receive(
      "dependabot_alert",
      securityAlertEvent("dependabot_alert", "created", { severity: "high" }),
    );

    expect(writes()).toEqual([]);
    expect(countRequests().total).toBe(1);
  });

  it("ignores a code-scanning alert on a branch other than the default one", async () => {
    const app = await createTestApp();
    new GitHubMock();
    const event = securityAlertEvent("code_scanning_alert", "created", { severity: "critical" });
    event.ref = "refs/heads/feature/S-PC-01-login";

    await app.receive("code_scanning_alert", event);

    expect(countRequests().total).toBe(0);
  });

  it("lifts the freeze when the alert is fixed (clear: resolved) and judges open PRs again", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    listIssuesSince(gh, "pilot-gate:freeze", ALERT_AT, []);
    const opened = gh.createIssue(91);
    listPulls(gh, []);
    await app.receive(
      "dependabot_alert",
      securityAlertEvent("dependabot_alert", "created", { severity: "critical", number: 20 }),
    );

    listIssues(gh, "pilot-gate:freeze", [appIssue(91, opened.body as Opened)]);
    const closed = gh.updateIssue(91);
    listPulls(gh, [], `"pulls-etag"`);
    await app.receive(
      "dependabot_alert",
      securityAlertEvent("dependabot_alert", "fixed", { severity: "critical", number: 20 }),
    );

    expect(closed.body).toMatchObject({ state: "closed" });
    expect((closed.body as { body: string }).body).toContain(
      "Cleared by pilot-gate: dependabot alert #\u200b20 was closed.",
    );
    expect(app.logged(50)).toEqual([]);
  });

  it("keeps the freeze when the alert is fixed under clear: maintainer", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(`${ENABLED}  triggers:\n    security:\n      clear: maintainer\n`);

    await app.receive(
      "dependabot_alert",
      securityAlertEvent("dependabot_alert", "fixed", { severity: "critical", number: 20 }),
    );

    expect(writes()).toEqual([]);
  });
});

describe("critical replay on consecutive days (incidents.triggers.replay)", () => {
  const replay = (number: number, day: string) =>
    exampleIssue({
      number,
      title: `Replay ${day}: checkout total wrong`,
      labels: ["critical replay"],
      created_at: `${day}T06:00:00Z`,
    });
  // Four days back from the tests' clock (2024-05-01T12:00Z): three plus one.
  const SINCE = "2024-04-27T12:00:00.000Z";

  it("trips PC-P1-01 on the third consecutive day, listing the replays", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    const today = replay(33, "2024-05-01");
    listIssuesSince(gh, "critical replay", SINCE, [
      today,
      replay(32, "2024-04-30"),
      replay(31, "2024-04-29"),
    ]);
    listIssuesSince(gh, "pilot-gate:freeze", SINCE, []);
    const opened = gh.createIssue(92);
    listPulls(gh, []);

    await app.receive("issues", issuesEvent("labeled", today, { label: "critical replay" }));

    const created = opened.body as Opened;
    expect(created.title).toBe(
      "PC-P1-01 tripped: critical replay on 3 consecutive days (2024-04-29 to 2024-05-01)",
    );
    for (const number of [31, 32, 33]) expect(created.body).toContain(`[#${number}]`);
    expect(readFreezeRecord(created.body)).toMatchObject({ evidence: "replay:2024-04-29" });
    expect(app.logged(50)).toEqual([]);
  });

  it("does not trip with a day missing", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    const today = replay(33, "2024-05-01");
    listIssuesSince(gh, "critical replay", SINCE, [today, replay(31, "2024-04-29")]);

    await app.receive("issues", issuesEvent("labeled", today, { label: "critical replay" }));

    expect(writes()).toEqual([]);
  });
});

describe("a restore drill outside RPO/RTO (incidents.triggers.restore)", () => {
  const CONFIG = parseConfig(
    `${ENABLED}  triggers:\n    restore:\n      rpo_minutes: 5\n      rto_minutes: 30\n`,
  );
  const report = (fields: Record<string, unknown>) =>
    JSON.stringify({
      kind: "restore-drill",
      drill: "prod-db",
      at: "2024-05-01T08:00:00Z",
      rpo_minutes: 2,
      rto_minutes: 20,
      ...fields,
    });

  it("trips once when the measured RTO is over the target, citing both figures", async () => {
    const gh = new GitHubMock();
    listIssuesSince(gh, "pilot-gate:freeze", "2024-04-30T08:00:00.000Z", []);
    const opened = gh.createIssue(93);
    const deps = tokenDeps({ now: NOW, log: silent });

    const outcome = await checkRestoreReport(deps, CONFIG, report({ rto_minutes: 45 }), NOW, false);

    expect(outcome).toMatchObject({ status: "tripped", issue: 93 });
    const created = opened.body as Opened;
    expect(created.title).toContain("PC-DR-01 tripped: restore drill prod-db outside its targets");
    expect(created.body).toContain("RTO 45 min (target 30)");
    expect(readFreezeRecord(created.body)).toMatchObject({
      evidence: "restore:prod-db@2024-05-01T08:00:00Z",
    });
  });

  it("passes a drill within both targets without a request", async () => {
    new GitHubMock();
    const outcome = await checkRestoreReport(
      tokenDeps({ now: NOW, log: silent }),
      CONFIG,
      report({}),
      NOW,
      false,
    );
    expect(outcome).toEqual({ status: "not-tripped", reason: "within RPO and RTO" });
    expect(countRequests().total).toBe(0);
  });

  it("refuses a report with missing fields, naming them, and never passes it", async () => {
    new GitHubMock();
    const partial = JSON.stringify({
      kind: "restore-drill",
      drill: "prod-db",
      at: "2024-05-01T08:00:00Z",
    });
    const outcome = await checkRestoreReport(
      tokenDeps({ now: NOW, log: silent }),
      CONFIG,
      partial,
      NOW,
      false,
    );
    expect(outcome.status).toBe("refused");
    expect(outcome).toMatchObject({ error: expect.stringMatching(/rpo_minutes: .*rto_minutes: /) });
  });
});
