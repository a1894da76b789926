import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  CHECK_RUN_TEXT_BYTES,
  CHECK_RUN_TITLE_CHARS,
  ISSUE_BODY_CHARS,
  codeBlock,
  codeCell,
  codeSpan,
  fitBytes,
  fitChars,
  handle,
  inertText,
  tableCell,
  titleText
} from "./chunk-VUTGOOYN.js";

// engine/protection/output.ts
var PROTECTION_CHECK_NAME = "pilot-gate/protection", DRIFT_ISSUE_LABEL = "pilot-gate:protection-drift", DRIFT_ISSUE_TITLE = "pilot-gate: branch protection drift", LABEL = {
  Applied: "✅ Applied",
  Drifted: "⚠️ Drifted",
  Missing: "❌ Missing",
  Unavailable: "⛔ Unavailable",
  PermissionNeeded: "🔒 Permission needed",
  Error: "❌ Error"
};
function driftedBranches(report) {
  return report.branches.filter(
    (b) => b.status === "Drifted" || b.status === "Missing" && b.source === "none"
  );
}
function hasUnknownBranches(report) {
  return report.branches.some(
    (b) => b.status === "PermissionNeeded" || b.status === "Unavailable" || b.status === "Error"
  );
}
function protectionCheckRun(report, record, completedAt, detailsUrl) {
  let tier = `Scorecard tier ${report.scorecard.tier} (${report.scorecard.score}/10)`, lines = [
    `## Branch protection: ${LABEL[report.status]}`,
    "",
    `Policy: \`drift: ${record.policy}\`, mode \`${report.mode}\`. Lowest ${tier}.`,
    "",
    "| Branch | Status | From | Scorecard |",
    "| --- | --- | --- | --- |",
    ...report.branches.map(
      (b) => `| ${codeCell(b.branch)} | ${LABEL[b.status]} | ${b.source} | tier ${b.scorecard.tier} (${b.scorecard.score}/10) |`
    )
  ];
  for (let branch of report.branches) {
    if (branch.status === "Applied" && branch.diff.length === 0) continue;
    lines.push(
      "",
      `### ${codeSpan(branch.branch)}: ${LABEL[branch.status]}`,
      "",
      inertText(branch.message)
    ), branch.status !== "Applied" && branch.diff.length > 0 && lines.push("", ...diffTable(branch.diff));
    let next = branch.scorecard.next[0];
    next && lines.push("", `Next Scorecard tier needs: ${inertText(next)}`);
  }
  record.rewritten.length > 0 && lines.push("", ...receipt(record)), record.reported && lines.push(
    "",
    "### Left as is (`drift: report`)",
    "",
    `${describeTrigger(record.trigger)}. pilot-gate did not change it${record.issue !== void 0 ? `; see #${record.issue}` : ""}. Restore the settings, run \`pilot-gate protection sync\`, or set \`protection.drift: enforce\`.`
  );
  let failed = report.writes.filter((w) => w.outcome === "failed");
  if (failed.length > 0) {
    lines.push("", "### Writes that failed", "");
    for (let write of failed) lines.push(`- ${write.method} ${inertText(write.path)}`);
  }
  return {
    name: PROTECTION_CHECK_NAME,
    conclusion: report.status === "Applied" ? "success" : "failure",
    completedAt: completedAt.toISOString(),
    title: `Protection ${report.status === "PermissionNeeded" ? "permission needed" : report.status.toLowerCase()}; ${tier}`,
    summary: fitBytes(`${lines.join(`
`)}
`, CHECK_RUN_TEXT_BYTES),
    text: fitBytes(`${codeBlock(JSON.stringify(report, null, 2), "json")}
`, CHECK_RUN_TEXT_BYTES),
    annotations: [],
    actions: [],
    ...detailsUrl !== void 0 ? { detailsUrl } : {}
  };
}
function protectionErrorCheckRun(reason, completedAt) {
  let oneLine = reason.replace(/\s+/g, " ").trim();
  return {
    name: PROTECTION_CHECK_NAME,
    conclusion: "failure",
    completedAt: completedAt.toISOString(),
    title: titleText(`Protection not checked: ${oneLine}`, CHECK_RUN_TITLE_CHARS),
    summary: fitBytes(
      `## Branch protection: not checked

${inertText(oneLine)}

Nothing was written. Fix the cause above; the next push to the default branch, protection change or scheduled \`pilot-gate protection sync\` checks again.
`,
      CHECK_RUN_TEXT_BYTES
    ),
    annotations: [],
    actions: []
  };
}
function driftIssueBody(report, trigger) {
  let lines = [
    `Branch protection of ${inertText(report.repository)} differs from \`protection:\` in \`.github/pilot-gate.yml\`. The config says \`drift: report\`, so pilot-gate left it as is.`,
    "",
    `Last seen: ${describeTrigger(trigger)}.`
  ];
  for (let branch of driftedBranches(report))
    lines.push(
      "",
      `### ${codeSpan(branch.branch)}: ${LABEL[branch.status]}`,
      "",
      inertText(branch.message),
      ""
    ), lines.push(...diffTable(branch.diff));
  return lines.push(
    "",
    "To fix: restore these settings, run `pilot-gate protection sync`, or set `protection.drift: enforce` so pilot-gate re-applies them. This issue closes itself once every branch matches."
  ), fitChars(`${lines.join(`
`)}
`, ISSUE_BODY_CHARS);
}
function resolvedIssueBody(previous, trigger) {
  return fitChars(
    `**Resolved**: branch protection matches the config again (${describeTrigger(trigger)}).

---

${previous}`,
    ISSUE_BODY_CHARS
  );
}
function receipt(record) {
  let { trigger } = record, lines = [
    "### Receipt",
    "",
    trigger.reason !== "installed" && trigger.reason !== "config" ? `${describeTrigger(trigger)}; pilot-gate re-applied the config (\`drift: enforce\`).` : `${describeTrigger(trigger)}; pilot-gate applied the config.`,
    "",
    "| Branch | Setting | Was | Now |",
    "| --- | --- | --- | --- |"
  ];
  for (let branch of record.rewritten)
    for (let diff of branch.diff)
      lines.push(
        `| ${codeCell(branch.branch)} | ${codeCell(diff.field)} | ${show(diff.actual)} | ${show(diff.desired)} |`
      );
  return lines;
}
function describeTrigger(trigger) {
  let who = trigger.sender ? ` by ${handle(trigger.sender)}` : "";
  return `${codeSpan(trigger.event)}${who} at ${inertText(trigger.at)}`;
}
function diffTable(diff) {
  return [
    "| Setting | Actual | Desired |",
    "| --- | --- | --- |",
    ...diff.map((d) => `| ${codeCell(d.field)} | ${show(d.actual)} | ${show(d.desired)} |`)
  ];
}
function show(value) {
  let text = Array.isArray(value) ? value.length > 0 ? value.join(", ") : "none" : String(value);
  return tableCell(text);
}

export {
  PROTECTION_CHECK_NAME,
  DRIFT_ISSUE_LABEL,
  DRIFT_ISSUE_TITLE,
  driftedBranches,
  hasUnknownBranches,
  protectionCheckRun,
  protectionErrorCheckRun,
  driftIssueBody,
  resolvedIssueBody
};
