import type { Context } from "probot";
import { COMMIT_PATTERN } from "../../core/evidence/index.js";
import { renderReadinessMarkdown } from "../../core/gates/readiness/render.js";
import { type ReadinessReport, readinessReportSchema } from "../../core/gates/readiness/report.js";
import { readinessReportProblems } from "../../core/gates/readiness/report-check.js";
import { CHECK_RUN_TEXT_BYTES, fitBytes } from "../../core/github-limits.js";
import { codeSpan, inertText, link, titleText } from "../../core/render/escape.js";
import { SITE_PAGES, sitePageUrl } from "../../core/site/config.js";
import { describeWrite, type Write, type WriteAction } from "../../core/write-plan.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import type { EventDeps } from "../../engine/event.js";
import { executePlan, NoCommitError } from "../../engine/execute.js";
import { isDryRun } from "../../engine/options.js";
import type { AppState } from "../../engine/state.js";
import { failureReason } from "../../engine/verdict/evaluation-error.js";
import type { CheckRunWrite } from "../../github/client.js";
import { DEFAULT_EVIDENCE_BRANCH } from "../../github/git-data.js";
import {
  CommitFiles,
  EvidenceReadError,
  type EvidenceVerdict,
  verifyReportEvidence,
} from "../readiness-evidence.js";
import { pushRepository, runGuarded } from "./guard.js";

export const READINESS_CHECK_NAME = "pilot-gate/readiness";
/**
 * The branch actions/evidence commits packs to by default. Not configurable
 * yet: a `readiness.evidence_branch` key would also need the README's
 * generated config table and `pilot-gate init`'s template.
 */
export const EVIDENCE_BRANCH = DEFAULT_EVIDENCE_BRANCH;

/** `**∕reports/*.json`: a report inside an evidence pack; group 1 is the pack's folder. */
const REPORT_PATH = /^(?:(.+)\/)?reports\/[^/]+\.json$/;
/** Reports read per push at most; an evidence pack holds a handful. */
export const MAX_REPORTS = 20;

/** The push payload fields read here. */
interface PushCommit {
  added?: string[];
  modified?: string[];
  removed?: string[];
}

/** Paths of `reports/*.json` the push added or modified, in order, once each. */
export function reportCandidates(commits: readonly PushCommit[]): string[] {
  const paths = new Set<string>();
  for (const commit of commits) {
    for (const path of [...(commit.added ?? []), ...(commit.modified ?? [])]) {
      if (REPORT_PATH.test(path)) paths.add(path);
    }
    for (const path of commit.removed ?? []) paths.delete(path);
  }
  return [...paths];
}

/** The evidence pack a report belongs to: `evidence/<scope>/<id>`, or "" at the root. */
export function packOf(path: string): string {
  return REPORT_PATH.exec(path)?.[1] ?? "";
}

/** What reading the candidates found. */
export interface ReadReports {
  reports: { path: string; report: ReadinessReport }[];
  /** Files that look like readiness reports (or cannot be told apart) but do not parse; `reason` is plain text. */
  problems: { path: string; reason: string }[];
}

/**
 * Sorts one file: a readiness report, a problem (not JSON, `kind:
 * "readiness"` that breaks the schema, a verdict its blockers deny, or an
 * `evaluated_at` later than `now` beyond clock skew, which would win every
 * "newest report" choice), or `undefined` for another gate's report, which
 * is none of this check's business.
 */
export function classifyReport(
  path: string,
  text: string,
  now: Date,
): { report: ReadinessReport } | { reason: string } | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (
    typeof data !== "object" ||
    data === null ||
    (data as { kind?: unknown }).kind !== "readiness"
  )
    return undefined;
  const regenerate = `regenerate it with pilot-gate readiness --report ${path.split("/").pop()}`;
  const parsed = readinessReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `at ${issue.path.join(".")}: ` : "";
    return {
      reason: `not a valid readiness report (${where}${issue?.message ?? "invalid"}); ${regenerate}`,
    };
  }
  const problems = readinessReportProblems(parsed.data, now);
  if (problems.length > 0) return { reason: `${problems.join("; ")}; ${regenerate}` };
  return { report: parsed.data };
}

