import { describe, expect, it } from "vitest";
import { BAD_BODY, ROLES_CONFIG } from "./helpers/configs.js";
import {
  type CheckRunBody,
  CONFIG_URL_PATH,
  FAILURES,
  type Failure,
  GitHubMock,
  INSTALLATION_ID,
  OWNER,
  REPO_PATH,
  useGitHubMock,
} from "./helpers/github.js";
import { HEAD_SHA, PR_NUMBER, pullRequestEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

/**
 * One request of a PR event: how to mock it answering normally, and how its
 * failure is addressed. Steps run in stages; a stage's requests go out
 * together, and nothing after a failing stage is asked.
 */
interface Step {
  name: string;
  stage: number;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  ok(gh: GitHubMock): void;
  /** The failure is an answer, not an error (e.g. no config file means defaults). */
  skip?: string[];
  /** Not asked on `opened`: the head commit is new to the PR, so there is no run of ours to find. */
  notOnOpened?: true;
}

/**
 * An org repository's PR touching CODEOWNERS with a person's NO_MERGE label:
 * every kind of read the App makes on a PR event, then the check run write.
 * `reopened` makes them all; `opened` all but the check run lookup.
 */
const READS: Step[] = [
  {
    name: "config",
    stage: 1,
    method: "GET",
    path: CONFIG_URL_PATH,
    ok: (gh) => gh.config(ROLES_CONFIG),
    skip: ["404"],
  },
  {
    name: "changed files",
    stage: 2,
    method: "GET",
    path: `${REPO_PATH}/pulls/${PR_NUMBER}/files`,
    ok: (gh) => gh.files(PR_NUMBER, ["CODEOWNERS"]),
  },
  {
    name: "check run lookup",
    stage: 2,
    method: "GET",
    path: `${REPO_PATH}/commits/${HEAD_SHA}/check-runs`,
    ok: (gh) => gh.checkRuns(HEAD_SHA),
    notOnOpened: true,
  },
  {
    name: "label events",
    stage: 2,
    method: "GET",
    path: `${REPO_PATH}/issues/${PR_NUMBER}/events`,
    ok: (gh) => gh.labelEvents(PR_NUMBER, [{ label: "NO_MERGE", actor: "release-rita" }]),
  },
  {
    name: "reviews",
    stage: 3,
    method: "GET",
    path: `${REPO_PATH}/pulls/${PR_NUMBER}/reviews`,
    ok: (gh) => gh.reviews(PR_NUMBER, []),
  },
  {
    name: "team members",
    stage: 3,
    method: "GET",
    path: `/orgs/${OWNER}/teams/product-owners/members`,
    ok: (gh) => gh.teamMembers(OWNER, "product-owners", ["paula-po"]),
  },
];

const EVENTS = ["opened", "reopened"] as const;

function asked(step: Step, action: (typeof EVENTS)[number]): boolean {
  return !(action === "opened" && step.notOnOpened);
}

function mockUpTo(
  gh: GitHubMock,
  failing: Step,
  failure: Failure,
  action: (typeof EVENTS)[number],
): void {
  for (const step of READS) {
    if (step.stage > failing.stage || !asked(step, action)) continue;
    if (step === failing) gh.fail(step.method, step.path, failure);
    else step.ok(gh);
  }
}

function expectCouldNotEvaluate(body: unknown, pattern: RegExp): void {
  const check = body as CheckRunBody;
  expect(check).toMatchObject({
    status: "completed",
    conclusion: "failure",
    name: "required-check",
  });
  expect(check.output.title).toMatch(/^could not evaluate: /);
  expect(check.output.title).toMatch(/, re-run$/);
  expect(check.output.title).toMatch(pattern);
}

const EXPECTED_WORDING: Record<string, RegExp> = {
  "500": /^could not evaluate: GitHub answered 500 when the App tried to [^;]*, re-run$/,
  "403 secondary rate limit":
    /GitHub's secondary rate limit refused the request when the App tried to .*; wait a few minutes, re-run$/,
  "404":
    /GitHub answered 404 .*; check .*the App's access.* \(needs [a-z_]+: (read|write)\), re-run$/,
};

describe("a failing GitHub request ends in a failing check, never a missing one", () => {
  for (const [kind, failure] of Object.entries(FAILURES)) {
    for (const action of EVENTS) {
      for (const step of READS) {
        if (step.skip?.includes(kind) || !asked(step, action)) continue;
        it(`${step.name} answers ${kind} (${action})`, async () => {
          const app = await createTestApp();
          const gh = new GitHubMock().token();
          mockUpTo(gh, step, failure, action);
          const created = gh.createCheckRun();

          await app.receive(
            "pull_request",
            pullRequestEvent(action, { org: true, labels: ["NO_MERGE"] }),
          );

          expectCouldNotEvaluate(created.body, EXPECTED_WORDING[kind] as RegExp);
          expect(app.logged(50)).toHaveLength(1);
        });
      }
    }

    it(`posting the check answers ${kind}: the failure is posted by a second attempt`, async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(null);
      gh.files(PR_NUMBER, ["src/login.ts"]);
      gh.fail("POST", `${REPO_PATH}/check-runs`, failure);
      const retried = gh.createCheckRun();

      await app.receive("pull_request", pullRequestEvent("opened"));

      expectCouldNotEvaluate(retried.body, /when the App tried to post the required-check check/);
    });

    it(`adding the label answers ${kind}: the verdict stands, and the failure is logged`, async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(null);
      gh.files(PR_NUMBER, ["src/login.ts"]);
      const created = gh.createCheckRun(1001);
      gh.fail("POST", `${REPO_PATH}/issues/${PR_NUMBER}/labels`, failure);

      await app.receive("pull_request", pullRequestEvent("opened", { body: BAD_BODY }));

      expect(created.body).toMatchObject({ conclusion: "failure" });
      expect((created.body as CheckRunBody).output.title).toMatch(/^NO_MERGE: /);
      expect(app.logged(40).map((line) => line.msg)).toEqual([
        expect.stringMatching(
          /could not add NO_MERGE to #2 \(.*when the App tried to add the NO_MERGE label.*\); the verdict stands/,
        ),
      ]);
    });

    it(`removing the App's label answers ${kind}: the passing verdict stands`, async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(null);
      gh.files(PR_NUMBER, ["src/login.ts"]);
      gh.labelEvents(PR_NUMBER, [
        { label: "NO_MERGE", actor: "pilot-gate[bot]", type: "Bot", byApp: true },
      ]);
      const created = gh.createCheckRun(1001);
      gh.fail("DELETE", `${REPO_PATH}/issues/${PR_NUMBER}/labels/NO_MERGE`, failure);

      await app.receive("pull_request", pullRequestEvent("opened", { labels: ["NO_MERGE"] }));

      expect(created.body).toMatchObject({ conclusion: "success" });
      // A 404 means the label is already gone, which is not a failure.
      expect(app.logged(40)).toHaveLength(kind === "404" ? 0 : 1);
    });
  }

  it("config 404 is not a failure: the defaults apply", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened"));

    expect(created.body).toMatchObject({ conclusion: "success" });
  });

  it("a 404 from the installation token is a fault, not a missing config", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock();
    // Once for the config read, once for the failing check the guard posts.
    gh.fail(
      "POST",
      `/app/installations/${INSTALLATION_ID}/access_tokens`,
      FAILURES["404"] as Failure,
    );
    gh.fail(
      "POST",
      `/app/installations/${INSTALLATION_ID}/access_tokens`,
      FAILURES["404"] as Failure,
    );

    await app.receive("pull_request", pullRequestEvent("opened"));

    const errors = app.logged(50).map((line) => line.msg);
    expect(errors[0]).toMatch(/pull_request.opened failed: GitHub answered 404/);
    expect(errors[1]).toMatch(/could not post the failing required-check check either/);
  });

  it("a config path that is a directory fails closed instead of meaning no config", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.scope
      .get(CONFIG_URL_PATH)
      .query({ ref: "master" })
      .reply(200, [{ name: "a.yml", type: "file" }]);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened"));

    expectCouldNotEvaluate(created.body, /\.github\/pilot-gate\.yml at master is not a file/);
  });

  it("a failed revalidation keeps the config read before, never the defaults", async () => {
    const app = await createTestApp({ configCacheSeconds: 0 });
    const gh = new GitHubMock().token();
    gh.config("check:\n  name: gate\n", { etag: '"v1"' });
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const first = gh.createCheckRun(1001);
    await app.receive("pull_request", pullRequestEvent("opened"));
    expect(first.body).toMatchObject({ name: "gate", conclusion: "success" });

    gh.fail("GET", CONFIG_URL_PATH, FAILURES["500"] as Failure);
    gh.noTemplate({ optional: true }); // revalidated too, with the cache at 0 s
    const updated = gh.updateCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("edited", { body: BAD_BODY }));

    expect(updated.body).toMatchObject({ name: "gate", conclusion: "failure" });
    expect(app.logged(40).map((line) => line.msg)).toContainEqual(
      expect.stringMatching(/could not revalidate \.github\/pilot-gate\.yml; using the copy read/),
    );
  });

  it("when even the failing check cannot be posted, logs both errors and does not throw", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.fail("POST", `${REPO_PATH}/check-runs`, FAILURES["500"] as Failure);
    gh.fail("POST", `${REPO_PATH}/check-runs`, FAILURES["500"] as Failure);

    await expect(app.receive("pull_request", pullRequestEvent("opened"))).resolves.toBeUndefined();

    const errors = app.logged(50).map((line) => line.msg);
    expect(errors).toEqual([
      expect.stringMatching(
        /pull_request.opened failed: GitHub answered 500 when the App tried to post/,
      ),
      expect.stringMatching(/could not post the failing required-check check either/),
    ]);
  });

  it("a failure after the check was found updates that run, keeping its receipts", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ROLES_CONFIG);
    gh.files(PR_NUMBER, ["CODEOWNERS"]);
    gh.checkRuns(HEAD_SHA, [{ id: 1001 }]);
    gh.fail("GET", `${REPO_PATH}/pulls/${PR_NUMBER}/reviews`, FAILURES["500"] as Failure);
    const updated = gh.updateCheckRun(1001);

    // reopened looks for a run on the head (opened has none to find).
    await app.receive("pull_request", pullRequestEvent("reopened"));

    expectCouldNotEvaluate(updated.body, /list the PR's reviews/);
  });
});
