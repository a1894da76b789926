import {
  COMMENT_BODY_CHARS,
  fitChars,
  fitCharsBefore,
  ISSUE_BODY_CHARS,
} from "../../core/github-limits.js";
import {
  BLOCKED_CHAIN,
  type EscalationLevel,
  escalationChain,
  escalationLabel,
  escalationLevelFromLabels,
  type IncidentSeverity,
  severityOf,
} from "../../core/incidents/index.js";
import {
  OPERATOR_SYNTAX,
  type OperatorCommand,
  type OperatorRecord,
  type OperatorRequest,
  operatorHelp,
  operatorReceiptId,
  operatorRecordMarker,
  readOperatorRecord,
} from "../../core/incidents/operator-command.js";
import { CONFIG_PATH, type Config } from "../../core/index.js";
import { labelOn } from "../../core/labels.js";
import { permissionAtLeast } from "../../core/overrides.js";
import {
  codeSpan,
  handle,
  inertText,
  issueRef,
  markdownCell,
  mention,
  tableCell,
} from "../../core/render/escape.js";
import { describeWrite, type WriteAction } from "../../core/write-plan.js";
import type { IssueDetail } from "../../github/client.js";
import { type Applied, appliedOf } from "../applied.js";
import type { EventDeps } from "../event.js";
import { type ExecutedWrite, executePlan } from "../execute.js";
import { expandRoles } from "../roles.js";
import type { CommandComment } from "./freeze.js";
import { escalationWrites } from "./issues.js";
import { type ClockReport, incidentClocks } from "./sla.js";

/** What an operator command did, for the log and the tests. */
export type OperatorOutcome =
  | { status: "not-applicable" }
  | { status: "already-recorded"; receipt: string }
  | {
      status: "done" | "refused" | "nothing-to-do";
      receipt: string;
      /** What the executor did with the command's writes, its reply included. */
      applied: Applied;
    };

/** A command that acts on an item: `help` is answered by the runtime without reading anything. */
export type Acted = Exclude<OperatorCommand, { kind: "help" }>;

/**
 * A reply ending with its receipt, shown and recorded in the hidden marker,
 * within a comment's limit: a long reason is cut, never the receipt.
 */
function withReceipt(lines: readonly string[], record: OperatorRecord): string {
  const tail = `\nReceipt ${codeSpan(record.receipt)}.\n\n${operatorRecordMarker(record)}`;
  return fitCharsBefore(`${lines.join("\n")}\n`, tail, COMMENT_BODY_CHARS);
}

/** The help reply: what was not understood, and every command with its syntax. */
export function helpReply(login: string, unknown: string | undefined): string {
  const opener =
    unknown === undefined
      ? `${mention(login)}, pilot-gate understands these commands on incidents and blocked items:`
      : `${mention(login)}, pilot-gate has no command ${codeSpan(unknown)}. It understands these on incidents and blocked items:`;
  return fitChars(
    [
      opener,
      "",
      operatorHelp(),
      "",
      "Each goes on a line of its own. Merges are frozen with `/pilot-gate freeze <reason>`, `/pilot-gate doctor` (on any issue) runs the preflight as the `pilot-gate/doctor` check, and a PR's rule is overridden with `/pilot-gate override <rule-id> reason: <why>`.",
      "A pilot review issue is decided with `/pilot-gate accept <reason>` or `/pilot-gate reject <reason>`.",
    ].join("\n"),
    COMMENT_BODY_CHARS,
  );
}

/**
 * Whether `login` may run operator commands: the same rule as overrides,
 * `overrides.permission` or higher, or holding one of `overrides.roles`
 * (teams expanded only when the permission alone does not suffice).
 */
export async function mayOperate(
  deps: EventDeps,
  config: Config,
  login: string,
): Promise<{ allowed: boolean; permission: string }> {
  const permission = await deps.gh.getPermission(login);
  if (permissionAtLeast(permission, config.overrides.permission)) {
    return { allowed: true, permission };
  }
  if (config.overrides.roles.length === 0) return { allowed: false, permission };
  const members = await expandRoles(deps, config, config.overrides.roles);
  const wanted = login.toLowerCase();
  const allowed = config.overrides.roles.some((role) =>
    (members[role] ?? []).some((member) => member.toLowerCase() === wanted),
  );
  return { allowed, permission };
}