/** The newest report by `evaluated_at`; a time that does not parse counts as oldest. */
export function newestReport(
  reports: ReadReports["reports"],
): ReadReports["reports"][number] | undefined {
  const time = (r: ReadinessReport) => {
    const t = Date.parse(r.evaluated_at);
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
  };
  let newest: ReadReports["reports"][number] | undefined;
  for (const entry of reports) {
    if (!newest || time(entry.report) > time(newest.report)) newest = entry;
  }
  return newest;
}

/** A summary within GitHub's byte limit, cut on a character boundary. */
function bounded(summary: string): string {
  return fitBytes(summary, CHECK_RUN_TEXT_BYTES);
}

/** Reasons listed in a failing check at most; the rest are counted. */
const MAX_REASONS = 50;

/** The check for a readiness report whose evidence pack verified. */
export function readinessCheckRun(
  entry: ReadReports["reports"][number],
  packUrl: string,
  now: Date,
  evidence: Extract<EvidenceVerdict, { verified: true }>,
): CheckRunWrite {
  const { report, path } = entry;
  const go = report.verdict === "GO";
  const blockers = go ? "" : ` (${report.blockers.length} blocker(s))`;
  const keys = evidence.keyids.map((id) => codeSpan(id.slice(0, 16))).join(", ");
  return {
    name: READINESS_CHECK_NAME,
    conclusion: go ? "success" : "failure",
    completedAt: now.toISOString(),
    title: titleText(`${report.verdict} for ${report.sha.slice(0, 12)}${blockers}`, 200),
    summary: bounded(
      [
        renderReadinessMarkdown(report),
        `From the evidence pack ${link(evidence.pack || "/", packUrl, { code: true })} (${codeSpan(path)}), verified: signed by ${keys}, its ${evidence.files} file(s) match its manifest (${codeSpan(evidence.manifestDigest)}), and this report is one of them.`,
        "",
      ].join("\n"),
    ),
    annotations: [],
    actions: [],
  };
}

/**
 * A failing check: the report's evidence pack did not verify, so its verdict
 * (whatever it says) is not posted.
 */
export function unverifiedCheckRun(
  entry: ReadReports["reports"][number],
  evidence: Extract<EvidenceVerdict, { verified: false }>,
  packUrl: string,
  now: Date,
): CheckRunWrite {
  const { report, path } = entry;
  const first = evidence.reasons[0] ?? "unknown";
  const shown = evidence.reasons.slice(0, MAX_REASONS);
  const more = evidence.reasons.length - shown.length;
  const pack = evidence.pack || ".";
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: `Not verified: ${titleText(first, 160)}`,
    summary: bounded(
      [
        `## ❌ Readiness not verified: ${codeSpan(path)}`,
        "",
        `The report says ${codeSpan(report.verdict)} for ${codeSpan(report.sha)}, but pilot-gate posts a readiness verdict only from an evidence pack signed by a key listed under ${codeSpan("readiness.evidence_keys")}, whose files all match its signed manifest, with the report among them. The pack ${link(evidence.pack || "/", packUrl, { code: true })} was not verified:`,
        "",
        ...shown.map((reason) => `- ${inertText(reason)}`),
        ...(more > 0 ? [`- …and ${more} more`] : []),
        "",
        `Check it with ${codeSpan(`pilot-gate evidence verify ${pack} --key pub.pem --require-signature`)}, fix it and push a new pack; the check follows the next push.`,
        "",
      ].join("\n"),
    ),
    annotations: [],
    actions: [],
  };
}

