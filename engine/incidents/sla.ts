import { CannotEvaluateError } from "../../core/cannot-evaluate.js";
import {
  type Clock,
  type ClockStatus,
  type EscalationStep,
  escalationChain,
  escalationsDue,
  type Incident,
  type IncidentSeverity,
  type IncidentsConfig,
  type IssueEvent,
  slaStatus,
  toIncident,
} from "../../core/incidents/index.js";
import { CONFIG_PATH, type Config } from "../../core/index.js";
import { permissionAtLeast } from "../../core/overrides.js";
import { codeSpan, inertText } from "../../core/render/escape.js";
import type { IssueItem, TimelineItem } from "../../github/client.js";
import type { Applied } from "../applied.js";
import type { EventDeps } from "../event.js";
import { announceEscalation } from "./issues.js";

/** One SLA clock of an incident, as a sweep reports it. */
export interface ClockReport {
  clock: Clock;
  /** met: stopped in time; running: not stopped, not yet due; breached: stopped late or still running past due. */
  state: "met" | "running" | "breached";
  /** Target in minutes (business minutes when `business`). */
  target: number;
  business: boolean;
  /** ISO 8601. */
  dueAt: string;
  /** ISO 8601; when the clock stopped. */
  metAt?: string;
  /** Minutes past due; 0 when not breached. */
  overdueBy: number;
}

/** What checking one incident found and did. */
export interface IncidentSlaResult {
  number: number;
  url: string;
  severity: IncidentSeverity;
  /** The escalation level the issue's labels showed before this check (0: none). */
  levelBefore: number;
  /**
   * `read`: the clocks come from the issue's timeline. `skipped`: no
   * escalation could be due even if nobody had acknowledged, contained or
   * recovered it, so the timeline was not read and the clocks are shown as
   * if none had stopped.
   */
  timeline: "read" | "skipped";
  clocks: ClockReport[];
  /** The level escalated to (or, in a dry run, that would be); undefined when nothing is due. */
  escalation: EscalationStep | undefined;
  /** True when the escalation was only planned: a dry run wrote nothing. */
  dryRun: boolean;
  /** What the executor did with the escalation's comment and label (`none` when nothing was due). */
  applied: Applied;
  /** Requests this check made. */
  requests: number;
}

export interface EscalateOptions {
  dryRun: boolean;
  /** Repository permission by login (lowercase); share one across a sweep so each person is asked once. */
  permissions?: Map<string, string>;
}

const TIMELINE_EVENTS = new Set<string>(["commented", "assigned", "labeled", "unlabeled"]);

/** Bots never acknowledge an incident: a person has to have seen it. */
function isBot(actor: { login: string; type: string }): boolean {
  return actor.type === "Bot" || actor.login.endsWith("[bot]");
}

function incidentOf(config: Config, issue: IssueItem, events: IssueEvent[]): Incident {
  const incident = toIncident({ ...issue, events }, config.incidents, config.ids.pattern);
  if (!incident) {
    throw new CannotEvaluateError(
      `#${issue.number} has none of the severity labels in incidents.severity_labels of ${CONFIG_PATH}, so it is not an incident`,
    );
  }
  return incident;
}

/**
 * The timeline as the clocks read it. Who acknowledged is decided here: a
 * comment or an assignment by a person with at least
 * `incidents.maintainer_permission`. Permissions are asked in time order and
 * no more once the first acknowledgement is found, since later ones cannot
 * move the clock.
 */
async function toEvents(
  deps: EventDeps,
  items: readonly TimelineItem[],
  needed: IncidentsConfig["maintainer_permission"],
  permissions: Map<string, string>,
): Promise<IssueEvent[]> {
  const ordered = items
    .filter((item) => TIMELINE_EVENTS.has(item.event))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const events: IssueEvent[] = [];
  let acknowledged = false;
  for (const item of ordered) {
    const event: IssueEvent = {
      type: item.event as IssueEvent["type"],
      at: item.at,
      ...(item.actor ? { actor: item.actor.login } : {}),
      ...(item.label !== undefined ? { label: item.label } : {}),
    };
    const acknowledges = event.type === "commented" || event.type === "assigned";
    if (acknowledges && !acknowledged && item.actor && !isBot(item.actor)) {
      const login = item.actor.login.toLowerCase();
      let permission = permissions.get(login);
      if (permission === undefined) {
        permission = await deps.gh.getPermission(item.actor.login);
        permissions.set(login, permission);
      }
      event.byMaintainer = permissionAtLeast(permission, needed);
      acknowledged = event.byMaintainer;
    }
    events.push(event);
  }
  return events;
}

function clockReport(status: ClockStatus): ClockReport {
  return {
    clock: status.clock,
    state: status.breached ? "breached" : status.metAt ? "met" : "running",
    target: status.target,
    business: status.business,
    dueAt: status.dueAt.toISOString(),
    ...(status.metAt ? { metAt: status.metAt.toISOString() } : {}),
    overdueBy: status.overdueBy,
  };
}

