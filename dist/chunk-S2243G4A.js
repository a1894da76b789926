import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appliedOf,
  recordOf
} from "./chunk-ZYQYMZGF.js";
import {
  executePlan
} from "./chunk-4GTL7U6X.js";
import {
  UNFREEZE_SYNTAX,
  freezeReceiptId,
  freezeRecordMarker,
  isCriticalAlert,
  readFreezeRecord,
  readRestoreReport,
  replayRun,
  restoreBreaches
} from "./chunk-XRWPT2AM.js";
import {
  codeSpan,
  escalationChain,
  escalationLabel,
  inertText,
  issueRef,
  link,
  titleText
} from "./chunk-VUTGOOYN.js";

// engine/incidents/immediate-triggers.ts
var DAY = 1440 * 6e4;
async function tripTrigger(deps, config, tripping, now, dryRun) {
  let settings = config.incidents, earlier = (await deps.gh.listIssuesSince(settings.freeze_label, tripping.since)).find(
    (item) => {
      if (item.isPull) return !1;
      let record2 = tripping.anyAuthor ? readFreezeRecord(item.body) : recordOf(item), covers = tripping.covers ?? ((earlier2) => earlier2.evidence === tripping.evidence);
      return record2?.kind === "trigger" && record2.trigger === tripping.trigger && covers(record2);
    }
  );
  if (earlier) return { status: "already-frozen", issue: earlier.number };
  let fields = {
    kind: "trigger",
    trigger: tripping.trigger,
    actor: "pilot-gate",
    at: now.toISOString(),
    reason: tripping.reason,
    ...tripping.incidents ? { incidents: tripping.incidents } : { evidence: tripping.evidence }
  }, record = { ...fields, receipt: freezeReceiptId(fields) }, level = escalationChain(settings, "critical")[0], callOut = level && level.mention.length > 0 ? `${level.mention.join(" ")}: ` : "", branches = settings.freeze_branches.map((branch) => codeSpan(branch)).join(", "), body = [
    `${callOut}trigger **${inertText(tripping.trigger)}** tripped: ${inertText(tripping.reason)}.`,
    "",
    ...tripping.details.map((line) => `- ${line}`),
    "",
    `Merges into ${branches} are frozen until a maintainer clears this trigger: comment \`${UNFREEZE_SYNTAX}\` here (${settings.freeze_permission} permission or higher) or close this issue. A PR from a hotfix branch that references ${inertText(tripping.trigger)} or this issue is exempt.`,
    "",
    `Receipt: ${codeSpan(record.receipt)}`,
    "",
    freezeRecordMarker(record)
  ].join(`
`), issue = {
    kind: "create-issue",
    title: titleText(`${tripping.trigger} tripped: ${tripping.reason}`, 120),
    body,
    labels: [settings.freeze_label, ...level ? [escalationLabel(level)] : []],
    failure: "fails-event",
    what: `open the trigger ${tripping.trigger} freeze issue`
  }, executed = await executePlan(deps, [issue], { dryRun }), number = executed[0]?.id ?? 0;
  return deps.log.warn(
    { evidence: tripping.evidence, issue: number, receipt: record.receipt },
    `trigger ${tripping.trigger} tripped: merges frozen`
  ), {
    status: "tripped",
    issue: number,
    receipt: record.receipt,
    applied: appliedOf(executed) === "written" ? "written" : "planned"
  };
}
async function clearTrigger(deps, config, trigger, evidence, why, dryRun) {
  let open = (await deps.gh.listOpenIssues(config.incidents.freeze_label)).filter((item) => {
    let record = recordOf(item);
    return record?.trigger === trigger && record.evidence === evidence && !item.isPull;
  });
  if (open.length === 0) return { status: "not-tripped", reason: "no open freeze for it" };
  let closes = open.map(
    (item) => ({
      kind: "update-issue",
      issue: item.number,
      body: `${item.body}

---
Cleared by pilot-gate: ${inertText(why)}.`,
      close: !0,
      failure: "fails-event",
      what: `close the ${trigger} freeze issue #${item.number}: ${why}`
    })
  );
  return await executePlan(deps, closes, { dryRun }), { status: "cleared", issues: open.map((item) => item.number) };
}
async function onSecurityAlert(deps, config, alert, now, dryRun) {
  let settings = config.incidents.triggers.security;
  if (!settings.enabled) return { status: "not-tripped", reason: "triggers.security is off" };
  let evidence = `${alert.source}:${alert.number}`;
  if (!alert.open)
    return settings.clear !== "resolved" ? {
      status: "not-tripped",
      reason: "closed; the freeze holds until a maintainer clears it"
    } : clearTrigger(
      deps,
      config,
      settings.id,
      evidence,
      `${alert.source} alert #${alert.number} was closed`,
      dryRun
    );
  if (!isCriticalAlert(alert))
    return {
      status: "not-tripped",
      reason: `severity ${alert.severity ?? "unknown"}, not critical`
    };
  let kind = alert.source === "code-scanning" ? "code-scanning" : "Dependabot";
  return tripTrigger(
    deps,
    config,
    {
      trigger: settings.id,
      reason: `critical ${kind} alert #${alert.number} is open`,
      evidence,
      details: [
        `${kind} alert ${issueRef(alert.number, alert.url)}: ${inertText(alert.summary)}`,
        `Severity: critical; opened ${inertText(alert.createdAt)}`,
        settings.clear === "resolved" ? "The freeze lifts when the alert is fixed or dismissed." : "The freeze holds until a maintainer clears it, even once the alert is fixed."
      ],
      since: alert.createdAt
    },
    now,
    dryRun
  );
}
async function checkReplayTrigger(deps, config, now, dryRun) {
  let { label, days } = config.incidents.triggers.replay, since = new Date(now.getTime() - (days + 1) * DAY).toISOString(), items = (await deps.gh.listIssuesSince(label, since)).filter((item) => !item.isPull), run = replayRun(items, now, config.incidents);
  if (!run.tripped) return { status: "not-tripped", reason: `no ${days} consecutive days` };
  let byNumber = new Map(items.map((item) => [item.number, item]));
  return tripTrigger(
    deps,
    config,
    {
      trigger: config.incidents.p0_trigger.id,
      reason: `critical replay on ${days} consecutive days (${run.days[0]} to ${run.days.at(-1)})`,
      evidence: `replay:${run.days[0]}`,
      details: run.issues.map((number) => {
        let item = byNumber.get(number);
        return `${issueRef(number, item?.html_url)} "${inertText(item?.title ?? "")}" (${inertText(item?.created_at ?? "")})`;
      }),
      since
    },
    now,
    dryRun
  );
}
async function checkRestoreReport(deps, config, text, now, dryRun) {
  let reading = readRestoreReport(text);
  if (!reading.ok) return { status: "refused", error: reading.error };
  let { report } = reading, breaches = restoreBreaches(report, config.incidents);
  if (breaches.length === 0) return { status: "not-tripped", reason: "within RPO and RTO" };
  let settings = config.incidents.triggers.restore;
  return tripTrigger(
    deps,
    config,
    {
      trigger: settings.id,
      reason: `restore drill ${report.drill} outside its targets: ${breaches.join(", ")}`,
      evidence: `restore:${report.drill}@${report.at}`,
      details: [
        `Drill ${codeSpan(report.drill)} at ${inertText(report.at)}${report.url ? ` (${link("log", report.url)})` : ""}`,
        `Measured RPO ${report.rpo_minutes} min (target ${settings.rpo_minutes}), RTO ${report.rto_minutes} min (target ${settings.rto_minutes})`
      ],
      since: new Date(Math.min(Date.parse(report.at), now.getTime()) - DAY).toISOString()
    },
    now,
    dryRun
  );
}

export {
  tripTrigger,
  onSecurityAlert,
  checkReplayTrigger,
  checkRestoreReport
};
