import { DEFAULT_ID_PATTERN, findIds } from "../ids.js";
import { hasAny, labelNames, type RawLabel } from "../labels.js";
import { inertText, issueRef } from "../render/escape.js";
import { type IncidentSeverity, type IncidentsConfig, SEVERITIES } from "./config.js";
import { escalationLevelFromLabels } from "./sla.js";
import { incidentOwnerField, incidentStories } from "./story-fields.js";

/** One timeline event of an issue, reduced to what the clocks use. The runtime decides `byMaintainer`. */
export interface IssueEvent {
  type: "commented" | "assigned" | "labeled" | "unlabeled";
  /** ISO 8601 time of the event. */
  at: string;
  actor?: string;
  /** True when the actor has maintain or admin permission (or a maintainer role). */
  byMaintainer?: boolean;
  /** For `labeled` / `unlabeled`: the label. */
  label?: string;
}

/** An issue as the runtime gathers it (REST field names). */
export interface IncidentIssue {
  number: number;
  title: string;
  html_url?: string;
  labels: RawLabel[];
  state: "open" | "closed";
  created_at: string;
  closed_at?: string | null;
  /** The issue's body, where an incident form states its stories and owner. */
  body?: string;
  /** Logins the issue is assigned to. */
  assignees?: readonly string[];
  /** Timeline events, any order. */
  events?: IssueEvent[];
}

/** An incident with the instants its SLA clocks stop at. */
export interface Incident {
  number: number;
  title: string;
  url?: string;
  /** First id in the title (`INC-42`), so a hotfix PR may reference it instead of `#N`. */
  id?: string;
  severity: IncidentSeverity;
  wave?: string;
  kinds: string[];
  open: boolean;
  openedAt: Date;
  closedAt?: Date;
  ackAt?: Date;
  containedAt?: Date;
  /** The first recovered label, or closing the issue when it never got one. */
  recoveredAt?: Date;
  /** Story ids its body names (`incidentStories`): a high incident blocks their PRs. */
  stories?: string[];
  /** Its first assignee's login. */
  assignee?: string;
  /** The owner its form states (`### Owner`), for when nobody is assigned. */
  owner?: string;
  /** True while it carries a recovered label (the list read has no timeline to date it). */
  recoveredLabel?: boolean;
  /** The level of its severity's `incidents.escalation` chain its `escalation:<name>` labels show (0: none). */
  escalationLevel?: number;
}

/** The most urgent severity the labels name, or undefined when none does. */
export function severityOf(
  labels: readonly string[],
  config: IncidentsConfig,
): IncidentSeverity | undefined {
  return SEVERITIES.find((severity) => hasAny(labels, config.severity_labels[severity]));
}

/** True when `label` starts with `wave_label_prefix` (e.g. `wave:`), case aside. */
export function isWaveLabel(label: string, config: IncidentsConfig): boolean {
  return label.toLowerCase().startsWith(config.wave_label_prefix.toLowerCase());
}

/** The wave a `wave:<name>` label names (the first one), if any. */
export function waveFromLabels(
  labels: readonly string[],
  config: IncidentsConfig,
): string | undefined {
  const prefix = config.wave_label_prefix.toLowerCase();
  const found = labels.find((name) => isWaveLabel(name, config));
  const wave = found?.slice(prefix.length).trim();
  return wave ? wave : undefined;
}

/**
 * The wave of a PR: its wave label, else (when `wave_from_story` is set) the
 * first capture group of that regex on the branch, then on the title.
 */
export function waveOf(
  pr: { labels?: readonly string[]; branch?: string; title?: string },
  config: IncidentsConfig,
): string | undefined {
  const fromLabel = waveFromLabels(pr.labels ?? [], config);
  if (fromLabel) return fromLabel;
  if (config.wave_from_story === null) return undefined;
  const re = new RegExp(config.wave_from_story, "u");
  for (const text of [pr.branch, pr.title]) {
    const match = text ? re.exec(text) : null;
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function firstAt(
  events: readonly IssueEvent[],
  test: (event: IssueEvent) => boolean,
): Date | undefined {
  const times = events
    .filter(test)
    .map((event) => Date.parse(event.at))
    .filter((time) => !Number.isNaN(time));
  return times.length > 0 ? new Date(Math.min(...times)) : undefined;
}

/**
 * Reads an issue as an incident; undefined when no severity label makes it
 * one. Acknowledged: the first comment or assignment by a maintainer.
 * Contained / recovered: the first time a configured label was added; a
 * closed issue without a recovered label counts as recovered when it closed.
 */
export function toIncident(
  issue: IncidentIssue,
  config: IncidentsConfig,
  idPattern: string = DEFAULT_ID_PATTERN,
): Incident | undefined {
  const labels = labelNames(issue.labels);
  const severity = severityOf(labels, config);
  if (!severity) return undefined;
  const events = issue.events ?? [];
  const labeled = (names: readonly string[]) => (event: IssueEvent) =>
    event.type === "labeled" && event.label !== undefined && hasAny([event.label], names);
  const closedAt = issue.closed_at ? new Date(issue.closed_at) : undefined;
  return {
    number: issue.number,
    title: issue.title,
    url: issue.html_url,
    id: findIds(issue.title, idPattern)[0],
    severity,
    wave: waveFromLabels(labels, config),
    kinds: labels.filter((name) => hasAny([name], config.kind_labels)),
    open: issue.state === "open",
    openedAt: new Date(issue.created_at),
    closedAt,
    ackAt: firstAt(
      events,
      (event) =>
        (event.type === "commented" || event.type === "assigned") && event.byMaintainer === true,
    ),
    containedAt: firstAt(events, labeled(config.contained_labels)),
    recoveredAt: firstAt(events, labeled(config.recovered_labels)) ?? closedAt,
    escalationLevel: escalationLevelFromLabels(labels, severity, config),
    ...(issue.body ? storyFields(issue.body, idPattern) : {}),
    ...(issue.assignees?.[0] ? { assignee: issue.assignees[0] } : {}),
    recoveredLabel: hasAny(labels, config.recovered_labels),
  };
}

function storyFields(body: string, idPattern: string): Pick<Incident, "stories" | "owner"> {
  const owner = incidentOwnerField(body);
  return { stories: incidentStories(body, idPattern), ...(owner ? { owner } : {}) };
}

/** `[#12](url)` when the URL is known, else `#12`, plus the title. */
export function incidentLink(incident: Pick<Incident, "number" | "title" | "url">): string {
  return `${issueRef(incident.number, incident.url)} "${inertText(incident.title)}"`;
}
