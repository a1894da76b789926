import { describe, expect, it } from "vitest";
import { refreshCycles } from "../../app/reconcile.js";
import { mockReads } from "./helpers/cycles.js";
import { tokenDeps } from "./helpers/deps.js";
import { ed25519Key, evidencePack } from "./helpers/evidence.js";
import {
  APP_ID,
  type CheckRunBody,
  countRequests,
  FAILURES,
  type Failure,
  GitHubMock,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "./helpers/github.js";
import { pushEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

/** The commit a push to the default branch (master in the example) brings. */
const PUSHED = pushEvent({ ref: "refs/heads/master" }).after as string;

const CONFIG = `
cycles:
  O-01:
    window: { start: "2020-01-01", end: "2099-01-01" }
    stories: [S-PC-01, S-PC-02]
    exit:
      - stories_merged_green
      - evidence_published
      - no_open_critical
      - report_passed: restore-drill
`;

describe("pilot-gate/cycle on the default branch", () => {
  it("posts each cycle's exit criteria on a push to the default branch, failing while one is unmet", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(CONFIG);
    mockReads(gh, { drill: '{"verdict":"PASS","evaluated_at":"2024-05-01T00:00:00Z"}' });
    const created = gh.createCheckRun(3001);

    await app.receive("push", pushEvent({ ref: "refs/heads/master" }));

    const body = created.body as CheckRunBody;
    expect(body).toMatchObject({
      head_sha: PUSHED,
      name: "pilot-gate/cycle",
      conclusion: "failure",
      output: { title: "O-01: 2 of 4 exit criteria met" },
    });
    const summary = body.output.summary;
    expect(summary).toContain("1 of 2 not merged green: S-PC-02 (#\u200b8 open)");
    expect(summary).toContain("no evidence pack for S-PC-02");
    // No evidence key configured: the packs' signatures are not checked, and the check says so.
    expect(summary).toContain("signatures not checked: readiness.evidence_keys lists no key");
    expect(summary).toContain(
      "[S-PC-01](https://github.com/Codertocat/Hello-World/tree/pilot-evidence/evidence/story/S-PC-01)",
    );
    expect(summary).toContain("evidence/pilot/p1/reports/restore-drill.json says PASS");
    // The config, one list of PRs, one check read, one list per critical label, the evidence branch's head and files, one report, the write.
    expect(countRequests().byOperation).toEqual({
      "GET /repos/{owner}/{repo}/contents/{path}": 1,
      "GET /repos/{owner}/{repo}/pulls": 1,
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs": 1,
      "GET /repos/{owner}/{repo}/issues": 2,
      "GET /repos/{owner}/{repo}/branches/{branch}": 1,
      "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": 1,
      "GET /repos/{owner}/{repo}/git/blobs/{file_sha}": 1,
      "POST /repos/{owner}/{repo}/check-runs": 1,
    });
  });

  it("with readiness.evidence_keys, counts only packs whose statement an evidence key signed", async () => {
    const key = ed25519Key();
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(`${CONFIG}readiness:\n  evidence_keys: [.github/evidence.pub.pem]\n`);
    gh.rawFile(".github/evidence.pub.pem", "master", key.publicPem);
    const drill = '{"verdict":"PASS","evaluated_at":"2024-05-01T00:00:00Z"}';
    const commit = "a".repeat(40);
    const pack = (
      folder: string,
      files: Record<string, string>,
      signed: boolean,
      scope: "story" | "pilot",
    ) => evidencePack({ folder, commit, files, scope, keys: signed ? [key.privateKey] : [] });
    // S-PC-01 signed; S-PC-02 a pack nobody signed; the drill report altered after its pack was signed.
    const s1 = pack("evidence/story/S-PC-01", { "files/notes.md": "done" }, true, "story");
    const s2 = pack("evidence/story/S-PC-02", { "files/notes.md": "done" }, false, "story");
    const p1 = pack("evidence/pilot/p1", { "reports/restore-drill.json": drill }, true, "pilot");
    const forged = drill.replace("2024-05-01", "2024-05-02");
    p1.set("evidence/pilot/p1/reports/restore-drill.json", forged);
    const get = (files: Map<string, string>, path: string) => files.get(path) as string;
    mockReads(gh, {
      drill: forged,
      evidence: new Map([...s1, ...s2, ...p1]),
      read: [
        get(s1, "evidence/story/S-PC-01/statement.json"),
        get(s1, "evidence/story/S-PC-01/statement.dsse.json"),
        get(s2, "evidence/story/S-PC-02/statement.json"),
        forged,
        get(p1, "evidence/pilot/p1/statement.json"),
        get(p1, "evidence/pilot/p1/statement.dsse.json"),
      ],
    });
    const created = gh.createCheckRun(3001);

    await app.receive("push", pushEvent({ ref: "refs/heads/master" }));

    const summary = (created.body as CheckRunBody).output.summary;
    expect(summary).toContain(
      "no evidence pack for S-PC-02 (its pack does not count: its pack is unsigned",
    );
    expect(summary).toContain(
      "[S-PC-01](https://github.com/Codertocat/Hello-World/tree/pilot-evidence/evidence/story/S-PC-01)",
    );
    expect(summary).toContain(
      "not verified: reports/restore-drill.json is not the file its pack's signed statement lists",
    );
    expect(summary).not.toContain("restore-drill.json says PASS");
  });

  it("turns green when every criterion holds, on a push to the evidence branch", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(`
cycles:
  O-01:
    window: { start: "2020-01-01", end: "2099-01-01" }
    stories: [S-PC-01]
    exit: [stories_merged_green, no_open_critical, { report_passed: restore-drill }]
`);
    mockReads(gh, { drill: '{"verdict":"PASS","evaluated_at":"2024-05-01T00:00:00Z"}' });
    gh.branchHead("master", PUSHED);
    const created = gh.createCheckRun(3001);

    await app.receive("push", pushEvent({ ref: "refs/heads/pilot-evidence" }));

    expect(created.body).toMatchObject({
      head_sha: PUSHED,
      name: "pilot-gate/cycle",
      conclusion: "success",
      output: { title: "O-01: exit criteria met" },
    });
  });

  it("posts nothing, and reads nothing more, for a repository without cycles", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);

    await app.receive("push", pushEvent({ ref: "refs/heads/master" }));

    expect(recorded.filter((r) => r.method === "POST" && r.path.endsWith("/check-runs"))).toEqual(
      [],
    );
    expect(countRequests().total).toBe(2);
  });

  it("fails the check, naming the criterion, when GitHub refuses a read", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(CONFIG);
    gh.fail("GET", `${REPO_PATH}/pulls`, FAILURES["500"] as Failure);
    gh.issuesByLabel("P0", []).issuesByLabel("critical", []);
    gh.branchHead("pilot-evidence", null);
    const created = gh.createCheckRun(3001);

    await app.receive("push", pushEvent({ ref: "refs/heads/master" }));

    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(body.output.summary).toContain("unknown: GitHub answered 500 reading the PRs; re-run");
    expect(body.output.summary).toContain("no reports/restore-drill.json in any evidence pack");
  });
});

