import { escalationLabel } from "../../core/incidents/index.js";
import type { Config } from "../../core/index.js";
import type { Plan } from "../../core/plan.js";
import { codeSpan, inertText, titleText } from "../../core/render/escape.js";
import type { PullInfo } from "../../github/pull.js";
import type { EventDeps, KnownCheckRun } from "../state.js";

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
 * Records the streak in the planned check run and, when it reaches
 * `incidents.consecutive_failures`, says so in the summary. Returns the
 * streak, for `escalateFailures` after the check is written.
 */
export function recordStreak(
  plan: Plan,
  before: number,
  config: Config,
): FailureStreak | undefined {
  const checkRun = plan.checkRun;
  if (!checkRun) return undefined;
  const failing = checkRun.conclusion === "failure";
  const streak = { before, failures: failing ? before + 1 : 0 };
  const limit = config.incidents.consecutive_failures;
  let summary = checkRun.summary;
  if (streak.failures >= limit) {
    summary += `\n\n### 🚨 Escalated: failed on ${streak.failures} commits in a row\n\n${codeSpan(checkRun.name)} has failed on the last ${streak.failures} commits of this PR (limit ${limit}, \`incidents.consecutive_failures\`), so an escalation issue is open for it.`;
  }
  checkRun.summary = withStreak(summary, streak);
  return streak;
}

/**
 * Opens, or updates, the one escalation issue of a PR whose check failed on
 * `consecutive_failures` commits in a row; labelled with the first level of
 * the escalation chain and mentioning it. Only when the streak grew on this
 * evaluation, so re-judging the same commit writes nothing. When this
 * evaluation ends such a streak (the check passes after failing that
 * often), the open escalation issue is closed, saying on which commit.
 */
export async function escalateFailures(
  deps: EventDeps,
  config: Config,
  pull: PullInfo,
  streak: FailureStreak,
  previous: FailureStreak | undefined,
  dryRun: boolean,
): Promise<number | undefined> {
  const settings = config.incidents;
  const limit = settings.consecutive_failures;
  const level = settings.escalation[0];
  if (!level) return undefined;
  const label = escalationLabel(level);
  const marker = ISSUE_MARKER(pull.number);
  // Ended now: this commit passes after `before` failures, and its previous
  // evaluation (if any) did not pass already.
  const ended = streak.failures === 0 && streak.before >= limit && (previous?.failures ?? 1) > 0;
  const grew = streak.failures >= limit && !(previous && previous.failures >= streak.failures);
  if (!ended && !grew) return undefined;
  const found = (await deps.gh.listOpenIssues(label)).find(
    (item) => !item.isPull && item.author.type === "Bot" && item.body.includes(marker),
  );
  if (ended) {
    // A person may have closed it already.
    if (!found) return undefined;
    const body = recoveredIssueBody(config, pull, streak);
    if (dryRun) {
      deps.log.info({ dryRun: true }, `dry run: escalation issue #${found.number} not closed`);
      return found.number;
    }
    await deps.gh.updateIssue(found.number, body, { close: true });
    deps.log.info(`#${pull.number} passes again: escalation issue #${found.number} closed`);
    return found.number;
  }
  const body = failureIssueBody(config, pull, streak);
  if (dryRun) {
    deps.log.info({ dryRun: true }, `dry run: escalation issue for #${pull.number} not written`);
    return found?.number;
  }
  if (found) {
    await deps.gh.updateIssue(found.number, body);
    return found.number;
  }
  return deps.gh.createIssue(
    titleText(
      `${config.check.name} failed ${streak.failures} times in a row on #${pull.number}`,
      256,
    ),
    body,
    [label],
  );
}

/** The escalation issue's body: who is called, which PR failed how often, and the marker that finds it again. */
export function failureIssueBody(
  config: Config,
  pull: Pick<PullInfo, "number" | "title" | "headSha">,
  streak: FailureStreak,
): string {
  const level = config.incidents.escalation[0];
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
