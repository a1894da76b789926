import * as core from "@actions/core";
import { inertText } from "../../core/render/escape.js";
import type { EventDeps, EventScope } from "../../engine/event.js";
import { createState } from "../../engine/state.js";
import { rememberedCheckRun } from "../../engine/verdict/check-runs.js";
import { failureReason, postEvaluationError } from "../../engine/verdict/evaluation-error.js";
import { judgeMergeGroup, judgePullRequest } from "../../engine/verdict/judge.js";
import type { VerdictOutcome } from "../../engine/verdict/publish-verdict.js";
import { GitHubClient } from "../../github/client.js";
import { GitHubApiError, isSecondaryRateLimit } from "../../github/errors.js";
import type { GitHubRoute } from "../../github/permissions.js";
import { createTokenOctokit } from "../../github/token-octokit.js";
import { forkOf, type GateEvent, readEvent } from "./events.js";
import type { ActionInputs, OutputName } from "./inputs.js";
import { createActionsLog, octokitLog } from "./log.js";
import {
  evaluationErrorSummary,
  jobSummary,
  listInWords,
  plannedWrites,
  readOnlyExplanation,
  readOnlyWarning,
  verdictMarkdown,
} from "./report.js";

declare const PILOT_GATE_VERSION: string | undefined;

export interface RunOptions {
  /** False turns Octokit's retries and throttling off, for tests where a mocked failure must be final. */
  retries?: boolean;
  /** The clock, for the check run's `completed_at`. */
  now?: () => Date;
}

/** Writes a token may be refused when it is read-only (a fork's PR) or lacks the permission. */
const WRITE_ROUTES: ReadonlySet<GitHubRoute> = new Set<GitHubRoute>([
  "POST /repos/{owner}/{repo}/check-runs",
  "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
]);

/**
 * The gate inside a workflow: reads the event, judges it with the App's own
 * handler (`judgePullRequest`, `judgeMergeGroup`) through the same GitHub
 * seam, then reports where a workflow reports: the verdict in the job
 * summary, `verdict` and `check-run-id` outputs, and a failed step on
 * NO_MERGE. The check run and the NO_MERGE label are written as the App
 * writes them, unless `dry-run` (or `check.dry_run`) is on.
 */
export async function runAction(inputs: ActionInputs, options: RunOptions = {}): Promise<void> {
  const repository = { owner: inputs.owner, repo: inputs.repo };
  const event = await readEvent(inputs.eventName, inputs.eventPath, repository);
  if (event.kind === "skip") {
    core.info(`Nothing to judge: ${event.why}.`);
    return;
  }
  core.setSecret(inputs.token);
  const octokit = createTokenOctokit({
    token: inputs.token,
    baseUrl: inputs.apiUrl,
    userAgent: `pilot-gate-action/${typeof PILOT_GATE_VERSION === "string" ? PILOT_GATE_VERSION : "dev"}`,
    log: octokitLog,
    retries: options.retries,
  });
  const deps: EventDeps = {
    gh: new GitHubClient(octokit, repository, { appSlug: inputs.appSlug }),
    state: createState({
      dryRun: inputs.dryRun,
      // One event per process: nothing to cache between events.
      configCacheSeconds: 0,
      now: options.now ?? (() => new Date()),
      checkRunButtons: false,
      // Workflow runs of one PR can finish out of order: judge the PR as it is now.
      freshPulls: "always",
    }),
    log: createActionsLog(),
    repo: event.repo,
    followUpErrors: [],
  };
  const scope: EventScope = {};
  let outcome: VerdictOutcome;
  try {
    outcome =
      event.kind === "merge_group"
        ? await judgeMergeGroup(deps, scope, event.group)
        : await judgePullRequest(deps, scope, event.payload);
  } catch (error) {
    await reportFailure(deps, scope, event, error);
    return;
  }
  core.debug(`${event.name}: ${deps.gh.requests} request(s) to GitHub`);
  // The verdict stands (the App would try again on the next event); a step
  // whose token may not write the label still fails, saying what to grant.
  const refused = deps.followUpErrors?.find(isRefusedWrite);
  if (refused) {
    await reportFailure(deps, scope, event, refused);
    return;
  }
  await reportOutcome(deps, scope, outcome);
}

