import {
  CHECK_RUN_TEXT_BYTES,
  fitBytes,
  fitCharsBefore,
  ISSUE_BODY_CHARS,
  ISSUE_TITLE_CHARS,
} from "./github-limits.js";
import type { PlannedCheckRun } from "./plan.js";
import { RERUN_ACTION } from "./plan.js";
import { codeSpan, handle, inertText, issueRef, titleText } from "./render/escape.js";

/** The label of the audit issues a commit that bypassed the gate opens. */
export const BYPASS_LABEL = "pilot-gate:bypass";

/** Commits an audit issue lists at most; the rest are counted. */
const LISTED_COMMITS = 20;

/** A commit that reached a protected branch, and how, as the runtime found out. */
export interface ProtectedCommit {
  sha: string;
  branch: string;
  /** The check branch protection requires (`check.name`). */
  checkName: string;
  /** Who pushed it (the push's sender). */
  pushedBy: string;
  /** The commits the push brought, newest last (as the push payload lists them). */
  commits: { sha: string; message: string; author: string }[];
  /** How many commits the push brought, when more than it listed. */
  commitCount: number;
  /**
   * The merged PR this commit is the result of, and the App's check on the
   * PR's last head: `undefined` when the commit came from no PR (a direct
   * push).
   */
  pull?: {
    number: number;
    title: string;
    url?: string;
    headSha: string;
    /** The App's check on the head, `undefined` when there was none. */
    headCheck: { conclusion: string | null; title: string } | undefined;
  };
}

/** What to write for a commit on a protected branch. */
export interface ProtectedCommitPlan {
  checkRun: PlannedCheckRun;
  /** The audit issue, when the commit bypassed the gate. */
  audit?: { title: string; body: string; marker: string };
}

/**
 * The marker that identifies a commit's audit issue, so a redelivered push
 * finds the issue it opened instead of opening another.
 */
export function bypassMarker(sha: string): string {
  return `<!-- pilot-gate:bypass ${sha} -->`;
}

/**
 * The check every commit on a protected branch carries, so readiness can
 * judge any release commit: success when the commit is the merge of a PR
 * whose check passed on its last head; otherwise a failure and an audit
 * issue naming who pushed what (a direct push, or a merge made while the
 * PR's check failed or was missing: a bypass of the gate). Pure.
 */
export function planProtectedCommit(commit: ProtectedCommit): ProtectedCommitPlan {
  const { pull } = commit;
  const sha7 = commit.sha.slice(0, 7);
  const branch = codeSpan(commit.branch);
  const base = {
    name: commit.checkName,
    headSha: commit.sha,
    annotations: [],
    actions: [{ ...RERUN_ACTION }],
  };
  if (pull?.headCheck?.conclusion === "success") {
    return {
      checkRun: {
        ...base,
        conclusion: "success",
        title: titleText(`Merged from #${pull.number}: ${pull.headCheck.title}`, 199),
        summary: fitBytes(
          [
            `## ✅ Merged from ${issueRef(pull.number, pull.url)}, whose ${codeSpan(commit.checkName)} passed`,
            "",
            `${codeSpan(sha7)} reached ${branch} as the merge of ${issueRef(pull.number, pull.url)} (${inertText(pull.title)}), whose ${codeSpan(commit.checkName)} check passed on its last head, ${codeSpan(pull.headSha.slice(0, 7))}. Its overrides and receipts are carried here.`,
            "",
          ].join("\n"),
          CHECK_RUN_TEXT_BYTES,
        ),
      },
    };
  }
  const how = pull
    ? `the merge of ${issueRef(pull.number, pull.url)} (${inertText(pull.title)}) while its ${codeSpan(commit.checkName)} check ${pull.headCheck ? `was ${inertText(pull.headCheck.conclusion ?? "not finished")} ("${inertText(pull.headCheck.title)}")` : "was missing"} on its last head, ${codeSpan(pull.headSha.slice(0, 7))}`
    : `a direct push by ${handle(commit.pushedBy)}, not through a PR`;
  const title = pull
    ? `Bypass: #${pull.number} merged without a passing ${commit.checkName}`
    : `Bypass: pushed to ${commit.branch} without a PR`;
  const listed = commit.commits.slice(-LISTED_COMMITS);
  const unlisted = Math.max(0, commit.commitCount - listed.length);
  const commits = [
    ...listed.map(
      (c) =>
        `- ${codeSpan(c.sha.slice(0, 7))} ${inertText(c.message.split("\n")[0] ?? "", 200)} (${handle(c.author)})`,
    ),
    ...(unlisted > 0 ? [`- …and ${unlisted} more`] : []),
  ];
  const marker = bypassMarker(commit.sha);
  return {
    checkRun: {
      ...base,
      conclusion: "failure",
      title: titleText(title, 199),
      summary: fitBytes(
        [
          `## ❌ ${codeSpan(sha7)} reached ${branch} without a passing ${codeSpan(commit.checkName)}`,
          "",
          `It came as ${how}. Every commit on a protected branch carries the verdict of the PR it came from; this one has none to carry, so it fails, and readiness will not call it GO. An audit issue labelled ${codeSpan(BYPASS_LABEL)} records it.`,
          "",
          "To clear it, land the change through a PR whose check passes (a revert and a new PR), and close the audit issue with what happened.",
          "",
        ].join("\n"),
        CHECK_RUN_TEXT_BYTES,
      ),
    },
    audit: {
      title: titleText(
        `pilot-gate: ${sha7} reached ${commit.branch} without a passing check`,
        ISSUE_TITLE_CHARS,
      ),
      marker,
      // The marker is how the issue is found again, so the cut is made before it.
      body: fitCharsBefore(
        [
          `${codeSpan(commit.sha)} reached ${branch} as ${how}.`,
          "",
          `Pushed by ${handle(commit.pushedBy)}. Commits:`,
          "",
          ...commits,
          "",
          `The commit's ${codeSpan(commit.checkName)} check fails, so readiness will not call it GO. Close this issue with what happened and how it was made good.`,
          "",
        ].join("\n"),
        `\n${marker}\n`,
        ISSUE_BODY_CHARS,
      ),
    },
  };
}
