/**
 * The third step of `pilot-gate rollback run`: take the code back to the
 * target release. `revert-pr` (default): a PR to the default branch from
 * `pilot-gate/rollback-<from>`, whose one commit has the target commit's
 * tree on the default branch's head, so the revert goes through the usual
 * checks and a person merges it. `deploy-ref`: the configured deploy
 * branch moved to the target commit. Idempotent: what is already there is
 * found, never made twice, and a branch that holds something else is
 * refused, never forced.
 */
import { type Config, UsageError } from "../../core/index.js";
import type { RollbackPlan } from "../../core/release/index.js";
import { codeSpan } from "../../core/render/escape.js";
import type { Write } from "../../core/write-plan.js";
import { type Applied, appliedOf } from "../applied.js";
import type { EventDeps } from "../event.js";
import { executePlan } from "../execute.js";

export type RevertOutcome =
  | {
      mode: "revert-pr";
      /** found: the branch and its PR are there; at-target: the default branch already has the target's tree. */
      status: "opened" | "found" | "at-target";
      applied: Applied;
      branch: string;
      base: string;
      /** The revert PR; absent when it is only planned (a dry run) or not needed. */
      pull?: { number: number; url: string; state: string };
    }
  | {
      mode: "deploy-ref";
      /** moved: re-pointed (or planned to be); found: it already points at the target. */
      status: "moved" | "found";
      applied: Applied;
      branch: string;
      /** Where the branch pointed before. */
      was: string;
      sha: string;
    };

/** The branch a rollback from `from` opens its revert PR from. */
export function revertBranchOf(from: string): string {
  return `pilot-gate/rollback-${from}`;
}

/**
 * Reverts as `config.rollback.mode` says, through the executor (`dryRun`:
 * only planned). Requests, revert-pr: the target's tree, the revert
 * branch, then either its tree and its PRs (found: 4; no PR yet: + 1
 * write) or the default branch's head and tree (+ 2 writes: the commit
 * and the branch, + 1: the PR); deploy-ref: 1 read, + 1 write when it
 * moves. Throws UsageError, with the next step, for a revert branch that
 * holds another tree or a deploy branch that does not exist.
 */
export async function revertToTarget(
  deps: Pick<EventDeps, "gh" | "log" | "repo">,
  config: Config,
  plan: Extract<RollbackPlan, { action: "rollback" }>,
  options: { dryRun: boolean; freeze: number | undefined; incidentPack: string },
): Promise<RevertOutcome> {
  const { gh } = deps;
  const { target } = plan;
  const run = async (writes: Write[]) => {
    const executed = await executePlan(deps, writes, { dryRun: options.dryRun });
    return { executed, applied: appliedOf(executed) };
  };

  if (config.rollback.mode === "deploy-ref") {
    const branch = config.rollback.deploy_ref as string;
    const was = await gh.getRef(`heads/${branch}`);
    if (was === undefined) {
      throw new UsageError(
        `the deploy branch ${branch} (rollback.deploy_ref) does not exist, so there is nothing to re-point; nothing was changed. Fix rollback.deploy_ref in the config, or create the branch, and re-run.`,
      );
    }
    const base = { mode: "deploy-ref" as const, branch, was, sha: target.sha };
    if (was === target.sha) return { ...base, status: "found", applied: "none" };
    const { applied } = await run([
      {
        kind: "move-branch",
        branch,
        sha: target.sha,
        failure: "fails-event",
        what: `re-point the deploy branch ${branch} from ${was} to ${target.tag} (${target.sha})`,
      },
    ]);
    return { ...base, status: "moved", applied };
  }

  const base = deps.repo.defaultBranch || (await gh.getDefaultBranch());
  const branch = revertBranchOf(plan.from);
  const outcome = { mode: "revert-pr" as const, branch, base };
  const targetTree = await gh.getCommitTree(target.sha);
  const pull: Write = {
    kind: "open-pull",
    head: branch,
    base,
    title: `Roll back ${plan.from}: revert to ${target.tag}`,
    body: pullBody(plan, options),
    failure: "fails-event",
    what: `open the revert PR from ${branch} into ${base}`,
  };
  const opened = async (writes: Write[]) => {
    const { executed, applied } = await run(writes);
    const made = executed.find((write) => write.pull !== undefined)?.pull;
    return {
      ...outcome,
      status: "opened" as const,
      applied,
      ...(made ? { pull: { ...made, state: "open" } } : {}),
    };
  };

  const head = await gh.getRef(`heads/${branch}`);
  if (head !== undefined) {
    if ((await gh.getCommitTree(head)) !== targetTree) {
      throw new UsageError(
        `the branch ${branch} already exists and its head ${head} does not hold the tree of ${target.tag} (${target.sha}); nothing was changed, and it is never forced. Look at what is on it: if it is not needed, delete it (git push origin --delete ${branch}) and re-run.`,
      );
    }
    const found = (await gh.listPullsFromBranch(branch)).find((p) => p.base === base);
    if (found !== undefined) {
      return {
        ...outcome,
        status: "found",
        applied: "none",
        pull: { number: found.number, url: found.url, state: found.state },
      };
    }
    return opened([pull]);
  }

  const parent = await gh.getRef(`heads/${base}`);
  if (parent === undefined) {
    throw new UsageError(
      `the default branch ${base} has no head to revert on; nothing was changed. Push a first commit, or check the token can read the repository, and re-run.`,
    );
  }
  if ((await gh.getCommitTree(parent)) === targetTree) {
    return { ...outcome, status: "at-target", applied: "none" };
  }
  return opened([
    {
      kind: "branch-commit",
      branch,
      tree: targetTree,
      parent,
      message: `Revert to ${target.tag} ${target.sha}, rolling back ${plan.from}\n\nThe tree of ${target.tag}, the last release whose evidence says GO, on ${base}; made by pilot-gate rollback run.`,
      failure: "fails-event",
      what: `create ${branch} with the tree of ${target.tag} on the head of ${base}`,
    },
    pull,
  ]);
}

/** The revert PR's body: what it does, why, and what comes next. */
function pullBody(
  plan: Extract<RollbackPlan, { action: "rollback" }>,
  options: { freeze: number | undefined; incidentPack: string },
): string {
  const { from, target } = plan;
  return [
    `Rolls back ${codeSpan(from)}: this PR's one commit has the tree of ${codeSpan(target.tag)} (${codeSpan(target.sha)}), the last release whose evidence says GO.`,
    "",
    options.freeze === undefined
      ? "No freeze issue was opened for this rollback."
      : `Merges stay frozen by #${options.freeze} until it is lifted.`,
    `The evidence of ${codeSpan(from)} is preserved in ${codeSpan(options.incidentPack)} on the evidence branch.`,
    "",
    "Before merging: re-run the smoke gate on this PR's head. A PR opened with a workflow's GITHUB_TOKEN starts no workflow runs: then push to the branch or run the smoke workflow on it by hand.",
  ].join("\n");
}
