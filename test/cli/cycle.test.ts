import { describe, expect, it } from "vitest";
import { mockReads } from "../app/helpers/cycles.js";
import { countRequests, GitHubMock, OWNER, REPO, useGitHubMock } from "../app/helpers/github.js";
import { run } from "./helpers.js";

// Every request the command makes is checked against GitHub's OpenAPI description.
useGitHubMock();

const ENV = { GITHUB_TOKEN: "ghp_test", PILOT_GATE_NO_RETRY: "1", APP_ID: "123" };
const STATUS = ["cycle", "status", "--repo", `${OWNER}/${REPO}`, "--now", "2026-01-10T00:00:00Z"];
const CONFIG = `
cycles:
  O-01:
    window: { start: "2026-01-01", end: "2026-01-20" }
    stories: [S-PC-01, S-PC-02]
    exit: [stories_merged_green, no_open_critical, { report_passed: restore-drill }]
  O-02:
    window: { start: "2026-03-01", end: "2026-03-20" }
    stories: [S-PC-03]
`;
const DRILL = '{"verdict":"PASS","evaluated_at":"2026-01-05T00:00:00Z"}';

function repoConfig(gh: GitHubMock, text: string | null) {
  gh.repository("master");
  gh.config(text);
}

describe("pilot-gate cycle status", () => {
  it("prints each cycle's criteria and stories, exit 1 while a started one is not met", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, CONFIG);
    mockReads(gh, { drill: DRILL });

    const result = await run(STATUS, { env: ENV });

    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "cycle O-01 (2026-01-01 to 2026-01-20): 2 of 3 exit criteria met",
    );
    expect(result.stdout).toContain(
      "NOT MET stories_merged_green: 1 of 2 not merged green: S-PC-02 (#8 open)",
    );
    expect(result.stdout).toContain("  story S-PC-01: done (merged with required-check green)");
    expect(result.stdout).toContain("  story S-PC-02: pending (#8 open)");
    expect(result.stdout).toContain("cycle O-02 (2026-03-01 to 2026-03-20): starts 2026-03-01");
    // The repository, the config, the PRs, one check, two incident lists, the evidence branch and one report.
    expect(countRequests().total).toBe(9);
  });

  it("prints JSON with --json and Markdown with --markdown", async () => {
    const gh = new GitHubMock();
    repoConfig(gh, CONFIG);
    mockReads(gh, { drill: DRILL });
    const json = await run([...STATUS, "--json"], { env: ENV });
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ kind: "cycle-status", met: false });
    expect(report.cycles[0].criteria.map((c: { met: boolean }) => c.met)).toEqual([
      false,
      true,
      true,
    ]);

    repoConfig(gh, CONFIG);
    mockReads(gh, { drill: DRILL });
    const markdown = await run([...STATUS, "--markdown"], { env: ENV });
    expect(markdown.stdout).toMatch(/^## ❌ Cycle exit gates\n/);
    expect(markdown.stdout).toContain("| ⏳ | `S-PC-02` | pending: #\u200b8 open |");
  });

  it.each([
    [[], {}, /GITHUB_TOKEN is not set/],
    [["--json", "--markdown"], ENV, /--json and --markdown both given; pick one output format/],
    [["--now", "soon"], ENV, /--now "soon" is not a time/],
  ])("refuses %j with a message that says what to do, exit 2", async (extra, env, message) => {
    const result = await run([...STATUS, ...extra], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("refuses an unknown subcommand", async () => {
    const result = await run(["cycle", "close"], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown subcommand "close"; expected pilot-gate cycle status/);
  });
});
