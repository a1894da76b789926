import { SEVERITIES } from "../../core/incidents/index.js";
import { CONFIG_PATH, type Config } from "../../core/index.js";
import type { IssueItem } from "../../github/client.js";
import type { EventDeps } from "../event.js";
import { failureReason } from "../verdict/evaluation-error.js";
import { type BlockedSweepReport, sweepBlocked } from "./blocked.js";
import { checkP0Trigger, type TriggerOutcome } from "./freeze.js";
import { checkReplayTrigger, type ImmediateOutcome } from "./immediate-triggers.js";
import { escalateIncident, type IncidentSlaResult } from "./sla.js";

/** Something a sweep could not check, and why (the sentence says what to do). */
export interface SweepError {
  /** Which check failed: an incident's SLA clocks, a blocked item, the repeated-P0 trigger or the replay trigger. */
  part: "sla" | "blocked" | "trigger" | "replay";
  /** The issue, when the failure was about one; absent when a list could not be read. */
  number?: number;
  url?: string;
  /** The label (a severity label, or the blocked label) whose list could not be read. */
  label?: string;
  reason: string;
}

/** What one sweep of a repository's open incidents found and did. */
export interface SweepReport {
  version: 1;
  kind: "incidents-sweep";
  repository: string;
  /** ISO 8601: the instant the clocks were read at. */
  at: string;
  /** `incidents.enabled`: when false, the sweep read and wrote nothing. */
  enabled: boolean;
  dryRun: boolean;
  incidents: IncidentSlaResult[];
  /** The open items labelled blocked: their fields and how long they have been blocked. */
  blocked: { items: BlockedSweepReport["items"]; escalated: number };
  /** The repeated-P0 trigger; null when it could not be checked (the reason is in `errors`). */
  trigger: TriggerOutcome | null;
  /** The critical-replay trigger (`incidents.triggers.replay`); null when it could not be checked. */
  replay: ImmediateOutcome | null;
  errors: SweepError[];
  /** How many incidents were escalated (or would be, in a dry run); blocked items count in `blocked`. */
  escalated: number;
  /** Requests the sweep made. */
  requests: number;
}

/**
 * What the App does on events, for the issues no event touched lately:
 * checks every open incident of the repository (open issues carrying a
 * severity label; PRs are skipped) and escalates those whose SLA clocks
 * call for it, one level each; checks every open blocked item
 * (`sweepBlocked`); and checks the repeated-P0 trigger (`checkP0Trigger`)
 * and the critical-replay trigger (`checkReplayTrigger`), so a trigger the
 * App missed (it was down, or the issue was labelled while the protocol was
 * off) still freezes. Each step is idempotent, so
 * sweeping twice writes nothing new. One failure is reported and the rest
 * is still checked. Does nothing while `incidents.enabled` is off. A dry
 * run (`dryRun`, which the caller decides with `isDryRun` from its option
 * and `check.dry_run`) writes nothing.
 */
export async function sweepIncidents(
  deps: EventDeps,
  config: Config,
  now: Date,
  { dryRun }: { dryRun: boolean },
): Promise<SweepReport> {
  const requestsBefore = deps.gh.requests;
  const report: SweepReport = {
    version: 1,
    kind: "incidents-sweep",
    repository: `${deps.repo.owner}/${deps.repo.repo}`,
    at: now.toISOString(),
    enabled: config.incidents.enabled,
    dryRun,
    incidents: [],
    blocked: { items: [], escalated: 0 },
    trigger: null,
    replay: null,
    errors: [],
    escalated: 0,
    requests: 0,
  };
  if (!config.incidents.enabled) {
    deps.log.info(`incidents.enabled is off in ${CONFIG_PATH}: nothing was swept`);
    return report;
  }

  const issues = await openIncidents(deps, config, report.errors);
  // Shared across incidents: the same people answer on most of them.
  const permissions = new Map<string, string>();
  for (const issue of issues) {
    try {
      const result = await escalateIncident(deps, config, issue, now, {
        dryRun,
        permissions,
      });
      report.incidents.push(result);
      if (result.escalation) report.escalated++;
    } catch (error) {
      const reason = failureReason(error);
      deps.log.warn({ err: error, number: issue.number }, `#${issue.number}: ${reason}`);
      report.errors.push({ part: "sla", number: issue.number, url: issue.html_url, reason });
    }
  }

  const blocked = await sweepBlocked(deps, config, now, { dryRun });
  report.blocked = { items: blocked.items, escalated: blocked.escalated };
  for (const error of blocked.errors) {
    report.errors.push({
      part: "blocked",
      ...(error.number === undefined ? { label: config.incidents.blocked.label } : {}),
      ...error,
    });
  }

  try {
    report.trigger = await checkP0Trigger(deps, config, now, dryRun);
  } catch (error) {
    const reason = failureReason(error);
    deps.log.warn({ err: error }, `trigger ${config.incidents.p0_trigger.id}: ${reason}`);
    report.errors.push({ part: "trigger", reason });
  }
  try {
    report.replay = await checkReplayTrigger(deps, config, now, dryRun);
  } catch (error) {
    const reason = failureReason(error);
    deps.log.warn({ err: error }, `critical replay trigger: ${reason}`);
    report.errors.push({ part: "replay", reason });
  }
  report.requests = deps.gh.requests - requestsBefore;
  return report;
}

/**
 * The open incident issues, most severe label first, each once: one list
 * per severity label, since GitHub ANDs the labels of one request. A list
 * that fails is an error in the report; the others are still swept.
 */
async function openIncidents(
  deps: EventDeps,
  config: Config,
  errors: SweepError[],
): Promise<IssueItem[]> {
  const labels = new Map<string, string>();
  for (const severity of SEVERITIES) {
    for (const label of config.incidents.severity_labels[severity]) {
      // GitHub compares label names without regard to case.
      if (!labels.has(label.toLowerCase())) labels.set(label.toLowerCase(), label);
    }
  }
  const found = new Map<number, IssueItem>();
  for (const label of labels.values()) {
    try {
      for (const item of await deps.gh.listOpenIssues(label)) {
        if (!item.isPull && !found.has(item.number)) found.set(item.number, item);
      }
    } catch (error) {
      const reason = failureReason(error);
      deps.log.warn({ err: error, label }, `listing the incidents labelled ${label}: ${reason}`);
      errors.push({ part: "sla", label, reason });
    }
  }
  return [...found.values()];
}
