import { fingerprintOf } from "../fingerprint.js";
import { CHECK_RUN_TEXT_BYTES } from "../github-limits.js";
import type { Finding, Receipt, RuleResult, Verdict } from "../types.js";
import { CELL_MAX_CHARS, codeSpan, handle, inertText, truncateMarkdown } from "./escape.js";
import { code, md, tableHead, tableRow } from "./table.js";

const STATUS_ICON: Record<RuleResult["status"], string> = {
  pass: "✅ pass",
  fail: "❌ fail",
  warn: "⚠️ warning",
  skipped: "➖ skipped",
  overridden: "↪️ overridden",
};

const SEVERITY_ICON: Record<Finding["severity"], string> = {
  blocking: "❌",
  warning: "⚠️",
  info: "ℹ️",
};

const OVERRIDDEN_ICON = "↪️";

/** Share of the byte limit the overrides and receipts may take, so findings always get the rest. */
const TAIL_SHARE = 0.4;

const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function isOpenBlocking(finding: Finding): boolean {
  return finding.severity === "blocking" && !finding.acceptedBy;
}

/** Rules with at least one finding an override accepted. */
function overriddenRules(verdict: Verdict): number {
  const ids = new Set<string>();
  for (const finding of verdict.findings) if (finding.acceptedBy) ids.add(finding.ruleId);
  return ids.size;
}

/** A one-line headline for a verdict, used as the check run title. */
export function verdictTitle(verdict: Verdict): string {
  const blocking = verdict.findings.filter(isOpenBlocking).length;
  const warnings = verdict.findings.filter((f) => f.severity === "warning").length;
  const overridden = overriddenRules(verdict);
  const overriddenText = overridden > 0 ? `${plural(overridden, "rule")} overridden` : "";
  if (verdict.status === "pass") {
    const parts = [overriddenText, warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean);
    if (parts.length === 0) return "Ready to merge: every rule passes";
    return overridden > 0
      ? `Ready to merge: ${parts.join(", ")}`
      : `Ready to merge, ${parts.join(", ")}`;
  }
  const open = verdict.findings.filter(isOpenBlocking);
  const waitingFor = open.flatMap((f) => f.waitingFor ?? []);
  const waiting = waitingFor.length > 0 ? `waiting for: ${waitingFor.join(", ")}` : "";
  // Only CI still running: nothing to fix yet, so the title says what is awaited.
  if (waiting && open.every((f) => f.waitingFor)) {
    return overridden > 0 ? `${waiting}; ${overriddenText}` : waiting;
  }
  const fix = blocking - open.filter((f) => f.waitingFor).length;
  const title = `NO_MERGE: ${plural(fix, "blocking finding")} to fix`;
  return [title, overriddenText, waiting].filter(Boolean).join(", ");
}

/**
 * Whether a verdict blocks only because required CI has not finished
 * (`Finding.waitingFor`): nothing is wrong yet, so the App adds no NO_MERGE
 * label and the failure streak does not count the commit.
 */
export function onlyWaiting(verdict: Verdict): boolean {
  const open = verdict.findings.filter(isOpenBlocking);
  return open.length > 0 && open.every((f) => f.waitingFor);
}

/**
 * Renders a verdict as GitHub Markdown for a check run summary or a job
 * summary: the headline, a table of rules, then each finding with how to fix
 * it, then the findings overrides accepted and a table of receipts. Blocking
 * findings come first. Output never exceeds `limit` bytes; when it would, the
 * rest is replaced by a note saying how many were left out. The overrides and
 * receipts get at most a share of the limit, so an audit trail is always
 * visible and never crowds out what there is to fix.
 */
export function renderMarkdown(verdict: Verdict, limit: number = CHECK_RUN_TEXT_BYTES): string {
  const head: string[] = [];
  head.push(`## ${verdict.status === "pass" ? "✅" : "❌"} ${verdictTitle(verdict)}`, "");
  head.push(tableHead(["Rule", "Result", "Findings"]));
  for (const rule of verdict.rules) {
    head.push(
      tableRow([code(rule.ruleId), STATUS_ICON[rule.status], md(countText(rule.findings))]),
    );
  }
  head.push("");

  const order: Finding["severity"][] = ["blocking", "warning", "info"];
  const blocks: string[] = [];
  for (const severity of order) {
    for (const rule of verdict.rules) {
      for (const finding of rule.findings) {
        if (finding.severity === severity && !finding.acceptedBy) {
          blocks.push(renderFinding(finding));
        }
      }
    }
  }

  const tail = renderTail(verdict, Math.floor(limit * TAIL_SHARE));

  let out = head.join("\n");
  if (blocks.length > 0) out += "\n### What to fix\n\n";
  let used = bytes(out);
  const reserve = 200 + bytes(tail);
  for (let i = 0; i < blocks.length; i++) {
    const block = `${blocks[i]}\n`;
    const size = bytes(block);
    if (used + size > limit - reserve) {
      const left = blocks.length - i;
      out += `\n_${left} more finding${left === 1 ? "" : "s"} not shown: GitHub limits this text to ${limit.toLocaleString("en-US")} bytes. Run \`pilot-gate check --json\` to see all._\n`;
      return out + tail;
    }
    out += block;
    used += size;
  }
  return out + tail;
}

