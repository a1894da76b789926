import { describe, expect, it } from "vitest";
import { describeWrite } from "../../core/write-plan.js";

describe("describeWrite", () => {
  it("names a comment by what it is when the plan says, and by where it goes otherwise", () => {
    expect(describeWrite({ kind: "create-comment", issue: 5, body: "x" })).toBe("comment on #5");
    expect(
      describeWrite({
        kind: "create-comment",
        issue: 5,
        body: "x",
        about: "the blocked-fields comment on #5",
      }),
    ).toBe("post the blocked-fields comment on #5");
    expect(describeWrite({ kind: "update-comment", comment: 91, body: "x" })).toBe(
      "update comment 91",
    );
    expect(
      describeWrite({
        kind: "update-comment",
        comment: 91,
        body: "x",
        about: "the blocked-fields comment on #5",
      }),
    ).toBe("update the blocked-fields comment on #5 (comment 91)");
  });

  it("names the branch and every file of a commit, under its folder", () => {
    expect(
      describeWrite({
        kind: "commit-files",
        branch: "pilot-evidence",
        folder: "evidence/release/v1.2.0",
        files: new Map([
          ["statement.json", new Uint8Array()],
          ["files/run.log", new Uint8Array()],
        ]),
        message: "evidence: release/v1.2.0",
      }),
    ).toBe(
      "commit 2 file(s) to pilot-evidence: evidence/release/v1.2.0/files/run.log, evidence/release/v1.2.0/statement.json",
    );
  });

  it("names who a new issue is assigned to, and says nothing of assignees when there are none", () => {
    const issue = {
      kind: "create-issue" as const,
      title: "T",
      body: "b",
      labels: ["pilot-outreach"],
    };
    expect(describeWrite({ ...issue, assignees: ["octocat"] })).toBe(
      'open issue "T" labelled pilot-outreach assigned to octocat',
    );
    expect(describeWrite(issue)).toBe('open issue "T" labelled pilot-outreach');
  });
});
