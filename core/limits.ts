import type { ConfigIssue } from "./errors.js";

/**
 * How much pilot-gate reads of each input it is handed. Configs, environment
 * files, manifests, JUnit files and reports may come from a PR or from a step
 * the PR's code ran, so each is refused over its bound, before any parser
 * sees it, with a message that says what to do. That keeps the time and
 * memory one input can cost fixed, and an input over a bound fails the gate
 * (a config error, an input error, exit 2), never passes it.
 *
 * Sizes are UTF-8 bytes, as files and GitHub count them. GitHub's own output
 * limits (65,535-byte check run text, 1 MiB job summaries) are not input
 * bounds; they live in core/github-limits.ts.
 */

/** A bound on one kind of input, in UTF-8 bytes, and what to do when an input is over it. */
export interface InputLimit {
  bytes: number;
  /** The next step for someone whose input is over the bound. */
  advice: string;
}

const KIB = 1024;
const MIB = 1024 * KIB;

/**
 * `.github/pilot-gate.yml`. The config `pilot-gate init` writes, every
 * default with a comment, is about 14 KB, so 64 KiB leaves room for long
 * section aliases and pattern lists. The costliest 64 KiB found validates
 * in under half a second (`npm run bench`), where a 50 MB file took 28 s and
 * 1.7 GB. The App reads a PR's own copy too, so this bounds what a PR can
 * make it do.
 */
export const CONFIG_LIMIT: InputLimit = {
  bytes: 64 * KIB,
  advice:
    "keep only the keys you change (every key is optional; `pilot-gate init` writes all the defaults, commented, in about 14 KB)",
};

/**
 * `_extends` links followed from one repository's config. Each file is
 * bounded by `CONFIG_LIMIT` and costs a request, so the chain is bounded
 * too; an organisation needs one or two levels (a repository extending its
 * team's config, which extends the organisation's).
 */
export const CONFIG_EXTENDS_LIMIT = 5;

/**
 * A parity environment description: names, versions and digests, plus the
 * flags and `values` to compare. 256 KiB holds thousands of flags; whole
 * documents (an OpenAPI spec) belong in the file as a version and digest.
 */
export const ENVIRONMENT_LIMIT: InputLimit = {
  bytes: 256 * KIB,
  advice:
    "describe documents by version and digest rather than copying them in (openapi: {version, digest}), and list only the values that must match",
};

/** `pilot.yml`: a name, a window and 3 to 5 clients fit in a few hundred bytes. */
export const PILOT_MANIFEST_LIMIT: InputLimit = {
  bytes: 64 * KIB,
  advice:
    "a pilot manifest holds a name, a window and its clients; compare it with the template `pilot-gate pilot start` writes",
};

/**
 * The activity export `pilot-gate pilot recommend` reads: one row per
 * client account, about 120 bytes each, so 4 MiB holds some 35,000
 * accounts, more than a pilot of 3 to 5 clients chooses from. At the bound
 * each shape measured (valid rows, quoted newlines, every field wrong) is
 * read, classified and its roster written in 3 to 4 s and under 300 MB on a
 * loaded 2-core machine, csv-parse taking about half; 8 MiB took twice that,
 * and its roster as YAML 20 s more to read back (`npm run bench`).
 */
export const ACTIVITY_LIMIT: InputLimit = {
  bytes: 4 * MIB,
  advice:
    "export only the accounts that could join the pilot (e.g. leave out those inactive for months) and only the columns pilot.recommend.columns names",
};

/**
 * One record (row) of the activity export, in bytes. A row is an account's
 * id, name, counts, date and two contacts, a few hundred bytes; one of
 * 64 KiB is a quote left open, which would otherwise swallow the rest of the
 * file into one value before failing.
 */
export const ACTIVITY_RECORD_BYTES = 64 * KIB;

/**
 * The roster `pilot recommend` writes and `pilot review` and `pilot finalize`
 * read back: about 600 bytes of JSON per candidate, so 32 MiB holds every
 * account of an export at `ACTIVITY_LIMIT` with room for reviewers' receipts.
 */
export const ROSTER_LIMIT: InputLimit = {
  bytes: 32 * MIB,
  advice:
    "write it again from a smaller activity export (pilot-gate pilot recommend --activity <csv> --force)",
};

/**
 * A milestone or sign-off document readiness reads (`readiness.milestones`).
 * Every phase's exit criteria and a go-live table of a few hundred rows fit
 * in tens of KB. Reading takes time in step with size: at 1 MiB the costliest
 * shape found (a status table of unclosed brackets, every row blocking) takes
 * under 2 s, and 11,000 signed rows with two evidence paths each under 1 s
 * (`npm run bench`).
 */
