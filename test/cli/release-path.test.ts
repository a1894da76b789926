import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { STATEMENT_FILE } from "../../core/evidence/index.js";
import { DEFAULT_PILOT_SCRIPT } from "../../core/gates/pilot/config.js";
import { parsePilotManifest } from "../../core/gates/pilot/manifest.js";
import {
  chainHead,
  type RecordFields,
  renderRecordLine,
  type ScenarioRecord,
  sealRecord,
} from "../../core/gates/pilot/records.js";
import { readinessReportSchema } from "../../core/gates/readiness/index.js";
import { defaultProtectionConfig, desiredProtection } from "../../core/protection/index.js";
import { runGit } from "../../engine/io.js";
import { treeEntries } from "../app/helpers/evidence.js";
import {
  GitHubMock,
  githubScope,
  OWNER,
  REPO,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "../app/helpers/github.js";
import { listIssues, listIssuesSince } from "../app/helpers/incidents.js";
import {
  classicResponse,
  mockBranch,
  NOT_PROTECTED,
  rulesResponse,
} from "../app/helpers/protection.js";
import { type RunResult, run, tempDir, writeFiles } from "./helpers.js";
import { branchRef, commitTree, releaseStatement } from "./rollback-fixtures.js";

/**
 * The issue's "Done when": .github/workflows/release.yml's steps, in the
 * workflow's order, run through the CLI on a fixture pilot repository
 * against nock'd GitHub. Everything green gives GO, a tag and a release;
 * each blocking criterion flipped gives NO-GO naming it, and no publish
 * request. Every request is checked against GitHub's OpenAPI description.
 */
useGitHubMock();

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const APP = 123;
const REPOSITORY = `${OWNER}/${REPO}`;
const VERSION = "v1.1.0";
/** The installation token the app-token step makes; readiness must read GitHub with it. */
const APP_TOKEN = "ghs_installation_token_of_the_app";
const NOW = () => new Date("2026-05-01T12:00:00Z");
/** `protection:` at its defaults, pinned to the App, as readiness requires it. */
const WANT = desiredProtection(defaultProtectionConfig(), "required-check", APP).settings;

interface WorkflowStep {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
}

const RELEASE = parse(await readFile(join(ROOT, ".github/workflows/release.yml"), "utf8")) as {
  jobs: Record<string, { steps: WorkflowStep[] }>;
};
const WORKFLOW_STEPS = Object.values(RELEASE.jobs).flatMap((job) => job.steps);

// ---------------------------------------------------------------- fixture

/** One JUnit scenario of the smoke run. */
interface Scenario {
  name: string;
  failure?: string;
}

/** 20 scenarios of suite core, all passing: one failure still leaves 95.2 %. */
const GREEN_SCENARIOS: Scenario[] = Array.from({ length: 20 }, (_, i) => ({
  name: `core > scenario ${i + 1}`,
}));

function junit(scenarios: Scenario[]): string {
  const cases = scenarios.map((s) =>
    s.failure
      ? `<testcase classname="core" name="${s.name}"><failure message="${s.failure}"/></testcase>`
      : `<testcase classname="core" name="${s.name}"/>`,
  );
  return `<testsuites><testsuite name="core" tests="${scenarios.length}">${cases.join("")}</testsuite></testsuites>\n`;
}

const CONFIG = `smoke:
  commands: ["mkdir -p reports && cp junit/core.xml reports/core.xml"]
  junit: [reports/*.xml]
  suites: [core]
parity:
  environments: [envs/production.yml, envs/staging.yml]
readiness:
  manifest: pilot.yml
  milestones:
    - { file: docs/m6.md, section: Exit criteria }
protection:
  app_id: ${APP}
roles:
  product: { users: [pat] }
  qa: { users: [quinn] }
  security: { users: [sam] }
  ops: { users: [otto] }
`;

/** Who approves the sign-off PR: a holder of each default sign-off role. */
const SIGNERS = ["pat", "quinn", "sam", "otto"];

/**
 * The pilot's records: each client runs the whole script, all passing
 * (`green`); `rate`: three runs fail and pass on a re-run (33/36, 91.7 %, no
 * flow left blocked); `blocked`: a client's last run of a flow fails (32/33).
 */
function records(clients: number, kind: "green" | "rate" | "blocked"): string {
  const runs: RecordFields[] = Array.from({ length: clients }, (_, c) =>
    DEFAULT_PILOT_SCRIPT.map((scenario, i) => ({
      at: new Date(Date.UTC(2026, 3, 20, 10 + c, i)).toISOString(),
      client: `Client ${c + 1}`,
      scenario,
      result: "pass" as const,
    })),
  ).flat();
  const later = (r: RecordFields, minutes: number) => ({
    ...r,
    at: new Date(Date.parse(r.at) + minutes * 60_000).toISOString(),
  });
  const failed = (r: RecordFields) => ({ ...r, result: "fail" as const, error: "HTTP 500" });
  if (kind === "rate") {
    const first = runs.slice(0, 3);
    runs.splice(0, 3, ...first.map(failed));
    runs.push(...first.map((r) => later(r, 600)));
  }
  if (kind === "blocked") runs.push(failed(later(runs[1] as RecordFields, 600)));
  const sealed: ScenarioRecord[] = [];
  for (const fields of runs) sealed.push(sealRecord(fields, chainHead(sealed)));
  return sealed.map(renderRecordLine).join("");
}

function milestones(lastItem: "[x]" | "[ ]"): string {
  return [
    "# M6 launch",
    "",
    "## Phase 1: staging",
    "",
    "### Exit criteria",
    "",
    "- [x] Smoke suite green on the release candidate",
    "",
    "## Phase 2: pilot clients",
    "",
    "### Exit criteria",
    "",
    "| Item | Owner | Status | Evidence |",
    "| --- | --- | --- | --- |",
    "| Security review | @sec | Signed | `evidence/security.md` |",
    "| DPO sign-off | @dpo | Done | `evidence/dpo.md` |",
    "",
    "## Phase 3: general availability",
    "",
    "### Exit criteria",
    "",
    `- ${lastItem} Rollback rehearsed`,
    "",
  ].join("\n");
}

function manifest(clients: number): string {
  const client = (i: number) =>
    [
      `  - name: Client ${i}`,
      "    status: suggested",
      `    technical_contact: Tech ${i} <tech${i}@example.com>`,
      `    business_contact: Business ${i} <biz${i}@example.com>`,
    ].join("\n");
  return [
    "name: m6-pilot",
    "window:",
    "  start: 2026-04-20T09:00:00Z",
    "  hours: 72",
    "clients:",
    ...Array.from({ length: clients }, (_, i) => client(i + 1)),
    "",
  ].join("\n");
}

/** What a case changes in the fixture repository. */
interface Fixture {
  scenarios: Scenario[];
  records: "green" | "rate" | "blocked";
  staging: "staging.yml" | "staging-drifted.yml";
  lastMilestone: "[x]" | "[ ]";
  clients: number;
}

const GREEN: Fixture = {
  scenarios: GREEN_SCENARIOS,
  records: "green",
  staging: "staging.yml",
  lastMilestone: "[x]",
  clients: 4,
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_AUTHOR_NAME: "Pilot",
      GIT_AUTHOR_EMAIL: "pilot@example.com",
      GIT_COMMITTER_NAME: "Pilot",
      GIT_COMMITTER_EMAIL: "pilot@example.com",
    },
  });
}

