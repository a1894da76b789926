/**
 * The writes one event makes, as data: the engine plans them complete
 * (summary notes, markers, receipts, byte budget) and one executor
 * (engine/execute.ts) makes them in order, or in a dry run only logs them.
 * Nothing changes a write once it is planned.
 */
import { RECORDS_FILE, type RecordFields } from "./gates/pilot/records.js";
import type { PlannedAnnotation } from "./plan.js";
import type { ProtectionReport } from "./protection/report.js";
import type { ReleaseWrite } from "./release/publish.js";

/** The body of a check run write; always completed, never `in_progress`. */
export interface CheckRunBody {
  name: string;
  conclusion: "success" | "failure";
  completedAt: string;
  title: string;
  /** At most 65,535 bytes, markers included. */
  summary: string;
  text?: string;
  /** At most 50: a check run is written in one request. */
  annotations: PlannedAnnotation[];
  actions: { label: string; description: string; identifier: string }[];
  /** The page that tells more (`details_url`): the readiness site's, when `site.url` is set. */
  detailsUrl?: string;
}

/**
 * What a failed write means for its event. `fails-event`: the error goes to
 * the event's guard (the verdict itself, or a write the verdict depends on).
 * `follow-up`: a write after the verdict (a label, a reply, a reaction),
 * logged and left for the next event, which plans it again; it never
 * replaces the published verdict with "could not evaluate".
 */
export type WriteFailure = "fails-event" | "follow-up";

/** One write to GitHub, with everything it sends. */
export type WriteAction =
  /** A new check run on `sha`, or (`update`) the run with that id rewritten in place. */
  | { kind: "check-run"; sha: string; update?: number; body: CheckRunBody }
  /**
   * A new check run on the head of `branch`, read when the write is made,
   * so a dry run does not read it (readiness reports that name no commit).
   */
  | { kind: "branch-check-run"; branch: string; body: CheckRunBody }
  | { kind: "add-labels"; issue: number; labels: string[] }
  | { kind: "remove-label"; issue: number; label: string }
  /** GitHub skips a login it cannot assign; the executor returns the assignees it answered. */
  | { kind: "add-assignees"; issue: number; assignees: string[] }
  | { kind: "remove-assignees"; issue: number; assignees: string[] }
  /** `about` names the comment and where it is, for the dry-run log (e.g. "the blocked-fields comment on #5"). */
  | { kind: "create-comment"; issue: number; body: string; about?: string }
  | { kind: "update-comment"; comment: number; body: string; about?: string }
  | { kind: "reaction"; comment: number; content: "+1" | "confused" }
  /** `assignees`: GitHub logins the new issue is assigned to (teams cannot be assigned). */
  | { kind: "create-issue"; title: string; body: string; labels: string[]; assignees?: string[] }
  /**
   * `close` closes it as completed; `reopen` opens it again (a review issue
   * closed by someone who may not decide it). `body` absent: the body is
   * left as it is (closing an issue a person wrote).
   */
  | { kind: "update-issue"; issue: number; body?: string; close?: boolean; reopen?: boolean }
  /** Branch protection or ruleset writes, one request each (see core/protection/plan.ts). */
  | { kind: "protection"; writes: ProtectionReport["writes"] }
  /**
   * The annotated tag on a commit, its ref and the GitHub release
   * (github/release.ts, 3 requests); a tag that already exists is refused,
   * never moved. Made with the workflow's token, never the App's.
   */
  | ReleaseWrite
  | CommitFilesWrite
  /**
   * A new branch whose one commit has `tree` with `parent` as its parent
   * (rollback run's revert: the target release's tree on the default
   * branch's head), 2 requests. Made with the workflow's token.
   */
  | { kind: "branch-commit"; branch: string; tree: string; parent: string; message: string }
  /** A PR from `head` into `base`. Made with the workflow's token. */
  | { kind: "open-pull"; head: string; base: string; title: string; body: string }
  /**
   * `branch` moved to `sha`, forced (rollback run's deploy-ref mode moves a
   * deploy branch back to an older release). Made with the workflow's token.
   */
  | { kind: "move-branch"; branch: string; sha: string };

/**
 * Files committed under `folder` on `branch` through the Git Data API, with
 * no checkout (github/git-data.ts): the branch is created when missing, and
 * a lost race with another push is retried on the new head. Made with the
 * workflow's token, never the App's.
 */
