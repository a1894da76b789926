import { describe, expect, it } from "vitest";
import type { ReadinessReport } from "../../core/gates/readiness/report.js";
import { DRY_RUN_CONFIG } from "./helpers/configs.js";
import {
  type CheckRunBody,
  countRequests,
  GitHubMock,
  REPO_PATH,
  useGitHubMock,
} from "./helpers/github.js";
import { pushEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

const EVIDENCE_REF = "refs/heads/pilot-evidence";
const MAIN_HEAD = "e5".repeat(20);
const JUDGED_SHA = "f6".repeat(20);
const PACK = "evidence/release/v1.2.0";

function report(overrides: Partial<ReadinessReport> = {}): ReadinessReport {
  return {
    version: 1,
    kind: "readiness",
    sha: JUDGED_SHA,
    verdict: "GO",
    evaluated_at: "2024-05-01T11:00:00Z",
    blockers: [],
    warnings: [],
    criteria: [
      {
        id: "smoke-green",
        title: "Smoke suite green",
        level: "blocking",
        status: "pass",
        summary: "12 of 12 scenarios passed",
        evidence: { values: { passed: 12, executed: 12 }, items: [] },
      },
    ],
    notes: [],
    ...overrides,
  };
}

const NO_GO = report({
  verdict: "NO-GO",
  blockers: ["p0-incidents"],
  criteria: [
    {
      id: "p0-incidents",
      title: "No open P0 incidents",
      level: "blocking",
      status: "fail",
      summary: "1 open P0 incident, at most 0 allowed",
      evidence: { values: { open: 1, max: 0 }, items: [{ text: "#12 Login fails (P0)" }] },
      fix: "Resolve or relabel #12.",
    },
  ],
});

/** A push to the evidence branch adding `files` (paths) in one commit. */
function evidencePush(files: string[], ref = EVIDENCE_REF) {
  const push = pushEvent({ ref, modified: [] });
  push.commits[0].added = files;
  return push;
}

/** The raw file at the pushed head, as `GET /contents` answers with the raw media type. */
function rawFile(mock: GitHubMock, path: string, ref: string, text: string): void {
  mock.scope
    .get(`${REPO_PATH}/contents/${encodeURIComponent(path)}`)
    .query({ ref })
    .matchHeader("accept", "application/vnd.github.raw+json")
    .reply(200, text, { "content-type": "text/plain; charset=utf-8" });
}

describe("pilot-gate/readiness from the evidence branch", () => {
  it("posts a GO report as a successful check on the default branch head", async () => {
    const app = await createTestApp();
    const path = `${PACK}/reports/readiness.json`;
    const push = evidencePush([path, `${PACK}/manifest.json`]);
    const mock = new GitHubMock().token();
    mock.config(null);
    mock.branchHead("master", MAIN_HEAD);
    rawFile(mock, path, push.after, JSON.stringify(report()));
    const check = mock.createCheckRun();

    await app.receive("push", push);

    const body = check.body as CheckRunBody;
    expect(body).toMatchObject({
      name: "pilot-gate/readiness",
      head_sha: MAIN_HEAD,
      status: "completed",
      conclusion: "success",
    });
    expect(body.output.title).toBe(`GO for ${JUDGED_SHA.slice(0, 12)}`);
    expect(body.output.summary).toContain("✅ GO");
    expect(body.output.summary).toContain(
      `[\`${PACK}\`](https://github.com/Codertocat/Hello-World/tree/${push.after}/${PACK})`,
    );
    // config 1, branch head 1, report 1, check 1.
    expect(countRequests().total).toBe(4);
  });

  it("posts a NO-GO report as a failing check listing the blockers; the newest report wins", async () => {
    const app = await createTestApp();
    const older = `${PACK}/reports/readiness-old.json`;
    const newer = `evidence/release/v1.2.1/reports/readiness.json`;
    const smoke = `${PACK}/reports/smoke.json`;
    const push = evidencePush([older, smoke, newer]);
    const mock = new GitHubMock().token();
    mock.config(null);
    mock.branchHead("master", MAIN_HEAD);
    rawFile(
      mock,
      older,
      push.after,
      JSON.stringify(report({ evaluated_at: "2024-04-01T00:00:00Z" })),
    );
    rawFile(
      mock,
      smoke,
      push.after,
      JSON.stringify({ version: 1, kind: "smoke", verdict: "pass" }),
    );
    rawFile(mock, newer, push.after, JSON.stringify(NO_GO));
    const check = mock.createCheckRun();

    await app.receive("push", push);

    const body = check.body as CheckRunBody;
    expect(body).toMatchObject({ head_sha: MAIN_HEAD, conclusion: "failure" });
    expect(body.output.title).toBe(`NO-GO for ${JUDGED_SHA.slice(0, 12)} (1 blocker(s))`);
    expect(body.output.summary).toContain("### Blockers (1)");
    expect(body.output.summary).toContain("No open P0 incidents");
    expect(body.output.summary).toContain("evidence/release/v1.2.1");
    expect(countRequests().total).toBe(6);
  });

  it("fails closed on a report that does not parse, naming the file and why", async () => {
    const app = await createTestApp();
    const broken = `${PACK}/reports/readiness.json`;
    const notJson = `${PACK}/reports/other.json`;
    const push = evidencePush([broken, notJson]);
    const mock = new GitHubMock().token();
    mock.config(null);
    mock.branchHead("master", MAIN_HEAD);
    rawFile(mock, broken, push.after, JSON.stringify({ ...report(), verdict: "MAYBE" }));
    rawFile(mock, notJson, push.after, "{ not json");
    const check = mock.createCheckRun();

    await app.receive("push", push);

    const body = check.body as CheckRunBody;
    expect(body).toMatchObject({ head_sha: MAIN_HEAD, conclusion: "failure" });
    expect(body.output.title).toBe(`Unreadable readiness report: ${broken} and 1 more`);
    expect(body.output.summary).toContain(
      `\`${broken}\`: not a valid readiness report (at verdict:`,
    );
    expect(body.output.summary).toContain(`\`${notJson}\`: not JSON`);
    expect(app.logged(50)).toEqual([]);
  });

  it("posts a failing check when a report cannot be read, instead of crashing", async () => {
    const app = await createTestApp();
    const path = `${PACK}/reports/readiness.json`;
    const push = evidencePush([path]);
    const mock = new GitHubMock().token();
    mock.config(null);
    mock.branchHead("master", MAIN_HEAD);
    mock.fail("GET", `${REPO_PATH}/contents/${encodeURIComponent(path)}`, {
      status: 500,
      message: "Server Error",
    });
    const check = mock.createCheckRun();

    await app.receive("push", push);

    const body = check.body as CheckRunBody;
    expect(body).toMatchObject({ head_sha: MAIN_HEAD, conclusion: "failure" });
    expect(body.output.title).toBe("Could not read the readiness reports");
  });

  it("makes no request for a push without reports", async () => {
    const app = await createTestApp();
    new GitHubMock();
    await app.receive("push", evidencePush([`${PACK}/manifest.json`, "notes/reports.md"]));
    expect(countRequests(undefined, { includeToken: true }).total).toBe(0);
  });

  it("makes no request for reports pushed to another branch", async () => {
    const app = await createTestApp();
    new GitHubMock();
    await app.receive(
      "push",
      evidencePush([`${PACK}/reports/readiness.json`], "refs/heads/feature"),
    );
    expect(countRequests(undefined, { includeToken: true }).total).toBe(0);
  });

  it("follows check.dry_run in the config: reads, logs, posts nothing", async () => {
    const app = await createTestApp();
    const path = `${PACK}/reports/readiness.json`;
    const push = evidencePush([path]);
    const mock = new GitHubMock().token();
    mock.config(DRY_RUN_CONFIG);
    rawFile(mock, path, push.after, JSON.stringify(report()));

    await app.receive("push", push);

    expect(countRequests().total).toBe(2);
    expect(app.logs.some((line) => /readiness GO .*dry run/.test(line.msg))).toBe(true);
  });

  it("in dry run reads and logs the verdict, writes nothing", async () => {
    const app = await createTestApp({ dryRun: true });
    const path = `${PACK}/reports/readiness.json`;
    const push = evidencePush([path]);
    const mock = new GitHubMock().token();
    mock.config(null);
    rawFile(mock, path, push.after, JSON.stringify(NO_GO));

    await app.receive("push", push);

    const { byOperation } = countRequests();
    expect(Object.keys(byOperation).every((op) => op.startsWith("GET "))).toBe(true);
    expect(countRequests().total).toBe(2);
    expect(app.logs.some((line) => /readiness NO-GO .*dry run/.test(line.msg))).toBe(true);
  });
});
