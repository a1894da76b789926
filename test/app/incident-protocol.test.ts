import { describe, expect, it } from "vitest";
import {
  type CheckRunBody,
  countRequests,
  FAILURES,
  GitHubMock,
  REPO_PATH,
  useGitHubMock,
} from "./helpers/github.js";
import {
  ENABLED,
  issue,
  listPulls,
  riskReads,
  riskReadsUnchanged,
  sha,
  storyReads,
  triggerReads,
} from "./helpers/incidents.js";
import {
  HEAD_SHA,
  issuesEvent,
  PR_NUMBER,
  pullRequest,
  pullRequestEvent,
} from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

function freezeRule(body: CheckRunBody): string {
  return body.output.summary;
}

describe("the incident protocol in required-check (incidents.enabled)", () => {
  it("fails a PR into develop while a critical incident is open, linking it", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    riskReads(gh, { P0: [issue(42, "INC-42 tenant data visible across orgs", ["P0"])] });
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened"));

    const body = created.body as CheckRunBody;
    expect(body.conclusion).toBe("failure");
    expect(freezeRule(body)).toContain("incident-freeze");
    expect(freezeRule(body)).toContain(
      "[#42](https://github.com/Codertocat/Hello-World/issues/42)",
    );
    expect(freezeRule(body)).toContain("frozen for every wave");
    // Two critical labels and the freeze label; the PR names story S-PC-01, so the two high and two medium labels.
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/issues"]).toBe(7);
    expect(app.logged(50)).toEqual([]);
  });

  it("says in the check how far the freezing incident was escalated", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    riskReads(gh, {
      P0: [
        issue(42, "INC-42 tenant data visible across orgs", ["P0", "escalation:devops-on-call"]),
      ],
    });
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened"));

    expect(freezeRule(created.body as CheckRunBody)).toContain(
      "It was escalated to **devops-on-call** (level 2 of 4, label `escalation:devops-on-call`).",
    );
  });

  it("lets a hotfix PR that references the incident through the freeze", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    // Listed under both critical labels: one incident, one finding at most.
    const incident = issue(42, "INC-42 tenant data visible across orgs", ["P0", "critical"]);
    riskReads(gh, { P0: [incident], critical: [incident] });
    const created = gh.createCheckRun();
    gh.scope.post(`${REPO_PATH}/issues/${PR_NUMBER}/labels`).optionally().reply(200, []);

    await app.receive(
      "pull_request",
      pullRequestEvent("opened", {
        branch: "hotfix/INC-42-tenant-filter",
        title: "INC-42: restore the tenant filter (fixes #42)",
      }),
    );

    expect((created.body as CheckRunBody).output.summary).not.toContain("are frozen");
  });

  it("freezes every wave while an issue carries the freeze label, naming who froze", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    riskReads(gh, {
      freeze: [issue(7, "Launch rehearsal, no merges", ["pilot-gate:freeze"], "alice")],
    });
    const created = gh.createCheckRun();
    gh.addLabels(PR_NUMBER);

    await app.receive("pull_request", pullRequestEvent("opened"));

    const summary = (created.body as CheckRunBody).output.summary;
    expect((created.body as CheckRunBody).conclusion).toBe("failure");
    expect(summary).toContain("Launch rehearsal, no merges");
    expect(summary).toContain("frozen by @\u200balice");
  });

  it("asks again with If-None-Match and keeps the freeze on a 304 answer", async () => {
    const app = await createTestApp({ configCacheSeconds: 600 });
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    const incident = issue(42, "INC-42 tenant data visible across orgs", ["P0"]);
    riskReads(gh, { P0: [incident] });
    gh.createCheckRun(1001);
    gh.addLabels(PR_NUMBER);
    await app.receive("pull_request", pullRequestEvent("opened"));

    riskReadsUnchanged(gh);
    await app.receive("pull_request", pullRequestEvent("edited", { labels: ["NO_MERGE"] }));

    // Had the 304 lost the incident, the verdict would pass: the check would
    // be rewritten and the label removed, and neither mock is there.
    expect(app.logged(50)).toEqual([]);
    expect(app.logs.some((line) => /is unchanged, not written/.test(line.msg))).toBe(true);
  });

  it("reads only the story's incidents for a PR into an unfrozen branch outside any wave", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(ENABLED);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    storyReads(gh);
    const created = gh.createCheckRun();

    await app.receive("pull_request", pullRequestEvent("opened", { base: "release/1.0" }));

    expect((created.body as CheckRunBody).conclusion).toBe("success");
    // Config, PR template (a 404 and the root tree), files, POST, and the
    // high and medium lists the story needs: no freeze or WIP read.
    expect(countRequests().total).toBe(9);
  });

  describe("incidents on the PR's story (incident-story)", () => {
    const HIGH = issue(
      51,
      "INC-51 login fails for SSO users",
      ["P1"],
      "octocat",
      "### Affected stories\n\nS-PC-01\n\n### Impact\n\nSSO users cannot log in",
    );

    const OWNED_BY_TEAM = "Story: S-PC-01\n\n### Owner\n\nthe platform team";

    function story(
      gh: GitHubMock,
      incidents: Parameters<typeof storyReads>[1],
      pr: Parameters<typeof pullRequestEvent>[1] = {},
    ) {
      gh.config(ENABLED);
      gh.files(PR_NUMBER, ["src/login.ts"]);
      storyReads(gh, incidents);
      return pullRequestEvent("opened", { base: "release/1.0", ...pr });
    }

    /** The check of the test PR (story S-PC-01) with these incidents open; `blocks`: NO_MERGE goes on. */
    async function judged(incidents: Parameters<typeof storyReads>[1], blocks: boolean) {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      const event = story(gh, incidents);
      const created = gh.createCheckRun();
      if (blocks) gh.addLabels(PR_NUMBER);
      await app.receive("pull_request", event);
      return created.body as CheckRunBody;
    }

    it("blocks a PR of a story an open high incident names, linking the incident", async () => {
      const body = await judged({ P1: [HIGH] }, true);

      expect(body.conclusion).toBe("failure");
      expect(body.output.summary).toContain("incident-story");
      expect(body.output.summary).toContain(
        'Story `S-PC-01` is blocked by open high incident [#51](https://github.com/Codertocat/Hello-World/issues/51) "INC-51 login fails for SSO users"',
      );
    });

    it("does not block a PR of another story", async () => {
      const body = await judged({ high: [{ ...HIGH, body: "Story: S-PC-99" }] }, false);

      expect(body.conclusion).toBe("success");
    });

    it("escapes the incident's title in the finding", async () => {
      const hostile = { ...HIGH, title: "INC-51 <img src=x> @everyone [x](javascript:1)" };
      const { summary } = (await judged({ P1: [hostile] }, true)).output;

      expect(summary).not.toContain("<img");
      expect(summary).not.toContain("@everyone");
      expect(summary).not.toContain("[x](javascript:");
      expect(summary).toContain("\\[x\\](javascript:1)");
    });

    it("shows a medium incident on the story with its owner and due date, without blocking", async () => {
      const medium = issue(52, "INC-52 slow login page", ["P2"], "octocat", OWNED_BY_TEAM);
      // Nobody assigned: the owner the form states.
      medium.assignees = [];
      const body = await judged({ P2: [medium] }, false);

      expect(body.conclusion).toBe("success");
      expect(body.output.summary).toContain("INC-52 slow login page");
      // Medium: 14 days to recover, from 2024-05-01T11:59Z.
      expect(body.output.summary).toContain(
        "owner the platform team, recovery due 2024-05-15T11:59:00.000Z",
      );
    });

    /** Open PRs into release/1.0 (not frozen): #10 of story S-PC-01, #12 of S-PC-99. */
    function storyPulls(gh: GitHubMock, labels: string[] = []) {
      listPulls(gh, [
        pullRequest({ number: 10, sha: sha(10), base: "release/1.0", labels }),
        pullRequest({
          number: 12,
          sha: sha(12),
          base: "release/1.0",
          branch: "feature/S-PC-99-reports",
          title: "S-PC-99: Reports",
          body: pullRequest().body.replaceAll("S-PC-01", "S-PC-99"),
        }),
      ]);
    }

    it("fails the open PRs of a story as soon as a high incident naming it opens, and only those", async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      // #12 names another story: not judged again (no mock answers for it).
      storyPulls(gh);
      gh.files(10, ["src/login.ts"]).checkRuns(sha(10));
      storyReads(gh, { P1: [HIGH] });
      const created = gh.createCheckRun();
      gh.addLabels(10);

      await app.receive("issues", issuesEvent("opened", HIGH));

      const body = created.body as CheckRunBody;
      expect(body.head_sha).toBe(sha(10));
      expect(body.conclusion).toBe("failure");
      expect(body.output.summary).toContain("is blocked by open high incident [#51]");
      expect(countRequests().byOperation["GET /repos/{owner}/{repo}/pulls"]).toBe(1);
      expect(app.logged(50)).toEqual([]);
    });

    it("passes the story's PR again when the high incident is labelled recovered", async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      storyPulls(gh, ["NO_MERGE"]);
      gh.files(10, ["src/login.ts"]).checkRuns(sha(10), [{ id: 2001 }]);
      const recovered = {
        ...HIGH,
        labels: [...HIGH.labels, { ...HIGH.labels[0], name: "recovered" }],
      };
      storyReads(gh, { P1: [recovered] });
      gh.labelEvents(10, [{ label: "NO_MERGE", actor: "pilot-gate[bot]", byApp: true }]);
      const updated = gh.updateCheckRun(2001);
      const removed = gh.removeLabel(10, "NO_MERGE");

      await app.receive("issues", issuesEvent("labeled", recovered, { label: "recovered" }));

      expect((updated.body as CheckRunBody).conclusion).toBe("success");
      expect(removed.calls).toBe(1);
    });

    it("judges again the PRs of the story an edited incident no longer names", async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      storyPulls(gh, ["NO_MERGE"]);
      gh.files(10, ["src/login.ts"]).checkRuns(sha(10), [{ id: 2001 }]);
      const moved = { ...HIGH, body: "### Affected stories\n\nS-PC-77" };
      storyReads(gh, { P1: [moved] });
      gh.labelEvents(10, [{ label: "NO_MERGE", actor: "pilot-gate[bot]", byApp: true }]);
      const updated = gh.updateCheckRun(2001);
      gh.removeLabel(10, "NO_MERGE");

      const event = issuesEvent("edited", moved);
      event.changes = { body: { from: HIGH.body } };
      await app.receive("issues", event);

      // #10 (S-PC-01, named before the edit) passes; nobody has S-PC-77's PR open.
      expect((updated.body as CheckRunBody).conclusion).toBe("success");
    });

    it("asks the lists again with their ETags: unchanged, every one a 304 that costs no rate limit", async () => {
      const app = await createTestApp({ configCacheSeconds: 600 });
      const gh = new GitHubMock().token();
      const event = story(gh, { P1: [HIGH] });
      gh.createCheckRun(1001);
      gh.addLabels(PR_NUMBER);
      await app.receive("pull_request", event);
      const first = countRequests().byOperation["GET /repos/{owner}/{repo}/issues"];

      storyReads(gh, {}, true);
      await app.receive(
        "pull_request",
        pullRequestEvent("edited", { base: "release/1.0", labels: ["NO_MERGE"] }),
      );

      expect(first).toBe(4);
      // The same four lists, each answered 304 (the mocks only match If-None-Match):
      // had a 304 lost the incident, the check would be rewritten and no mock is there.
      expect(countRequests().byOperation["GET /repos/{owner}/{repo}/issues"]).toBe(8);
      expect(app.logs.some((line) => /is unchanged, not written/.test(line.msg))).toBe(true);
      expect(app.logged(50)).toEqual([]);
    });
  });

  describe("the WIP limit", () => {
    function openPulls(gh: GitHubMock, numbers: number[], wave: string) {
      gh.scope
        .get(`${REPO_PATH}/pulls`)
        .query({ state: "open", sort: "created", direction: "asc", per_page: "100" })
        .reply(
          200,
          numbers.map((number) => ({
            ...pullRequest({ number, labels: [`wave:${wave}`] }),
            html_url: `https://github.com/Codertocat/Hello-World/pull/${number}`,
          })),
        );
    }

    it.each([
      ["the sixth PR of a wave fails, naming the five in flight", 5, "failure"],
      ["the fifth passes", 4, "success"],
    ] as const)("%s", async (_name, before, conclusion) => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      gh.files(20, ["src/login.ts"]);
      riskReads(gh, {});
      const earlier = Array.from({ length: before }, (_, i) => 10 + i);
      openPulls(gh, [...earlier, 20], "O-02");
      const created = gh.createCheckRun();
      if (conclusion === "failure") gh.addLabels(20);

      await app.receive(
        "pull_request",
        pullRequestEvent("opened", { number: 20, labels: ["wave:O-02"] }),
      );

      const body = created.body as CheckRunBody;
      expect(body.conclusion).toBe(conclusion);
      if (conclusion === "failure") {
        expect(body.output.summary).toContain("wip-limit");
        for (const number of earlier) expect(body.output.summary).toContain(`#${number}`);
      } else {
        expect(body.output.summary).not.toContain("already has");
      }
    });
  });

  describe("judging open PRs again when a freeze starts or lifts", () => {
    const INCIDENT = issue(42, "INC-42 tenant data visible across orgs", ["P0"]);

    it("fails every open PR into a frozen branch as soon as a critical incident opens", async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      listPulls(gh, [
        pullRequest({ number: 10, sha: sha(10) }),
        pullRequest({ number: 11, sha: sha(11), base: "main" }),
        // Not a frozen branch: not judged again (no mock answers for it).
        pullRequest({ number: 12, sha: sha(12), base: "release/1.0" }),
      ]);
      gh.files(10, ["src/login.ts"]).checkRuns(sha(10));
      riskReads(gh, { P0: [INCIDENT] });
      const first = gh.createCheckRun(1001);
      gh.addLabels(10);
      gh.files(11, ["src/login.ts"]).checkRuns(sha(11));
      // The second PR asks the same lists again, conditionally: unchanged, 304.
      riskReadsUnchanged(gh);
      const second = gh.createCheckRun(1002);
      gh.addLabels(11);

      // A critical incident opening checks the repeated-P0 trigger first: one incident, not tripped.
      triggerReads(gh, { P0: [INCIDENT] });
      await app.receive("issues", issuesEvent("opened", INCIDENT));

      for (const [created, pullSha] of [
        [first, sha(10)],
        [second, sha(11)],
      ] as const) {
        const body = created.body as CheckRunBody;
        expect(body.head_sha).toBe(pullSha);
        expect(body.conclusion).toBe("failure");
        expect(body.output.summary).toContain(
          "[#42](https://github.com/Codertocat/Hello-World/issues/42)",
        );
      }
      expect(countRequests().byOperation["GET /repos/{owner}/{repo}/pulls"]).toBe(1);
      expect(app.logged(50)).toEqual([]);
    });

    it("lifts the freeze when the incident closes: the check passes and NO_MERGE comes off", async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      listPulls(gh, [pullRequest({ number: 10, sha: sha(10), labels: ["NO_MERGE"] })]);
      gh.files(10, ["src/login.ts"]).checkRuns(sha(10), [{ id: 2001 }]);
      riskReads(gh, {});
      gh.labelEvents(10, [{ label: "NO_MERGE", actor: "pilot-gate[bot]", byApp: true }]);
      const updated = gh.updateCheckRun(2001);
      const removed = gh.removeLabel(10, "NO_MERGE");

      await app.receive("issues", issuesEvent("closed", INCIDENT));

      expect((updated.body as CheckRunBody).conclusion).toBe("success");
      expect(removed.calls).toBe(1);
    });

    it("judges again when the freeze label comes off an issue", async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      listPulls(gh, [pullRequest({ number: 10, sha: sha(10) })]);
      gh.files(10, ["src/login.ts"]).checkRuns(sha(10));
      riskReads(gh, {});
      const created = gh.createCheckRun();

      const rehearsal = issue(7, "Launch rehearsal", [], "alice");
      await app.receive(
        "issues",
        issuesEvent("unlabeled", rehearsal, { label: "pilot-gate:freeze" }),
      );

      expect((created.body as CheckRunBody).conclusion).toBe("success");
    });

    it("judges again when an open critical incident is escalated, so the check says so", async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      listPulls(gh, [pullRequest({ number: 10, sha: sha(10) })]);
      gh.files(10, ["src/login.ts"]).checkRuns(sha(10));
      const escalated = issue(42, "INC-42 tenant data visible across orgs", [
        "P0",
        "escalation:superadmin",
      ]);
      riskReads(gh, { P0: [escalated] });
      const created = gh.createCheckRun();
      gh.addLabels(10);

      await app.receive(
        "issues",
        issuesEvent("labeled", escalated, { label: "escalation:superadmin" }),
      );

      expect((created.body as CheckRunBody).output.summary).toContain(
        "It was escalated to **superadmin** (level 1 of 4",
      );
    });

    it.each([
      ["an issue that is neither an incident nor a freeze", ENABLED, "labeled", ["bug"], "bug"],
      [
        "an escalation label on a high incident",
        ENABLED,
        "labeled",
        ["P1", "escalation:tech-lead"],
        "escalation:tech-lead",
      ],
      ["a label unrelated to the freeze on an incident", ENABLED, "labeled", ["P0", "bug"], "bug"],
      ["a critical incident while the protocol is off", null, "opened", ["P0"], undefined],
    ] as const)(
      "costs only the config read for %s",
      async (_name, config, action, labels, label) => {
        const app = await createTestApp();
        const gh = new GitHubMock().token();
        gh.config(config);

        await app.receive(
          "issues",
          issuesEvent(action, issue(5, "Something", [...labels]), label ? { label } : {}),
        );

        // With no config in the repository, its organisation's is read too.
        expect(countRequests().total).toBe(config === null ? 2 : 1);
        expect(app.logged(40)).toEqual([]);
      },
    );

    it("posts could-not-evaluate on a PR it cannot judge, and still judges the others", async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      listPulls(gh, [
        pullRequest({ number: 10, sha: sha(10) }),
        pullRequest({ number: 11, sha: sha(11) }),
      ]);
      const failure = FAILURES["404"] as { status: number; message: string };
      gh.scope
        .get(`${REPO_PATH}/pulls/10/files`)
        .query({ per_page: "100" })
        .reply(failure.status, { message: failure.message });
      gh.checkRuns(sha(10));
      // #10 stops at its files, before the incident lists: #11 is the first to read them.
      const errored = gh.createCheckRun(1001);
      gh.files(11, ["src/login.ts"]).checkRuns(sha(11));
      riskReads(gh, { P0: [INCIDENT] });
      const judged = gh.createCheckRun(1002);
      gh.addLabels(11);

      // A critical incident opening checks the repeated-P0 trigger first: one incident, not tripped.
      triggerReads(gh, { P0: [INCIDENT] });
      await app.receive("issues", issuesEvent("opened", INCIDENT));

      const error = errored.body as CheckRunBody;
      expect(error.head_sha).toBe(sha(10));
      expect(error.conclusion).toBe("failure");
      expect(error.output.title).toMatch(/^could not evaluate: /);
      expect((judged.body as CheckRunBody).output.summary).toContain("are frozen");
    });
  });

  describe("judging a wave again when one of its PRs leaves", () => {
    it("passes the sixth PR of a wave once one of the five before it closes", async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      const wave = (number: number, labels: string[] = []) =>
        pullRequest({ number, sha: sha(number), labels: ["wave:O-02", ...labels] });
      const open = [wave(10), wave(11), wave(12), wave(13), wave(20, ["NO_MERGE"])];
      listPulls(gh, open);
      // Only PRs opened after the closed one can change: #20.
      gh.files(20, ["src/login.ts"]).checkRuns(sha(20), [{ id: 2001 }]);
      riskReads(gh, {});
      listPulls(gh, open, `"pulls-etag"`);
      gh.labelEvents(20, [{ label: "NO_MERGE", actor: "pilot-gate[bot]", byApp: true }]);
      const updated = gh.updateCheckRun(2001);
      gh.removeLabel(20, "NO_MERGE");

      await app.receive(
        "pull_request",
        pullRequestEvent("closed", { number: 14, state: "closed", labels: ["wave:O-02"] }),
      );

      expect((updated.body as CheckRunBody).conclusion).toBe("success");
      expect(app.logged(50)).toEqual([]);
    });

    it("judges a PR again when a wave label is added to it", async () => {
      const app = await createTestApp();
      const gh = new GitHubMock().token();
      gh.config(ENABLED);
      const earlier = [10, 11, 12, 13, 14].map((number) =>
        pullRequest({ number, sha: sha(number), labels: ["wave:O-02"] }),
      );
      const self = pullRequest({ number: 20, labels: ["wave:O-02"] });
      gh.files(20, ["src/login.ts"]).checkRuns(HEAD_SHA);
      riskReads(gh, {});
      listPulls(gh, [...earlier, self]);
      const created = gh.createCheckRun();
      gh.addLabels(20);
      // Then the wave's later PRs: none after #20, so nothing more is judged.
      listPulls(gh, [...earlier, self], `"pulls-etag"`);

      await app.receive(
        "pull_request",
        pullRequestEvent("labeled", { number: 20, labels: ["wave:O-02"], label: "wave:O-02" }),
      );

      const body = created.body as CheckRunBody;
      expect(body.conclusion).toBe("failure");
      expect(body.output.summary).toContain("wip-limit");
    });
  });
});
