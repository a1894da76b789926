import { CONFIG_PATH, type Config } from "./config/schema.js";
import { type ConfigError, formatConfigIssues, unlistedLine } from "./errors.js";
import { recordShown } from "./fingerprint.js";
import {
  CHECK_RUN_ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_TEXT_BYTES,
  CHECK_RUN_TITLE_CHARS,
  fitBytes,
  fitChars,
} from "./github-limits.js";
import { labelOn } from "./labels.js";
import { codeSpan, inertText } from "./render/escape.js";
import { onlyWaiting, renderMarkdown, verdictTitle } from "./render/markdown.js";
import { SITE_PAGES, sitePageUrl } from "./site/config.js";
import type { Finding, RuleResult, Verdict } from "./types.js";

/** A check run annotation as the Checks API takes it (file path in the repository). */
export interface PlannedAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  title?: string;
  message: string;
}

/** The check run to create or update on the head commit. */
export interface PlannedCheckRun {
  name: string;
  headSha: string;
  conclusion: "success" | "failure";
  title: string;
  /** At most 65,535 bytes. */
  summary: string;
  /** At most 65,535 bytes; omitted when everything fits in the summary. */
  text?: string;
  /** At most `CHECK_RUN_ANNOTATIONS_PER_REQUEST`, so the check run is written in one request. */
  annotations: PlannedAnnotation[];
  /** At most 3 buttons (label and identifier at most 20 characters). */
  actions: { label: string; description: string; identifier: string }[];
  /**
   * When each blocking finding was first shown on this commit, by
   * fingerprint (see `recordShown`): what an override may cover. Kept in the
   * check run, so the next evaluation of the commit carries the times on.
   */
  shown?: Record<string, string>;
  /** The readiness site's overview (`details_url`), when `site.url` is set. */
  detailsUrl?: string;
  /** Failing only while required CI runs (see `onlyWaiting`): not a failure the streak counts. */
  waiting?: boolean;
}

/** Writes the App (or the Action) would make for one evaluation; applied or, in dry run, only logged. */
export interface Plan {
  checkRun: PlannedCheckRun | undefined;
  labels: { add: string[]; remove: string[] };
}

/** What the runtime knows of the PR's labels and which of them the App itself applied. */
export interface LabelState {
  current: string[];
  /** True when the NO_MERGE label now on the PR was applied by this App (so the App may remove it). */
  appliedByApp: boolean;
}

/** The check run button that asks for a fresh evaluation (`requested_action` with this identifier). */
export const RERUN_ACTION = {
  label: "Re-run",
  identifier: "rerun",
  description: "Evaluate this PR again",
} as const;

/** Annotation messages are cut to this many characters (GitHub allows 64 KB). */
const MAX_ANNOTATION_MESSAGE = 4_000;

/**
 * The first of `annotations` that fit in `room` (by default one request's
 * worth) and, when some do not, a summary line counting them; `note` is ""
 * when all fit. A plan carries at most one request's worth, since a check
 * run is written in one: more would cost a request per 50 (a config with
 * 20,000 unknown keys took 400 writes); the rest are counted in the summary.
 */
export function fitAnnotations(
  annotations: readonly PlannedAnnotation[],
  room: number = CHECK_RUN_ANNOTATIONS_PER_REQUEST,
): { annotations: PlannedAnnotation[]; note: string } {
  const kept = annotations.slice(0, Math.max(0, room));
  const left = annotations.length - kept.length;
  const note =
    left === 0
      ? ""
      : `\n_${left.toLocaleString("en-US")} more problem${left === 1 ? "" : "s"} not annotated: a check run is written in one request, which takes at most ${CHECK_RUN_ANNOTATIONS_PER_REQUEST} annotations._\n`;
  return { annotations: kept, note };
}

const NO_LABEL_CHANGE = (): Plan["labels"] => ({ add: [], remove: [] });

