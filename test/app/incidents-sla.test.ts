import { describe, expect, it } from "vitest";
import { type Config, parseConfig } from "../../core/index.js";
import type { EventDeps, LogFn } from "../../engine/event.js";
import { escalateIncident } from "../../engine/incidents/sla.js";
import { sweepIncidents } from "../../engine/incidents/sweep.js";
import type { IssueItem } from "../../github/client.js";
import { tokenDeps } from "./helpers/deps.js";
import {
  countRequests,
  FAILURES,
  GitHubMock,
  OWNER,
  REPO,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "./helpers/github.js";
import { exampleIssue, listIssues, listIssuesSince } from "./helpers/incidents.js";

useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;
// A Wednesday, 10:00 UTC.
const OPENED = "2026-06-03T10:00:00Z";
const at = (minutes: number) => new Date(Date.parse(OPENED) + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();

const CONFIG = parseConfig(`incidents:
  enabled: true
  escalation:
    - name: on-call
      mention: ["@acme/sre", "@carol"]
    - name: eng-lead
      mention: ["@acme/leads"]
    - name: leadership
`);
const LABELS = ["P0", "critical", "P1", "high", "P2", "medium"];

function issue(number: number, labels: string[], opened = OPENED): Json {
  const title = `INC-${number} tenant data visible across orgs`;
  return exampleIssue({ number, title, labels, created_at: opened, author: "octocat" });
}

/** An example issue as `GitHubClient.listOpenIssues` returns it, for calling escalateIncident directly. */
function issueItem(number: number, labels: string[], opened = OPENED): IssueItem {
  const raw = issue(number, labels, opened);
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? "",
    state: "open",
    labels,
    created_at: raw.created_at,
    closed_at: null,
    html_url: raw.html_url,
    author: { login: raw.user.login, type: raw.user.type },
    isPull: false,
  };
}

/** The sweep's lists: one request per severity label, answered with `byLabel[label]` or nothing. */
function openIssues(gh: GitHubMock, byLabel: Record<string, Json[]>) {
  for (const label of LABELS) {
    gh.scope
      .get(`${REPO_PATH}/issues`)
      .query({ labels: label, state: "open", sort: "created", direction: "asc", per_page: "100" })
      .reply(200, byLabel[label] ?? []);
  }
}

/** The rest of a sweep finding nothing: no blocked item, no recent critical incident for the trigger. */
function nothingElse(gh: GitHubMock, now: Date) {
  listIssues(gh, "blocked", []);
  const since = new Date(now.getTime() - 14 * 24 * 60 * 60_000).toISOString();
  for (const label of ["P0", "critical"]) listIssuesSince(gh, label, since, []);
  replayList(gh, now);
}

/** The critical-replay trigger's list: the label's issues of the last 4 days (3 days + 1). */
function replayList(gh: GitHubMock, now: Date, items: Json[] = []) {
  const since = new Date(now.getTime() - 4 * 24 * 60 * 60_000).toISOString();
  listIssuesSince(gh, "critical replay", since, items);
}

function timeline(gh: GitHubMock, number: number, items: Json[]) {
  gh.scope
    .get(`${REPO_PATH}/issues/${number}/timeline`)
    .query({ per_page: "100" })
    .reply(200, items);
}

let nextId = 1;
function commented(login: string, minutes: number, type = "User"): Json {
  const user = { login, id: 1000 + nextId, type };
  return {
    id: nextId++,
    node_id: `IC_${nextId}`,
    event: "commented",
    body: "looking",
    created_at: iso(minutes),
    updated_at: iso(minutes),
    user,
    actor: user,
  };
}

function labeled(name: string, login: string, minutes: number): Json {
  return {
    id: nextId++,
    node_id: `LE_${nextId}`,
    event: "labeled",
    created_at: iso(minutes),
    actor: { login, id: 7, type: "User" },
    label: { name, color: "00ff00" },
  };
}

interface Logged {
  level: string;
  message: string;
  fields?: object;
}

function setup(options: { dryRun?: boolean } = {}): { deps: EventDeps; logged: Logged[] } {
  const logged: Logged[] = [];
  const log =
    (level: string): LogFn =>
    (first: object | string, message?: string) => {
      if (typeof first === "string") logged.push({ level, message: first });
      else logged.push({ level, message: message ?? "", fields: first });
    };
  const deps = tokenDeps({
    now: at(10),
    dryRun: options.dryRun ?? false,
    log: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
  });
  return { deps, logged };
}

const writes = () => recorded.filter((request) => request.method !== "GET");

describe("escalateIncident", () => {
  it("escalates a critical incident unacknowledged after 10 min to on-call: comment, then label", async () => {
    const gh = new GitHubMock();
    timeline(gh, 42, [labeled("P0", "octocat", 0)]);
    const comment = gh.comment(42);
    const label = gh.addLabels(42);
    const { deps } = setup();

    const result = await escalateIncident(deps, CONFIG, issueItem(42, ["P0"]), at(10), {
      dryRun: false,
    });

    expect(result).toMatchObject({
      number: 42,
      severity: "critical",
      levelBefore: 0,
      timeline: "read",
      escalation: { level: 1, name: "on-call", label: "escalation:on-call", breached: ["ack"] },
      dryRun: false,
      requests: 3,
    });
    expect(result.clocks.map((clock) => [clock.clock, clock.state, clock.overdueBy])).toEqual([
      ["ack", "breached", 5],
      ["contain", "running", 0],
      ["recover", "running", 0],
    ]);
    const body = (comment.body as { body: string }).body;
    expect(body).toContain("### Escalated to on-call (level 1 of 3)");
    expect(body).toContain("@acme/sre @carol: this critical incident breached its SLA.");
    expect(body).toContain("- **ack**: target 5 min, not acknowledged yet, 5 min overdue");
    expect(body).toContain("with write permission or higher");
    expect(body).toContain(
      "Next level: **eng-lead** (2 of 3), when one more SLA clock is breached.",
    );
    expect(body).not.toContain("contain**");
    expect(label.body).toEqual({ labels: ["escalation:on-call"] });
    // The comment goes first, so a failed label repeats the comment rather than losing it.
    expect(writes().map((request) => request.path)).toEqual([
      `${REPO_PATH}/issues/42/comments`,
      `${REPO_PATH}/issues/42/labels`,
    ]);
  });

  describe("along the chain of the incident's severity", () => {
    const PER_SEVERITY = parseConfig(`incidents:
  enabled: true
  escalation:
    critical:
      - { name: superadmin, mention: ["@acme/admins"] }
    high:
      - { name: tech-lead, mention: ["@dave"] }
      - { name: qa }
    medium:
      - { name: story-owner, mention: ["@erin"] }
`);

    it.each([
      // severity label, minutes after opening (each just past its ACK target), level, mention
      ["P0", 6, "superadmin", "@acme/admins", "critical"],
      ["P1", 16, "tech-lead", "@dave", "high"],
      // Medium's ACK runs in business minutes: 4 business hours from Wednesday 10:00.
      ["P2", 4 * 60 + 1, "story-owner", "@erin", "medium"],
    ] as const)(
      "a %s incident past its ACK target is escalated to %s",
      async (severity, minutes, name, who, word) => {
        const gh = new GitHubMock();
        timeline(gh, 42, [labeled(severity, "octocat", 0)]);
        const comment = gh.comment(42);
        const label = gh.addLabels(42);
        const { deps } = setup();

        const result = await escalateIncident(
          deps,
          PER_SEVERITY,
          issueItem(42, [severity]),
          at(minutes),
          { dryRun: false },
        );

        expect(result.escalation).toMatchObject({ level: 1, name, breached: ["ack"] });
        const body = (comment.body as { body: string }).body;
        expect(body).toContain(`${who}: this ${word} incident breached its SLA.`);
        expect(label.body).toEqual({ labels: [`escalation:${name}`] });
      },
    );
  });

  it("writes nothing for an incident already escalated for its one breached clock", async () => {
    new GitHubMock();
    const { deps } = setup();

    const result = await escalateIncident(
      deps,
      CONFIG,
      issueItem(42, ["P0", "escalation:on-call"]),
      at(10),
      { dryRun: false },
    );

    expect(result).toMatchObject({ levelBefore: 1, escalation: undefined, timeline: "skipped" });
    expect(result.clocks[0]).toMatchObject({ clock: "ack", state: "breached" });
    expect(recorded).toEqual([]);
  });

  it("escalates nothing when a maintainer commented in time", async () => {
    const gh = new GitHubMock();
    timeline(gh, 42, [labeled("P0", "octocat", 0), commented("alice", 3)]);
    gh.permission("alice", "write");
    const { deps } = setup();

    const result = await escalateIncident(deps, CONFIG, issueItem(42, ["P0"]), at(10), {
      dryRun: false,
    });

    expect(result).toMatchObject({ timeline: "read", escalation: undefined });
    expect(result.clocks[0]).toMatchObject({ clock: "ack", state: "met", metAt: iso(3) });
    expect(writes()).toEqual([]);
  });

  it("stops asking permissions at the first acknowledgement", async () => {
    const gh = new GitHubMock();
    // Out of order on purpose: the clocks read the timeline in time order.
    timeline(gh, 42, [commented("bob", 4), commented("alice", 2), commented("dave", 3)]);
    gh.permission("alice", "read");
    gh.permission("dave", "maintain");
    const { deps } = setup();

    const result = await escalateIncident(deps, CONFIG, issueItem(42, ["P0"]), at(10), {
      dryRun: false,
    });

    expect(result.clocks[0]).toMatchObject({ state: "met", metAt: iso(3) });
    expect(
      countRequests().byOperation["GET /repos/{owner}/{repo}/collaborators/{username}/permission"],
    ).toBe(2);
  });

  it("does not count a bot's comment as an acknowledgement, nor ask its permission", async () => {
    const gh = new GitHubMock();
    timeline(gh, 42, [
      commented("pilot-gate[bot]", 1, "Bot"),
      commented("ci-helper", 2, "Bot"),
      commented("renovate[bot]", 3, "User"),
    ]);
    gh.comment(42);
    gh.addLabels(42);
    const { deps } = setup();

    const result = await escalateIncident(deps, CONFIG, issueItem(42, ["P0"]), at(10), {
      dryRun: false,
    });

    expect(result.escalation).toMatchObject({ name: "on-call" });
    expect(result.clocks[0]).toMatchObject({ clock: "ack", state: "breached" });
    expect(countRequests().byOperation).not.toHaveProperty(
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
    );
  });

  it("reads no timeline while no clock can be breached yet", async () => {
    new GitHubMock();
    const { deps } = setup();

    const result = await escalateIncident(deps, CONFIG, issueItem(42, ["P0"], iso(9)), at(10), {
      dryRun: false,
    });

    expect(result).toMatchObject({ timeline: "skipped", escalation: undefined, requests: 0 });
    expect(result.clocks.map((clock) => clock.state)).toEqual(["running", "running", "running"]);
    expect(recorded).toEqual([]);
  });

  it("on a dry run, reads but writes nothing and logs the planned comment and label", async () => {
    const gh = new GitHubMock();
    timeline(gh, 42, []);
    const { deps, logged } = setup({ dryRun: true });

    const result = await escalateIncident(deps, CONFIG, issueItem(42, ["P0"]), at(10), {
      dryRun: true,
    });

    expect(result).toMatchObject({ dryRun: true, escalation: { label: "escalation:on-call" } });
    expect(writes()).toEqual([]);
    expect(logged).toContainEqual(
      expect.objectContaining({
        level: "info",
        message:
          "dry run: 2 planned write(s) not made: comment on #42; add label escalation:on-call to #42",
      }),
    );
  });

  it("says the comment was posted when the label after it fails", async () => {
    const gh = new GitHubMock();
    timeline(gh, 42, []);
    gh.comment(42);
    gh.fail("POST", `${REPO_PATH}/issues/42/labels`, FAILURES["500"] as never);
    const { deps } = setup();

    await expect(
      escalateIncident(deps, CONFIG, issueItem(42, ["P0"]), at(10), { dryRun: false }),
    ).rejects.toThrow(
      /GitHub answered 500 when the App tried to add the escalation:on-call label; the escalation comment on #42 was posted, so the next event or sweep posts it again/,
    );
  });

  it("escalates to the next level when another clock is breached, naming both", async () => {
    const gh = new GitHubMock();
    timeline(gh, 42, [commented("alice", 8)]);
    gh.permission("alice", "admin");
    const comment = gh.comment(42);
    const label = gh.addLabels(42);
    const { deps } = setup();

    const result = await escalateIncident(
      deps,
      CONFIG,
      issueItem(42, ["P0", "escalation:on-call"]),
      at(20),
      { dryRun: false },
    );

    expect(result.escalation).toMatchObject({ level: 2, name: "eng-lead" });
    const body = (comment.body as { body: string }).body;
    expect(body).toContain("@acme/leads: this critical incident breached its SLA.");
    expect(body).toContain("- **ack**: target 5 min, acknowledged 3 min late");
    expect(body).toContain("- **contain**: target 15 min, not contained yet, 5 min overdue");
    expect(body).toContain("Next level: **leadership** (3 of 3)");
    expect(label.body).toEqual({ labels: ["escalation:eng-lead"] });
  });
});

describe("sweepIncidents", () => {
  it("sweeps each open incident once, skips PRs, and shares permission answers", async () => {
    const gh = new GitHubMock();
    const pull = { ...issue(7, ["P1"]), pull_request: { url: "u" } };
    openIssues(gh, {
      P0: [issue(42, ["P0", "critical"])],
      critical: [issue(42, ["P0", "critical"])],
      P1: [issue(43, ["P1"]), pull],
    });
    timeline(gh, 42, [commented("eve", 2)]);
    timeline(gh, 43, [commented("eve", 3)]);
    gh.permission("eve", "triage");
    gh.comment(42);
    gh.addLabels(42);
    const { deps } = setup();

    // 20 min: critical #42 breached ack and contain; high #43 (ack 15 min) breached ack.
    const gh43 = gh.comment(43);
    gh.addLabels(43);
    nothingElse(gh, at(20));
    const report = await sweepIncidents(deps, CONFIG, at(20), { dryRun: false });

    expect(report).toMatchObject({
      kind: "incidents-sweep",
      repository: `${OWNER}/${REPO}`,
      enabled: true,
      escalated: 2,
      errors: [],
      blocked: { items: [], escalated: 0 },
      trigger: { status: "not-tripped", incidents: [] },
    });
    expect(report.incidents.map((result) => [result.number, result.severity])).toEqual([
      [42, "critical"],
      [43, "high"],
    ]);
    expect((gh43.body as { body: string }).body).toContain("this high incident");
    expect(report.requests).toBe(countRequests().total);
  });

  it("reports an incident whose timeline fails and still handles the next one", async () => {
    const gh = new GitHubMock();
    openIssues(gh, { P0: [issue(42, ["P0"]), issue(44, ["P0"])] });
    gh.fail("GET", `${REPO_PATH}/issues/42/timeline`, FAILURES["500"] as never);
    timeline(gh, 44, []);
    gh.comment(44);
    gh.addLabels(44);
    nothingElse(gh, at(10));
    const { deps, logged } = setup();

    const report = await sweepIncidents(deps, CONFIG, at(10), { dryRun: false });

    expect(report.errors).toEqual([
      {
        part: "sla",
        number: 42,
        url: `https://github.com/${OWNER}/${REPO}/issues/42`,
        reason: "GitHub answered 500 when the App tried to read the timeline of #42",
      },
    ]);
    expect(report.incidents.map((result) => [result.number, result.escalation?.name])).toEqual([
      [44, "on-call"],
    ]);
    expect(logged.some((entry) => entry.level === "warn" && entry.message.startsWith("#42"))).toBe(
      true,
    );
  });

  it("reports a severity label that cannot be listed and sweeps the others", async () => {
    const gh = new GitHubMock();
    for (const label of LABELS) {
      const interceptor = gh.scope.get(`${REPO_PATH}/issues`).query({
        labels: label,
        state: "open",
        sort: "created",
        direction: "asc",
        per_page: "100",
      });
      if (label === "critical") interceptor.reply(500, { message: "Server Error" });
      else interceptor.reply(200, label === "P2" ? [issue(45, ["P2"], iso(5))] : []);
    }
    nothingElse(gh, at(10));
    const { deps } = setup();

    const report = await sweepIncidents(deps, CONFIG, at(10), { dryRun: false });

    expect(report.errors).toEqual([
      {
        part: "sla",
        label: "critical",
        reason: "GitHub answered 500 when the App tried to find the open issue labelled critical",
      },
    ]);
    expect(report.incidents).toMatchObject([
      { number: 45, severity: "medium", timeline: "skipped" },
    ]);
  });

  it("trips the critical-replay trigger no event tripped (a dry run plans the freeze issue)", async () => {
    const gh = new GitHubMock();
    openIssues(gh, {});
    listIssues(gh, "blocked", []);
    const since = new Date(at(10).getTime() - 14 * 24 * 60 * 60_000).toISOString();
    for (const label of ["P0", "critical"]) listIssuesSince(gh, label, since, []);
    // Labelled critical replay on three consecutive UTC days, the last today.
    const replays = [0, 1, 2].map((daysAgo) =>
      exampleIssue({
        number: 60 + daysAgo,
        title: `Replay ${daysAgo}`,
        labels: ["critical replay"],
        created_at: new Date(at(10).getTime() - daysAgo * 24 * 60 * 60_000).toISOString(),
        author: "octocat",
      }),
    );
    replayList(gh, at(10), replays);
    // The freeze issues since the replay window, to find an earlier freeze for the same run.
    listIssuesSince(
      gh,
      "pilot-gate:freeze",
      new Date(at(10).getTime() - 4 * 24 * 60 * 60_000).toISOString(),
      [],
    );
    const { deps } = setup();

    const report = await sweepIncidents(deps, CONFIG, at(10), { dryRun: true });

    expect(report.replay).toMatchObject({ status: "tripped", applied: "planned" });
    expect(report.errors).toEqual([]);
    // Only reads: the freeze issue is planned, not opened.
    expect(Object.keys(countRequests().byOperation).filter((op) => !op.startsWith("GET "))).toEqual(
      [],
    );
    expect(report.requests).toBe(countRequests().total);
  });

  it("reports a critical-replay list that cannot be read as an error, never as not tripped", async () => {
    const gh = new GitHubMock();
    openIssues(gh, {});
    listIssues(gh, "blocked", []);
    const since = new Date(at(10).getTime() - 14 * 24 * 60 * 60_000).toISOString();
    for (const label of ["P0", "critical"]) listIssuesSince(gh, label, since, []);
    gh.scope
      .get(`${REPO_PATH}/issues`)
      .query((query) => query.labels === "critical replay")
      .reply(500, { message: "Server Error" });
    const { deps } = setup();

    const report = await sweepIncidents(deps, CONFIG, at(10), { dryRun: false });

    expect(report.replay).toBeNull();
    expect(report.errors).toEqual([{ part: "replay", reason: expect.stringContaining("500") }]);
  });

  it("reports a blocked list that cannot be read and still checks the trigger", async () => {
    const gh = new GitHubMock();
    openIssues(gh, {});
    gh.scope
      .get(`${REPO_PATH}/issues`)
      .query({
        labels: "blocked",
        state: "open",
        sort: "created",
        direction: "asc",
        per_page: "100",
      })
      .reply(500, { message: "Server Error" });
    const since = new Date(at(10).getTime() - 14 * 24 * 60 * 60_000).toISOString();
    listIssuesSince(gh, "P0", since, [issue(42, ["P0"])]);
    listIssuesSince(gh, "critical", since, []);
    replayList(gh, at(10));
    const { deps } = setup();

    const report = await sweepIncidents(deps, CONFIG, at(10), { dryRun: false });

    expect(report.errors).toEqual([
      {
        part: "blocked",
        label: "blocked",
        reason: "GitHub answered 500 when the App tried to find the open issue labelled blocked",
      },
    ]);
    expect(report.trigger).toEqual({ status: "not-tripped", incidents: [42] });
    expect(report.requests).toBe(countRequests().total);
  });

  it("does nothing while incidents.enabled is off, and says so", async () => {
    new GitHubMock();
    const { deps, logged } = setup();
    const config: Config = parseConfig("incidents:\n  enabled: false\n");

    const report = await sweepIncidents(deps, config, at(10), { dryRun: false });

    expect(report).toMatchObject({
      enabled: false,
      incidents: [],
      blocked: { items: [] },
      trigger: null,
      errors: [],
      requests: 0,
    });
    expect(recorded).toEqual([]);
    expect(logged.map((entry) => entry.message)).toContain(
      "incidents.enabled is off in .github/pilot-gate.yml: nothing was swept",
    );
  });
});
