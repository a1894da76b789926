import { describe, expect, it } from "vitest";
import {
  applyOutcomes,
  classicProtectionBody,
  defaultProtectionConfig,
  desiredProtection,
  planProtection,
  rulesetBody,
} from "../../core/protection/index.js";
import { readProtection, writeProtection } from "../../github/protection.js";
import { testTokenOctokit } from "../app/helpers/deps.js";
import {
  countRequests,
  githubScope,
  OWNER,
  REPO,
  REPO_PATH,
  useGitHubMock,
} from "../app/helpers/github.js";
import {
  classicResponse,
  mockBranch,
  NOT_PROTECTED,
  rulesResponse,
} from "../app/helpers/protection.js";

const APP = 123;
const repo = { owner: OWNER, repo: REPO };
const classic = desiredProtection(defaultProtectionConfig(), "required-check", APP);
const rulesets = { ...classic, mode: "rulesets" as const };
const WANT = classic.settings;

// The one documented departure from GitHub's OpenAPI description (the PUT
// protection body sends `checks` without `contexts`) is accepted by the
// shared guard; see KNOWN_DEVIATION in ../helpers/github.ts.
useGitHubMock();

const octokit = testTokenOctokit;

describe("readProtection + planProtection, classic", () => {
  it("reads each branch's classic protection and ruleset rules: Applied and Missing", async () => {
    mockBranch("main", [200, classicResponse(WANT)]);
    mockBranch("develop", [404, NOT_PROTECTED]);
    const plan = planProtection(classic, await readProtection(octokit(), repo, classic));
    expect(plan.branches.map((b) => [b.branch, b.status, b.source])).toEqual([
      ["main", "Applied", "classic"],
      ["develop", "Missing", "none"],
    ]);
    expect(countRequests().total).toBe(4);
  });

  it("a branch that does not exist costs one request and says to create it", async () => {
    mockBranch("main", [200, classicResponse(WANT)]);
    mockBranch("develop", [404, { message: "Branch not found" }], null);
    const plan = planProtection(classic, await readProtection(octokit(), repo, classic));
    expect(plan.branches[1]).toMatchObject({ status: "Missing" });
    expect(plan.branches[1]?.message).toContain("create the branch first");
    expect(plan.writes).toEqual([]);
    expect(countRequests().total).toBe(3);
  });

  it.each([
    [
      403,
      "Upgrade to GitHub Pro or make this repository public to enable this feature.",
      "Unavailable",
      "Unavailable on this plan",
    ],
    [
      403,
      "Resource not accessible by integration",
      "PermissionNeeded",
      "Permission needed: administration: write",
    ],
    [404, "Not Found", "PermissionNeeded", "Permission needed: administration: write"],
  ])("GET protection %i %s -> %s", async (status, message, expected, text) => {
    mockBranch("main", [status, { message }], null);
    mockBranch("develop", [404, NOT_PROTECTED]);
    const plan = planProtection(classic, await readProtection(octokit(), repo, classic));
    expect(plan.branches[0]?.status).toBe(expected);
    expect(plan.branches[0]?.message).toContain(text);
    expect(plan.status).toBe(expected);
  });

  it("a branch protected only by a ruleset reads as protected, admins bound when no one may bypass", async () => {
    mockBranch("main", [404, NOT_PROTECTED], rulesResponse(WANT, 7));
    mockBranch("develop", [404, NOT_PROTECTED], rulesResponse(WANT, 7));
    githubScope()
      .get(`${REPO_PATH}/rulesets/7`)
      .reply(200, { id: 7, name: "org-baseline", bypass_actors: [] });
    const plan = planProtection(classic, await readProtection(octokit(), repo, classic));
    expect(plan.branches.map((b) => [b.status, b.source])).toEqual([
      ["Applied", "rulesets"],
      ["Applied", "rulesets"],
    ]);
    // The ruleset is read once for both branches.
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"]).toBe(1);
  });
});

