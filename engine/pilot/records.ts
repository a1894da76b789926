/**
 * Scenario records committed through the evidence path: one `commit-files`
 * write (github/git-data.ts appends the record to the run folder's
 * records.jsonl on the evidence branch, re-reading it on every attempt)
 * through the executor, and the pilot-scenario issue form turned into such
 * a record with its receipt.
 */
import {
  RECORDS_FILE,
  type RecordFields,
  type ScenarioRecord,
} from "../../core/gates/pilot/records.js";
import {
  mayRecord,
  recordFromForm,
  renderFormProblemsComment,
  renderOutsiderComment,
  renderReceiptComment,
  SCENARIO_FORM_LABEL,
  type ScenarioIssueEvent,
} from "../../core/gates/pilot/scenario-form.js";
import type { Write } from "../../core/write-plan.js";
import type { CommitFilesResult } from "../../github/git-data.js";
import type { EventDeps } from "../event.js";
import { executePlan } from "../execute.js";

type Deps = Pick<EventDeps, "gh" | "log" | "followUpErrors">;

/** Where records are committed: the evidence branch and the run folder's path in the repository. */
export interface RecordTarget {
  branch: string;
  /** The run folder relative to the repository root, `/`-separated, e.g. `pilots/m6-pilot/2026-06-02`. */
  folder: string;
}

/** The write that appends `fields` to the run folder's records on the evidence branch. */
export function recordWrite(target: RecordTarget, fields: RecordFields): Write {
  const from = fields.source ? ` (issue #${fields.source.issue})` : "";
  return {
    kind: "commit-files",
    branch: target.branch,
    folder: target.folder,
    files: new Map(),
    message: `pilot record: ${fields.result} of "${fields.scenario}" for ${fields.client}${from}`,
    record: fields,
    failure: "fails-event",
    what: `append the record to ${target.folder}/${RECORDS_FILE} on ${target.branch}`,
  };
}

/**
 * Appends one record to the run folder's records on the evidence branch
 * through the executor; `commit` is undefined in a dry run (nothing read,
 * nothing written).
 */
export async function commitRecord(
  deps: Deps,
  target: RecordTarget,
  fields: RecordFields,
  { dryRun }: { dryRun: boolean },
): Promise<CommitFilesResult | undefined> {
  const [executed] = await executePlan(deps, [recordWrite(target, fields)], { dryRun });
  return executed?.commit;
}

/** What became of a pilot-scenario issue event. */
export type IssueRecordOutcome =
  /** Not a pilot-scenario issue: nothing read, nothing written. */
  | { outcome: "skipped"; reason: string }
  /** Nothing recorded; the comment (made unless a dry run) says why. */
  | { outcome: "refused"; reason: "outsider" | "invalid"; problems: string[]; made: boolean }
  /** Recorded now, or already recorded from this issue before (`present`); absent `commit`: a dry run. */
  | {
      outcome: "recorded" | "present";
      fields: RecordFields;
      record?: ScenarioRecord;
      commit?: CommitFilesResult;
      /** Whether the receipt and the close were made (not when the issue was already closed). */
      answered: boolean;
    };

/**
 * Turns a pilot-scenario issue into a record: refuses an author without
 * write access (an escaped comment when the issue is opened, none on its
 * later events) and a form with problems (an escaped comment, nothing
 * recorded), else appends the record (keyed by the issue, so an edit or a
 * redelivery adds none) and answers with a receipt and closes the issue.
 * A redelivery that finds the record and the issue already closed writes
 * nothing at all; one that finds it open (an earlier run stopped after the
 * commit) posts the receipt and closes it.
 */
export async function recordFromIssue(
  deps: Deps,
  event: ScenarioIssueEvent,
  context: RecordTarget & { clients: readonly string[]; script: readonly string[]; now: Date },
  { dryRun }: { dryRun: boolean },
): Promise<IssueRecordOutcome> {
  const { issue } = event;
  if (!(issue.labels ?? []).some((label) => label.name === SCENARIO_FORM_LABEL)) {
    return { outcome: "skipped", reason: `#${issue.number} has no ${SCENARIO_FORM_LABEL} label` };
  }
  const comment = (body: string, what: string): Write => ({
    kind: "create-comment",
    issue: issue.number,
    body,
    failure: "fails-event",
    what,
  });
  if (!mayRecord(issue.author_association)) {
    // Told once, when the issue is opened: an outsider's edits (and the
    // labeled event that comes with a form) would otherwise each make the
    // bot comment again.
    if (event.action !== "opened") {
      return { outcome: "refused", reason: "outsider", problems: [], made: false };
    }
    const [done] = await executePlan(
      deps,
      [
        comment(
          renderOutsiderComment(issue.user.login, issue.author_association),
          `refuse #${issue.number}`,
        ),
      ],
      { dryRun },
    );
    return { outcome: "refused", reason: "outsider", problems: [], made: done?.made ?? false };
  }
  const form = recordFromForm(issue.body, { ...context, issue: issue.number });
  if (!form.ok) {
    const [done] = await executePlan(
      deps,
      [comment(renderFormProblemsComment(form.problems), `list what to fix on #${issue.number}`)],
      { dryRun },
    );
    return {
      outcome: "refused",
      reason: "invalid",
      problems: form.problems,
      made: done?.made ?? false,
    };
  }
  const commit = await commitRecord(deps, context, form.fields, { dryRun });
  const committed = commit?.record;
  if (commit === undefined || committed === undefined) {
    return { outcome: "recorded", fields: form.fields, answered: false };
  }
  const outcome = committed.kind === "present" ? "present" : "recorded";
  if (committed.kind === "present" && (await deps.gh.getIssue(issue.number)).state === "closed") {
    return { outcome, fields: form.fields, record: committed.record, commit, answered: false };
  }
  const receipt = renderReceiptComment(committed.record, {
    branch: context.branch,
    path: `${context.folder}/${RECORDS_FILE}`,
    commit: commit.sha,
  });
  await executePlan(
    deps,
    [
      comment(receipt, `post the receipt on #${issue.number}`),
      {
        kind: "update-issue",
        issue: issue.number,
        close: true,
        failure: "fails-event",
        what: `close #${issue.number}`,
        afterFailure: "the record and its receipt are in; close the issue by hand",
      },
    ],
    { dryRun },
  );
  return { outcome, fields: form.fields, record: committed.record, commit, answered: true };
}
