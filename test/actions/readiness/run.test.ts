import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getInputs, InputError } from "../../../actions/readiness/inputs.js";
import { readinessReportSchema } from "../../../core/gates/readiness/report.js";
import { defaultProtectionConfig, desiredProtection } from "../../../core/protection/index.js";
import { githubScope, REPO_PATH, useGitHubMock } from "../../app/helpers/github.js";
import { classicResponse, mockBranch, NOT_PROTECTED } from "../../app/helpers/protection.js";
import { coreMock, record, resetCore } from "../helpers/core.js";

vi.mock("@actions/core", () => coreMock);

const { main } = await import("../../../actions/readiness/main.js");
const { runReadinessAction } = await import("../../../actions/readiness/run.js");

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SHA = "4f2c9a1e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a";
const NOW = new Date("2025-06-10T12:00:00Z");

function env(dir: string, extra: Record<string, string> = {}, workspace = ROOT): NodeJS.ProcessEnv {
  return {
    INPUT_SHA: SHA,
    INPUT_SMOKE_REPORT: "examples/readiness/go/smoke.json",
    INPUT_PARITY_REPORT: "examples/readiness/go/parity.json",
    INPUT_MANIFEST: "examples/readiness/go/pilot.yml",
    INPUT_TOKEN: "ghs_test",
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    APP_ID: String(APP),
    ...extra,
  };
}

/** The App's id, from APP_ID: what required-check must be pinned to and posted by. */
const APP = 123;
/** `protection:` at its defaults, as the App would apply it. */
const WANT = desiredProtection(defaultProtectionConfig(), "required-check", APP).settings;

/** A checkout with the GO set and a config that lists its milestone document. */
async function checkout(
  milestones = "[{ file: examples/readiness/go/m6.md, section: Exit criteria }]",
) {
  const dir = await tmp();
  cpSync(join(ROOT, "examples/readiness/go"), join(dir, "examples/readiness/go"), {
    recursive: true,
  });
  mkdirSync(join(dir, ".github"));
  writeFileSync(
    join(dir, ".github/pilot-gate.yml"),
    `readiness:\n  milestones: ${milestones}\n${SIGN_OFF_ROLES}`,
  );
  return dir;
}

/** The sign-off roles: three held by users, security by a team. */
const SIGN_OFF_ROLES = [
  "roles:",
  "  product: { users: [pat] }",
  "  qa: { users: [quinn] }",
  "  security: { teams: [security] }",
  "  ops: { users: [otto] }",
  "",
].join("\n");

/**
 * Sign-off PR #7 of the commit (labelled pilot-sign-off; #8, unlabelled, is
 * not read), approved on its head by a holder of each role, except where
 * `stale` names one who approved an older push.
 */
function mockSignOff(stale?: string): void {
  const scope = githubScope();
  const pull = (number: number, labels: string[]) => ({
    number,
    title: `PR ${number}`,
    state: "open",
    html_url: `https://github.com/Codertocat/Hello-World/pull/${number}`,
    head: { sha: SHA },
    base: { ref: "main" },
    merged_at: null,
    merge_commit_sha: null,
    labels: labels.map((name) => ({ name })),
  });
  scope
    .get(`${REPO_PATH}/commits/${SHA}/pulls`)
    .query({ per_page: "100" })
    .reply(200, [pull(7, ["pilot-sign-off"]), pull(8, ["docs"])]);
  scope
    .get(`${REPO_PATH}/pulls/7/reviews`)
    .query({ per_page: "100" })
    .reply(
      200,
      ["pat", "quinn", "sam", "otto"].map((login, id) => ({
        id,
        user: { login },
        state: "APPROVED",
        commit_id: login === stale ? "0".repeat(40) : SHA,
      })),
    );
  scope
    .get("/orgs/Codertocat/teams/security/members")
    .query({ per_page: "100" })
    .reply(200, [{ login: "sam" }]);
}

function mockGitHub({
  protection = 200,
  p0 = false,
  stale = undefined as string | undefined,
} = {}): void {
  mockSignOff(stale);
  const scope = githubScope();
  scope
    .get(`${REPO_PATH}/commits/${SHA}/check-runs`)
    .query({ filter: "latest", per_page: "100" })
    .reply(200, {
      total_count: 1,
      check_runs: [
        {
          id: 1,
          name: "required-check",
          status: "completed",
          conclusion: "success",
          app: { id: APP },
        },
      ],
    });
  for (const name of ["main", "develop"]) {
    mockBranch(
      name,
      protection === 200 ? [200, classicResponse(WANT, name)] : [protection, NOT_PROTECTED],
    );
  }
  for (const label of ["P0", "tenant-isolation", "core-flow-blocker", "auth-regression"]) {
    scope
      .get(`${REPO_PATH}/issues`)
      .query({ labels: label, state: "open", per_page: "100" })
      .reply(
        200,
        p0 && label === "P0"
          ? [{ number: 4, title: "Outage", labels: ["P0"], html_url: "https://github.com/i/4" }]
          : [],
      );
  }
}

