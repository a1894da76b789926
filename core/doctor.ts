/**
 * `pilot-gate doctor`: the preflight of a repository before a pilot. Each
 * check is one line with its status and, when it fails, the fix. The pure
 * parts live here (what a workflow pins, which secrets it needs, which
 * labels an issue form applies, how the report reads); the runtime gathers
 * the files and GitHub's answers.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit } from "yaml";
import { z } from "zod";
import type { Config } from "./config/schema.js";
import { CHECK_RUN_TEXT_BYTES, fitBytes } from "./github-limits.js";
import { utf8Length } from "./limits.js";
import { codeBlock, codeCell, codeSpan, inertText, tableCell } from "./render/escape.js";
import { findCommand, hiddenRecordMarker, readHiddenRecord } from "./slash-commands.js";
import type { CheckRunBody } from "./write-plan.js";

/** The check run the App posts when asked for the doctor (`/pilot-gate doctor`, or its Re-run). */
export const DOCTOR_CHECK_NAME = "pilot-gate/doctor";

/** The checks, in the order they run and print. */
export const DOCTOR_CHECKS = [
  "config",
  "token",
  "protection",
  "labels",
  "issue-forms",
  "workflows",
  "secrets",
  "signing-keys",
  "pilot-manifest",
] as const;
export type DoctorCheckId = (typeof DOCTOR_CHECKS)[number];

/**
 * `skip`: the check needs something an earlier one found missing (a valid
 * config, a token). `unchecked`: whoever runs the doctor may not look (the
 * App is never granted secrets); only the App reports it.
 */
export type DoctorStatus = "pass" | "fail" | "skip" | "unchecked";

export interface DoctorCheck {
  id: DoctorCheckId;
  status: DoctorStatus;
  /** What was found. */
  detail: string;
  /** The next step; set on every failure. */
  fix?: string;
}

/** A `uses:` in a workflow that does not name its action by commit. */
export interface UnpinnedUse {
  line: number;
  uses: string;
}

const FULL_SHA = /@[0-9a-f]{40}$/;

/**
 * The `uses:` values of a workflow (jobs and steps) that are not pinned to a
 * full commit SHA: a tag or branch can be moved to other code after review.
 * Local actions (`./...`) and container images (`docker://`) are the
 * repository's own or pinned by digest elsewhere, so they are left out.
 * Read with the YAML parser, so flow style and quoting do not matter; text
 * that is not YAML yields a single entry at line 1 saying so.
 */
export function unpinnedUses(text: string): UnpinnedUse[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    return [{ line: first?.linePos?.[0].line ?? 1, uses: "(not valid YAML)" }];
  }
  const found: UnpinnedUse[] = [];
  visit(document, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || pair.key.value !== "uses" || !isScalar(pair.value)) return;
      const uses = String(pair.value.value).trim();
      if (uses.startsWith("./") || uses.startsWith("docker://")) return;
      if (FULL_SHA.test(uses)) return;
      const offset = pair.value.range?.[0] ?? 0;
      found.push({ line: lines.linePos(offset).line, uses });
    },
  });
  return found;
}

const SECRET = /\$\{\{[^}]*?\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The secrets a workflow reads (`${{ secrets.NAME }}`), sorted, without
 * `GITHUB_TOKEN`, which every run gets. A scan of the text rather than the
 * YAML tree, since an expression may sit in any string, keys included.
 */
export function secretsUsed(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(SECRET)) {
    const name = match[1] as string;
    if (name.toUpperCase() !== "GITHUB_TOKEN") names.add(name);
  }
  return [...names].sort();
}

/** What the doctor reads of an issue form: its name and the labels it applies. */
export interface IssueForm {
  name: string;
  labels: string[];
}

/**
 * An issue form's `name` and top-level `labels:` (a list or a
 * comma-separated string, as GitHub takes both); undefined for text that
 * is not a form (not YAML, or no mapping with a `body`).
 */