function refusalLines(config: Config, login: string, permission: string, verb: string): string[] {
  const roles = config.overrides.roles;
  const who = [
    `**${config.overrides.permission}** permission or higher on this repository (\`overrides.permission\`)`,
    ...(roles.length > 0
      ? [`the ${roles.map((role) => codeSpan(role)).join(" or ")} role (\`overrides.roles\`)`]
      : []),
  ].join(", or ");
  return [
    `${mention(login)}, operator commands here need ${who}, as overrides do; you have ${inertText(permission)}. Ask one of them to comment \`${OPERATOR_SYNTAX[verb as keyof typeof OPERATOR_SYNTAX]}\`.`,
  ];
}

function logins(list: readonly string[]): string {
  return list.length > 0 ? list.map((login) => handle(login)).join(", ") : "nobody";
}

function levelWords(level: number, chain: readonly EscalationLevel[]): string {
  const entry = chain[level - 1];
  if (!entry) {
    const first = chain[0];
    return first
      ? `none yet (first level: ${inertText(first.name)})`
      : "none (no chain configured)";
  }
  return `level ${level} of ${chain.length}: **${inertText(entry.name)}**`;
}

function clockRow(clock: ClockReport): string {
  const state =
    clock.state === "met"
      ? `met at ${clock.metAt}`
      : clock.state === "breached"
        ? clock.metAt
          ? `breached: met ${clock.overdueBy} min late`
          : `breached: ${clock.overdueBy} min overdue`
        : "running";
  return `| ${clock.clock} | ${clock.target} ${clock.business ? "business " : ""}min | ${clock.dueAt} | ${state} |`;
}

/**
 * The inspect reply: state, severity, blocked, escalation level, assignees,
 * SLA clocks and the PRs that reference the item. Titles and logins are
 * user text, so each goes through the escaper.
 */
export function inspectLines(
  config: Config,
  item: IssueDetail,
  clocks: readonly ClockReport[],
  linked: readonly { number: number; title: string; url: string; state: string }[],
): string[] {
  const settings = config.incidents;
  const severity = severityOf(item.labels, settings);
  const blocked = labelOn(item.labels, settings.blocked.label) !== undefined;
  const chain = escalationChain(settings, severity ?? BLOCKED_CHAIN);
  const level = escalationLevelFromLabels(item.labels, severity ?? BLOCKED_CHAIN, settings);
  const lines = [
    `### ${item.isPull ? "PR" : "Issue"} #${item.number}: ${inertText(item.title, 200)}`,
    "",
    "| | |",
    "|---|---|",
    `| State | ${item.state} |`,
    `| Severity | ${severity ?? "not an incident (no severity label)"} |`,
    `| Blocked | ${blocked ? `yes (${tableCell(settings.blocked.label)})` : "no"} |`,
    `| Escalation | ${severity ? levelWords(level, chain) : "not an incident"} |`,
    `| Assignees | ${markdownCell(logins(item.assignees))} |`,
    `| Opened | ${item.created_at} |`,
    "",
  ];
  if (clocks.length > 0) {
    lines.push(
      "| SLA clock | Target | Due | State |",
      "|---|---|---|---|",
      ...clocks.map(clockRow),
      "",
    );
  } else if (severity) {
    lines.push("SLA clocks: none running (the incident is closed).", "");
  }
  lines.push(
    linked.length > 0
      ? `Linked PRs: ${linked.map((pull) => `${issueRef(pull.number, pull.url)} "${inertText(pull.title, 120)}" (${pull.state})`).join(", ")}`
      : "Linked PRs: none reference this item yet.",
  );
  return lines;
}

/**
 * An operator command (core/incidents/operator-command.ts) on an incident
 * (an item with a severity label) or a blocked item, by someone the
 * override rules allow (`overrides.permission` or `overrides.roles`).
 * The item is read fresh, every write goes through the executor (a dry run
 * only logs them), and the reply ends with a receipt derived from the
 * request, recorded in a hidden marker: a redelivered comment finds its
 * reply and changes nothing. A refusal gets a receipt too, as overrides'
 * refusals do.
 */
