/**
 * The executor: the one place a write plan (core/write-plan.ts) becomes
 * requests to GitHub, and the one place a dry run is honoured.
 */

import { CannotEvaluateError } from "../core/cannot-evaluate.js";
import type { WriteOutcome } from "../core/protection/plan.js";
import { describeWrite, type Write, type WritePlan } from "../core/write-plan.js";
import type { GitHubClient } from "../github/client.js";
import { type CommitFilesResult, commitFiles } from "../github/git-data.js";
import { type PublishedRelease, publishRelease } from "../github/release.js";
import type { EventDeps } from "./event.js";
import { failureReason } from "./verdict/evaluation-error.js";

/** A planned write after execution: whether it was made, and the id of what it created. */
export interface ExecutedWrite {
  write: Write;
  made: boolean;
  /** The new check run's or issue's id, when the write created one. */
  id?: number;
  /** GitHub's answer to each protection write (GitHub's refusals are answers here, not errors). */
  outcomes?: WriteOutcome[];
  /** What a release write created. */
  release?: PublishedRelease;
  /** Where a commit-files write left the branch. */
  commit?: CommitFilesResult;
  /** The item's assignees after an add-assignees write, as GitHub answered. */
  assignees?: string[];
  /** The commit a branch-commit write made. */
  sha?: string;
  /** The PR an open-pull write opened. */
  pull?: { number: number; url: string };
}

/**
 * Makes the plan's writes in order. A `fails-event` write that fails
 * throws, and the writes after it are not made; a `follow-up` write that
 * fails is logged (see `followUp`) and the rest go on. In a dry run
 * (decided once per event, from the runtime's options and the repository's
 * `check.dry_run`) nothing is written: one log line lists the planned writes.
 */
export async function executePlan(
  deps: Pick<EventDeps, "gh" | "log" | "followUpErrors">,
  plan: WritePlan,
  { dryRun }: { dryRun: boolean },
): Promise<ExecutedWrite[]> {
  if (dryRun) {
    const writes = plan.map(describeWrite);
    deps.log.info(
      { dryRun: true, writes, plan },
      `dry run: ${writes.length} planned write(s) not made${writes.length > 0 ? `: ${writes.join("; ")}` : ""}`,
    );
    return plan.map((write) => ({ write, made: false }));
  }
  const executed: ExecutedWrite[] = [];
  for (const write of plan) {
    if (write.failure === "fails-event") {
      executed.push({ write, made: true, ...(await makeOrExplain(deps.gh, write)) });
      continue;
    }
    let answer: Made = {};
    const made = await followUp(deps, write.what, async () => {
      answer = await make(deps.gh, write);
    });
    executed.push({ write, made, ...answer });
  }
  return executed;
}

type Made = Pick<
  ExecutedWrite,
  "id" | "outcomes" | "release" | "commit" | "assignees" | "sha" | "pull"
>;

/** A check run planned on a branch's head, when the branch has no commit yet. */
export class NoCommitError extends CannotEvaluateError {
  constructor(branch: string, check: string) {
    super(`${branch} has no commit yet, so the ${check} check has nowhere to go`);
  }
}

/** `make`, with the write's `afterFailure` added to the reason of an error it throws. */
async function makeOrExplain(gh: GitHubClient, write: Write): Promise<Made> {
  try {
    return await make(gh, write);
  } catch (error) {
    if (write.afterFailure === undefined) throw error;
    throw new CannotEvaluateError(`${failureReason(error)}; ${write.afterFailure}`);
  }
}

/**
 * One write as one client call (protection: one per branch or ruleset; a
 * release and a commit: the requests github/release.ts and
 * github/git-data.ts describe), and what GitHub answered.
 */
async function make(gh: GitHubClient, write: Write): Promise<Made> {
  switch (write.kind) {
    case "check-run":
      if (write.update === undefined) return { id: await gh.createCheckRun(write.sha, write.body) };
      await gh.updateCheckRun(write.update, write.body);
      return {};
    case "branch-check-run": {
      const head = await gh.getBranchHead(write.branch);
      if (head === undefined) throw new NoCommitError(write.branch, write.body.name);
      return { id: await gh.createCheckRun(head, write.body) };
    }
    case "add-labels":
      await gh.addLabels(write.issue, write.labels);
      return {};
    case "remove-label":
      await gh.removeLabel(write.issue, write.label);
      return {};
    case "add-assignees":
      return { assignees: await gh.addAssignees(write.issue, write.assignees) };
    case "remove-assignees":
      await gh.removeAssignees(write.issue, write.assignees);
      return {};
    case "create-comment":
      await gh.createComment(write.issue, write.body);
      return {};
    case "update-comment":
      await gh.updateComment(write.comment, write.body);
      return {};
    case "reaction":
      await gh.addReaction(write.comment, write.content);
      return {};
    case "create-issue":
      return { id: await gh.createIssue(write.title, write.body, write.labels, write.assignees) };
    case "update-issue":
      await gh.updateIssue(write.issue, write.body, {
        close: write.close === true,
        reopen: write.reopen === true,
      });
      return {};
    case "protection":
      return { outcomes: await gh.writeProtection({ writes: write.writes }) };
    case "release":
      return { release: await publishRelease(gh, write) };
    case "commit-files":
      return { commit: await commitFiles(gh, write) };
    case "branch-commit": {
      const sha = await gh.createCommit(write.message, write.tree, [write.parent]);
      await gh.createRef(`refs/heads/${write.branch}`, sha);
      return { sha };
    }
    case "open-pull":
      return {
        pull: await gh.createPull({
          head: write.head,
          base: write.base,
          title: write.title,
          body: write.body,
        }),
      };
    case "move-branch":
      await gh.updateRef(`heads/${write.branch}`, write.sha, { force: true });
      return {};
  }
}

/**
 * A write that follows the verdict (a label, a reply, a reaction): its
 * failure is logged and left for the next event, which plans the same write
 * again, and never replaces the verdict already published with "could not
 * evaluate". Returns whether it was made.
 */
export async function followUp(
  deps: Pick<EventDeps, "log" | "followUpErrors">,
  what: string,
  write: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    deps.followUpErrors?.push(error);
    deps.log.warn(
      { err: error },
      `could not ${what} (${error instanceof Error ? error.message : String(error)}); the verdict stands, and the next event tries again`,
    );
    return false;
  }
}
