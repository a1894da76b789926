import { scenarioKey } from "../pilot/config.js";
import { type PilotManifest, windowStart } from "../pilot/manifest.js";
import { isoDate } from "../pilot/manifest-template.js";
import { latestRecords, pairKey, type ScenarioRecord } from "../pilot/records.js";
import { CRITERIA, type CriterionId, type Level, type ReadinessConfig } from "./config.js";
import type { MilestoneReading } from "./milestones.js";
import type { CriterionResult, ReadinessReport } from "./report.js";
import { type SignOffInput, signOffByRole } from "./sign-off.js";
import { failureName, isGreen, type ParityView, type SmokeView } from "./views.js";

/** Something gathered from GitHub, or why it could not be (offline, no permission, an error). */
export type Gathered<T> = { available: true; items: T[] } | { available: false; reason: string };

/** A check run on the commit. */
export interface CheckRunState {
  name: string;
  /** `success`, `failure`...; `null` while it has not completed. */
  conclusion: string | null;
  url?: string;
}

/**
 * A protected branch's state, as `protection plan` judges it against the
 * config: from GitHub's protection settings, or from the App's
 * `pilot-gate/protection` check where the token cannot read them.
 */
export interface ProtectionState {
  branch: string;
  status: "Applied" | "Drifted" | "Missing" | "unknown";
  /** Why, e.g. `Permission needed: the token cannot read branch protection`. */
  detail?: string;
  /** Where the state was read, e.g. `read from GitHub's protection settings`. */
  source?: string;
  url?: string;
}

/** An open issue carrying one of the incident labels. */
export interface OpenIncidentIssue {
  number: number;
  title: string;
  labels: string[];
  url?: string;
}

/** One milestone or sign-off document as read (see `readMilestoneDocument`), or why it could not be. */
export type MilestoneInput =
  | ({ file: string; section?: string } & MilestoneReading)
  | { file: string; section?: string; error: string };

/**
 * The pilot's scenario records (`records.jsonl` of its run folder, verified)
 * and the script they are judged against: `script` is `pilot.script`, `core`
 * the scenarios of it that are core flows.
 */
export interface ScenarioRecords {
  records: ScenarioRecord[];
  script: string[];
  core: string[];
}

/** Everything readiness judges, gathered by a runtime (CLI, action). */
export interface ReadinessInputs {
  sha: string;
  smoke?: SmokeView;
  parity?: ParityView;
  manifest?: PilotManifest;
  /** Absent when the run folder holds no records file. */
  records?: ScenarioRecords;
  github: {
    requiredChecks: Gathered<CheckRunState>;
    protection: Gathered<ProtectionState>;
    incidents: Gathered<OpenIncidentIssue>;
    signOff: { available: true; value: SignOffInput } | { available: false; reason: string };
  };
  milestones: MilestoneInput[];
}

type Values = CriterionResult["evidence"]["values"];
type Item = CriterionResult["evidence"]["items"][number];

/**
 * What one criterion found, before its level and the waivers are applied;
 * `missing`: it had no input, so it was not checked.
 */
interface Outcome {
  status: "pass" | "fail" | "missing";
  summary: string;
  values?: Values;
  items?: Item[];
  fix?: string;
}

/** Each criterion's title, as reports and the readiness site show it. */
export const CRITERION_TITLES: Record<CriterionId, string> = {
  "smoke-green": "Smoke report present and green",
  "success-rate": "Pilot scenario success rate",
  "core-flows": "No blocked core flow",
  "auth-regressions": "No auth regression",
  parity: "No parity drift",
  "p0-incidents": "No open P0 incident",
  "tenant-isolation": "No tenant isolation failure or open incident",
  "required-checks": "Required checks green on the commit",
  "branch-protection": "Branch protection Applied",
  milestones: "Milestone and sign-off checklists done",
  "pilot-manifest": "Pilot manifest complete",
  "sign-off": "Go-live signed off by every sign-off role",
};

