import {
  CHECK_RUN_TEXT_BYTES,
  CHECK_RUN_TITLE_CHARS,
  fitBytes,
  fitChars,
  ISSUE_BODY_CHARS,
} from "../../core/github-limits.js";
import type { DriftPolicy } from "../../core/protection/config.js";
import type {
  BranchStatus,
  FieldDiff,
  ProtectionReport,
  ProtectionStatus,
} from "../../core/protection/index.js";
import {
  codeBlock,
  codeCell,
  codeSpan,
  handle,
  inertText,
  tableCell,
  titleText,
} from "../../core/render/escape.js";
import type { CheckRunWrite } from "../../github/client.js";

/** The check run readiness reads: one per sync, on the default branch's head commit. */
export const PROTECTION_CHECK_NAME = "pilot-gate/protection";

/** The label that marks the one drift issue per repository (drift: report). */
export const DRIFT_ISSUE_LABEL = "pilot-gate:protection-drift";
export const DRIFT_ISSUE_TITLE = "pilot-gate: branch protection drift";

const LABEL: Record<ProtectionStatus, string> = {
  Applied: "✅ Applied",
  Drifted: "⚠️ Drifted",
  Missing: "❌ Missing",
  Unavailable: "⛔ Unavailable",
  PermissionNeeded: "🔒 Permission needed",
  Error: "❌ Error",
};

/** Why a sync ran, who caused it and when: the receipt's facts. */
export interface SyncTrigger {
  /**
   * `installed` and `config` apply the config; `hand-edit`, `rerun` (the
   * check's Re-run) and `scheduled` (the App's reconcile) follow
   * `protection.drift`.
   */
  reason: "installed" | "config" | "hand-edit" | "rerun" | "scheduled";
  /** The webhook event, e.g. `branch_protection_rule.edited`. */
  event: string;
  /** Who sent the event, e.g. the person who edited protection. */
  sender: string | undefined;
  /** When it happened: the rule's or ruleset's `updated_at`, else the time the App received it. */
  at: string;
}

/** What the App did after reading, for the check run and the log. */
export interface SyncRecord {
  policy: DriftPolicy;
  trigger: SyncTrigger;
  /** The branches a write covered, with what differed before it: the receipt. */
  rewritten: BranchStatus[];
  /** Drift left in place (drift: report on a hand edit). */
  reported: boolean;
  issue?: number | undefined;
}

/** Branches that differ from the config in a way a write fixes. */
export function driftedBranches(report: ProtectionReport): BranchStatus[] {
  return report.branches.filter(
    (b) => b.status === "Drifted" || (b.status === "Missing" && b.source === "none"),
  );
}

/** True when some branch could not be read, so whether it drifted is unknown. */
export function hasUnknownBranches(report: ProtectionReport): boolean {
  return report.branches.some(
    (b) => b.status === "PermissionNeeded" || b.status === "Unavailable" || b.status === "Error",
  );
}

/**
 * The `pilot-gate/protection` check: success only when every branch is
 * Applied; anything else, Missing and Unavailable included, fails, so that
 * readiness never reads an unknown as a pass. The summary has a row per
 * branch with its Scorecard tier, the settings that differ, the receipt of
 * any re-apply, and the report (protection-status.schema.json) in `text`.
 */
export function protectionCheckRun(
  report: ProtectionReport,
  record: SyncRecord,
  completedAt: Date,
  detailsUrl?: string,
): CheckRunWrite {
  const tier = `Scorecard tier ${report.scorecard.tier} (${report.scorecard.score}/10)`;
  const lines = [
    `## Branch protection: ${LABEL[report.status]}`,
    "",
    `Policy: \`drift: ${record.policy}\`, mode \`${report.mode}\`. Lowest ${tier}.`,
    "",
    "| Branch | Status | From | Scorecard |",
    "| --- | --- | --- | --- |",
    ...report.branches.map(
      (b) =>
        `| ${codeCell(b.branch)} | ${LABEL[b.status]} | ${b.source} | tier ${b.scorecard.tier} (${b.scorecard.score}/10) |`,
    ),
  ];
  for (const branch of report.branches) {
    if (branch.status === "Applied" && branch.diff.length === 0) continue;
    lines.push(
      "",
      `### ${codeSpan(branch.branch)}: ${LABEL[branch.status]}`,
      "",
      inertText(branch.message),
    );
    if (branch.status !== "Applied" && branch.diff.length > 0)
      lines.push("", ...diffTable(branch.diff));
    const next = branch.scorecard.next[0];
    if (next) lines.push("", `Next Scorecard tier needs: ${inertText(next)}`);
  }
  if (record.rewritten.length > 0) lines.push("", ...receipt(record));
  if (record.reported) {
    lines.push(
      "",
      "### Left as is (`drift: report`)",
      "",
      `${describeTrigger(record.trigger)}. pilot-gate did not change it${record.issue !== undefined ? `; see #${record.issue}` : ""}. Restore the settings, run \`pilot-gate protection sync\`, or set \`protection.drift: enforce\`.`,
    );
  }
  const failed = report.writes.filter((w) => w.outcome === "failed");
  if (failed.length > 0) {
    lines.push("", "### Writes that failed", "");
    for (const write of failed) lines.push(`- ${write.method} ${inertText(write.path)}`);
  }
  return {
    name: PROTECTION_CHECK_NAME,
    conclusion: report.status === "Applied" ? "success" : "failure",
    completedAt: completedAt.toISOString(),
    title: `Protection ${report.status === "PermissionNeeded" ? "permission needed" : report.status.toLowerCase()}; ${tier}`,
    summary: fitBytes(`${lines.join("\n")}\n`, CHECK_RUN_TEXT_BYTES),
    text: fitBytes(`${codeBlock(JSON.stringify(report, null, 2), "json")}\n`, CHECK_RUN_TEXT_BYTES),
    annotations: [],
    actions: [],
    ...(detailsUrl !== undefined ? { detailsUrl } : {}),
  };
}

