import {
  COMMENT_BODY_CHARS,
  fitChars,
  fitCharsBefore,
  ISSUE_BODY_CHARS,
} from "../../core/github-limits.js";
import {
  FREEZE_SYNTAX,
  type FreezeCommand,
  type FreezeRecord,
  freezeReceiptId,
  freezeRecordMarker,
  incidentLink,
  p0TriggerTripped,
  UNFREEZE_SYNTAX,
  type UnfreezeRecord,
  unfreezeReceiptId,
  unfreezeRecordMarker,
} from "../../core/incidents/index.js";
import type { Config } from "../../core/index.js";
import { permissionAtLeast } from "../../core/overrides.js";
import { codeSpan, handle, inertText, mention, titleText } from "../../core/render/escape.js";
import { describeWrite, type WriteAction } from "../../core/write-plan.js";
import type { IssueItem } from "../../github/client.js";
import type { Applied } from "../applied.js";
import type { EventDeps } from "../event.js";
import { type ExecutedWrite, executePlan } from "../execute.js";
import { tripTrigger } from "./immediate-triggers.js";
import { recordOf, toIncidents } from "./issues.js";

/** The comment a freeze command was given in. */
export interface CommandComment {
  /** The issue (or PR) it is on. */
  issue: number;
  login: string;
  /** ISO 8601; part of the receipt, so a redelivery gets the same one. */
  at: string;
}

/** What a freeze command did, for the log and the tests. */
export type FreezeOutcome =
  | { status: "frozen"; issue: number; receipt: string }
  | { status: "lifted"; issues: number[]; receipt: string }
  | { status: "already-recorded"; receipt: string }
  | { status: "refused" | "nothing-to-lift" };

/** Open freeze issues (not PRs). */
async function openFreezeIssues(deps: EventDeps, config: Config): Promise<IssueItem[]> {
  return (await deps.gh.listOpenIssues(config.incidents.freeze_label)).filter(
    (item) => !item.isPull,
  );
}

function branchesOf(config: Config): string {
  return config.incidents.freeze_branches.map((branch) => codeSpan(branch)).join(", ");
}

/** The issue a `/pilot-gate freeze` opens: who froze, why, the receipt, how to lift it, and its record. */
export function freezeIssue(
  config: Config,
  comment: CommandComment,
  reason: string,
  record: FreezeRecord,
): { title: string; body: string } {
  const body = [
    `Merges into ${branchesOf(config)} are frozen: ${inertText(reason)}`,
    "",
    `- Frozen by ${handle(comment.login)} at ${inertText(comment.at)}, from #${comment.issue}`,
    `- Receipt: ${codeSpan(record.receipt)}`,
    "",
    `While this issue is open, every PR into these branches fails \`incident-freeze\` in the ${codeSpan(config.check.name)} check. Lift the freeze with \`${UNFREEZE_SYNTAX}\` here or on #${comment.issue} (${config.incidents.freeze_permission} permission or higher), or close this issue.`,
    "",
    "",
  ].join("\n");
  return {
    title: titleText(`Merge freeze: ${reason}`, 120),
    body: fitCharsBefore(body, freezeRecordMarker(record), ISSUE_BODY_CHARS),
  };
}

/** The reply on the comment's issue once a freeze is recorded. */
export function frozenReply(
  config: Config,
  comment: CommandComment,
  reason: string,
  issue: number,
  receipt: string,
): string {
  return fitChars(
    `Merges into ${branchesOf(config)} are frozen by ${handle(comment.login)}: ${inertText(reason)}. Freeze issue${issue ? ` #${issue}` : ""}, receipt ${codeSpan(receipt)}. Lift it with \`${UNFREEZE_SYNTAX}\`.`,
    COMMENT_BODY_CHARS,
  );
}

/**
 * `/pilot-gate freeze <reason>` and `/pilot-gate unfreeze`, on any issue or
 * PR, by someone with `incidents.freeze_permission` or higher.
 *
 * A freeze opens a freeze issue, authored by the App and labelled
 * `incidents.freeze_label`, whose body records who froze, when, why and the
 * receipt; while it is open every PR into a frozen branch fails
 * `incident-freeze`, citing the receipt. An unfreeze closes the freeze
 * issues the comment's issue is (or opened), appending the lift's receipt.
 * Each step answers on the comment's issue, so the person who asked sees
 * what happened. Receipts derive from the request: a redelivered freeze
 * finds its issue already open and changes nothing.
 */