/**
 * The pilot repository: its config, smoke JUnit, environments, manifest,
 * milestones; committed, with v1.0.0 shipped. `pilot`, when given, makes
 * pilot.yml and the run folder instead of the fixture's (before the commit).
 */
async function pilotRepository(
  fixture: Fixture,
  pilot?: (cwd: string) => Promise<void>,
): Promise<string> {
  const cwd = await tempDir();
  await writeFiles(cwd, {
    ".github/pilot-gate.yml": CONFIG,
    "junit/core.xml": junit(fixture.scenarios),
    ...(pilot
      ? {}
      : {
          "pilot.yml": manifest(fixture.clients),
          "pilots/m6-pilot/2026-04-20/records.jsonl": records(fixture.clients, fixture.records),
        }),
    "docs/m6.md": milestones(fixture.lastMilestone),
    "evidence/security.md": "Signed by @sec.\n",
    "evidence/dpo.md": "Signed by @dpo.\n",
    "envs/production.yml": await readFile(join(ROOT, "examples/parity/production.yml"), "utf8"),
    "envs/staging.yml": await readFile(join(ROOT, "examples/parity", fixture.staging), "utf8"),
  });
  if (pilot) await pilot(cwd);
  git(cwd, "init", "--quiet");
  git(cwd, "add", ".");
  git(cwd, "commit", "--quiet", "-m", "pilot");
  git(cwd, "tag", "v1.0.0");
  return cwd;
}

