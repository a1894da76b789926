import { CELL_MAX_CHARS, codeBlock, codeSpan, inertText } from "../../render/escape.js";
import { code, md, tableHead, tableRow } from "../../render/table.js";
import { PLAIN, type TextStyle } from "../../render/text-style.js";
import { describeValue } from "./environment.js";
import type {
  ParityCheck,
  ParityCounts,
  ParityPair,
  ParityReport,
  ParityStatus,
} from "./report.js";

const ICON: Record<ParityStatus, string> = {
  match: "✅",
  drift: "❌",
  expected: "🟡",
  not_checked: "➖",
  error: "⛔",
};

const WORD: Record<ParityStatus, string> = {
  match: "match",
  drift: "drift",
  expected: "expected",
  not_checked: "not checked",
  error: "error",
};

/** Drift rows shown in the job summary before the rest is left to the JSON report (summaries are capped at 1 MiB). */
const MAX_ROWS = 300;

/** `3 drift, 5 match, 1 expected`: the non-zero counts, worst first. */
export function countsInWords(counts: ParityCounts): string {
  const parts = (["error", "drift", "expected", "match", "not_checked"] as const)
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${WORD[status]}`);
  return parts.length > 0 ? parts.join(", ") : "nothing compared";
}

/** The one-line verdict, for a step's failure message and the summary's heading. */
export function parityTitle(report: ParityReport): string {
  const names = report.environments.map((env) => env.name ?? env.file).join(", ");
  switch (report.status) {
    case "pass":
      return `Parity: ${names} match (${countsInWords(report.counts)})`;
    case "drift":
      return `Parity: ${report.counts.drift} drift${report.counts.drift === 1 ? "" : "s"} between ${names}`;
    case "error":
      return `Parity: could not compare ${names}; nothing was judged as in parity`;
  }
}

type Row = { pair: ParityPair; facet: string; check: ParityCheck };

function rows(report: ParityReport, status: ParityStatus): Row[] {
  return report.pairs.flatMap((pair) =>
    pair.facets.flatMap((facet) =>
      facet.checks
        .filter((check) => check.status === status)
        .map((check) => ({ pair, facet: facet.facet, check })),
    ),
  );
}

/** A value in a table cell, as code; `_(none)_` when the environment does not have it. */
function valueCell(value: unknown, present: boolean): string {
  return present ? codeSpan(describeValue(value), CELL_MAX_CHARS) : "_(none)_";
}

/** `production → staging`, for a line (`markdownCell` it for a table). */
function pairText(pair: ParityPair): string {
  return `${inertText(pair.reference)} → ${inertText(pair.target)}`;
}

/**
 * The report as Markdown for a job summary: the verdict, then every drift
 * with both values and how to resolve it, then errors, declared
 * differences, what was not checked, and a facet table per pair.
 */
export function renderParityMarkdown(report: ParityReport): string {
  const icon = report.status === "pass" ? "✅" : report.status === "drift" ? "❌" : "⛔";
  const out: string[] = [`## ${icon} ${inertText(parityTitle(report))}`, ""];
  if (report.reference) {
    out.push(
      `Reference: **${inertText(report.reference)}**; expiry dates compared with ${inertText(report.today)}.`,
      "",
    );
  }
  if (report.errors.length > 0) {
    out.push("### ⛔ Inputs that could not be read", "");
    for (const error of report.errors) {
      out.push(codeBlock(error.message), "");
    }
  }
  const drifts = rows(report, "drift");
  if (drifts.length > 0) {
    out.push(
      "### ❌ Drift",
      "",
      tableHead(["Environments", "Facet", "Key", "Reference", "Compared", "How to resolve"]),
    );
    for (const { pair, facet, check } of drifts.slice(0, MAX_ROWS)) {
      const note = check.expected?.expired
        ? ` ${inertText(`(declared difference expired on ${check.expected.expires})`, CELL_MAX_CHARS)}`
        : check.rule
          ? ` ${inertText(`(one-way: on in ${check.rule.when} ⇒ on in ${check.rule.requires})`, CELL_MAX_CHARS)}`
          : "";
      out.push(
        tableRow([
          md(pairText(pair)),
          facet,
          md(`${codeSpan(check.key, CELL_MAX_CHARS)}${note}`),
          md(valueCell(check.reference, "reference" in check)),
          md(valueCell(check.target, "target" in check)),
          check.resolve ?? "",
        ]),
      );
    }
    if (drifts.length > MAX_ROWS) {
      out.push("", `_…and ${drifts.length - MAX_ROWS} more drifts in the JSON report._`);
    }
    out.push("");
  }
  const errors = rows(report, "error");
  if (errors.length > 0) {
    out.push("### ⛔ Values that could not be compared", "");
    for (const { pair, facet, check } of errors.slice(0, MAX_ROWS)) {
      out.push(
        `- ${pairText(pair)}, ${facet} ${codeSpan(check.key)}: ${inertText(check.message)}. ${inertText(check.resolve ?? "")}`,
      );
    }
    out.push("");
  }
  const expected = rows(report, "expected");
  if (expected.length > 0) {
    out.push(
      "### 🟡 Expected differences",
      "",
      tableHead([
        "Environments",
        "Facet",
        "Key",
        "Reference",
        "Compared",
        "Owner",
        "Reason",
        "Expires",
      ]),
    );
    for (const { pair, facet, check } of expected.slice(0, MAX_ROWS)) {
      out.push(
        tableRow([
          md(pairText(pair)),
          facet,
          code(check.key),
          md(valueCell(check.reference, "reference" in check)),
          md(valueCell(check.target, "target" in check)),
          check.expected?.owner ?? "",
          check.expected?.reason ?? "",
          check.expected?.expires ?? "",
        ]),
      );
    }
    out.push("");
  }
  const skipped = report.pairs.flatMap((pair) =>
    pair.facets
      .filter((facet) => facet.why !== undefined)
      .map((facet) => `- ${pairText(pair)}, ${facet.facet}: ${inertText(facet.why ?? "")}`),
  );
  if (skipped.length > 0) out.push("### ➖ Not checked", "", ...skipped, "");

  if (report.pairs.length > 0) {
    out.push("### Facets", "", tableHead(["Environments", "Facet", "Status", "Keys"]));
    for (const pair of report.pairs) {
      for (const facet of pair.facets) {
        const counts = facet.checks.length > 0 ? countsOf(facet.checks) : "";
        out.push(
          tableRow([
            md(pairText(pair)),
            facet.facet,
            `${ICON[facet.status]} ${WORD[facet.status]}`,
            counts,
          ]),
        );
      }
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

function countsOf(checks: readonly ParityCheck[]): string {
  const counts: ParityCounts = { match: 0, drift: 0, expected: 0, not_checked: 0, error: 0 };
  for (const check of checks) counts[check.status] += 1;
  return countsInWords(counts);
}

/**
 * The report as terminal text: per pair, drifts and errors first with how
 * to resolve each, then expected differences, then one line per facet.
 */
export function renderParityText(report: ParityReport, style: TextStyle = PLAIN): string {
  const s = style;
  const paint: Record<ParityStatus, (t: string) => string> = {
    match: s.green,
    drift: s.red,
    expected: s.yellow,
    not_checked: s.dim,
    error: s.red,
  };
  const out: string[] = [];
  for (const error of report.errors) out.push(s.red(error.message));
  if (report.errors.length > 0) out.push("");
  for (const pair of report.pairs) {
    out.push(
      `${s.bold(`${pair.reference} → ${pair.target}`)}: ${paint[pair.status === "pass" ? "match" : pair.status](pair.status)} (${countsInWords(pair.counts)})`,
    );
    for (const status of ["error", "drift", "expected"] as const) {
      for (const facet of pair.facets) {
        for (const check of facet.checks.filter((c) => c.status === status)) {
          out.push(`  ${paint[status](WORD[status].padEnd(8))} ${facet.facet}: ${check.message}`);
          if (check.resolve) out.push(s.dim(`           fix: ${check.resolve}`));
        }
      }
    }
    for (const facet of pair.facets) {
      const detail = facet.why ?? (facet.checks.length > 0 ? countsOf(facet.checks) : "");
      out.push(
        `  ${paint[facet.status](WORD[facet.status].padEnd(11))} ${facet.facet.padEnd(13)} ${s.dim(detail)}`,
      );
    }
    out.push("");
  }
  const verdict = report.status === "pass" ? s.green : report.status === "drift" ? s.red : s.red;
  out.push(s.bold(verdict(parityTitle(report))));
  return `${out.join("\n")}\n`;
}
