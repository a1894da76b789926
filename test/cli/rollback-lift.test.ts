import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freezeReceiptId, freezeRecordMarker } from "../../core/incidents/index.js";
import {
  countRequests,
  GitHubMock,
  OWNER,
  REPO,
  REPO_PATH,
  useGitHubMock,
} from "../app/helpers/github.js";
import { run, tempDir } from "./helpers.js";
import { freezeIssues, releaseStatement } from "./rollback-fixtures.js";

// Every request the command makes is checked against GitHub's OpenAPI description.
useGitHubMock();

const ENV = { GITHUB_TOKEN: "ghp_test", PILOT_GATE_NO_RETRY: "1", GITHUB_ACTOR: "octocat" };
const TARGET = "1111111111111111111111111111111111111111";
const OTHER = "3333333333333333333333333333333333333333";
const FREEZE = 91;
const POSTMORTEM = "https://wiki.example.com/postmortems/2026-12-04";
const LIFT = ["rollback", "lift", "--repo", `${OWNER}/${REPO}`, "--from", "v1.3.0"];

/** The freeze issue rollback run opens for the rollback of v1.3.0, with `extra` in its body. */
function freezeBody(extra = ""): string {
  const fields = {
    kind: "trigger" as const,
    trigger: "rollback",
    actor: "pilot-gate",
    at: "2026-12-04T10:00:00.000Z",
    reason: "rolling back v1.3.0 to v1.2.0",
    evidence: "rollback:v1.3.0",
  };
  return `trigger **rollback** tripped.\n${extra}\n\n${freezeRecordMarker({ ...fields, receipt: freezeReceiptId(fields) })}`;
}

function smokeReport(status: "pass" | "fail", sha: string | undefined): string {
  const failed = status === "pass" ? 0 : 1;
  return JSON.stringify({
    version: 1,
    gate: "smoke",
    status,
    ...(sha ? { sha } : {}),
    counts: { total: 3, executed: 3, passed: 3 - failed, failed, errored: 0, skipped: 0, flaky: 0 },
    reasons:
      status === "pass" ? [] : [{ code: "tests-failed", message: "1 scenario failed: login." }],
    commands: [],
    junit: { patterns: ["r.xml"], files: [{ path: "r.xml", scenarios: 3 }] },
    suites: { expected: [], found: ["core"], missing: [] },
    scenarios: [],
  });
}

async function workspace(report: string): Promise<string> {
  const cwd = await tempDir();
  await writeFile(join(cwd, "smoke.json"), report);
  return cwd;
}

/** The plan's reads: repository, config, release folder, the GO statement of v1.2.0. */
function planned(gh: GitHubMock) {
  gh.repository("master");
  gh.config("incidents:\n  enabled: true\n");
  gh.folder("evidence/release", "pilot-evidence", ["v1.2.0", "v1.3.0"]);
  gh.rawFile(
    "evidence/release/v1.2.0/statement.json",
    "pilot-evidence",
    releaseStatement("v1.2.0", TARGET, "GO"),
  );
}

function comments(gh: GitHubMock, issue: number, list: { body: string; association: string }[]) {
  gh.scope
    .get(`${REPO_PATH}/issues/${issue}/comments`)
    .query({ per_page: "100" })
    .reply(
      200,
      list.map((c, i) => ({
        id: 500 + i,
        body: c.body,
        user: { login: `user${i}`, type: "User" },
        author_association: c.association,
        created_at: "2026-12-04T11:00:00Z",
      })),
    );
}

const LINKED = [{ body: `Postmortem: ${POSTMORTEM}`, association: "MEMBER" }];

