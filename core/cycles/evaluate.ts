/**
 * Cycle exit gates, judged from plain inputs: the PRs that carry each
 * story (with their `required-check` conclusion), the evidence packs on
 * the evidence branch, the open critical incidents and the named reports.
 * Whatever was not read, or was read only in part, counts as unknown, and
 * unknown never meets a criterion.
 */
import type { Config } from "../config/schema.js";
import { findIds } from "../ids.js";
import { waveOf } from "../incidents/model.js";
import { hasAny } from "../labels.js";
import { compileBranchPattern, matchBranch } from "../rules/branch-patterns.js";
import {
  type CycleConfig,
  type CycleCriterionConfig,
  type CycleCriterionKind,
  criterionKind,
} from "./config.js";

/** Something read from GitHub: its items (`truncated` when only a part was read), or why it was not read. */
export type Read<T> =
  | { available: true; items: T[]; truncated?: { read: number; reason: string } }
  | { available: false; reason: string };

/** What a PR's `required-check` says, as the runtime read it. */
export type PullCheck =
  | { state: "success" | "failure" | "pending" | "missing"; url?: string }
  | { state: "unknown"; reason: string };

/** A PR as the cycles read it. */
export interface CyclePull {
  number: number;
  url: string;
  title: string;
  branch: string;
  base: string;
  labels: string[];
  /** The head commit, where the PR's `required-check` is. */
  headSha: string;
  state: "open" | "closed";
  merged: boolean;
  /** The PR's `required-check` on its head; read for the merged PRs of a cycle's stories only. */
  check?: PullCheck;
}

/** An open critical incident. */
export interface CycleIncident {
  number: number;
  title: string;
  url: string;
}

/** A named report file found on the evidence branch, with its text (undefined when not read, and `unread` says why). */
export interface CycleReportFile {
  path: string;
  url: string;
  text: string | undefined;
  unread?: string;
}

/** Everything the cycles are judged from. */
export interface CycleInputs {
  now: Date;
  /** The aggregate check's name (`check.name`). */
  checkName: string;
  pulls: Read<CyclePull>;
  /**
   * Story ids with an evidence pack (`evidence/story/<id>/manifest.json`),
   * and where each is; `unverified` says why a pack does not count (its
   * statement is not signed by an evidence key, or not its own).
   */
  evidence: Read<{ story: string; url: string; unverified?: string }>;
  /**
   * Whether packs were held to the repository's evidence keys
   * (`readiness.evidence_keys`): "not-checked" when it lists none.
   */
  signatures?: "checked" | "not-checked";
  critical: Read<CycleIncident>;
  /** By report name: its files on the evidence branch. */
  reports: Record<string, Read<CycleReportFile>>;
}

export type StoryState = "done" | "pending" | "blocked";

/** One story of a cycle: where it stands and why. `reason` is plain text. */
export interface StoryStatus {
  id: string;
  state: StoryState;
  reason: string;
  pulls: { number: number; url: string; state: "open" | "closed" | "merged"; check?: PullCheck }[];
  evidence: { url: string } | undefined;
}

/** A link a criterion's result points at; `label` is plain text. */
export interface CycleLink {
  label: string;
  url: string;
}

/** One exit criterion: met or not, why (plain text), and what it was judged from. */
export interface CriterionResult {
  /** As written in config: `stories_merged_green`, `report_passed: restore-drill`. */
  criterion: string;
  met: boolean;
  detail: string;
  links: CycleLink[];
}

/** One cycle's status. `upcoming`: its window has not started, so it is not judged. */
export interface CycleStatus {
  id: string;
  window: { start: string; end: string };
  phase: "upcoming" | "running" | "overdue";
  /** Every exit criterion met; false for an upcoming cycle. */
  met: boolean;
  stories: StoryStatus[];
  criteria: CriterionResult[];
}