/** A failing check for a sync that could not run (a broken config, a failed request). */
export function protectionErrorCheckRun(reason: string, completedAt: Date): CheckRunWrite {
  const oneLine = reason.replace(/\s+/g, " ").trim();
  return {
    name: PROTECTION_CHECK_NAME,
    conclusion: "failure",
    completedAt: completedAt.toISOString(),
    title: titleText(`Protection not checked: ${oneLine}`, CHECK_RUN_TITLE_CHARS),
    summary: fitBytes(
      `## Branch protection: not checked\n\n${inertText(oneLine)}\n\nNothing was written. Fix the cause above; the next push to the default branch, protection change or scheduled \`pilot-gate protection sync\` checks again.\n`,
      CHECK_RUN_TEXT_BYTES,
    ),
    annotations: [],
    actions: [],
  };
}

/** The drift issue's body: the branches that differ, who changed them, and how it closes. */
export function driftIssueBody(report: ProtectionReport, trigger: SyncTrigger): string {
  const lines = [
    `Branch protection of ${inertText(report.repository)} differs from \`protection:\` in \`.github/pilot-gate.yml\`. The config says \`drift: report\`, so pilot-gate left it as is.`,
    "",
    `Last seen: ${describeTrigger(trigger)}.`,
  ];
  for (const branch of driftedBranches(report)) {
    lines.push(
      "",
      `### ${codeSpan(branch.branch)}: ${LABEL[branch.status]}`,
      "",
      inertText(branch.message),
      "",
    );
    lines.push(...diffTable(branch.diff));
  }
  lines.push(
    "",
    "To fix: restore these settings, run `pilot-gate protection sync`, or set `protection.drift: enforce` so pilot-gate re-applies them. This issue closes itself once every branch matches.",
  );
  return fitChars(`${lines.join("\n")}\n`, ISSUE_BODY_CHARS);
}

/** The drift issue's body once protection matches again. */
export function resolvedIssueBody(previous: string, trigger: SyncTrigger): string {
  return fitChars(
    `**Resolved**: branch protection matches the config again (${describeTrigger(trigger)}).\n\n---\n\n${previous}`,
    ISSUE_BODY_CHARS,
  );
}

function receipt(record: SyncRecord): string[] {
  const { trigger } = record;
  const lines = [
    "### Receipt",
    "",
    trigger.reason !== "installed" && trigger.reason !== "config"
      ? `${describeTrigger(trigger)}; pilot-gate re-applied the config (\`drift: enforce\`).`
      : `${describeTrigger(trigger)}; pilot-gate applied the config.`,
    "",
    "| Branch | Setting | Was | Now |",
    "| --- | --- | --- | --- |",
  ];
  for (const branch of record.rewritten) {
    for (const diff of branch.diff) {
      lines.push(
        `| ${codeCell(branch.branch)} | ${codeCell(diff.field)} | ${show(diff.actual)} | ${show(diff.desired)} |`,
      );
    }
  }
  return lines;
}

function describeTrigger(trigger: SyncTrigger): string {
  const who = trigger.sender ? ` by ${handle(trigger.sender)}` : "";
  return `${codeSpan(trigger.event)}${who} at ${inertText(trigger.at)}`;
}

function diffTable(diff: readonly FieldDiff[]): string[] {
  return [
    "| Setting | Actual | Desired |",
    "| --- | --- | --- |",
    ...diff.map((d) => `| ${codeCell(d.field)} | ${show(d.actual)} | ${show(d.desired)} |`),
  ];
}

function show(value: FieldDiff["desired"]): string {
  const text = Array.isArray(value)
    ? value.length > 0
      ? value.join(", ")
      : "none"
    : String(value);
  return tableCell(text);
}
