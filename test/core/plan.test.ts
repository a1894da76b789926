import { describe, expect, it } from "vitest";
import { parseConfig } from "../../core/config/load.js";
import { defaultConfig } from "../../core/config/schema.js";
import { ConfigError } from "../../core/errors.js";
import { evaluatePullRequest } from "../../core/evaluate.js";
import { fingerprintOf } from "../../core/fingerprint.js";
import {
  CHECK_RUN_ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_TEXT_BYTES,
} from "../../core/github-limits.js";
import { applyOverrides } from "../../core/overrides.js";
import {
  type LabelState,
  planConfigError,
  planEvaluationError,
  planPullRequest,
  RERUN_ACTION,
} from "../../core/plan.js";
import { renderMarkdown } from "../../core/render/markdown.js";
import type { Finding, Receipt, Verdict } from "../../core/types.js";
import { snapshot } from "../helpers/pull-request.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const NO_LABELS: LabelState = { current: [], appliedByApp: false };

const PASS = evaluatePullRequest(snapshot({ changedFiles: [] }), defaultConfig());
/** Blocked by the branch name only. */
const FAIL = evaluatePullRequest(
  snapshot({ branch: "vendor/release-7", changedFiles: [] }),
  defaultConfig(),
);

function plan(
  verdict: Verdict,
  input: Partial<{ draft: boolean; labels: LabelState }> = {},
  config = defaultConfig(),
) {
  return planPullRequest(
    verdict,
    { headSha: SHA, draft: false, labels: NO_LABELS, ...input },
    config,
  );
}

