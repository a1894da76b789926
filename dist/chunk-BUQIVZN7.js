import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  tripTrigger
} from "./chunk-S2243G4A.js";
import {
  announceEscalation,
  appliedOf,
  recordOf,
  toIncidents
} from "./chunk-ZYQYMZGF.js";
import {
  describeWrite,
  executePlan,
  failureReason
} from "./chunk-4GTL7U6X.js";
import {
  repoKey
} from "./chunk-AN4NO4AL.js";
import {
  CannotEvaluateError
} from "./chunk-T2NOWLVF.js";
import {
  FREEZE_SYNTAX,
  UNFREEZE_SYNTAX,
  blockedTooLong,
  freezeReceiptId,
  freezeRecordMarker,
  missingFieldsComment,
  p0TriggerTripped,
  permissionAtLeast,
  readBlockedFields,
  unfreezeReceiptId,
  unfreezeRecordMarker
} from "./chunk-XRWPT2AM.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  BLOCKED_CHAIN,
  COMMENT_BODY_CHARS,
  ISSUE_BODY_CHARS,
  codeSpan,
  escalationChain,
  escalationsDue,
  fitChars,
  fitCharsBefore,
  handle,
  incidentLink,
  inertText,
  labelOn,
  mention,
  sameLabel,
  slaStatus,
  titleText,
  toIncident
} from "./chunk-VUTGOOYN.js";