/** The status of every configured cycle. */
export interface CyclesReport {
  version: 1;
  kind: "cycle-status";
  /** ISO 8601: when it was judged. */
  at: string;
  /** Every started cycle met its exit criteria. */
  met: boolean;
  cycles: CycleStatus[];
}

/** A pack id and a story id name the same story whatever the case, as ids in branch names vary. */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The story ids a PR carries: the id its branch captures through
 * `rules.branch-name.patterns`, and the ids its title names. The body is not
 * read: a body mentions related stories in passing, and counting those
 * would mark a story delivered by a PR that only cites it.
 */
export function storiesOfPull(
  pull: Pick<CyclePull, "branch" | "base" | "title">,
  config: Config,
): string[] {
  const patterns = config.rules["branch-name"].patterns.map((entry) =>
    compileBranchPattern(entry, config.ids.pattern),
  );
  const ids = [
    matchBranch(pull.branch, pull.base, patterns)?.storyId,
    ...findIds(pull.title, config.ids.pattern),
  ];
  const unique: string[] = [];
  for (const id of ids) {
    if (id !== undefined && !unique.some((known) => same(known, id))) unique.push(id);
  }
  return unique;
}

/** The stories a cycle delivers, each with the PRs that carry it. */
function cycleStories(
  cycle: CycleConfig,
  pulls: readonly CyclePull[],
  config: Config,
): { id: string; pulls: CyclePull[] }[] {
  const carried = pulls.map((pull) => ({ pull, stories: storiesOfPull(pull, config) }));
  if (cycle.stories !== undefined) {
    return cycle.stories.map((id) => ({
      id,
      pulls: carried.filter((c) => c.stories.some((s) => same(s, id))).map((c) => c.pull),
    }));
  }
  const wave = cycle.wave ?? "";
  const stories = new Map<string, { id: string; pulls: CyclePull[] }>();
  for (const { pull, stories: ids } of carried) {
    if (!same(waveOf(pull, config.incidents) ?? "", wave)) continue;
    // A PR of the wave that names no story is still work of the cycle: it is listed under its number.
    for (const id of ids.length > 0 ? ids : [`#${pull.number}`]) {
      const key = id.toLowerCase();
      const entry = stories.get(key) ?? { id, pulls: [] };
      entry.pulls.push(pull);
      stories.set(key, entry);
    }
  }
  return [...stories.values()];
}

/**
 * The merged PRs whose `required-check` the cycles need, each once: the
 * runtime reads those and no other. Every started cycle lists its stories'
 * state, which a merged PR's check decides, whatever its criteria; cycles
 * not started yet need none.
 */
export function pullsToCheck(config: Config, pulls: readonly CyclePull[], now: Date): CyclePull[] {
  const wanted = new Map<number, CyclePull>();
  for (const cycle of Object.values(config.cycles)) {
    if (Date.parse(cycle.window.start) > now.getTime()) continue;
    for (const story of cycleStories(cycle, pulls, config)) {
      for (const pull of story.pulls) if (pull.merged) wanted.set(pull.number, pull);
    }
  }
  return [...wanted.values()].sort((a, b) => a.number - b.number);
}

function pullState(pull: CyclePull): "open" | "closed" | "merged" {
  return pull.merged ? "merged" : pull.state;
}

function checkWords(check: PullCheck | undefined, name: string): string {
  if (check === undefined) return `its ${name} was not read`;
  switch (check.state) {
    case "success":
      return `${name} passed`;
    case "failure":
      return `${name} failed`;
    case "pending":
      return `${name} has not finished`;
    case "missing":
      return `it has no ${name} from the App`;
    case "unknown":
      return `its ${name} is unknown (${check.reason})`;
  }
}