describe("planPullRequest: the check run", () => {
  it("reports a pass as success with the rendered summary and a Re-run button", () => {
    const { checkRun, labels } = plan(PASS);
    expect(checkRun).toEqual({
      name: "required-check",
      headSha: SHA,
      conclusion: "success",
      title: "Ready to merge: every rule passes",
      summary: renderMarkdown(PASS),
      annotations: [],
      actions: [{ label: "Re-run", identifier: "rerun", description: "Evaluate this PR again" }],
    });
    expect(labels).toEqual({ add: [], remove: [] });
  });

  it("links the check to the readiness site's overview only when site.url is set", () => {
    const config = parseConfig("site:\n  url: https://acme.github.io/app/\n");
    expect(plan(FAIL, {}, config).checkRun?.detailsUrl).toBe(
      "https://acme.github.io/app/index.html",
    );
    expect(plan(FAIL).checkRun).not.toHaveProperty("detailsUrl");
  });

  it("reports NO_MERGE as failure, under the configured check name", () => {
    const config = parseConfig("check:\n  name: launch-gate\n");
    const checkRun = plan(FAIL, {}, config).checkRun;
    expect(checkRun?.name).toBe("launch-gate");
    expect(checkRun?.conclusion).toBe("failure");
    expect(checkRun?.title).toBe("NO_MERGE: 1 blocking finding to fix");
    expect(checkRun?.annotations).toEqual([]);
  });

  it.each([
    ["report", FAIL, "failure", "Draft: NO_MERGE: 1 blocking finding to fix", []],
    ["report", PASS, "success", "Draft: Ready to merge: every rule passes", []],
    // Configs written for the old neutral mode load, and get real verdicts:
    // GitHub counts neutral as passing, so a draft must never be neutral.
    ["neutral", FAIL, "failure", "Draft: NO_MERGE: 1 blocking finding to fix", []],
    ["enforce", FAIL, "failure", "Draft: NO_MERGE: 1 blocking finding to fix", ["NO_MERGE"]],
    ["enforce", PASS, "success", "Draft: Ready to merge: every rule passes", []],
  ] as const)("reports a draft under drafts: %s", (drafts, verdict, conclusion, title, added) => {
    const config = parseConfig(`check:\n  drafts: ${drafts}\n`);
    const planned = plan(verdict, { draft: true }, config);
    expect(planned.checkRun?.conclusion).toBe(conclusion);
    expect(planned.checkRun?.title).toBe(title);
    expect(planned.labels.add).toEqual(added);
  });

  it("plans nothing at all for a draft under drafts: skip", () => {
    const config = parseConfig("check:\n  drafts: skip\n");
    expect(plan(FAIL, { draft: true }, config)).toEqual({
      checkRun: undefined,
      labels: { add: [], remove: [] },
    });
    expect(
      plan(PASS, { draft: true, labels: { current: ["NO_MERGE"], appliedByApp: true } }, config),
    ).toEqual({ checkRun: undefined, labels: { add: [], remove: [] } });
    expect(plan(FAIL, { draft: false }, config).checkRun?.conclusion).toBe("failure");
  });

  it("keeps the Re-run button within GitHub's limits", () => {
    const [action] = plan(PASS).checkRun?.actions ?? [];
    expect(action).toEqual(RERUN_ACTION);
    expect(action?.label.length).toBeLessThanOrEqual(20);
    expect(action?.identifier.length).toBeLessThanOrEqual(20);
    expect(action?.description.length).toBeLessThanOrEqual(40);
  });

  it("annotates each touched governance file at line 1", () => {
    const verdict = evaluatePullRequest(
      snapshot({ changedFiles: ["CODEOWNERS", "src/a.ts", ".github/pilot-gate.yml"] }),
      defaultConfig(),
    );
    const annotations = plan(verdict).checkRun?.annotations;
    expect(
      annotations?.map((a) => [a.path, a.start_line, a.end_line, a.annotation_level, a.title]),
    ).toEqual([
      ["CODEOWNERS", 1, 1, "failure", "governance-files"],
      [".github/pilot-gate.yml", 1, 1, "failure", "governance-files"],
    ]);
    expect(annotations?.[0]?.message).toMatch(/^This PR changes governance files/);
  });

  it("annotates config findings at their position, with columns only on one line", () => {
    const findings: Finding[] = [
      {
        ruleId: "x",
        severity: "warning",
        source: "config",
        message: "one line",
        position: { line: 3, column: 5, endColumn: 9 },
      },
      {
        ruleId: "x",
        severity: "blocking",
        source: "config",
        message: "two lines",
        position: { line: 4, column: 2, endLine: 6, endColumn: 1 },
      },
      {
        ruleId: "x",
        severity: "blocking",
        source: "body",
        message: "body",
        position: { line: 2, column: 1 },
      },
      { ruleId: "x", severity: "info", source: "config", message: "nowhere" },
    ];
    const verdict: Verdict = {
      status: "no_merge",
      rules: [{ ruleId: "x", description: "d", status: "fail", findings }],
      findings,
    };
    expect(plan(verdict).checkRun?.annotations).toEqual([
      {
        path: ".github/pilot-gate.yml",
        start_line: 3,
        end_line: 3,
        start_column: 5,
        end_column: 9,
        annotation_level: "warning",
        title: "x",
        message: "one line",
      },
      {
        path: ".github/pilot-gate.yml",
        start_line: 4,
        end_line: 6,
        annotation_level: "failure",
        title: "x",
        message: "two lines",
      },
    ]);
  });

  it("carries at most 50 annotations, so the check is one request, and counts the rest in the summary", () => {
    const changedFiles = Array.from({ length: 120 }, (_, i) => `gov/${i}.yml`);
    const config = parseConfig("rules:\n  governance-files:\n    paths: ['gov/**']\n");
    const verdict = evaluatePullRequest(snapshot({ changedFiles }), config);
    const checkRun = plan(verdict, {}, config).checkRun;
    expect(checkRun?.annotations).toHaveLength(CHECK_RUN_ANNOTATIONS_PER_REQUEST);
    expect(checkRun?.annotations.at(-1)?.path).toBe("gov/49.yml");
    expect(checkRun?.summary).toContain("_70 more problems not annotated:");
    expect(new TextEncoder().encode(checkRun?.summary).length).toBeLessThanOrEqual(
      CHECK_RUN_TEXT_BYTES,
    );
  });

  it("says nothing about annotations when all of them fit", () => {
    const changedFiles = Array.from(
      { length: CHECK_RUN_ANNOTATIONS_PER_REQUEST },
      (_, i) => `gov/${i}.yml`,
    );
    const config = parseConfig("rules:\n  governance-files:\n    paths: ['gov/**']\n");
    const verdict = evaluatePullRequest(snapshot({ changedFiles }), config);
    const checkRun = plan(verdict, {}, config).checkRun;
    expect(checkRun?.annotations).toHaveLength(CHECK_RUN_ANNOTATIONS_PER_REQUEST);
    expect(checkRun?.summary).toBe(renderMarkdown(verdict));
  });

  it("keeps the summary within 65,535 bytes however many findings there are", () => {
    const findings: Finding[] = Array.from({ length: 3_000 }, (_, i) => ({
      ruleId: "pr-checklist",
      severity: "blocking",
      message: `finding ${i} ${"ü".repeat(80)}`,
    }));
    const verdict: Verdict = {
      status: "no_merge",
      rules: [{ ruleId: "pr-checklist", description: "d", status: "fail", findings }],
      findings,
    };
    const checkRun = plan(verdict).checkRun;
    expect(new TextEncoder().encode(checkRun?.summary).length).toBeLessThanOrEqual(
      CHECK_RUN_TEXT_BYTES,
    );
    expect(checkRun?.title).toBe("NO_MERGE: 3000 blocking findings to fix");
    expect(checkRun?.text).toBeUndefined();
  });

  it("reports an overridden verdict as success, with the receipt in the summary", () => {
    const receipt: Receipt = {
      id: "pg-0123456789abcdef",
      kind: "override",
      ruleId: "branch-name",
      actor: "dana",
      reason: "vendor branch",
      sha: SHA,
      at: "2025-03-01T10:00:00Z",
      findings: FAIL.findings.filter((f) => f.ruleId === "branch-name").map(fingerprintOf),
    };
    const verdict = applyOverrides(FAIL, [receipt], SHA, defaultConfig());
    const result = plan(verdict, { labels: { current: ["NO_MERGE"], appliedByApp: true } });
    expect(result.checkRun?.conclusion).toBe("success");
    expect(result.checkRun?.title).toBe("Ready to merge: 1 rule overridden");
    expect(result.checkRun?.summary).toContain("| `pg-0123456789abcdef` | ↪️ override of `pg-");
    expect(result.labels).toEqual({ add: [], remove: ["NO_MERGE"] });
  });
});

