import { addBusinessMinutes } from "./business-time.js";
import {
  CLOCKS,
  type Clock,
  type EscalationLevel,
  escalationChain,
  type IncidentSeverity,
  type IncidentsConfig,
} from "./config.js";
import type { Incident } from "./model.js";

const MINUTE = 60_000;

/** Where one SLA clock of an incident stands at `now`. */
export interface ClockStatus {
  clock: Clock;
  /** Target in minutes (business minutes when `business`). */
  target: number;
  business: boolean;
  dueAt: Date;
  /** When the clock stopped; undefined while it runs. */
  metAt?: Date;
  /** Stopped after `dueAt`, or still running past it. */
  breached: boolean;
  /** Wall-clock minutes past `dueAt` (at `metAt` when stopped, else at `now`); 0 when not breached. */
  overdueBy: number;
}

function stoppedAt(incident: Incident, clock: Clock): Date | undefined {
  if (clock === "ack") return incident.ackAt;
  if (clock === "contain") return incident.containedAt ?? incident.recoveredAt;
  return incident.recoveredAt;
}

/**
 * The SLA clocks of an incident at `now`, in order ack, contain, recover;
 * a severity with no target for a clock (medium has no containment) has no
 * entry for it. Recovering also stops the containment clock.
 */
export function slaStatus(incident: Incident, now: Date, config: IncidentsConfig): ClockStatus[] {
  const targets = config.sla[incident.severity];
  const statuses: ClockStatus[] = [];
  for (const clock of CLOCKS) {
    const target = targets[clock];
    if (target === null) continue;
    const business = targets.business.includes(clock);
    const dueAt = business
      ? addBusinessMinutes(incident.openedAt, target, config.business_hours)
      : new Date(incident.openedAt.getTime() + target * MINUTE);
    const metAt = stoppedAt(incident, clock);
    const end = (metAt ?? now).getTime();
    const late = end - dueAt.getTime();
    statuses.push({
      clock,
      target,
      business,
      dueAt,
      metAt,
      breached: late > 0,
      overdueBy: late > 0 ? Math.ceil(late / MINUTE) : 0,
    });
  }
  return statuses;
}

/** The next level to escalate an incident to. `level` is 1-based: 1 is the first entry of the chain. */
export interface EscalationStep extends EscalationLevel {
  level: number;
  /** The label that records it: `escalation:<name>`. */
  label: string;
  /** The breached clocks that call for it. */
  breached: Clock[];
}

/** The label that records escalation to a level. */
export function escalationLabel(level: EscalationLevel): string {
  return `escalation:${level.name}`;
}

/**
 * The highest level of its severity's chain an incident's labels say it was
 * escalated to (0: none), so a sweep can pass it back to `escalationsDue`.
 */
export function escalationLevelFromLabels(
  labels: readonly string[],
  severity: IncidentSeverity,
  config: IncidentsConfig,
): number {
  const names = new Set(labels.map((name) => name.toLowerCase()));
  let level = 0;
  escalationChain(config, severity).forEach((entry, index) => {
    if (names.has(escalationLabel(entry).toLowerCase())) level = index + 1;
  });
  return level;
}

/**
 * The one next escalation an incident is due at `now`, or undefined. Each
 * breached clock earns one level, so given the level already reached (0:
 * none) this never returns that level again: running it on every event and
 * on a sweep escalates once per breach, never twice. The chain is the one
 * of the incident's severity (`incidents.escalation.<severity>`); its last
 * level is the ceiling.
 */
export function escalationsDue(
  incident: Incident,
  alreadyEscalatedLevel: number,
  now: Date,
  config: IncidentsConfig,
): EscalationStep | undefined {
  const breached = slaStatus(incident, now, config)
    .filter((status) => status.breached)
    .map((status) => status.clock);
  const chain = escalationChain(config, incident.severity);
  const earned = Math.min(breached.length, chain.length);
  if (alreadyEscalatedLevel >= earned) return undefined;
  const level = Math.max(alreadyEscalatedLevel, 0) + 1;
  const entry = chain[level - 1] as EscalationLevel;
  return { ...entry, level, label: escalationLabel(entry), breached };
}