export async function runFreezeCommand(
  deps: EventDeps,
  config: Config,
  comment: CommandComment,
  command: FreezeCommand,
  dryRun: boolean,
): Promise<FreezeOutcome> {
  // A failed write fails the command, and the event's guard reports it.
  const write = async (...writes: WriteAction[]): Promise<ExecutedWrite[]> =>
    executePlan(
      deps,
      writes.map((action) => ({ ...action, failure: "fails-event", what: describeWrite(action) })),
      { dryRun },
    );
  const replyWrite = (body: string): WriteAction => ({
    kind: "create-comment",
    issue: comment.issue,
    body,
  });
  const reply = (body: string) => write(replyWrite(body));

  const needed = config.incidents.freeze_permission;
  const permission = await deps.gh.getPermission(comment.login);
  if (!permissionAtLeast(permission, needed)) {
    await reply(
      `${mention(comment.login)}, merges can only be frozen and unfrozen here by people with **${needed}** permission or higher on this repository (\`incidents.freeze_permission\`); you have ${inertText(permission)}. Ask one of them to comment \`${command.kind === "freeze" ? FREEZE_SYNTAX : UNFREEZE_SYNTAX}\`.`,
    );
    return { status: "refused" };
  }

  const open = await openFreezeIssues(deps, config);
  if (command.kind === "freeze") {
    const fields = {
      kind: "freeze" as const,
      actor: comment.login,
      at: comment.at,
      reason: command.reason,
      source: comment.issue,
    };
    const record: FreezeRecord = { ...fields, receipt: freezeReceiptId(fields) };
    if (open.some((item) => recordOf(item)?.receipt === record.receipt)) {
      deps.log.info(
        `freeze ${record.receipt} is already open (redelivered comment): nothing to do`,
      );
      return { status: "already-recorded", receipt: record.receipt };
    }
    const { title, body } = freezeIssue(config, comment, command.reason, record);
    // The reply names the new issue, so it is a second plan made after the first.
    const [opened] = await write({
      kind: "create-issue",
      title,
      body,
      labels: [config.incidents.freeze_label],
    });
    const number = opened?.id ?? 0;
    await reply(frozenReply(config, comment, command.reason, number, record.receipt));
    return { status: "frozen", issue: number, receipt: record.receipt };
  }

  const targets = open.filter(
    (item) => item.number === comment.issue || recordOf(item)?.source === comment.issue,
  );
  const fields = { actor: comment.login, at: comment.at, source: comment.issue };
  const lift: UnfreezeRecord = { ...fields, receipt: unfreezeReceiptId(fields) };
  if (targets.length === 0) {
    const others = open.map((item) => `#${item.number}`).join(", ");
    await reply(
      `${mention(comment.login)}, there is no open freeze to lift from here. ${open.length > 0 ? `Open freezes: ${others}; comment \`${UNFREEZE_SYNTAX}\` on the one to lift.` : "No freeze is open."}`,
    );
    return { status: "nothing-to-lift" };
  }
  const closes = targets.map((item): WriteAction => {
    const body = [
      item.body,
      "",
      "---",
      `Lifted by ${handle(comment.login)} at ${inertText(comment.at)} from #${comment.issue} (receipt ${codeSpan(lift.receipt)}).`,
      "",
      unfreezeRecordMarker(lift),
    ].join("\n");
    return { kind: "update-issue", issue: item.number, body, close: true };
  });
  const lifted = targets.map((item) => `#${item.number}`).join(", ");
  await write(
    ...closes,
    replyWrite(
      `Freeze ${lifted} lifted by ${handle(comment.login)} (receipt ${codeSpan(lift.receipt)}). Open PRs into ${branchesOf(config)} are judged again now.`,
    ),
  );
  return { status: "lifted", issues: targets.map((item) => item.number), receipt: lift.receipt };
}

const DAY = 24 * 60 * 60_000;

/** What the repeated-P0 trigger check found. */
export type TriggerOutcome =
  | { status: "not-tripped"; incidents: number[] }
  | { status: "already-frozen"; incidents: number[]; issue: number }
  | {
      status: "tripped";
      incidents: number[];
      /** The freeze issue opened; 0 when it was only planned. */
      issue: number;
      receipt: string;
      /** What the executor did with the freeze issue: `planned` in a dry run. */
      applied: Exclude<Applied, "none">;
    };

/**
 * The repeated-P0 trigger (`incidents.p0_trigger`, e.g. PC-P1-01: 2
 * critical incidents opened within 14 days). When tripped, opens a freeze
 * issue authored by the App, labelled with the freeze label and the first
 * escalation level and mentioning that level, which freezes like a
 * `/pilot-gate freeze` until a maintainer clears it (`/pilot-gate
 * unfreeze` on it, or closing it). A trigger issue (open or closed) that
 * already lists the newest incident in the window covers it, so clearing
 * the freeze holds until another critical incident opens. Requests: one
 * list per critical label and one for the freeze label.
 */
export async function checkP0Trigger(
  deps: EventDeps,
  config: Config,
  now: Date,
  dryRun: boolean,
): Promise<TriggerOutcome> {
  const settings = config.incidents;
  const since = new Date(now.getTime() - settings.p0_trigger.days * DAY).toISOString();
  const lists = await Promise.all(
    settings.severity_labels.critical.map((label) => deps.gh.listIssuesSince(label, since)),
  );
  const incidents = toIncidents(lists.flat(), config);
  const trigger = p0TriggerTripped(incidents, now, settings);
  if (!trigger.tripped) return { status: "not-tripped", incidents: trigger.incidents };

  const newest = trigger.incidents.at(-1) as number;
  const { days } = settings.p0_trigger;
  const reason = `${trigger.incidents.length} critical incidents opened within ${days} days (${trigger.incidents.map((n) => `#${n}`).join(", ")})`;
  const outcome = await tripTrigger(
    deps,
    config,
    {
      trigger: trigger.id,
      reason,
      // Covered by any trigger issue that lists the newest incident: clearing holds until another opens.
      evidence: `p0:${newest}`,
      covers: (record) => (record.incidents ?? []).includes(newest),
      incidents: trigger.incidents,
      details: trigger.incidents.map((number) => {
        const incident = incidents.find((listed) => listed.number === number);
        return incident ? incidentLink(incident) : `#${number}`;
      }),
      since,
    },
    now,
    dryRun,
  );
  if (outcome.status === "already-frozen") {
    return { status: "already-frozen", incidents: trigger.incidents, issue: outcome.issue };
  }
  const { issue, receipt, applied } = outcome as {
    issue: number;
    receipt: string;
    applied: "written" | "planned";
  };
  return { status: "tripped", incidents: trigger.incidents, issue, receipt, applied };
}