// ---------------------------------------------------------------- GitHub

/** What a case changes in GitHub's answers. */
interface GitHub {
  /** The required-check run on the release SHA: the App's success, a failure, another app's, or none. */
  requiredCheck: "success" | "failure" | "other-app" | "missing";
  /** main's classic protection: the App's settings, or none at all. */
  main: "protected" | "unprotected";
  /** Open issues, by label. */
  incidents: Partial<Record<"P0" | "tenant-isolation", number>>;
  /** Who approved sign-off PR #12 on its head. */
  signers: string[];
}

const GREEN_GITHUB: GitHub = {
  requiredCheck: "success",
  main: "protected",
  incidents: {},
  signers: SIGNERS,
};

/** Readiness's reads, every one with the App's installation token. */
function mockReadiness(sha: string, github: GitHub): void {
  const scope = githubScope().matchHeader("authorization", `token ${APP_TOKEN}`);
  const runs =
    github.requiredCheck === "missing"
      ? []
      : [
          {
            id: 1,
            name: "required-check",
            status: "completed",
            conclusion: github.requiredCheck === "failure" ? "failure" : "success",
            html_url: "https://github.com/checks/1",
            app: { id: github.requiredCheck === "other-app" ? 999 : APP },
          },
        ];
  scope
    .get(`${REPO_PATH}/commits/${sha}/check-runs`)
    .query({ filter: "latest", per_page: "100" })
    .reply(200, { total_count: runs.length, check_runs: runs });
  // main by classic protection, develop by a ruleset no one may bypass.
  mockBranch(
    "main",
    github.main === "protected" ? [200, classicResponse(WANT, "main")] : [404, NOT_PROTECTED],
  );
  mockBranch("develop", [404, NOT_PROTECTED], rulesResponse(WANT, 7, "develop"));
  githubScope()
    .get(`${REPO_PATH}/rulesets/7`)
    .reply(200, { id: 7, name: "release-branches", bypass_actors: [] });
  scope
    .get(`${REPO_PATH}/commits/${sha}/pulls`)
    .query({ per_page: "100" })
    .reply(200, [
      {
        number: 12,
        title: "Release v1.1.0",
        state: "open",
        html_url: `https://github.com/${REPOSITORY}/pull/12`,
        head: { sha },
        base: { ref: "main" },
        merged_at: null,
        merge_commit_sha: null,
        labels: [{ name: "pilot-sign-off" }],
      },
    ]);
  scope
    .get(`${REPO_PATH}/pulls/12/reviews`)
    .query({ per_page: "100" })
    .reply(
      200,
      github.signers.map((login, id) => ({
        id,
        user: { login },
        state: "APPROVED",
        commit_id: sha,
      })),
    );
  for (const label of ["P0", "tenant-isolation", "core-flow-blocker", "auth-regression"]) {
    const number = github.incidents[label as keyof GitHub["incidents"]];
    scope
      .get(`${REPO_PATH}/issues`)
      .query({ labels: label, state: "open", per_page: "100" })
      .reply(
        200,
        number === undefined
          ? []
          : [
              {
                number,
                title: `${label} incident`,
                labels: [{ name: label }],
                html_url: `https://github.com/${REPOSITORY}/issues/${number}`,
              },
            ],
      );
  }
}

const TAG_OBJECT = "c".repeat(40);

