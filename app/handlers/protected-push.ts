import type { Context } from "probot";
import {
  BYPASS_LABEL,
  type ProtectedCommit,
  planProtectedCommit,
} from "../../core/protected-commit.js";
import type { Receipt } from "../../core/types.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import type { EventDeps } from "../../engine/event.js";
import { executePlan, followUp } from "../../engine/execute.js";
import { isDryRun } from "../../engine/options.js";
import type { AppState } from "../../engine/state.js";
import { applyPlan } from "../../engine/verdict/apply-plan.js";
import { findKnownCheckRun } from "../../engine/verdict/check-runs.js";
import type { IssueItem } from "../../github/client.js";
import { pushRepository, runGuarded } from "./guard.js";

/** The push payload fields read here. */
type PushPayload = Context<"push">["payload"];

/**
 * `push` to a protected branch (`protection.branches`): the pushed commit
 * gets the App's required check, so readiness can judge any commit that is
 * released, merge queue or not (see `planProtectedCommit`). A merge of a PR
 * whose check passed on its last head carries that verdict and its
 * receipts; a direct push, or a merge made while the PR's check failed or
 * was missing (a bypass), fails and opens one audit issue. A commit that
 * already carries a passing check of the App's (a merge queue's group) is
 * left as it is.
 *
 * Requests: the config (none while cached); on a protected branch, the
 * check on the commit, the PR that made it and the check on that PR's head,
 * the check write, and for a bypass the open audit issues and the new one.
 */
export async function onProtectedPush(context: Context<"push">, state: AppState): Promise<void> {
  const { payload } = context;
  if (payload.deleted || !payload.ref.startsWith("refs/heads/")) return;
  const branch = payload.ref.slice("refs/heads/".length);
  const repository = pushRepository(payload.repository);
  const key = `${repository.owner.login}/${repository.name}@${payload.after}`.toLowerCase();
  await state.queue.run(key, () =>
    runGuarded(context as unknown as Context, state, { repository }, async (deps, scope) => {
      const loaded = await loadRepoConfig(deps);
      // A broken config is reported on every PR's check; nothing to judge here.
      if (!loaded.ok || !loaded.config.protection.branches.includes(branch)) return;
      const { config } = loaded;
      const checkName = config.check.name;
      scope.checkSha = payload.after;
      scope.checkName = checkName;
      const dryRun = isDryRun(deps.state.options, config);
      scope.dryRun = dryRun;

      const existing = await findKnownCheckRun(deps, payload.after, checkName, { fresh: true });
      if (existing?.shows?.conclusion === "success") {
        deps.log.debug(`${payload.after.slice(0, 7)} on ${branch} already passes (a merge queue)`);
        return;
      }
      const { commit, receipts } = await describeCommit(deps, payload, branch, checkName);
      const plan = planProtectedCommit(commit);
      const target = { checkSha: payload.after, pullNumber: undefined, existing, receipts };
      await applyPlan(deps, { checkRun: plan.checkRun, labels: { add: [], remove: [] } }, target, {
        dryRun,
      });
      const { audit } = plan;
      if (audit) {
        // One audit issue per commit: a redelivered push finds it open.
        const what = `open the audit issue for ${payload.after.slice(0, 7)}`;
        let open: IssueItem[] | undefined;
        await followUp(deps, what, async () => {
          open = await deps.gh.listOpenIssues(BYPASS_LABEL);
        });
        if (open && !open.some((issue) => issue.body.includes(audit.marker))) {
          const issue = { title: audit.title, body: audit.body, labels: [BYPASS_LABEL] };
          await executePlan(
            deps,
            [{ kind: "create-issue", ...issue, failure: "follow-up", what }],
            {
              dryRun,
            },
          );
        }
      }
      deps.log.info(
        { conclusion: plan.checkRun.conclusion, pull: commit.pull?.number },
        `${checkName} on ${payload.after.slice(0, 7)} (${branch}): ${plan.checkRun.title}`,
      );
    }),
  );
}

/**
 * How the pushed commit reached the branch: the PR it was merged from, that
 * PR's check, and the receipts that check holds (carried to the commit).
 */
async function describeCommit(
  deps: EventDeps,
  payload: PushPayload,
  branch: string,
  checkName: string,
): Promise<{ commit: ProtectedCommit; receipts: Receipt[] }> {
  const commit: ProtectedCommit = {
    sha: payload.after,
    branch,
    checkName,
    pushedBy: payload.sender?.login ?? payload.pusher.name,
    commits: payload.commits.map((c) => ({
      sha: c.id,
      message: c.message,
      author: c.author.username ?? c.author.name,
    })),
    commitCount: payload.commits.length,
  };
  const pull = await deps.gh.findMergedPull(payload.after, branch);
  if (!pull) return { commit, receipts: [] };
  const head = await findKnownCheckRun(deps, pull.headSha, checkName, { fresh: true });
  const merged: ProtectedCommit = {
    ...commit,
    pull: {
      ...pull,
      // Looked up fresh, so a run found says what GitHub shows of it.
      headCheck: head?.shows
        ? { conclusion: head.shows.conclusion, title: head.shows.title }
        : undefined,
    },
  };
  return { commit: merged, receipts: head?.receipts ?? [] };
}
