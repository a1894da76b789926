import {
  escalationChain,
  escalationLabel,
  type FreezeRecord,
  freezeReceiptId,
  freezeRecordMarker,
  isCriticalAlert,
  readFreezeRecord,
  readRestoreReport,
  replayRun,
  restoreBreaches,
  type SecurityAlert,
  UNFREEZE_SYNTAX,
} from "../../core/incidents/index.js";
import type { Config } from "../../core/index.js";
import { codeSpan, inertText, issueRef, link, titleText } from "../../core/render/escape.js";
import type { Write } from "../../core/write-plan.js";
import { appliedOf } from "../applied.js";
import type { EventDeps } from "../event.js";
import { executePlan } from "../execute.js";
import { recordOf } from "./issues.js";

const DAY = 24 * 60 * 60_000;

/** What tripped a trigger: its id, why in one line, the evidence key and the lines that show it (already escaped). */
export interface Tripping {
  trigger: string;
  reason: string;
  /** Identifies what tripped it: the same evidence opens one freeze issue, however often reported. */
  evidence: string;
  details: string[];
  /** How far back (ISO 8601) an earlier freeze issue for the same evidence may have been opened. */
  since: string;
  /** When an earlier record covers this tripping; by default, the same evidence. */
  covers?: (record: FreezeRecord) => boolean;
  /** For repeated critical incidents: the incidents in the window, kept in the record. */
  incidents?: number[];
  /**
   * Earlier freeze issues by anyone count, not only the App's: for a freeze
   * a person may open with their own token (`pilot-gate rollback run`).
   * Still only freeze-labelled issues, which only people who may triage can
   * label.
   */
  anyAuthor?: boolean;
}

/** What a trigger check found and did. */
export type ImmediateOutcome =
  | { status: "not-tripped"; reason: string }
  | { status: "already-frozen"; issue: number }
  | { status: "tripped"; issue: number; receipt: string; applied: "written" | "planned" }
  | { status: "cleared"; issues: number[] }
  | { status: "refused"; error: string };

/**
 * Opens the freeze issue of a tripped trigger, once: an issue (open or
 * closed since `since`) the App opened for the same trigger and evidence
 * covers it, so a redelivered event or a report posted twice changes
 * nothing, and a freeze a maintainer cleared stays cleared until new
 * evidence trips it. The issue says which trigger, its evidence, and how to
 * clear it; it is labelled with the freeze label and the first level of the
 * critical chain, whose people it mentions.
 */
export async function tripTrigger(
  deps: EventDeps,
  config: Config,
  tripping: Tripping,
  now: Date,
  dryRun: boolean,
): Promise<ImmediateOutcome> {
  const settings = config.incidents;
  const earlier = (await deps.gh.listIssuesSince(settings.freeze_label, tripping.since)).find(
    (item) => {
      if (item.isPull) return false;
      const record = tripping.anyAuthor ? readFreezeRecord(item.body) : recordOf(item);
      const covers = tripping.covers ?? ((earlier) => earlier.evidence === tripping.evidence);
      return record?.kind === "trigger" && record.trigger === tripping.trigger && covers(record);
    },
  );
  if (earlier) return { status: "already-frozen", issue: earlier.number };

  const fields = {
    kind: "trigger" as const,
    trigger: tripping.trigger,
    actor: "pilot-gate",
    at: now.toISOString(),
    reason: tripping.reason,
    ...(tripping.incidents ? { incidents: tripping.incidents } : { evidence: tripping.evidence }),
  };
  const record: FreezeRecord = { ...fields, receipt: freezeReceiptId(fields) };
  const level = escalationChain(settings, "critical")[0];
  const callOut = level && level.mention.length > 0 ? `${level.mention.join(" ")}: ` : "";
  const branches = settings.freeze_branches.map((branch) => codeSpan(branch)).join(", ");
  const body = [
    `${callOut}trigger **${inertText(tripping.trigger)}** tripped: ${inertText(tripping.reason)}.`,
    "",
    ...tripping.details.map((line) => `- ${line}`),
    "",
    `Merges into ${branches} are frozen until a maintainer clears this trigger: comment \`${UNFREEZE_SYNTAX}\` here (${settings.freeze_permission} permission or higher) or close this issue. A PR from a hotfix branch that references ${inertText(tripping.trigger)} or this issue is exempt.`,
    "",
    `Receipt: ${codeSpan(record.receipt)}`,
    "",
    freezeRecordMarker(record),
  ].join("\n");
  const issue: Write = {
    kind: "create-issue",
    title: titleText(`${tripping.trigger} tripped: ${tripping.reason}`, 120),
    body,
    labels: [settings.freeze_label, ...(level ? [escalationLabel(level)] : [])],
    failure: "fails-event",
    what: `open the trigger ${tripping.trigger} freeze issue`,
  };
  const executed = await executePlan(deps, [issue], { dryRun });
  // 0 in a dry run: no issue was opened.
  const number = executed[0]?.id ?? 0;
  deps.log.warn(
    { evidence: tripping.evidence, issue: number, receipt: record.receipt },
    `trigger ${tripping.trigger} tripped: merges frozen`,
  );
  return {
    status: "tripped",
    issue: number,
    receipt: record.receipt,
    applied: appliedOf(executed) === "written" ? "written" : "planned",
  };
}

/**
 * Closes the open freeze issues of a trigger for this evidence (a security
 * alert fixed or dismissed, with `clear: resolved`), saying why.
 */
