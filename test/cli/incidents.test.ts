import { describe, expect, it } from "vitest";
import {
  countRequests,
  GitHubMock,
  OWNER,
  REPO,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "../app/helpers/github.js";
import { exampleIssue, listIssues, listIssuesSince } from "../app/helpers/incidents.js";
import { run, STACK_LINE, tempDir, writeFiles } from "./helpers.js";

// Every request the sweep makes is checked against GitHub's OpenAPI description.
useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;
const OPENED = "2026-06-03T10:00:00Z";
const TEN_MINUTES_LATER = "2026-06-03T10:10:00Z";
const ENV = { GITHUB_TOKEN: "ghp_test", PILOT_GATE_NO_RETRY: "1" };
const ENABLED =
  'incidents:\n  enabled: true\n  escalation:\n    - name: on-call\n      mention: ["@acme/sre"]\n    - name: eng-lead\n';
const LABELS = ["P0", "critical", "P1", "high", "P2", "medium"];
const sweep = (...extra: string[]) => [
  "incidents",
  "sweep",
  "--repo",
  `${OWNER}/${REPO}`,
  "--now",
  TEN_MINUTES_LATER,
  ...extra,
];

function issue(number: number, labels: string[]): Json {
  return exampleIssue({ number, title: `INC-${number} checkout down`, labels, created_at: OPENED });
}

/** The repository's default branch and config, read as the App reads them. */
function repoConfig(gh: GitHubMock, text: string | null) {
  gh.repository("master");
  gh.config(text);
}

/** The open lists of every severity label, answered with `byLabel[label]` or nothing. */
function severityLists(gh: GitHubMock, byLabel: Record<string, Json[]>) {
  for (const label of LABELS) {
    gh.scope
      .get(`${REPO_PATH}/issues`)
      .query({ labels: label, state: "open", sort: "created", direction: "asc", per_page: "100" })
      .reply(200, byLabel[label] ?? []);
  }
}

/** One open critical incident, #42, opened 10 minutes before --now, with an empty timeline. */
function oneIncident(gh: GitHubMock, { timeline = true }: { timeline?: boolean } = {}) {
  severityLists(gh, { P0: [issue(42, ["P0"])] });
  if (timeline) {
    gh.scope.get(`${REPO_PATH}/issues/42/timeline`).query({ per_page: "100" }).reply(200, []);
  }
}

/** 14 days before --now: where the repeated-P0 trigger's lists start. */
const TRIGGER_SINCE = "2026-05-20T10:10:00.000Z";

/** The open items labelled blocked, as GitHub lists them. */
function listBlocked(gh: GitHubMock, items: Json[] = []) {
  listIssues(gh, "blocked", items);
}

/** The trigger's lists of recent critical incidents. */
function triggerLists(gh: GitHubMock, byLabel: { P0?: Json[]; critical?: Json[] } = {}) {
  listIssuesSince(gh, "P0", TRIGGER_SINCE, byLabel.P0 ?? []);
  listIssuesSince(gh, "critical", TRIGGER_SINCE, byLabel.critical ?? []);
  replayList(gh);
}

/** 4 days before --now (3 consecutive days + 1): where the critical-replay trigger's list starts. */
const REPLAY_SINCE = "2026-05-30T10:10:00.000Z";

/** The critical-replay trigger's list of recent issues labelled critical replay. */
function replayList(gh: GitHubMock, items: Json[] = []) {
  listIssuesSince(gh, "critical replay", REPLAY_SINCE, items);
}

/** One incident due, no blocked item, the trigger not tripped. */
function oneIncidentOnly(gh: GitHubMock, options: { timeline?: boolean } = {}) {
  oneIncident(gh, options);
  listBlocked(gh);
  triggerLists(gh, { P0: [issue(42, ["P0"])] });
}

describe("pilot-gate incidents sweep", () => {
  it("escalates the one incident that is due, prints it and exits 0", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, ENABLED);
    oneIncidentOnly(gh);
    const comment = gh.comment(42);
    const label = gh.addLabels(42);

    const result = await run(sweep(), { env: ENV });

    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        `config:    .github/pilot-gate.yml on master of ${OWNER}/${REPO}`,
        "#42 critical ack breached (5 min overdue), contain running, recover running: escalated to on-call (level 1 of 2)",
        "trigger PC-P1-01: not tripped (critical incidents within 14 days: #42)",
        `Checked 1 open incident and 0 blocked items in ${OWNER}/${REPO}: 1 incident escalated (13 requests).`,
        "",
      ].join("\n"),
    );
    expect((comment.body as { body: string }).body).toContain("@acme/sre: this critical incident");
    expect(label.body).toEqual({ labels: ["escalation:on-call"] });
    expect(result.stderr).toContain("#42 escalated to on-call (level 1)");
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("prints the report as JSON with --json", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, ENABLED);
    oneIncidentOnly(gh);
    gh.comment(42);
    gh.addLabels(42);

    const result = await run(sweep("--json"), { env: ENV });

    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      version: 1,
      kind: "incidents-sweep",
      repository: `${OWNER}/${REPO}`,
      at: "2026-06-03T10:10:00.000Z",
      enabled: true,
      dryRun: false,
      escalated: 1,
      errors: [],
      blocked: { items: [], escalated: 0 },
      trigger: { status: "not-tripped", incidents: [42] },
      incidents: [
        {
          number: 42,
          severity: "critical",
          timeline: "read",
          escalation: { level: 1, name: "on-call", mention: ["@acme/sre"] },
          // What the executor did: the text report words "escalated" from this, not from dryRun.
          applied: "written",
          clocks: [
            { clock: "ack", state: "breached", target: 5, overdueBy: 5 },
            { clock: "contain", state: "running" },
            { clock: "recover", state: "running" },
          ],
        },
      ],
    });
  });

  it("writes nothing with --dry-run and prints what it would do", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, ENABLED);
    oneIncidentOnly(gh);

    const result = await run(sweep("--dry-run"), { env: ENV });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(": would escalate to on-call (level 1 of 2)");
    expect(result.stdout).toContain(
      `Dry run, nothing was written: checked 1 open incident and 0 blocked items in ${OWNER}/${REPO}: 1 incident would be escalated`,
    );
    expect(result.stderr).toContain(
      "dry run: 2 planned write(s) not made: comment on #42; add label escalation:on-call to #42",
    );
    expect(recorded.filter((request) => request.method !== "GET")).toEqual([]);
  });

  it("reports an escalation a dry run only planned as planned in --json", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, ENABLED);
    oneIncidentOnly(gh);

    const result = await run(sweep("--dry-run", "--json"), { env: ENV });

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      dryRun: true,
      escalated: 1,
      incidents: [{ number: 42, dryRun: true, applied: "planned" }],
    });
    expect(recorded.filter((request) => request.method !== "GET")).toEqual([]);
  });

  it("reads a local --config instead of the repository's", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { "sweep.yml": `${ENABLED}check:\n  dry_run: true\n` });
    const gh = new GitHubMock();
    oneIncidentOnly(gh);

    const result = await run(sweep("--config", "sweep.yml"), { cwd, env: ENV });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("config:    sweep.yml\n");
    // check.dry_run in the config makes it a dry run too.
    expect(result.stdout).toContain("would escalate to on-call");
    expect(countRequests().byOperation).not.toHaveProperty("GET /repos/{owner}/{repo}");
  });

  it("exits 1 when an incident could not be checked, saying why", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, ENABLED);
    oneIncidentOnly(gh, { timeline: false });
    gh.scope
      .get(`${REPO_PATH}/issues/42/timeline`)
      .query({ per_page: "100" })
      .reply(500, { message: "Server Error" });

    const result = await run(sweep(), { env: ENV });

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "#42 could not be checked: GitHub answered 500 when the App tried to read the timeline of #42",
    );
    expect(result.stdout).toContain("0 incidents escalated, 1 could not be checked");
  });

  it("checks a blocked item no event touched: asks for the missing fields, escalates after a cycle", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, ENABLED);
    severityLists(gh, {});
    const item = issue(51, ["blocked"]);
    item.title = "Blocked: tenant provisioning";
    item.body =
      "### ID\n\nBLK-51\n\n### Cause\n\nVendor API 503\n\n### Impact\n\nWave O-02 cannot start\n\n### Owner\n\n_No response_\n\n### ETA\n\nTBD\n\n### Upstream dependency\n\nvendor ticket 8812\n";
    item.created_at = "2026-05-01T09:00:00Z";
    listBlocked(gh, [item]);
    gh.scope.get(`${REPO_PATH}/issues/51/comments`).query({ per_page: "100" }).reply(200, []);
    const fields = gh.comment(51);
    const needsInfo = gh.addLabels(51);
    gh.scope
      .get(`${REPO_PATH}/issues/51/timeline`)
      .query({ per_page: "100" })
      .reply(200, [
        {
          id: 9,
          node_id: "LE_9",
          url: "",
          event: "labeled",
          created_at: "2026-05-19T09:00:00Z",
          actor: { login: "octocat", id: 7, type: "User" },
          label: { name: "blocked", color: "ff0000" },
        },
      ]);
    const escalation = gh.comment(51);
    const escalated = gh.addLabels(51);
    triggerLists(gh);

    const result = await run(sweep(), { env: ENV });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "#51 blocked  missing Owner, ETA (commented, added needs-info); blocked since 2026-05-19T09:00:00.000Z, escalated to on-call (blocked:escalated)\n",
    );
    expect(result.stdout).toContain(
      `Checked 0 open incidents and 1 blocked item in ${OWNER}/${REPO}: 0 incidents escalated, 1 blocked item escalated (`,
    );
    expect((fields.body as { body: string }).body).toMatch(/Owner[\s\S]*ETA/);
    expect(needsInfo.body).toEqual({ labels: ["needs-info"] });
    expect((escalation.body as { body: string }).body).toContain("@acme/sre");
    expect(escalated.body).toEqual({ labels: ["blocked:escalated"] });
  });

  it("trips the repeated-P0 trigger no event tripped, then finds it frozen on the next sweep", async () => {
    const closed = (number: number, created: string) => {
      const item = issue(number, ["P0"]);
      item.state = "closed";
      item.created_at = created;
      item.closed_at = created;
      return item;
    };
    const recent = [closed(43, "2026-06-01T08:00:00Z"), closed(42, "2026-05-30T08:00:00Z")];
    const gh = new GitHubMock();
    repoConfig(gh, ENABLED);
    severityLists(gh, {});
    listBlocked(gh);
    triggerLists(gh, { P0: recent });
    listIssuesSince(gh, "pilot-gate:freeze", TRIGGER_SINCE, []);
    const opened = gh.createIssue(80);

    const first = await run(sweep(), { env: ENV });

    expect(first.code).toBe(0);
    const sent = opened.body as { title: string; body: string; labels: string[] };
    expect(sent.labels).toEqual(["pilot-gate:freeze", "escalation:on-call"]);
    expect(sent.body).toContain("@acme/sre: trigger **PC-P1-01** tripped");
    const receipt = /Receipt: `(pg-[0-9a-f]+)`/.exec(sent.body)?.[1];
    expect(receipt).toBeDefined();
    expect(first.stdout).toContain(
      `trigger PC-P1-01: tripped (critical incidents within 14 days: #42, #43): froze merges with #80 (receipt ${receipt})\n`,
    );
    expect(first.stdout).toContain(": 0 incidents escalated, trigger froze merges (");

    // The next sweep finds the freeze issue it opened and opens no other.
    const frozen = issue(80, ["pilot-gate:freeze", "escalation:on-call"]);
    frozen.title = sent.title;
    frozen.body = sent.body;
    frozen.created_at = TEN_MINUTES_LATER;
    frozen.user = { ...frozen.user, login: "github-actions[bot]", type: "Bot" };
    repoConfig(gh, ENABLED);
    severityLists(gh, {});
    listBlocked(gh);
    triggerLists(gh, { P0: recent });
    listIssuesSince(gh, "pilot-gate:freeze", TRIGGER_SINCE, [frozen]);

    const second = await run(sweep(), { env: ENV });

    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      "trigger PC-P1-01: tripped (critical incidents within 14 days: #42, #43), frozen before by #80\n",
    );
    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/issues"]).toBe(1);
  });

  it("exits 1 when the trigger cannot be checked, and still sweeps the incidents", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, ENABLED);
    oneIncident(gh);
    gh.comment(42);
    gh.addLabels(42);
    listBlocked(gh);
    gh.scope
      .get(`${REPO_PATH}/issues`)
      .query({
        labels: "P0",
        state: "all",
        since: TRIGGER_SINCE,
        sort: "created",
        direction: "desc",
        per_page: "100",
      })
      .reply(500, { message: "Server Error" });
    listIssuesSince(gh, "critical", TRIGGER_SINCE, []);
    replayList(gh);

    const result = await run(sweep(), { env: ENV });

    expect(result.code).toBe(1);
    expect(result.stdout).toContain("escalated to on-call (level 1 of 2)");
    expect(result.stdout).toMatch(/\ntrigger could not be checked: GitHub answered 500 .*\n/);
    expect(result.stdout).toContain("1 incident escalated, 1 could not be checked");
  });

  it("reads the organisation's config, as the App does, when the repository has none", async () => {
    const gh = new GitHubMock();
    gh.repository("master");
    gh.config(null, { org: "# the organisation's defaults\n" });

    const result = await run(sweep(), { env: ENV });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `incidents.enabled is off in ${OWNER}/.github:.github/pilot-gate.yml: nothing was swept.`,
    );
  });

  it("sweeps nothing and exits 0 while incidents.enabled is off", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, null);

    const result = await run(sweep(), { env: ENV });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `incidents.enabled is off in defaults (no .github/pilot-gate.yml on master of ${OWNER}/${REPO}, nor in ${OWNER}/.github): nothing was swept.`,
    );
    expect(countRequests().byOperation).not.toHaveProperty("GET /repos/{owner}/{repo}/issues");
  });

  it("exits 2 when the repository's config is invalid", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, "incidents:\n  enabled: yes please\n");

    const result = await run(sweep(), { env: ENV });

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.github\/pilot-gate\.yml has 1 problem/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("exits 2 when the config cannot be read, naming the token's permissions", async () => {
    const gh = new GitHubMock();
    gh.scope.get(REPO_PATH).reply(404, { message: "Not Found" });

    const result = await run(sweep(), { env: ENV });

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /cannot read the config of Codertocat\/Hello-World: GitHub answered 404 .*Issues: Read and write and Contents: Read/,
    );
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it.each([
    ["no token", sweep(), {}, /GITHUB_TOKEN is not set/],
    [
      "a bad --repo",
      ["incidents", "sweep", "--repo", "acme"],
      ENV,
      /--repo "acme" is not a repository; expected format owner\/name/,
    ],
    ["no repository", ["incidents", "sweep"], ENV, /no repository given; pass --repo owner\/name/],
    ["no subcommand", ["incidents"], ENV, /say sweep/],
    ["an unknown subcommand", ["incidents", "swep"], ENV, /unknown subcommand "swep"/],
    ["a bad --now", [...sweep(), "--now", "soon"], ENV, /--now "soon" is not a time/],
  ])("exits 2 on %s, with no request", async (_name, argv, env, message) => {
    const result = await run(argv, { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("usage: pilot-gate incidents sweep");
    expect(recorded).toEqual([]);
  });

  it("has help", async () => {
    const result = await run(["incidents", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: pilot-gate incidents sweep");
    expect(result.stdout).toContain("Exit codes: 0 the sweep completed");
    const index = await run(["--help"]);
    expect(index.stdout).toContain("incidents sweep");
  });
});

describe("pilot-gate incidents restore-report", () => {
  const report = (fields: Record<string, unknown>) =>
    JSON.stringify({
      kind: "restore-drill",
      drill: "prod-db",
      at: "2026-06-03T08:00:00Z",
      rpo_minutes: 3,
      rto_minutes: 20,
      ...fields,
    });
  const args = [
    "incidents",
    "restore-report",
    "drill.json",
    "--repo",
    `${OWNER}/${REPO}`,
    "--now",
    TEN_MINUTES_LATER,
  ];

  it("opens the restore trigger's freeze issue for a drill over its RTO, and exits 0", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, ENABLED);
    listIssuesSince(gh, "pilot-gate:freeze", "2026-06-02T08:00:00.000Z", []);
    const opened = gh.createIssue(95);
    const cwd = await tempDir();
    await writeFiles(cwd, { "drill.json": report({ rto_minutes: 90 }) });

    const result = await run(args, { cwd, env: ENV });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("drill.json: PC-DR-01 tripped: freeze issue #95");
    expect((opened.body as { body: string }).body).toContain("RTO 90 min (target 60)");
  });

  it("refuses a report without its figures and exits 1, writing nothing", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, ENABLED);
    const cwd = await tempDir();
    await writeFiles(cwd, { "drill.json": report({ rpo_minutes: undefined }) });

    const result = await run(args, { cwd, env: ENV });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "drill.json: The restore report cannot be judged: rpo_minutes:",
    );
    expect(recorded.filter((request) => request.method !== "GET")).toEqual([]);
  });
});
