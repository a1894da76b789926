import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  repositoryConfig,
  tokenDeps
} from "./chunk-M7KZ5GNS.js";
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import "./chunk-NPJITCEG.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  checkP0Trigger,
  escalateIncident,
  sweepBlocked
} from "./chunk-BUQIVZN7.js";
import {
  checkReplayTrigger,
  checkRestoreReport
} from "./chunk-S2243G4A.js";
import "./chunk-ZYQYMZGF.js";
import "./chunk-IDXLIXZT.js";
import {
  failureReason,
  isDryRun
} from "./chunk-4GTL7U6X.js";
import "./chunk-AN4NO4AL.js";
import "./chunk-PPUIZ7VU.js";
import "./chunk-T2NOWLVF.js";
import "./chunk-4YV5M6XR.js";
import {
  readTextFile
} from "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import "./chunk-XRWPT2AM.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import {
  BLOCKED_CHAIN,
  SEVERITIES,
  escalationChain
} from "./chunk-VUTGOOYN.js";
import {
  RESTORE_REPORT_LIMIT
} from "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/incidents.ts
import { parseArgs } from "node:util";

// engine/incidents/sweep.ts
async function sweepIncidents(deps, config, now, { dryRun }) {
  let requestsBefore = deps.gh.requests, report = {
    version: 1,
    kind: "incidents-sweep",
    repository: `${deps.repo.owner}/${deps.repo.repo}`,
    at: now.toISOString(),
    enabled: config.incidents.enabled,
    dryRun,
    incidents: [],
    blocked: { items: [], escalated: 0 },
    trigger: null,
    replay: null,
    errors: [],
    escalated: 0,
    requests: 0
  };
  if (!config.incidents.enabled)
    return deps.log.info(`incidents.enabled is off in ${CONFIG_PATH}: nothing was swept`), report;
  let issues = await openIncidents(deps, config, report.errors), permissions = /* @__PURE__ */ new Map();
  for (let issue of issues)
    try {
      let result = await escalateIncident(deps, config, issue, now, {
        dryRun,
        permissions
      });
      report.incidents.push(result), result.escalation && report.escalated++;
    } catch (error) {
      let reason = failureReason(error);
      deps.log.warn({ err: error, number: issue.number }, `#${issue.number}: ${reason}`), report.errors.push({ part: "sla", number: issue.number, url: issue.html_url, reason });
    }
  let blocked = await sweepBlocked(deps, config, now, { dryRun });
  report.blocked = { items: blocked.items, escalated: blocked.escalated };
  for (let error of blocked.errors)
    report.errors.push({
      part: "blocked",
      ...error.number === void 0 ? { label: config.incidents.blocked.label } : {},
      ...error
    });
  try {
    report.trigger = await checkP0Trigger(deps, config, now, dryRun);
  } catch (error) {
    let reason = failureReason(error);
    deps.log.warn({ err: error }, `trigger ${config.incidents.p0_trigger.id}: ${reason}`), report.errors.push({ part: "trigger", reason });
  }
  try {
    report.replay = await checkReplayTrigger(deps, config, now, dryRun);
  } catch (error) {
    let reason = failureReason(error);
    deps.log.warn({ err: error }, `critical replay trigger: ${reason}`), report.errors.push({ part: "replay", reason });
  }
  return report.requests = deps.gh.requests - requestsBefore, report;
}
async function openIncidents(deps, config, errors) {
  let labels = /* @__PURE__ */ new Map();
  for (let severity of SEVERITIES)
    for (let label of config.incidents.severity_labels[severity])
      labels.has(label.toLowerCase()) || labels.set(label.toLowerCase(), label);
  let found = /* @__PURE__ */ new Map();
  for (let label of labels.values())
    try {
      for (let item of await deps.gh.listOpenIssues(label))
        !item.isPull && !found.has(item.number) && found.set(item.number, item);
    } catch (error) {
      let reason = failureReason(error);
      deps.log.warn({ err: error, label }, `listing the incidents labelled ${label}: ${reason}`), errors.push({ part: "sla", label, reason });
    }
  return [...found.values()];
}