/** The three requests `release publish` makes: tag object, its ref, the release. */
function mockPublish(sha: string): nock.Scope {
  return githubScope()
    .post(`${REPO_PATH}/git/tags`, (body) => body.tag === VERSION && body.object === sha)
    .reply(201, { sha: TAG_OBJECT, tag: VERSION, object: { sha, type: "commit" } })
    .post(`${REPO_PATH}/git/refs`, { ref: `refs/tags/${VERSION}`, sha: TAG_OBJECT })
    .reply(201, { ref: `refs/tags/${VERSION}` })
    .post(
      `${REPO_PATH}/releases`,
      (body) =>
        body.tag_name === VERSION &&
        body.prerelease === false &&
        typeof body.body === "string" &&
        body.body.startsWith(`## Readiness: GO on \`${sha}\``) &&
        body.body.includes("## Evidence"),
    )
    .reply(201, { id: 1, html_url: `https://github.com/${REPOSITORY}/releases/tag/${VERSION}` });
}

// ---------------------------------------------------------------- the workflow's steps

/** What the steps pass each other, as the workflow's step outputs do. */
interface State {
  cwd: string;
  /** The CLI's clock for every step. */
  now: () => Date;
  sha: string;
  token: string;
  results: Record<string, RunResult>;
  decision?: { tag: string; message: string; notes: string };
  pack?: { pack: string; manifestDigest: string };
}

const SMOKE_REPORT = ".pilot-gate/smoke-report.json";
const PARITY_REPORT = ".pilot-gate/parity-report.json";
const READINESS_REPORT = ".pilot-gate/readiness.json";
const DECISION = ".pilot-gate/release-decision.json";

async function cli(state: State, step: string, argv: string[]): Promise<RunResult> {
  const result = await run(argv, {
    cwd: state.cwd,
    env: {
      PATH: process.env.PATH,
      GITHUB_TOKEN: state.token,
      GITHUB_REPOSITORY: REPOSITORY,
      PILOT_GATE_NO_RETRY: "1",
    },
    git: runGit,
    now: state.now,
  });
  state.results[step] = result;
  return result;
}

/**
 * Each step of release.yml, by id, as the CLI runs it. The checkouts are the
 * fixture itself; `evidence` and `tag` run only on a decided tag, as their
 * `if:` says.
 */
const STEPS: Record<string, (state: State) => Promise<void>> = {
  resolve: async (state) => {
    state.sha = runGit(["rev-parse", "--verify", "HEAD^{commit}"], state.cwd, {
      PATH: process.env.PATH,
    }).trim();
  },
  // No --junit, no files: the config's smoke: and parity.environments, as the Actions do.
  smoke: async (state) => {
    await cli(state, "smoke", ["smoke", "--report", SMOKE_REPORT]);
  },
  parity: async (state) => {
    await cli(state, "parity", ["parity", "--report", PARITY_REPORT]);
  },
  // The workflow's step makes an installation token (actions/create-github-app-token);
  // here its output is a known token, which every readiness request must carry.
  "app-token": async (state) => {
    state.token = APP_TOKEN;
  },
  readiness: async (state) => {
    await cli(state, "readiness", [
      "readiness",
      "--sha",
      state.sha,
      "--repo",
      REPOSITORY,
      "--smoke",
      SMOKE_REPORT,
      "--parity",
      PARITY_REPORT,
      "--report",
      READINESS_REPORT,
    ]);
    state.token = "ghs_workflow_token";
  },
  decide: async (state) => {
    const result = await cli(state, "decide", [
      "release",
      "decide",
      "--version",
      VERSION,
      "--kind",
      "ga",
      "--sha",
      state.sha,
      "--readiness",
      READINESS_REPORT,
      "--json",
    ]);
    // As the workflow's step does: the decision stays in the workspace for the evidence pack.
    await writeFile(join(state.cwd, DECISION), result.stdout);
    if (result.code !== 0) return;
    const { decision } = JSON.parse(result.stdout);
    const report = readinessReportSchema.parse(
      JSON.parse(await readFile(join(state.cwd, READINESS_REPORT), "utf8")),
    );
    const notes = [
      `## Readiness: ${report.verdict} on \`${state.sha}\``,
      "",
      ...report.criteria.map((c) => `- **${c.id}** ${c.status}: ${c.summary}`),
      "",
    ].join("\n");
    state.decision = { tag: decision.tag, message: decision.message, notes };
  },
  evidence: async (state) => {
    if (!state.decision) return;
    const result = await cli(state, "evidence", [
      "evidence",
      "pack",
      "--scope",
      "release",
      "--id",
      state.decision.tag,
      "--commit",
      state.sha,
      "--report",
      READINESS_REPORT,
      "--file",
      SMOKE_REPORT,
      "--file",
      PARITY_REPORT,
      "--file",
      DECISION,
      "--json",
    ]);
    state.pack = JSON.parse(result.stdout);
  },
  tag: async (state) => {
    if (!state.decision) return;
    const notes = `${state.decision.notes}\n## Evidence\n\n- Pack \`${state.pack?.pack}\`, manifest digest \`${state.pack?.manifestDigest}\`\n`;
    await writeFile(join(state.cwd, "release-notes.md"), notes);
    await cli(state, "tag", [
      "release",
      "publish",
      `--repo=${REPOSITORY}`,
      `--tag=${state.decision.tag}`,
      `--sha=${state.sha}`,
      "--kind=ga",
      `--message=${state.decision.message}`,
      "--notes-file=release-notes.md",
    ]);
  },
};