const CLOCK_WORDS: Record<Clock, { done: string; how: (config: IncidentsConfig) => string }> = {
  ack: {
    done: "acknowledged",
    how: (config) =>
      `a comment or an assignment by someone with ${config.maintainer_permission} permission or higher`,
  },
  contain: {
    done: "contained",
    how: (config) => `the label ${config.contained_labels.map((l) => codeSpan(l)).join(" or ")}`,
  },
  recover: {
    done: "recovered",
    how: (config) =>
      `the label ${config.recovered_labels.map((l) => codeSpan(l)).join(" or ")}, or closing the issue`,
  },
};

function minutes(n: number, business: boolean): string {
  return `${n} ${business ? "business " : ""}min`;
}

/** The escalation comment: who is called, why, and what comes next. */
export function escalationComment(
  incident: Incident,
  step: EscalationStep,
  clocks: readonly ClockStatus[],
  config: IncidentsConfig,
): string {
  const chain = escalationChain(config, incident.severity);
  const opener =
    step.mention.length > 0
      ? `${step.mention.join(" ")}: this ${incident.severity} incident breached its SLA.`
      : `This ${incident.severity} incident breached its SLA. Nobody is mentioned at this level: list people or teams under \`incidents.escalation.${incident.severity}[${step.level - 1}].mention\` in ${codeSpan(CONFIG_PATH)}.`;
  const breached = clocks
    .filter((status) => status.breached)
    .map((status) => {
      const words = CLOCK_WORDS[status.clock];
      const state = status.metAt
        ? `${words.done} ${status.overdueBy} min late`
        : `not ${words.done} yet, ${status.overdueBy} min overdue (stops with ${words.how(config)})`;
      return `- **${status.clock}**: target ${minutes(status.target, status.business)}, ${state}`;
    });
  const next = chain[step.level];
  const nextLine = !next
    ? "This is the last level of the escalation chain."
    : step.breached.length > step.level
      ? `Next level: **${inertText(next.name)}** (${step.level + 1} of ${chain.length}), also due: the next sweep escalates to it.`
      : `Next level: **${inertText(next.name)}** (${step.level + 1} of ${chain.length}), when one more SLA clock is breached.`;
  return [
    `<!-- pilot-gate:${step.label} -->`,
    `### Escalated to ${inertText(step.name)} (level ${step.level} of ${chain.length})`,
    "",
    opener,
    "",
    ...breached,
    "",
    nextLine,
    "",
    `_pilot-gate adds the label ${codeSpan(step.label)} to record this level, so it is announced once._`,
    "",
  ].join("\n");
}

/**
 * Checks one open incident's SLA clocks at `now` and escalates it one level
 * when a clock is breached that no escalation label accounts for yet: one
 * comment mentioning the level's people, then its `escalation:<name>`
 * label, which makes running it again a no-op. Reads the timeline (and the
 * permissions of the people in it) only when an escalation could be due at
 * all. In a dry run (`opts.dryRun`, decided by the caller with `isDryRun`)
 * the executor logs the writes instead of making them.
 */
export async function escalateIncident(
  deps: EventDeps,
  config: Config,
  issue: IssueItem,
  now: Date,
  opts: EscalateOptions,
): Promise<IncidentSlaResult> {
  const settings = config.incidents;
  let applied: Applied = "none";
  const requestsBefore = deps.gh.requests;
  let incident = incidentOf(config, issue, []);
  const levelBefore = incident.escalationLevel ?? 0;
  const result = (
    timeline: "read" | "skipped",
    escalation?: EscalationStep,
  ): IncidentSlaResult => ({
    number: issue.number,
    url: issue.html_url,
    severity: incident.severity,
    levelBefore,
    timeline,
    clocks: slaStatus(incident, now, settings).map(clockReport),
    escalation,
    dryRun: applied === "planned",
    applied,
    requests: deps.gh.requests - requestsBefore,
  });
  // With no clock stopped, the most clocks are breached: nothing due then means nothing due.
  if (!escalationsDue(incident, levelBefore, now, settings)) return result("skipped");

  const items = await deps.gh.listTimeline(issue.number);
  const events = await toEvents(
    deps,
    items,
    settings.maintainer_permission,
    opts.permissions ?? new Map(),
  );
  incident = incidentOf(config, issue, events);
  const step = escalationsDue(incident, levelBefore, now, settings);
  if (!step) return result("read");

  const body = escalationComment(incident, step, slaStatus(incident, now, settings), settings);
  applied = await announceEscalation(deps, issue.number, { ...step, body }, opts);
  if (applied === "written") {
    deps.log.info(
      { number: issue.number, label: step.label, breached: step.breached },
      `#${issue.number} escalated to ${step.name} (level ${step.level})`,
    );
  }
  return result("read", step);
}

/**
 * The SLA clocks of an incident at `now`, from a timeline already read (an
 * operator's `/pilot-gate inspect`), acknowledgements judged as an
 * escalation judges them. Reads nothing itself but the permissions of the
 * people who commented or assigned, up to the first acknowledgement.
 */
export async function incidentClocks(
  deps: EventDeps,
  config: Config,
  issue: IssueItem,
  items: readonly TimelineItem[],
  now: Date,
): Promise<ClockReport[]> {
  const needed = config.incidents.maintainer_permission;
  const events = await toEvents(deps, items, needed, new Map());
  return slaStatus(incidentOf(config, issue, events), now, config.incidents).map(clockReport);
}