describe("planPullRequest: the NO_MERGE label", () => {
  it.each<[string, Verdict, LabelState, { add: string[]; remove: string[] }]>([
    ["adds it to a failing PR without it", FAIL, NO_LABELS, { add: ["NO_MERGE"], remove: [] }],
    [
      "leaves it on a failing PR that has it",
      FAIL,
      { current: ["bug", "no_merge"], appliedByApp: true },
      { add: [], remove: [] },
    ],
    [
      "removes its own label from a passing PR, by the name on the PR",
      PASS,
      { current: ["bug", "No_Merge"], appliedByApp: true },
      { add: [], remove: ["No_Merge"] },
    ],
    ["does nothing to a passing PR without it", PASS, NO_LABELS, { add: [], remove: [] }],
    [
      "does nothing to a passing PR with other labels",
      PASS,
      { current: ["bug"], appliedByApp: false },
      { add: [], remove: [] },
    ],
  ])("%s", (_name, verdict, labels, expected) => {
    expect(plan(verdict, { labels }).labels).toEqual(expected);
  });

  it("never removes a label a person applied, and adds nothing since it is there", () => {
    const verdict = evaluatePullRequest(
      snapshot({ labels: ["NO_MERGE"], changedFiles: [] }),
      defaultConfig(),
    );
    const result = plan(verdict, { labels: { current: ["NO_MERGE"], appliedByApp: false } });
    expect(result.labels).toEqual({ add: [], remove: [] });
    expect(result.checkRun?.conclusion).toBe("failure");
  });

  it("does not let its own label keep a fixed PR blocked", () => {
    // The label the App added on an earlier push is on the PR, so no-merge-label fires.
    const verdict = evaluatePullRequest(
      snapshot({ labels: ["NO_MERGE"], changedFiles: [] }),
      defaultConfig(),
    );
    expect(verdict.status).toBe("no_merge");
    const result = plan(verdict, { labels: { current: ["NO_MERGE"], appliedByApp: true } });
    expect(result.labels).toEqual({ add: [], remove: ["NO_MERGE"] });
    expect(result.checkRun?.conclusion).toBe("success");
    expect(result.checkRun?.summary).toContain("applied by pilot-gate itself");
  });

  it("keeps its own label while other rules still block", () => {
    const verdict = evaluatePullRequest(
      snapshot({ labels: ["NO_MERGE"], branch: "vendor/x", changedFiles: [] }),
      defaultConfig(),
    );
    const result = plan(verdict, { labels: { current: ["NO_MERGE"], appliedByApp: true } });
    expect(result.labels).toEqual({ add: [], remove: [] });
    expect(result.checkRun?.conclusion).toBe("failure");
    expect(result.checkRun?.title).toBe("NO_MERGE: 1 blocking finding to fix");
  });

  it("uses the configured label name", () => {
    const config = parseConfig("rules:\n  no-merge-label:\n    label: do-not-merge\n");
    expect(plan(FAIL, {}, config).labels).toEqual({ add: ["do-not-merge"], remove: [] });
    expect(
      plan(PASS, { labels: { current: ["NO_MERGE"], appliedByApp: true } }, config).labels,
    ).toEqual({ add: [], remove: [] });
  });

  it("does not label a neutral draft, but still removes its own label when it passes", () => {
    expect(plan(FAIL, { draft: true }).labels).toEqual({ add: [], remove: [] });
    expect(
      plan(PASS, { draft: true, labels: { current: ["NO_MERGE"], appliedByApp: true } }).labels,
    ).toEqual({ add: [], remove: ["NO_MERGE"] });
    const enforce = parseConfig("check:\n  drafts: enforce\n");
    expect(plan(FAIL, { draft: true }, enforce).labels).toEqual({ add: ["NO_MERGE"], remove: [] });
  });
});