/** release.yml's step ids in its order, the two checkouts (which have none) left out. */
const WORKFLOW_IDS = WORKFLOW_STEPS.flatMap((step) => (step.id ? [step.id] : []));

/**
 * Runs the release on the fixture: every step of release.yml, in the
 * workflow's order. GitHub's answers are set up once the SHA is resolved,
 * the three publish requests included, whether or not they should be made.
 */
async function release(
  fixture: Fixture,
  github: GitHub,
  options: { pilot?: (cwd: string) => Promise<void>; now?: () => Date } = {},
): Promise<{ state: State; publish: nock.Scope }> {
  const state: State = {
    cwd: await pilotRepository(fixture, options.pilot),
    now: options.now ?? NOW,
    sha: "",
    token: "ghs_workflow_token",
    results: {},
  };
  let publish: nock.Scope | undefined;
  for (const id of WORKFLOW_IDS) {
    const step = STEPS[id];
    if (!step) throw new Error(`release.yml has a step "${id}" this test does not run`);
    await step(state);
    if (id === "resolve") {
      mockReadiness(state.sha, github);
      publish = mockPublish(state.sha);
    }
  }
  if (!publish) throw new Error("release.yml has no resolve step");
  return { state, publish };
}

const published = () =>
  recorded.filter((r) => r.method === "POST" && /\/(git\/(tags|refs)|releases)$/.test(r.path));

describe("release.yml's steps", () => {
  it("are the steps this test runs, in the same order", () => {
    expect(WORKFLOW_STEPS.filter((step) => !step.id).map((step) => step.uses)).toEqual([
      expect.stringMatching(/^actions\/checkout@/),
      expect.stringMatching(/^actions\/checkout@/),
    ]);
    expect(WORKFLOW_IDS).toEqual(Object.keys(STEPS));
  });

  it("publish only on a decided tag, as the test's evidence and tag steps do", () => {
    const conditions = Object.fromEntries(WORKFLOW_STEPS.map((step) => [step.id, step.if]));
    expect(conditions.evidence).toContain("steps.decide.outputs.tag != ''");
    expect(conditions.tag).toContain("steps.decide.outputs.tag != ''");
  });

  it("pack the files the test's evidence step packs, the decision among them", () => {
    const evidence = WORKFLOW_STEPS.find((step) => step.id === "evidence");
    expect(evidence?.with?.files?.trim().split("\n")).toEqual([
      SMOKE_REPORT,
      PARITY_REPORT,
      DECISION,
    ]);
  });
});

