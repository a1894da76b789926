/**
 * What the readiness site shows, worked out from the evidence packs alone:
 * the packs as verified (by the caller), the reports in those that verify,
 * and the trends across pilot runs. Pure: the engine reads and verifies the
 * packs; nothing here touches files or the clock.
 */
import { z } from "zod";
import type { EvidenceFinding, EvidenceScope, Manifest } from "../evidence/index.js";
import { type ParityReport, parityReportSchema } from "../gates/parity/report.js";
import { type PilotManifest, parsePilotManifest } from "../gates/pilot/manifest.js";
import { type ReadinessReport, readinessReportSchema } from "../gates/readiness/report.js";
import { type SmokeReport, smokeReportSchema } from "../gates/smoke/report.js";
import { type ProtectionReport, protectionStatusSchema } from "../protection/report.js";

/** The success-rate line drawn when no readiness report names its threshold (the playbook's 95 %). */
export const DEFAULT_SUCCESS_THRESHOLD = 0.95;

/** One pack found under the evidence root, with its verification. */
export interface SitePack {
  scope: EvidenceScope;
  /** The pack's folder name. */
  id: string;
  /** Where it is on the evidence branch, e.g. `evidence/release/v1.2.0`. */
  path: string;
  /** pass: the pack and its chain verify (warnings allowed); fail: anything else. */
  status: "pass" | "fail";
  findings: EvidenceFinding[];
  /** The manifest, when valid. */
  manifest: Manifest | undefined;
  manifestDigest: string | undefined;
  signed: boolean;
  verifiedKeyids: string[];
  /**
   * The pack's JSON files (parsed) and pilot manifests (text), by path in
   * the pack. The caller reads them only from a pack that verifies, so a
   * failed pack has none and can feed no figure.
   */
  documents: readonly { path: string; json?: unknown; text?: string }[];
}

/** The release decision `pilot-gate release decide --json` prints, as far as the site reads it. */
const decisionSchema = z.object({
  kind: z.literal("release-decision"),
  decision: z.object({
    action: z.enum(["tag", "refuse"]),
    tag: z.string().nullish(),
    reasons: z.array(z.string()).optional(),
  }),
});
export type ReleaseDecisionDocument = z.output<typeof decisionSchema>;

/** The incidents sweep `pilot-gate incidents sweep --json` prints, as far as the site reads it. */
const sweepSchema = z.object({
  kind: z.literal("incidents-sweep"),
  at: z.string(),
  incidents: z.array(
    z.object({
      number: z.number().int(),
      severity: z.string(),
      clocks: z.array(z.object({ state: z.string() })),
    }),
  ),
});
export type SweepDocument = z.output<typeof sweepSchema>;

/** The rollback record `pilot-gate rollback run` packs (files/incident.json), as far as the site reads it. */
const rollbackSchema = z.object({
  kind: z.literal("rollback-incident"),
  rolledBack: z.object({ tag: z.string(), sha: z.string() }),
  target: z.object({ tag: z.string(), sha: z.string() }),
  freeze: z.object({ issue: z.number().int(), url: z.string() }).nullable(),
  checks: z.union([
    z.object({
      read: z.literal(true),
      total: z.number().int(),
      notSucceeded: z.array(
        z.object({
          name: z.string(),
          conclusion: z.string().nullable(),
          url: z.string().nullable(),
        }),
      ),
    }),
    z.object({ read: z.literal(false), reason: z.string() }),
  ]),
  reproduce: z.array(z.string()),
});
export type RollbackDocument = z.output<typeof rollbackSchema>;

/** The reports of one verified pack, each recognised by its schema. */
export interface PackReports {
  readiness?: ReadinessReport;
  smoke?: SmokeReport;
  parity?: ParityReport;
  protection?: ProtectionReport;
  incidents?: SweepDocument;
  decision?: ReleaseDecisionDocument;
  rollback?: RollbackDocument;
  pilot?: PilotManifest;
  /** Reports that claim a kind but do not fit its schema: shown, never used. */
  unreadable: string[];
}

