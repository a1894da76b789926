import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePilotManifest } from "../../../core/gates/pilot/manifest.js";
import { parseRoster } from "../../../core/gates/pilot/roster.js";
import {
  GitHubMock,
  OWNER,
  REPO,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "../../app/helpers/github.js";
import { exampleIssue } from "../../app/helpers/incidents.js";
import { run, STACK_LINE, tempDir } from "../helpers.js";

// Every request the pilot commands make is checked against GitHub's OpenAPI description.
useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;
const NOW = () => new Date("2026-06-01T00:00:00Z");
const ENV = { GITHUB_TOKEN: "ghp_test", PILOT_GATE_NO_RETRY: "1" };
const EXAMPLE = resolve("examples/pilot/activity.csv");
const ROSTER = "pilots/m6/2026-06-01/roster.json";
const REPO_ARG = ["--repo", `${OWNER}/${REPO}`];

/** Requests other than reads made since `mark`. */
function writesSince(mark: number): number {
  return recorded.slice(mark).filter((request) => request.method !== "GET").length;
}

/** A started pilot with the example's roster recommended. */
async function recommended(): Promise<string> {
  const cwd = await tempDir();
  expect((await run(["pilot", "start", "--name", "m6"], { cwd, now: NOW })).code).toBe(0);
  const rec = await run(["pilot", "recommend", "--activity", EXAMPLE], { cwd, now: NOW });
  expect(rec.code).toBe(0);
  return cwd;
}

/** Every issue labelled `label`, open and closed, as GitHub lists them. */
function allIssues(gh: GitHubMock, label: string, items: Json[] = []) {
  gh.scope
    .get(`${REPO_PATH}/issues`)
    .query({ labels: label, state: "all", per_page: "100" })
    .reply(200, items);
}

function issueWith(number: number, body: string, label: string): Json {
  return exampleIssue({
    number,
    title: `issue ${number}`,
    labels: [label],
    created_at: "2026-06-01T00:00:00Z",
    body,
  });
}

/** Answers each issue creation with the next number from `first`, capturing the bodies. */
function creations(gh: GitHubMock, count: number, first = 40): Json[] {
  const bodies: Json[] = [];
  for (let i = 0; i < count; i++) {
    gh.scope.post(`${REPO_PATH}/issues`).reply((_uri, body) => {
      bodies.push(body);
      return [201, { id: first + i, number: first + i }];
    });
  }
  return bodies;
}

describe("pilot-gate pilot review", () => {
  it("opens one review issue per REVISAR_* candidate at or above --min-score, and records their numbers", async () => {
    const cwd = await recommended();
    const gh = new GitHubMock();
    allIssues(gh, "pilot-review");
    const bodies = creations(gh, 3);

    const result = await run(
      ["pilot", "review", "--reviewer", "octocat", "--min-score", "50", ...REPO_ARG],
      { cwd, env: ENV, now: NOW },
    );

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "#40 opened: DELTA-04 Delta Saúde (REVISAR_CONTATO, score 97)",
        "#41 opened: EPS-05 Epsilon Demo (REVISAR_PERFIL, score 99)",
        "#42 opened: ETA-07 Eta Homolog (REVISAR_PERFIL, score 61)",
        "not reviewed: ZETA-06 Zeta Varejo (REVISAR_PERFIL, score 11 below --min-score 50): it stays out of the pilot",
        `3 review issue(s) in ${OWNER}/${REPO} labelled pilot-review: 3 write(s) made; their numbers recorded in ${ROSTER}.`,
        "",
      ].join("\n"),
    );
    expect(bodies[0]).toMatchObject({
      title: "Pilot m6: review Delta Saúde (DELTA-04, REVISAR_CONTATO)",
      labels: ["pilot-review"],
      assignees: ["octocat"],
    });
    expect(bodies[0].body).toContain("### Business contact\n\n_No response_");
    const roster = parseRoster(readFileSync(join(cwd, ROSTER), "utf8"), ROSTER);
    expect(roster.candidates.find((c) => c.id === "ETA-07")?.review_issue).toBe(42);
  });

  it("updates the issues it opened before instead of opening more, and leaves unchanged ones alone", async () => {
    const cwd = await recommended();
    const first = new GitHubMock();
    allIssues(first, "pilot-review");
    const bodies = creations(first, 3);
    const argv = ["pilot", "review", "--reviewer", "acme/reviewers", ...REPO_ARG, "--json"];
    expect((await run(argv, { cwd, env: ENV, now: NOW })).code).toBe(0);
    // Default --min-score is pilot.recommend.min_score (60): ZETA-06 (11) is left out.
    expect(bodies).toHaveLength(3);
    expect(bodies[0].assignees).toBeUndefined();
    expect(bodies[0].body).toContain("@acme/reviewers, please review");

    const again = new GitHubMock();
    allIssues(again, "pilot-review", [
      issueWith(40, bodies[0].body, "pilot-review"),
      issueWith(41, bodies[1].body.replace("### Score", "### Old score"), "pilot-review"),
      issueWith(42, bodies[2].body, "pilot-review"),
    ]);
    const update = again.updateIssue(41);
    const mark = recorded.length;
    const result = await run(argv, { cwd, env: ENV, now: NOW });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.issues.map((i: Json) => [i.client, i.action, i.number])).toEqual([
      ["DELTA-04", "unchanged", 40],
      ["EPS-05", "update", 41],
      ["ETA-07", "unchanged", 42],
    ]);
    expect(update.calls).toBe(1);
    expect(writesSince(mark)).toBe(1);
  });

  it("writes nothing with --dry-run, and says what it would do", async () => {
    const cwd = await recommended();
    const gh = new GitHubMock();
    allIssues(gh, "pilot-review");
    const mark = recorded.length;
    const result = await run(
      ["pilot", "review", "--reviewer", "octocat", ...REPO_ARG, "--dry-run"],
      { cwd, env: ENV, now: NOW },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("would open: DELTA-04 Delta Saúde");
    expect(result.stdout).toContain(
      "3 review issue(s) in Codertocat/Hello-World labelled pilot-review: 0 of 3 planned write(s) made (a dry run makes none).",
    );
    expect(result.stderr).toContain("dry run: 3 planned write(s) not made");
    expect(writesSince(mark)).toBe(0);
    const roster = parseRoster(readFileSync(join(cwd, ROSTER), "utf8"), ROSTER);
    expect(roster.candidates.every((c) => c.review_issue === undefined)).toBe(true);
  });

  it("explains a GitHub failure with what the token needs", async () => {
    const cwd = await recommended();
    const gh = new GitHubMock();
    gh.scope
      .get(`${REPO_PATH}/issues`)
      .query(true)
      .reply(403, { message: "Resource not accessible by integration" });
    const result = await run(["pilot", "review", "--reviewer", "octocat", ...REPO_ARG], {
      cwd,
      env: ENV,
      now: NOW,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^pilot-gate: cannot sync the review issues in Codertocat\/Hello-World: .+ The token needs Issues: Read and write/,
    );
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it.each([
    [["--reviewer", "two words"], /--reviewer "two words" is neither a GitHub login nor a team/],
    [["--reviewer", "octocat", "--min-score", "101"], /--min-score "101" is not a score/],
    [[], /--reviewer is required/],
  ])("exits 2 on %j", async (extra, message) => {
    const cwd = await recommended();
    const result = await run(["pilot", "review", ...extra, ...REPO_ARG], { cwd, env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("needs GITHUB_TOKEN", async () => {
    const cwd = await recommended();
    const result = await run(["pilot", "review", "--reviewer", "octocat", ...REPO_ARG], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("GITHUB_TOKEN is not set");
  });
});

describe("pilot-gate pilot review resolve, finalize and outreach", () => {
  /** The example's roster with DELTA-04's contact confirmed: 4 clients SUGERIDO with both contacts. */
  async function resolved(): Promise<string> {
    const cwd = await recommended();
    const result = await run(
      [
        "pilot",
        "review",
        "resolve",
        "--client",
        "DELTA-04",
        "--decision",
        "accept",
        "--by",
        "octocat",
        "--reason",
        "sales confirmed Bia",
        "--business-contact",
        "Bia <bia@delta.example>",
      ],
      { cwd, now: () => new Date("2026-06-01T12:00:00Z") },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      `DELTA-04: REVISAR_CONTATO -> SUGERIDO (accept by octocat at 2026-06-01T12:00:00.000Z: sales confirmed Bia); receipt recorded in ${ROSTER}.\n`,
    );
    return cwd;
  }

  it("records the decision's receipt in the roster", async () => {
    const cwd = await resolved();
    const roster = parseRoster(readFileSync(join(cwd, ROSTER), "utf8"), ROSTER);
    expect(roster.candidates.find((c) => c.id === "DELTA-04")).toMatchObject({
      class: "SUGERIDO",
      business_contact: "Bia <bia@delta.example>",
      receipts: [{ by: "octocat", at: "2026-06-01T12:00:00.000Z", from: "REVISAR_CONTATO" }],
    });
  });

  it("refuses to accept without the missing contact, writing nothing", async () => {
    const cwd = await recommended();
    const before = readFileSync(join(cwd, ROSTER), "utf8");
    const result = await run(
      [
        "pilot",
        "review",
        "resolve",
        "--client",
        "ETA-07",
        "--decision",
        "accept",
        "--by",
        "octocat",
        "--reason",
        "ok",
      ],
      { cwd, now: NOW },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "ETA-07 cannot be accepted without both contacts; pass --technical-contact",
    );
    expect(readFileSync(join(cwd, ROSTER), "utf8")).toBe(before);
  });

  it("finalize writes the clients and window into pilot.yml, keeping its comments", async () => {
    const cwd = await resolved();
    const result = await run(
      ["pilot", "finalize", "--window-start", "2026-06-02T09:00:00Z", "--window-hours", "72"],
      { cwd, now: NOW },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "wrote pilot.yml: 4 client(s), a 72 h window from 2026-06-02T09:00:00Z.",
    );
    const text = readFileSync(join(cwd, "pilot.yml"), "utf8");
    expect(text).toMatch(/^# pilot-gate pilot manifest/);
    const manifest = parsePilotManifest(text);
    expect(manifest.window).toEqual({ start: "2026-06-02T09:00:00Z", hours: 72 });
    expect(manifest.clients.map((c) => c.id)).toEqual([
      "ACME-01",
      "GAMA-03",
      "BETA-02",
      "DELTA-04",
    ]);
  });

  it("finalize refuses a short window, exits 1 and leaves pilot.yml as it was", async () => {
    const cwd = await resolved();
    const before = readFileSync(join(cwd, "pilot.yml"), "utf8");
    const result = await run(
      [
        "pilot",
        "finalize",
        "--window-start",
        "2026-06-02T09:00:00Z",
        "--window-hours",
        "24",
        "--json",
      ],
      { cwd, now: NOW },
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      kind: "pilot-finalize",
      outcome: "refused",
      refusals: [
        "the window is 24 h; the pilot needs at least 48 h (--window-hours, readiness.thresholds.min_window_hours)",
      ],
    });
    expect(readFileSync(join(cwd, "pilot.yml"), "utf8")).toBe(before);
  });

  it("outreach opens one issue per client, assigned to the owner, then updates rather than duplicates", async () => {
    const cwd = await resolved();
    const fin = await run(["pilot", "finalize", "--window-start", "2026-06-02T09:00:00Z"], {
      cwd,
      now: NOW,
    });
    expect(fin.code).toBe(0);
    const gh = new GitHubMock();
    allIssues(gh, "pilot-outreach");
    const bodies = creations(gh, 4, 60);
    const argv = ["pilot", "outreach", "--owner", "@sales-lead", ...REPO_ARG];
    const first = await run(argv, { cwd, env: ENV, now: NOW });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("#60 opened: outreach to ACME-01");
    expect(bodies[0]).toMatchObject({
      title: "Pilot m6: outreach to Acme Logística",
      labels: ["pilot-outreach"],
      assignees: ["sales-lead"],
    });
    expect(bodies[0].body).toContain("- [ ] Log in and check the company context");
    expect(bodies[0].body).toContain("(until `2026-06-04T09:00:00.000Z`)");

    const again = new GitHubMock();
    allIssues(
      again,
      "pilot-outreach",
      bodies.map((b: Json, i: number) => issueWith(60 + i, b.body, "pilot-outreach")),
    );
    const mark = recorded.length;
    const second = await run([...argv, "--json"], { cwd, env: ENV, now: NOW });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).issues.map((i: Json) => i.action)).toEqual([
      "unchanged",
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
    expect(writesSince(mark)).toBe(0);
  });

  it("outreach --dry-run writes nothing", async () => {
    const cwd = await resolved();
    await run(["pilot", "finalize", "--window-start", "2026-06-02T09:00:00Z"], { cwd, now: NOW });
    const gh = new GitHubMock();
    allIssues(gh, "pilot-outreach");
    const mark = recorded.length;
    const result = await run(
      ["pilot", "outreach", "--owner", "acme/sales", ...REPO_ARG, "--dry-run"],
      { cwd, env: ENV, now: NOW },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("would open: outreach to DELTA-04");
    expect(result.stdout).toContain("a team is mentioned, not assigned");
    expect(writesSince(mark)).toBe(0);
  });

  it("outreach refuses a pilot.yml that is not final, without reading GitHub", async () => {
    const cwd = await recommended();
    const mark = recorded.length;
    const result = await run(["pilot", "outreach", "--owner", "octocat", ...REPO_ARG], {
      cwd,
      env: ENV,
      now: NOW,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("- client-1 has no technical contact");
    expect(result.stderr).toContain("run pilot-gate pilot finalize first");
    expect(recorded.length).toBe(mark);
  });
});
