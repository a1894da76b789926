import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  FileTooLargeError,
  palette,
  readOptionalFile,
  readTextFile
} from "./chunk-ITIELYBV.js";
import {
  CONFIG_PATH,
  ConfigError,
  defaultConfig,
  parseConfig,
  verdictTitle
} from "./chunk-WEAOCHKA.js";
import {
  CONFIG_LIMIT,
  PR_TEMPLATE_DIRS,
  pickPrTemplateName,
  tooLargeIssue
} from "./chunk-UFSBJTVR.js";

// cli/config-file.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";

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
var UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function safeText(text) {
  return text.replace(UNSAFE_CHARS, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// cli/config-file.ts
async function loadConfig(cwd, path) {
  if (path !== void 0) {
    let text2 = await readConfigFile(cwd, path);
    return loaded(parseConfig(text2, path), path);
  }
  let text = await limitConfig(
    CONFIG_PATH,
    () => readOptionalFile(join(cwd, CONFIG_PATH), CONFIG_LIMIT, CONFIG_PATH)
  );
  return text === void 0 ? {
    config: defaultConfig(),
    file: void 0,
    description: `defaults (no ${CONFIG_PATH})`
  } : loaded(parseConfig(text, CONFIG_PATH), CONFIG_PATH);
}
function loaded(config, file) {
  let description = config._extends === void 0 ? file : `${file} alone (its _extends "${safeText(config._extends)}" is not followed here)`;
  return { config, file, description };
}
function extendsNote(file, value) {
  return `${file} extends "${value}", which is not read here: this file is used alone, without the settings it would inherit. The App and the pull-request Action follow _extends.`;
}
async function readConfigFile(cwd, path, hint = "") {
  return limitConfig(path, () => readTextFile(cwd, path, hint, CONFIG_LIMIT));
}
async function limitConfig(path, read) {
  try {
    return await read();
  } catch (error) {
    throw error instanceof FileTooLargeError ? new ConfigError(path, [tooLargeIssue(error.bytes, CONFIG_LIMIT)]) : error;
  }
}
async function findPrTemplate(cwd) {
  for (let dir of PR_TEMPLATE_DIRS) {
    let files;
    try {
      files = (await readdir(join(cwd, dir), { withFileTypes: !0 })).filter((entry) => entry.isFile()).map((entry) => entry.name);
    } catch {
      continue;
    }
    let name = pickPrTemplateName(files);
    if (!name) continue;
    let path = dir ? `${dir}/${name}` : name;
    try {
      let text = await readOptionalFile(join(cwd, path));
      if (text !== void 0) return { path, text };
    } catch {
    }
  }
}

export {
  renderText,
  safeText,
  loadConfig,
  extendsNote,
  readConfigFile,
  findPrTemplate
};
