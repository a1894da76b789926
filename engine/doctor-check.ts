/**
 * The pilot-gate/doctor check: the App runs `pilot-gate doctor`'s checks
 * (engine/doctor.ts) on the default branch's head when asked, with its
 * installation's client, and posts the result as a completed check run.
 */
import {
  DOCTOR_CHECK_NAME,
  DOCTOR_SYNTAX,
  type DoctorTarget,
  hiddenDoctorRecord,
  planDoctorCheck,
  planDoctorError,
  readDoctorRecord,
} from "../core/doctor.js";
import { COMMENT_BODY_CHARS, fitCharsBefore } from "../core/github-limits.js";
import { CONFIG_PATH, type Config, defaultConfig } from "../core/index.js";
import { codeSpan, inertText, mention } from "../core/render/escape.js";
import type { CheckRunBody } from "../core/write-plan.js";
import { loadRepoConfig } from "./config/repository.js";
import { type DoctorInput, repositoryFiles, runDoctor } from "./doctor.js";
import type { EventDeps } from "./event.js";
import { executePlan } from "./execute.js";
import { mayOperate } from "./incidents/operator.js";
import { isDryRun } from "./options.js";
import { failureReason } from "./verdict/evaluation-error.js";

/**
 * At most one doctor run per repository in this time: it reads every
 * workflow and issue form, a request each, and one comment should not be
 * able to spend much of the installation's hourly budget.
 */
export const DOCTOR_INTERVAL_MS = 60_000;

/** Who asked: a `/pilot-gate doctor` comment, or the Re-run of an earlier pilot-gate/doctor check. */
export type DoctorRequest =
  | { kind: "comment"; issue: number; login: string; commentId: number }
  | { kind: "rerun"; checkRunId: number };

export type DoctorOutcome =
  /** This request was answered before (a redelivered webhook): nothing written. */
  | { status: "redelivered" }
  | { status: "refused"; permission: string }
  /** The default branch has no commit to put the check on. */
  | { status: "no-commit" }
  /** A run less than `DOCTOR_INTERVAL_MS` ago: its link, no new run. */
  | { status: "throttled"; url: string | undefined }
  | { status: "posted"; conclusion: "success" | "failure"; id: number | undefined };

function requestId(request: DoctorRequest): string {
  return request.kind === "comment"
    ? `comment:${request.commentId}`
    : `rerun:${request.checkRunId}`;
}

/**
 * Answers one request for the doctor. A comment needs the operator
 * commands' permission (`overrides.permission` or `overrides.roles`, the
 * defaults while the config is invalid, since the doctor is how one finds
 * out why) and gets a reply linking the check. Each request's id is recorded
 * in its reply and its run, so a redelivered webhook finds it and writes
 * nothing. The run is written once, completed, so it is never left in
 * progress: any error once the head is known (looking for the last run,
 * checking) makes it a failure with the reason. When that write itself
 * fails, the asker is told and the error goes to the event's guard, which
 * logs it (no other check is posted: the guard's "could not evaluate" is
 * worded for a PR).
 */
