import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { pilotIssueMarker } from "../../../core/gates/pilot/issues.js";
import {
  type ReviewRecord,
  reviewReceiptId,
  reviewRecordMarker,
} from "../../../core/gates/pilot/review-command.js";
import { parseRoster } from "../../../core/gates/pilot/roster.js";
import { GitHubMock, OWNER, REPO, REPO_PATH, useGitHubMock } from "../../app/helpers/github.js";
import { exampleIssue, listedComment } from "../../app/helpers/incidents.js";
import { run, tempDir, writeFiles } from "../helpers.js";

// Every request is checked against GitHub's OpenAPI description.
useGitHubMock();

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;
const NOW = () => new Date("2026-06-01T00:00:00Z");
const ENV = { GITHUB_TOKEN: "ghp_test", PILOT_GATE_NO_RETRY: "1" };
const ROSTER = "pilots/m6/2026-06-01/roster.json";
const ARGS = ["pilot", "review", "resolve", "--from-issues", "--repo", `${OWNER}/${REPO}`];

async function recommended(): Promise<string> {
  const cwd = await tempDir();
  expect((await run(["pilot", "start", "--name", "m6"], { cwd, now: NOW })).code).toBe(0);
  const activity = resolve("examples/pilot/activity.csv");
  expect((await run(["pilot", "recommend", "--activity", activity], { cwd, now: NOW })).code).toBe(
    0,
  );
  return cwd;
}

function record(issue: number, client: string, decision: "accept" | "reject"): ReviewRecord {
  return {
    receipt: reviewReceiptId({ issue, via: "comment", event: String(issue * 10) }),
    outcome: "done",
    pilot: "m6",
    client,
    issue,
    decision,
    reason: `${decision} ${client}`,
    actor: "rita",
    at: "2026-06-01T10:00:00Z",
    via: "comment",
  };
}

function reviewIssue(number: number, client: string, state: "open" | "closed", pilot = "m6"): Json {
  const raw = exampleIssue({
    number,
    title: `Pilot ${pilot}: review ${client}`,
    labels: ["pilot-review"],
    created_at: "2026-06-01T00:00:00Z",
    body: `Review ${client}\n\n${pilotIssueMarker("pilot-review", pilot, client)}`,
  });
  raw.state = state;
  return raw;
}

/** The review issues and their comments, as GitHub lists them. */
function issues(gh: GitHubMock, entries: { issue: Json; comments?: Json[] }[]) {
  gh.scope
    .get(`${REPO_PATH}/issues`)
    .query({ labels: "pilot-review", state: "all", per_page: "100" })
    .reply(
      200,
      entries.map((entry) => entry.issue),
    );
  for (const entry of entries) {
    if (entry.issue.body.includes("pilot=m6 ")) {
      gh.scope
        .get(`${REPO_PATH}/issues/${entry.issue.number}/comments`)
        .query({ per_page: "100" })
        .reply(200, entry.comments ?? []);
    }
  }
}

