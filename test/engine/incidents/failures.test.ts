import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../core/index.js";
import type { PlannedCheckRun } from "../../../core/plan.js";
import { escalationLabelFor, withFailureStreak } from "../../../engine/incidents/failures.js";

const config = parseConfig(
  "incidents:\n  enabled: true\n  consecutive_failures: 2\n",
  ".github/pilot-gate.yml",
);

function checkRun(fields: Partial<PlannedCheckRun>): PlannedCheckRun {
  return {
    name: "required-check",
    headSha: "abc",
    conclusion: "failure",
    title: "t",
    summary: "s",
    annotations: [],
    actions: [],
    ...fields,
  };
}

describe("withFailureStreak and check.require", () => {
  it("counts a commit whose required CI failed", () => {
    const { streak } = withFailureStreak(
      checkRun({ title: "NO_MERGE: 1 blocking finding to fix" }),
      1,
      config,
    );
    expect(streak).toEqual({ before: 1, failures: 2 });
    expect(escalationLabelFor(config, streak, undefined)).toBeDefined();
  });

  it("neither counts nor ends the streak while required CI is still running", () => {
    const { streak } = withFailureStreak(checkRun({ waiting: true }), 3, config);
    expect(streak).toEqual({ before: 3, failures: 3 });
    // Not zero: the escalation issue of a 3-commit streak is not closed by a push whose CI runs.
    expect(streak.failures).not.toBe(0);
  });
});
