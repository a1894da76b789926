import { fitBytes, JOB_SUMMARY_BYTES } from "../../github-limits.js";
import { codeSpan, inertText, link } from "../../render/escape.js";
import { tableHead, tableRow } from "../../render/table.js";
import type { CriterionResult, ReadinessReport } from "./report.js";

const ICON: Record<CriterionResult["status"], string> = {
  pass: "✅",
  fail: "❌",
  waived: "⚠️",
  not_checked: "❔",
  off: "➖",
  not_evaluated: "➖",
};

/** Bounds one evidence list, so a flood of unchecked items cannot bury the verdict. */
const MAX_ITEMS = 20;

type Item = CriterionResult["evidence"]["items"][number];

function where(item: Item): string {
  return item.file ? `${item.file}${item.line ? `:${item.line}` : ""}` : "";
}

/** The evidence list, each item drawn by `line`, with "…and N more" past `MAX_ITEMS`. */
function itemLines(c: CriterionResult, line: (item: Item) => string): string[] {
  const shown = c.evidence.items.slice(0, MAX_ITEMS).map((item) => `  - ${line(item)}`);
  const rest = c.evidence.items.length - shown.length;
  return rest > 0 ? [...shown, `  - …and ${rest} more (see the JSON report)`] : shown;
}

/** An evidence item as Markdown: its text, linked when it has a web URL, and the file it is in. */
function markdownItem(item: Item): string {
  if (item.url) return link(item.text, item.url);
  const at = where(item);
  return `${inertText(item.text)}${at ? ` (${inertText(at)})` : ""}`;
}

/**
 * The job summary: the verdict first, then each blocker with its evidence and
 * fix, then every criterion in one table. Every field comes from a report
 * file, so each is escaped as user text.
 */
export function renderReadinessMarkdown(report: ReadinessReport): string {
  const byId = new Map(report.criteria.map((c) => [c.id, c]));
  const lines = [
    `## ${report.verdict === "GO" ? "✅ GO" : "❌ NO-GO"}: readiness of ${codeSpan(report.sha.slice(0, 12))}`,
    "",
    report.pilot
      ? `Pilot **${inertText(report.pilot.name)}**, window from ${inertText(report.pilot.window_start)} for ${report.pilot.window_hours} h. Judged ${inertText(report.evaluated_at)}.`
      : `No pilot manifest. Judged ${inertText(report.evaluated_at)}.`,
    "",
  ];
  if (report.blockers.length > 0) {
    lines.push(`### Blockers (${report.blockers.length})`, "");
    for (const id of report.blockers) {
      const c = byId.get(id);
      if (!c) continue;
      lines.push(
        `- **${inertText(c.title)}** (${codeSpan(c.id)}, ${c.level}): ${inertText(c.summary)}`,
        ...itemLines(c, markdownItem),
      );
      if (c.fix) lines.push(`  - Fix: ${inertText(c.fix)}`);
    }
    lines.push("");
  }
  if (report.warnings.length > 0) {
    lines.push(`### Advisory (${report.warnings.length})`, "");
    for (const id of report.warnings) {
      const c = byId.get(id);
      if (c) lines.push(`- ${inertText(c.title)} (${codeSpan(c.id)}): ${inertText(c.summary)}`);
    }
    lines.push("");
  }
  lines.push(tableHead(["", "Criterion", "Level", "Result"]));
  for (const c of report.criteria) {
    const waiver = c.waiver
      ? ` — waived by ${c.waiver.by} until ${c.waiver.until}: ${c.waiver.reason}`
      : "";
    lines.push(tableRow([ICON[c.status], c.title, c.level, c.summary + waiver]));
  }
  if (report.notes.length > 0) lines.push("", ...report.notes.map((n) => `> ${inertText(n)}`));
  return fitBytes(`${lines.join("\n")}\n`, JOB_SUMMARY_BYTES);
}

const MARK: Record<CriterionResult["status"], string> = {
  pass: "pass",
  fail: "FAIL",
  waived: "waived",
  not_checked: "NOT CHECKED",
  off: "off",
  not_evaluated: "n/a",
};
const MARK_WIDTH = Math.max(...Object.values(MARK).map((mark) => mark.length));

/** The terminal text: verdict line, blockers with evidence and fix, one line per criterion. */
export function renderReadinessText(report: ReadinessReport): string {
  const lines = [
    `${report.verdict} for ${report.sha}${report.pilot ? ` (pilot ${report.pilot.name})` : ""}`,
    "",
  ];
  for (const c of report.criteria) {
    const waiver = c.waiver ? ` [waived by ${c.waiver.by} until ${c.waiver.until}]` : "";
    lines.push(
      `  ${MARK[c.status].padEnd(MARK_WIDTH)} ${c.id.padEnd(18)} ${c.level.padEnd(9)} ${c.summary}${waiver}`,
    );
  }
  if (report.blockers.length > 0) {
    lines.push("", `Blockers (${report.blockers.length}):`);
    for (const c of report.criteria.filter((c) => report.blockers.includes(c.id))) {
      const textItem = (item: Item) => {
        const at = where(item);
        return item.url ? `[${item.text}](${item.url})` : `${item.text}${at ? ` (${at})` : ""}`;
      };
      lines.push(`  ${c.id}: ${c.summary}`, ...itemLines(c, textItem).map((l) => `  ${l}`));
      if (c.fix) lines.push(`    fix: ${c.fix}`);
    }
  }
  if (report.notes.length > 0) lines.push("", ...report.notes.map((n) => `note: ${n}`));
  return `${lines.join("\n")}\n`;
}
