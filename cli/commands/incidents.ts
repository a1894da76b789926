import { parseArgs } from "node:util";
import { BLOCKED_CHAIN, escalationChain } from "../../core/incidents/index.js";
import { CONFIG_PATH, type Config } from "../../core/index.js";
import { RESTORE_REPORT_LIMIT } from "../../core/limits.js";
import { safeText } from "../../core/render/safe-text.js";
import type { Applied } from "../../engine/applied.js";
import type { EventDeps } from "../../engine/event.js";
import type { BlockedSweepReport, BlockedWrite } from "../../engine/incidents/blocked.js";
import type { TriggerOutcome } from "../../engine/incidents/freeze.js";
import {
  checkRestoreReport,
  type ImmediateOutcome,
} from "../../engine/incidents/immediate-triggers.js";
import type { IncidentSlaResult } from "../../engine/incidents/sla.js";
import { type SweepReport, sweepIncidents } from "../../engine/incidents/sweep.js";
import { type CliIO, readTextFile } from "../../engine/io.js";
import { isDryRun } from "../../engine/options.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { type Palette, palette, useColor } from "../color.js";
import { HELP } from "../help.js";
import { repositoryConfig, tokenDeps } from "../repository-config.js";

const OPTIONS = {
  repo: { type: "string" },
  config: { type: "string" },
  now: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const TOKEN_NEEDS = "Issues: Read and write and Contents: Read";

/**
 * `pilot-gate incidents sweep`: checks the SLA clocks of every open
 * incident of a repository and escalates, one level each, those with a
 * breached clock no escalation label accounts for yet; checks the open
 * blocked items, the repeated-P0 trigger and the critical-replay trigger
 * (see sweepIncidents). Exit 0 when the sweep completed (whether it
 * escalated or not), 1 when some incident, blocked item or trigger could
 * not be checked, 2 for a
 * usage, config or token error.
 */
export async function runIncidents(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true }),
  );
  if (values.help) {
    io.stdout.write(HELP.incidents);
    return 0;
  }
  const [action, ...extra] = positionals;
  if (action !== "sweep" && action !== "restore-report") {
    throw new ArgumentError(
      action === undefined ? "say sweep or restore-report" : `unknown subcommand "${action}"`,
      "expected sweep, or restore-report <file>; add --dry-run to write nothing",
    );
  }
  const [reportFile, ...more] = action === "restore-report" ? extra : [undefined, ...extra];
  if (action === "restore-report" && reportFile === undefined) {
    throw new ArgumentError("say which report", "pilot-gate incidents restore-report drill.json");
  }
  if (more.length > 0) throw new ArgumentError(`unexpected argument "${more[0]}"`);
  const { deps, now } = tokenDeps(
    io,
    { repo: values.repo, now: values.now, dryRun: values["dry-run"] },
    {
      reads: "the repository's incidents",
      hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${TOKEN_NEEDS} on the repository (read-only is enough with --dry-run)`,
    },
  );
  // A token is no App, so there is no App name to ask GitHub for: a bot's
  // blocked comment carrying the marker is taken for the App's, and updated
  // rather than posted again next to it.
  deps.state.appSlug = "";
  const { config, description } = await repositoryConfig(deps, io, values.config, {
    needs: TOKEN_NEEDS,
    nothing: "Nothing was swept.",
  });
  if (reportFile !== undefined)
    return restoreReport(deps, config, io, reportFile, now, values.json);
  // check.dry_run in the config makes it a dry run too.
  const report = await sweepIncidents(deps, config, now, {
    dryRun: isDryRun(deps.state.options, config),
  });

  if (values.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const c = palette(useColor(io.stdout, io.env));
    io.stdout.write(
      safeText(`config:    ${description}\n${renderSweep(report, config, c, description)}`),
    );
  }
  return report.errors.length > 0 ? 1 : 0;
}

/**
 * `pilot-gate incidents restore-report <file>`: a restore drill's report, as
 * a workflow posts it; outside `incidents.triggers.restore` it opens the
 * trigger's freeze issue (once per drill). Exit 0 when judged (tripped or
 * not), 1 when the report cannot be read: a drill whose figures are missing
 * never counts as within target.
 */
async function restoreReport(
  deps: EventDeps,
  config: Config,
  io: CliIO,
  file: string,
  now: Date,
  json: boolean,
): Promise<number> {
  if (!config.incidents.enabled) {
    io.stderr.write(
      `incidents.enabled is off in ${CONFIG_PATH}: the restore report was not checked. Turn it on to freeze on a failed drill.\n`,
    );
    return 1;
  }
  const text = await readTextFile(io.cwd, file, "", RESTORE_REPORT_LIMIT);
  const outcome = await checkRestoreReport(
    deps,
    config,
    text,
    now,
    isDryRun(deps.state.options, config),
  );
  if (json) io.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
  if (outcome.status === "refused") {
    io.stderr.write(safeText(`${file}: ${outcome.error}\n`));
    return 1;
  }
  if (!json) {
    const line =
      outcome.status === "tripped"
        ? `${config.incidents.triggers.restore.id} tripped: freeze issue #${outcome.issue}`
        : outcome.status === "already-frozen"
          ? `already frozen by #${outcome.issue}`
          : "within RPO and RTO";
    io.stdout.write(safeText(`${file}: ${line}\n`));
  }
  return 0;
}