/** A failing check: the evidence branch holds readiness reports that do not parse. */
export function unreadableCheckRun(
  problems: ReadReports["problems"],
  branch: string,
  now: Date,
): CheckRunWrite {
  const first = problems[0];
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: titleText(
      `Unreadable readiness report: ${first?.path ?? "?"}${problems.length > 1 ? ` and ${problems.length - 1} more` : ""}`,
      200,
    ),
    summary: bounded(
      [
        `## ❌ Readiness unknown: a report on ${codeSpan(branch)} cannot be read`,
        "",
        "pilot-gate fails closed: no verdict is posted from a report it cannot read.",
        "",
        ...problems.map((p) => `- ${codeSpan(p.path)}: ${inertText(p.reason)}`),
        "",
        "Fix the report and commit a new evidence pack; the check follows the next push.",
        "",
      ].join("\n"),
    ),
    annotations: [],
    actions: [],
  };
}

function errorCheckRun(reason: string, now: Date): CheckRunWrite {
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: "Could not read the readiness reports",
    summary: bounded(`pilot-gate could not read the readiness reports: ${inertText(reason)}\n`),
    annotations: [],
    actions: [],
  };
}

/** What one readiness push did, for tests and the log. */
export interface ReadinessOutcome {
  posted?: "verdict" | "unverified" | "unreadable" | undefined;
  skipped?: string;
}

/**
 * Reads the readiness reports a push to the evidence branch added, verifies
 * the evidence pack of the newest one (see app/readiness-evidence.ts) and
 * posts `pilot-gate/readiness` on the commit that report judged: its verdict
 * when the pack verifies, a failure naming why when it does not. A report
 * that does not parse, or names no full commit id, is reported on the
 * default branch's head instead. The caller checked the branch.
 *
 * Requests: config 1 (0 while cached); the pushed commit's files 1 (more
 * when GitHub truncates the listing: 1 per folder down to the pack, then 1);
 * 1 blob per candidate report (at most MAX_REPORTS); 1 per trusted key; 1
 * blob per other file of the pack (its 3 own files and the files its
 * manifest lists, at most MAX_PACK_FILES); branch head 1 only when the
 * check goes there; check 1. Dry run reads the same and posts nothing.
 */
