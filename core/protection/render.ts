import type { FieldDiff, ProtectionReport } from "./report.js";

/**
 * The report as terminal text: a line per branch with its status, source
 * and Scorecard tier, the settings that differ as `key: actual -> desired`,
 * the writes (planned or done), and a last line that sums it up.
 */
export function renderProtectionText(report: ProtectionReport): string {
  const lines: string[] = [
    `Branch protection of ${report.repository} (${report.mode}${report.dry_run ? ", dry run: nothing written" : ""})`,
    "",
  ];
  for (const branch of report.branches) {
    const tier = `Scorecard tier ${branch.scorecard.tier} (${branch.scorecard.score}/10)`;
    const from = branch.source === "unknown" ? "" : `, from ${branch.source}`;
    lines.push(`${branch.branch}: ${branch.status}${from}; ${tier}`);
    lines.push(`  ${branch.message}`);
    for (const diff of branch.diff) lines.push(`  ${describeDiff(diff)}`);
  }
  if (report.writes.length > 0) {
    lines.push("");
    const verb = report.dry_run ? "sync would write" : "wrote";
    for (const write of report.writes) {
      const result = write.outcome === "failed" ? " (failed)" : "";
      lines.push(`${verb}: ${write.method} ${write.path}${result}`);
    }
  }
  lines.push("", summary(report), "");
  return lines.join("\n");
}

function describeDiff(diff: FieldDiff): string {
  const show = (value: FieldDiff["desired"]) =>
    Array.isArray(value) ? (value.length > 0 ? value.join(", ") : "none") : String(value);
  return `${diff.field}: ${show(diff.actual)} -> ${show(diff.desired)}`;
}

function summary(report: ProtectionReport): string {
  const counts = new Map<string, number>();
  for (const branch of report.branches) {
    counts.set(branch.status, (counts.get(branch.status) ?? 0) + 1);
  }
  const parts = [...counts].map(([status, n]) => `${n} ${status}`).join(", ");
  const tier = `lowest Scorecard tier ${report.scorecard.tier} (${report.scorecard.score}/10)`;
  const next =
    report.dry_run && report.writes.length > 0 ? "; run `pilot-gate protection sync` to apply" : "";
  return `Protection: ${report.status} (${parts}); ${tier}${next}`;
}
