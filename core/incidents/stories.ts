import picomatch from "picomatch";
import { codeSpan, handle, inertText } from "../render/escape.js";
import type { Finding } from "../types.js";
import type { IncidentsConfig } from "./config.js";
import { type FreezePullRequest, references } from "./freeze.js";
import { type Incident, incidentLink } from "./model.js";
import { slaStatus } from "./sla.js";

export const STORY_RULE_ID = "incident-story";

/** When an incident is due to be recovered: its recovery SLA clock's deadline. */
export function recoveryDueAt(incident: Incident, config: IncidentsConfig): Date | undefined {
  return slaStatus(incident, incident.openedAt, config).find((status) => status.clock === "recover")
    ?.dueAt;
}

function ownerText(incident: Incident): string {
  if (incident.assignee) return `owner ${handle(incident.assignee)}`;
  if (incident.owner) return `owner ${inertText(incident.owner)}`;
  return "no owner assigned or stated";
}

/**
 * `incident-story` findings for a PR of the stories `prStories`: a blocking
 * one per open high incident naming one of them (linking it), and an info
 * one per open medium incident naming one, with its owner and recovery due
 * date, so the PR shows it without being held by it. A PR from a hotfix
 * branch that references the incident (#N or its id) is exempt from its
 * block, since it is the fix. Incidents with a recovered label no longer
 * block: the story works again.
 */
export function storyIncidentFindings(
  pr: FreezePullRequest,
  prStories: readonly string[],
  incidents: readonly Incident[],
  config: IncidentsConfig,
): Finding[] {
  const ours = new Set(prStories.map((id) => id.toUpperCase()));
  const hotfix = picomatch(config.hotfix_branches)(pr.branch);
  const findings: Finding[] = [];
  for (const incident of incidents) {
    if (!incident.open || (incident.severity !== "high" && incident.severity !== "medium"))
      continue;
    const named = (incident.stories ?? []).filter((id) => ours.has(id.toUpperCase()));
    if (named.length === 0) continue;
    const stories = named.map((id) => codeSpan(id)).join(", ");
    if (incident.severity === "medium") {
      const due = recoveryDueAt(incident, config);
      findings.push({
        ruleId: STORY_RULE_ID,
        severity: "info",
        source: "body",
        message: `Medium incident ${incidentLink(incident)} is open on story ${stories}: ${ownerText(incident)}${due ? `, recovery due ${inertText(due.toISOString())}` : ""}. It does not block this PR.`,
      });
      continue;
    }
    if (incident.recoveredLabel) continue;
    if (hotfix && references(pr, incident.number, incident.id)) continue;
    findings.push({
      ruleId: STORY_RULE_ID,
      severity: "blocking",
      source: "body",
      message: `Story ${stories} is blocked by open high incident ${incidentLink(incident)} (${ownerText(incident)}): its PRs cannot merge until the incident is closed or labelled ${config.recovered_labels.map((label) => codeSpan(label)).join(" or ")}. Only a PR from a branch matching ${config.hotfix_branches.map((glob) => codeSpan(glob)).join(" or ")} that references it is exempt.`,
      suggestion: `Fix the incident from a hotfix branch that references #${incident.number}, or wait until it is recovered.`,
    });
  }
  return findings;
}