// cli/commands/incidents.ts
var OPTIONS = {
  repo: { type: "string" },
  config: { type: "string" },
  now: { type: "string" },
  "dry-run": { type: "boolean", default: !1 },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, TOKEN_NEEDS = "Issues: Read and write and Contents: Read";
async function runIncidents(args, io) {
  let { values, positionals } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io.stdout.write(HELP.incidents), 0;
  let [action, ...extra] = positionals;
  if (action !== "sweep" && action !== "restore-report")
    throw new ArgumentError(
      action === void 0 ? "say sweep or restore-report" : `unknown subcommand "${action}"`,
      "expected sweep, or restore-report <file>; add --dry-run to write nothing"
    );
  let [reportFile, ...more] = action === "restore-report" ? extra : [void 0, ...extra];
  if (action === "restore-report" && reportFile === void 0)
    throw new ArgumentError("say which report", "pilot-gate incidents restore-report drill.json");
  if (more.length > 0) throw new ArgumentError(`unexpected argument "${more[0]}"`);
  let { deps, now } = tokenDeps(
    io,
    { repo: values.repo, now: values.now, dryRun: values["dry-run"] },
    {
      reads: "the repository's incidents",
      hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${TOKEN_NEEDS} on the repository (read-only is enough with --dry-run)`
    }
  );
  deps.state.appSlug = "";
  let { config, description } = await repositoryConfig(deps, io, values.config, {
    needs: TOKEN_NEEDS,
    nothing: "Nothing was swept."
  });
  if (reportFile !== void 0)
    return restoreReport(deps, config, io, reportFile, now, values.json);
  let report = await sweepIncidents(deps, config, now, {
    dryRun: isDryRun(deps.state.options, config)
  });
  if (values.json)
    io.stdout.write(`${JSON.stringify(report, null, 2)}
`);
  else {
    let c = palette(useColor(io.stdout, io.env));
    io.stdout.write(
      safeText(`config:    ${description}
${renderSweep(report, config, c, description)}`)
    );
  }
  return report.errors.length > 0 ? 1 : 0;
}
async function restoreReport(deps, config, io, file, now, json) {
  if (!config.incidents.enabled)
    return io.stderr.write(
      `incidents.enabled is off in ${CONFIG_PATH}: the restore report was not checked. Turn it on to freeze on a failed drill.
`
    ), 1;
  let text = await readTextFile(io.cwd, file, "", RESTORE_REPORT_LIMIT), outcome = await checkRestoreReport(
    deps,
    config,
    text,
    now,
    isDryRun(deps.state.options, config)
  );
  if (json && io.stdout.write(`${JSON.stringify(outcome, null, 2)}
`), outcome.status === "refused")
    return io.stderr.write(safeText(`${file}: ${outcome.error}
`)), 1;
  if (!json) {
    let line = outcome.status === "tripped" ? `${config.incidents.triggers.restore.id} tripped: freeze issue #${outcome.issue}` : outcome.status === "already-frozen" ? `already frozen by #${outcome.issue}` : "within RPO and RTO";
    io.stdout.write(safeText(`${file}: ${line}
`));
  }
  return 0;
}
function clockText(result, c) {
  return result.clocks.map((clock) => clock.state === "breached" ? `${clock.clock} ${c.red("breached")} (${clock.overdueBy} min ${clock.metAt ? "late" : "overdue"})` : `${clock.clock} ${clock.state === "met" ? c.green("met") : "running"}`).join(", ");
}
function incidentLine(result, config, c) {
  let chain = escalationChain(config.incidents, result.severity).length, step = result.escalation, outcome = step ? `${result.applied === "written" ? c.yellow("escalated") : "would escalate"} to ${step.name} (level ${step.level} of ${chain})` : result.timeline === "skipped" ? "nothing due (timeline not read: no clock could call for a new level)" : "nothing due";
  return `#${result.number} ${result.severity.padEnd(8)} ${clockText(result, c)}: ${outcome}`;
}
function writeText(write, applied) {
  let [did, would] = (() => {
    switch (write.kind) {
      case "create-comment":
        return ["commented", "would comment"];
      case "update-comment":
        return ["updated its comment", "would update its comment"];
      case "add-label":
        return [`added ${write.label}`, `would add ${write.label}`];
      case "remove-label":
        return [`removed ${write.label}`, `would remove ${write.label}`];
    }
  })();
  return applied === "written" ? did : would;
}
function blockedLine(item, config, c) {
  let { check, escalation } = item, fields = check.unreadable ? `${c.red("body not read")} (${check.unreadable})` : check.missing.length > 0 ? `missing ${check.missing.join(", ")}` : "all fields stated", writes = check.writes.map((write) => writeText(write, check.applied)), since = escalation.blockedSince ? `blocked since ${escalation.blockedSince}, ` : "", outcome = {
    "not-blocked": "not blocked",
    "already-escalated": "escalated before",
    "within-cycle": "within one cycle",
    "unknown-since": "since unknown (no event adding the label), not escalated",
    escalated: `${escalation.applied === "written" ? c.yellow("escalated") : "would escalate"} to ${escalationChain(config.incidents, BLOCKED_CHAIN)[0]?.name} (${escalation.label})`
  }[escalation.status];
  return `#${check.number} blocked  ${fields}${writes.length > 0 ? ` (${writes.join(", ")})` : ""}; ${since}${outcome}`;
}
function triggerLine(trigger, config, c) {
  let { id, days } = config.incidents.p0_trigger, listed = trigger.incidents.map((number) => `#${number}`).join(", ") || "none", within = `critical incidents within ${days} days: ${listed}`;
  switch (trigger.status) {
    case "not-tripped":
      return `trigger ${id}: not tripped (${within})`;
    case "already-frozen":
      return `trigger ${id}: tripped (${within}), frozen before by #${trigger.issue}`;
    case "tripped":
      return trigger.applied === "written" ? `trigger ${id}: ${c.red("tripped")} (${within}): froze merges with #${trigger.issue} (receipt ${trigger.receipt})` : `trigger ${id}: ${c.red("tripped")} (${within}): would open a freeze issue`;
  }
}
function replayLine(replay, config, c) {
  let { label, days } = config.incidents.triggers.replay, what = `critical replay (${label} on ${days} consecutive days)`;
  switch (replay.status) {
    case "already-frozen":
      return `${what}: tripped, frozen before by #${replay.issue}`;
    case "tripped":
      return replay.applied === "written" ? `${what}: ${c.red("tripped")}: froze merges with #${replay.issue} (receipt ${replay.receipt})` : `${what}: ${c.red("tripped")}: would open a freeze issue`;
    default:
      return;
  }
}
function errorLine(error, c) {
  return error.part === "trigger" ? `trigger ${c.red("could not be checked")}: ${error.reason}` : error.part === "replay" ? `critical replay trigger ${c.red("could not be checked")}: ${error.reason}` : error.number !== void 0 ? `#${error.number} ${c.red("could not be checked")}: ${error.reason}` : `label ${error.label}: ${c.red("could not be listed")}: ${error.reason}`;
}
var plural = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;
function appliedAcross(report) {
  return [
    ...report.incidents.map((result) => result.applied),
    ...report.blocked.items.flatMap((item) => [item.check.applied, item.escalation.applied]),
    ...report.trigger?.status === "tripped" ? [report.trigger.applied] : [],
    ...report.replay?.status === "tripped" ? [report.replay.applied] : []
  ];
}
function renderSweep(report, config, c, description) {
  if (!report.enabled)
    return `incidents.enabled is off in ${description}: nothing was swept. Set incidents: enabled: true to run the SLA clocks, the blocked-item checks and the repeated-P0 trigger.
`;
  let lines = [
    ...report.incidents.map((result) => incidentLine(result, config, c)),
    ...report.blocked.items.map((item) => blockedLine(item, config, c)),
    ...report.trigger ? [triggerLine(report.trigger, config, c)] : [],
    ...[report.replay ? replayLine(report.replay, config, c) : void 0].filter(
      (line) => line !== void 0
    ),
    ...report.errors.map((error) => errorLine(error, c))
  ], planned = appliedAcross(report).includes("planned"), would = planned ? "would be escalated" : "escalated", failed = report.errors.length, parts = [
    `${plural(report.escalated, "incident")} ${would}`,
    ...report.blocked.escalated > 0 ? [`${plural(report.blocked.escalated, "blocked item")} ${would}`] : [],
    ...report.trigger?.status === "tripped" ? [`trigger ${planned ? "would freeze" : "froze"} merges`] : [],
    ...report.replay?.status === "tripped" ? [`critical replay ${planned ? "would freeze" : "froze"} merges`] : [],
    ...failed > 0 ? [`${failed} could not be checked`] : []
  ], checked = `${plural(report.incidents.length, "open incident")} and ${plural(report.blocked.items.length, "blocked item")}`, summary = `${planned ? "Dry run, nothing was written: c" : "C"}hecked ${checked} in ${report.repository}: ${parts.join(", ")} (${report.requests} requests).`;
  return `${[...lines, summary].join(`
`)}
`;
}
export {
  runIncidents
};