const GITHUB_FIX = "pass --repo owner/name and set GITHUB_TOKEN (or run the readiness action)";
const RECORDS_FIX =
  "have each pilot client run the script and record every run with pilot-gate pilot record --client <name> --scenario <name> --result pass|fail (readiness reads records.jsonl of the pilot's latest run folder, or --records <file>)";
const PASSING_CONCLUSIONS = new Set(["success", "neutral", "skipped"]);

/**
 * The go/no-go on one commit. Pure: every input is passed in, `now` included
 * (waivers expire against it). A criterion without its input is not checked,
 * which is NO-GO unless the config makes it advisory or off: a missing input
 * never passes. GO only when no blocking or waivable criterion is unchecked,
 * none blocking fails, and every waivable one that fails has a current waiver.
 */
export function evaluateReadiness(
  inputs: ReadinessInputs,
  config: ReadinessConfig,
  now: Date,
): ReadinessReport {
  const today = isoDate(now);
  const notes: string[] = [];
  const outcomes: Record<CriterionId, Outcome> = {
    "smoke-green": smokeGreen(inputs),
    "success-rate": successRate(inputs, config),
    "core-flows": taggedFailures(inputs, config, "core_flow"),
    "auth-regressions": taggedFailures(inputs, config, "auth"),
    parity: parity(inputs),
    "p0-incidents": incidents(
      inputs,
      config.incident_labels.p0,
      config.thresholds.max_p0_incidents,
    ),
    "tenant-isolation": taggedFailures(inputs, config, "tenant_isolation"),
    "required-checks": requiredChecks(inputs, config),
    "branch-protection": protection(inputs, config),
    milestones: milestones(inputs),
    "pilot-manifest": pilotManifest(inputs, config),
    "sign-off": signOff(inputs),
  };

  for (const waiver of config.waivers) {
    const level = config.criteria[waiver.criterion] ?? "blocking";
    if (level === "off") {
      notes.push(
        `The waiver of ${waiver.criterion} by ${waiver.by} does not apply: ${waiver.criterion} is off, so it was not judged.`,
      );
    } else if (level !== "waivable") {
      notes.push(
        `The waiver of ${waiver.criterion} by ${waiver.by} does not apply: ${waiver.criterion} is ${level}; set readiness.criteria.${waiver.criterion}: waivable to allow waivers.`,
      );
    } else if (waiver.until < today) {
      notes.push(`The waiver of ${waiver.criterion} by ${waiver.by} expired on ${waiver.until}.`);
    } else if (outcomes[waiver.criterion].status === "missing") {
      notes.push(
        `The waiver of ${waiver.criterion} by ${waiver.by} does not lift it: it was not checked, and a waiver accepts a failure, not a missing input; give it its input, or set readiness.criteria.${waiver.criterion} to advisory or off.`,
      );
    }
  }

  const criteria = CRITERIA.map((id) =>
    resolve(id, outcomes[id], config.criteria[id] ?? "blocking", config, today),
  );
  const unsettled = (c: CriterionResult) => c.status === "fail" || c.status === "not_checked";
  const blockers = criteria.filter((c) => unsettled(c) && c.level !== "advisory").map((c) => c.id);
  const warnings = criteria.filter((c) => unsettled(c) && c.level === "advisory").map((c) => c.id);
  const start = inputs.manifest ? windowStart(inputs.manifest) : undefined;
  return {
    version: 1,
    kind: "readiness",
    sha: inputs.sha,
    verdict: blockers.length === 0 ? "GO" : "NO-GO",
    evaluated_at: now.toISOString(),
    ...(inputs.manifest
      ? {
          pilot: {
            name: inputs.manifest.name,
            window_start: start ? start.toISOString() : inputs.manifest.window.start,
            window_hours: inputs.manifest.window.hours,
          },
        }
      : {}),
    ...(inputs.github.signOff.available
      ? {
          sign_off: {
            label: inputs.github.signOff.value.label,
            signers: signOffByRole(inputs.github.signOff.value).flatMap(({ role, signers }) =>
              signers.map((s) => ({ role, ...s })),
            ),
          },
        }
      : {}),
    blockers,
    warnings,
    criteria,
    notes,
  };
}