describe("the release path on a pilot repository", () => {
  it("all green: GO, the decision allows the tag, and the tag, its ref and the release are made", async () => {
    const { state, publish } = await release(GREEN, GREEN_GITHUB);
    expect(state.results.smoke?.code).toBe(0);
    expect(state.results.parity?.code).toBe(0);
    expect(state.results.readiness).toMatchObject({ code: 0, stderr: "" });
    expect(state.results.readiness?.stdout).toContain(`GO for ${state.sha}`);
    expect(state.results.decide?.code).toBe(0);
    expect(state.decision?.tag).toBe(VERSION);
    expect(state.results.evidence?.code).toBe(0);
    // The evidence pack carries the readiness report, and with it who signed the go-live off.
    const packed = readinessReportSchema.parse(
      JSON.parse(await readFile(join(state.cwd, READINESS_REPORT), "utf8")),
    );
    expect(packed.sign_off?.signers.map((s) => s.login)).toEqual(SIGNERS);
    // The decision is packed too: the readiness site shows each release's from it.
    const decision = JSON.parse(
      await readFile(
        join(state.cwd, state.pack?.pack ?? "", "files/release-decision.json"),
        "utf8",
      ),
    );
    expect(decision).toMatchObject({
      kind: "release-decision",
      decision: { action: "tag", tag: VERSION },
    });
    expect(state.results.tag).toMatchObject({ code: 0, stderr: "" });
    expect(state.results.tag?.stdout).toContain(`Published ${VERSION} on ${state.sha}`);
    expect(published().map((r) => r.path)).toEqual([
      `${REPO_PATH}/git/tags`,
      `${REPO_PATH}/git/refs`,
      `${REPO_PATH}/releases`,
    ]);
    expect(publish.isDone()).toBe(true);
  });

  const failing = (name: string, tags = "") => ({ name: `core > ${name}${tags}`, failure: "boom" });

  it.each<[string, Partial<Fixture>, Partial<GitHub>, string[]]>([
    ["smoke red", { scenarios: [...GREEN_SCENARIOS, failing("checkout")] }, {}, ["smoke-green"]],
    ["success rate below 95 %", { records: "rate" }, {}, ["success-rate"]],
    ["a core flow blocked", { records: "blocked" }, {}, ["core-flows"]],
    ["a sign-off role not approved", {}, { signers: ["pat", "quinn", "sam"] }, ["sign-off"]],
    ["parity drift", { staging: "staging-drifted.yml" }, {}, ["parity"]],
    ["an open P0", {}, { incidents: { P0: 41 } }, ["p0-incidents"]],
    [
      "a tenant isolation incident",
      {},
      { incidents: { "tenant-isolation": 42 } },
      ["tenant-isolation"],
    ],
    ["required-check missing on the SHA", {}, { requiredCheck: "missing" }, ["required-checks"]],
    ["required-check failed on the SHA", {}, { requiredCheck: "failure" }, ["required-checks"]],
    [
      "required-check posted by another app",
      {},
      { requiredCheck: "other-app" },
      ["required-checks"],
    ],
    ["main not protected", {}, { main: "unprotected" }, ["branch-protection"]],
    ["a milestone item unticked", { lastMilestone: "[ ]" }, {}, ["milestones"]],
    ["a manifest with too few clients", { clients: 2 }, {}, ["pilot-manifest"]],
  ])(
    "%s: NO-GO, release decide refuses naming it, nothing is published",
    async (_, fixture, github, blockers) => {
      const { state, publish } = await release(
        { ...GREEN, ...fixture },
        { ...GREEN_GITHUB, ...github },
      );
      expect(state.results.readiness?.code).toBe(1);
      const report = readinessReportSchema.parse(
        JSON.parse(await readFile(join(state.cwd, READINESS_REPORT), "utf8")),
      );
      expect(report.verdict).toBe("NO-GO");
      expect(report.blockers).toEqual(blockers);

      const decide = state.results.decide;
      expect(decide?.code).toBe(1);
      const { decision } = JSON.parse(decide?.stdout ?? "{}");
      expect(decision.action).not.toBe("tag");
      expect(decision.reasons.join("\n")).toContain(`(blockers: ${blockers.join(", ")})`);

      // evidence and tag did not run; every GitHub answer but the publish ones was used.
      expect(state.results.evidence).toBeUndefined();
      expect(state.results.tag).toBeUndefined();
      expect(published()).toEqual([]);
      expect(publish.isDone()).toBe(false);
      expect(nock.pendingMocks()).toEqual([
        `POST https://api.github.com:443${REPO_PATH}/git/tags`,
        `POST https://api.github.com:443${REPO_PATH}/git/refs`,
        `POST https://api.github.com:443${REPO_PATH}/releases`,
      ]);
      nock.cleanAll();
    },
  );
});

// ---------------------------------------------------------------- the walkthrough