export interface CommitFilesWrite {
  kind: "commit-files";
  branch: string;
  /** The folder the files go under, e.g. `evidence/release/v1.2.0`. */
  folder: string;
  /** Paths relative to `folder` (`/`-separated) and their bytes. */
  files: ReadonlyMap<string, Uint8Array>;
  message: string;
  /**
   * What to do when the branch already has `folder` with other content:
   * `refuse` (default; an evidence pack is never overwritten, and merging two
   * packs' files would break both) or `merge` the files into it.
   */
  existing?: "refuse" | "merge";
  /** Attempts at moving the branch; default github/git-data.ts's MAX_ATTEMPTS. */
  maxAttempts?: number;
  /**
   * A scenario record to append to `<folder>/records.jsonl` (with `files`
   * empty). Its chain depends on what the branch holds, so the record is
   * sealed at commit time on the head of every attempt: a lost race re-reads
   * the file and re-appends to it, never writing over a concurrent record.
   */
  record?: RecordFields;
}

/**
 * A planned write: the action, how its failure counts, and `what` it does
 * in words for the log. `afterFailure`, on a `fails-event` write that
 * follows another, says what the failure leaves behind and what happens
 * next (e.g. the comment before it was posted, so the next event posts it
 * again); the executor adds it to the error's reason.
 */
export type Write = WriteAction & { failure: WriteFailure; what: string; afterFailure?: string };

/** Every write of one event, in the order they are made. */
export type WritePlan = readonly Write[];

/** Whether a check run write creates a run or updates one, and where, in the words the dry-run log uses. */
export function describeCheckRun(
  write: Extract<WriteAction, { kind: "check-run" | "branch-check-run" }>,
): string {
  const { body } = write;
  const verb = write.kind === "check-run" && write.update !== undefined ? "update" : "create";
  const where = write.kind === "check-run" ? write.sha : `the head of ${write.branch}`;
  return `${verb} check run "${body.name}" on ${where}: ${body.conclusion}, "${body.title}", ${body.annotations.length} annotation(s)`;
}

/** A write in the words the dry-run log lists it with. */
export function describeWrite(write: WriteAction): string {
  switch (write.kind) {
    case "check-run":
    case "branch-check-run":
      return describeCheckRun(write);
    case "add-labels":
      return write.labels.map((label) => `add label ${label} to #${write.issue}`).join("; ");
    case "remove-label":
      return `remove label ${write.label} from #${write.issue}`;
    case "add-assignees":
      return `assign ${write.assignees.join(", ")} to #${write.issue}`;
    case "remove-assignees":
      return `unassign ${write.assignees.join(", ")} from #${write.issue}`;
    case "create-comment":
      return write.about === undefined ? `comment on #${write.issue}` : `post ${write.about}`;
    case "update-comment":
      return write.about === undefined
        ? `update comment ${write.comment}`
        : `update ${write.about} (comment ${write.comment})`;
    case "reaction":
      return `react ${write.content} to comment ${write.comment}`;
    case "create-issue":
      return `open issue "${write.title}"${write.labels.length > 0 ? ` labelled ${write.labels.join(", ")}` : ""}${write.assignees?.length ? ` assigned to ${write.assignees.join(", ")}` : ""}`;
    case "update-issue":
      return `${write.close ? "close" : write.reopen ? "reopen" : "update"} issue #${write.issue}`;
    case "protection":
      return write.writes.map((w) => `${w.method} ${w.path}`).join("; ");
    case "release":
      return `tag ${write.tag} on ${write.sha} (annotated: ${write.message}), then create the GitHub release ${write.tag}${write.prerelease ? " (prerelease)" : ""} with notes of ${write.body.length} characters${write.truncated ? " (truncated)" : ""}`;
    case "branch-commit":
      return `create the branch ${write.branch} with one commit of tree ${write.tree} on ${write.parent}: ${write.message}`;
    case "open-pull":
      return `open a PR from ${write.head} into ${write.base}: "${write.title}"`;
    case "move-branch":
      return `move the branch ${write.branch} to ${write.sha} (forced)`;
    case "commit-files": {
      if (write.record !== undefined) {
        return `append a ${write.record.result} record of "${write.record.scenario}" for ${write.record.client} to ${write.folder}/${RECORDS_FILE} on ${write.branch}`;
      }
      const paths = [...write.files.keys()].sort().map((path) => `${write.folder}/${path}`);
      return `commit ${paths.length} file(s) to ${write.branch}: ${paths.join(", ")}`;
    }
  }
}