/** Where one story stands: done (merged, check green), pending (in flight) or blocked (and why). */
function storyStatus(
  story: { id: string; pulls: CyclePull[] },
  inputs: CycleInputs,
  config: Config,
): StoryStatus {
  const evidence = inputs.evidence.available
    ? inputs.evidence.items.find((item) => same(item.story, story.id) && !item.unverified)
    : undefined;
  const base = {
    id: story.id,
    pulls: story.pulls.map((pull) => ({
      number: pull.number,
      url: pull.url,
      state: pullState(pull),
      ...(pull.check ? { check: pull.check } : {}),
    })),
    evidence: evidence ? { url: evidence.url } : undefined,
  };
  if (!inputs.pulls.available) {
    return { ...base, state: "blocked", reason: `unknown: ${inputs.pulls.reason}` };
  }
  if (story.pulls.length === 0) {
    const truncated = inputs.pulls.truncated;
    return {
      ...base,
      state: "blocked",
      reason: truncated
        ? `unknown: no PR among the ${truncated.read} read carries it (${truncated.reason})`
        : `no PR carries ${story.id}: name it in a PR's branch or title, or fix the id in cycles`,
    };
  }
  const name = inputs.checkName;
  const notGreen = story.pulls.filter((p) => p.merged && p.check?.state !== "success");
  if (notGreen.length > 0) {
    return {
      ...base,
      state: "blocked",
      reason: notGreen
        .map((p) => `#${p.number} was merged but ${checkWords(p.check, name)}`)
        .join("; "),
    };
  }
  const open = story.pulls.filter((p) => p.state === "open");
  const blockedLabels = [config.incidents.blocked.label, config.rules["no-merge-label"].label];
  const stuck = open.filter((p) => hasAny(p.labels, blockedLabels));
  if (stuck.length > 0) {
    return {
      ...base,
      state: "blocked",
      reason: stuck
        .map(
          (p) =>
            `#${p.number} is labelled ${p.labels.filter((l) => hasAny([l], blockedLabels)).join(", ")}`,
        )
        .join("; "),
    };
  }
  if (open.length > 0) {
    return {
      ...base,
      state: "pending",
      reason: `${open.map((p) => `#${p.number}`).join(", ")} open`,
    };
  }
  if (!story.pulls.some((p) => p.merged)) {
    return {
      ...base,
      state: "blocked",
      reason: `${story.pulls.map((p) => `#${p.number}`).join(", ")} closed without merging`,
    };
  }
  return { ...base, state: "done", reason: `merged with ${name} green` };
}

function describe(criterion: CycleCriterionConfig): string {
  return typeof criterion === "string" ? criterion : `report_passed: ${criterion.report_passed}`;
}

/** Newest first by `evaluated_at`; a report without a readable one cannot be placed in the window. */
function reportTime(data: unknown): number | undefined {
  const at = (data as { evaluated_at?: unknown } | null)?.evaluated_at;
  if (typeof at !== "string") return undefined;
  const time = Date.parse(at);
  return Number.isNaN(time) ? undefined : time;
}

