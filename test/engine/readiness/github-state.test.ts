import { describe, expect, it } from "vitest";
import { type Config, defaultConfig } from "../../../core/config/schema.js";
import { parseConfig } from "../../../core/index.js";
import {
  defaultProtectionConfig,
  desiredProtection,
  planProtection,
} from "../../../core/protection/index.js";
import { protectionCheckRun } from "../../../engine/protection/output.js";
import { appIdOf, gatherGitHubState } from "../../../engine/readiness/github-state.js";
import { GitHubClient } from "../../../github/client.js";
import { testTokenOctokit } from "../../app/helpers/deps.js";
import {
  countRequests,
  githubScope,
  OWNER,
  REPO,
  REPO_PATH,
  useGitHubMock,
} from "../../app/helpers/github.js";
import {
  classicResponse,
  mockBranch,
  NOT_PROTECTED,
  rulesResponse,
} from "../../app/helpers/protection.js";

useGitHubMock();

const APP = 123;
const SHA = "4f2c9a1e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a";
const MAIN_HEAD = "9".repeat(40);
const repository = { owner: OWNER, repo: REPO };
const DESIRED = desiredProtection(defaultProtectionConfig(), "required-check", APP);
const WANT = DESIRED.settings;
const FORBIDDEN = { message: "Resource not accessible by integration" };

const octokit = testTokenOctokit;

/** The check runs on SHA, no incident, and (unless `pulls` is false) no PR of SHA. */
function mockRest(runs: { name: string; appId: number }[] = [], { pulls = true } = {}) {
  const scope = githubScope();
  if (pulls) {
    scope.get(`${REPO_PATH}/commits/${SHA}/pulls`).query({ per_page: "100" }).reply(200, []);
  }
  scope
    .get(`${REPO_PATH}/commits/${SHA}/check-runs`)
    .query({ filter: "latest", per_page: "100" })
    .reply(200, {
      total_count: runs.length,
      check_runs: runs.map((run, i) => ({
        id: i + 1,
        name: run.name,
        status: "completed",
        conclusion: "success",
        app: { id: run.appId },
      })),
    });
  for (const label of ["P0", "tenant-isolation", "core-flow-blocker", "auth-regression"]) {
    scope
      .get(`${REPO_PATH}/issues`)
      .query({ labels: label, state: "open", per_page: "100" })
      .reply(200, []);
  }
}

/** The App's pilot-gate/protection check on the default branch's head, as the App posts it. */
function mockProtectionCheck(appId: number, branches: Record<string, "applied" | "bare">) {
  const actual = {
    repository: `${OWNER}/${REPO}`,
    branches: Object.fromEntries(
      Object.entries(branches).map(([branch, kind]) => [
        branch,
        kind === "applied"
          ? { kind: "read" as const, classic: WANT }
          : { kind: "read" as const, classic: undefined },
      ]),
    ),
  };
  const report = planProtection(DESIRED, actual);
  const posted = protectionCheckRun(
    report,
    {
      policy: "enforce",
      trigger: { reason: "installed", event: "installation.created", sender: "o", at: "t" },
      rewritten: [],
      reported: false,
    },
    new Date("2025-06-01T00:00:00Z"),
  );
  const scope = githubScope();
  scope.get(REPO_PATH).reply(200, { id: 1, name: REPO, default_branch: "master" });
  scope
    .get(`${REPO_PATH}/commits/master/check-runs`)
    .query({
      check_name: "pilot-gate/protection",
      app_id: String(APP),
      filter: "latest",
      per_page: "100",
    })
    .reply(200, {
      total_count: 1,
      check_runs: [
        {
          id: 50,
          name: posted.name,
          head_sha: MAIN_HEAD,
          status: "completed",
          conclusion: posted.conclusion,
          started_at: posted.completedAt,
          completed_at: posted.completedAt,
          app: { id: appId },
          output: {
            title: posted.title,
            summary: posted.summary,
            text: posted.text,
            annotations_count: 0,
          },
        },
      ],
    });
}

