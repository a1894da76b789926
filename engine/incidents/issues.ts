import { CannotEvaluateError } from "../../core/cannot-evaluate.js";
import type { Incident } from "../../core/incidents/index.js";
import { type FreezeRecord, readFreezeRecord, toIncident } from "../../core/incidents/index.js";
import type { Config } from "../../core/index.js";
import type { IssueItem } from "../../github/client.js";
import type { EventDeps } from "../state.js";
import { failureReason } from "../verdict/evaluation-error.js";

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
 * Announces an escalation on an issue: the comment mentioning the level,
 * then the label that records it, so checking again is a no-op. The comment
 * goes first: should the label fail, the next event or sweep finds no label
 * and comments again, so people may be told twice but never not at all. A
 * dry run logs both instead.
 */
export async function announceEscalation(
  deps: EventDeps,
  number: number,
  escalation: { body: string; label: string; mention: readonly string[] },
  dryRun: boolean,
): Promise<void> {
  const { body, label, mention } = escalation;
  if (dryRun) {
    deps.log.info(
      { number, label, mention, body },
      `dry run: would comment on #${number} and add the label ${label}`,
    );
    return;
  }
  await deps.gh.createComment(number, body);
  try {
    await deps.gh.addLabels(number, [label]);
  } catch (error) {
    throw new CannotEvaluateError(
      `${failureReason(error)}; the escalation comment on #${number} was posted, so the next event or sweep posts it again before it adds ${label}`,
    );
  }
}

/** The record of a freeze issue the App opened; a human's issue is never read as one. */
export function recordOf(item: IssueItem): FreezeRecord | undefined {
  return item.author.type === "Bot" ? readFreezeRecord(item.body) : undefined;
}
