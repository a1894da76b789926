import type { Context } from "probot";
import { DOCTOR_CHECK_NAME } from "../../core/doctor.js";
import { RERUN_ACTION } from "../../core/plan.js";
import { PROTECTION_CHECK_NAME } from "../../engine/protection/output.js";
import type { AppState } from "../../engine/state.js";
import { isQueueRef, pullNumberFromQueueRef } from "../../engine/verdict/merge-queue.js";
import { publishVerdict } from "../../engine/verdict/publish-verdict.js";
import { GitHubClient } from "../../github/client.js";
import { onDoctorRerun } from "./doctor.js";
import { runGuarded } from "./guard.js";
import { onProtectionRerun } from "./protection.js";

/**
 * `check_run.rerequested` and `check_run.requested_action` (the Re-run
 * button): evaluates again, from GitHub rather than memory, the PRs (or the
 * merge group) of the check's commit. Only this App's own checks: the app id
 * comes from the App's credentials, so other apps' re-runs cost no request.
 */
export async function onCheckRun(
  context: Context<"check_run.rerequested"> | Context<"check_run.requested_action">,
  state: AppState,
): Promise<void> {
  const { payload } = context;
  const run = payload.check_run;
  if (
    payload.action === "requested_action" &&
    (!("requested_action" in payload) ||
      payload.requested_action?.identifier !== RERUN_ACTION.identifier)
  ) {
    return;
  }
  if (run.name === DOCTOR_CHECK_NAME) {
    if (payload.action === "rerequested") await onDoctorRerun(context, state);
    return;
  }
  if (run.name === PROTECTION_CHECK_NAME && payload.action === "rerequested") {
    const appId = await new GitHubClient(context.octokit, {
      owner: payload.repository.owner.login,
      repo: payload.repository.name,
    }).appId();
    if (run.app?.id === appId) await onProtectionRerun(context, state);
    return;
  }
  await runGuarded(context as Context, state, payload, async (deps, scope) => {
    if (run.app?.id !== (await deps.gh.appId())) return;
    scope.checkSha = run.head_sha;
    scope.checkName = run.name;
    const request = {
      checkSha: run.head_sha,
      onlyForCheckName: run.name,
      fresh: true,
    };

    const headBranch = run.check_suite?.head_branch ?? "";
    if (isQueueRef(headBranch)) {
      const number = pullNumberFromQueueRef(headBranch);
      if (number === undefined) return;
      const pull = await deps.gh.getPull(number);
      await publishVerdict(deps, scope, { ...request, pull, manageLabels: false });
      return;
    }

    // GitHub lists no PRs for commits pushed to forks; ask for them then.
    let numbers = run.pull_requests
      .filter((pr) => pr.base.repo.id === payload.repository.id)
      .map((pr) => pr.number);
    if (numbers.length === 0) numbers = await deps.gh.listOpenPullsForCommit(run.head_sha);
    for (const number of numbers) {
      await state.queue.run(`${payload.repository.full_name}#${number}`.toLowerCase(), async () => {
        const pull = await deps.gh.getPull(number);
        if (pull.headSha !== run.head_sha) {
          deps.log.info(
            `#${number} has moved on from ${run.head_sha.slice(0, 7)}; its new head is judged on push`,
          );
          return;
        }
        await publishVerdict(deps, scope, { ...request, pull, manageLabels: true });
      });
    }
  });
}