/** Applies the level and the waivers to what a criterion found. */
function resolve(
  id: CriterionId,
  outcome: Outcome,
  level: Level,
  config: ReadinessConfig,
  today: string,
): CriterionResult {
  const title = CRITERION_TITLES[id];
  if (level === "off") {
    return {
      id,
      title,
      level,
      status: "off",
      summary: `off (readiness.criteria.${id}: off): not judged`,
      evidence: { values: {}, items: [] },
    };
  }
  const base = {
    id,
    title,
    level,
    summary: outcome.summary,
    evidence: { values: outcome.values ?? {}, items: outcome.items ?? [] },
  };
  if (outcome.status === "pass") return { ...base, status: "pass" };
  const fix = outcome.fix ?? "";
  // No waiver lifts a criterion nobody could check; only its level can (advisory, off).
  if (outcome.status === "missing") return { ...base, status: "not_checked", fix };
  if (level === "waivable") {
    const waiver = config.waivers.find((w) => w.criterion === id && w.until >= today);
    if (waiver) {
      return {
        ...base,
        status: "waived",
        fix,
        waiver: { by: waiver.by, reason: waiver.reason, until: waiver.until },
      };
    }
  }
  return { ...base, status: "fail", fix };
}

function missing(summary: string, fix: string): Outcome {
  return { status: "missing", summary, fix };
}

function sameCommit(reportSha: string | undefined, sha: string): boolean {
  if (reportSha === undefined || reportSha === "") return true;
  const a = reportSha.toLowerCase();
  const b = sha.toLowerCase();
  return a.startsWith(b) || b.startsWith(a);
}

function smokeGreen({ smoke, sha }: ReadinessInputs): Outcome {
  if (!smoke)
    return missing(
      "no smoke report",
      "run the smoke gate on this commit and pass its report with --smoke",
    );
  const values = { status: smoke.status, passed: smoke.counts.passed, failed: smoke.counts.failed };
  if (!sameCommit(smoke.sha, sha)) {
    return {
      status: "fail",
      summary: `the smoke report is for commit ${smoke.sha}, not ${sha}`,
      values: { ...values, report_sha: smoke.sha ?? null },
      fix: "run the smoke gate on this exact commit",
    };
  }
  if (isGreen(smoke.status) && smoke.counts.failed === 0) {
    return {
      status: "pass",
      summary: `smoke ${smoke.status}, ${smoke.counts.passed} passed`,
      values,
    };
  }
  return {
    status: "fail",
    summary: `smoke ${smoke.status}: ${smoke.counts.failed} failed`,
    values,
    items: smoke.failures.map((f) => ({
      text: `${failureName(f)}${f.message ? `: ${firstLine(f.message)}` : ""}`,
    })),
    fix: "fix the failing scenarios and re-run the smoke gate",
  };
}

/**
 * The records readiness counts: those of a scenario of the script and, with
 * a manifest, of one of its clients (a client taken out of the pilot, or a
 * step taken out of the script, no longer counts), and how many were left out.
 */
function countedRecords(
  { records, manifest }: ReadinessInputs,
  scenarios: ScenarioRecords,
): { counted: ScenarioRecord[]; ignored: number } {
  const script = new Set(scenarios.script.map(scenarioKey));
  const clients = manifest ? new Set(manifest.clients.map((c) => c.name)) : undefined;
  const counted = (records?.records ?? []).filter(
    (r) => script.has(scenarioKey(r.scenario)) && (clients?.has(r.client) ?? true),
  );
  return { counted, ignored: (records?.records.length ?? 0) - counted.length };
}

/**
 * Passed runs over all recorded runs of the script (a failure stays counted
 * after a later pass: the rate is of the pilot's whole window), and, with a
 * manifest, every client must have run every scenario at least once: a rate
 * over part of the script proves nothing about the rest.
 */