/**
 * Turns a verdict into the writes that publish it: one check run (conclusion
 * from the verdict, for drafts too, titled `Draft:`; none for drafts under
 * `check.drafts: skip`), annotations where a finding has a repository file position,
 * a "Re-run" button, and the label change that keeps NO_MERGE in step with
 * the verdict. Only changes are planned: no label write when the set is
 * already right, and a human-applied NO_MERGE is never removed.
 *
 * A NO_MERGE label the App applied itself is not counted against the PR: the
 * `no-merge-label` rule would otherwise keep the PR blocked by the App's own
 * signal after everything else is fixed, and the label would never come off.
 * Its finding becomes a note and the label is removed once the rest passes.
 *
 * Drafts under `report` are judged but never labelled: a draft is expected
 * to be unfinished and cannot be merged anyway. An App-applied label is still
 * removed when the draft passes.
 */
export function planPullRequest(
  verdict: Verdict,
  input: {
    headSha: string;
    draft: boolean;
    labels: LabelState;
    /** What the commit's check run recorded as shown, and the time now (ISO 8601). */
    shown?: { before: Readonly<Record<string, string>> | undefined; now: string };
  },
  config: Config,
): Plan {
  const drafts = config.check.drafts;
  if (input.draft && drafts === "skip") return { checkRun: undefined, labels: NO_LABEL_CHANGE() };

  const labelName = config.rules["no-merge-label"].label;
  const present = labelOn(input.labels.current, labelName);
  const effective =
    present && input.labels.appliedByApp ? discountOwnLabel(verdict, present) : verdict;

  // A draft gets its real conclusion: it keeps this check when it is marked
  // ready, so a neutral one (which GitHub counts as passing) would let it
  // merge unjudged if that event were missed.
  const reportOnly = input.draft && drafts === "report";
  const title = verdictTitle(effective);
  const { annotations, note } = fitAnnotations(annotationsFor(effective));
  const checkRun: PlannedCheckRun = {
    name: config.check.name,
    headSha: input.headSha,
    conclusion: effective.status === "pass" ? "success" : "failure",
    title: truncateTitle(input.draft ? `Draft: ${title}` : title),
    summary: renderMarkdown(effective, CHECK_RUN_TEXT_BYTES - bytes(note)) + note,
    annotations,
    actions: [{ ...RERUN_ACTION }],
    ...(input.shown ? { shown: recordShown(effective, input.shown.before, input.shown.now) } : {}),
    ...detailsUrlOf(config),
    ...(onlyWaiting(effective) ? { waiting: true } : {}),
  };

  const labels = NO_LABEL_CHANGE();
  // The label signals what still needs fixing; a human's label is its own
  // reason and is already on the PR, so it never makes the App add one.
  const needsLabel = effective.findings.some(
    (f) =>
      f.severity === "blocking" && !f.acceptedBy && f.ruleId !== "no-merge-label" && !f.waitingFor,
  );
  if (needsLabel && !present && !reportOnly) labels.add.push(labelName);
  if (effective.status === "pass" && present && input.labels.appliedByApp) {
    labels.remove.push(present);
  }
  return { checkRun, labels };
}

/** The verdict with the `no-merge-label` finding about the App's own label turned into a note. */
function discountOwnLabel(verdict: Verdict, label: string): Verdict {
  let changed = false;
  const rules: RuleResult[] = verdict.rules.map((rule) => {
    if (rule.ruleId !== "no-merge-label") return rule;
    const findings = rule.findings.map((finding): Finding => {
      if (finding.severity !== "blocking" || finding.acceptedBy) return finding;
      changed = true;
      return {
        ruleId: finding.ruleId,
        severity: "info",
        source: "labels",
        message: `The ${codeSpan(label)} label was applied by pilot-gate itself, so it does not count against the PR; it is removed once the PR passes.`,
      };
    });
    return changed ? { ...rule, status: statusOf(findings), findings } : rule;
  });
  if (!changed) return verdict;
  const findings = rules.flatMap((rule) => rule.findings);
  return {
    ...verdict,
    rules,
    findings,
    status: findings.some((f) => f.severity === "blocking" && !f.acceptedBy) ? "no_merge" : "pass",
  };
}