describe("pilot-gate pilot review resolve --from-issues", () => {
  it("applies the App's receipts to the roster, ignores a receipt typed by a person, and changes nothing the second time", async () => {
    const cwd = await recommended();
    const accept = record(40, "EPS-05", "accept");
    const reject = record(41, "ETA-07", "reject");
    const entries = [
      {
        issue: reviewIssue(40, "EPS-05", "closed"),
        comments: [listedComment(`ok\n\n${reviewRecordMarker(accept)}`)],
      },
      {
        issue: reviewIssue(41, "ETA-07", "closed"),
        comments: [listedComment(reviewRecordMarker(reject))],
      },
      // A person typed the App's record: it does not count, so DELTA-04 stays undecided.
      {
        issue: reviewIssue(42, "DELTA-04", "open"),
        comments: [listedComment(reviewRecordMarker(record(42, "DELTA-04", "accept")), "User")],
      },
      { issue: reviewIssue(43, "EPS-05", "closed", "other-pilot") },
    ];
    issues(new GitHubMock(), entries);
    const first = await run([...ARGS, "--json"], { cwd, env: ENV, now: NOW });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report).toMatchObject({
      pilot: "m6",
      branch: "pilot-gate/roster-m6",
      changed: true,
      ignored_receipts: 1,
      undecided: [{ issue: 42, client: "DELTA-04", state: "open" }],
    });
    expect(report.results.map((r: Json) => [r.client, r.status])).toEqual([
      ["EPS-05", "applied"],
      ["ETA-07", "applied"],
    ]);
    const text = readFileSync(join(cwd, ROSTER), "utf8");
    const roster = parseRoster(text, ROSTER);
    expect(roster.candidates.find((c) => c.id === "EPS-05")).toMatchObject({
      class: "SUGERIDO",
      receipts: [
        {
          decision: "accept",
          by: "rita",
          from: "REVISAR_PERFIL",
          to: "SUGERIDO",
          issue: 40,
          receipt: accept.receipt,
        },
      ],
    });
    expect(roster.candidates.find((c) => c.id === "ETA-07")?.class).toBe("DESCARTADO");
    expect(roster.candidates.find((c) => c.id === "DELTA-04")?.class).toBe("REVISAR_CONTATO");

    issues(new GitHubMock(), entries);
    const second = await run(ARGS, { cwd, env: ENV, now: NOW });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`${ROSTER} unchanged`);
    expect(second.stdout).toContain("#40 EPS-05: unchanged (already in the roster");
    expect(readFileSync(join(cwd, ROSTER), "utf8")).toBe(text);
  });

  it("with the App's id known, trusts only receipts its installation posted, not another app's", async () => {
    const cwd = await recommended();
    await writeFiles(cwd, { ".github/pilot-gate.yml": "protection:\n  app_id: 123\n" });
    const byApp = (appId: number, rec: ReviewRecord) => ({
      ...listedComment(reviewRecordMarker(rec)),
      performed_via_github_app: { id: appId, slug: appId === 123 ? "pilot-gate" : "other" },
    });
    issues(new GitHubMock(), [
      {
        issue: reviewIssue(40, "EPS-05", "closed"),
        comments: [byApp(123, record(40, "EPS-05", "accept"))],
      },
      // Another app with issues: write typed the receipt: it does not count.
      {
        issue: reviewIssue(41, "ETA-07", "closed"),
        comments: [byApp(999, record(41, "ETA-07", "reject"))],
      },
    ]);

    const result = await run([...ARGS, "--json"], { cwd, env: ENV, now: NOW });

    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      ignored_receipts: 1,
      receipts_from: { app_id: 123 },
      undecided: [{ issue: 41, client: "ETA-07" }],
    });
    expect(report.results.map((r: Json) => [r.client, r.status])).toEqual([["EPS-05", "applied"]]);
  });

  it("applies what it can, says why a receipt cannot be applied, and exits 1", async () => {
    const cwd = await recommended();
    // ETA-07 has no technical contact: an accept cannot be applied without one.
    issues(new GitHubMock(), [
      {
        issue: reviewIssue(40, "EPS-05", "closed"),
        comments: [listedComment(reviewRecordMarker(record(40, "EPS-05", "reject")))],
      },
      {
        issue: reviewIssue(41, "ETA-07", "closed"),
        comments: [listedComment(reviewRecordMarker(record(41, "ETA-07", "accept")))],
      },
    ]);
    const result = await run(ARGS, { cwd, env: ENV, now: NOW });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "#41 ETA-07: refused (ETA-07 cannot be accepted without both contacts",
    );
    expect(result.stdout).toContain(`${ROSTER} updated`);
    const roster = parseRoster(readFileSync(join(cwd, ROSTER), "utf8"), ROSTER);
    expect(roster.candidates.find((c) => c.id === "EPS-05")?.class).toBe("DESCARTADO");
    expect(roster.candidates.find((c) => c.id === "ETA-07")?.class).toBe("REVISAR_PERFIL");
  });

  it("refuses a decision given by hand alongside it, and --repo without it", async () => {
    const cwd = await recommended();
    const both = await run([...ARGS, "--client", "EPS-05"], { cwd, env: ENV, now: NOW });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--client cannot be given with it");
    const repo = await run(
      [
        "pilot",
        "review",
        "resolve",
        "--client",
        "EPS-05",
        "--decision",
        "reject",
        "--by",
        "rita",
        "--reason",
        "x",
        "--repo",
        `${OWNER}/${REPO}`,
      ],
      { cwd, env: ENV, now: NOW },
    );
    expect(repo.code).toBe(2);
    expect(repo.stderr).toContain("--repo only goes with --from-issues");
  });
});