/** The README's "Run a pilot", in its order, from the activity export to a dry-run rollback. */
describe("the pilot walkthrough: activity CSV to signed-off GO to a dry-run rollback", () => {
  const EXAMPLE_CSV = join(ROOT, "examples/pilot/activity.csv");
  /** Recommendation and review day; the window opens the next morning. */
  const SELECTION_DAY = () => new Date("2026-06-01T12:00:00Z");
  /** Records are made as the window runs; the release is decided after it. */
  const RECORD_DAY = () => new Date("2026-06-05T12:00:00Z");
  const RELEASE_DAY = () => new Date("2026-06-10T12:00:00Z");
  const ENV = { GITHUB_TOKEN: "ghp_pilot_owner", PILOT_GATE_NO_RETRY: "1" };
  const ON_GITHUB = ["--repo", REPOSITORY];

  async function step(cwd: string, argv: string[], now: () => Date): Promise<RunResult> {
    const result = await run(argv, { cwd, env: ENV, now });
    expect({ argv, code: result.code, stderr: result.stderr }).toEqual({
      argv,
      code: 0,
      stderr: "",
    });
    return result;
  }

  /** `GET /issues?labels=<label>&state=all`: no issue of the pilot yet, then `count` issues opened. */
  function opens(label: string, count: number, first: number): string[] {
    githubScope()
      .get(`${REPO_PATH}/issues`)
      .query({ labels: label, state: "all", per_page: "100" })
      .reply(200, []);
    const titles: string[] = [];
    for (let i = 0; i < count; i++) {
      githubScope()
        .post(`${REPO_PATH}/issues`)
        .reply((_uri, body) => {
          titles.push((body as { title: string }).title);
          return [201, { id: first + i, number: first + i }];
        });
    }
    return titles;
  }

  /** pilot.yml and the run folder, made by the pilot commands as the README runs them. */
  async function runPilot(cwd: string): Promise<void> {
    // 1-2. The session, and the candidates from the activity export.
    await step(cwd, ["pilot", "start", "--name", "m6-pilot"], SELECTION_DAY);
    const recommended = await step(
      cwd,
      ["pilot", "recommend", "--activity", EXAMPLE_CSV],
      SELECTION_DAY,
    );
    expect(recommended.stdout).toContain("3 SUGERIDO, 1 REVISAR_CONTATO, 3 REVISAR_PERFIL");
    // 3. One review issue per REVISAR_* candidate at the minimum score, then the reviewer's decision.
    const reviews = opens("pilot-review", 3, 40);
    await step(cwd, ["pilot", "review", "--reviewer", "octocat", ...ON_GITHUB], SELECTION_DAY);
    expect(reviews).toEqual([
      "Pilot m6-pilot: review Delta Saúde (DELTA-04, REVISAR_CONTATO)",
      "Pilot m6-pilot: review Epsilon Demo (EPS-05, REVISAR_PERFIL)",
      "Pilot m6-pilot: review Eta Homolog (ETA-07, REVISAR_PERFIL)",
    ]);
    await step(
      cwd,
      [
        ...["pilot", "review", "resolve", "--client", "DELTA-04", "--decision", "accept"],
        ...["--by", "octocat", "--reason", "sales confirmed Bia"],
        ...["--business-contact", "Bia <bia@delta.example>"],
      ],
      SELECTION_DAY,
    );
    // 4. 3-5 clients and a window of at least 48 h.
    await step(
      cwd,
      ["pilot", "finalize", "--window-start", "2026-06-02T09:00:00Z", "--window-hours", "72"],
      SELECTION_DAY,
    );
    // 5. The outreach issues for the sales owner.
    const outreach = opens("pilot-outreach", 4, 50);
    await step(cwd, ["pilot", "outreach", "--owner", "sales-lead", ...ON_GITHUB], SELECTION_DAY);
    expect(outreach).toHaveLength(4);
    // 6. Every client runs the whole script; each run is recorded as it happens.
    const pilot = parsePilotManifest(await readFile(join(cwd, "pilot.yml"), "utf8"));
    let minute = 0;
    for (const client of pilot.clients) {
      for (const scenario of DEFAULT_PILOT_SCRIPT) {
        const at = new Date(Date.parse("2026-06-02T10:00:00Z") + minute++ * 60_000);
        await step(
          cwd,
          [
            ...["pilot", "record", "--client", client.name, "--scenario", scenario],
            ...["--result", "pass", "--at", at.toISOString()],
          ],
          RECORD_DAY,
        );
      }
    }
  }

  it("each step's output feeds the next, the release is GO from the records and sign-off, and a dry-run rollback targets it", async () => {
    // 7-8. Sign-off by every role on the release PR, read by readiness in release.yml's steps, which tag on GO.
    const { state } = await release(GREEN, GREEN_GITHUB, { pilot: runPilot, now: RELEASE_DAY });

    const report = readinessReportSchema.parse(
      JSON.parse(await readFile(join(state.cwd, READINESS_REPORT), "utf8")),
    );
    expect({ verdict: report.verdict, blockers: report.blockers }).toEqual({
      verdict: "GO",
      blockers: [],
    });
    const criterion = (id: string) => report.criteria.find((c) => c.id === id);
    // The success rate is the records': 4 clients x the 8-step script, all passed.
    expect(criterion("success-rate")).toMatchObject({ status: "pass" });
    expect(criterion("success-rate")?.summary).toContain("32");
    expect(criterion("core-flows")).toMatchObject({ status: "pass" });
    expect(criterion("sign-off")).toMatchObject({ status: "pass" });
    expect(report.sign_off?.signers.map((s) => s.login)).toEqual(SIGNERS);
    expect(state.results.tag?.stdout).toContain(`Published ${VERSION} on ${state.sha}`);

    // 9. The next release goes wrong: the dry-run rollback reads the pack this
    // release left on the evidence branch and plans each step back to it, writing nothing.
    const statement = await readFile(
      join(state.cwd, state.pack?.pack ?? "missing", STATEMENT_FILE),
      "utf8",
    );
    const gh = new GitHubMock();
    gh.repository("master");
    gh.config(`${CONFIG}incidents:\n  enabled: true\n`);
    gh.folder("evidence/release", "pilot-evidence", [VERSION, "v1.2.0"]);
    gh.rawFile(`evidence/release/${VERSION}/statement.json`, "pilot-evidence", statement);
    // The freeze: none yet.
    listIssues(gh, "pilot-gate:freeze", []);
    listIssuesSince(gh, "pilot-gate:freeze", "2026-03-12T12:00:00.000Z", []);
    // The incident pack: not on the evidence branch yet; v1.2.0's commit and its failed checks.
    const evidenceHead = "e".repeat(40);
    const broken = "b".repeat(40);
    const ref = (name: string, sha: string | null) => branchRef(gh, name, sha);
    const tree = (commit: string, sha: string) => commitTree(gh, commit, sha);
    ref("pilot-evidence", evidenceHead);
    gh.tree(
      evidenceHead,
      treeEntries(new Map([[`evidence/release/${VERSION}/manifest.json`, "{}"]])),
    );
    gh.rawFile(
      "evidence/release/v1.2.0/statement.json",
      "pilot-evidence",
      releaseStatement("v1.2.0", broken, "GO"),
    );
    gh.headCheckRuns(broken, [{ id: 1, name: "smoke", conclusion: "failure" }]);
    // The revert: the target's tree onto the default branch's head, on a branch not there yet.
    tree(state.sha, "1".repeat(40));
    ref("pilot-gate/rollback-v1.2.0", null);
    ref("master", "2".repeat(40));
    tree("2".repeat(40), "3".repeat(40));
    const mark = recorded.length;

    const rollback = await run(
      ["rollback", "run", "--from", "v1.2.0", "--dry-run", ...ON_GITHUB, "--json"],
      { cwd: state.cwd, env: ENV, now: RELEASE_DAY },
    );

    expect(rollback.code).toBe(0);
    expect(JSON.parse(rollback.stdout)).toMatchObject({
      kind: "rollback-run",
      plan: { action: "rollback", from: "v1.2.0", target: { tag: VERSION, sha: state.sha } },
      freeze: { status: "tripped", applied: "planned" },
      evidence: { status: "packed", applied: "planned" },
      revert: { mode: "revert-pr", status: "opened", applied: "planned" },
    });
    expect(recorded.slice(mark).filter((r) => r.method !== "GET")).toEqual([]);
  });
});
