import picomatch from "picomatch";
import type { Incident, ManualFreeze, WipPullRequest } from "../../core/incidents/index.js";
import type { Config, IncidentState } from "../../core/index.js";
import { type PullInfo, waveOfPull } from "../../github/pull.js";
import type { EventDeps } from "../event.js";
import { settleAll } from "../settle.js";
import { recordOf, toIncidents } from "./issues.js";

/** The PRs a freeze applies to: those into a frozen branch. */
export function intoFrozenBranch(config: Config): (pull: Pick<PullInfo, "baseRef">) => boolean {
  const frozen = picomatch(config.incidents.freeze_branches);
  return (pull) => frozen(pull.baseRef);
}

/** Open critical incidents: one conditional list request per critical severity label. */
export async function openCriticalIncidents(deps: EventDeps, config: Config): Promise<Incident[]> {
  const lists = await Promise.all(
    config.incidents.severity_labels.critical.map((label) => deps.gh.listOpenIssues(label)),
  );
  return toIncidents(lists.flat(), config).filter(
    (incident) => incident.open && incident.severity === "critical",
  );
}

/**
 * Open high and medium incidents, for the stories they name: one
 * conditional list request per high and medium severity label, so while
 * none changed each is a 304 that costs no rate limit.
 */
export async function openStoryIncidents(deps: EventDeps, config: Config): Promise<Incident[]> {
  const { high, medium } = config.incidents.severity_labels;
  const lists = await Promise.all(
    [...high, ...medium].map((label) => deps.gh.listOpenIssues(label)),
  );
  return toIncidents(lists.flat(), config).filter(
    (incident) => incident.open && (incident.severity === "high" || incident.severity === "medium"),
  );
}

/**
 * True when the PR's branch, title or body holds anything shaped like an
 * id: a superset of the stories `incident-story` reads, so the incident
 * lists are skipped only for a PR that cannot name a story.
 */
function mayNameStory(pull: PullInfo, config: Config): boolean {
  return new RegExp(config.ids.pattern, "u").test(`${pull.headRef}\n${pull.title}\n${pull.body}`);
}

/**
 * Open issues carrying the freeze label, as freezes of every wave: how a
 * team freezes merges by hand. A freeze issue the App opened (`/pilot-gate
 * freeze`, a tripped trigger) gives its recorded reason, actor, time and
 * receipt; any other gives its title as the reason and its author and
 * creation time as who froze and when.
 */
export async function openFreezes(deps: EventDeps, config: Config): Promise<ManualFreeze[]> {
  const items = await deps.gh.listOpenIssues(config.incidents.freeze_label);
  return items.map((item) => {
    const record = recordOf(item);
    const where = { number: item.number, url: item.html_url };
    if (record?.kind === "trigger") {
      return {
        id: record.trigger ?? `FREEZE-${item.number}`,
        reason: record.reason,
        ...where,
        at: record.at,
        receipt: record.receipt,
      };
    }
    if (record) {
      return {
        id: `FREEZE-${item.number}`,
        reason: record.reason,
        ...where,
        by: record.actor,
        at: record.at,
        receipt: record.receipt,
      };
    }
    return {
      id: `FREEZE-${item.number}`,
      reason: item.title,
      ...where,
      by: item.author.login,
      at: item.created_at,
    };
  });
}

/**
 * What the incident rules need for one PR, when `incidents.enabled` is on:
 * open critical incidents and freezes when the PR targets a frozen branch,
 * open high and medium incidents when it may name a story, and the open PRs
 * when it belongs to a wave (for the WIP limit). Every list
 * is asked conditionally, so while nothing changed GitHub answers 304 at no
 * rate-limit cost. Undefined when the protocol is off.
 */
export async function loadIncidentState(
  deps: EventDeps,
  config: Config,
  pull: PullInfo,
): Promise<IncidentState | undefined> {
  const settings = config.incidents;
  if (!settings.enabled) return undefined;
  const frozenBase = intoFrozenBranch(config)(pull);
  const wave = pull.draft ? undefined : waveOfPull(pull, settings);
  const [incidents, freezes, storyIncidents, openPulls] = await settleAll([
    frozenBase ? openCriticalIncidents(deps, config) : Promise.resolve([]),
    frozenBase ? openFreezes(deps, config) : Promise.resolve([]),
    mayNameStory(pull, config) ? openStoryIncidents(deps, config) : Promise.resolve(undefined),
    wave ? deps.gh.listOpenPulls() : Promise.resolve(undefined),
  ]);
  const incidentState: IncidentState = { incidents, freezes };
  if (storyIncidents) incidentState.storyIncidents = storyIncidents;
  if (openPulls) {
    incidentState.openPulls = openPulls.map(
      (open): WipPullRequest => ({
        number: open.number,
        branch: open.headRef,
        title: open.title,
        labels: open.labels,
        draft: open.draft,
        url: open.url,
      }),
    );
  }
  return incidentState;
}
