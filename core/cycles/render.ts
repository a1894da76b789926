import { CHECK_RUN_TITLE_CHARS, fitBytes } from "../github-limits.js";
import { codeSpan, inertText, issueRef, link } from "../render/escape.js";
import { safeText } from "../render/safe-text.js";
import { markdownTable, md } from "../render/table.js";
import type { CycleStatus, CyclesReport, StoryState } from "./evaluate.js";

const STORY_ICON: Record<StoryState, string> = { done: "✅", pending: "⏳", blocked: "⛔" };

function phaseWords(cycle: CycleStatus): string {
  if (cycle.phase === "upcoming") return `starts ${cycle.window.start}`;
  const met = cycle.criteria.filter((c) => c.met).length;
  const state = cycle.met
    ? "exit criteria met"
    : `${met} of ${cycle.criteria.length} exit criteria met`;
  return cycle.phase === "overdue" ? `${state}, past its end ${cycle.window.end}` : state;
}

/** `O-01: 2 of 3 exit criteria met`: the cycles not met first, for a check's title. */
export function cyclesTitle(report: CyclesReport): string {
  const started = report.cycles.filter((c) => c.phase !== "upcoming");
  if (started.length === 0) return "No cycle has started";
  const order = [...started].sort((a, b) => Number(a.met) - Number(b.met));
  const text = order.map((c) => `${c.id}: ${phaseWords(c)}`).join("; ");
  return text.length > CHECK_RUN_TITLE_CHARS
    ? `${text.slice(0, CHECK_RUN_TITLE_CHARS - 1)}…`
    : text;
}

function cycleMarkdown(cycle: CycleStatus): string[] {
  const icon = cycle.phase === "upcoming" ? "🗓️" : cycle.met ? "✅" : "❌";
  const lines = [
    `### ${icon} Cycle ${codeSpan(cycle.id)}: ${inertText(phaseWords(cycle))}`,
    "",
    `Window: ${codeSpan(cycle.window.start)} to ${codeSpan(cycle.window.end)}.`,
    "",
  ];
  if (cycle.phase === "upcoming") return [...lines, "Not started: not judged yet.", ""];
  lines.push(
    markdownTable(
      ["", "Exit criterion", "Why", "Links"],
      cycle.criteria.map((c) => [
        c.met ? "✅" : "❌",
        md(codeSpan(c.criterion)),
        c.detail,
        md(c.links.map((l) => link(l.label, l.url)).join(", ")),
      ]),
    ),
    "",
  );
  if (cycle.stories.length > 0) {
    lines.push(
      markdownTable(
        ["", "Story", "Status", "PRs", "Evidence"],
        cycle.stories.map((s) => [
          STORY_ICON[s.state],
          md(codeSpan(s.id)),
          `${s.state}: ${s.reason}`,
          md(s.pulls.map((p) => `${issueRef(p.number, p.url)} (${p.state})`).join(", ")),
          md(s.evidence ? link("pack", s.evidence.url) : "none"),
        ]),
      ),
      "",
    );
  }
  return lines;
}

/**
 * The cycle status report as Markdown (the `pilot-gate/cycle` check's
 * summary, the scheduled workflow's job summary): each cycle's exit criteria
 * met or not with links, then each story done, pending or blocked. Every
 * piece of user text goes through the escaper, and the whole fits
 * `maxBytes` (GitHub's check run limit by default).
 */
export function renderCyclesMarkdown(report: CyclesReport, maxBytes: number): string {
  const counts = { done: 0, pending: 0, blocked: 0 };
  for (const cycle of report.cycles) for (const story of cycle.stories) counts[story.state]++;
  const head = [
    `## ${report.met ? "✅" : "❌"} Cycle exit gates`,
    "",
    report.cycles.length === 0
      ? `No cycle is declared: add them under ${codeSpan("cycles:")} in .github/pilot-gate.yml.`
      : `Stories: ${counts.done} done, ${counts.pending} pending, ${counts.blocked} blocked. Judged at ${codeSpan(report.at)}; anything that could not be read counts as not met.`,
    "",
  ];
  return fitBytes([...head, ...report.cycles.flatMap(cycleMarkdown)].join("\n"), maxBytes);
}

/** The cycle status report as terminal text, for `pilot-gate cycle status`; control characters shown, not run. */
export function renderCyclesText(report: CyclesReport): string {
  const lines: string[] = [];
  if (report.cycles.length === 0) lines.push("No cycle is declared under cycles: in the config.");
  for (const cycle of report.cycles) {
    lines.push(
      `cycle ${cycle.id} (${cycle.window.start} to ${cycle.window.end}): ${phaseWords(cycle)}`,
    );
    for (const c of cycle.criteria) {
      lines.push(`  ${c.met ? "met    " : "NOT MET"} ${c.criterion}: ${c.detail}`);
      for (const l of c.links) lines.push(`           ${l.label}: ${l.url}`);
    }
    for (const s of cycle.stories) {
      lines.push(`  story ${s.id}: ${s.state} (${s.reason})`);
    }
    lines.push("");
  }
  lines.push(
    report.met
      ? "Every started cycle met its exit criteria."
      : "Some started cycle has not met its exit criteria.",
  );
  return safeText(`${lines.join("\n")}\n`);
}