export async function runOperatorCommand(
  deps: EventDeps,
  config: Config,
  comment: CommandComment,
  command: Acted,
  dryRun: boolean,
): Promise<OperatorOutcome> {
  const executed: ExecutedWrite[] = [];
  // A failed write fails the command, and the event's guard reports it.
  const write = async (...writes: WriteAction[]): Promise<ExecutedWrite[]> => {
    const done = await executePlan(
      deps,
      writes.map((action) => ({ ...action, failure: "fails-event", what: describeWrite(action) })),
      { dryRun },
    );
    executed.push(...done);
    return done;
  };
  const replyWrite = (body: string): WriteAction => ({
    kind: "create-comment",
    issue: comment.issue,
    body,
  });

  const settings = config.incidents;
  const item = await deps.gh.getIssue(comment.issue);
  const severity = severityOf(item.labels, settings);
  // An incident climbs the chain of its severity; a blocked item that is no
  // incident is called along the chain blocked items use (BLOCKED_CHAIN).
  const chain = escalationChain(settings, severity ?? BLOCKED_CHAIN);
  const blockedLabel = labelOn(item.labels, settings.blocked.label);
  if (!severity && !blockedLabel) {
    const severities = Object.values(settings.severity_labels)
      .flat()
      .map((label) => codeSpan(label))
      .join(", ");
    await write(
      replyWrite(
        `${mention(comment.login)}, operator commands work on incidents (an issue with a severity label: ${severities}) and on items labeled ${codeSpan(settings.blocked.label)}; #${comment.issue} is neither. Add the label first, then ask again.`,
      ),
    );
    return { status: "not-applicable" };
  }

  const request: OperatorRequest = {
    command: command.kind,
    actor: comment.login,
    at: comment.at,
    issue: comment.issue,
    ...("reason" in command ? { reason: command.reason } : {}),
    ...("assignee" in command ? { assignee: command.assignee } : {}),
  };
  const receipt = operatorReceiptId(request);
  const record = (outcome: OperatorRecord["outcome"]): OperatorRecord => ({
    ...request,
    receipt,
    outcome,
  });
  const answered = (await deps.gh.listComments(comment.issue)).some(
    (posted) =>
      posted.author.type === "Bot" && readOperatorRecord(posted.body)?.receipt === receipt,
  );
  if (answered) {
    deps.log.info(`operator command ${receipt} is already answered (redelivered comment)`);
    return { status: "already-recorded", receipt };
  }

  const { allowed, permission } = await mayOperate(deps, config, comment.login);
  const finish = async (
    status: "done" | "refused" | "nothing-to-do",
    lines: string[],
  ): Promise<OperatorOutcome> => {
    await write(replyWrite(withReceipt(lines, record(status === "refused" ? "refused" : "done"))));
    return { status, receipt, applied: appliedOf(executed) };
  };
  if (!allowed) {
    return finish("refused", refusalLines(config, comment.login, permission, command.kind));
  }
  return act(
    deps,
    config,
    { comment, command, item, severity, chain, blockedLabel, record },
    {
      write,
      finish,
      dryRun,
    },
  );
}

interface ActContext {
  comment: CommandComment;
  command: Acted;
  item: IssueDetail;
  severity: IncidentSeverity | undefined;
  /** The chain the item escalates along: its severity's, or blocked items' (BLOCKED_CHAIN). */
  chain: readonly EscalationLevel[];
  blockedLabel: string | undefined;
  record: (outcome: OperatorRecord["outcome"]) => OperatorRecord;
}

interface ActTools {
  write: (...writes: WriteAction[]) => Promise<ExecutedWrite[]>;
  finish: (
    status: "done" | "refused" | "nothing-to-do",
    lines: string[],
  ) => Promise<OperatorOutcome>;
  dryRun: boolean;
}

