import type { Context } from "probot";
import { type DoctorRequest, requestDoctor } from "../../engine/doctor-check.js";
import type { RepoContext } from "../../engine/event.js";
import type { AppState } from "../../engine/state.js";
import { repoContextOf, runGuarded } from "./guard.js";

/** One doctor at a time per repository, so a second request finds the first one's run. */
function doctorKey(repo: Pick<RepoContext, "owner" | "repo">): string {
  return `${repo.owner}/${repo.repo} doctor`.toLowerCase();
}

async function onDoctorRequest(
  context: Context<"issue_comment.created"> | Context<"check_run.rerequested">,
  state: AppState,
  request: DoctorRequest,
  { ownRunOnly }: { ownRunOnly: boolean },
): Promise<void> {
  const { payload } = context;
  await state.queue.run(doctorKey(repoContextOf(payload)), () =>
    runGuarded(context as Context, state, payload, async (deps) => {
      // Another app's check of the same name is not ours to re-run.
      if (
        ownRunOnly &&
        "check_run" in payload &&
        payload.check_run.app?.id !== (await deps.gh.appId())
      )
        return;
      const outcome = await requestDoctor(deps, request, payload.repository.html_url);
      deps.log.info({ outcome }, `pilot-gate/doctor (${request.kind}): ${outcome.status}`);
    }),
  );
}

/** `/pilot-gate doctor` in a comment on any issue or PR (see `requestDoctor`). */
export async function onDoctorComment(
  context: Context<"issue_comment.created">,
  state: AppState,
): Promise<void> {
  const { comment, issue, sender } = context.payload;
  await onDoctorRequest(
    context,
    state,
    {
      kind: "comment",
      issue: issue.number,
      login: comment.user?.login ?? sender.login,
      commentId: comment.id,
    },
    { ownRunOnly: false },
  );
}

/** The Re-run of a pilot-gate/doctor check: the doctor runs again on the default branch's head. */
export async function onDoctorRerun(
  context: Context<"check_run.rerequested">,
  state: AppState,
): Promise<void> {
  await onDoctorRequest(
    context,
    state,
    { kind: "rerun", checkRunId: context.payload.check_run.id },
    { ownRunOnly: true },
  );
}
