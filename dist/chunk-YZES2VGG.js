import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  palette
} from "./chunk-T2LBRVU5.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  verdictTitle
} from "./chunk-XRWPT2AM.js";

// cli/render-text.ts
var RULE_ICON = {
  pass: "✔",
  fail: "✖",
  warn: "⚠",
  skipped: "–",
  overridden: "↷"
}, FINDING_ICON = {
  blocking: "✖",
  warning: "⚠",
  info: "ℹ"
}, SEVERITY_ORDER = ["blocking", "warning", "info"];
function renderText(verdict, options) {
  let c = palette(options.color), lines = [headline(verdict, c)];
  if (options.showRules !== !1) {
    lines.push("");
    let width = Math.max(...verdict.rules.map((rule) => rule.ruleId.length));
    for (let rule of verdict.rules) {
      let summary = ruleSummary(rule), name = summary ? rule.ruleId.padEnd(width) : rule.ruleId;
      lines.push(`  ${ruleIcon(rule.status, c)} ${name}${summary ? `  ${c.dim(summary)}` : ""}`);
    }
  }
  let bodyLines = options.body?.replace(/\r\n?/g, `
`).split(`
`);
  for (let severity of SEVERITY_ORDER)
    for (let finding of verdict.findings)
      finding.severity === severity && lines.push("", ...renderFinding(finding, c, options.bodyName ?? "body", bodyLines));
  let indent = options.indent ?? "";
  return `${lines.map((line) => line && indent + line).join(`
`)}
`;
}
function headline(verdict, c) {
  let title = verdictTitle(verdict);
  return verdict.status === "pass" ? c.bold(c.green(`✔ ${title}`)) : c.bold(c.red(`✖ ${title}`));
}
function ruleIcon(status, c) {
  let icon = RULE_ICON[status];
  return status === "pass" ? c.green(icon) : status === "fail" ? c.red(icon) : status === "warn" ? c.yellow(icon) : c.dim(icon);
}
function ruleSummary(rule) {
  if (rule.status === "skipped") return "skipped (disabled in config)";
  let parts = [];
  for (let severity of SEVERITY_ORDER) {
    let n = rule.findings.filter((f) => f.severity === severity).length;
    n !== 0 && (severity === "info" ? parts.push(`${n} note${n === 1 ? "" : "s"}`) : parts.push(`${n} ${severity}`));
  }
  return parts.join(", ");
}
function renderFinding(finding, c, bodyName, bodyLines) {
  let icon = FINDING_ICON[finding.severity], styledIcon = finding.severity === "blocking" ? c.red(icon) : finding.severity === "warning" ? c.yellow(icon) : c.blue(icon), where = location(finding, bodyName), out = [`${styledIcon} ${c.bold(finding.ruleId)}${where ? c.dim(` · ${where}`) : ""}`], message = safeText(finding.message), { what, fix } = finding.severity === "info" ? { what: message } : splitFix(message);
  out.push(`  ${code(what, c)}`), fix && out.push(`  ${c.bold("how to fix:")} ${code(fix, c)}`), finding.suggestion && out.push(`  ${c.bold("suggestion:")} ${c.cyan(safeText(finding.suggestion))}`);
  let line = finding.position?.line;
  if (finding.source === "body" && line !== void 0 && bodyLines) {
    let text = bodyLines[line - 1];
    text !== void 0 && text.trim() !== "" && out.push(c.dim(`  ${String(line).padStart(5)} │ ${clip(safeText(text), 100)}`));
  }
  return out;
}
function location(finding, bodyName) {
  let p = finding.position;
  switch (finding.source) {
    case "body":
      return p ? `${bodyName}:${p.line}:${p.column}` : bodyName;
    case "config":
      return p ? `config:${p.line}:${p.column}` : "config";
    case void 0:
      return "";
    default:
      return finding.source;
  }
}
function splitFix(message) {
  let inCode = !1, depth = 0;
  for (let i = 0; i < message.length - 1; i++) {
    let ch = message[i];
    if (ch === "`" && (inCode = !inCode), !inCode) {
      if (ch === "(") depth++;
      else if (ch === ")" && depth > 0) depth--;
      else if (ch === "." && depth === 0 && /\s/.test(message[i + 1] ?? "") && !/(?:\be\.g|\bi\.e|\betc|\bvs)$/i.test(message.slice(0, i))) {
        let fix = message.slice(i + 1).trim();
        if (fix) return { what: message.slice(0, i + 1), fix };
      }
    }
  }
  return { what: message };
}
function code(text, c) {
  return c.cyan("x") === "x" ? text : text.replace(/`([^`]+)`/g, (_, inner) => c.cyan(inner));
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export {
  renderText
};
