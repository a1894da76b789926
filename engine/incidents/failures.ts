import { escalationChain, escalationLabel, FAILURE_CHAIN } from "../../core/incidents/index.js";
import type { Config } from "../../core/index.js";
import type { PlannedCheckRun } from "../../core/plan.js";
import { codeSpan, inertText, titleText } from "../../core/render/escape.js";
import type { Write } from "../../core/write-plan.js";
import type { IssueItem } from "../../github/client.js";
import type { PullInfo } from "../../github/pull.js";
import type { KnownCheckRun } from "../state.js";

/**
 * How many commits of a PR in a row the required check failed on, kept in a
 * hidden marker at the start of the check run's summary (the start, so a
 * summary shortened to GitHub's limit never loses it). `before` is the
 * streak of the commits before this one, so judging the same commit again
 * (an edited body, a label) recounts only this commit.
 */
export interface FailureStreak {
  before: number;
  failures: number;
}

const MARKER = /^<!-- pilot-gate:streak (\d+) (\d+) -->\n?/;

export function readStreak(summary: string): FailureStreak | undefined {
  const match = MARKER.exec(summary);
  if (!match) return undefined;
  return { before: Number(match[1]), failures: Number(match[2]) };
}

function withStreak(summary: string, streak: FailureStreak): string {
  return `<!-- pilot-gate:streak ${streak.before} ${streak.failures} -->\n${summary.replace(MARKER, "")}`;
}

/** What the streak of the commits before this one was: from the previous head's run on a push, else from this commit's run. */
export async function streakBefore(
  request: { newCommit?: boolean; previousSha?: string },
  existing: KnownCheckRun | undefined,
  previousRun: () => Promise<KnownCheckRun | undefined>,
): Promise<number> {
  if (!request.newCommit) return existing?.streak?.before ?? 0;
  if (!request.previousSha) return 0;
  return (await previousRun())?.streak?.failures ?? 0;
}

const ISSUE_MARKER = (number: number) => `<!-- pilot-gate:failures #${number} -->`;

/**
 * The planned check run with the streak recorded in it and, when the streak
 * reaches `incidents.consecutive_failures`, said in the summary; and the
 * streak, for `escalationWrite`.
 */
export function withFailureStreak(
  checkRun: PlannedCheckRun,
  before: number,
  config: Config,
): { checkRun: PlannedCheckRun; streak: FailureStreak } {
  const failing = checkRun.conclusion === "failure";
  // CI still running (check.require) neither fails the commit nor ends the
  // streak; a required CI check that failed counts like any failure.
  const streak = { before, failures: checkRun.waiting ? before : failing ? before + 1 : 0 };
  const limit = config.incidents.consecutive_failures;
  let summary = checkRun.summary;
  if (streak.failures >= limit) {
    summary += `\n\n### 🚨 Escalated: failed on ${streak.failures} commits in a row\n\n${codeSpan(checkRun.name)} has failed on the last ${streak.failures} commits of this PR (limit ${limit}, \`incidents.consecutive_failures\`), so an escalation issue is open for it.`;
  }
  return { checkRun: { ...checkRun, summary: withStreak(summary, streak) }, streak };
}

/**
 * The label of the escalation issue this evaluation writes, or `undefined`
 * when it writes none: only when the streak grew on this evaluation (so
 * re-judging the same commit writes nothing), or when this evaluation ends
 * such a streak (the check passes after failing that often, and its
 * previous evaluation did not pass already). The caller lists the open
 * issues under it for `escalationWrite`.
 */
export function escalationLabelFor(
  config: Config,
  streak: FailureStreak,
  previous: FailureStreak | undefined,
): string | undefined {
  const limit = config.incidents.consecutive_failures;
  const level = escalationChain(config.incidents, FAILURE_CHAIN)[0];
  if (!level) return undefined;
  const ended = streak.failures === 0 && streak.before >= limit && (previous?.failures ?? 1) > 0;
  const grew = streak.failures >= limit && !(previous && previous.failures >= streak.failures);
  return ended || grew ? escalationLabel(level) : undefined;
}

/**
 * The write that opens, or updates, the one escalation issue of a PR whose
 * check failed on `consecutive_failures` commits in a row (labelled with the
 * first level of the escalation chain and mentioning it), or that closes it
 * once the check passes again, saying on which commit. `open` are the open
 * issues under `escalationLabelFor`'s label. It goes before the check run
 * and fails the event: if it fails, the check is not written either, so a
 * re-run counts the same streak and tries again.
 */
export function escalationWrite(
  config: Config,
  pull: PullInfo,
  streak: FailureStreak,
  label: string,
  open: readonly IssueItem[],
): Write | undefined {
  const marker = ISSUE_MARKER(pull.number);
  const found = open.find(
    (item) => !item.isPull && item.author.type === "Bot" && item.body.includes(marker),
  );
  if (streak.failures === 0) {
    // A person may have closed it already.
    if (!found) return undefined;
    return {
      kind: "update-issue",
      issue: found.number,
      body: recoveredIssueBody(config, pull, streak),
      close: true,
      failure: "fails-event",
      what: `close escalation issue #${found.number}: #${pull.number} passes again`,
    };
  }
  const body = failureIssueBody(config, pull, streak);
  if (found) {
    return {
      kind: "update-issue",
      issue: found.number,
      body,
      failure: "fails-event",
      what: `update escalation issue #${found.number} for #${pull.number}`,
    };
  }
  return {
    kind: "create-issue",
    title: titleText(
      `${config.check.name} failed ${streak.failures} times in a row on #${pull.number}`,
      256,
    ),
    body,
    labels: [label],
    failure: "fails-event",
    what: `open an escalation issue for #${pull.number}`,
  };
}

/** The escalation issue's body: who is called, which PR failed how often, and the marker that finds it again. */
export function failureIssueBody(
  config: Config,
  pull: Pick<PullInfo, "number" | "title" | "headSha">,
  streak: FailureStreak,
): string {
  const level = escalationChain(config.incidents, FAILURE_CHAIN)[0];
  const mention = level && level.mention.length > 0 ? `${level.mention.join(" ")}: ` : "";
  return [
    `${mention}${codeSpan(config.check.name)} has failed on ${streak.failures} commits in a row of #${pull.number} "${inertText(pull.title)}" (limit ${config.incidents.consecutive_failures}), latest ${pull.headSha.slice(0, 7)}.`,
    "",
    "The check's summary on the PR says what fails. This issue is updated while the streak goes on, and closed when the check passes again.",
    "",
    ISSUE_MARKER(pull.number),
  ].join("\n");
}

/** The escalation issue's body once the check passes again, as the App closes it. */
export function recoveredIssueBody(
  config: Config,
  pull: Pick<PullInfo, "number" | "title" | "headSha">,
  streak: FailureStreak,
): string {
  return [
    `#${pull.number} "${inertText(pull.title)}" is back on track: ${codeSpan(config.check.name)} passed on ${pull.headSha.slice(0, 7)} after failing on ${streak.before} commits in a row. pilot-gate closed this issue; reopen it if the PR still needs attention.`,
    "",
    ISSUE_MARKER(pull.number),
  ].join("\n");
}
