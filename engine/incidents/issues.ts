import type { Incident } from "../../core/incidents/index.js";
import { type FreezeRecord, readFreezeRecord, toIncident } from "../../core/incidents/index.js";
import type { Config } from "../../core/index.js";
import type { Write } from "../../core/write-plan.js";
import type { IssueItem } from "../../github/client.js";
import { type Applied, appliedOf } from "../applied.js";
import type { EventDeps } from "../event.js";
import { executePlan } from "../execute.js";

/** Incidents among listed issues, each once (an issue may carry several severity labels); PRs are not incidents. */
export function toIncidents(items: readonly IssueItem[], config: Config): Incident[] {
  const byNumber = new Map<number, Incident>();
  for (const item of items) {
    if (item.isPull || byNumber.has(item.number)) continue;
    const incident = toIncident(item, config.incidents, config.ids.pattern);
    if (incident) byNumber.set(item.number, incident);
  }
  return [...byNumber.values()];
}

/**
 * The writes that announce an escalation on an issue: the comment mentioning
 * the level, then the label that records it, so checking again is a no-op.
 * The comment goes first: should the label fail, the next event or sweep
 * finds no label and comments again, so people may be told twice but never
 * not at all.
 */
export function escalationWrites(
  number: number,
  escalation: { body: string; label: string; mention: readonly string[] },
): Write[] {
  const { body, label, mention } = escalation;
  return [
    {
      kind: "create-comment",
      issue: number,
      body,
      failure: "fails-event",
      what: `comment on #${number} mentioning ${mention.length > 0 ? mention.join(", ") : "nobody"}`,
    },
    {
      kind: "add-labels",
      issue: number,
      labels: [label],
      failure: "fails-event",
      what: `add ${label} to #${number}`,
      afterFailure: `the escalation comment on #${number} was posted, so the next event or sweep posts it again before it adds ${label}`,
    },
  ];
}

/**
 * Announces an escalation on an issue (`escalationWrites`), or in a dry run
 * logs the two writes. Returns what the executor did with them.
 */
export async function announceEscalation(
  deps: EventDeps,
  number: number,
  escalation: { body: string; label: string; mention: readonly string[] },
  { dryRun }: { dryRun: boolean },
): Promise<Applied> {
  return appliedOf(await executePlan(deps, escalationWrites(number, escalation), { dryRun }));
}

/** The record of a freeze issue the App opened; a human's issue is never read as one. */
export function recordOf(item: IssueItem): FreezeRecord | undefined {
  return item.author.type === "Bot" ? readFreezeRecord(item.body) : undefined;
}