// engine/incidents/blocked.ts
var BLOCKED_MARKER = "<!-- pilot-gate:blocked -->", BLOCKED_ESCALATION_MARKER = "<!-- pilot-gate:blocked-escalation -->", DAY = 1440 * 6e4;
function normalized(text) {
  return text.replace(/\r\n?/g, `
`).trim();
}
function missingBody(missing, unreadable, settings) {
  return [
    BLOCKED_MARKER,
    ...unreadable ? [inertText(unreadable), ""] : [],
    missingFieldsComment(missing, settings)
  ].join(`
`);
}
function statedBody(settings) {
  return [
    BLOCKED_MARKER,
    `Every field a ${codeSpan(settings.blocked.label)} item must state is now stated (${settings.blocked.fields.map((field) => inertText(field)).join(", ")}).`
  ].join(`
`);
}
async function ownBotLogin(deps) {
  if (deps.state.appSlug === void 0)
    try {
      deps.state.appSlug = await deps.gh.appSlug();
    } catch (error) {
      deps.log.warn(
        { err: error },
        `could not read the App's own name (${failureReason(error)}); taking any bot's comment with the blocked marker for the App's`
      );
      return;
    }
  return deps.state.appSlug ? `${deps.state.appSlug}[bot]`.toLowerCase() : void 0;
}
async function isOwnBot(deps, login) {
  let bot = await ownBotLogin(deps);
  return bot !== void 0 && login.toLowerCase() === bot;
}
async function findOwnComment(deps, number) {
  let candidates = (await deps.gh.listComments(number)).filter(
    (comment) => comment.body.includes(BLOCKED_MARKER) && comment.author.type === "Bot"
  );
  if (candidates.length === 0) return;
  let bot = await ownBotLogin(deps);
  return candidates.find(
    (comment) => bot === void 0 || comment.author.login.toLowerCase() === bot
  );
}
async function appliedByApp(deps, number, label) {
  let actor = await deps.gh.lastLabeledBy(number, label);
  if (!actor) return !1;
  if (actor.appId !== void 0) return actor.appId === await deps.gh.appId();
  if (actor.type !== "Bot") return !1;
  let bot = await ownBotLogin(deps);
  return bot !== void 0 && actor.login.toLowerCase() === bot;
}
async function applyWrites(deps, number, writes, { dryRun }) {
  return writes.length === 0 ? "none" : appliedOf(
    await executePlan(
      deps,
      writes.map((write) => planned(number, write)),
      { dryRun }
    )
  );
}
function planned(number, write) {
  let failure = "fails-event", about = `the blocked-fields comment on #${number}`;
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
        what: `update ${about}`
      };
    case "add-label":
      return {
        kind: "add-labels",
        issue: number,
        labels: [write.label],
        failure,
        what: `add ${write.label} to #${number}`
      };
    case "remove-label":
      return { ...write, issue: number, failure, what: `remove ${write.label} from #${number}` };
  }
}
async function checkBlockedItem(deps, config, item, opts) {
  let settings = config.incidents, { label: blockedLabel, needs_info_label: needsInfo } = settings.blocked, blocked = labelOn(item.labels, blockedLabel) !== void 0, needsInfoOn = labelOn(item.labels, needsInfo), writes = [], result = (applied2, extra = {}) => ({
    number: item.number,
    blocked,
    missing: [],
    writes,
    dryRun: opts.dryRun,
    applied: applied2,
    ...extra
  });
  if (!blocked)
    return needsInfoOn && await appliedByApp(deps, item.number, needsInfoOn) && writes.push({ kind: "remove-label", label: needsInfoOn }), result(await applyWrites(deps, item.number, writes, opts));
  let { missing, unreadable } = readBlockedFields(item.body, settings), own = await findOwnComment(deps, item.number);
  if (missing.length > 0) {
    let body = missingBody(missing, unreadable, settings);
    own ? normalized(own.body) !== normalized(body) && writes.push({ kind: "update-comment", commentId: own.id, body }) : writes.push({ kind: "create-comment", body }), needsInfoOn || writes.push({ kind: "add-label", label: needsInfo });
  } else {
    let body = statedBody(settings);
    own && normalized(own.body) !== normalized(body) && writes.push({ kind: "update-comment", commentId: own.id, body }), needsInfoOn && writes.push({ kind: "remove-label", label: needsInfoOn });
  }
  let applied = await applyWrites(deps, item.number, writes, opts);
  return result(applied, { missing, ...unreadable ? { unreadable } : {} });
}
function blockedEscalationComment(number, since, now, level, settings) {
  let label = settings.blocked.escalated_label, who = level.mention.length > 0 ? level.mention.join(" ") : `(nobody to mention: list people or teams under \`incidents.escalation.${BLOCKED_CHAIN}[0].mention\` in ${codeSpan(CONFIG_PATH)})`, days = Math.floor((now.getTime() - since.getTime()) / DAY);
  return [
    BLOCKED_ESCALATION_MARKER,
    `### Blocked longer than one cycle: escalated to ${inertText(level.name)}`,
    "",
    `${who}: #${number} has been labeled ${codeSpan(settings.blocked.label)} since ${since.toISOString().slice(0, 10)} (${days} days), longer than one cycle of ${settings.blocked.cycle_days} days.`,
    "",
    "Help unblock it, re-plan the work that waits on it, or close it if it is no longer needed.",
    "",
    `_pilot-gate adds the label ${codeSpan(label)} to record this, so it is announced once._`,
    ""
  ].join(`
`);
}
async function escalateBlockedTooLong(deps, config, item, now, opts) {
  let settings = config.incidents, result = (status, extra = {}, applied2 = "none") => ({
    number: item.number,
    status,
    // Only an escalation writes; one only planned was a dry run (a failed write throws).
    dryRun: applied2 === "planned",
    applied: applied2,
    ...extra
  }), blockedLabel = settings.blocked.label;
  if (!labelOn(item.labels, blockedLabel)) return result("not-blocked");
  let level = escalationChain(settings, BLOCKED_CHAIN)[0], label = settings.blocked.escalated_label;
  if (labelOn(item.labels, label)) return result("already-escalated");
  let created = item.created_at ? Date.parse(item.created_at) : Number.NaN;
  if (Number.isFinite(created) && !blockedTooLong(new Date(created), now, settings))
    return result("within-cycle");
  let added = (await deps.gh.listTimeline(item.number)).filter(
    (event) => event.event === "labeled" && event.label !== void 0 && sameLabel(event.label, blockedLabel)
  ).map((event) => Date.parse(event.at)).filter((at) => Number.isFinite(at));
  if (added.length === 0)
    return deps.log.warn(
      { number: item.number },
      `#${item.number} is labeled ${blockedLabel} but its timeline shows no event adding the label, so how long it has been blocked is unknown; not escalated`
    ), result("unknown-since");
  let since = new Date(Math.max(...added)), blockedSince = since.toISOString();
  if (!blockedTooLong(since, now, settings)) return result("within-cycle", { blockedSince });
  let body = blockedEscalationComment(item.number, since, now, level, settings), applied = await announceEscalation(
    deps,
    item.number,
    { body, label, mention: level.mention },
    opts
  );
  return applied === "written" && deps.log.info(
    { number: item.number, label, blockedSince },
    `#${item.number} blocked since ${blockedSince}: escalated to ${level.name}`
  ), result("escalated", { blockedSince, label }, applied);
}
function blockedKey(deps, number) {
  return `blocked:${repoKey(deps.repo)}#${number}`;
}
async function sweepBlocked(deps, config, now, { dryRun }) {
  let requestsBefore = deps.gh.requests, report = {
    version: 1,
    kind: "blocked-sweep",
    repository: `${deps.repo.owner}/${deps.repo.repo}`,
    at: now.toISOString(),
    enabled: config.incidents.enabled,
    dryRun,
    items: [],
    errors: [],
    escalated: 0,
    requests: 0
  };
  if (!config.incidents.enabled)
    return deps.log.info(`incidents.enabled is off in ${CONFIG_PATH}: no blocked item was swept`), report;
  let label = config.incidents.blocked.label, items = [];
  try {
    items = await deps.gh.listOpenIssues(label);
  } catch (error) {
    let reason = failureReason(error);
    deps.log.warn({ err: error, label }, `listing the items labelled ${label}: ${reason}`), report.errors.push({ reason });
  }
  for (let item of items)
    try {
      let outcome = await deps.state.queue.run(blockedKey(deps, item.number), async () => {
        let check = await checkBlockedItem(deps, config, item, { dryRun }), escalation = await escalateBlockedTooLong(deps, config, item, now, { dryRun });
        return { check, escalation };
      });
      report.items.push(outcome), outcome.escalation.status === "escalated" && report.escalated++;
    } catch (error) {
      let reason = failureReason(error);
      deps.log.warn({ err: error, number: item.number }, `#${item.number}: ${reason}`), report.errors.push({ number: item.number, reason });
    }
  return report.requests = deps.gh.requests - requestsBefore, report;
}