/** A release or pilot-run pack with what its reports say (nothing when it failed verification). */
export interface SiteEntry {
  pack: SitePack;
  reports: PackReports;
  /** The page's path in the site. */
  page: string;
  /** The UTC day of the pack (`YYYY-MM-DD`), from its manifest. */
  day: string | undefined;
}

export interface Series {
  name: string;
  values: (number | null)[];
}

/** The trends across verified pilot runs, one point per day. */
export interface Trends {
  days: string[];
  threshold: number;
  /** passed / executed of every smoke run that day. */
  successRate: Series;
  /** Per scenario over every run: passed / executed. */
  scenarios: { name: string; passed: number; executed: number; rate: number }[];
  /** Per suite, per day. */
  suites: Series[];
  /** Per severity, per day: incidents first seen open, and seen closed (gone from the next sweep). */
  incidentsOpened: Series[];
  incidentsClosed: Series[];
  /** Per day: the most incidents with a breached SLA clock in one sweep. */
  slaBreaches: Series;
  /** Per branch, per day: the Scorecard tier of the day's last protection report. */
  protectionTiers: Series[];
}

export interface SiteModel {
  packs: SitePack[];
  releases: SiteEntry[];
  pilotRuns: SiteEntry[];
  /** The incident packs of `pilot-gate rollback run`, oldest first. */
  rollbacks: SiteEntry[];
  failed: SitePack[];
  /** The latest readiness report of a verified pack, and where it came from. */
  current: { readiness: ReadinessReport; entry: SiteEntry } | undefined;
  trends: Trends;
}

/** A report recognised by a `gate`/`kind` field, checked against its schema. */
const KINDS: readonly {
  key: Exclude<keyof PackReports, "unreadable" | "pilot">;
  what: string;
  matches: (value: Record<string, unknown>) => boolean;
  schema: z.ZodType;
}[] = [
  {
    key: "readiness",
    what: "readiness report",
    matches: (v) => v.kind === "readiness",
    schema: readinessReportSchema,
  },
  {
    key: "smoke",
    what: "smoke report",
    matches: (v) => v.gate === "smoke",
    schema: smokeReportSchema,
  },
  {
    key: "parity",
    what: "parity report",
    matches: (v) => v.gate === "parity",
    schema: parityReportSchema,
  },
  {
    key: "protection",
    what: "protection report",
    matches: (v) => Array.isArray(v.branches) && typeof v.mode === "string",
    schema: protectionStatusSchema,
  },
  {
    key: "incidents",
    what: "incidents sweep",
    matches: (v) => v.kind === "incidents-sweep",
    schema: sweepSchema,
  },
  {
    key: "decision",
    what: "release decision",
    matches: (v) => v.kind === "release-decision",
    schema: decisionSchema,
  },
  {
    key: "rollback",
    what: "rollback record",
    matches: (v) => v.kind === "rollback-incident",
    schema: rollbackSchema,
  },
];

/**
 * Recognises the reports among a pack's documents: each JSON document that
 * names a kind is checked against that kind's schema, and a pilot manifest
 * (`pilot.yml`) is parsed. A document that names a kind but does not fit
 * it is listed as unreadable, not used; two of one kind keep the first by
 * path (documents come sorted).
 */
export function reportsOf(documents: SitePack["documents"]): PackReports {
  const reports: PackReports = { unreadable: [] };
  const record = reports as unknown as Record<string, unknown>;
  for (const document of documents) {
    if (document.text !== undefined && /(^|\/)pilot\.ya?ml$/.test(document.path)) {
      try {
        reports.pilot ??= parsePilotManifest(document.text, document.path);
      } catch (error) {
        reports.unreadable.push(
          `${document.path} is not a valid pilot manifest: ${(error as Error).message}`,
        );
      }
      continue;
    }
    const value = document.json;
    if (typeof value !== "object" || value === null || Array.isArray(value)) continue;
    const kind = KINDS.find((k) => k.matches(value as Record<string, unknown>));
    if (!kind) continue;
    const parsed = kind.schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      reports.unreadable.push(
        `${document.path} is not a valid ${kind.what}: ${issue?.path.join(".") || "the document"}: ${issue?.message ?? "invalid"}`,
      );
      continue;
    }
    if (record[kind.key] === undefined) record[kind.key] = parsed.data;
  }
  return reports;
}

