import type { Finding, RuleResult, Verdict } from "../core/index.js";
import { verdictTitle } from "../core/index.js";
import { safeText } from "../core/render/safe-text.js";
import { type Palette, palette } from "./color.js";

/** How a verdict is drawn in a terminal. */
export interface TextRenderOptions {
  color: boolean;
  /** The PR body, so a finding can quote the line it points at. */
  body?: string;
  /** What body positions are prefixed with, e.g. the body file: `pr.md:12:3`. Default `body`. */
  bodyName?: string;
  /** Prepended to every line (the demo nests verdicts under a title). */
  indent?: string;
  /** List every rule with its result under the headline. Default true. */
  showRules?: boolean;
}

const RULE_ICON: Record<RuleResult["status"], string> = {
  pass: "✔",
  fail: "✖",
  warn: "⚠",
  skipped: "–",
  overridden: "↷",
};

const FINDING_ICON: Record<Finding["severity"], string> = {
  blocking: "✖",
  warning: "⚠",
  info: "ℹ",
};

const SEVERITY_ORDER: Finding["severity"][] = ["blocking", "warning", "info"];

/**
 * Renders a verdict for a person at a terminal: the headline, one line per
 * rule, then every finding (blocking first) with where it is, how to fix it
 * and the body line it points at.
 */
export function renderText(verdict: Verdict, options: TextRenderOptions): string {
  const c = palette(options.color);
  const lines: string[] = [headline(verdict, c)];

  if (options.showRules !== false) {
    lines.push("");
    const width = Math.max(...verdict.rules.map((rule) => rule.ruleId.length));
    for (const rule of verdict.rules) {
      const summary = ruleSummary(rule);
      const name = summary ? rule.ruleId.padEnd(width) : rule.ruleId;
      lines.push(`  ${ruleIcon(rule.status, c)} ${name}${summary ? `  ${c.dim(summary)}` : ""}`);
    }
  }

  const bodyLines = options.body?.replace(/\r\n?/g, "\n").split("\n");
  for (const severity of SEVERITY_ORDER) {
    for (const finding of verdict.findings) {
      if (finding.severity !== severity) continue;
      lines.push("", ...renderFinding(finding, c, options.bodyName ?? "body", bodyLines));
    }
  }

  const indent = options.indent ?? "";
  return `${lines.map((line) => (line ? indent + line : line)).join("\n")}\n`;
}

/** `✔ Ready to merge: every rule passes` or `✖ NO_MERGE: 2 blocking findings to fix`. */
export function headline(verdict: Verdict, c: Palette): string {
  const title = verdictTitle(verdict);
  return verdict.status === "pass" ? c.bold(c.green(`✔ ${title}`)) : c.bold(c.red(`✖ ${title}`));
}

function ruleIcon(status: RuleResult["status"], c: Palette): string {
  const icon = RULE_ICON[status];
  if (status === "pass") return c.green(icon);
  if (status === "fail") return c.red(icon);
  if (status === "warn") return c.yellow(icon);
  return c.dim(icon);
}

function ruleSummary(rule: RuleResult): string {
  if (rule.status === "skipped") return "skipped (disabled in config)";
  const parts: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const n = rule.findings.filter((f) => f.severity === severity).length;
    if (n === 0) continue;
    if (severity === "info") parts.push(`${n} note${n === 1 ? "" : "s"}`);
    else parts.push(`${n} ${severity}`);
  }
  return parts.join(", ");
}

function renderFinding(
  finding: Finding,
  c: Palette,
  bodyName: string,
  bodyLines: string[] | undefined,
): string[] {
  const icon = FINDING_ICON[finding.severity];
  const styledIcon =
    finding.severity === "blocking"
      ? c.red(icon)
      : finding.severity === "warning"
        ? c.yellow(icon)
        : c.blue(icon);
  const where = location(finding, bodyName);
  const out = [`${styledIcon} ${c.bold(finding.ruleId)}${where ? c.dim(` · ${where}`) : ""}`];

  const message = safeText(finding.message);
  const { what, fix } = finding.severity === "info" ? { what: message } : splitFix(message);
  out.push(`  ${code(what, c)}`);
  if (fix) out.push(`  ${c.bold("how to fix:")} ${code(fix, c)}`);
  if (finding.suggestion)
    out.push(`  ${c.bold("suggestion:")} ${c.cyan(safeText(finding.suggestion))}`);

  const line = finding.position?.line;
  if (finding.source === "body" && line !== undefined && bodyLines) {
    const text = bodyLines[line - 1];
    if (text !== undefined && text.trim() !== "") {
      out.push(c.dim(`  ${String(line).padStart(5)} │ ${clip(safeText(text), 100)}`));
    }
  }
  return out;
}

function location(finding: Finding, bodyName: string): string {
  const p = finding.position;
  switch (finding.source) {
    case "body":
      return p ? `${bodyName}:${p.line}:${p.column}` : bodyName;
    case "config":
      return p ? `config:${p.line}:${p.column}` : "config";
    case undefined:
      return "";
    default:
      return finding.source;
  }
}

/**
 * Splits a finding's message into what is wrong (the first sentence) and how
 * to fix it (the rest). Dots inside code spans, parentheses and `e.g.` do not
 * end a sentence. A one-sentence message has no separate fix.
 */
export function splitFix(message: string): { what: string; fix?: string } {
  let inCode = false;
  let depth = 0;
  for (let i = 0; i < message.length - 1; i++) {
    const ch = message[i];
    if (ch === "`") inCode = !inCode;
    if (inCode) continue;
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    else if (
      ch === "." &&
      depth === 0 &&
      /\s/.test(message[i + 1] ?? "") &&
      !/(?:\be\.g|\bi\.e|\betc|\bvs)$/i.test(message.slice(0, i))
    ) {
      const fix = message.slice(i + 1).trim();
      if (fix) return { what: message.slice(0, i + 1), fix };
    }
  }
  return { what: message };
}

/** Shows `code` spans in cyan when colour is on; keeps the backticks otherwise. */
function code(text: string, c: Palette): string {
  const styled = c.cyan("x");
  if (styled === "x") return text;
  return text.replace(/`([^`]+)`/g, (_, inner: string) => c.cyan(inner));
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