export async function requestDoctor(
  deps: EventDeps,
  request: DoctorRequest,
  repositoryUrl: string,
): Promise<DoctorOutcome> {
  const loaded = await loadRepoConfig(deps, { revalidate: true });
  const dryRun = isDryRun(deps.state.options, loaded.ok ? loaded.config : undefined);
  const id = requestId(request);
  // Only a comment is answered: a Re-run's answer is the check itself.
  const asker = request.kind === "comment" ? mention(request.login) : "";
  const reply = async (lines: string[]) => {
    if (request.kind !== "comment") return;
    const body = fitCharsBefore(
      `${lines.join("\n")}\n`,
      `\n${hiddenDoctorRecord(id)}`,
      COMMENT_BODY_CHARS,
    );
    await executePlan(
      deps,
      [
        {
          kind: "create-comment",
          issue: request.issue,
          body,
          failure: "follow-up",
          what: `reply on #${request.issue}`,
        },
      ],
      { dryRun },
    );
  };

  if (request.kind === "comment") {
    const comments = await deps.gh.listComments(request.issue);
    if (
      comments.some(
        (comment) =>
          comment.author.type === "Bot" && readDoctorRecord(comment.body)?.request === id,
      )
    ) {
      return { status: "redelivered" };
    }
    const rules: Config = loaded.ok ? loaded.config : defaultConfig();
    const { allowed, permission } = await mayOperate(deps, rules, request.login);
    if (!allowed) {
      await reply([
        `${mention(request.login)}, ${codeSpan(DOCTOR_SYNTAX)} needs **${rules.overrides.permission}** permission or higher on this repository${rules.overrides.roles.length > 0 ? `, or the ${rules.overrides.roles.map((role) => codeSpan(role)).join(" or ")} role` : ""}, as overrides and operator commands do; you have ${inertText(permission)}. Ask one of them to comment it, or run \`pilot-gate doctor\` yourself with a token.`,
      ]);
      return { status: "refused", permission };
    }
  }

  const branch = deps.repo.defaultBranch;
  const sha = await deps.gh.getBranchHead(branch);
  if (sha === undefined) {
    await reply([
      `${asker}, ${codeSpan(branch)} has no commit yet, so the ${codeSpan(DOCTOR_CHECK_NAME)} check has nowhere to go. Push a first commit, then ask again.`,
    ]);
    return { status: "no-commit" };
  }
  const now = deps.state.options.now();
  const target: DoctorTarget = { branch, sha, request: id, completedAt: now.toISOString() };
  let body: CheckRunBody;
  try {
    const appId = await deps.gh.appId();
    const latest = await deps.gh.findLatestCheckRun(sha, DOCTOR_CHECK_NAME, appId);
    if (latest && readDoctorRecord(latest.text ?? "")?.request === id) {
      return { status: "redelivered" };
    }
    const last = latest ? Date.parse(latest.completedAt ?? latest.startedAt ?? "") : Number.NaN;
    if (latest && now.getTime() - last < DOCTOR_INTERVAL_MS) {
      const where = latest.url ? `[the last one](${latest.url})` : "the last one, on this commit,";
      await reply([
        `${asker}, the ${codeSpan(DOCTOR_CHECK_NAME)} check ran less than a minute ago: see ${where}. It runs at most once a minute per repository; ask again after that.`,
      ]);
      return { status: "throttled", url: latest.url };
    }
    const config: DoctorInput["config"] = loaded.ok
      ? {
          config: loaded.config,
          description: loaded.fromFile ? loaded.files.join(" + ") : `defaults (no ${CONFIG_PATH})`,
        }
      : { error: loaded.error };
    const files = repositoryFiles(deps.gh, sha);
    const checks = await runDoctor({ files, config, gh: deps.gh, appId, runner: "app" });
    body = planDoctorCheck(checks, target);
  } catch (error) {
    deps.log.warn({ err: error }, `the doctor could not finish: ${failureReason(error)}`);
    body = planDoctorError(failureReason(error), target);
  }
  let runId: number | undefined;
  try {
    const [written] = await executePlan(
      deps,
      [
        {
          kind: "check-run",
          sha,
          body,
          failure: "fails-event",
          what: `the ${DOCTOR_CHECK_NAME} check`,
        },
      ],
      { dryRun },
    );
    runId = written?.id;
  } catch (error) {
    await reply([
      `${asker}, the ${codeSpan(DOCTOR_CHECK_NAME)} check could not be posted: ${inertText(failureReason(error))}. Ask again in a minute.`,
    ]);
    throw error;
  }
  await reply([
    runId === undefined
      ? `${asker}, dry run: the ${codeSpan(DOCTOR_CHECK_NAME)} check was not posted (${body.title}).`
      : `${asker}, the [${codeSpan(DOCTOR_CHECK_NAME)} check](${repositoryUrl}/runs/${runId}) on ${codeSpan(branch)} at ${sha.slice(0, 7)}: **${body.conclusion}**, ${inertText(body.title)}.`,
  ]);
  return { status: "posted", conclusion: body.conclusion, id: runId };
}