export const MILESTONE_LIMIT: InputLimit = {
  bytes: 1 * MIB,
  advice:
    "split it into one document per milestone and list each under readiness.milestones, or name the section to read ({file, section})",
};

/**
 * A pilot run's scenario records (`records.jsonl`, written by `pilot-gate
 * pilot record`): one line of about 300 bytes per scenario run, so 3 to 5
 * clients running an 8-step script every hour of a 72 h window (under 3,000
 * records) stay under 1 MiB; 4 MiB leaves room for long error texts. At the
 * bound, about 15,500 records verify (digests and chain) in under 0.2 s and
 * are judged in about as long (`npm run bench`).
 */
export const RECORDS_LIMIT: InputLimit = {
  bytes: 4 * MIB,
  advice:
    "start a new run folder (pilot-gate pilot start) for a new pilot session, and record each scenario run once",
};

/**
 * The webhook payload `pilot record --from-issue` reads (GITHUB_EVENT_PATH
 * of an `issues` event): an issue body is at most 65,536 characters, so a
 * payload past this is not one GitHub sent for a scenario form.
 */
export const ISSUE_EVENT_LIMIT: InputLimit = {
  bytes: 2 * MIB,
  advice: "pass the issues event's payload file (GITHUB_EVENT_PATH), nothing else",
};

/**
 * The error text of one scenario record (`pilot record --error`): what went
 * wrong in a line or a paragraph, shown in readiness reports. Logs and
 * screenshots belong in the evidence pack, named here.
 */
export const RECORD_ERROR_LIMIT: InputLimit = {
  bytes: 2 * KIB,
  advice:
    "say what failed in a few lines and name the log or screenshot (attach it to the evidence pack) rather than pasting it",
};

/**
 * One JUnit XML file. fast-xml-parser builds text nodes a character at a
 * time: 8 MiB of failure text costs about 1.6 s and 250 MB above the
 * baseline (captured `<system-out>`/`<system-err>` is sliced out unparsed
 * and costs a tenth of that); runners that write one file per suite or
 * class stay well under it.
 */
export const JUNIT_LIMIT: InputLimit = {
  bytes: 8 * MIB,
  advice:
    "have the runner write one file per suite or class (Surefire and Gradle do by default) and pass a glob of them, or point --junit at the smoke run's reports only",
};

/**
 * Test cases read from the JUnit files of one smoke run, all files together:
 * a smoke suite is a few hundred scenarios, and 50,000 parse in about two
 * seconds and 25 MB. Counted as `<testcase` tags before parsing, so a file
 * over it is never parsed (a million took 13.6 s and 1.5 GB).
 */
export const JUNIT_MAX_TESTCASES = 50_000;

/** The advice when the JUnit files hold more test cases than `JUNIT_MAX_TESTCASES`. */
export const JUNIT_TESTCASES_ADVICE =
  "the smoke gate judges a smoke suite, not a whole test run: point --junit at the smoke run's reports only";

/**
 * A JSON report a gate wrote and another reads back (smoke and parity
 * reports for readiness, any report packed as evidence, the readiness report
 * for a release). A smoke report lists every scenario, about 320 bytes each,
 * so one at `JUNIT_MAX_TESTCASES` is about 16 MB; 64 MiB leaves room for a
 * full 2,000-character failure message on about half of them.
 */
export const REPORT_LIMIT: InputLimit = {
  bytes: 64 * MIB,
  advice:
    "pass the JSON report a pilot-gate gate wrote with --report; a smoke report this large lists too many scenarios, so point the smoke gate at the smoke suite's reports only",
};

/**
 * Packs one readiness site is built from. A pilot packs one run a working
 * day and a release a few a month, so 5,000 is years of evidence; past it
 * the build stops rather than take minutes and memory on a branch that
 * someone filled by mistake.
 */
export const SITE_MAX_PACKS = 5_000;

/**
 * Documents (JSON reports, pilot manifests) the site reads from one pack: a
 * pack holds a handful of reports, so more means files that are not reports.
 */
export const SITE_MAX_DOCUMENTS_PER_PACK = 32;

/**
 * A restore-drill report: a handful of fields, well under a kilobyte. 64 KiB
 * leaves room for a long drill name and URL and refuses anything else.
 */
export const RESTORE_REPORT_LIMIT: InputLimit = {
  bytes: 64 * 1024,
  advice:
    'pass the restore drill\'s own report: one JSON object with kind "restore-drill", drill, at, rpo_minutes and rto_minutes',
};

