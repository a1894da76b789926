import { codeBlock, codeSpan, inertText } from "../../render/escape.js";
import { code, md, tableHead, tableRow } from "../../render/table.js";
import { PLAIN, type TextStyle } from "../../render/text-style.js";
import { formatDuration } from "./evaluate.js";
import type { Scenario, SmokeReport } from "./report.js";

/**
 * GitHub refuses a job summary over 1 MiB per step. The summary stays below
 * with room to spare for anything else the step appends.
 */
export const SMOKE_SUMMARY_LIMIT = 1_000_000;

/** Room kept for the closing note about what was left out. */
const NOTE_RESERVE = 600;

/** Longest error text shown per failure in the summary; the JSON report has the rest. */
const SUMMARY_ERROR_CHARS = 1_200;

/** Failure reasons listed before "and N more". */
const MAX_REASONS = 50;

const RESULT_ICON: Record<Scenario["result"], string> = {
  passed: "✅",
  failed: "❌",
  errored: "💥",
  skipped: "➖",
  flaky: "⚠️",
};

const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `3 passed · 1 failed · …`, leaving out zeros except passed and failed. */
export function countsLine(report: SmokeReport): string {
  const c = report.counts;
  const parts = [
    `${c.executed} executed`,
    `${c.passed} passed`,
    `${c.failed} failed`,
    c.errored > 0 ? `${c.errored} errored` : "",
    c.flaky > 0 ? `${c.flaky} flaky` : "",
    c.skipped > 0 ? `${c.skipped} skipped` : "",
  ];
  return parts.filter(Boolean).join(" · ");
}

/** Failed and errored first, then flaky, then skipped, then passed; stable within each. */
const ORDER: Record<Scenario["result"], number> = {
  errored: 0,
  failed: 0,
  flaky: 1,
  skipped: 2,
  passed: 3,
};

function where(reason: SmokeReport["reasons"][number]): string {
  if (reason.file === undefined || reason.line === undefined) return "";
  return ` (${codeSpan(`${reason.file}:${reason.line}${reason.column !== undefined ? `:${reason.column}` : ""}`)})`;
}

function tagsText(scenario: Scenario): string {
  return scenario.tags.map((t) => codeSpan(t)).join(" ");
}

function meta(scenario: Scenario): string {
  return [
    scenario.result,
    `suite ${codeSpan(scenario.suite)}`,
    scenario.tags.length > 0 ? `tags ${tagsText(scenario)}` : "",
    scenario.durationMs !== undefined ? formatDuration(scenario.durationMs) : "",
    reruns(scenario),
  ]
    .filter(Boolean)
    .join(" · ");
}

export interface MarkdownOptions {
  /** Byte limit of the whole summary; default `SMOKE_SUMMARY_LIMIT`. */
  limit?: number;
  /** Where the JSON report was written, named in the note about omitted rows. */
  reportPath?: string;
}

/**
 * Renders a smoke report as GitHub Markdown for the job summary: the
 * verdict, why it failed, the commands, then failures, then flaky
 * scenarios, then a compact table of the rest. Never longer than the limit:
 * what does not fit is counted in a closing note that points at the JSON
 * report. Failures come first, so they are the last thing cut.
 */