describe("pilot-gate rollback lift", () => {
  it("closes the freeze issue once with a receipt; a second run writes nothing", async () => {
    const cwd = await workspace(smokeReport("pass", TARGET));
    const gh = new GitHubMock();
    planned(gh);
    freezeIssues(gh, [{ number: FREEZE, body: freezeBody() }]);
    comments(gh, FREEZE, LINKED);
    const receipt = gh.comment(FREEZE);
    const closed = gh.updateIssue(FREEZE);

    const first = await run([...LIFT, "--smoke-report", "smoke.json"], { env: ENV, cwd });

    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Lifted: closed freeze issue #${FREEZE} with a receipt`);
    expect(receipt.calls).toBe(1);
    const text = (receipt.body as { body: string }).body;
    expect(text).toContain("Lifted by: `octocat`");
    expect(text).toContain(`passed on \`${TARGET}\``);
    expect(text).toMatch(/report sha256 `[0-9a-f]{64}`/);
    expect(text).toContain(`[\`${POSTMORTEM}\`](${POSTMORTEM})`);
    expect(text).toContain("from a comment by user0 on freeze issue #");
    expect(closed.calls).toBe(1);
    expect(closed.body).toMatchObject({ state: "closed", body: freezeBody() });

    planned(gh);
    freezeIssues(gh, [{ number: FREEZE, body: freezeBody(), state: "closed" }]);
    const again = await run([...LIFT, "--smoke-report", "smoke.json"], { env: ENV, cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`Already lifted: freeze issue #${FREEZE} is closed`);
    expect(receipt.calls).toBe(1);
    expect(closed.calls).toBe(1);
  });

  it("takes the link from the freeze issue's body, and writes nothing with --dry-run", async () => {
    const cwd = await workspace(smokeReport("pass", TARGET));
    const gh = new GitHubMock();
    planned(gh);
    freezeIssues(gh, [{ number: FREEZE, body: freezeBody(`Postmortem: <${POSTMORTEM}>`) }]);
    comments(gh, FREEZE, []);

    const result = await run([...LIFT, "--smoke-report", "smoke.json", "--dry-run", "--json"], {
      env: ENV,
      cwd,
    });

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      kind: "rollback-lift",
      lift: { status: "lifted", applied: "planned", postmortem: POSTMORTEM },
    });
    const ops = countRequests().byOperation;
    expect(ops["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"]).toBeUndefined();
    expect(ops["PATCH /repos/{owner}/{repo}/issues/{issue_number}"]).toBeUndefined();
  });

  it.each([
    [
      "a failing smoke report",
      smokeReport("fail", TARGET),
      LINKED,
      [/smoke is not green: smoke.json says fail/],
    ],
    [
      "a report of another commit",
      smokeReport("pass", OTHER),
      LINKED,
      [new RegExp(`smoke.json is for commit ${OTHER}, not ${TARGET}`)],
    ],
    [
      "a report that records no commit",
      smokeReport("pass", undefined),
      LINKED,
      [/records no commit/],
    ],
    [
      "no postmortem link",
      smokeReport("pass", TARGET),
      [],
      [/no postmortem link on freeze issue #91/],
    ],
    [
      "a postmortem comment by a NONE author",
      smokeReport("pass", TARGET),
      [{ body: `Postmortem: ${POSTMORTEM}`, association: "NONE" }],
      [/no postmortem link/],
    ],
    [
      "a failing report and no link, both named",
      smokeReport("fail", OTHER),
      [{ body: `Postmortem: http://insecure.example.com/pm`, association: "OWNER" }],
      [/smoke is not green/, /is for commit/, /no postmortem link/],
    ],
  ])("refuses %s, exit 1, writing nothing", async (_name, report, list, messages) => {
    const cwd = await workspace(report);
    const gh = new GitHubMock();
    planned(gh);
    freezeIssues(gh, [{ number: FREEZE, body: freezeBody() }]);
    comments(gh, FREEZE, list);

    const result = await run([...LIFT, "--smoke-report", "smoke.json"], { env: ENV, cwd });

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Not lifted: freeze issue #${FREEZE} stays open`);
    for (const message of messages) expect(result.stdout).toMatch(message);
    const ops = countRequests().byOperation;
    expect(ops["POST /repos/{owner}/{repo}/issues/{issue_number}/comments"]).toBeUndefined();
    expect(ops["PATCH /repos/{owner}/{repo}/issues/{issue_number}"]).toBeUndefined();
  });

  it("reads the incident given with --incident: a link there by a writer counts", async () => {
    const cwd = await workspace(smokeReport("pass", TARGET));
    const gh = new GitHubMock();
    planned(gh);
    freezeIssues(gh, [{ number: FREEZE, body: freezeBody() }]);
    comments(gh, FREEZE, [{ body: `Postmortem: ${POSTMORTEM}`, association: "CONTRIBUTOR" }]);
    gh.scope.get(`${REPO_PATH}/issues/42`).reply(200, {
      id: 42,
      number: 42,
      title: "P0: login down",
      state: "open",
      body: "Login fails for every tenant.",
      labels: [],
      user: { login: "drive-by", type: "User" },
      author_association: "NONE",
      created_at: "2026-12-04T09:00:00Z",
      closed_at: null,
      html_url: `https://github.com/${OWNER}/${REPO}/issues/42`,
    });
    comments(gh, 42, [{ body: `postmortem: ${POSTMORTEM}`, association: "COLLABORATOR" }]);
    const receipt = gh.comment(FREEZE);
    const closed = gh.updateIssue(FREEZE);

    const result = await run([...LIFT, "--smoke-report", "smoke.json", "--incident", "42"], {
      env: ENV,
      cwd,
    });

    expect(result.code).toBe(0);
    expect(receipt.calls).toBe(1);
    expect(closed.calls).toBe(1);
    expect((receipt.body as { body: string }).body).toContain(
      "from a comment by user0 on incident #",
    );
  });

  it("does not close the freeze issue when its receipt could not be posted", async () => {
    const cwd = await workspace(smokeReport("pass", TARGET));
    const gh = new GitHubMock();
    planned(gh);
    freezeIssues(gh, [{ number: FREEZE, body: freezeBody() }]);
    comments(gh, FREEZE, LINKED);
    gh.fail("POST", `${REPO_PATH}/issues/${FREEZE}/comments`, {
      status: 403,
      message: "Resource not accessible by integration",
    });

    const result = await run([...LIFT, "--smoke-report", "smoke.json"], { env: ENV, cwd });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("GitHub refused the lift");
    expect(result.stderr).toContain("The freeze issue was not closed");
    expect(
      countRequests().byOperation["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    ).toBeUndefined();
  });

  it("says there is nothing to lift when no freeze issue records this rollback", async () => {
    const cwd = await workspace(smokeReport("pass", TARGET));
    const gh = new GitHubMock();
    planned(gh);
    freezeIssues(gh, []);
    const result = await run([...LIFT, "--smoke-report", "smoke.json"], { env: ENV, cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Nothing to lift: no issue labelled pilot-gate:freeze");
  });

  it.each([
    [["--smoke-report", "smoke.json"], /lift needs --from/, false],
    [["--from", "v1.3.0"], /lift needs --smoke-report/, false],
    [
      ["--from", "v1.3.0", "--smoke-report", "missing.json"],
      /cannot read the smoke report missing.json/,
      false,
    ],
    [
      ["--from", "v1.3.0", "--smoke-report", "smoke.json", "--incident", "x"],
      /--incident "x" is not an issue number/,
      false,
    ],
    [["--from", "v1.3.0", "--smoke-report", "smoke.json"], /smoke.json/, true],
  ])("refuses %j before any request, exit 2", async (extra, message, malformed) => {
    const cwd = await workspace(malformed ? "{}" : smokeReport("pass", TARGET));
    const result = await run(["rollback", "lift", "--repo", `${OWNER}/${REPO}`, ...extra], {
      env: ENV,
      cwd,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(countRequests().total).toBe(0);
  });
});
