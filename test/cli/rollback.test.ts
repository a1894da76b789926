import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { freezeRecordMarker } from "../../core/incidents/freeze-command.js";
import { blobSha, treeEntries } from "../app/helpers/evidence.js";
import {
  type Captured,
  countRequests,
  FAILURES,
  type Failure,
  GitHubMock,
  OWNER,
  REPO,
  REPO_PATH,
  recorded,
  requestsSince,
  useGitHubMock,
} from "../app/helpers/github.js";
import { run } from "./helpers.js";
import { branchRef, commitTree, freezeIssues, releaseStatement } from "./rollback-fixtures.js";

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
  const INCIDENTS_ON = "incidents:\n  enabled: true\nsmoke:\n  commands: [npm run smoke]\n";
  /** The rolled-back release v1.3.0's commit, as its release pack names it. */
  const FROM = "3333333333333333333333333333333333333333";
  const EVIDENCE_HEAD = "a".repeat(40);
  const EVIDENCE_TREE = "b".repeat(40);
  const TARGET_TREE = "c".repeat(40);
  const MASTER_HEAD = "d".repeat(40);
  const MASTER_TREE = "e".repeat(40);
  const REVERT_COMMIT = "f".repeat(40);
  const BRANCH = "pilot-gate/rollback-v1.3.0";
  const INCIDENT = "evidence/incident/rollback-v1.3.0";

  function planned(gh: GitHubMock, config: string | null = INCIDENTS_ON) {
    repository(gh, ["v1.2.0", "v1.3.0"], config);
    gh.rawFile(
      "evidence/release/v1.2.0/statement.json",
      "pilot-evidence",
      statement("v1.2.0", GOOD, "GO"),
    );
  }

  const ref = branchRef;

  /** The evidence branch, with the incident pack on it or not: what readScopeManifests reads. */
  function evidenceBranch(gh: GitHubMock, incidentPack: boolean) {
    ref(gh, "pilot-evidence", EVIDENCE_HEAD);
    const files = new Map<string, string>([["evidence/release/v1.3.0/manifest.json", "{}"]]);
    if (incidentPack) files.set(`${INCIDENT}/manifest.json`, "{}");
    gh.tree(EVIDENCE_HEAD, treeEntries(files));
    if (incidentPack) gh.blobs(["{}"]);
  }

  /** What the incident pack reads when it is not there yet: the release's commit, its check runs. */
  function incidentReads(gh: GitHubMock, checks: "read" | "fail") {
    gh.rawFile(
      "evidence/release/v1.3.0/statement.json",
      "pilot-evidence",
      statement("v1.3.0", FROM, "GO"),
    );
    if (checks === "read") {
      gh.headCheckRuns(FROM, [
        { id: 1, name: "build" },
        { id: 2, name: "e2e", conclusion: "failure" },
        { id: 3, name: "e2e", conclusion: "success" },
        { id: 4, name: "smoke", conclusion: "failure" },
      ]);
    } else {
      gh.fail("GET", `${REPO_PATH}/commits/${FROM}/check-runs`, FAILURES["500"] as Failure);
    }
  }

  /** The incident pack committed to the evidence branch; the blobs' texts are captured. */
  function incidentCommit(gh: GitHubMock): string[] {
    const blobs: string[] = [];
    ref(gh, "pilot-evidence", EVIDENCE_HEAD);
    gh.scope
      .post(`${REPO_PATH}/git/blobs`)
      .times(3)
      .reply((_uri, body) => {
        const text = Buffer.from((body as { content: string }).content, "base64").toString();
        blobs.push(text);
        return [201, { sha: blobSha(text) }];
      });
    commitTree(gh, EVIDENCE_HEAD, EVIDENCE_TREE);
    gh.scope.post(`${REPO_PATH}/git/trees`).reply(201, { sha: "9".repeat(40) });
    gh.scope
      .get(`${REPO_PATH}/contents/${encodeURIComponent(INCIDENT)}`)
      .query({ ref: EVIDENCE_HEAD })
      .reply(404, { message: "Not Found" });
    gh.scope.post(`${REPO_PATH}/git/commits`).reply(201, { sha: "8".repeat(40) });
    gh.scope
      .patch(`${REPO_PATH}/git/refs/${encodeURIComponent("heads/pilot-evidence")}`)
      .reply(200, { ref: "refs/heads/pilot-evidence", object: { sha: "8".repeat(40) } });
    return blobs;
  }

  /** The reads of a revert PR not made yet: the target's tree, no revert branch, master's head. */
  function revertReads(gh: GitHubMock) {
    commitTree(gh, GOOD, TARGET_TREE);
    ref(gh, BRANCH, null);
    ref(gh, "master", MASTER_HEAD);
    commitTree(gh, MASTER_HEAD, MASTER_TREE);
  }

  function revertWrites(gh: GitHubMock): { commit: Captured; pull: Captured } {
    const commit: Captured = { calls: 0 };
    const pull: Captured = { calls: 0 };
    gh.scope.post(`${REPO_PATH}/git/commits`).reply((_uri, body) => {
      commit.calls++;
      commit.body = body;
      return [201, { sha: REVERT_COMMIT }];
    });
    gh.scope
      .post(`${REPO_PATH}/git/refs`, { ref: `refs/heads/${BRANCH}`, sha: REVERT_COMMIT })
      .reply(201, { ref: `refs/heads/${BRANCH}`, object: { sha: REVERT_COMMIT } });
    gh.scope.post(`${REPO_PATH}/pulls`).reply((_uri, body) => {
      pull.calls++;
      pull.body = body;
      return [201, { number: 92, html_url: `https://github.com/${OWNER}/${REPO}/pull/92` }];
    });
    return { commit, pull };
  }

  /** Nothing done yet: the plan, no freeze issue, no incident pack, no revert branch (a dry run's reads). */
  function nothingDoneYet(gh: GitHubMock, checks: "read" | "fail") {
    planned(gh);
    gh.issuesByLabel("pilot-gate:freeze", []);
    freezeIssues(gh, []);
    evidenceBranch(gh, false);
    incidentReads(gh, checks);
    revertReads(gh);
  }

  /** Steps 1 and 2 done by an earlier run: the freeze issue is open and the incident pack is there. */
  function frozenAndPacked(gh: GitHubMock, config = INCIDENTS_ON) {
    planned(gh, config);
    gh.issuesByLabel("pilot-gate:freeze", [{ number: 91, body: frozenBody() }]);
    evidenceBranch(gh, true);
  }

  /** The revert branch is there with the target's tree, and (GitHub's answer) these PRs from it. */
  function revertBranchThere(gh: GitHubMock, pulls: object[]) {
    commitTree(gh, GOOD, TARGET_TREE);
    ref(gh, BRANCH, REVERT_COMMIT);
    commitTree(gh, REVERT_COMMIT, TARGET_TREE);
    gh.scope
      .get(`${REPO_PATH}/pulls`)
      .query({ head: `${OWNER}:${BRANCH}`, state: "all", per_page: "100" })
      .reply(200, pulls);
  }

  const WRITES = /^(POST|PATCH|PUT|DELETE) /;
  const writesOf = () =>
    Object.entries(countRequests().byOperation).filter(([op]) => WRITES.test(op));

  it("freezes, packs the incident and opens the revert PR once; a second run finds each and writes nothing", async () => {
    const gh = new GitHubMock();
    planned(gh);
    gh.issuesByLabel("pilot-gate:freeze", []);
    freezeIssues(gh, []);
    const created = gh.createIssue(91);
    evidenceBranch(gh, false);
    incidentReads(gh, "read");
    gh.scope.get(`${REPO_PATH}/issues/91`).reply(200, {
      number: 91,
      title: "t",
      state: "open",
      created_at: "2026-12-05T00:00:00Z",
      closed_at: null,
      html_url: `https://github.com/${OWNER}/${REPO}/issues/91`,
      user: { login: "octocat", type: "User" },
    });
    const blobs = incidentCommit(gh);
    revertReads(gh);
    const { commit, pull } = revertWrites(gh);

    const first = await run(RUN, { env: ENV });

    expect(first.stderr).toBe("pilot-gate: warning: trigger rollback tripped: merges frozen\n");
    expect(first.code).toBe(0);
    expect(created.calls).toBe(1);
    const body = created.body as { title: string; body: string; labels: string[] };
    expect(body.labels).toContain("pilot-gate:freeze");
    expect(body.title).toBe("rollback tripped: rolling back v1.3.0 to v1.2.0");
    expect(body.body).toContain(`Target: \`v1.2.0\`, commit \`${GOOD}\``);
    expect(first.stdout).toContain("1. freeze [done]: opened freeze issue #91");
    expect(first.stdout).toContain(
      `2. preserve-evidence [done]: committed ${INCIDENT} (unsigned) to pilot-evidence in ${"8".repeat(40)}; 1 of 3 check runs did not succeed`,
    );
    expect(first.stdout).toContain(
      `3. revert [done]: opened revert PR #92 from ${BRANCH} into master`,
    );
    expect(first.stdout).toContain("4. smoke: re-run the smoke gate");
    expect(first.stdout).toContain("5. lift-freeze:");

    // The incident record: the freeze, both releases, the runs that did not succeed (newest of each name), how to reproduce.
    const record = JSON.parse(blobs.find((text) => text.includes("rollback-incident")) ?? "{}");
    expect(record).toEqual({
      version: 1,
      kind: "rollback-incident",
      rolledBack: { tag: "v1.3.0", sha: FROM },
      target: { tag: "v1.2.0", sha: GOOD },
      freeze: { issue: 91, url: `https://github.com/${OWNER}/${REPO}/issues/91` },
      checks: {
        read: true,
        total: 3,
        notSucceeded: [
          {
            name: "smoke",
            status: "completed",
            conclusion: "failure",
            url: "https://ci.example.com/4",
          },
        ],
      },
      reproduce: [`git fetch origin ${FROM}`, `git checkout ${FROM}`, "npm run smoke"],
    });
    const manifest = JSON.parse(blobs.find((text) => text.includes('"scope"')) ?? "{}");
    expect(manifest).toMatchObject({ scope: "incident", id: "rollback-v1.3.0", commit: FROM });
    // The revert: the target's tree on master's head, never a rewrite of master.
    expect(commit.body).toEqual({
      message: expect.stringMatching(/^Revert to v1\.2\.0 1{40}, rolling back v1\.3\.0\n/),
      tree: TARGET_TREE,
      parents: [MASTER_HEAD],
    });
    expect(pull.body).toMatchObject({
      head: BRANCH,
      base: "master",
      title: "Roll back v1.3.0: revert to v1.2.0",
    });
    expect(countRequests().byOperation).toMatchObject({
      "POST /repos/{owner}/{repo}/issues": 1,
      "POST /repos/{owner}/{repo}/git/blobs": 3,
      "POST /repos/{owner}/{repo}/git/trees": 1,
      "POST /repos/{owner}/{repo}/git/commits": 2,
      "PATCH /repos/{owner}/{repo}/git/refs/{ref}": 1,
      "POST /repos/{owner}/{repo}/git/refs": 1,
      "POST /repos/{owner}/{repo}/pulls": 1,
    });
    expect(writesOf().reduce((sum, [, n]) => sum + n, 0)).toBe(10);
    // The plan (4), the freeze (3), the incident pack (5 reads + 9 for its commit), the revert (4 reads + 3 writes).
    expect(countRequests().total).toBe(28);

    // Again: the freeze issue (opened with a person's token, found while open), the pack and the PR are found.
    const mark = recorded.length;
    planned(gh);
    gh.issuesByLabel("pilot-gate:freeze", [{ number: 91, body: body.body }]);
    evidenceBranch(gh, true);
    revertBranchThere(gh, [
      {
        number: 92,
        state: "open",
        html_url: `https://github.com/${OWNER}/${REPO}/pull/92`,
        base: { ref: "master" },
      },
    ]);
    const again = await run([...RUN, "--json"], { env: ENV });
    expect(again.code).toBe(0);
    const out = JSON.parse(again.stdout);
    expect(out.steps).toEqual([
      {
        id: "freeze",
        applied: "none",
        found: true,
        what: "freeze issue #91 covers this rollback already",
      },
      {
        id: "preserve-evidence",
        applied: "none",
        found: true,
        what: `${INCIDENT} is on pilot-evidence already; packs are never overwritten`,
      },
      {
        id: "revert",
        applied: "none",
        found: true,
        what: `revert PR #92 (open) from ${BRANCH} is there already: https://github.com/${OWNER}/${REPO}/pull/92`,
      },
    ]);
    expect(out.left.map((step: { id: string }) => step.id)).toEqual(["smoke", "lift-freeze"]);
    const second = countRequests(requestsSince(mark));
    expect(Object.keys(second.byOperation).filter((op) => WRITES.test(op))).toEqual([]);
    // The plan (4), the open freeze issues (1), the incident scope (3), the revert branch, its tree and PRs (4).
    expect(second.total).toBe(12);
  });

  it("after the lift, a run again freezes nothing: the closed freeze issue counts whoever opened it", async () => {
    const gh = new GitHubMock();
    planned(gh);
    // Not open any more (rollback lift closed it), and opened with a person's token.
    gh.issuesByLabel("pilot-gate:freeze", []);
    freezeIssues(gh, [
      { number: 91, body: frozenBody(), state: "closed", user: { login: "octocat", type: "User" } },
    ]);
    evidenceBranch(gh, true);
    revertBranchThere(gh, [
      {
        number: 92,
        state: "closed",
        html_url: `https://github.com/${OWNER}/${REPO}/pull/92`,
        base: { ref: "master" },
      },
    ]);

    const result = await run([...RUN, "--json"], { env: ENV });

    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.freeze).toEqual({ status: "already-frozen", issue: 91 });
    expect(writesOf()).toEqual([]);
  });

  it("writes nothing with --dry-run and says what each step would do", async () => {
    const gh = new GitHubMock();
    nothingDoneYet(gh, "read");
    const result = await run([...RUN, "--dry-run", "--json"], { env: ENV });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({
      kind: "rollback-run",
      freeze: { status: "tripped", applied: "planned" },
      evidence: { status: "packed", applied: "planned", record: { freeze: null } },
      revert: { mode: "revert-pr", status: "opened", applied: "planned", branch: BRANCH },
    });
    expect(out.steps.map((step: { applied: string }) => step.applied)).toEqual([
      "planned",
      "planned",
      "planned",
    ]);
    expect(writesOf()).toEqual([]);
    // The plan (4), the freeze lookups (2), the incident pack's reads (4: no freeze issue to read), the revert's reads (4).
    expect(countRequests().total).toBe(14);
  });

  it("says in text what each step would do on a dry run", async () => {
    const gh = new GitHubMock();
    nothingDoneYet(gh, "read");
    const result = await run([...RUN, "--dry-run"], { env: ENV });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1. freeze [would do]: would open the freeze issue");
    expect(result.stdout).toContain(
      `2. preserve-evidence [would do]: would commit ${INCIDENT} (unsigned) to pilot-evidence; 1 of 3 check runs did not succeed`,
    );
    expect(result.stdout).toContain(
      `3. revert [would do]: would open a revert PR from ${BRANCH} into master`,
    );
    expect(writesOf()).toEqual([]);
  });

  it("records the check runs as not read when reading them fails, never as none failed", async () => {
    const gh = new GitHubMock();
    nothingDoneYet(gh, "fail");
    const result = await run([...RUN, "--dry-run", "--json"], { env: ENV });
    expect(result.code).toBe(0);
    const { checks } = JSON.parse(result.stdout).evidence.record;
    expect(checks.read).toBe(false);
    expect(checks.reason).toMatch(/list the check runs/);
    expect(checks.notSucceeded).toBeUndefined();
  });

  it("signs the incident pack with the key in PILOT_GATE_SIGNING_KEY", async () => {
    const gh = new GitHubMock();
    nothingDoneYet(gh, "read");
    const pem = generateKeyPairSync("ed25519")
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    const result = await run([...RUN, "--dry-run", "--json"], {
      env: { ...ENV, PILOT_GATE_SIGNING_KEY: pem },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).evidence).toMatchObject({ applied: "planned", signed: true });
  });

  it("refuses a revert branch that holds another tree, never forcing it", async () => {
    const gh = new GitHubMock();
    frozenAndPacked(gh);
    commitTree(gh, GOOD, TARGET_TREE);
    ref(gh, BRANCH, REVERT_COMMIT);
    commitTree(gh, REVERT_COMMIT, "7".repeat(40));
    const result = await run(RUN, { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `the branch ${BRANCH} already exists and its head ${REVERT_COMMIT} does not hold the tree of v1.2.0`,
    );
    expect(result.stderr).toContain(`git push origin --delete ${BRANCH}`);
    expect(writesOf()).toEqual([]);
  });

  it("opens only the PR when the revert branch is there without one", async () => {
    const gh = new GitHubMock();
    frozenAndPacked(gh);
    revertBranchThere(gh, []);
    gh.scope
      .post(`${REPO_PATH}/pulls`)
      .reply(201, { number: 93, html_url: `https://github.com/${OWNER}/${REPO}/pull/93` });
    const result = await run(RUN, { env: ENV });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("3. revert [done]: opened revert PR #93");
    expect(writesOf()).toEqual([["POST /repos/{owner}/{repo}/pulls", 1]]);
  });

  it("packs nothing when the rolled-back release's pack names no commit, since a pack must name one", async () => {
    const gh = new GitHubMock();
    planned(gh);
    gh.issuesByLabel("pilot-gate:freeze", [{ number: 91, body: frozenBody() }]);
    evidenceBranch(gh, false);
    gh.rawFile("evidence/release/v1.3.0/statement.json", "pilot-evidence", null);
    const result = await run(RUN, { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "the commit of v1.3.0 cannot be read from evidence/release/v1.3.0/statement.json on pilot-evidence: its pack has no statement.json",
    );
    expect(writesOf()).toEqual([]);
  });

  it("names the step GitHub refused and says the steps before it stand", async () => {
    const gh = new GitHubMock();
    frozenAndPacked(gh);
    commitTree(gh, GOOD, TARGET_TREE);
    gh.fail(
      "GET",
      `${REPO_PATH}/git/ref/${encodeURIComponent(`heads/${BRANCH}`)}`,
      FAILURES["500"] as Failure,
    );
    const result = await run(RUN, { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^pilot-gate: the revert step failed: .*500.*The steps before it stand/,
    );
  });

  describe("deploy-ref mode", () => {
    const DEPLOY = `${INCIDENTS_ON}rollback:\n  mode: deploy-ref\n  deploy_ref: production\n`;

    it("re-points the deploy branch to the target, and finds it there on a second run", async () => {
      const gh = new GitHubMock();
      frozenAndPacked(gh, DEPLOY);
      ref(gh, "production", FROM);
      const moved: Captured = { calls: 0 };
      gh.scope
        .patch(`${REPO_PATH}/git/refs/${encodeURIComponent("heads/production")}`)
        .reply((_uri, body) => {
          moved.calls++;
          moved.body = body;
          return [200, { ref: "refs/heads/production", object: { sha: GOOD } }];
        });
      const first = await run(RUN, { env: ENV });
      expect(first.code).toBe(0);
      expect(moved.body).toEqual({ sha: GOOD, force: true });
      expect(first.stdout).toContain(
        `3. revert [done]: re-pointed production from ${FROM} to v1.2.0`,
      );

      frozenAndPacked(gh, DEPLOY);
      ref(gh, "production", GOOD);
      const again = await run(RUN, { env: ENV });
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("3. revert [already done]: production points at v1.2.0");
      expect(moved.calls).toBe(1);
    });

    it("refuses a config in deploy-ref mode that names no branch", async () => {
      const gh = new GitHubMock();
      gh.repository("master");
      gh.config(`${INCIDENTS_ON}rollback:\n  mode: deploy-ref\n`);
      const result = await run(RUN, { env: ENV });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("mode deploy-ref needs deploy_ref");
    });
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

  /** The body of the freeze issue an earlier run opened for rolling back v1.3.0. */
  function frozenBody(): string {
    return `Frozen.\n${freezeRecordMarker({
      kind: "trigger",
      receipt: "pg-test",
      actor: "pilot-gate",
      at: "2026-12-05T00:00:00Z",
      reason: "rolling back v1.3.0 to v1.2.0",
      trigger: "rollback",
      evidence: "rollback:v1.3.0",
    })}`;
  }
});