export async function postReadinessFromPush(
  deps: EventDeps,
  push: { branch: string; sha: string; candidates: string[] },
): Promise<ReadinessOutcome> {
  const { gh, state, log, repo } = deps;
  const loaded = await loadRepoConfig(deps);
  // A config that does not parse sets no dry run, so the check is posted.
  const dryRun = isDryRun(state.options, loaded.ok ? loaded.config : undefined);
  const now = state.options.now();
  const files = new CommitFiles(gh, push.sha);

  /** Where a failure goes: the judged commit once a report names one, else the default branch. */
  let target: string | undefined;
  let postingOnTarget = false;
  /**
   * Posts on `sha`, or on the default branch's head (read only when the
   * write is made): "posted", "planned" in a dry run, or "nowhere" when the
   * default branch has no commit yet.
   */
  const post = async (
    sha: string | undefined,
    body: CheckRunWrite,
  ): Promise<"posted" | "planned" | "nowhere"> => {
    postingOnTarget = sha !== undefined && sha === target;
    const detailsUrl = loaded.ok ? sitePageUrl(loaded.config.site, SITE_PAGES.overview) : undefined;
    if (detailsUrl !== undefined) body = { ...body, detailsUrl };
    const action: WriteAction =
      sha === undefined
        ? { kind: "branch-check-run", branch: repo.defaultBranch, body }
        : { kind: "check-run", sha, body };
    const write: Write = { ...action, failure: "fails-event", what: describeWrite(action) };
    try {
      const [executed] = await executePlan(deps, [write], { dryRun });
      return executed?.made ? "posted" : "planned";
    } catch (error) {
      if (!(error instanceof NoCommitError)) throw error;
      log.warn(error.reason);
      return "nowhere";
    }
  };
  const nowhere = { skipped: `${repo.defaultBranch} has no commit yet` };

  try {
    const read: ReadReports = { reports: [], problems: [] };
    const candidates = push.candidates.slice(0, MAX_REPORTS);
    if (push.candidates.length > candidates.length) {
      log.warn(
        `${push.candidates.length} report files in one push; only the first ${MAX_REPORTS} are read`,
      );
    }
    for (const path of candidates) {
      let bytes: Buffer | undefined;
      try {
        bytes = await files.file(path, packOf(path));
      } catch (error) {
        if (!(error instanceof EvidenceReadError)) throw error;
        read.problems.push({ path, reason: error.message });
        continue;
      }
      // Gone again by the pushed head (a later commit of the push removed it).
      if (bytes === undefined) continue;
      const sorted = classifyReport(path, bytes.toString("utf8"), now);
      if (!sorted) continue;
      if ("report" in sorted) read.reports.push({ path, report: sorted.report });
      else read.problems.push({ path, reason: sorted.reason });
    }

    if (read.problems.length > 0) {
      log.warn(
        { problems: read.problems },
        `readiness report(s) on ${push.branch} do not parse; the failing ${READINESS_CHECK_NAME} check goes on ${repo.defaultBranch}`,
      );
      const posted = await post(undefined, unreadableCheckRun(read.problems, push.branch, now));
      return posted === "posted" ? { posted: "unreadable" } : posted === "nowhere" ? nowhere : {};
    }
    const newest = newestReport(read.reports);
    if (!newest) {
      return { skipped: "no readiness report among the pushed reports" };
    }
    const { report } = newest;
    if (COMMIT_PATTERN.test(report.sha)) target = report.sha;
    const pack = packOf(newest.path);
    const packUrl = `https://github.com/${repo.owner}/${repo.repo}/tree/${push.sha}/${pack}`;
    const evidence = await verifyReportEvidence(deps, files, loaded, newest, pack);
    const write = evidence.verified
      ? readinessCheckRun(newest, packUrl, now, evidence)
      : unverifiedCheckRun(newest, evidence, packUrl, now);
    log.info(
      {
        verdict: report.verdict,
        sha: report.sha,
        blockers: report.blockers,
        report: newest.path,
        verified: evidence.verified,
        ...(evidence.verified ? { keyids: evidence.keyids } : { reasons: evidence.reasons }),
      },
      `readiness ${report.verdict} from ${newest.path}, ${evidence.verified ? "verified" : `not verified (${evidence.reasons[0]})`}; ${READINESS_CHECK_NAME} goes on ${target ?? repo.defaultBranch}`,
    );
    const posted = await post(target, write);
    if (posted === "nowhere") return nowhere;
    return posted === "posted" ? { posted: evidence.verified ? "verdict" : "unverified" } : {};
  } catch (error) {
    const reason = failureReason(error);
    log.error({ err: error }, `readiness check failed: ${reason}`);
    try {
      // When posting on the judged commit is what failed (a commit GitHub
      // does not know), the failure goes to the default branch instead.
      await post(postingOnTarget ? undefined : target, errorCheckRun(reason, now));
    } catch (second) {
      log.error({ err: second }, `could not post the failing ${READINESS_CHECK_NAME} check either`);
    }
    return { skipped: reason };
  }
}

/**
 * `push` to the evidence branch with `reports/*.json` files: posts the
 * readiness verdict. Any other push makes no request; never throws.
 */
export async function onReadinessPush(context: Context<"push">, state: AppState): Promise<void> {
  const { payload } = context;
  if (payload.deleted || payload.ref !== `refs/heads/${EVIDENCE_BRANCH}`) return;
  const candidates = reportCandidates(payload.commits);
  if (candidates.length === 0) return;
  const repository = pushRepository(payload.repository);
  const key = `${repository.owner.login}/${repository.name}#readiness`.toLowerCase();
  await state.queue.run(key, () =>
    runGuarded(context as unknown as Context, state, { repository }, async (deps) => {
      const outcome = await postReadinessFromPush(deps, {
        branch: payload.ref.slice("refs/heads/".length),
        sha: payload.after,
        candidates,
      });
      if (outcome.skipped) deps.log.debug(`readiness: ${outcome.skipped}`);
    }),
  );
}