describe("sync, classic", () => {
  it("writes one PUT per drifted or missing branch with the full desired body: 3 requests a branch", async () => {
    mockBranch("main", [
      200,
      classicResponse({ ...WANT, approvingReviews: 0, enforceAdmins: false }),
    ]);
    mockBranch("develop", [404, NOT_PROTECTED]);
    const bodies: unknown[] = [];
    githubScope()
      .put(`${REPO_PATH}/branches/main/protection`, (body) => bodies.push(body) > 0)
      .reply(200, {})
      .put(`${REPO_PATH}/branches/develop/protection`, (body) => bodies.push(body) > 0)
      .reply(200, {});
    const client = octokit();
    const plan = planProtection(classic, await readProtection(client, repo, classic));
    const report = applyOutcomes(plan, classic, await writeProtection(client, repo, plan));
    expect(report.status).toBe("Applied");
    expect(bodies).toEqual([classicProtectionBody(WANT), classicProtectionBody(WANT)]);
    expect(bodies[0]).toMatchObject({
      required_status_checks: {
        strict: true,
        checks: [{ context: "required-check", app_id: APP }],
      },
      restrictions: null,
    });
    expect(countRequests()).toEqual({
      total: 6,
      byOperation: {
        "GET /repos/{owner}/{repo}/branches/{branch}/protection": 2,
        "GET /repos/{owner}/{repo}/rules/branches/{branch}": 2,
        "PUT /repos/{owner}/{repo}/branches/{branch}/protection": 2,
      },
    });
  });

  it("writes nothing when every branch is applied", async () => {
    mockBranch("main", [200, classicResponse(WANT)]);
    mockBranch("develop", [200, classicResponse(WANT)]);
    const client = octokit();
    const plan = planProtection(classic, await readProtection(client, repo, classic));
    expect(await writeProtection(client, repo, plan)).toEqual([]);
    expect(countRequests().total).toBe(4);
  });

  it("a 422 is an Error carrying GitHub's message; a 403 on write asks for the permission", async () => {
    mockBranch("main", [404, NOT_PROTECTED]);
    mockBranch("develop", [404, NOT_PROTECTED]);
    githubScope()
      .put(`${REPO_PATH}/branches/main/protection`)
      .reply(422, {
        message: "Validation Failed: linear history requires squash or rebase merging",
      })
      .put(`${REPO_PATH}/branches/develop/protection`)
      .reply(403, { message: "Resource not accessible by personal access token" });
    const client = octokit();
    const plan = planProtection(classic, await readProtection(client, repo, classic));
    const report = applyOutcomes(plan, classic, await writeProtection(client, repo, plan));
    expect(report.branches.map((b) => b.status)).toEqual(["Error", "PermissionNeeded"]);
    expect(report.branches[0]?.message).toContain(
      "(422): Validation Failed: linear history requires squash or rebase merging",
    );
    expect(report.branches[1]?.message).toContain("Permission needed: administration: write");
    expect(report.writes.map((w) => w.outcome)).toEqual(["failed", "failed"]);
  });
});

describe("sync, rulesets", () => {
  it("creates one pilot-gate ruleset for all branches: 2 reads a branch, 1 list, 1 write", async () => {
    githubScope()
      .get(`${REPO_PATH}/rulesets`)
      .query({ per_page: "100", includes_parents: "false" })
      .reply(200, []);
    mockBranch("main", [404, NOT_PROTECTED]);
    mockBranch("develop", [404, NOT_PROTECTED]);
    let body: unknown;
    githubScope()
      .post(`${REPO_PATH}/rulesets`, (b) => {
        body = b;
        return true;
      })
      .reply(201, { id: 42 });
    const client = octokit();
    const plan = planProtection(rulesets, await readProtection(client, repo, rulesets));
    const report = applyOutcomes(plan, rulesets, await writeProtection(client, repo, plan));
    expect(report.status).toBe("Applied");
    expect(body).toEqual(rulesetBody(WANT, ["main", "develop"]));
    expect(countRequests().total).toBe(6);
  });

  it("updates its own ruleset when a branch drifted", async () => {
    githubScope()
      .get(`${REPO_PATH}/rulesets`)
      .query({ per_page: "100", includes_parents: "false" })
      .reply(200, [
        { id: 42, name: "pilot-gate", source_type: "Repository", source: `${OWNER}/${REPO}` },
      ]);
    mockBranch("main", [404, NOT_PROTECTED], rulesResponse({ ...WANT, strict: false }, 42));
    mockBranch("develop", [404, NOT_PROTECTED], rulesResponse(WANT, 42));
    githubScope()
      .get(`${REPO_PATH}/rulesets/42`)
      .reply(200, { id: 42, name: "pilot-gate", bypass_actors: [] })
      .put(`${REPO_PATH}/rulesets/42`)
      .reply(200, { id: 42 });
    const client = octokit();
    const plan = planProtection(rulesets, await readProtection(client, repo, rulesets));
    expect(plan.branches.map((b) => b.status)).toEqual(["Drifted", "Applied"]);
    expect(plan.branches[0]?.diff).toEqual([{ field: "strict", desired: true, actual: false }]);
    const report = applyOutcomes(plan, rulesets, await writeProtection(client, repo, plan));
    expect(report.status).toBe("Applied");
    expect(countRequests().total).toBe(7);
  });
});
