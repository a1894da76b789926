import { describe, expect, it } from "vitest";
import { CHECK_RUN_TEXT_BYTES } from "../../core/github-limits.js";

import { BYPASS_LABEL, bypassMarker } from "../../core/protected-commit.js";
import type { Receipt } from "../../core/types.js";
import { readReceipts, withReceipts } from "../../engine/verdict/receipts.js";
import {
  type CheckRunBody,
  countRequests,
  GitHubMock,
  recorded,
  useGitHubMock,
} from "./helpers/github.js";
import { HEAD_SHA, pushEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

/** The commit a push to main brings, as the push example has it. */
const MERGED = pushEvent({ ref: "refs/heads/main" }).after as string;
const PR = 12;

const RECEIPT: Receipt = {
  id: "pg-0123456789abcdef",
  kind: "override",
  ruleId: "branch-name",
  actor: "maintainer-mia",
  reason: "vendor branch",
  sha: HEAD_SHA,
  at: "2024-05-01T10:00:00Z",
  findings: ["pg-00000000000000aa"],
};

/** The App's check on the PR's last head, as GitHub shows it. */
function headCheck(conclusion: "success" | "failure", title: string) {
  return {
    id: 900,
    conclusion,
    title,
    summary: withReceipts("## verdict", [RECEIPT], CHECK_RUN_TEXT_BYTES),
  };
}

describe("a commit reaching a protected branch gets required-check", () => {
  it("carries the verdict and receipts of the PR it was merged from, when that passed", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.checkRuns(MERGED);
    gh.commitPulls(MERGED, { number: PR, headSha: HEAD_SHA });
    gh.checkRuns(HEAD_SHA, [headCheck("success", "Ready to merge: 1 rule overridden")]);
    const created = gh.createCheckRun(2001);

    await app.receive("push", pushEvent({ ref: "refs/heads/main" }));

    const body = created.body as CheckRunBody;
    expect(body).toMatchObject({
      head_sha: MERGED,
      name: "required-check",
      conclusion: "success",
      output: { title: "Merged from #12: Ready to merge: 1 rule overridden" },
    });
    expect(readReceipts(body.output.summary)).toEqual([RECEIPT]);
    expect(recorded.some((r) => r.path.includes("/issues"))).toBe(false);
  });

  it("fails a merge made while the PR's check failed, and opens one audit issue", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.checkRuns(MERGED);
    gh.commitPulls(MERGED, { number: PR, headSha: HEAD_SHA });
    gh.checkRuns(HEAD_SHA, [headCheck("failure", "NO_MERGE: 2 blocking findings to fix")]);
    const created = gh.createCheckRun(2001);
    gh.issuesByLabel(BYPASS_LABEL, []);
    const issue = gh.createIssue(88);

    await app.receive("push", pushEvent({ ref: "refs/heads/main" }));

    const body = created.body as CheckRunBody;
    expect(body).toMatchObject({
      conclusion: "failure",
      output: { title: "Bypass: #12 merged without a passing required-check" },
    });
    expect(body.output.summary).toContain(
      'while its `required-check` check was failure ("NO_MERGE: 2 blocking findings to fix")',
    );
    const opened = issue.body as { title: string; body: string; labels: string[] };
    expect(opened.labels).toEqual([BYPASS_LABEL]);
    expect(opened.title).toBe(
      `pilot-gate: ${MERGED.slice(0, 7)} reached main without a passing check`,
    );
    expect(opened.body).toContain(bypassMarker(MERGED));
    expect(opened.body).toContain("Pushed by @\u200bCodertocat");
  });

  it("fails a direct push, naming who pushed, and does not open a second issue on redelivery", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.checkRuns(MERGED);
    gh.commitPulls(MERGED);
    const created = gh.createCheckRun(2001);
    gh.issuesByLabel(BYPASS_LABEL, []);
    const issue = gh.createIssue(88);
    const push = pushEvent({ ref: "refs/heads/develop" });

    await app.receive("push", push);

    const body = created.body as CheckRunBody;
    expect(body.output.title).toBe("Bypass: pushed to develop without a PR");
    expect(body.output.summary).toContain("a direct push by @\u200bCodertocat, not through a PR");
    const opened = issue.body as { body: string };

    // The same delivery again: the check reads as written, the issue is found by its marker.
    gh.checkRuns(MERGED, [
      { id: 2001, conclusion: "failure", title: body.output.title, summary: body.output.summary },
    ]);
    gh.commitPulls(MERGED);
    gh.issuesByLabel(BYPASS_LABEL, [{ number: 88, body: opened.body }]);
    await app.receive("push", push);

    expect(issue.calls).toBe(1);
    expect(created.calls).toBe(1);
  });

  it("leaves a commit that already passes, as a merge queue's group does", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config(null);
    gh.checkRuns(MERGED, [{ id: 3001, conclusion: "success", title: "Ready to merge" }]);

    await app.receive("push", pushEvent({ ref: "refs/heads/main" }));

    // The config (none in the repository, so its organisation's too) and the check on the commit.
    expect(countRequests().byOperation).toEqual({
      "GET /repos/{owner}/{repo}/contents/{path}": 2,
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs": 1,
    });
  });

  it("reads only the config for a push to a branch that is not protected", async () => {
    const app = await createTestApp();
    new GitHubMock().token().config(null);

    await app.receive("push", pushEvent({ ref: "refs/heads/feature/S-PC-01-login" }));

    // The repository's config, then its organisation's, as it has none.
    expect(countRequests().total).toBe(2);
  });

  it("protects the branches protection.branches names", async () => {
    const app = await createTestApp();
    const gh = new GitHubMock().token();
    gh.config("protection:\n  branches: [release]\n");
    await app.receive("push", pushEvent({ ref: "refs/heads/main" }));
    expect(countRequests().total).toBe(1);

    gh.checkRuns(MERGED);
    gh.commitPulls(MERGED, { number: PR, headSha: HEAD_SHA, base: "release" });
    gh.checkRuns(HEAD_SHA, [headCheck("success", "Ready to merge: every rule passes")]);
    const created = gh.createCheckRun(2001);
    await app.receive("push", pushEvent({ ref: "refs/heads/release" }));
    expect(created.body).toMatchObject({ conclusion: "success" });
  });
});