describe("planConfigError", () => {
  function configError(): ConfigError {
    try {
      parseConfig("rules:\n  branch-nme: {}\ncheck:\n  drafts: sometimes\n");
    } catch (error) {
      return error as ConfigError;
    }
    throw new Error("expected a ConfigError");
  }

  it("fails the check, listing each problem with file, line and column, and changes no label", () => {
    const error = configError();
    expect(error.issues).toHaveLength(2);
    const { checkRun, labels } = planConfigError(error, SHA, "required-check");
    expect(labels).toEqual({ add: [], remove: [] });
    expect(checkRun?.name).toBe("required-check");
    expect(checkRun?.headSha).toBe(SHA);
    expect(checkRun?.conclusion).toBe("failure");
    expect(checkRun?.title).toBe("Config error: .github/pilot-gate.yml has 2 problems");
    expect(checkRun?.summary).toContain("nothing was evaluated");
    for (const issue of error.issues) {
      const line = `- .github/pilot-gate.yml:${issue.position?.line}:${issue.position?.column} ${issue.path}: ${issue.message}\n`;
      expect(checkRun?.summary).toContain(line);
    }
    expect(checkRun?.summary).toContain("To fix it, correct each line above");
    expect(checkRun?.actions).toEqual([RERUN_ACTION]);
  });

  it("annotates each problem on the config file, at line 1 when it has no position", () => {
    const error = new ConfigError(".github/pilot-gate.yml", [
      { path: "rules.branch-nme", message: "unknown rule", position: { line: 2, column: 3 } },
      { path: "", message: "cannot read YAML" },
    ]);
    const checkRun = planConfigError(error, SHA, "gate").checkRun;
    expect(checkRun?.title).toBe("Config error: .github/pilot-gate.yml has 2 problems");
    expect(checkRun?.annotations).toEqual([
      {
        path: ".github/pilot-gate.yml",
        start_line: 2,
        end_line: 2,
        start_column: 3,
        end_column: 3,
        annotation_level: "failure",
        title: "Config error at rules.branch-nme",
        message: "unknown rule",
      },
      {
        path: ".github/pilot-gate.yml",
        start_line: 1,
        end_line: 1,
        annotation_level: "failure",
        title: "Config error",
        message: "cannot read YAML",
      },
    ]);
    expect(checkRun?.summary).toContain("- .github/pilot-gate.yml cannot read YAML\n");
  });

  it("says 1 problem, singular", () => {
    const error = new ConfigError(".github/pilot-gate.yml", [{ path: "", message: "bad" }]);
    expect(planConfigError(error, SHA, "gate").checkRun?.title).toBe(
      "Config error: .github/pilot-gate.yml has 1 problem",
    );
  });

  it("keeps the summary within 65,535 bytes and the annotations within one request", () => {
    const issues = Array.from({ length: 2_000 }, (_, i) => ({
      path: `sections.${i}`,
      message: `problem ${i} ${"é".repeat(40)}`,
      position: { line: i + 1, column: 1 },
    }));
    const checkRun = planConfigError(
      new ConfigError(".github/pilot-gate.yml", issues),
      SHA,
      "gate",
    ).checkRun;
    expect(new TextEncoder().encode(checkRun?.summary).length).toBeLessThanOrEqual(
      CHECK_RUN_TEXT_BYTES,
    );
    expect(checkRun?.summary).toMatch(/_\d+ more problems not shown/);
    expect(checkRun?.summary).toContain("_1,950 more problems not annotated:");
    expect(checkRun?.summary).toContain("To fix it");
    expect(checkRun?.annotations).toHaveLength(CHECK_RUN_ANNOTATIONS_PER_REQUEST);
    expect(checkRun?.annotations.at(-1)?.start_line).toBe(50);
  });

  it("counts the problems the parser found but did not list, in the title and the summary", () => {
    const error = new ConfigError(
      ".github/pilot-gate.yml",
      [{ path: "x", message: 'unknown key "x"', position: { line: 1, column: 1 } }],
      19_999,
    );
    const checkRun = planConfigError(error, SHA, "gate").checkRun;
    expect(checkRun?.title).toBe("Config error: .github/pilot-gate.yml has 20,000 problems");
    expect(checkRun?.summary).toContain(
      "- .github/pilot-gate.yml: 19,999 more problems not listed; fix the ones above and validate again to see them.\n",
    );
    expect(checkRun?.annotations).toHaveLength(1);
  });
});

