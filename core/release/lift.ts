/**
 * Lifting a rollback's freeze: the last step of a rollback. Pure: the
 * caller reads the plan, the freeze issue, the incident and their comments,
 * and the smoke report; this decides whether the freeze may be lifted and
 * plans the receipt and the close.
 *
 * The freeze holds merges and new pilot clients while the rollback runs, so
 * it lifts only on two pieces of evidence: the smoke gate passed on the
 * commit rolled back to (not on whatever the branch holds now), and someone
 * who can write to the repository linked the postmortem. A report without
 * a commit, or a link in a drive-by comment, does not count.
 */
import { codeSpan, inertText, link } from "../render/escape.js";
import type { Write, WritePlan } from "../write-plan.js";

/**
 * GitHub's author_association values of people with write access (or more)
 * to the repository: a comment by anyone else is not taken as the
 * postmortem link, since anyone may comment on a public repository's issues.
 */
export const WRITE_ASSOCIATIONS: ReadonlySet<string> = new Set(["OWNER", "MEMBER", "COLLABORATOR"]);

/** The line that links the postmortem: `Postmortem: <https url>`, angle brackets optional. */
const POSTMORTEM_LINE = /^[ \t>*_-]*postmortem\s*:\s*<?(\S+?)>?\s*$/gim;

/** A text the postmortem link may be in: an issue body or a comment. */
export interface PostmortemSource {
  /** The issue it is on, e.g. "freeze issue #12". */
  on: string;
  /** The source itself, for the receipt, e.g. "a comment by octocat on freeze issue #12". */
  where: string;
  body: string;
  /**
   * Whether its author may be trusted with the link: a comment by someone
   * with write access, or the body of the freeze issue (only its opener or a
   * writer can edit it).
   */
  trusted: boolean;
}

/** The first https postmortem link in the trusted sources, and where it was found. */
export function findPostmortem(
  sources: readonly PostmortemSource[],
): { url: string; where: string } | undefined {
  for (const source of sources) {
    if (!source.trusted) continue;
    for (const match of source.body.matchAll(POSTMORTEM_LINE)) {
      const url = httpsUrl(match[1] ?? "");
      if (url !== undefined) return { url, where: source.where };
    }
  }
  return undefined;
}

function httpsUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === "https:" && url.hostname !== "" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The part of a smoke report (schemas/smoke-report.schema.json) the lift reads. */
export interface LiftSmoke {
  /** The report's file, as given. */
  file: string;
  status: "pass" | "fail";
  /** Scenarios that ran (passed, failed, errored or flaky). */
  executed: number;
  /** The commit the smoke gate ran on, when the report records it. */
  sha: string | undefined;
  /** sha256 of the report file's bytes, hex. */
  digest: string;
}

export interface LiftInput {
  from: string;
  target: { tag: string; sha: string };
  smoke: LiftSmoke;
  /** Where the postmortem link was looked for, freeze issue first. */
  sources: readonly PostmortemSource[];
}

export type LiftDecision =
  | { lift: true; postmortem: { url: string; where: string } }
  | { lift: false; unmet: string[] };

/**
 * Whether the freeze of the rollback of `from` may be lifted: the smoke
 * report passed, ran at least one scenario, and records the target's commit;
 * and a trusted source links the postmortem. Every unmet condition is named
 * with its next step, so one run says all that is missing.
 */
export function decideLift(input: LiftInput): LiftDecision {
  const unmet: string[] = [];
  const { smoke, target } = input;
  if (smoke.status !== "pass" || smoke.executed === 0) {
    unmet.push(
      `smoke is not green: ${smoke.file} says ${smoke.status} with ${smoke.executed} scenario(s) run; fix and re-run the smoke gate on ${target.sha}`,
    );
  }
  if (smoke.sha === undefined) {
    unmet.push(
      `${smoke.file} records no commit, so it cannot show smoke ran on ${target.tag}; run the smoke action with sha: ${target.sha} (or pilot-gate smoke --sha ${target.sha})`,
    );
  } else if (smoke.sha.toLowerCase() !== target.sha.toLowerCase()) {
    unmet.push(
      `${smoke.file} is for commit ${smoke.sha}, not ${target.sha} (${target.tag}, the rollback target); run the smoke gate on ${target.sha}`,
    );
  }
  const postmortem = findPostmortem(input.sources);
  if (postmortem === undefined) {
    const looked = [...new Set(input.sources.map((s) => s.on))].join(" and ");
    unmet.push(
      `no postmortem link on ${looked}: someone with write access adds a line "Postmortem: https://..." to the freeze issue's body or in a comment (a comment by anyone else does not count)`,
    );
  }
  if (unmet.length > 0 || postmortem === undefined) return { lift: false, unmet };
  return { lift: true, postmortem };
}

/**
 * The writes that lift the freeze: the receipt comment (who, when, the
 * smoke report's digest, the postmortem link), then the close. The receipt
 * goes first and its failure stops the close, so a freeze is never lifted
 * without one; a close that fails after it leaves the issue open, and the
 * next run posts the receipt again and closes.
 */
export function planLift(input: {
  issue: number;
  /** The freeze issue's body as read: closing rewrites it as it is. */
  body: string;
  from: string;
  target: { tag: string; sha: string };
  smoke: LiftSmoke;
  postmortem: { url: string; where: string };
  /** Who lifted it: the workflow's actor, or "pilot-gate" when none is known. */
  actor: string;
  now: Date;
}): WritePlan {
  const { issue, from, target, smoke, postmortem } = input;
  const receipt = [
    `Freeze lifted by pilot-gate rollback lift: ${from} was rolled back to ${target.tag}.`,
    "",
    `- Lifted by: ${codeSpan(input.actor)}`,
    `- At: ${codeSpan(input.now.toISOString())}`,
    `- Smoke: passed on ${codeSpan(target.sha)}, ${smoke.executed} scenario(s); report sha256 ${codeSpan(smoke.digest)}`,
    `- Postmortem: ${link(postmortem.url, postmortem.url, { code: true })} (from ${inertText(postmortem.where)})`,
  ].join("\n");
  const comment: Write = {
    kind: "create-comment",
    issue,
    body: receipt,
    about: `the lift receipt on #${issue}`,
    failure: "fails-event",
    what: `post the lift receipt on freeze issue #${issue}`,
  };
  const close: Write = {
    kind: "update-issue",
    issue,
    body: input.body,
    close: true,
    failure: "fails-event",
    what: `close freeze issue #${issue}: smoke green on ${target.tag} and the postmortem is linked`,
    afterFailure: "the receipt was posted but the issue is still open; re-run rollback lift",
  };
  return [comment, close];
}