describe("readiness action", () => {
  useGitHubMock();
  beforeEach(() => resetCore());

  it("says GO: outputs, report file, job summary verdict first", async () => {
    mockGitHub();
    const inputs = {
      ...getInputs(env(ROOT, {}, await checkout())),
      reportPath: join(await tmp(), "r.json"),
    };
    const report = await runReadinessAction(inputs, { retries: false, now: () => NOW });
    expect(report.verdict).toBe("GO");
    expect(report.sign_off?.signers).toEqual([
      { role: "product", login: "pat", pull: 7 },
      { role: "qa", login: "quinn", pull: 7 },
      { role: "security", login: "sam", pull: 7 },
      { role: "ops", login: "otto", pull: 7 },
    ]);
    expect(record.outputs).toEqual({
      verdict: "GO",
      blockers: "",
      "report-path": inputs.reportPath,
    });
    expect(record.failed).toEqual([]);
    expect(record.summaries[0]?.split("\n")[0]).toBe("## ✅ GO: readiness of `4f2c9a1e8b7d`");
    expect(
      readinessReportSchema.parse(JSON.parse(readFileSync(inputs.reportPath, "utf8"))),
    ).toEqual(report);
  });

  it("says NO-GO and fails the step on a P0 and unprotected main", async () => {
    mockGitHub({ protection: 404, p0: true });
    const inputs = {
      ...getInputs(env(ROOT, {}, await checkout())),
      reportPath: join(await tmp(), "r.json"),
    };
    await runReadinessAction(inputs, { retries: false, now: () => NOW });
    expect(record.outputs.verdict).toBe("NO-GO");
    expect(record.outputs.blockers).toBe("p0-incidents,branch-protection");
    expect(record.failed[0]).toMatch(/^NO-GO: 2 blocker\(s\)/);
    expect(record.summaries[0]).toContain("main: Missing (");
  });

  it("says NO-GO when no milestone document is configured, and names a missing one", async () => {
    mockGitHub();
    const none = {
      ...getInputs(env(ROOT, {}, await checkout("[]"))),
      reportPath: join(await tmp(), "r.json"),
    };
    const unchecked = await runReadinessAction(none, { retries: false, now: () => NOW });
    expect(unchecked.blockers).toEqual(["milestones"]);
    expect(unchecked.criteria.find((c) => c.id === "milestones")?.status).toBe("not_checked");
    expect(record.summaries[0]).toContain("no milestone or sign-off documents configured");

    resetCore();
    mockGitHub();
    const missing = {
      ...getInputs(env(ROOT, {}, await checkout("[docs/go-live.md]"))),
      reportPath: join(await tmp(), "r.json"),
    };
    await runReadinessAction(missing, { retries: false, now: () => NOW });
    expect(record.outputs.blockers).toBe("milestones");
    expect(record.summaries[0]).toContain(
      "cannot read the document: no such file; fix its path in readiness.milestones (relative to the repository root) (docs/go-live.md)",
    );
  });

  it("says NO-GO while a sign-off role has no approval on the PR's head", async () => {
    mockGitHub({ stale: "otto" });
    const inputs = {
      ...getInputs(env(ROOT, {}, await checkout())),
      reportPath: join(await tmp(), "r.json"),
    };
    const report = await runReadinessAction(inputs, { retries: false, now: () => NOW });
    expect(report.blockers).toEqual(["sign-off"]);
    expect(report.criteria.find((c) => c.id === "sign-off")?.evidence.items).toContainEqual({
      text: "ops: no approval on the head commit from a holder of the role; @otto approved an older push",
    });
    expect(record.summaries[0]).toContain("3/4 sign-off roles approved");
  });

  it("judges the records committed on the evidence branch over the checkout's", async () => {
    mockGitHub();
    const dir = await checkout();
    const run = "examples/readiness/go/pilots/m6-pilot/2025-06-02";
    mkdirSync(join(dir, ".pilot-gate/evidence-branch", run), { recursive: true });
    cpSync(
      join(ROOT, "examples/readiness/no-go/pilots/m6-pilot/2025-06-02/records.jsonl"),
      join(dir, ".pilot-gate/evidence-branch", run, "records.jsonl"),
    );
    const inputs = {
      ...getInputs(env(ROOT, { INPUT_RECORDS_ROOT: ".pilot-gate/evidence-branch" }, dir)),
      reportPath: join(await tmp(), "r.json"),
    };
    expect(inputs.recordsRoot).toBe(".pilot-gate/evidence-branch");
    const report = await runReadinessAction(inputs, { retries: false, now: () => NOW });
    expect(report.verdict).toBe("NO-GO");
    expect(report.blockers).toEqual(["success-rate", "core-flows"]);
  });

  it("fails the step with what to change on a bad input, never GO", async () => {
    await main(env(ROOT, { INPUT_SHA: "HEAD" }));
    expect(record.outputs.verdict).toBe("NO-GO");
    expect(record.failed[0]).toMatch(/The sha input "HEAD" is not a commit SHA/);
  });
});

describe("getInputs", () => {
  it("reads the inputs and the runner's variables", () => {
    expect(getInputs(env("/tmp/runner", { INPUT_MANIFEST: "" }))).toMatchObject({
      sha: SHA,
      manifest: undefined,
      owner: "Codertocat",
      repo: "Hello-World",
      apiUrl: "https://api.github.com",
      reportPath: "/tmp/runner/pilot-gate-readiness.json",
    });
  });

  it.each([
    [{ INPUT_TOKEN: "" }, /token input is empty/],
    [{ GITHUB_REPOSITORY: "nope" }, /expected format \{owner\}\/\{repo\}/],
  ])("refuses %j", (extra, message) => {
    expect(() => getInputs(env("/tmp", extra))).toThrow(InputError);
    expect(() => getInputs(env("/tmp", extra))).toThrow(message);
  });
});

async function tmp(): Promise<string> {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  return mkdtemp(join(tmpdir(), "pilot-gate-readiness-"));
}
