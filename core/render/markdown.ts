import type { Finding, RuleResult, Verdict } from "../types.js";

/** GitHub's limit for a check run's `output.summary` and `output.text`, in bytes. */
export const GITHUB_TEXT_LIMIT = 65_535;

const STATUS_ICON: Record<RuleResult["status"], string> = {
  pass: "✅ pass",
  fail: "❌ fail",
  warn: "⚠️ warning",
  skipped: "➖ skipped",
};

const SEVERITY_ICON: Record<Finding["severity"], string> = {
  blocking: "❌",
  warning: "⚠️",
  info: "ℹ️",
};

/** A one-line headline for a verdict, used as the check run title. */
export function verdictTitle(verdict: Verdict): string {
  const blocking = verdict.findings.filter((f) => f.severity === "blocking").length;
  const warnings = verdict.findings.filter((f) => f.severity === "warning").length;
  if (verdict.status === "pass") {
    return warnings > 0
      ? `Ready to merge, ${warnings} warning${warnings === 1 ? "" : "s"}`
      : "Ready to merge: every rule passes";
  }
  return `NO_MERGE: ${blocking} blocking finding${blocking === 1 ? "" : "s"} to fix`;
}

/**
 * Renders a verdict as GitHub Markdown for a check run summary or a job
 * summary: the headline, a table of rules, then each finding with how to fix
 * it. Blocking findings come first. Output never exceeds `limit` bytes; when
 * it would, the rest is replaced by a note saying how many were left out.
 */
export function renderMarkdown(verdict: Verdict, limit: number = GITHUB_TEXT_LIMIT): string {
  const head: string[] = [];
  head.push(`## ${verdict.status === "pass" ? "✅" : "❌"} ${verdictTitle(verdict)}`, "");
  head.push("| Rule | Result | Findings |", "| --- | --- | --- |");
  for (const rule of verdict.rules) {
    head.push(`| \`${rule.ruleId}\` | ${STATUS_ICON[rule.status]} | ${countText(rule.findings)} |`);
  }
  head.push("");

  const order: Finding["severity"][] = ["blocking", "warning", "info"];
  const blocks: string[] = [];
  for (const severity of order) {
    for (const rule of verdict.rules) {
      for (const finding of rule.findings) {
        if (finding.severity === severity) blocks.push(renderFinding(finding));
      }
    }
  }

  let out = head.join("\n");
  if (blocks.length > 0) out += "\n### What to fix\n\n";
  const encoder = new TextEncoder();
  let used = encoder.encode(out).length;
  const reserve = 200;
  for (let i = 0; i < blocks.length; i++) {
    const block = `${blocks[i]}\n`;
    const size = encoder.encode(block).length;
    if (used + size > limit - reserve) {
      const left = blocks.length - i;
      out += `\n_${left} more finding${left === 1 ? "" : "s"} not shown: GitHub limits this text to ${limit.toLocaleString("en-US")} bytes. Run \`pilot-gate check --json\` to see all._\n`;
      return out;
    }
    out += block;
    used += size;
  }
  return out;
}

function countText(findings: readonly Finding[]): string {
  if (findings.length === 0) return "-";
  const parts: string[] = [];
  for (const severity of ["blocking", "warning", "info"] as const) {
    const n = findings.filter((f) => f.severity === severity).length;
    if (n > 0) parts.push(`${n} ${severity}`);
  }
  return parts.join(", ");
}

function renderFinding(finding: Finding): string {
  const where =
    finding.position && finding.source ? ` (${finding.source} line ${finding.position.line})` : "";
  const text = truncate(finding.message, 4_000);
  return `- ${SEVERITY_ICON[finding.severity]} **${finding.ruleId}**${where}: ${text}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