export function readIssueForm(text: string): IssueForm | undefined {
  const document = parseDocument(text);
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  const data = document.toJS() as { name?: unknown; labels?: unknown; body?: unknown };
  if (!Array.isArray(data.body)) return undefined;
  const raw = data.labels;
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : [];
  return {
    name: typeof data.name === "string" ? data.name : "",
    labels: list.map((label) => String(label).trim()).filter((label) => label !== ""),
  };
}

/**
 * The labels the config relies on: the NO_MERGE label always; with the
 * incident protocol on, every severity label, the freeze label and the
 * blocked and needs-info labels. The App adds `escalation:<level>` and
 * `blocked:escalated` itself when it first escalates, so those are not asked.
 */
export function requiredLabels(config: Config): string[] {
  const labels = [config.rules["no-merge-label"].label];
  const incidents = config.incidents;
  if (incidents.enabled) {
    labels.push(
      ...Object.values(incidents.severity_labels).flat(),
      incidents.freeze_label,
      incidents.blocked.label,
      incidents.blocked.needs_info_label,
    );
  }
  return [...new Map(labels.map((label) => [label.toLowerCase(), label])).values()];
}

/** 1 when any check failed, else 0: a skipped check is reported, not failed. */
export function doctorExitCode(checks: readonly DoctorCheck[]): 0 | 1 {
  return checks.some((check) => check.status === "fail") ? 1 : 0;
}

const MARK: Record<DoctorStatus, string> = {
  pass: "ok  ",
  fail: "FAIL",
  skip: "skip",
  unchecked: "n/a ",
};