function successRate(inputs: ReadinessInputs, config: ReadinessConfig): Outcome {
  const threshold = config.thresholds.success_rate;
  const scenarios = inputs.records;
  if (!scenarios || scenarios.records.length === 0) {
    return missing("no scenario records", RECORDS_FIX);
  }
  const { counted, ignored } = countedRecords(inputs, scenarios);
  if (counted.length === 0) {
    return {
      status: "fail",
      summary: `none of the ${ignored} scenario record(s) is of a client of the manifest and a scenario of pilot.script`,
      values: { passed: 0, executed: 0, threshold, ignored },
      fix: RECORDS_FIX,
    };
  }
  const items: Item[] = [];
  for (const scenario of scenarios.script) {
    const runs = counted.filter((r) => scenarioKey(r.scenario) === scenarioKey(scenario));
    const failed = runs.filter((r) => r.result === "fail").length;
    if (failed > 0)
      items.push({ text: `${scenario}: ${runs.length - failed}/${runs.length} passed` });
  }
  const latest = latestRecords(counted);
  const unrun = (inputs.manifest?.clients ?? []).flatMap((client) =>
    scenarios.script
      .filter((scenario) => !latest.has(pairKey(client.name, scenario)))
      .map((scenario) => ({ text: `${client.name}: ${scenario} never recorded` })),
  );
  items.push(...unrun);
  const passed = counted.filter((r) => r.result === "pass").length;
  const executed = counted.length;
  const rate = Math.round((passed / executed) * 10_000) / 10_000;
  const values = { passed, executed, rate, threshold, never_run: unrun.length, ignored };
  const summary = `${passed}/${executed} scenario runs passed (${percent(rate)}), threshold ${percent(threshold)}${unrun.length > 0 ? `; ${unrun.length} client scenario(s) never run` : ""}`;
  if (rate >= threshold && unrun.length === 0) return { status: "pass", summary, values, items };
  return {
    status: "fail",
    summary,
    values,
    items,
    fix:
      unrun.length > 0
        ? "have each client run the scenarios never recorded, and record them with pilot-gate pilot record"
        : "fix what fails, have the clients run the scenarios again and record them, until the rate reaches the threshold",
  };
}

/**
 * Core flows whose latest record for a client is a failure, one item each,
 * or `undefined` when there are no records to tell.
 */
function blockedCoreFlows(inputs: ReadinessInputs): Item[] | undefined {
  const scenarios = inputs.records;
  if (!scenarios || scenarios.records.length === 0) return undefined;
  const core = new Set(scenarios.core.map(scenarioKey));
  const { counted } = countedRecords(inputs, scenarios);
  return [...latestRecords(counted).values()]
    .filter((r) => r.result === "fail" && core.has(scenarioKey(r.scenario)))
    .map((r) => ({
      text: `${r.client}: ${r.scenario} failed at ${r.at}${r.error ? `: ${firstLine(r.error)}` : ""}`,
    }));
}

/** The first line of a multi-line message (a stack trace, a diff): one line per fact. */
function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0]?.trim() ?? "";
}

function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