async function protection(config: Config = defaultConfig()) {
  const state = await gatherGitHubState(new GitHubClient(octokit(), repository), SHA, config, APP);
  if (!state.protection.available) throw new Error(state.protection.reason);
  return state.protection.items;
}

describe("readiness's branch protection, as protection plan judges it", () => {
  it("calls a branch protected by a ruleset alone Applied", async () => {
    mockRest();
    for (const branch of ["main", "develop"]) {
      mockBranch(branch, [404, NOT_PROTECTED], rulesResponse(WANT, 7, branch));
    }
    // No one may bypass the ruleset: admins are bound.
    githubScope()
      .get(`${REPO_PATH}/rulesets/7`)
      .reply(200, { id: 7, name: "org-baseline", bypass_actors: [] });
    expect(await protection()).toEqual([
      expect.objectContaining({
        branch: "main",
        status: "Applied",
        source: "read from GitHub's protection settings",
      }),
      expect.objectContaining({ branch: "develop", status: "Applied" }),
    ]);
  });

  it("calls a branch that only lists required-check Drifted, naming what differs", async () => {
    mockRest();
    const bare = { required_status_checks: { strict: false, contexts: ["required-check"] } };
    mockBranch("main", [200, bare]);
    mockBranch("develop", [200, classicResponse(WANT, "develop")]);
    const [main, develop] = await protection();
    expect(main).toMatchObject({ branch: "main", status: "Drifted" });
    expect(main?.detail).toMatch(/^differs from protection: in .*required_checks/);
    expect(main?.detail).toMatch(/enforce_admins/);
    expect(develop).toMatchObject({ status: "Applied" });
  });

  it("reads the App's pilot-gate/protection check where the token cannot read protection", async () => {
    mockRest();
    for (const branch of ["main", "develop"]) mockBranch(branch, [403, FORBIDDEN], null);
    mockProtectionCheck(APP, { main: "applied", develop: "bare" });
    const [main, develop] = await protection();
    expect(main).toMatchObject({
      branch: "main",
      status: "Applied",
      source: `from the App's pilot-gate/protection check on ${MAIN_HEAD.slice(0, 7)}, posted 2025-06-01T00:00:00.000Z`,
    });
    expect(develop).toMatchObject({ branch: "develop", status: "Missing" });
    expect(countRequests().byOperation).toMatchObject({
      "GET /repos/{owner}/{repo}": 1,
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs": 2,
    });
  });

  it("does not take a pilot-gate/protection check another app posted", async () => {
    mockRest();
    for (const branch of ["main", "develop"]) mockBranch(branch, [403, FORBIDDEN], null);
    mockProtectionCheck(999, { main: "applied", develop: "applied" });
    const [main] = await protection();
    expect(main).toMatchObject({ branch: "main", status: "unknown" });
    expect(main?.detail).toMatch(
      /^Permission needed: the token cannot read branch protection .*, and the App has posted no pilot-gate\/protection check on master's head/,
    );
  });

  it("is unknown when the App's id is not known, since the pin to the App cannot be checked", async () => {
    mockRest();
    const state = await gatherGitHubState(
      new GitHubClient(octokit(), repository),
      SHA,
      defaultConfig(),
      undefined,
    );
    const items = state.protection.available ? state.protection.items : [];
    expect(items.map((i) => i.status)).toEqual(["unknown", "unknown"]);
    expect(items[0]?.detail).toMatch(/set protection\.app_id in the config \(or APP_ID\)/);
  });
});

