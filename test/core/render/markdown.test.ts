import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../core/config/schema.js";
import { evaluatePullRequest } from "../../../core/evaluate.js";
import { fingerprintOf } from "../../../core/fingerprint.js";
import { CHECK_RUN_TEXT_BYTES } from "../../../core/github-limits.js";
import { renderJson } from "../../../core/render/json.js";
import { renderMarkdown, verdictTitle } from "../../../core/render/markdown.js";
import type { Finding, Receipt, Verdict } from "../../../core/types.js";
import { parseGfm } from "../../helpers/markdown.js";
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
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(CHECK_RUN_TEXT_BYTES);
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

describe("renderMarkdown with overrides", () => {
  const receipt: Receipt = {
    id: "pg-0123456789abcdef",
    kind: "override",
    ruleId: "pr-checklist",
    actor: "dana",
    reason: "hotfix | checklist after",
    sha: "c0ffee1234567890",
    at: "2025-03-01T10:00:00Z",
    findings: ["pg-00000000000000aa"],
  };
  const refusal: Receipt = {
    id: "pg-fedcba9876543210",
    kind: "refusal",
    ruleId: "branch-name",
    actor: "erin",
    reason: "please",
    sha: "c0ffee1234567890",
    at: "2025-03-01T09:00:00Z",
    detail: "needs maintain permission; @erin has write.",
  };

  function overridden(findings: Finding[], receipts: Receipt[] = [receipt]): Verdict {
    return {
      status: findings.some((f) => f.severity === "blocking" && !f.acceptedBy)
        ? "no_merge"
        : "pass",
      rules: [{ ruleId: "pr-checklist", description: "d", status: "overridden", findings }],
      findings,
      receipts,
    };
  }

  it.each<[string, Finding[], string]>([
    [
      "a pass with an override",
      [{ ruleId: "pr-checklist", severity: "blocking", message: "m", acceptedBy: receipt }],
      "Ready to merge: 1 rule overridden",
    ],
    [
      "a pass with an override and a warning",
      [
        { ruleId: "pr-checklist", severity: "blocking", message: "m", acceptedBy: receipt },
        { ruleId: "pr-checklist", severity: "warning", message: "w" },
      ],
      "Ready to merge: 1 rule overridden, 1 warning",
    ],
    [
      "a NO_MERGE with an override",
      [
        { ruleId: "pr-checklist", severity: "blocking", message: "m", acceptedBy: receipt },
        { ruleId: "pr-checklist", severity: "blocking", message: "still open" },
      ],
      "NO_MERGE: 1 blocking finding to fix, 1 rule overridden",
    ],
  ])("titles %s", (_name, findings, title) => {
    expect(verdictTitle(overridden(findings))).toBe(title);
  });

  it("moves accepted findings out of what to fix and says who accepted them, why, and the receipt", () => {
    const text = renderMarkdown(
      overridden([
        {
          ruleId: "pr-checklist",
          severity: "blocking",
          message: "Tick the DoD.",
          acceptedBy: receipt,
        },
      ]),
    );
    expect(text).toMatch(/^## ✅ Ready to merge: 1 rule overridden\n/);
    expect(text).toContain("| `pr-checklist` | ↪️ overridden | 1 overridden |");
    expect(text).not.toContain("### What to fix");
    expect(text).toContain(
      `### Overridden\n\n- ↪️ **pr-checklist** \`${fingerprintOf({ ruleId: "pr-checklist", message: "Tick the DoD." })}\`: Tick the DoD.\n  Overridden by @\u200bdana: “hotfix | checklist after” (receipt \`pg-0123456789abcdef\`, commit \`c0ffee1\`).`,
    );
  });

  it("tabulates receipts, newest first, with pipes escaped and the refusal's reason", () => {
    const text = renderMarkdown(
      overridden(
        [{ ruleId: "pr-checklist", severity: "blocking", message: "m", acceptedBy: receipt }],
        [refusal, receipt],
      ),
    );
    expect(text).toContain(
      "### Receipts\n\n| Id | Kind | Rule | By | Reason | Commit | Time |\n| --- | --- | --- | --- | --- | --- | --- |\n" +
        "| `pg-0123456789abcdef` | ↪️ override of `pg-00000000000000aa` | `pr-checklist` | @\u200bdana | hotfix \\| checklist after | `c0ffee1` | 2025-03-01T10:00:00Z |\n" +
        "| `pg-fedcba9876543210` | 🚫 refusal: needs maintain permission; @\u200berin has write. | `branch-name` | @\u200berin | please | `c0ffee1` | 2025-03-01T09:00:00Z |\n",
    );
  });

  it("keeps a receipt's row in its columns when an overridden finding's id holds a pipe", () => {
    // The override's finding ids come from a maintainer's comment; the kind
    // cell once joined them as code spans without escaping their pipes.
    const odd: Receipt = { ...receipt, findings: ["pg-a|b|c"] };
    const text = renderMarkdown(
      overridden(
        [{ ruleId: "pr-checklist", severity: "blocking", message: "m", acceptedBy: odd }],
        [odd],
      ),
    );
    const receipts = text.slice(text.indexOf("### Receipts"));
    const table = parseGfm(receipts).children.find((node) => node.type === "table");
    const row = table?.type === "table" ? table.children[1] : undefined;
    expect(row?.children).toHaveLength(7);
    expect(receipts).toContain("| ↪️ override of `pg-a\\|b\\|c` |");
  });

  it("shows no overrides or receipts sections when there are none", () => {
    const text = renderMarkdown(evaluatePullRequest(snapshot(), defaultConfig()));
    expect(text).not.toContain("### Overridden");
    expect(text).not.toContain("### Receipts");
  });

  it("stays within the byte limit with many findings, overrides and receipts, keeping the newest receipt", () => {
    const many: Receipt[] = Array.from({ length: 300 }, (_, i) => ({
      ...receipt,
      id: `pg-${String(i).padStart(16, "0")}`,
      reason: `reason ${i} ${"é".repeat(400)}`,
      at: `2025-03-01T10:${String(Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}Z`,
    }));
    const findings: Finding[] = [
      ...Array.from(
        { length: 1_000 },
        (_, i): Finding => ({
          ruleId: "pr-checklist",
          severity: "blocking",
          message: `open ${i} ${"é".repeat(60)}`,
        }),
      ),
      ...Array.from(
        { length: 500 },
        (_, i): Finding => ({
          ruleId: "pr-checklist",
          severity: "blocking",
          message: `accepted ${i} ${"é".repeat(60)}`,
          acceptedBy: many[i % many.length] as Receipt,
        }),
      ),
    ];
    const text = renderMarkdown(overridden(findings, many));
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(CHECK_RUN_TEXT_BYTES);
    expect(text).toMatch(/_\d+ more findings not shown/);
    expect(text).toMatch(/_\d+ more overridden findings not shown\._/);
    expect(text).toMatch(/_\d+ older receipts not shown\._/);
    expect(text).toContain("| `pg-0000000000000299` |");
    expect(text).toContain("open 0 ");
  });
});
