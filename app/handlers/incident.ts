import type { Context } from "probot";
import {
  escalationLabel,
  incidentStories,
  isWaveLabel,
  severityOf,
} from "../../core/incidents/index.js";
import type { Config } from "../../core/index.js";
import { hasAny, labelNames } from "../../core/labels.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import { type EventDeps, issueKey } from "../../engine/event.js";
import { checkP0Trigger } from "../../engine/incidents/freeze.js";
import { checkReplayTrigger } from "../../engine/incidents/immediate-triggers.js";
import { intoFrozenBranch } from "../../engine/incidents/open-incidents.js";
import { escalateIncident } from "../../engine/incidents/sla.js";
import { isDryRun } from "../../engine/options.js";
import type { AppState } from "../../engine/state.js";
import { rejudgeOpenPulls } from "../../engine/verdict/rejudge.js";
import { issueItemOf, type OpenPull, type RawIssue } from "../../github/client.js";
import { repoContextOf, runGuarded } from "./guard.js";

/** `issues` actions that can start, change or lift a freeze, or stop or breach an SLA clock. */
export const INCIDENT_ACTIONS = [
  "assigned",
  "opened",
  "edited",
  "closed",
  "reopened",
  "deleted",
  "labeled",
  "unlabeled",
] as const;

type IssuesContext = Context<`issues.${(typeof INCIDENT_ACTIONS)[number]}`>;

/**
 * Why an `issues` event can change a freeze, or undefined when it cannot:
 * the issue is (or just stopped being) a critical incident or a freeze
 * issue, and the event changed whether it freezes, what it freezes (its
 * wave label) or what the finding says (its title, or the incident's
 * escalation label).
 */
export function freezeRelevance(
  payload: IssuesContext["payload"],
  config: Config,
): string | undefined {
  const settings = config.incidents;
  const freezing = [...settings.severity_labels.critical, settings.freeze_label];
  const labels = labelNames(payload.issue.labels);
  const changed = "label" in payload ? payload.label?.name : undefined;
  const isFreezing =
    hasAny(labels, freezing) || (changed !== undefined && hasAny([changed], freezing));
  if (!isFreezing) return undefined;
  switch (payload.action) {
    case "labeled":
    case "unlabeled":
      if (changed === undefined) return undefined;
      if (hasAny([changed], freezing)) return `label ${changed} ${payload.action}`;
      if (isWaveLabel(changed, settings)) return `wave label ${changed} ${payload.action}`;
      // A frozen PR's finding says how far its incident was escalated.
      if (
        hasAny(labels, settings.severity_labels.critical) &&
        hasAny([changed], settings.escalation.critical.map(escalationLabel))
      )
        return `escalation label ${changed} ${payload.action}`;
      return undefined;
    case "edited":
      return "changes" in payload && payload.changes?.title ? "title edited" : undefined;
    case "assigned":
      return undefined;
    default:
      return payload.action;
  }
}

/**
 * The stories whose PRs an `issues` event can change the verdict of through
 * `incident-story`, and why, or undefined when it cannot: the issue is (or
 * just stopped being) a high or medium incident naming stories, and the
 * event opened, closed, reopened or deleted it, changed its severity or
 * recovered label, its title or stories (an edited body counts the stories
 * it named before too), or its owner. Other issues, and an escalation
 * label, change no story's PRs.
 */
export function storyRelevance(
  payload: IssuesContext["payload"],
  config: Config,
): { why: string; stories: string[] } | undefined {
  const settings = config.incidents;
  const storyLabels = [...settings.severity_labels.high, ...settings.severity_labels.medium];
  const labels = labelNames(payload.issue.labels);
  const changed = "label" in payload ? payload.label?.name : undefined;
  if (!hasAny(labels, storyLabels) && !(changed !== undefined && hasAny([changed], storyLabels))) {
    return undefined;
  }
  const edits = payload.action === "edited" && "changes" in payload ? payload.changes : undefined;
  const bodies = [payload.issue.body ?? "", edits?.body?.from ?? ""];
  const stories = [...new Set(bodies.flatMap((body) => incidentStories(body, config.ids.pattern)))];
  if (stories.length === 0) return undefined;
  let why: string | undefined;
  switch (payload.action) {
    case "labeled":
    case "unlabeled":
      if (
        changed !== undefined &&
        hasAny([changed], [...storyLabels, ...settings.recovered_labels])
      )
        why = `label ${changed} ${payload.action}`;
      break;
    case "edited":
      if (edits?.body) why = "stories or body edited";
      else if (edits?.title) why = "title edited";
      break;
    default:
      why = payload.action;
  }
  return why === undefined ? undefined : { why, stories };
}

/**
 * True when the PR's branch, title or body holds one of `stories`, in any
 * case: a superset of the PRs `incident-story` finds the stories of, so
 * none of them keeps a verdict the incident changed; a PR picked in excess
 * is judged again at no write when its verdict did not move.
 */