/** One line per check (`FAIL labels  ...; fix: ...`), then a summary line. */
export function renderDoctorText(checks: readonly DoctorCheck[]): string {
  const width = Math.max(...checks.map((check) => check.id.length));
  const lines = checks.map(
    (check) =>
      `${MARK[check.status]} ${check.id.padEnd(width)}  ${check.detail}${check.fix ? `; fix: ${check.fix}` : ""}`,
  );
  const failed = checks.filter((check) => check.status === "fail").length;
  lines.push(
    failed === 0
      ? "doctor: every check passed."
      : `doctor: ${failed} of ${checks.length} checks failed; each line says how to fix it.`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * The pilot-gate/doctor check's conclusion: success only when every check
 * passed. A skipped check and one the App could not perform are not passes,
 * so they fail it too. Not `neutral`, which reads as passed. Not
 * `action_required` either: GitHub means it for an action the check's own
 * page (`details_url`) offers and the App then sees done, while here the
 * step is a person running the CLI, which the App can never observe (it is
 * never granted secrets), so the check would wait for nothing. `failure`
 * says "not every check passed", as the CLI's exit 1 does, and the summary
 * tells each kind apart.
 */
export function doctorConclusion(checks: readonly DoctorCheck[]): "success" | "failure" {
  return checks.every((check) => check.status === "pass") ? "success" : "failure";
}

/** The comment command that asks for the pilot-gate/doctor check. */
export const DOCTOR_SYNTAX = "/pilot-gate doctor";

/** The lookahead keeps `/pilot-gate doctors` out; words after it are ignored, the doctor takes none. */
const DOCTOR_COMMAND = /^\s*\/pilot-gate\s+doctor(?=\s|$)/i;

/**
 * Whether a comment asks for the doctor: `/pilot-gate doctor` on a line of
 * its own, outside code, HTML comments and quotes (see `findCommand`).
 */
export function isDoctorCommand(body: string): boolean {
  return findCommand(body, DOCTOR_COMMAND) !== undefined;
}

/** Which request a pilot-gate/doctor run answered, kept hidden in its text to recognise a redelivery. */
export const doctorRecordSchema = z.object({ request: z.string() });
export type DoctorRecord = z.infer<typeof doctorRecordSchema>;

/** The request recorded in a pilot-gate/doctor run's text or a reply, if any. */
export function readDoctorRecord(text: string): DoctorRecord | undefined {
  return readHiddenRecord("doctor", text, doctorRecordSchema);
}

/** The hidden record of `request`, for a doctor run's text and the reply that links it. */
export function hiddenDoctorRecord(request: string): string {
  return hiddenRecordMarker("doctor", { request } satisfies DoctorRecord);
}

/** Where a doctor run looked: the default branch and its head, and the request it answers. */
export interface DoctorTarget {
  branch: string;
  sha: string;
  /** e.g. `comment:<id>` or `rerun:<check run id>`: recorded so a redelivery is recognised. */
  request: string;
  completedAt: string;
}

const SHOWN: Record<DoctorStatus, string> = {
  pass: "passed",
  fail: "**failed**",
  skip: "**skipped**",
  unchecked: "**not checked by the App**",
};

function doctorTitle(checks: readonly DoctorCheck[]): string {
  const count = (status: DoctorStatus) => checks.filter((check) => check.status === status).length;
  if (doctorConclusion(checks) === "success") return `All ${checks.length} checks passed`;
  const parts = [
    [count("fail"), "failed"],
    [count("unchecked"), "not checked by the App"],
    [count("skip"), "skipped"],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(", ")
    .concat(` of ${checks.length} checks`);
}

/**
 * The pilot-gate/doctor check run for a doctor's results: one table row per
 * check with what was found and, when it did not pass, the fix; the plain
 * report and the request's record in `text`. Found text and fixes name
 * files, labels and secrets from the repository, so every cell is escaped,
 * and each part is cut to GitHub's byte limit.
 */
export function planDoctorCheck(
  checks: readonly DoctorCheck[],
  target: DoctorTarget,
): CheckRunBody {
  const rows = checks.map(
    (check) =>
      `| ${codeCell(check.id)} | ${SHOWN[check.status]} | ${tableCell(check.detail)} | ${check.status === "pass" || !check.fix ? "" : tableCell(check.fix)} |`,
  );
  const summary = [
    `## Preflight of ${codeSpan(target.branch)} at ${target.sha.slice(0, 7)}: ${doctorTitle(checks)}`,
    "",
    "| Check | Result | Found | Fix |",
    "|---|---|---|---|",
    ...rows,
    "",
    doctorConclusion(checks) === "success"
      ? "Every check passed."
      : "Not every check passed, so this check fails: each row says how to fix it. A check the App cannot perform (it is never granted secrets) counts as not passed; `pilot-gate doctor` with an admin's token performs it. Comment `/pilot-gate doctor` on any issue, or re-run this check, to look again.",
    "",
  ].join("\n");
  return {
    name: DOCTOR_CHECK_NAME,
    conclusion: doctorConclusion(checks),
    completedAt: target.completedAt,
    title: doctorTitle(checks),
    summary: fitBytes(summary, CHECK_RUN_TEXT_BYTES),
    text: doctorText(codeBlock(renderDoctorText(checks)), target.request),
    annotations: [],
    actions: [],
  };
}

/**
 * The pilot-gate/doctor check when the doctor could not finish (GitHub
 * failed it, a folder too large to read): a failure with the reason, so
 * the check never stays in progress or passes.
 */
export function planDoctorError(reason: string, target: DoctorTarget): CheckRunBody {
  return {
    name: DOCTOR_CHECK_NAME,
    conclusion: "failure",
    completedAt: target.completedAt,
    title: "The preflight could not finish",
    summary: fitBytes(
      `## Preflight of ${codeSpan(target.branch)} at ${target.sha.slice(0, 7)}: could not finish\n\n${inertText(reason)}\n\nNothing was judged. Re-run this check, or comment \`/pilot-gate doctor\` on any issue, once the cause above is fixed; \`pilot-gate doctor\` in a checkout runs the same checks.\n`,
      CHECK_RUN_TEXT_BYTES,
    ),
    text: doctorText("", target.request),
    annotations: [],
    actions: [],
  };
}

/** A run's text within GitHub's limit, its record last and never cut. */
function doctorText(report: string, request: string): string {
  const marker = hiddenDoctorRecord(request);
  return `${fitBytes(report, CHECK_RUN_TEXT_BYTES - utf8Length(marker) - 2)}\n\n${marker}`;
}