export async function clearTrigger(
  deps: EventDeps,
  config: Config,
  trigger: string,
  evidence: string,
  why: string,
  dryRun: boolean,
): Promise<ImmediateOutcome> {
  const open = (await deps.gh.listOpenIssues(config.incidents.freeze_label)).filter((item) => {
    const record = recordOf(item);
    return record?.trigger === trigger && record.evidence === evidence && !item.isPull;
  });
  if (open.length === 0) return { status: "not-tripped", reason: "no open freeze for it" };
  const closes = open.map(
    (item): Write => ({
      kind: "update-issue",
      issue: item.number,
      body: `${item.body}\n\n---\nCleared by pilot-gate: ${inertText(why)}.`,
      close: true,
      failure: "fails-event",
      what: `close the ${trigger} freeze issue #${item.number}: ${why}`,
    }),
  );
  await executePlan(deps, closes, { dryRun });
  return { status: "cleared", issues: open.map((item) => item.number) };
}

/**
 * A code-scanning or Dependabot alert changed: a critical one that is open
 * trips `triggers.security` (once per alert); one fixed or dismissed
 * clears its freeze when `triggers.security.clear` is `resolved`.
 */
export async function onSecurityAlert(
  deps: EventDeps,
  config: Config,
  alert: SecurityAlert,
  now: Date,
  dryRun: boolean,
): Promise<ImmediateOutcome> {
  const settings = config.incidents.triggers.security;
  if (!settings.enabled) return { status: "not-tripped", reason: "triggers.security is off" };
  const evidence = `${alert.source}:${alert.number}`;
  if (!alert.open) {
    if (settings.clear !== "resolved") {
      return {
        status: "not-tripped",
        reason: "closed; the freeze holds until a maintainer clears it",
      };
    }
    return clearTrigger(
      deps,
      config,
      settings.id,
      evidence,
      `${alert.source} alert #${alert.number} was closed`,
      dryRun,
    );
  }
  if (!isCriticalAlert(alert)) {
    return {
      status: "not-tripped",
      reason: `severity ${alert.severity ?? "unknown"}, not critical`,
    };
  }
  const kind = alert.source === "code-scanning" ? "code-scanning" : "Dependabot";
  return tripTrigger(
    deps,
    config,
    {
      trigger: settings.id,
      reason: `critical ${kind} alert #${alert.number} is open`,
      evidence,
      details: [
        `${kind} alert ${issueRef(alert.number, alert.url)}: ${inertText(alert.summary)}`,
        `Severity: critical; opened ${inertText(alert.createdAt)}`,
        settings.clear === "resolved"
          ? "The freeze lifts when the alert is fixed or dismissed."
          : "The freeze holds until a maintainer clears it, even once the alert is fixed.",
      ],
      since: alert.createdAt,
    },
    now,
    dryRun,
  );
}

/**
 * Critical replays on consecutive days (`triggers.replay`): issues labelled
 * with its label opened on `days` consecutive UTC days trip
 * `p0_trigger.id`, as repeated critical incidents do. One request for the
 * label's recent issues, and one for the freeze issues when tripped.
 */
export async function checkReplayTrigger(
  deps: EventDeps,
  config: Config,
  now: Date,
  dryRun: boolean,
): Promise<ImmediateOutcome> {
  const { label, days } = config.incidents.triggers.replay;
  const since = new Date(now.getTime() - (days + 1) * DAY).toISOString();
  const items = (await deps.gh.listIssuesSince(label, since)).filter((item) => !item.isPull);
  const run = replayRun(items, now, config.incidents);
  if (!run.tripped) return { status: "not-tripped", reason: `no ${days} consecutive days` };
  const byNumber = new Map(items.map((item) => [item.number, item]));
  return tripTrigger(
    deps,
    config,
    {
      trigger: config.incidents.p0_trigger.id,
      reason: `critical replay on ${days} consecutive days (${run.days[0]} to ${run.days.at(-1)})`,
      evidence: `replay:${run.days[0]}`,
      details: run.issues.map((number) => {
        const item = byNumber.get(number);
        return `${issueRef(number, item?.html_url)} "${inertText(item?.title ?? "")}" (${inertText(item?.created_at ?? "")})`;
      }),
      since,
    },
    now,
    dryRun,
  );
}

/**
 * A restore-drill report, posted by a workflow: outside `triggers.restore`
 * RPO or RTO, it trips the trigger once per drill. A report that cannot be
 * read is refused with the reason, never taken as within target.
 */
export async function checkRestoreReport(
  deps: EventDeps,
  config: Config,
  text: string,
  now: Date,
  dryRun: boolean,
): Promise<ImmediateOutcome> {
  const reading = readRestoreReport(text);
  if (!reading.ok) return { status: "refused", error: reading.error };
  const { report } = reading;
  const breaches = restoreBreaches(report, config.incidents);
  if (breaches.length === 0) return { status: "not-tripped", reason: "within RPO and RTO" };
  const settings = config.incidents.triggers.restore;
  return tripTrigger(
    deps,
    config,
    {
      trigger: settings.id,
      reason: `restore drill ${report.drill} outside its targets: ${breaches.join(", ")}`,
      evidence: `restore:${report.drill}@${report.at}`,
      details: [
        `Drill ${codeSpan(report.drill)} at ${inertText(report.at)}${report.url ? ` (${link("log", report.url)})` : ""}`,
        `Measured RPO ${report.rpo_minutes} min (target ${settings.rpo_minutes}), RTO ${report.rto_minutes} min (target ${settings.rto_minutes})`,
      ],
      since: new Date(Math.min(Date.parse(report.at), now.getTime()) - DAY).toISOString(),
    },
    now,
    dryRun,
  );
}
