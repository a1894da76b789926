import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../core/config/load.js";
import { defaultConfig } from "../../../core/config/schema.js";
import { evaluatePullRequest } from "../../../core/evaluate.js";
import { snapshot } from "../../helpers/pull-request.js";

describe("no-merge-label", () => {
  it.each([
    [["NO_MERGE"], "no_merge"],
    [["no_merge"], "no_merge"],
    [["bug", "NO_MERGE"], "no_merge"],
    [["NO-MERGE"], "pass"],
    [[], "pass"],
  ] as const)("labels %j give %s", (labels, status) => {
    const verdict = evaluatePullRequest(snapshot({ labels: [...labels] }), defaultConfig());
    expect(verdict.status).toBe(status);
    const findings = verdict.findings.filter((f) => f.ruleId === "no-merge-label");
    expect(findings).toHaveLength(status === "pass" ? 0 : 1);
    if (findings[0]) expect(findings[0].message).toMatch(/remove the label/);
  });

  it("uses the configured label name", () => {
    const config = parseConfig("rules:\n  no-merge-label:\n    label: do-not-merge\n");
    expect(evaluatePullRequest(snapshot({ labels: ["do-not-merge"] }), config).status).toBe(
      "no_merge",
    );
    expect(evaluatePullRequest(snapshot({ labels: ["NO_MERGE"] }), config).status).toBe("pass");
  });

  it("can be disabled and then shows as skipped", () => {
    const config = parseConfig("rules:\n  no-merge-label:\n    enabled: false\n");
    const verdict = evaluatePullRequest(snapshot({ labels: ["NO_MERGE"] }), config);
    expect(verdict.status).toBe("pass");
    expect(verdict.rules.find((r) => r.ruleId === "no-merge-label")?.status).toBe("skipped");
  });
});