function taggedFailures(
  inputs: ReadinessInputs,
  config: ReadinessConfig,
  kind: "core_flow" | "auth" | "tenant_isolation",
): Outcome {
  const { smoke, github } = inputs;
  const tag = config.smoke_tags[kind];
  const labels = config.incident_labels[kind];
  const { max, what } = {
    core_flow: { max: config.thresholds.max_core_flow_blockers, what: "blocked core flow" },
    auth: { max: config.thresholds.max_auth_regressions, what: "auth regression" },
    tenant_isolation: {
      max: config.thresholds.max_tenant_isolation_incidents,
      what: "tenant isolation failure",
    },
  }[kind];
  const items: Item[] = [];
  const gaps: string[] = [];
  const fixes: string[] = [];
  if (kind === "core_flow") {
    // The pilot's own runs of the script judge its core flows; the smoke
    // report is judged on its own (smoke-green), so a smoke run can neither
    // block a core flow the clients ran fine nor clear one they could not.
    const blocked = blockedCoreFlows(inputs);
    if (blocked) {
      items.push(...blocked);
    } else {
      gaps.push("no scenario records");
      fixes.push(RECORDS_FIX);
    }
  } else if (smoke) {
    for (const f of smoke.failures.filter((f) => f.tags?.includes(tag))) {
      items.push({
        text: `smoke: ${failureName(f)} (tag ${tag})${f.message ? `: ${firstLine(f.message)}` : ""}`,
      });
    }
  } else {
    gaps.push("no smoke report");
    fixes.push("pass --smoke");
  }
  // No labels configured: issues are not consulted for this criterion, only the smoke report.
  if (labels.length > 0) {
    const open = openWith(github.incidents, labels);
    if (open) {
      items.push(...open.map(incidentItem));
    } else {
      gaps.push(`open issues unknown (${unavailable(github.incidents)})`);
      fixes.push(GITHUB_FIX);
    }
  }
  const values = {
    count: items.length,
    max,
    ...(kind === "core_flow"
      ? { core_flows: inputs.records?.core.length ?? 0 }
      : { smoke_tag: tag }),
    labels: labels.join(", "),
  };
  if (items.length > max) {
    return {
      status: "fail",
      summary: `${items.length} ${what}${items.length === 1 ? "" : "s"} (at most ${max})`,
      values,
      items,
      fix: `fix them${kind === "core_flow" ? ", have the client run each flow again and record it (pilot-gate pilot record)" : ""}${labels.length > 0 ? `, and close the issues labelled ${labels.join(" / ")} once resolved` : ""}`,
    };
  }
  if (gaps.length > 0) {
    return {
      ...missing(`cannot tell: ${gaps.join("; ")}`, fixes.join("; ")),
      values,
      items,
    };
  }
  return { status: "pass", summary: `${items.length} ${what}s (at most ${max})`, values, items };
}

function parity({ parity, sha }: ReadinessInputs): Outcome {
  if (!parity)
    return missing("no parity report", "run the parity gate and pass its report with --parity");
  const drift = parity.drift;
  const values = { status: parity.status, drift: drift ?? null };
  if (!sameCommit(parity.sha, sha)) {
    return {
      status: "fail",
      summary: `the parity report is for commit ${parity.sha}, not ${sha}`,
      values,
      fix: "run the parity gate on this exact commit",
    };
  }
  if (isGreen(parity.status) && (drift ?? 0) === 0) {
    return { status: "pass", summary: `parity ${parity.status}, no drift`, values };
  }
  return {
    status: "fail",
    summary: `parity ${parity.status}${drift !== undefined ? `: ${drift} drifted` : ""}`,
    values,
    items: parity.failures.map((f) => ({
      text: `${failureName(f)}${f.message ? `: ${firstLine(f.message)}` : ""}`,
    })),
    fix: "bring the environments back in line (or record the difference as expected) and re-run parity",
  };
}

function unavailable(g: Gathered<unknown>): string {
  return g.available ? "" : g.reason;
}

function openWith(
  incidents: Gathered<OpenIncidentIssue>,
  labels: readonly string[],
): OpenIncidentIssue[] | undefined {
  if (!incidents.available) return undefined;
  const wanted = new Set(labels.map((l) => l.toLowerCase()));
  return incidents.items.filter((i) => i.labels.some((l) => wanted.has(l.toLowerCase())));
}

function incidentItem(i: OpenIncidentIssue): Item {
  return {
    text: `#${i.number} ${i.title} [${i.labels.join(", ")}]`,
    ...(i.url ? { url: i.url } : {}),
  };
}

function incidents({ github }: ReadinessInputs, labels: readonly string[], max: number): Outcome {
  const open = openWith(github.incidents, labels);
  if (!open) return missing(`open issues unknown: ${unavailable(github.incidents)}`, GITHUB_FIX);
  const values = { open: open.length, max, labels: labels.join(", ") };
  const summary = `${open.length} open issue${open.length === 1 ? "" : "s"} labelled ${labels.join(" / ")} (at most ${max})`;
  return open.length > max
    ? {
        status: "fail",
        summary,
        values,
        items: open.map(incidentItem),
        fix: "resolve and close them (or relabel them if they are not incidents)",
      }
    : { status: "pass", summary, values };
}