describe("planEvaluationError", () => {
  it("fails the check with the reason in the title and a Re-run button", () => {
    const { checkRun, labels } = planEvaluationError(
      "GitHub API returned 502",
      SHA,
      "required-check",
    );
    expect(labels).toEqual({ add: [], remove: [] });
    expect(checkRun?.conclusion).toBe("failure");
    expect(checkRun?.title).toBe("could not evaluate: GitHub API returned 502, re-run");
    expect(checkRun?.summary).toContain("Errors from GitHub stopped the evaluation");
    expect(checkRun?.summary).toContain("**Re-run**");
    expect(checkRun?.summary).toContain("GitHub API returned 502");
    expect(checkRun?.actions).toEqual([RERUN_ACTION]);
    expect(checkRun?.annotations).toEqual([]);
  });

  it("keeps the title on one line and under 200 characters", () => {
    const title =
      planEvaluationError(`timeout\n${"x".repeat(500)}`, SHA, "gate").checkRun?.title ?? "";
    expect(title.length).toBeLessThan(200);
    expect(title).toMatch(/^could not evaluate: timeout x+…, re-run$/);
  });

  it("still says something for an empty reason", () => {
    expect(planEvaluationError("  ", SHA, "gate").checkRun?.title).toBe(
      "could not evaluate: unknown error, re-run",
    );
  });
});