function statusOf(findings: readonly Finding[]): RuleResult["status"] {
  if (findings.some((f) => f.severity === "blocking" && !f.acceptedBy)) return "fail";
  if (findings.some((f) => f.acceptedBy)) return "overridden";
  if (findings.some((f) => f.severity === "warning")) return "warn";
  return "pass";
}

/**
 * Annotations for findings about repository files: config findings at their
 * position in the config file, and findings naming files (changed governance
 * files) at line 1 of each. PR body, title and branch are not files, so their
 * findings are only in the summary.
 */
function annotationsFor(verdict: Verdict): PlannedAnnotation[] {
  const annotations: PlannedAnnotation[] = [];
  for (const finding of verdict.findings) {
    const level = levelOf(finding);
    const message = truncate(
      finding.acceptedBy
        ? `${finding.message}\n\nOverridden by @${finding.acceptedBy.actor}: ${finding.acceptedBy.reason} (receipt ${finding.acceptedBy.id}).`
        : finding.message,
      MAX_ANNOTATION_MESSAGE,
    );
    if (finding.source === "config" && finding.position) {
      annotations.push({
        path: CONFIG_PATH,
        ...lines(finding.position),
        annotation_level: level,
        title: finding.ruleId,
        message,
      });
    }
    for (const path of finding.files ?? []) {
      annotations.push({
        path,
        start_line: 1,
        end_line: 1,
        annotation_level: level,
        title: finding.ruleId,
        message,
      });
    }
  }
  return annotations;
}

function levelOf(finding: Finding): PlannedAnnotation["annotation_level"] {
  if (finding.acceptedBy) return "notice";
  if (finding.severity === "blocking") return "failure";
  if (finding.severity === "warning") return "warning";
  return "notice";
}

/** Line range, with columns only on a single line (the Checks API rejects them otherwise). */
function lines(position: {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}): Pick<PlannedAnnotation, "start_line" | "end_line" | "start_column" | "end_column"> {
  const start = Math.max(1, position.line);
  const end = Math.max(start, position.endLine ?? start);
  if (end !== start) return { start_line: start, end_line: end };
  const column = Math.max(1, position.column);
  return {
    start_line: start,
    end_line: end,
    start_column: column,
    end_column: Math.max(column, position.endColumn ?? column),
  };
}

/**
 * The plan when the config cannot be used: a failing check whose summary
 * lists each problem with file, line and column, and annotations on the
 * config file's lines (the first `CHECK_RUN_ANNOTATIONS_PER_REQUEST`). Fails closed.
 */