describe("the scheduled pass", () => {
  const at = new Date("2024-05-01T12:00:00Z");
  const log = { debug() {}, info() {}, warn() {}, error() {} };

  it("refreshes pilot-gate/cycle on the head it read, as incidents and reports move it without a push", async () => {
    const gh = new GitHubMock();
    gh.config(`protection: { app_id: ${APP_ID} }\n${CONFIG}`);
    mockReads(gh, { drill: '{"verdict":"PASS","evaluated_at":"2024-05-01T00:00:00Z"}' });
    const created = gh.createCheckRun(3001);

    await refreshCycles(tokenDeps({ now: at, log }), PUSHED);

    expect(created.body).toMatchObject({
      head_sha: PUSHED,
      name: "pilot-gate/cycle",
      conclusion: "failure",
    });
  });

  it("posts a failing check with the reason when judging fails, and never throws", async () => {
    const gh = new GitHubMock();
    gh.config(`protection: { app_id: ${APP_ID} }\n${CONFIG}`);
    mockReads(gh, { drill: "{}" });
    gh.fail("POST", `${REPO_PATH}/check-runs`, FAILURES["500"] as Failure);
    const failing = gh.createCheckRun(3002);

    await refreshCycles(tokenDeps({ now: at, log }), PUSHED);

    expect(failing.body).toMatchObject({
      head_sha: PUSHED,
      name: "pilot-gate/cycle",
      conclusion: "failure",
    });
    expect((failing.body as CheckRunBody).output.title).toMatch(/^could not evaluate/i);
  });
});