export function renderSmokeMarkdown(report: SmokeReport, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? SMOKE_SUMMARY_LIMIT;
  const out: string[] = [];
  let used = 0;
  let full = false;
  const omitted = { failures: 0, flaky: 0, rest: 0 };
  const add = (block: string): boolean => {
    const size = bytes(block) + 1;
    if (full || used + size > limit - NOTE_RESERVE) {
      full = true;
      return false;
    }
    out.push(block);
    used += size;
    return true;
  };

  const icon = report.status === "pass" ? "✅" : "❌";
  add(`## ${icon} Smoke: ${report.status}\n\n${countsLine(report)}`);
  const suites = report.suites.expected.length > 0 ? report.suites.expected : report.suites.found;
  if (suites.length > 0) {
    add(
      `Suites: ${suites
        .map((s) => `${codeSpan(s)}${report.suites.missing.includes(s) ? " (missing)" : ""}`)
        .join(", ")}`,
    );
  }
  if (report.reasons.length > 0) {
    const shown = report.reasons.slice(0, MAX_REASONS);
    const more = report.reasons.length - shown.length;
    add(
      [
        "",
        "### Why it failed",
        "",
        ...shown.map((r) => `- ${inertText(r.message, 1_000)}${where(r)}`),
        ...(more > 0 ? [`- …and ${more} more (see the JSON report)`] : []),
      ].join("\n"),
    );
  }
  if (report.commands.length > 0) {
    const rows = report.commands.map((c) => {
      const exit =
        c.error !== undefined
          ? "❌ did not start"
          : c.exitCode === 0
            ? "✅ 0"
            : `❌ ${c.exitCode ?? c.signal ?? "?"}`;
      return tableRow([code(c.command, 300), exit, formatDuration(c.durationMs)]);
    });
    add(["", "### Commands", "", tableHead(["Command", "Exit", "Duration"]), ...rows].join("\n"));
  }

  const sorted = report.scenarios
    .map((scenario, index) => ({ scenario, index }))
    .sort((a, b) => ORDER[a.scenario.result] - ORDER[b.scenario.result] || a.index - b.index)
    .map((entry) => entry.scenario);
  const failures = sorted.filter((s) => s.result === "failed" || s.result === "errored");
  const flaky = sorted.filter((s) => s.result === "flaky");
  const rest = sorted.filter((s) => s.result === "passed" || s.result === "skipped");

  if (failures.length > 0 && add(`\n### Failures (${failures.length})\n`)) {
    for (const s of failures) {
      const block = `${RESULT_ICON[s.result]} **${inertText(s.name)}** · ${meta(s)}\n\n${codeBlock(clip(s.error ?? "", SUMMARY_ERROR_CHARS))}\n`;
      if (!add(block)) omitted.failures++;
    }
  } else omitted.failures = failures.length;
  if (flaky.length > 0 && add(`\n### Flaky (${flaky.length})\n`)) {
    for (const s of flaky) {
      const first = s.attempts[0]?.message ?? "";
      const block = `- ${RESULT_ICON.flaky} **${inertText(s.name)}** · ${meta(s)} · passed after ${plural(s.attempts.length, "failed attempt")}${first ? `: ${inertText(first, 300)}` : ""}`;
      if (!add(block)) omitted.flaky++;
    }
  } else omitted.flaky = flaky.length;
  const passed = rest.filter((s) => s.result === "passed").length;
  const skipped = rest.length - passed;
  const heading = `\n### ${[passed > 0 ? `Passed (${passed})` : "", skipped > 0 ? `Skipped (${skipped})` : ""].filter(Boolean).join(", ")}\n\n${tableHead(["", "Scenario", "Suite", "Tags", "Duration"])}`;
  if (rest.length > 0 && add(heading)) {
    for (const s of rest) {
      const row = tableRow([
        RESULT_ICON[s.result],
        s.name,
        s.suite,
        md(tagsText(s)),
        s.durationMs !== undefined ? formatDuration(s.durationMs) : "",
      ]);
      if (!add(row)) omitted.rest++;
    }
  } else omitted.rest = rest.length;

  const left = omitted.failures + omitted.flaky + omitted.rest;
  if (left > 0) {
    const parts = [
      omitted.failures > 0 ? `${omitted.failures} failed` : "",
      omitted.flaky > 0 ? `${omitted.flaky} flaky` : "",
      omitted.rest > 0 ? `${omitted.rest} passed or skipped` : "",
    ].filter(Boolean);
    const report_ = options.reportPath ? ` in ${codeSpan(options.reportPath)}` : "";
    out.push(
      `\n_${plural(left, "scenario")} not shown (${parts.join(", ")}) to keep this summary under GitHub's 1 MiB limit; every scenario is in the JSON report${report_}._`,
    );
  }
  return `${out.join("\n")}\n`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Shows control characters and bidi overrides from a report as `\u{…}` instead of acting on the terminal. */
function safe(text: string): string {
  return text.replace(UNSAFE_CHARS, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}

export interface TextOptions {
  style?: TextStyle;
  reportPath?: string;
  /** Failures and flaky scenarios listed before "and N more"; default 30. */
  maxListed?: number;
}

/** Renders a smoke report for a terminal: verdict, reasons, commands, failures, flaky. */
export function renderSmokeText(report: SmokeReport, options: TextOptions = {}): string {
  const c = options.style ?? PLAIN;
  const max = options.maxListed ?? 30;
  const lines: string[] = [];
  const verdict = report.status === "pass" ? c.green("✔ smoke: pass") : c.red("✖ smoke: fail");
  lines.push(`${c.bold(verdict)}  ${countsLine(report)}`);
  const files = report.junit.files.length;
  const suites = report.suites.expected.length > 0 ? report.suites.expected : report.suites.found;
  lines.push(
    c.dim(
      `junit:  ${plural(files, "file")}${
        files > 0
          ? ` (${report.junit.files
              .map((f) => safe(f.path))
              .slice(0, 5)
              .join(", ")}${files > 5 ? ", …" : ""})`
          : ""
      }`,
    ),
  );
  if (suites.length > 0) lines.push(c.dim(`suites: ${suites.map(safe).join(", ")}`));
  for (const command of report.commands) {
    const ok = command.error === undefined && command.exitCode === 0;
    const exit =
      command.error !== undefined
        ? "did not start"
        : `exit ${command.exitCode ?? command.signal ?? "?"}`;
    lines.push(
      `${ok ? c.green("✔") : c.red("✖")} ${safe(command.command)}  ${c.dim(`${exit}, ${formatDuration(command.durationMs)}`)}`,
    );
  }
  if (report.reasons.length > 0) {
    lines.push("", c.bold("Why it failed:"));
    for (const reason of report.reasons.slice(0, max)) {
      const at =
        reason.file !== undefined && reason.line !== undefined
          ? `${reason.file}:${reason.line}${reason.column !== undefined ? `:${reason.column}` : ""}: `
          : "";
      const message =
        at && reason.message.startsWith(reason.file ?? "")
          ? reason.message.slice((reason.file ?? "").length).trimStart()
          : reason.message;
      lines.push(`  ${c.red("✖")} ${safe(at + message)}`);
    }
    if (report.reasons.length > max) lines.push(`  …and ${report.reasons.length - max} more`);
  }
  const failures = report.scenarios.filter((s) => s.result === "failed" || s.result === "errored");
  if (failures.length > 0) {
    lines.push("", c.bold(`Failures (${failures.length}):`));
    for (const s of failures.slice(0, max)) {
      lines.push(`  ${c.red("✖")} ${safe(s.name)}  ${c.dim(scenarioMeta(s))}`);
      const first = (s.error ?? "")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .slice(0, 3);
      for (const line of first) lines.push(`      ${safe(clip(line, 200))}`);
    }
    if (failures.length > max) lines.push(`  …and ${failures.length - max} more`);
  }
  const flaky = report.scenarios.filter((s) => s.result === "flaky");
  if (flaky.length > 0) {
    lines.push("", c.bold(`Flaky (${flaky.length}), passed on a rerun:`));
    for (const s of flaky.slice(0, max)) {
      lines.push(
        `  ${c.yellow("~")} ${safe(s.name)}  ${c.dim(`${scenarioMeta(s)}, ${plural(s.attempts.length, "failed attempt")}`)}`,
      );
    }
    if (flaky.length > max) lines.push(`  …and ${flaky.length - max} more`);
  }
  if (options.reportPath) lines.push("", c.dim(`report: ${safe(options.reportPath)}`));
  return `${lines.join("\n")}\n`;
}

/** `failed 2 reruns too`, for a failure the runner retried (Surefire's rerunFailure). */
function reruns(s: Scenario): string {
  if (s.result !== "failed" && s.result !== "errored") return "";
  const n = s.attempts.length;
  return n > 0 ? `${s.result} ${plural(n, "rerun")} too` : "";
}

function scenarioMeta(s: Scenario): string {
  return [
    s.result,
    `suite ${s.suite}`,
    s.tags.length > 0 ? `tags ${s.tags.join(", ")}` : "",
    s.durationMs !== undefined ? formatDuration(s.durationMs) : "",
    reruns(s),
  ]
    .filter(Boolean)
    .join(", ");
}