/**
 * The "Overridden" list and the "Receipts" table, within `budget` bytes. The
 * receipts (the audit trail) are fitted first, within half the budget, newest
 * first; the overridden findings get what is left.
 */
function renderTail(verdict: Verdict, budget: number): string {
  const accepted: string[] = [];
  for (const rule of verdict.rules) {
    for (const finding of rule.findings) {
      if (finding.acceptedBy) accepted.push(`${renderAccepted(finding, finding.acceptedBy)}\n`);
    }
  }
  const receipts = verdict.receipts ?? [];

  let table = "";
  if (receipts.length > 0) {
    // Newest first, so when the table is cut it is old requests that go.
    const rows = [...receipts].reverse().map(renderReceiptRow);
    table = fitItems(
      `\n### Receipts\n\n${tableHead(["Id", "Kind", "Rule", "By", "Reason", "Commit", "Time"])}\n`,
      rows,
      Math.floor(budget / 2),
      (left) => `\n_${plural(left, "older receipt")} not shown._\n`,
    );
  }
  let list = "";
  if (accepted.length > 0) {
    list = fitItems(
      "\n### Overridden\n\n",
      accepted,
      budget - bytes(table),
      (left) => `\n_${left} more overridden finding${left === 1 ? "" : "s"} not shown._\n`,
    );
  }
  return list + table;
}

/**
 * `heading` and as many `items` as fit in `budget` bytes, then `note` for the
 * rest. Empty when not even the heading and the note fit.
 */
function fitItems(
  heading: string,
  items: readonly string[],
  budget: number,
  note: (left: number) => string,
): string {
  const reserve = bytes(note(items.length));
  let out = heading;
  let used = bytes(heading);
  if (used + reserve > budget) return "";
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as string;
    const size = bytes(item);
    if (used + size + reserve > budget) return out + note(items.length - i);
    out += item;
    used += size;
  }
  return out;
}

function countText(findings: readonly Finding[]): string {
  if (findings.length === 0) return "-";
  const parts: string[] = [];
  const open = findings.filter(isOpenBlocking).length;
  if (open > 0) parts.push(`${open} blocking`);
  const accepted = findings.filter((f) => f.acceptedBy).length;
  if (accepted > 0) parts.push(`${accepted} overridden`);
  for (const severity of ["warning", "info"] as const) {
    const n = findings.filter((f) => f.severity === severity).length;
    if (n > 0) parts.push(`${n} ${severity}`);
  }
  return parts.join(", ");
}

function renderFinding(finding: Finding): string {
  const where =
    finding.position && finding.source ? ` (${finding.source} line ${finding.position.line})` : "";
  // The fingerprint is what an override of this finding records and covers.
  const id = finding.severity === "blocking" ? ` ${codeSpan(fingerprintOf(finding))}` : "";
  const text = truncateMarkdown(finding.message, 4_000);
  return `- ${SEVERITY_ICON[finding.severity]} **${inertText(finding.ruleId)}**${id}${where}: ${text}`;
}

function renderAccepted(finding: Finding, receipt: Receipt): string {
  const text = truncateMarkdown(finding.message, 2_000);
  return `- ${OVERRIDDEN_ICON} **${inertText(finding.ruleId)}** ${codeSpan(fingerprintOf(finding))}: ${text}\n  Overridden by ${handle(receipt.actor)}: “${inertText(receipt.reason)}” (receipt ${codeSpan(receipt.id)}, commit ${codeSpan(shortSha(receipt.sha))}).`;
}

function renderReceiptRow(receipt: Receipt): string {
  const kind =
    receipt.kind === "override"
      ? `${OVERRIDDEN_ICON} override of ${(receipt.findings ?? []).map((f) => codeSpan(f)).join(", ") || "no finding"}`
      : `🚫 refusal: ${inertText(receipt.detail ?? "refused", CELL_MAX_CHARS)}`;
  const row = tableRow([
    code(receipt.id),
    md(kind),
    code(receipt.ruleId),
    md(handle(receipt.actor)),
    receipt.reason,
    code(shortSha(receipt.sha)),
    receipt.at,
  ]);
  return `${row}\n`;
}

function shortSha(sha: string): string {
  return sha.slice(0, 7);
}
