import type { CriterionResult, ReadinessReport } from "./report.js";

const ICON: Record<CriterionResult["status"], string> = {
  pass: "✅",
  fail: "❌",
  waived: "⚠️",
  not_evaluated: "➖",
};

/** Bounds one evidence list, so a flood of unchecked items cannot bury the verdict. */
const MAX_ITEMS = 20;

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function itemLines(c: CriterionResult): string[] {
  const shown = c.evidence.items.slice(0, MAX_ITEMS).map((item) => {
    const where = item.file ? ` (${item.file}${item.line ? `:${item.line}` : ""})` : "";
    return item.url ? `  - [${item.text}](${item.url})` : `  - ${item.text}${where}`;
  });
  const rest = c.evidence.items.length - shown.length;
  return rest > 0 ? [...shown, `  - …and ${rest} more (see the JSON report)`] : shown;
}

/**
 * The job summary: the verdict first, then each blocker with its evidence and
 * fix, then every criterion in one table.
 */
export function renderReadinessMarkdown(report: ReadinessReport): string {
  const byId = new Map(report.criteria.map((c) => [c.id, c]));
  const lines = [
    `## ${report.verdict === "GO" ? "✅ GO" : "❌ NO-GO"}: readiness of \`${report.sha.slice(0, 12)}\``,
    "",
    report.pilot
      ? `Pilot **${escapeCell(report.pilot.name)}**, window from ${report.pilot.window_start} for ${report.pilot.window_hours} h. Judged ${report.evaluated_at}.`
      : `No pilot manifest. Judged ${report.evaluated_at}.`,
    "",
  ];
  if (report.blockers.length > 0) {
    lines.push(`### Blockers (${report.blockers.length})`, "");
    for (const id of report.blockers) {
      const c = byId.get(id);
      if (!c) continue;
      lines.push(`- **${c.title}** (\`${c.id}\`, ${c.level}): ${c.summary}`, ...itemLines(c));
      if (c.fix) lines.push(`  - Fix: ${c.fix}`);
    }
    lines.push("");
  }
  if (report.warnings.length > 0) {
    lines.push(`### Advisory (${report.warnings.length})`, "");
    for (const id of report.warnings) {
      const c = byId.get(id);
      if (c) lines.push(`- ${c.title} (\`${c.id}\`): ${c.summary}`);
    }
    lines.push("");
  }
  lines.push("| | Criterion | Level | Result |", "| --- | --- | --- | --- |");
  for (const c of report.criteria) {
    const waiver = c.waiver
      ? ` — waived by ${c.waiver.by} until ${c.waiver.until}: ${c.waiver.reason}`
      : "";
    lines.push(
      `| ${ICON[c.status]} | ${c.title} | ${c.level} | ${escapeCell(c.summary + waiver)} |`,
    );
  }
  if (report.notes.length > 0) lines.push("", ...report.notes.map((n) => `> ${n}`));
  return `${lines.join("\n")}\n`;
}

const MARK: Record<CriterionResult["status"], string> = {
  pass: "pass",
  fail: "FAIL",
  waived: "waived",
  not_evaluated: "n/a",
};

/** The terminal text: verdict line, blockers with evidence and fix, one line per criterion. */
export function renderReadinessText(report: ReadinessReport): string {
  const lines = [
    `${report.verdict} for ${report.sha}${report.pilot ? ` (pilot ${report.pilot.name})` : ""}`,
    "",
  ];
  for (const c of report.criteria) {
    const waiver = c.waiver ? ` [waived by ${c.waiver.by} until ${c.waiver.until}]` : "";
    lines.push(
      `  ${MARK[c.status].padEnd(6)} ${c.id.padEnd(18)} ${c.level.padEnd(9)} ${c.summary}${waiver}`,
    );
  }
  if (report.blockers.length > 0) {
    lines.push("", `Blockers (${report.blockers.length}):`);
    for (const c of report.criteria.filter((c) => report.blockers.includes(c.id))) {
      lines.push(`  ${c.id}: ${c.summary}`, ...itemLines(c).map((l) => `  ${l}`));
      if (c.fix) lines.push(`    fix: ${c.fix}`);
    }
  }
  if (report.notes.length > 0) lines.push("", ...report.notes.map((n) => `note: ${n}`));
  return `${lines.join("\n")}\n`;
}