/** `report_passed: <name>`: the newest such report, evaluated within the window, says PASS or GO. */
function reportPassed(
  name: string,
  read: Read<CycleReportFile> | undefined,
  cycle: CycleConfig,
): Omit<CriterionResult, "criterion"> {
  if (read === undefined)
    return { met: false, detail: `the ${name} reports were not read`, links: [] };
  if (!read.available) return { met: false, detail: `unknown: ${read.reason}`, links: [] };
  if (read.items.length === 0) {
    return {
      met: false,
      detail: `${read.truncated ? `unknown (${read.truncated.reason}): ` : ""}no reports/${name}.json in any evidence pack; publish the report in an evidence pack`,
      links: [],
    };
  }
  const problems: string[] = [];
  const dated: { file: CycleReportFile; data: unknown; time: number }[] = [];
  for (const file of read.items) {
    if (file.text === undefined) {
      problems.push(`${file.path} was not read (${file.unread ?? "unknown reason"})`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(file.text);
    } catch {
      problems.push(`${file.path} is not JSON`);
      continue;
    }
    const time = reportTime(data);
    if (time === undefined) {
      problems.push(
        `${file.path} has no evaluated_at (an ISO 8601 time), so it cannot be placed in the cycle's window`,
      );
      continue;
    }
    dated.push({ file, data, time });
  }
  dated.sort((a, b) => b.time - a.time);
  const newest = dated[0];
  if (newest === undefined) {
    return {
      met: false,
      detail: problems.join("; "),
      links: read.items.map((f) => ({ label: f.path, url: f.url })),
    };
  }
  const links = [{ label: newest.file.path, url: newest.file.url }];
  const start = Date.parse(cycle.window.start);
  if (newest.time < start) {
    return {
      met: false,
      detail: `the newest ${name} report (${newest.file.path}) was evaluated before the cycle started; run it again`,
      links,
    };
  }
  const verdict = (newest.data as { verdict?: unknown } | null)?.verdict;
  if (typeof verdict !== "string") {
    return {
      met: false,
      detail: `${newest.file.path} has no verdict field (expected "verdict": "PASS"); regenerate it`,
      links,
    };
  }
  const passed = /^(?:pass|passed|go)$/i.test(verdict);
  return {
    met: passed,
    detail: passed
      ? `${newest.file.path} says ${verdict}`
      : `${newest.file.path} says ${verdict}, not PASS`,
    links,
  };
}

/** One criterion of a started cycle. */
function judgeCriterion(
  criterion: CycleCriterionConfig,
  cycle: CycleConfig,
  stories: StoryStatus[],
  inputs: CycleInputs,
): CriterionResult {
  const named = describe(criterion);
  /** A criterion about every story: met when the cycle has stories and none is `missing`. */
  const everyStory = (
    missing: StoryStatus[],
    words: { all: string; missing: string },
    links: CycleLink[],
  ): CriterionResult => ({
    criterion: named,
    met: stories.length > 0 && missing.length === 0,
    detail:
      stories.length === 0
        ? `no PR carries wave ${cycle.wave ?? ""}, so the cycle has no stories to judge`
        : missing.length === 0
          ? words.all
          : words.missing,
    links,
  });
  switch (criterionKind(criterion)) {
    case "stories_merged_green": {
      const missing = stories.filter((s) => s.state !== "done");
      return everyStory(
        missing,
        {
          all: `all ${stories.length} stories merged with ${inputs.checkName} green`,
          missing: `${missing.length} of ${stories.length} not merged green: ${missing.map((s) => `${s.id} (${s.reason})`).join("; ")}`,
        },
        stories.flatMap((s) => s.pulls.map((p) => ({ label: `${s.id} #${p.number}`, url: p.url }))),
      );
    }
    case "evidence_published": {
      if (!inputs.evidence.available) {
        return {
          criterion: named,
          met: false,
          detail: `unknown: ${inputs.evidence.reason}`,
          links: [],
        };
      }
      const missing = stories.filter((s) => s.evidence === undefined);
      const truncated = inputs.evidence.truncated;
      const items = inputs.evidence.items;
      const why = (id: string) => {
        const unverified = items.find((item) => same(item.story, id) && item.unverified);
        return unverified ? `${id} (its pack does not count: ${unverified.unverified})` : id;
      };
      const unchecked =
        inputs.signatures === "not-checked"
          ? "; signatures not checked: readiness.evidence_keys lists no key"
          : "";
      return everyStory(
        missing,
        {
          all: `an evidence pack for each of the ${stories.length} stories${unchecked}`,
          missing: `no evidence pack for ${missing.map((s) => why(s.id)).join(", ")}${truncated ? ` (unknown: ${truncated.reason})` : " (expected evidence/story/<id>/ on the evidence branch, signed by an evidence key)"}${unchecked}`,
        },
        stories.flatMap((s) => (s.evidence ? [{ label: s.id, url: s.evidence.url }] : [])),
      );
    }
    case "no_open_critical": {
      const read = inputs.critical;
      if (!read.available) {
        return { criterion: named, met: false, detail: `unknown: ${read.reason}`, links: [] };
      }
      const links = read.items.map((i) => ({ label: `#${i.number} ${i.title}`, url: i.url }));
      if (read.truncated) {
        return { criterion: named, met: false, detail: `unknown: ${read.truncated.reason}`, links };
      }
      return {
        criterion: named,
        met: read.items.length === 0,
        detail:
          read.items.length === 0
            ? "no open critical incident"
            : `${read.items.length} open critical incident(s): ${read.items.map((i) => `#${i.number}`).join(", ")}`,
        links,
      };
    }
    case "report_passed": {
      const name = typeof criterion === "string" ? "" : criterion.report_passed;
      return { criterion: named, ...reportPassed(name, inputs.reports[name], cycle) };
    }
  }
}

/**
 * Judges every configured cycle. A cycle whose window has not started is
 * listed as upcoming and not judged; a started one meets its exit gate only
 * when every criterion is met, and one past its end that has not is
 * overdue. The report is met when every started cycle is.
 */
export function evaluateCycles(config: Config, inputs: CycleInputs): CyclesReport {
  const now = inputs.now.getTime();
  const pulls = inputs.pulls.available ? inputs.pulls.items : [];
  const cycles = Object.entries(config.cycles).map(([id, cycle]): CycleStatus => {
    const window = { start: cycle.window.start, end: cycle.window.end };
    if (Date.parse(cycle.window.start) > now) {
      return { id, window, phase: "upcoming", met: false, stories: [], criteria: [] };
    }
    const stories = cycleStories(cycle, pulls, config).map((story) =>
      storyStatus(story, inputs, config),
    );
    const criteria = cycle.exit.map((criterion) =>
      judgeCriterion(criterion, cycle, stories, inputs),
    );
    const met = criteria.every((c) => c.met);
    const overdue = !met && Date.parse(cycle.window.end) < now;
    return { id, window, phase: overdue ? "overdue" : "running", met, stories, criteria };
  });
  return {
    version: 1,
    kind: "cycle-status",
    at: inputs.now.toISOString(),
    met: cycles.every((c) => c.phase === "upcoming" || c.met),
    cycles,
  };
}

/** Story ids with an evidence pack, from the evidence branch's file paths under `root`. */
export function publishedStories(paths: readonly string[], root: string): string[] {
  const prefix = `${root}/story/`;
  const stories: string[] = [];
  for (const path of paths) {
    if (!path.startsWith(prefix)) continue;
    const [id, file, ...rest] = path.slice(prefix.length).split("/");
    if (id && file === "manifest.json" && rest.length === 0) stories.push(id);
  }
  return stories;
}

/** Paths of `reports/<name>.json` inside the evidence packs (`<root>/<scope>/<id>/reports/`), in path order. */
export function reportPaths(paths: readonly string[], root: string, name: string): string[] {
  const file = `reports/${name}.json`;
  return paths
    .filter((path) => {
      const parts = path.split("/");
      return parts.length === 5 && parts[0] === root && path.endsWith(`/${file}`);
    })
    .sort();
}

/** The kinds of criterion the cycles started by `now` name: what is worth reading. */
export function criterionKindsOf(config: Config, now: Date): Set<CycleCriterionKind> {
  const kinds = new Set<CycleCriterionKind>();
  for (const cycle of Object.values(config.cycles)) {
    if (Date.parse(cycle.window.start) > now.getTime()) continue;
    for (const criterion of cycle.exit) kinds.add(criterionKind(criterion));
    // Stories are listed whatever the criteria: the report shows each one's state.
    kinds.add("stories_merged_green");
  }
  return kinds;
}

/** The report names the configured criteria need, each once. */
export function reportNames(config: Config): string[] {
  const names = new Set<string>();
  for (const cycle of Object.values(config.cycles)) {
    for (const criterion of cycle.exit) {
      if (typeof criterion !== "string") names.add(criterion.report_passed);
    }
  }
  return [...names].sort();
}