function clockText(result: IncidentSlaResult, c: Palette): string {
  return result.clocks
    .map((clock) => {
      if (clock.state === "breached") {
        return `${clock.clock} ${c.red("breached")} (${clock.overdueBy} min ${clock.metAt ? "late" : "overdue"})`;
      }
      return `${clock.clock} ${clock.state === "met" ? c.green("met") : "running"}`;
    })
    .join(", ");
}

function incidentLine(result: IncidentSlaResult, config: Config, c: Palette): string {
  const chain = escalationChain(config.incidents, result.severity).length;
  const step = result.escalation;
  const outcome = step
    ? `${result.applied === "written" ? c.yellow("escalated") : "would escalate"} to ${step.name} (level ${step.level} of ${chain})`
    : result.timeline === "skipped"
      ? "nothing due (timeline not read: no clock could call for a new level)"
      : "nothing due";
  return `#${result.number} ${result.severity.padEnd(8)} ${clockText(result, c)}: ${outcome}`;
}

function writeText(write: BlockedWrite, applied: Applied): string {
  const [did, would] = ((): [string, string] => {
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

function blockedLine(
  item: BlockedSweepReport["items"][number],
  config: Config,
  c: Palette,
): string {
  const { check, escalation } = item;
  const fields = check.unreadable
    ? `${c.red("body not read")} (${check.unreadable})`
    : check.missing.length > 0
      ? `missing ${check.missing.join(", ")}`
      : "all fields stated";
  const writes = check.writes.map((write) => writeText(write, check.applied));
  const since = escalation.blockedSince ? `blocked since ${escalation.blockedSince}, ` : "";
  const outcome = {
    "not-blocked": "not blocked",
    "already-escalated": "escalated before",
    "within-cycle": "within one cycle",
    "unknown-since": "since unknown (no event adding the label), not escalated",
    escalated: `${escalation.applied === "written" ? c.yellow("escalated") : "would escalate"} to ${escalationChain(config.incidents, BLOCKED_CHAIN)[0]?.name} (${escalation.label})`,
  }[escalation.status];
  return `#${check.number} blocked  ${fields}${writes.length > 0 ? ` (${writes.join(", ")})` : ""}; ${since}${outcome}`;
}

function triggerLine(trigger: TriggerOutcome, config: Config, c: Palette): string {
  const { id, days } = config.incidents.p0_trigger;
  const listed = trigger.incidents.map((number) => `#${number}`).join(", ") || "none";
  const within = `critical incidents within ${days} days: ${listed}`;
  switch (trigger.status) {
    case "not-tripped":
      return `trigger ${id}: not tripped (${within})`;
    case "already-frozen":
      return `trigger ${id}: tripped (${within}), frozen before by #${trigger.issue}`;
    case "tripped":
      return trigger.applied === "written"
        ? `trigger ${id}: ${c.red("tripped")} (${within}): froze merges with #${trigger.issue} (receipt ${trigger.receipt})`
        : `trigger ${id}: ${c.red("tripped")} (${within}): would open a freeze issue`;
  }
}

/** The critical-replay trigger's line; undefined while it did not trip (the usual case says nothing). */
function replayLine(replay: ImmediateOutcome, config: Config, c: Palette): string | undefined {
  const { label, days } = config.incidents.triggers.replay;
  const what = `critical replay (${label} on ${days} consecutive days)`;
  switch (replay.status) {
    case "already-frozen":
      return `${what}: tripped, frozen before by #${replay.issue}`;
    case "tripped":
      return replay.applied === "written"
        ? `${what}: ${c.red("tripped")}: froze merges with #${replay.issue} (receipt ${replay.receipt})`
        : `${what}: ${c.red("tripped")}: would open a freeze issue`;
    default:
      return undefined;
  }
}

function errorLine(error: SweepReport["errors"][number], c: Palette): string {
  if (error.part === "trigger") return `trigger ${c.red("could not be checked")}: ${error.reason}`;
  if (error.part === "replay") {
    return `critical replay trigger ${c.red("could not be checked")}: ${error.reason}`;
  }
  if (error.number !== undefined) {
    return `#${error.number} ${c.red("could not be checked")}: ${error.reason}`;
  }
  return `label ${error.label}: ${c.red("could not be listed")}: ${error.reason}`;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** What the executor did across the sweep: the summary says "would" only when writes were only planned. */
function appliedAcross(report: SweepReport): Applied[] {
  return [
    ...report.incidents.map((result) => result.applied),
    ...report.blocked.items.flatMap((item) => [item.check.applied, item.escalation.applied]),
    ...(report.trigger?.status === "tripped" ? [report.trigger.applied] : []),
    ...(report.replay?.status === "tripped" ? [report.replay.applied] : []),
  ];
}

/** One line per incident, blocked item and failure, the trigger's line, then a summary line. */
function renderSweep(report: SweepReport, config: Config, c: Palette, description: string): string {
  if (!report.enabled) {
    return `incidents.enabled is off in ${description}: nothing was swept. Set incidents: enabled: true to run the SLA clocks, the blocked-item checks and the repeated-P0 trigger.\n`;
  }
  const lines = [
    ...report.incidents.map((result) => incidentLine(result, config, c)),
    ...report.blocked.items.map((item) => blockedLine(item, config, c)),
    ...(report.trigger ? [triggerLine(report.trigger, config, c)] : []),
    ...[report.replay ? replayLine(report.replay, config, c) : undefined].filter(
      (line) => line !== undefined,
    ),
    ...report.errors.map((error) => errorLine(error, c)),
  ];
  const applied = appliedAcross(report);
  // The executor plans every write of a dry run and makes every write of a
  // run (a failed one is an error instead), so one planned write means none
  // was made.
  const planned = applied.includes("planned");
  const would = planned ? "would be escalated" : "escalated";
  const failed = report.errors.length;
  const parts = [
    `${plural(report.escalated, "incident")} ${would}`,
    ...(report.blocked.escalated > 0
      ? [`${plural(report.blocked.escalated, "blocked item")} ${would}`]
      : []),
    ...(report.trigger?.status === "tripped"
      ? [`trigger ${planned ? "would freeze" : "froze"} merges`]
      : []),
    ...(report.replay?.status === "tripped"
      ? [`critical replay ${planned ? "would freeze" : "froze"} merges`]
      : []),
    ...(failed > 0 ? [`${failed} could not be checked`] : []),
  ];
  const checked = `${plural(report.incidents.length, "open incident")} and ${plural(report.blocked.items.length, "blocked item")}`;
  const summary = `${planned ? "Dry run, nothing was written: c" : "C"}hecked ${checked} in ${report.repository}: ${parts.join(", ")} (${report.requests} requests).`;
  return `${[...lines, summary].join("\n")}\n`;
}