function requiredChecks({ github }: ReadinessInputs, config: ReadinessConfig): Outcome {
  const checks = github.requiredChecks;
  if (!checks.available) return missing(`check runs unknown: ${checks.reason}`, GITHUB_FIX);
  const items: Item[] = [];
  let green = 0;
  for (const name of config.required_checks) {
    const runs = checks.items.filter((c) => c.name === name);
    const ok =
      runs.length > 0 &&
      runs.every((r) => r.conclusion !== null && PASSING_CONCLUSIONS.has(r.conclusion));
    if (ok) {
      green++;
      continue;
    }
    const state =
      runs.length === 0 ? "missing" : runs.map((r) => r.conclusion ?? "in progress").join(", ");
    const url = runs.find((r) => r.url)?.url;
    items.push({ text: `${name}: ${state}`, ...(url ? { url } : {}) });
  }
  const values = { required: config.required_checks.length, green };
  const summary = `${green}/${config.required_checks.length} required checks green (${config.required_checks.join(", ")})`;
  return items.length > 0
    ? {
        status: "fail",
        summary,
        values,
        items,
        fix: "wait for the checks to finish, or fix and re-run the failing ones on this commit",
      }
    : { status: "pass", summary, values };
}

function protection({ github }: ReadinessInputs, config: ReadinessConfig): Outcome {
  const p = github.protection;
  if (!p.available) return missing(`branch protection unknown: ${p.reason}`, GITHUB_FIX);
  const items: Item[] = [];
  let applied = 0;
  for (const branch of config.protected_branches) {
    const state = p.items.find((s) => s.branch === branch);
    const from = state?.source ? `, ${state.source}` : "";
    if (state?.status === "Applied") {
      applied++;
      items.push({ text: `${branch}: Applied${from}`, ...(state.url ? { url: state.url } : {}) });
      continue;
    }
    const status = state?.status ?? "unknown";
    items.push({
      text: `${branch}: ${status}${state?.detail ? ` (${state.detail})` : ""}${from}`,
      ...(state?.url ? { url: state.url } : {}),
    });
  }
  const values = { branches: config.protected_branches.length, applied };
  const summary = `${applied}/${config.protected_branches.length} protected branches Applied`;
  return applied < config.protected_branches.length
    ? {
        status: "fail",
        summary,
        values,
        items,
        fix: "apply the config's protection with pilot-gate protection sync (or install the App, which applies and watches it); reading protection needs a token with administration: read, else the App's pilot-gate/protection check is read",
      }
    : { status: "pass", summary, values, items };
}

function milestones({ milestones }: ReadinessInputs): Outcome {
  if (milestones.length === 0) {
    return missing(
      "no milestone or sign-off documents configured (readiness.milestones)",
      "list the milestone and sign-off documents under readiness.milestones (a path, or {file, section} to read only the headings of that name), or set readiness.criteria.milestones to off if this launch has none",
    );
  }
  const items: Item[] = [];
  let unreadable = 0;
  let done = 0;
  for (const doc of milestones) {
    if ("error" in doc) {
      unreadable++;
      items.push({ text: doc.error, file: doc.file });
      continue;
    }
    done += doc.done;
    for (const item of doc.blocking) {
      items.push({ text: item.text, file: doc.file, ...(item.line ? { line: item.line } : {}) });
    }
  }
  const blocking = items.length - unreadable;
  const values = { documents: milestones.length, done, blocking, unreadable };
  if (items.length === 0) {
    return {
      status: "pass",
      summary: `${done} item(s) done in ${milestones.length} document(s)`,
      values,
    };
  }
  return {
    status: "fail",
    summary: `${[blocking ? `${blocking} item(s) not done` : "", unreadable ? `${unreadable} unreadable document(s)` : ""].filter(Boolean).join(", ")} (${done} done, ${milestones.length} document(s))`,
    values,
    items,
    fix: "finish each item named and mark it done (- [x], or a done status such as done, signed, passed, ok, concluído), add the evidence files it names, or fix the paths in readiness.milestones",
  };
}

