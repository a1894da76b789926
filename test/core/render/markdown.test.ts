import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../core/config/schema.js";
import { evaluatePullRequest } from "../../../core/evaluate.js";
import { renderJson } from "../../../core/render/json.js";
import { GITHUB_TEXT_LIMIT, renderMarkdown, verdictTitle } from "../../../core/render/markdown.js";
import type { Finding, Verdict } from "../../../core/types.js";
import { snapshot } from "../../helpers/pull-request.js";

function verdictWith(findings: Finding[]): Verdict {
  return {
    status: findings.some((f) => f.severity === "blocking") ? "no_merge" : "pass",
    rules: [{ ruleId: "pr-checklist", description: "d", status: "fail", findings }],
    findings,
  };
}

describe("renderMarkdown", () => {
  it("states the verdict, a row per rule, and what to fix", () => {
    const verdict = evaluatePullRequest(snapshot({ labels: ["NO_MERGE"] }), defaultConfig());
    const text = renderMarkdown(verdict);
    expect(text).toMatch(/^## ❌ NO_MERGE: 1 blocking finding to fix\n/);
    expect(text).toContain("| `no-merge-label` | ❌ fail | 1 blocking |");
    expect(text).toContain("| `branch-name` | ✅ pass | - |");
    expect(text).toContain("### What to fix");
    expect(text).toContain("remove the label");
  });

  it("says a passing PR is ready", () => {
    const verdict = evaluatePullRequest(snapshot(), defaultConfig());
    expect(verdictTitle(verdict)).toBe("Ready to merge: every rule passes");
  });

  it("lists blocking findings before warnings and notes", () => {
    const text = renderMarkdown(
      verdictWith([
        { ruleId: "pr-checklist", severity: "info", message: "note" },
        { ruleId: "pr-checklist", severity: "warning", message: "careful" },
        {
          ruleId: "pr-checklist",
          severity: "blocking",
          message: "fix me",
          source: "body",
          position: { line: 7, column: 1 },
        },
      ]),
    );
    expect(text.indexOf("fix me")).toBeLessThan(text.indexOf("careful"));
    expect(text.indexOf("careful")).toBeLessThan(text.indexOf("note"));
    expect(text).toContain("(body line 7)");
  });

  it("stays within GitHub's 65,535-byte limit and says how many findings it left out", () => {
    const findings: Finding[] = Array.from({ length: 2_000 }, (_, i) => ({
      ruleId: "pr-checklist",
      severity: "blocking",
      message: `finding ${i} ${"é".repeat(60)}`,
    }));
    const text = renderMarkdown(verdictWith(findings));
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(GITHUB_TEXT_LIMIT);
    expect(text).toMatch(/_\d+ more findings not shown: GitHub limits this text to 65,535 bytes/);
    expect(text).toContain("finding 0 ");
  });

  it("shows everything when it fits", () => {
    const findings: Finding[] = Array.from({ length: 5 }, (_, i) => ({
      ruleId: "pr-checklist",
      severity: "blocking",
      message: `finding ${i}`,
    }));
    const text = renderMarkdown(verdictWith(findings));
    expect(text).not.toContain("not shown");
    expect(text).toContain("finding 4");
  });
});

describe("renderJson", () => {
  it("is versioned JSON carrying every finding", () => {
    const verdict = evaluatePullRequest(snapshot({ labels: ["NO_MERGE"] }), defaultConfig());
    const parsed = JSON.parse(renderJson(verdict));
    expect(parsed.version).toBe(1);
    expect(parsed.status).toBe("no_merge");
    expect(parsed.findings).toEqual(verdict.findings);
  });
});
