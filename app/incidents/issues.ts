import type { Incident } from "../../core/incidents/index.js";
import { type FreezeRecord, readFreezeRecord, toIncident } from "../../core/incidents/index.js";
import type { Config } from "../../core/index.js";
import type { IssueItem } from "../github/client.js";

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

/** The record of a freeze issue the App opened; a human's issue is never read as one. */
export function recordOf(item: IssueItem): FreezeRecord | undefined {
  return item.author.type === "Bot" ? readFreezeRecord(item.body) : undefined;
}