function pilotManifest({ manifest }: ReadinessInputs, config: ReadinessConfig): Outcome {
  if (!manifest) {
    return missing(
      "no pilot manifest",
      `write ${config.manifest} (pilot-gate pilot start --name <name>) and pass it with --manifest`,
    );
  }
  const { min_clients: min, max_clients: max, min_window_hours: hours } = config.thresholds;
  const items: Item[] = [];
  const active = manifest.clients.length;
  if (active < min || active > max) {
    items.push({ text: `${active} client(s); the pilot needs ${min} to ${max}` });
  }
  for (const client of manifest.clients) {
    if (client.status !== "suggested") {
      items.push({ text: `${client.name}: still under review (${client.status})` });
    }
    for (const key of ["technical_contact", "business_contact"] as const) {
      if (!client[key]?.trim()) items.push({ text: `${client.name}: no ${key.replace("_", " ")}` });
    }
  }
  if (manifest.window.hours < hours) {
    items.push({
      text: `observation window ${manifest.window.hours} h; at least ${hours} h needed`,
    });
  }
  if (!windowStart(manifest))
    items.push({ text: `window start ${manifest.window.start} is not a real date` });
  const values = {
    clients: active,
    min_clients: min,
    max_clients: max,
    window_hours: manifest.window.hours,
    min_window_hours: hours,
  };
  const summary = `${manifest.name}: ${active} client(s), ${manifest.window.hours} h window`;
  return items.length > 0
    ? {
        status: "fail",
        summary,
        values,
        items,
        fix: `complete ${config.manifest}: 3 to 5 clients, each with both contacts and status suggested, and a window of at least ${hours} h`,
      }
    : { status: "pass", summary, values };
}

/**
 * Every sign-off role has a holder who approved a sign-off PR of the commit
 * on its head. A role nobody holds, no sign-off PR, or a role without such an
 * approval fails it; GitHub unreadable leaves it not checked.
 */
function signOff({ github }: ReadinessInputs): Outcome {
  const read = github.signOff;
  if (!read.available) return missing(`sign-off unknown: ${read.reason}`, GITHUB_FIX);
  const { label, pulls } = read.value;
  const roles = signOffByRole(read.value);
  const signed = roles.filter((r) => r.signers.length > 0);
  const values = {
    roles: roles.length,
    signed: signed.length,
    pulls: pulls.map((p) => `#${p.number}`).join(", "),
    label,
  };
  if (pulls.length === 0) {
    return {
      status: "fail",
      summary: `no PR of this commit is labelled ${label}`,
      values,
      fix: `label the PR of this commit (its head, or the PR whose merge made it) ${label}, and have a holder of each role (${roles.map((r) => r.role).join(", ")}) approve it`,
    };
  }
  const items: Item[] = roles.map((r) => {
    if (r.signers.length > 0) {
      return {
        text: `${r.role}: signed by ${r.signers.map((s) => `@${s.login} (#${s.pull})`).join(", ")}`,
      };
    }
    if (!r.defined)
      return { text: `${r.role}: not defined under roles:, so nobody can sign it off` };
    const stale =
      r.stale.length > 0
        ? `; ${r.stale.map((l) => `@${l}`).join(", ")} approved an older push`
        : "";
    return { text: `${r.role}: no approval on the head commit from a holder of the role${stale}` };
  });
  const summary = `${signed.length}/${roles.length} sign-off roles approved (${pulls.map((p) => `#${p.number}`).join(", ")})`;
  if (signed.length === roles.length) return { status: "pass", summary, values, items };
  const undefinedRoles = roles.filter((r) => !r.defined).map((r) => r.role);
  return {
    status: "fail",
    summary,
    values,
    items,
    fix: `ask a holder of each role without a sign-off to approve the sign-off PR on its latest commit${undefinedRoles.length > 0 ? `; define ${undefinedRoles.map((r) => `roles.${r}`).join(", ")} (users or teams) in the config` : ""}`,
  };
}
