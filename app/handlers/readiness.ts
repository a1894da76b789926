import type { Context } from "probot";
import { renderReadinessMarkdown } from "../../core/gates/readiness/render.js";
import { type ReadinessReport, readinessReportSchema } from "../../core/gates/readiness/report.js";
import { closeCut, codeSpan, inertText, link, titleText } from "../../core/render/escape.js";
import { loadRepoConfig } from "../config.js";
import type { CheckRunWrite } from "../github/client.js";
import { DEFAULT_EVIDENCE_BRANCH } from "../github/git-data.js";
import type { AppState, EventDeps } from "../state.js";
import { failureReason, runGuarded } from "./guard.js";

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
/** GitHub rejects a check run summary past 65535 characters. */
const MAX_SUMMARY = 60_000;

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
 * Sorts one file: a readiness report, a problem (not JSON, or `kind:
 * "readiness"` that breaks the schema), or `undefined` for another gate's
 * report, which is none of this check's business.
 */
export function classifyReport(
  path: string,
  text: string,
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
  const parsed = readinessReportSchema.safeParse(data);
  if (parsed.success) return { report: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `at ${issue.path.join(".")}: ` : "";
  return {
    reason: `not a valid readiness report (${where}${issue?.message ?? "invalid"}); regenerate it with pilot-gate readiness --report ${path.split("/").pop()}`,
  };
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

function bounded(summary: string): string {
  return summary.length <= MAX_SUMMARY
    ? summary
    : `${closeCut(summary.slice(0, MAX_SUMMARY))}\n\n…cut here; the full report is in the evidence pack.\n`;
}

/** The check for a readiness report read from the evidence branch. */
export function readinessCheckRun(
  entry: ReadReports["reports"][number],
  packUrl: string,
  now: Date,
): CheckRunWrite {
  const { report, path } = entry;
  const go = report.verdict === "GO";
  const blockers = go ? "" : ` (${report.blockers.length} blocker(s))`;
  return {
    name: READINESS_CHECK_NAME,
    conclusion: go ? "success" : "failure",
    completedAt: now.toISOString(),
    title: titleText(`${report.verdict} for ${report.sha.slice(0, 12)}${blockers}`, 200),
    summary: bounded(
      `${renderReadinessMarkdown(report)}\nFrom the evidence pack ${link(packOf(path) || "/", packUrl, { code: true })} (${codeSpan(path)}).\n`,
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
        `## ❌ Readiness unknown: a report on ${codeSpan(branch)} does not parse`,
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
    summary: `pilot-gate could not read the readiness reports: ${inertText(reason)}\n`,
    annotations: [],
    actions: [],
  };
}

/** What one readiness push did, for tests and the log. */
export interface ReadinessOutcome {
  posted?: "verdict" | "unreadable" | undefined;
  skipped?: string;
}

/**
 * Reads the readiness reports a push to the evidence branch added and posts
 * the newest one's verdict as `pilot-gate/readiness` on the default branch's
 * head. The caller checked the branch. Requests: config 1 (for
 * `check.dry_run`; 0 while cached), branch head 1, one per candidate report
 * (at most MAX_REPORTS), check 1. Dry run reads the config and the reports
 * and logs the verdict; no branch head, no check.
 */
export async function postReadinessFromPush(
  deps: EventDeps,
  push: { branch: string; sha: string; candidates: string[] },
): Promise<ReadinessOutcome> {
  const { gh, state, log, repo } = deps;
  const loaded = await loadRepoConfig(deps);
  // A config that does not parse sets no dry run, so the check is posted.
  const dryRun = state.options.dryRun || (loaded.ok && loaded.config.check.dry_run);
  const now = state.options.now();

  let headSha: string | undefined;
  if (!dryRun) {
    headSha = await gh.getBranchHead(repo.defaultBranch);
    if (!headSha) {
      const reason = `${repo.defaultBranch} has no commit yet, so the ${READINESS_CHECK_NAME} check has nowhere to go`;
      log.warn(reason);
      return { skipped: reason };
    }
  }

  try {
    const read: ReadReports = { reports: [], problems: [] };
    const candidates = push.candidates.slice(0, MAX_REPORTS);
    if (push.candidates.length > candidates.length) {
      log.warn(
        `${push.candidates.length} report files in one push; only the first ${MAX_REPORTS} are read`,
      );
    }
    for (const path of candidates) {
      const answer = await gh.getRawFile(path, push.sha);
      // Gone again by the pushed head (a later commit of the push removed it).
      if (answer.kind !== "found") continue;
      const sorted = classifyReport(path, answer.text);
      if (!sorted) continue;
      if ("report" in sorted) read.reports.push({ path, report: sorted.report });
      else read.problems.push({ path, reason: sorted.reason });
    }

    if (read.problems.length > 0) {
      log.warn(
        { dryRun, problems: read.problems },
        `readiness report(s) on ${push.branch} do not parse${dryRun ? "; dry run: failing check not posted" : ""}`,
      );
      if (headSha)
        await gh.createCheckRun(headSha, unreadableCheckRun(read.problems, push.branch, now));
      return { posted: dryRun ? undefined : "unreadable" };
    }
    const newest = newestReport(read.reports);
    if (!newest) {
      return { skipped: "no readiness report among the pushed reports" };
    }
    const packUrl = `https://github.com/${repo.owner}/${repo.repo}/tree/${push.sha}/${packOf(newest.path)}`;
    log.info(
      {
        dryRun,
        verdict: newest.report.verdict,
        sha: newest.report.sha,
        blockers: newest.report.blockers,
        report: newest.path,
      },
      `readiness ${newest.report.verdict} from ${newest.path}${dryRun ? `; dry run: ${READINESS_CHECK_NAME} not posted` : ` posted on ${repo.defaultBranch}`}`,
    );
    if (headSha) await gh.createCheckRun(headSha, readinessCheckRun(newest, packUrl, now));
    return { posted: dryRun ? undefined : "verdict" };
  } catch (error) {
    const reason = failureReason(error);
    log.error({ err: error }, `readiness check failed: ${reason}`);
    if (headSha) {
      try {
        await gh.createCheckRun(headSha, errorCheckRun(reason, now));
      } catch (second) {
        log.error(
          { err: second },
          `could not post the failing ${READINESS_CHECK_NAME} check either`,
        );
      }
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
  const repository = {
    name: payload.repository.name,
    default_branch: payload.repository.default_branch,
    owner: {
      login: payload.repository.owner?.login ?? "",
      ...(payload.repository.owner?.type ? { type: payload.repository.owner.type } : {}),
    },
  };
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