/** Orders packs by their manifest's time, then id; packs without a valid manifest go last. */
function byTime(a: SitePack, b: SitePack): number {
  const ta = a.manifest ? Date.parse(a.manifest.createdAt) : Number.POSITIVE_INFINITY;
  const tb = b.manifest ? Date.parse(b.manifest.createdAt) : Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The UTC day of an ISO 8601 time. */
function dayOf(iso: string): string {
  return new Date(Date.parse(iso)).toISOString().slice(0, 10);
}

/** The page of a pack in the site: `releases/<id>.html`, `pilot/<id>.html`, `rollbacks/<id>.html`, `packs/<scope>/<id>.html`. */
export function pagePath(scope: EvidenceScope, id: string): string {
  if (scope === "release") return `releases/${id}.html`;
  if (scope === "pilot") return `pilot/${id}.html`;
  if (scope === "incident") return `rollbacks/${id}.html`;
  return `packs/${scope}/${id}.html`;
}

/**
 * Builds the site's model from verified packs. Only packs whose status is
 * pass contribute a report, a verdict or a point: a failed pack is listed
 * with its findings and nothing else.
 */
export function buildSiteModel(packs: readonly SitePack[]): SiteModel {
  const sorted = [...packs].sort(byTime);
  const entryOf = (pack: SitePack): SiteEntry => ({
    pack,
    reports: pack.status === "pass" ? reportsOf(pack.documents) : { unreadable: [] },
    page: pagePath(pack.scope, pack.id),
    day: pack.manifest ? dayOf(pack.manifest.createdAt) : undefined,
  });
  const releases = sorted.filter((p) => p.scope === "release").map(entryOf);
  const pilotRuns = sorted.filter((p) => p.scope === "pilot").map(entryOf);
  const rollbacks = sorted.filter((p) => p.scope === "incident").map(entryOf);
  const verified = [...releases, ...pilotRuns].filter((e) => e.pack.status === "pass");
  let current: SiteModel["current"];
  for (const entry of verified) {
    const readiness = entry.reports.readiness;
    if (!readiness) continue;
    if (
      !current ||
      Date.parse(readiness.evaluated_at) >= Date.parse(current.readiness.evaluated_at)
    ) {
      current = { readiness, entry };
    }
  }
  return {
    packs: sorted,
    releases,
    pilotRuns,
    rollbacks,
    failed: sorted.filter((p) => p.status === "fail"),
    current,
    trends: trendsOf(pilotRuns.filter((e) => e.pack.status === "pass")),
  };
}

const ratio = (passed: number, executed: number): number | null =>
  executed === 0 ? null : Math.round((passed / executed) * 10_000) / 10_000;

/** Adds `n` to a per-day count of `name`, creating the series on first use. */
function bump(table: Map<string, Map<string, number>>, name: string, day: string, n: number): void {
  const row = table.get(name) ?? new Map<string, number>();
  row.set(day, (row.get(day) ?? 0) + n);
  table.set(name, row);
}

function seriesOf(table: Map<string, Map<string, number>>, days: readonly string[]): Series[] {
  return [...table.keys()].sort().map((name) => ({
    name,
    values: days.map((day) => table.get(name)?.get(day) ?? null),
  }));
}

/** The trends across verified pilot runs, oldest first. */
function trendsOf(runs: readonly SiteEntry[]): Trends {
  const days = [...new Set(runs.map((r) => r.day).filter((d): d is string => d !== undefined))];
  let threshold = DEFAULT_SUCCESS_THRESHOLD;
  const perDay = new Map<string, { passed: number; executed: number }>();
  const scenarios = new Map<string, { passed: number; executed: number }>();
  const suitePassed = new Map<string, Map<string, number>>();
  const suiteExecuted = new Map<string, Map<string, number>>();
  const opened = new Map<string, Map<string, number>>();
  const closed = new Map<string, Map<string, number>>();
  const breaches = new Map<string, number>();
  const tiers = new Map<string, Map<string, number>>();
  let open = new Map<number, string>();

  for (const run of runs) {
    const day = run.day as string;
    const { readiness, smoke, incidents, protection } = run.reports;
    const rateCriterion = readiness?.criteria.find((c) => c.id === "success-rate");
    const given = rateCriterion?.evidence.values.threshold;
    if (typeof given === "number" && given > 0 && given <= 1) threshold = given;
    if (smoke) {
      const total = perDay.get(day) ?? { passed: 0, executed: 0 };
      total.passed += smoke.counts.passed;
      total.executed += smoke.counts.executed;
      perDay.set(day, total);
      for (const scenario of smoke.scenarios) {
        if (scenario.result === "skipped") continue;
        const passed = scenario.result === "passed" ? 1 : 0;
        const name = `${scenario.suite} › ${scenario.name}`;
        const one = scenarios.get(name) ?? { passed: 0, executed: 0 };
        one.passed += passed;
        one.executed += 1;
        scenarios.set(name, one);
        bump(suitePassed, scenario.suite, day, passed);
        bump(suiteExecuted, scenario.suite, day, 1);
      }
    }
    if (incidents) {
      const now = new Map(incidents.incidents.map((i) => [i.number, i.severity]));
      for (const [number, severity] of now) if (!open.has(number)) bump(opened, severity, day, 1);
      for (const [number, severity] of open) if (!now.has(number)) bump(closed, severity, day, 1);
      open = now;
      const breached = incidents.incidents.filter((i) =>
        i.clocks.some((c) => c.state === "breached"),
      ).length;
      breaches.set(day, Math.max(breaches.get(day) ?? 0, breached));
    }
    if (protection) {
      for (const branch of protection.branches) {
        const row = tiers.get(branch.branch) ?? new Map<string, number>();
        row.set(day, branch.scorecard.tier);
        tiers.set(branch.branch, row);
      }
    }
  }

  const severities = [...new Set([...opened.keys(), ...closed.keys()])];
  for (const severity of severities) {
    opened.set(severity, opened.get(severity) ?? new Map());
    closed.set(severity, closed.get(severity) ?? new Map());
  }
  const zeroFill = (series: Series[]) =>
    series.map((s) => ({
      name: s.name,
      values: s.values.map((v, i) => (v === null && hasSweep(runs, days[i] as string) ? 0 : v)),
    }));
  return {
    days,
    threshold,
    successRate: {
      name: "success rate",
      values: days.map((day) => {
        const total = perDay.get(day);
        return total ? ratio(total.passed, total.executed) : null;
      }),
    },
    scenarios: [...scenarios.entries()]
      .map(([name, { passed, executed }]) => ({
        name,
        passed,
        executed,
        rate: ratio(passed, executed) ?? 0,
      }))
      .sort((a, b) => a.rate - b.rate || (a.name < b.name ? -1 : 1)),
    suites: [...suiteExecuted.keys()].sort().map((suite) => ({
      name: suite,
      values: days.map((day) => {
        const executed = suiteExecuted.get(suite)?.get(day);
        return executed ? ratio(suitePassed.get(suite)?.get(day) ?? 0, executed) : null;
      }),
    })),
    incidentsOpened: zeroFill(seriesOf(opened, days)),
    incidentsClosed: zeroFill(seriesOf(closed, days)),
    slaBreaches: { name: "SLA breaches", values: days.map((day) => breaches.get(day) ?? null) },
    protectionTiers: seriesOf(tiers, days),
  };
}

function hasSweep(runs: readonly SiteEntry[], day: string): boolean {
  return runs.some((r) => r.day === day && r.reports.incidents !== undefined);
}