// engine/incidents/freeze.ts
async function openFreezeIssues(deps, config) {
  return (await deps.gh.listOpenIssues(config.incidents.freeze_label)).filter(
    (item) => !item.isPull
  );
}
function branchesOf(config) {
  return config.incidents.freeze_branches.map((branch) => codeSpan(branch)).join(", ");
}
function freezeIssue(config, comment, reason, record) {
  let body = [
    `Merges into ${branchesOf(config)} are frozen: ${inertText(reason)}`,
    "",
    `- Frozen by ${handle(comment.login)} at ${inertText(comment.at)}, from #${comment.issue}`,
    `- Receipt: ${codeSpan(record.receipt)}`,
    "",
    `While this issue is open, every PR into these branches fails \`incident-freeze\` in the ${codeSpan(config.check.name)} check. Lift the freeze with \`${UNFREEZE_SYNTAX}\` here or on #${comment.issue} (${config.incidents.freeze_permission} permission or higher), or close this issue.`,
    "",
    ""
  ].join(`
`);
  return {
    title: titleText(`Merge freeze: ${reason}`, 120),
    body: fitCharsBefore(body, freezeRecordMarker(record), ISSUE_BODY_CHARS)
  };
}
function frozenReply(config, comment, reason, issue, receipt) {
  return fitChars(
    `Merges into ${branchesOf(config)} are frozen by ${handle(comment.login)}: ${inertText(reason)}. Freeze issue${issue ? ` #${issue}` : ""}, receipt ${codeSpan(receipt)}. Lift it with \`${UNFREEZE_SYNTAX}\`.`,
    COMMENT_BODY_CHARS
  );
}
async function runFreezeCommand(deps, config, comment, command, dryRun) {
  let write = async (...writes) => executePlan(
    deps,
    writes.map((action) => ({ ...action, failure: "fails-event", what: describeWrite(action) })),
    { dryRun }
  ), replyWrite = (body) => ({
    kind: "create-comment",
    issue: comment.issue,
    body
  }), reply = (body) => write(replyWrite(body)), needed = config.incidents.freeze_permission, permission = await deps.gh.getPermission(comment.login);
  if (!permissionAtLeast(permission, needed))
    return await reply(
      `${mention(comment.login)}, merges can only be frozen and unfrozen here by people with **${needed}** permission or higher on this repository (\`incidents.freeze_permission\`); you have ${inertText(permission)}. Ask one of them to comment \`${command.kind === "freeze" ? FREEZE_SYNTAX : UNFREEZE_SYNTAX}\`.`
    ), { status: "refused" };
  let open = await openFreezeIssues(deps, config);
  if (command.kind === "freeze") {
    let fields2 = {
      kind: "freeze",
      actor: comment.login,
      at: comment.at,
      reason: command.reason,
      source: comment.issue
    }, record = { ...fields2, receipt: freezeReceiptId(fields2) };
    if (open.some((item) => recordOf(item)?.receipt === record.receipt))
      return deps.log.info(
        `freeze ${record.receipt} is already open (redelivered comment): nothing to do`
      ), { status: "already-recorded", receipt: record.receipt };
    let { title, body } = freezeIssue(config, comment, command.reason, record), [opened] = await write({
      kind: "create-issue",
      title,
      body,
      labels: [config.incidents.freeze_label]
    }), number = opened?.id ?? 0;
    return await reply(frozenReply(config, comment, command.reason, number, record.receipt)), { status: "frozen", issue: number, receipt: record.receipt };
  }
  let targets = open.filter(
    (item) => item.number === comment.issue || recordOf(item)?.source === comment.issue
  ), fields = { actor: comment.login, at: comment.at, source: comment.issue }, lift = { ...fields, receipt: unfreezeReceiptId(fields) };
  if (targets.length === 0) {
    let others = open.map((item) => `#${item.number}`).join(", ");
    return await reply(
      `${mention(comment.login)}, there is no open freeze to lift from here. ${open.length > 0 ? `Open freezes: ${others}; comment \`${UNFREEZE_SYNTAX}\` on the one to lift.` : "No freeze is open."}`
    ), { status: "nothing-to-lift" };
  }
  let closes = targets.map((item) => {
    let body = [
      item.body,
      "",
      "---",
      `Lifted by ${handle(comment.login)} at ${inertText(comment.at)} from #${comment.issue} (receipt ${codeSpan(lift.receipt)}).`,
      "",
      unfreezeRecordMarker(lift)
    ].join(`
`);
    return { kind: "update-issue", issue: item.number, body, close: !0 };
  }), lifted = targets.map((item) => `#${item.number}`).join(", ");
  return await write(
    ...closes,
    replyWrite(
      `Freeze ${lifted} lifted by ${handle(comment.login)} (receipt ${codeSpan(lift.receipt)}). Open PRs into ${branchesOf(config)} are judged again now.`
    )
  ), { status: "lifted", issues: targets.map((item) => item.number), receipt: lift.receipt };
}
var DAY2 = 1440 * 6e4;
async function checkP0Trigger(deps, config, now, dryRun) {
  let settings = config.incidents, since = new Date(now.getTime() - settings.p0_trigger.days * DAY2).toISOString(), lists = await Promise.all(
    settings.severity_labels.critical.map((label) => deps.gh.listIssuesSince(label, since))
  ), incidents = toIncidents(lists.flat(), config), trigger = p0TriggerTripped(incidents, now, settings);
  if (!trigger.tripped) return { status: "not-tripped", incidents: trigger.incidents };
  let newest = trigger.incidents.at(-1), { days } = settings.p0_trigger, reason = `${trigger.incidents.length} critical incidents opened within ${days} days (${trigger.incidents.map((n) => `#${n}`).join(", ")})`, outcome = await tripTrigger(
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
        let incident = incidents.find((listed) => listed.number === number);
        return incident ? incidentLink(incident) : `#${number}`;
      }),
      since
    },
    now,
    dryRun
  );
  if (outcome.status === "already-frozen")
    return { status: "already-frozen", incidents: trigger.incidents, issue: outcome.issue };
  let { issue, receipt, applied } = outcome;
  return { status: "tripped", incidents: trigger.incidents, issue, receipt, applied };
}