/** The command itself, once the item qualifies and the person may run it. */
async function act(
  deps: EventDeps,
  config: Config,
  { comment, command, item, severity, chain, blockedLabel, record }: ActContext,
  { write, finish, dryRun }: ActTools,
): Promise<OperatorOutcome> {
  const settings = config.incidents;
  const who = mention(comment.login);
  const ref = `#${item.number}`;
  switch (command.kind) {
    case "inspect": {
      const timeline = await deps.gh.listTimeline(item.number);
      const clocks =
        severity && item.state === "open"
          ? await incidentClocks(deps, config, item, timeline, deps.state.options.now())
          : [];
      const linked = new Map<
        number,
        { number: number; title: string; url: string; state: string }
      >();
      for (const event of timeline) {
        if (event.source?.isPull) linked.set(event.source.number, event.source);
      }
      return finish("done", [
        `${who}, here is where ${ref} stands.`,
        "",
        ...inspectLines(config, item, clocks, [...linked.values()]),
      ]);
    }
    case "owner": {
      const level = escalationLevelFromLabels(item.labels, severity ?? BLOCKED_CHAIN, settings);
      const entry = chain[Math.max(level, 1) - 1];
      const called =
        entry && entry.mention.length > 0
          ? `${entry.mention.map((name) => inertText(name)).join(", ")} (${inertText(entry.name)})`
          : "nobody is listed";
      return finish("done", [
        `${who}, ${ref} is owned by ${logins(item.assignees)}${item.assignees.length === 0 ? `: assign someone with \`${OPERATOR_SYNTAX.assign}\`` : ""}.`,
        "",
        `Called at its escalation level: ${called}.`,
      ]);
    }
    case "escalate": {
      const level = escalationLevelFromLabels(item.labels, severity ?? BLOCKED_CHAIN, settings);
      // An incident climbs its chain; a blocked item that is no incident is called to the first level once.
      const next = severity ? chain[level] : chain[0];
      const label = severity && next ? escalationLabel(next) : settings.blocked.escalated_label;
      if (!next) {
        return finish("nothing-to-do", [
          `${who}, ${ref} is already at the last level of its chain in \`incidents.escalation\` in ${codeSpan(CONFIG_PATH)} (${levelWords(level, chain)}); nothing was changed.`,
        ]);
      }
      if (!severity && labelOn(item.labels, label)) {
        return finish("nothing-to-do", [
          `${who}, blocked item ${ref} is already escalated (it carries ${codeSpan(label)}); nothing was changed.`,
        ]);
      }
      const where = severity ? ` (level ${level + 1} of ${chain.length})` : "";
      const body = escalationBody(
        next,
        `${ref} escalated${where} by ${handle(comment.login)}: ${inertText(command.reason)}`,
        `pilot-gate adds the label ${codeSpan(label)} to record it.`,
        record("done"),
      );
      // The escalation comment is the reply: it carries the receipt, so a redelivery finds it.
      const done = await executePlan(
        deps,
        escalationWrites(item.number, { body, label, mention: next.mention }),
        { dryRun },
      );
      return { status: "done", receipt: record("done").receipt, applied: appliedOf(done) };
    }
    case "assign":
    case "reassign": {
      const wanted = command.assignee.toLowerCase();
      const [added] = await write({
        kind: "add-assignees",
        issue: item.number,
        assignees: [command.assignee],
      });
      if (added?.made && !(added.assignees ?? []).some((login) => login.toLowerCase() === wanted)) {
        return finish("refused", [
          `${who}, GitHub did not assign ${handle(command.assignee)} to ${ref}: only people with access to this repository can be assigned. Nothing else was changed.`,
        ]);
      }
      const earlier = item.assignees.filter((login) => login.toLowerCase() !== wanted);
      if (command.kind === "reassign" && earlier.length > 0) {
        await write({ kind: "remove-assignees", issue: item.number, assignees: earlier });
      }
      const change =
        command.kind === "reassign" && earlier.length > 0
          ? `reassigned from ${logins(earlier)} to ${handle(command.assignee)}`
          : `assigned to ${handle(command.assignee)}`;
      return finish("done", [`${who}, ${ref} is ${change}: ${inertText(command.reason)}`]);
    }
    case "unblock": {
      if (!blockedLabel) {
        return finish("nothing-to-do", [
          `${who}, ${ref} is not labeled ${codeSpan(settings.blocked.label)}; nothing was changed.`,
        ]);
      }
      const labels = [
        blockedLabel,
        settings.blocked.needs_info_label,
        settings.blocked.escalated_label,
      ]
        .map((label) => labelOn(item.labels, label))
        .filter((label): label is string => label !== undefined);
      await write(
        ...labels.map(
          (label): WriteAction => ({ kind: "remove-label", issue: item.number, label }),
        ),
      );
      return finish("done", [
        `${who}, ${ref} is unblocked (${labels.map((label) => codeSpan(label)).join(", ")} taken off): ${inertText(command.reason)}`,
      ]);
    }
    case "close": {
      if (item.state === "closed") {
        return finish("nothing-to-do", [`${who}, ${ref} is already closed; nothing was changed.`]);
      }
      const note = [
        "",
        "",
        "---",
        `Closed by ${handle(comment.login)} at ${inertText(comment.at)} with \`/pilot-gate close\`: ${inertText(command.reason)} (receipt ${codeSpan(record("done").receipt)}).`,
      ].join("\n");
      // The note must survive whole; a description already at GitHub's limit loses its end instead.
      const body = fitCharsBefore(item.body, note, ISSUE_BODY_CHARS);
      await write({ kind: "update-issue", issue: item.number, body, close: true });
      return finish("done", [`${who}, ${ref} is closed: ${inertText(command.reason)}`]);
    }
  }
}

/** The comment of a manual escalation: who is called, who asked and why, and the receipt. */
function escalationBody(
  level: EscalationLevel,
  headline: string,
  after: string,
  record: OperatorRecord,
): string {
  const called =
    level.mention.length > 0
      ? `${level.mention.join(" ")}: you are called.`
      : `Nobody is mentioned at this level: list people or teams under \`incidents.escalation\` in ${codeSpan(CONFIG_PATH)}.`;
  return withReceipt(
    [`### Escalated to ${inertText(level.name)}`, "", headline, "", called, "", after],
    record,
  );
}