describe("readiness's required checks", () => {
  it("counts the App's own check only when the App posted it", async () => {
    mockRest([
      { name: "required-check", appId: 999 },
      { name: "lint", appId: 15368 },
    ]);
    for (const branch of ["main", "develop"]) {
      mockBranch(branch, [200, classicResponse(WANT, branch)]);
    }
    const state = await gatherGitHubState(
      new GitHubClient(octokit(), repository),
      SHA,
      defaultConfig(),
      APP,
    );
    expect(state.requiredChecks).toEqual({
      available: true,
      items: [{ name: "lint", conclusion: "success" }],
    });
  });
});

describe("readiness's sign-off", () => {
  const config = (roles: string) =>
    parseConfig(`roles:\n${roles}\npilot:\n  sign_off:\n    roles: [qa, ops]\n`, "c.yml");
  const signOffPull = (labels: string[], head = SHA) => ({
    number: 3,
    title: "Release",
    state: "closed",
    html_url: `https://github.com/${OWNER}/${REPO}/pull/3`,
    head: { sha: head },
    base: { ref: "main" },
    merged_at: null,
    merge_commit_sha: null,
    labels: labels.map((name) => ({ name })),
  });

  /** Gathers with qa held by quinn and ops by the members of team ops. */
  const gatherSignOff = () =>
    gatherGitHubState(
      new GitHubClient(octokit(), repository),
      SHA,
      config("  qa: { users: [quinn] }\n  ops: { teams: [ops] }"),
      APP,
    );

  const mockProtected = () => {
    for (const name of ["main", "develop"]) mockBranch(name, [200, classicResponse(WANT, name)]);
  };

  it("reads the labelled PR's reviews and each role's holders, teams expanded", async () => {
    mockRest([], { pulls: false });
    mockProtected();
    const scope = githubScope();
    scope
      .get(`${REPO_PATH}/commits/${SHA}/pulls`)
      .query({ per_page: "100" })
      .reply(200, [
        signOffPull(["Pilot-Sign-Off"]),
        { ...signOffPull(["pilot-sign-off"], "1".repeat(40)), number: 4 },
      ]);
    scope
      .get(`${REPO_PATH}/pulls/3/reviews`)
      .query({ per_page: "100" })
      .reply(200, [{ id: 1, user: { login: "quinn" }, state: "APPROVED", commit_id: SHA }]);
    scope
      .get(`/orgs/${OWNER}/teams/ops/members`)
      .query({ per_page: "100" })
      .reply(200, [{ login: "otto" }]);
    const state = await gatherSignOff();
    expect(state.signOff).toEqual({
      available: true,
      value: {
        label: "pilot-sign-off",
        roles: [
          { role: "qa", holders: ["quinn"] },
          { role: "ops", holders: ["otto"] },
        ],
        // #4 is labelled but is not this commit's PR (its head is another commit).
        pulls: [
          {
            number: 3,
            url: `https://github.com/${OWNER}/${REPO}/pull/3`,
            headSha: SHA,
            reviews: [{ login: "quinn", state: "approved", commitId: SHA }],
          },
        ],
      },
    });
  });

  it("is unknown, never signed, when a team cannot be read", async () => {
    mockRest();
    mockProtected();
    githubScope()
      .get(`/orgs/${OWNER}/teams/ops/members`)
      .query({ per_page: "100" })
      .reply(404, { message: "Not Found" });
    const state = await gatherSignOff();
    expect(state.signOff).toEqual({
      available: false,
      reason: `GitHub answered 404 reading the sign-off (PRs labelled pilot-sign-off of ${SHA}, their reviews and the sign-off roles' teams)`,
    });
  });
});

describe("appIdOf", () => {
  it("takes protection.app_id, else APP_ID, else nothing", () => {
    const configured = parseConfig("protection:\n  app_id: 42\n");
    expect(appIdOf(configured, { APP_ID: "7" })).toBe(42);
    expect(appIdOf(defaultConfig(), { APP_ID: " 7 " })).toBe(7);
    expect(appIdOf(defaultConfig(), { APP_ID: "seven" })).toBeUndefined();
    expect(appIdOf(defaultConfig(), {})).toBeUndefined();
  });
});
