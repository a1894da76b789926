import {
  BLOCKED_CHAIN,
  blockedTooLong,
  type EscalationLevel,
  escalationChain,
  type IncidentsConfig,
  missingFieldsComment,
  readBlockedFields,
} from "../../core/incidents/index.js";
import { CONFIG_PATH, type Config } from "../../core/index.js";
import { labelOn, sameLabel } from "../../core/labels.js";
import { codeSpan, inertText } from "../../core/render/escape.js";
import type { Write } from "../../core/write-plan.js";
import type { IssueComment, IssueItem } from "../../github/client.js";
import { type Applied, appliedOf } from "../applied.js";
import { type EventDeps, repoKey } from "../event.js";
import { executePlan } from "../execute.js";
import { failureReason } from "../verdict/evaluation-error.js";
import { announceEscalation } from "./issues.js";

/** Marks the App's one comment listing what a blocked item is missing; it is updated, never posted twice. */
export const BLOCKED_MARKER = "<!-- pilot-gate:blocked -->";
/** Marks the comment that escalates an item blocked longer than one cycle. */
export const BLOCKED_ESCALATION_MARKER = "<!-- pilot-gate:blocked-escalation -->";

const DAY = 24 * 60 * 60_000;

/** An issue or PR as the blocked-item checks read it (an `IssueItem` or a webhook's issue / PR). */
export interface BlockedItem {
  number: number;
  body: string;
  labels: readonly string[];
  /** ISO 8601; when known, an item younger than one cycle is not escalated without reading its timeline. */
  created_at?: string;
}

/** One write the blocked-item check made, or in a dry run would have made. */
export type BlockedWrite =
  | { kind: "create-comment"; body: string }
  | { kind: "update-comment"; commentId: number; body: string }
  | { kind: "add-label"; label: string }
  | { kind: "remove-label"; label: string };

/** What checking one item's blocked fields found and did. */
export interface BlockedResult {
  number: number;
  /** True when the item carries the blocked label. */
  blocked: boolean;
  /** Fields the item does not state; empty when it is not blocked or states them all. */
  missing: string[];
  /** Why the body was not read in full (too long, or unsafe to parse), when it was not. */
  unreadable?: string;
  /** In order; nothing is listed for what was already as it should be. */
  writes: BlockedWrite[];
  /** True when the writes were only logged. */
  dryRun: boolean;
  /** What the executor did with `writes` (`none` when nothing was due). */
  applied: Applied;
}

/** How the too-long-blocked check ended for one item. */
export type BlockedEscalationStatus =
  /** The item does not carry the blocked label. */
  | "not-blocked"
  /** The item already carries incidents.blocked.escalated_label: announced before. */
  | "already-escalated"
  /** Blocked for no longer than one cycle (or created less than a cycle ago, so the timeline was not read). */
  | "within-cycle"
  /** The timeline shows no event adding the blocked label, so how long it has been blocked is unknown. */
  | "unknown-since"
  /** Escalated now (or, in a dry run, would be). */
  | "escalated";

export interface BlockedEscalationResult {
  number: number;
  status: BlockedEscalationStatus;
  /** ISO 8601: when the blocked label was last added, when the timeline was read and says. */
  blockedSince?: string;
  /** The escalation label written (or, in a dry run, that would be). */
  label?: string;
  dryRun: boolean;
  /** What the executor did with the escalation's comment and label (`none` unless `escalated`). */
  applied: Applied;
}

/** Something a blocked sweep could not check, and why (the sentence says what to do). */
export interface BlockedSweepError {
  /** The item, when the failure was about one; absent when listing the blocked items failed. */
  number?: number;
  reason: string;
}

/** What one sweep of a repository's open blocked items found and did. */
export interface BlockedSweepReport {
  version: 1;
  kind: "blocked-sweep";
  repository: string;
  /** ISO 8601: the instant the cycle was measured at. */
  at: string;
  /** `incidents.enabled`: when false, the sweep read and wrote nothing. */
  enabled: boolean;
  dryRun: boolean;
  items: { check: BlockedResult; escalation: BlockedEscalationResult }[];
  errors: BlockedSweepError[];
  /** How many items were escalated (or would be, in a dry run). */
  escalated: number;
  /** Requests the sweep made. */
  requests: number;
}

