import { describe, expect, it } from "vitest";
import { countRequests, GitHubMock, OWNER, REPO, useGitHubMock } from "../app/helpers/github.js";
import { run } from "./helpers.js";
import { freezeIssues, releaseStatement } from "./rollback-fixtures.js";

// Every request the command makes is checked against GitHub's OpenAPI description.
useGitHubMock();

const ENV = { GITHUB_TOKEN: "ghp_test", PILOT_GATE_NO_RETRY: "1" };
const PLAN = ["rollback", "plan", "--repo", `${OWNER}/${REPO}`];
const GOOD = "1111111111111111111111111111111111111111";
const BAD = "2222222222222222222222222222222222222222";

const statement = releaseStatement;

function repository(gh: GitHubMock, releases: string[] | null, config: string | null = null) {
  gh.repository("master");
  gh.config(config);
  gh.folder("evidence/release", "pilot-evidence", releases);
}

describe("pilot-gate rollback plan", () => {
  it("finds the last release whose evidence says GO and prints the steps, writing nothing", async () => {
    const gh = new GitHubMock();
    repository(gh, ["v1.2.0", "v1.3.0", "v1.4.0"]);
    gh.rawFile("evidence/release/v1.3.0/statement.json", "pilot-evidence", null);
    gh.rawFile(
      "evidence/release/v1.2.0/statement.json",
      "pilot-evidence",
      statement("v1.2.0", GOOD, "GO"),
    );

    const result = await run(PLAN, { env: ENV });

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Roll back v1.4.0 to v1.2.0 (${GOOD}), the last release whose evidence says GO`,
    );
    expect(result.stdout).toContain("passed over v1.3.0: its pack has no statement.json");
    expect(result.stdout).toContain("1. freeze: open an issue labelled pilot-gate:freeze");
    expect(result.stdout).toContain("5. lift-freeze:");
    // The repository, the config (and its org fallback), the release folder, two statements: reads only.
    expect(countRequests()).toEqual({
      total: 6,
      byOperation: {
        "GET /repos/{owner}/{repo}": 1,
        "GET /repos/{owner}/{repo}/contents/{path}": 5,
      },
    });
  });

  it("stops reading at the first GO and prints JSON with --json", async () => {
    const gh = new GitHubMock();
    repository(gh, ["v1.2.0", "v1.3.0", "v1.4.0"]);
    gh.rawFile(
      "evidence/release/v1.3.0/statement.json",
      "pilot-evidence",
      statement("v1.3.0", GOOD, "GO"),
    );

    const result = await run([...PLAN, "--from", "v1.4.0", "--json"], { env: ENV });

    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({
      kind: "rollback-plan",
      plan: { action: "rollback", from: "v1.4.0", target: { tag: "v1.3.0", sha: GOOD } },
    });
  });

  it("exits 1 with the reason when no release below says GO", async () => {
    const gh = new GitHubMock();
    repository(gh, ["v1.3.0", "v1.4.0"]);
    gh.rawFile(
      "evidence/release/v1.3.0/statement.json",
      "pilot-evidence",
      statement("v1.3.0", BAD, "NO-GO"),
    );

    const result = await run(PLAN, { env: ENV });

    expect(result.code).toBe(1);
    expect(result.stdout).toContain("No rollback target: no release below v1.4.0");
    expect(result.stdout).toContain("passed over v1.3.0: its readiness verdict is NO-GO");
  });

  it("exits 1 when the evidence branch has no release packs", async () => {
    const gh = new GitHubMock();
    repository(gh, null);
    const result = await run(PLAN, { env: ENV });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("no release pack on pilot-evidence");
  });

  it.each([
    [[], {}, /GITHUB_TOKEN is not set/],
    [["--from", "latest"], ENV, /--from "latest" is not a release tag/],
  ])("refuses %j with a message that says what to do, exit 2", async (extra, env, message) => {
    const result = await run([...PLAN, ...extra], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe("pilot-gate rollback run", () => {
  const RUN = ["rollback", "run", "--repo", `${OWNER}/${REPO}`];
  const INCIDENTS_ON = "incidents:\n  enabled: true\n";

  function planned(gh: GitHubMock, config: string | null = INCIDENTS_ON) {
    repository(gh, ["v1.2.0", "v1.3.0"], config);
    gh.rawFile(
      "evidence/release/v1.2.0/statement.json",
      "pilot-evidence",
      statement("v1.2.0", GOOD, "GO"),
    );
  }

  it("opens the freeze issue once: a second run finds it by its marker and opens nothing", async () => {
    const gh = new GitHubMock();
    planned(gh);
    gh.issuesByLabel("pilot-gate:freeze", []);
    freezeIssues(gh, []);
    const created = gh.createIssue(91);

    const first = await run(RUN, { env: ENV });

    expect(first.stderr).toBe("pilot-gate: warning: trigger rollback tripped: merges frozen\n");
    expect(first.code).toBe(0);
    expect(created.calls).toBe(1);
    const body = created.body as { title: string; body: string; labels: string[] };
    expect(body.labels).toContain("pilot-gate:freeze");
    expect(body.title).toBe("rollback tripped: rolling back v1.3.0 to v1.2.0");
    expect(body.body).toContain(`Target: \`v1.2.0\`, commit \`${GOOD}\``);
    expect(first.stdout).toContain("Frozen: opened freeze issue #91");
    expect(first.stdout).toContain("rollback run does the freeze only");

    // Opened with a person's token, it is still found again while open.
    planned(gh);
    gh.issuesByLabel("pilot-gate:freeze", [{ number: 91, body: body.body }]);
    const again = await run(RUN, { env: ENV });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Already frozen: freeze issue #91");
    expect(created.calls).toBe(1);
  });

  it("opens nothing with --dry-run", async () => {
    const gh = new GitHubMock();
    planned(gh);
    gh.issuesByLabel("pilot-gate:freeze", []);
    freezeIssues(gh, []);
    const result = await run([...RUN, "--dry-run", "--json"], { env: ENV });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      kind: "rollback-run",
      freeze: { status: "tripped", applied: "planned" },
    });
    expect(countRequests().byOperation["POST /repos/{owner}/{repo}/issues"]).toBeUndefined();
  });

  it("refuses, opening nothing, when the incident protocol is off and a freeze would freeze nothing", async () => {
    const gh = new GitHubMock();
    planned(gh, null);
    const result = await run(RUN, { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("incidents.enabled is off in the config");
  });

  it("refuses --dry-run on plan, which never writes", async () => {
    const result = await run([...PLAN, "--dry-run"], { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option --dry-run");
  });
});