function namesAnyStory(stories: readonly string[]): (pull: OpenPull) => boolean {
  const wanted = stories.map((id) => id.toUpperCase());
  return (pull) => {
    const text = `${pull.headRef}\n${pull.title}\n${pull.body}`.toUpperCase();
    return wanted.some((id) => text.includes(id));
  };
}

/**
 * The SLA clocks of an open incident, checked on any event about it (a
 * comment, an assignment, a label): a breach is escalated at once instead of
 * at the next sweep. Costs nothing for an issue that is not an open
 * incident, and no timeline read while no escalation could be due.
 */
export async function escalateOnEvent(
  deps: EventDeps,
  config: Config,
  raw: RawIssue,
): Promise<void> {
  const item = issueItemOf(raw);
  if (item.isPull || item.state !== "open") return;
  if (!severityOf(item.labels, config.incidents)) return;
  const dryRun = isDryRun(deps.state.options, config);
  const result = await escalateIncident(deps, config, item, deps.state.options.now(), { dryRun });
  if (result.escalation) {
    deps.log.info(`#${item.number}: escalated to ${result.escalation.name} on this event`);
  }
}

/** A critical incident opened, reopened, or made critical by a label: what can trip the repeated-P0 trigger. */
function opensCriticalIncident(payload: IssuesContext["payload"], config: Config): boolean {
  const critical = config.incidents.severity_labels.critical;
  if (payload.action === "opened" || payload.action === "reopened") {
    return hasAny(labelNames(payload.issue.labels), critical);
  }
  const changed = "label" in payload ? payload.label?.name : undefined;
  return payload.action === "labeled" && changed !== undefined && hasAny([changed], critical);
}

/** An issue opened with, or given, the critical-replay label: what can trip the replay trigger. */
function marksReplay(payload: IssuesContext["payload"], config: Config): boolean {
  const replay = config.incidents.triggers.replay.label;
  if (payload.action === "opened") return hasAny(labelNames(payload.issue.labels), [replay]);
  const changed = "label" in payload ? payload.label?.name : undefined;
  return payload.action === "labeled" && changed !== undefined && hasAny([changed], [replay]);
}

/**
 * `issues` events on critical incidents and freeze issues: the open PRs into
 * frozen branches are judged again at once, so a PR that passed before a
 * critical incident opened does not stay mergeable, and closing the incident
 * lifts the freeze without waiting for each PR's next push. Events on high
 * and medium incidents naming stories judge those stories' open PRs again
 * the same way (`storyRelevance`). A critical
 * incident opening first checks the repeated-P0 trigger (`checkP0Trigger`). Runs only while
 * `incidents.enabled` is on; other issues cost the cached config read only.
 */
export async function onIncidentIssue(context: IssuesContext, state: AppState): Promise<void> {
  const { payload } = context;
  if (payload.issue.pull_request) return;
  const event = `issues.${payload.action}`;
  // Its own key: the PRs' keys are taken one by one inside (see rejudgeOpenPulls).
  const key = issueKey(repoContextOf(payload), payload.issue.number);
  await state.queue.run(key, () =>
    runGuarded(context as Context, state, payload, async (deps) => {
      const loaded = await loadRepoConfig(deps);
      if (!loaded.ok) {
        // Each PR's check already shows the config's problems; nothing to judge here.
        deps.log.info(`${event} on #${payload.issue.number}: the config is invalid, not judged`);
        return;
      }
      const { config } = loaded;
      if (!config.incidents.enabled) return;
      if (payload.action !== "deleted")
        await escalateOnEvent(deps, config, payload.issue as RawIssue);
      let why = freezeRelevance(payload, config);
      if (marksReplay(payload, config)) {
        const dryRun = isDryRun(deps.state.options, config);
        const replay = await checkReplayTrigger(deps, config, deps.state.options.now(), dryRun);
        deps.log.info({ replay }, `critical replay trigger: ${replay.status}`);
        if (replay.status === "tripped") why ??= "critical replay trigger tripped";
      }
      const story = storyRelevance(payload, config);
      if (!why && !story) return;
      if (why && opensCriticalIncident(payload, config)) {
        const dryRun = isDryRun(deps.state.options, config);
        const trigger = await checkP0Trigger(deps, config, deps.state.options.now(), dryRun);
        deps.log.info({ trigger }, `trigger ${config.incidents.p0_trigger.id}: ${trigger.status}`);
      }
      // One pass over the open PRs for both: a PR into a frozen branch that
      // also names the story is judged once.
      const frozen = why ? intoFrozenBranch(config) : () => false;
      const named = story ? namesAnyStory(story.stories) : () => false;
      const { judged, failed } = await rejudgeOpenPulls(
        deps,
        loaded,
        (pull) => frozen(pull) || named(pull),
        event,
      );
      const reasons = [
        ...(why ? [`${why}: open PR(s) into frozen branches`] : []),
        ...(story ? [`${story.why}: open PR(s) of ${story.stories.join(", ")}`] : []),
      ];
      deps.log.info(
        { judged, failed },
        `#${payload.issue.number} ${reasons.join("; ")}: judged ${judged.length} PR(s) again`,
      );
    }),
  );
}