// engine/incidents/sla.ts
var TIMELINE_EVENTS = /* @__PURE__ */ new Set(["commented", "assigned", "labeled", "unlabeled"]);
function isBot(actor) {
  return actor.type === "Bot" || actor.login.endsWith("[bot]");
}
function incidentOf(config, issue, events) {
  let incident = toIncident({ ...issue, events }, config.incidents, config.ids.pattern);
  if (!incident)
    throw new CannotEvaluateError(
      `#${issue.number} has none of the severity labels in incidents.severity_labels of ${CONFIG_PATH}, so it is not an incident`
    );
  return incident;
}
async function toEvents(deps, items, needed, permissions) {
  let ordered = items.filter((item) => TIMELINE_EVENTS.has(item.event)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)), events = [], acknowledged = !1;
  for (let item of ordered) {
    let event = {
      type: item.event,
      at: item.at,
      ...item.actor ? { actor: item.actor.login } : {},
      ...item.label !== void 0 ? { label: item.label } : {}
    };
    if ((event.type === "commented" || event.type === "assigned") && !acknowledged && item.actor && !isBot(item.actor)) {
      let login = item.actor.login.toLowerCase(), permission = permissions.get(login);
      permission === void 0 && (permission = await deps.gh.getPermission(item.actor.login), permissions.set(login, permission)), event.byMaintainer = permissionAtLeast(permission, needed), acknowledged = event.byMaintainer;
    }
    events.push(event);
  }
  return events;
}
function clockReport(status) {
  return {
    clock: status.clock,
    state: status.breached ? "breached" : status.metAt ? "met" : "running",
    target: status.target,
    business: status.business,
    dueAt: status.dueAt.toISOString(),
    ...status.metAt ? { metAt: status.metAt.toISOString() } : {},
    overdueBy: status.overdueBy
  };
}
var CLOCK_WORDS = {
  ack: {
    done: "acknowledged",
    how: (config) => `a comment or an assignment by someone with ${config.maintainer_permission} permission or higher`
  },
  contain: {
    done: "contained",
    how: (config) => `the label ${config.contained_labels.map((l) => codeSpan(l)).join(" or ")}`
  },
  recover: {
    done: "recovered",
    how: (config) => `the label ${config.recovered_labels.map((l) => codeSpan(l)).join(" or ")}, or closing the issue`
  }
};
function minutes(n, business) {
  return `${n} ${business ? "business " : ""}min`;
}
function escalationComment(incident, step, clocks, config) {
  let chain = escalationChain(config, incident.severity), opener = step.mention.length > 0 ? `${step.mention.join(" ")}: this ${incident.severity} incident breached its SLA.` : `This ${incident.severity} incident breached its SLA. Nobody is mentioned at this level: list people or teams under \`incidents.escalation.${incident.severity}[${step.level - 1}].mention\` in ${codeSpan(CONFIG_PATH)}.`, breached = clocks.filter((status) => status.breached).map((status) => {
    let words = CLOCK_WORDS[status.clock], state = status.metAt ? `${words.done} ${status.overdueBy} min late` : `not ${words.done} yet, ${status.overdueBy} min overdue (stops with ${words.how(config)})`;
    return `- **${status.clock}**: target ${minutes(status.target, status.business)}, ${state}`;
  }), next = chain[step.level], nextLine = next ? step.breached.length > step.level ? `Next level: **${inertText(next.name)}** (${step.level + 1} of ${chain.length}), also due: the next sweep escalates to it.` : `Next level: **${inertText(next.name)}** (${step.level + 1} of ${chain.length}), when one more SLA clock is breached.` : "This is the last level of the escalation chain.";
  return [
    `<!-- pilot-gate:${step.label} -->`,
    `### Escalated to ${inertText(step.name)} (level ${step.level} of ${chain.length})`,
    "",
    opener,
    "",
    ...breached,
    "",
    nextLine,
    "",
    `_pilot-gate adds the label ${codeSpan(step.label)} to record this level, so it is announced once._`,
    ""
  ].join(`
`);
}
async function escalateIncident(deps, config, issue, now, opts) {
  let settings = config.incidents, applied = "none", requestsBefore = deps.gh.requests, incident = incidentOf(config, issue, []), levelBefore = incident.escalationLevel ?? 0, result = (timeline, escalation) => ({
    number: issue.number,
    url: issue.html_url,
    severity: incident.severity,
    levelBefore,
    timeline,
    clocks: slaStatus(incident, now, settings).map(clockReport),
    escalation,
    dryRun: applied === "planned",
    applied,
    requests: deps.gh.requests - requestsBefore
  });
  if (!escalationsDue(incident, levelBefore, now, settings)) return result("skipped");
  let items = await deps.gh.listTimeline(issue.number), events = await toEvents(
    deps,
    items,
    settings.maintainer_permission,
    opts.permissions ?? /* @__PURE__ */ new Map()
  );
  incident = incidentOf(config, issue, events);
  let step = escalationsDue(incident, levelBefore, now, settings);
  if (!step) return result("read");
  let body = escalationComment(incident, step, slaStatus(incident, now, settings), settings);
  return applied = await announceEscalation(deps, issue.number, { ...step, body }, opts), applied === "written" && deps.log.info(
    { number: issue.number, label: step.label, breached: step.breached },
    `#${issue.number} escalated to ${step.name} (level ${step.level})`
  ), result("read", step);
}
async function incidentClocks(deps, config, issue, items, now) {
  let needed = config.incidents.maintainer_permission, events = await toEvents(deps, items, needed, /* @__PURE__ */ new Map());
  return slaStatus(incidentOf(config, issue, events), now, config.incidents).map(clockReport);
}

export {
  isOwnBot,
  checkBlockedItem,
  escalateBlockedTooLong,
  blockedKey,
  sweepBlocked,
  runFreezeCommand,
  checkP0Trigger,
  escalateIncident,
  incidentClocks
};