/**
 * Problems listed for one file (config, environment, manifest). A file with
 * thousands of unknown keys gets the first 100 and a count of the rest: the
 * list stays readable, and locating each problem stays cheap.
 */
export const MAX_FILE_ISSUES = 100;

/**
 * Repository paths one PR's Evidence section has checked for existence.
 * The App pays up to a request for each that the PR does not change
 * itself; real Evidence sections cite one to three files or one folder. The
 * rest are reported as not checked, never as present.
 */
export const MAX_EVIDENCE_PATHS = 10;

/**
 * Items in `check.require`. Each costs a pattern match per check run on the
 * head; a team requires a handful of jobs, and a matrix is one glob.
 */
export const MAX_REQUIRED_CHECKS = 100;

/** A required check's name or glob, and each of its `paths`; GitHub's own check names stop at 255. */
export const MAX_REQUIRED_CHECK_CHARS = 255;

/**
 * Check runs (and, separately, commit statuses) read from one PR head: 10
 * pages of 100. A matrix of hundreds of jobs fits; past this, a required
 * check not among those read is reported as not checked, never as passed.
 */
export const MAX_HEAD_CHECKS = 1_000;

/**
 * Code points kept of the reason an operator command gives (`/pilot-gate
 * escalate <reason>`, `close <reason>`, ...): as an override's, long enough
 * for a sentence or two with a link, short enough that every receipt stays
 * readable in a comment. The rest is cut, and the receipt shows what was kept.
 */
export const OPERATOR_REASON_CHARS = 500;

/**
 * The UTF-8 length of `text`, as a file or GitHub counts it. `Buffer.byteLength`
 * counts without encoding a copy: a refused input may be tens of megabytes.
 */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * The UTF-8 size of `text` when it is over `limit`, else `undefined`. Only
 * text that could be over is counted: a UTF-16 unit is 1 to 3 bytes.
 */
export function sizeOverLimit(text: string, limit: InputLimit): number | undefined {
  if (text.length * 3 <= limit.bytes) return undefined;
  const bytes = utf8Length(text);
  return bytes > limit.bytes ? bytes : undefined;
}

/**
 * "`subject` is N bytes, over the limit of M bytes (K KiB); <advice>." With
 * `bytes` unknown (a pipe read up to the limit), "is over the limit ...".
 */
export function tooLargeMessage(
  subject: string,
  bytes: number | undefined,
  limit: InputLimit,
): string {
  const size = bytes === undefined ? "" : ` ${count(bytes)} bytes,`;
  return `${subject} is${size} over the limit of ${count(limit.bytes)} bytes (${humanSize(limit.bytes)}); ${limit.advice}.`;
}

/** The one problem of a file over `limit`, as config-like files report problems. */
export function tooLargeIssue(bytes: number | undefined, limit: InputLimit): ConfigIssue {
  return { path: "", message: tooLargeMessage("the file", bytes, limit) };
}

/**
 * "`subject` has N test cases, over the limit of M for one smoke run;
 * <advice>.", counting `before` read from earlier files of the run.
 */
export function tooManyTestcasesMessage(subject: string, testcases: number, before = 0): string {
  const together =
    before > 0 ? ` (with the ${count(before)} read before it, ${count(before + testcases)})` : "";
  return `${subject} has ${count(testcases)} test cases${together}, over the limit of ${count(JUNIT_MAX_TESTCASES)} for one smoke run; ${JUNIT_TESTCASES_ADVICE}.`;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

function humanSize(bytes: number): string {
  return bytes >= MIB ? `${bytes / MIB} MiB` : `${bytes / KIB} KiB`;
}

/**
 * Release packs `pilot-gate rollback plan` reads, newest first, looking for
 * the last GO: one request each. A rollback goes back a release or two; a
 * longer walk means the evidence branch has lost its GO packs, which a
 * person should look at rather than a tool rolling back further.
 */
export const ROLLBACK_MAX_PACKS = 20;

/**
 * The YAML files the App's doctor reads from one folder (workflows, issue
 * forms), one request each: a repository with more is told to run the doctor
 * in a checkout, rather than have one comment cost hundreds of requests.
 */
export const DOCTOR_FOLDER_FILES = 50;

/**
 * Check runs `rollback run` reads on the rolled-back release's commit for
 * its incident pack; more than that and the failing ones are recorded as
 * not read, never as "none failed".
 */
export const ROLLBACK_MAX_CHECK_RUNS = 300;

/**
 * Evidence packs one cycle check verifies at most (two blob reads each the
 * first time a pack is seen); past that a pack is refused as not checked,
 * never counted.
 */
export const CYCLE_VERIFIED_PACKS = 100;