export function planConfigError(error: ConfigError, headSha: string, checkName: string): Plan {
  const n = error.problemCount;
  const problems = `${n.toLocaleString("en-US")} problem${n === 1 ? "" : "s"}`;
  const files = error.files;
  const title = truncateTitle(
    files.length === 1
      ? `Config error: ${error.file} has ${problems}`
      : `Config error: ${files.length} files have ${problems}`,
  );
  const intro = [
    `## ❌ ${inertText(title)}`,
    "",
    `pilot-gate could not use ${files.map((file) => codeSpan(file)).join(", ")}, so **nothing was evaluated** and this check fails until the config is fixed (it fails closed rather than let a PR through unchecked).`,
    "",
    "",
  ].join("\n");
  const outro = [
    "",
    `To fix it, correct each line above (\`pilot-gate config validate\` checks a file locally), then push; the check runs again on the next push or with the Re-run button.`,
    "",
  ].join("\n");
  const items = error.issues.map(
    (issue) => `- ${inertText(formatConfigIssues(error.file, [issue]), 2_000)}\n`,
  );
  if (error.unlisted > 0) items.push(`- ${unlistedLine(error.file, error.unlisted)}\n`);
  // A file of another repository (an `_extends` target) cannot be annotated here.
  const { annotations, note } = fitAnnotations(
    error.issues.flatMap((issue) => {
      const path = error.localPathOf(issue);
      if (path === undefined) return [];
      return [
        {
          path,
          ...(issue.position ? lines(issue.position) : { start_line: 1, end_line: 1 }),
          annotation_level: "failure" as const,
          title: issue.path ? `Config error at ${issue.path}` : "Config error",
          message: truncate(issue.message, MAX_ANNOTATION_MESSAGE),
        },
      ];
    }),
  );
  const tail = note + outro;
  // The intro names the files, which a PR can name at will: the last cut keeps the whole in bounds.
  const summary = fitBytes(
    intro + fitList(items, CHECK_RUN_TEXT_BYTES - bytes(intro) - bytes(tail), "problem") + tail,
    CHECK_RUN_TEXT_BYTES,
  );

  return {
    checkRun: {
      name: checkName,
      headSha,
      conclusion: "failure",
      title,
      summary,
      annotations,
      actions: [{ ...RERUN_ACTION }],
    },
    labels: NO_LABEL_CHANGE(),
  };
}

/**
 * The plan when evaluation could not finish (GitHub errors after retries,
 * timeouts): a failing check titled "could not evaluate: <reason>, re-run",
 * so the check is never left in progress.
 */
export function planEvaluationError(reason: string, headSha: string, checkName: string): Plan {
  const prefix = "could not evaluate: ";
  const suffix = ", re-run";
  const oneLine = reason.replace(/\s+/g, " ").trim() || "unknown error";
  const room = CHECK_RUN_TITLE_CHARS - 1 - prefix.length - suffix.length;
  const title = `${prefix}${truncate(oneLine, room - 1)}${suffix}`;
  const summary = [
    "## ❌ pilot-gate could not evaluate this PR",
    "",
    `Errors from GitHub stopped the evaluation, so no rule was checked and this check fails rather than pass unchecked. The error was: ${inertText(oneLine, 4_000)}`,
    "",
    "This is usually temporary (rate limits, timeouts, an outage). Press **Re-run** above, or push a commit, to evaluate the PR again. If it keeps failing, check that the App is still installed with access to this repository.",
    "",
  ].join("\n");
  return {
    checkRun: {
      name: checkName,
      headSha,
      conclusion: "failure",
      title,
      summary,
      annotations: [],
      actions: [{ ...RERUN_ACTION }],
    },
    labels: NO_LABEL_CHANGE(),
  };
}

/** As many list items as fit in `budget` bytes, then a note saying how many were left out. */
function fitList(items: readonly string[], budget: number, noun: string): string {
  let out = "";
  let used = 0;
  const reserve = 200;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as string;
    const size = bytes(item);
    if (used + size > budget - reserve) {
      const left = items.length - i;
      return `${out}\n_${left} more ${noun}${left === 1 ? "" : "s"} not shown: GitHub limits this text to ${CHECK_RUN_TEXT_BYTES.toLocaleString("en-US")} bytes; \`pilot-gate config validate\` lists them._\n`;
    }
    out += item;
    used += size;
  }
  return out;
}

function truncateTitle(title: string): string {
  return truncate(title.replace(/\s+/g, " ").trim(), CHECK_RUN_TITLE_CHARS - 1);
}

/** At most `max` UTF-16 units, `…` marking a cut; never half a surrogate pair. */
function truncate(text: string, max: number): string {
  return fitChars(text, max, "…", { markdown: false });
}

const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}

/** `details_url` of the required check: the site's overview, when `site.url` is set. */
function detailsUrlOf(config: Config): { detailsUrl?: string } {
  const url = sitePageUrl(config.site, SITE_PAGES.overview);
  return url === undefined ? {} : { detailsUrl: url };
}
