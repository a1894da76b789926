/**
 * `pilot-gate doctor`: the preflight of a repository before a pilot. Each
 * check is one line with its status and, when it fails, the fix. The pure
 * parts live here (what a workflow pins, which secrets it needs, which
 * labels an issue form applies, how the report reads); the runtime gathers
 * the files and GitHub's answers.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit } from "yaml";
import type { Config } from "./config/schema.js";

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

/** `skip`: the check needs something an earlier one found missing (a valid config, a token). */
export type DoctorStatus = "pass" | "fail" | "skip";

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

const MARK: Record<DoctorStatus, string> = { pass: "ok  ", fail: "FAIL", skip: "skip" };

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