function normalized(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

/** The App's comment asking for the missing fields. */
function missingBody(
  missing: readonly string[],
  unreadable: string | undefined,
  settings: IncidentsConfig,
): string {
  return [
    BLOCKED_MARKER,
    ...(unreadable ? [inertText(unreadable), ""] : []),
    missingFieldsComment(missing, settings),
  ].join("\n");
}

/** What the App's comment becomes once every field is stated. */
function statedBody(settings: IncidentsConfig): string {
  return [
    BLOCKED_MARKER,
    `Every field a ${codeSpan(settings.blocked.label)} item must state is now stated (${settings.blocked.fields.map((field) => inertText(field)).join(", ")}).`,
  ].join("\n");
}

/**
 * The App's bot login (`<slug>[bot]`, lowercase), asked once per process;
 * undefined when GitHub would not say, and then any bot's comment carrying
 * the marker is taken for the App's.
 */
async function ownBotLogin(deps: EventDeps): Promise<string | undefined> {
  if (deps.state.appSlug === undefined) {
    try {
      deps.state.appSlug = await deps.gh.appSlug();
    } catch (error) {
      deps.log.warn(
        { err: error },
        `could not read the App's own name (${failureReason(error)}); taking any bot's comment with the blocked marker for the App's`,
      );
      return undefined;
    }
  }
  return deps.state.appSlug ? `${deps.state.appSlug}[bot]`.toLowerCase() : undefined;
}

/** True when `login` is this App's bot (false when the App's name cannot be read). */
export async function isOwnBot(deps: EventDeps, login: string): Promise<boolean> {
  const bot = await ownBotLogin(deps);
  return bot !== undefined && login.toLowerCase() === bot;
}

/**
 * The App's own blocked comment on an item, oldest first: it carries the
 * marker and a bot wrote it (this App's bot, when its name is known). A
 * person quoting the marker never has their comment edited.
 */
async function findOwnComment(deps: EventDeps, number: number): Promise<IssueComment | undefined> {
  const candidates = (await deps.gh.listComments(number)).filter(
    (comment) => comment.body.includes(BLOCKED_MARKER) && comment.author.type === "Bot",
  );
  if (candidates.length === 0) return undefined;
  const bot = await ownBotLogin(deps);
  return candidates.find(
    (comment) => bot === undefined || comment.author.login.toLowerCase() === bot,
  );
}

/** Whether this App applied the label last; a label whose origin cannot be shown is a person's. */
async function appliedByApp(deps: EventDeps, number: number, label: string): Promise<boolean> {
  const actor = await deps.gh.lastLabeledBy(number, label);
  if (!actor) return false;
  if (actor.appId !== undefined) return actor.appId === (await deps.gh.appId());
  if (actor.type !== "Bot") return false;
  const bot = await ownBotLogin(deps);
  return bot !== undefined && actor.login.toLowerCase() === bot;
}

/**
 * The item's writes as a write plan, made in order by the executor (or, in
 * a dry run, logged). Each fails the check: the next event or sweep plans
 * what is still missing again.
 */
async function applyWrites(
  deps: EventDeps,
  number: number,
  writes: readonly BlockedWrite[],
  { dryRun }: { dryRun: boolean },
): Promise<Applied> {
  // Most checks find nothing to write; a dry run need not say so on every event.
  if (writes.length === 0) return "none";
  return appliedOf(
    await executePlan(
      deps,
      writes.map((write) => planned(number, write)),
      { dryRun },
    ),
  );
}

/** One blocked write as the executor's write; its failure fails the check. */
function planned(number: number, write: BlockedWrite): Write {
  const failure = "fails-event";
  const about = `the blocked-fields comment on #${number}`;
  switch (write.kind) {
    case "create-comment":
      return { ...write, issue: number, about, failure, what: `post ${about}` };
    case "update-comment":
      return {
        kind: "update-comment",
        comment: write.commentId,
        body: write.body,
        about,
        failure,
        what: `update ${about}`,
      };
    case "add-label":
      return {
        kind: "add-labels",
        issue: number,
        labels: [write.label],
        failure,
        what: `add ${write.label} to #${number}`,
      };
    case "remove-label":
      return { ...write, issue: number, failure, what: `remove ${write.label} from #${number}` };
  }
}

/**
 * Checks that an item labeled blocked states every configured field (ID,
 * cause, impact, owner, ETA, upstream dependency). While some are missing
 * the item has one App comment listing them (posted once, then updated only
 * when the list changes) and the needs-info label; once all are stated the
 * comment says so and needs-info comes off. An item that is not blocked
 * loses needs-info only when this App put it there, and its comments are
 * left alone. Labels are compared with `item.labels`, so nothing is written
 * that would change nothing; the App's own label changes therefore end here.
 */
export async function checkBlockedItem(
  deps: EventDeps,
  config: Config,
  item: BlockedItem,
  opts: { dryRun: boolean },
): Promise<BlockedResult> {
  const settings = config.incidents;
  const { label: blockedLabel, needs_info_label: needsInfo } = settings.blocked;
  const blocked = labelOn(item.labels, blockedLabel) !== undefined;
  const needsInfoOn = labelOn(item.labels, needsInfo);
  const writes: BlockedWrite[] = [];
  const result = (applied: Applied, extra: Partial<BlockedResult> = {}): BlockedResult => ({
    number: item.number,
    blocked,
    missing: [],
    writes,
    dryRun: opts.dryRun,
    applied,
    ...extra,
  });

  if (!blocked) {
    // needs-info is a common label of its own ("reporter, tell us more"):
    // only the one this App added for the blocked fields is taken off.
    if (needsInfoOn && (await appliedByApp(deps, item.number, needsInfoOn))) {
      writes.push({ kind: "remove-label", label: needsInfoOn });
    }
    return result(await applyWrites(deps, item.number, writes, opts));
  }

  const { missing, unreadable } = readBlockedFields(item.body, settings);
  const own = await findOwnComment(deps, item.number);
  if (missing.length > 0) {
    const body = missingBody(missing, unreadable, settings);
    if (!own) writes.push({ kind: "create-comment", body });
    else if (normalized(own.body) !== normalized(body)) {
      writes.push({ kind: "update-comment", commentId: own.id, body });
    }
    if (!needsInfoOn) writes.push({ kind: "add-label", label: needsInfo });
  } else {
    const body = statedBody(settings);
    if (own && normalized(own.body) !== normalized(body)) {
      writes.push({ kind: "update-comment", commentId: own.id, body });
    }
    if (needsInfoOn) writes.push({ kind: "remove-label", label: needsInfoOn });
  }
  const applied = await applyWrites(deps, item.number, writes, opts);
  return result(applied, { missing, ...(unreadable ? { unreadable } : {}) });
}

/** The comment escalating an item blocked longer than one cycle. */
export function blockedEscalationComment(
  number: number,
  since: Date,
  now: Date,
  level: EscalationLevel,
  settings: IncidentsConfig,
): string {
  const label = settings.blocked.escalated_label;
  const who =
    level.mention.length > 0
      ? level.mention.join(" ")
      : `(nobody to mention: list people or teams under \`incidents.escalation.${BLOCKED_CHAIN}[0].mention\` in ${codeSpan(CONFIG_PATH)})`;
  const days = Math.floor((now.getTime() - since.getTime()) / DAY);
  return [
    BLOCKED_ESCALATION_MARKER,
    `### Blocked longer than one cycle: escalated to ${inertText(level.name)}`,
    "",
    `${who}: #${number} has been labeled ${codeSpan(settings.blocked.label)} since ${since.toISOString().slice(0, 10)} (${days} days), longer than one cycle of ${settings.blocked.cycle_days} days.`,
    "",
    "Help unblock it, re-plan the work that waits on it, or close it if it is no longer needed.",
    "",
    `_pilot-gate adds the label ${codeSpan(label)} to record this, so it is announced once._`,
    "",
  ].join("\n");
}

/**
 * Escalates an item labeled blocked for longer than one cycle
 * (`incidents.blocked.cycle_days`, counted from the last time the label was
 * added, per the item's timeline) to the first level of the escalation
 * chain: one comment mentioning that level, then the
 * `incidents.blocked.escalated_label` label (its own, so an incident that is
 * also blocked keeps its SLA level). Running it again is a no-op once the
 * label is there. The timeline
 * is not read when the item already carries the label or is younger than
 * one cycle. In a dry run the executor logs the writes instead.
 */
export async function escalateBlockedTooLong(
  deps: EventDeps,
  config: Config,
  item: Pick<BlockedItem, "number" | "labels" | "created_at">,
  now: Date,
  opts: { dryRun: boolean },
): Promise<BlockedEscalationResult> {
  const settings = config.incidents;
  const result = (
    status: BlockedEscalationStatus,
    extra: Partial<BlockedEscalationResult> = {},
    applied: Applied = "none",
  ): BlockedEscalationResult => ({
    number: item.number,
    status,
    // Only an escalation writes; one only planned was a dry run (a failed write throws).
    dryRun: applied === "planned",
    applied,
    ...extra,
  });
  const blockedLabel = settings.blocked.label;
  if (!labelOn(item.labels, blockedLabel)) return result("not-blocked");
  const level = escalationChain(settings, BLOCKED_CHAIN)[0] as EscalationLevel;
  const label = settings.blocked.escalated_label;
  if (labelOn(item.labels, label)) return result("already-escalated");
  const created = item.created_at ? Date.parse(item.created_at) : Number.NaN;
  // The label cannot be older than the item.
  if (Number.isFinite(created) && !blockedTooLong(new Date(created), now, settings)) {
    return result("within-cycle");
  }

  const added = (await deps.gh.listTimeline(item.number))
    .filter(
      (event) =>
        event.event === "labeled" &&
        event.label !== undefined &&
        sameLabel(event.label, blockedLabel),
    )
    .map((event) => Date.parse(event.at))
    .filter((at) => Number.isFinite(at));
  if (added.length === 0) {
    deps.log.warn(
      { number: item.number },
      `#${item.number} is labeled ${blockedLabel} but its timeline shows no event adding the label, so how long it has been blocked is unknown; not escalated`,
    );
    return result("unknown-since");
  }
  const since = new Date(Math.max(...added));
  const blockedSince = since.toISOString();
  if (!blockedTooLong(since, now, settings)) return result("within-cycle", { blockedSince });

  const body = blockedEscalationComment(item.number, since, now, level, settings);
  const applied = await announceEscalation(
    deps,
    item.number,
    { body, label, mention: level.mention },
    opts,
  );
  if (applied === "written") {
    deps.log.info(
      { number: item.number, label, blockedSince },
      `#${item.number} blocked since ${blockedSince}: escalated to ${level.name}`,
    );
  }
  return result("escalated", { blockedSince, label }, applied);
}

/** The queue key of one item's blocked checks (distinct from a PR's key, which the required check holds). */
export function blockedKey(deps: Pick<EventDeps, "repo">, number: number): string {
  return `blocked:${repoKey(deps.repo)}#${number}`;
}

/**
 * Checks every open issue and PR labeled blocked: its fields
 * (`checkBlockedItem`) and how long it has been blocked
 * (`escalateBlockedTooLong`). One item's failure is reported and the
 * others are still checked. Does nothing while `incidents.enabled` is off.
 */
export async function sweepBlocked(
  deps: EventDeps,
  config: Config,
  now: Date,
  { dryRun }: { dryRun: boolean },
): Promise<BlockedSweepReport> {
  const requestsBefore = deps.gh.requests;
  const report: BlockedSweepReport = {
    version: 1,
    kind: "blocked-sweep",
    repository: `${deps.repo.owner}/${deps.repo.repo}`,
    at: now.toISOString(),
    enabled: config.incidents.enabled,
    dryRun,
    items: [],
    errors: [],
    escalated: 0,
    requests: 0,
  };
  if (!config.incidents.enabled) {
    deps.log.info(`incidents.enabled is off in ${CONFIG_PATH}: no blocked item was swept`);
    return report;
  }
  const label = config.incidents.blocked.label;
  let items: IssueItem[] = [];
  try {
    items = await deps.gh.listOpenIssues(label);
  } catch (error) {
    const reason = failureReason(error);
    deps.log.warn({ err: error, label }, `listing the items labelled ${label}: ${reason}`);
    report.errors.push({ reason });
  }
  for (const item of items) {
    try {
      // The same key as the App's events on the item, so a sweep and an event never write at once.
      const outcome = await deps.state.queue.run(blockedKey(deps, item.number), async () => {
        const check = await checkBlockedItem(deps, config, item, { dryRun });
        const escalation = await escalateBlockedTooLong(deps, config, item, now, { dryRun });
        return { check, escalation };
      });
      report.items.push(outcome);
      if (outcome.escalation.status === "escalated") report.escalated++;
    } catch (error) {
      const reason = failureReason(error);
      deps.log.warn({ err: error, number: item.number }, `#${item.number}: ${reason}`);
      report.errors.push({ number: item.number, reason });
    }
  }
  report.requests = deps.gh.requests - requestsBefore;
  return report;
}