async function reportOutcome(
  deps: EventDeps,
  scope: EventScope,
  outcome: VerdictOutcome,
): Promise<void> {
  if (outcome.status === "ignored") {
    core.info(`Nothing to judge: ${outcome.why}.`);
    return;
  }
  const { plan } = outcome;
  const verdict = outcome.status === "published" ? outcome.verdict : undefined;
  // A config error fails closed, like the check it posts.
  setOutput("verdict", verdict?.status ?? "no_merge");
  // Worded from what the executor did, not from the dry-run option: a
  // check run only planned was a dry run, one written or already on the
  // commit unchanged is what GitHub shows.
  const planned = outcome.applied === "planned";
  const checkRunId = planned ? undefined : writtenCheckRunId(deps, scope);
  if (checkRunId !== undefined) setOutput("check-run-id", String(checkRunId));

  const writes = plannedWrites(plan);
  const sha = (scope.checkSha ?? "").slice(0, 7);
  const footer =
    writes.length === 0
      ? "_No check posted: drafts are skipped (check.drafts: skip)._"
      : planned
        ? `_Dry run: nothing was written to GitHub; planned: ${inertText(listInWords(writes))} on \`${sha}\`._`
        : outcome.applied === "none"
          ? `_The ${inertText(plan.checkRun?.name ?? "")} check run on \`${sha}\` already shows this verdict, so it was not written again._`
          : `_pilot-gate wrote ${inertText(listInWords(writes))} on \`${sha}\`._`;
  await writeSummary([verdictMarkdown(plan, verdict), footer]);

  const failing = plan.checkRun?.conclusion === "failure";
  if (!failing) return;
  const title = plan.checkRun?.title ?? "NO_MERGE";
  // The step fails whenever the failing check is on the commit, so it never
  // passes a commit that GitHub's required check blocks.
  if (planned) {
    core.warning(`Dry run: ${title}. Without dry run this step would fail.`);
    return;
  }
  core.setFailed(
    `${title}. What to fix is in the job summary and the ${plan.checkRun?.name} check.`,
  );
}

async function reportFailure(
  deps: EventDeps,
  scope: EventScope,
  event: Exclude<GateEvent, { kind: "skip" }>,
  error: unknown,
): Promise<void> {
  if (isRefusedWrite(error)) {
    const judged = scope.judged;
    const checkRunId = writtenCheckRunId(deps, scope);
    const notWritten = judged
      ? plannedWrites(judged.plan, { checkRunWritten: checkRunId !== undefined })
      : [];
    const explanation = readOnlyExplanation({ notWritten, fork: forkOf(event) });
    if (judged) {
      setOutput("verdict", judged.verdict?.status ?? "no_merge");
      if (checkRunId !== undefined) setOutput("check-run-id", String(checkRunId));
    }
    await writeSummary([
      judged ? verdictMarkdown(judged.plan, judged.verdict) : "",
      readOnlyWarning({ notWritten, fork: forkOf(event) }),
    ]);
    const title = judged?.plan.checkRun?.title;
    core.setFailed(title ? `${title}. ${explanation}` : explanation);
    return;
  }
  const reason = failureReason(error);
  core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
  // As the App does: a failing check rather than a missing one, where the token may write.
  await postEvaluationError(deps, scope, reason, event.name);
  await writeSummary([evaluationErrorSummary(reason)]);
  core.setFailed(`pilot-gate could not evaluate ${event.name}: ${reason}`);
}

/** A write GitHub refused for want of permission, not a rate limit. */
function isRefusedWrite(error: unknown): error is GitHubApiError {
  return (
    error instanceof GitHubApiError &&
    error.status === 403 &&
    WRITE_ROUTES.has(error.route) &&
    !isSecondaryRateLimit(error.cause)
  );
}

/** The check run this process wrote (or updated), if any. */
function writtenCheckRunId(deps: EventDeps, scope: EventScope): number | undefined {
  if (!scope.checkSha || !scope.checkName) return undefined;
  const known = rememberedCheckRun(deps, scope.checkSha, scope.checkName);
  // Remembered after a lookup too; only a write leaves a digest.
  return known?.digest !== undefined ? known.id : undefined;
}

function setOutput(name: OutputName, value: string): void {
  core.setOutput(name, value);
}

async function writeSummary(parts: readonly string[]): Promise<void> {
  await core.summary.addRaw(jobSummary(parts)).write();
}
