/**
 * The rollback plan: which release to go back to, and the steps to get
 * there. Pure: the caller lists the release packs on the evidence branch
 * and reads their statements.
 *
 * The source of "this release was GO" is the release evidence pack, not
 * the tag or the release notes: the release workflow commits the pack
 * (evidence/release/<tag>/) only after `release decide` said GO, its
 * statement records the readiness gate's verdict and the exact commit, and
 * it may be signed. A tag can be pushed by hand and notes can be edited;
 * a pack is never overwritten.
 */
import type { KeyObject } from "node:crypto";
import { COMMIT_PATTERN, type Statement } from "../evidence/schema.js";
import { packStatementOf } from "../evidence/statement.js";
import { compareReleases, parseReleaseTag, type ReleaseVersion } from "./decide.js";
import { packSignatureProblem } from "./pack-signature.js";

/** A release pack as read from the evidence branch. */
export interface ReleasePackRead {
  /** The pack folder's name: the release tag. */
  tag: string;
  /** statement.json's text; undefined when the pack has none. */
  statement: string | undefined;
  /** statement.dsse.json's text, read only when keys are given; undefined when the pack has none. */
  envelope?: string | undefined;
}

/** A newer release pack passed over, and why. */
export interface SkippedRelease {
  tag: string;
  reason: string;
}

export interface RollbackStep {
  id: "freeze" | "preserve-evidence" | "revert" | "smoke" | "lift-freeze";
  what: string;
}

export type RollbackPlan =
  | {
      action: "rollback";
      /** The release being rolled back. */
      from: string;
      /** The last GO release below it, and its commit. */
      target: { tag: string; sha: string };
      skipped: SkippedRelease[];
      steps: RollbackStep[];
      signatures: SignatureCheck;
    }
  | {
      action: "none";
      from: string | undefined;
      skipped: SkippedRelease[];
      reason: string;
      signatures: SignatureCheck;
    };

/**
 * Whether the packs' signatures were checked: `verified` (evidence keys were
 * given, and a pack whose statement is not signed by one is passed over) or
 * `not-checked` (no key given: any GO pack is taken, signed or not).
 */
export type SignatureCheck = "verified" | "not-checked";

/**
 * The release tags to read, newest first: the pack folders that are release
 * versions (anything else is ignored) strictly below `from`, or below the
 * newest release when `from` is undefined (that one is taken to be the
 * release that went wrong). `from` is the release being rolled back.
 */
export function rollbackCandidates(
  folders: readonly string[],
  from: string | undefined,
): { from: string | undefined; candidates: string[] } {
  const releases = folders
    .map((name) => parseReleaseTag(name))
    .filter((v): v is ReleaseVersion => v !== undefined)
    .sort((a, b) => compareReleases(b, a));
  const current = from === undefined ? releases[0] : parseReleaseTag(from);
  if (current === undefined) return { from, candidates: [] };
  return {
    from: current.tag,
    candidates: releases.filter((v) => compareReleases(v, current) < 0).map((v) => v.tag),
  };
}

/**
 * The statement of release `tag`'s pack and the commit it names, or why it
 * has none: shared by the search for the last GO and by the incident pack,
 * which needs the rolled-back release's commit.
 */
export function releaseStatementOf(
  pack: ReleasePackRead,
): { statement: Statement; sha: string } | { reason: string } {
  if (pack.statement === undefined) return { reason: "its pack has no statement.json" };
  const read = packStatementOf(pack.statement, "release", pack.tag);
  if ("reason" in read) return read;
  const sha = read.statement.subject[0]?.digest.gitCommit;
  if (sha === undefined || !COMMIT_PATTERN.test(sha)) {
    return { reason: "its statement names no commit (a full commit id)" };
  }
  return { statement: read.statement, sha };
}

/**
 * Why a pack's statement does not show a GO release of `tag`, or its commit
 * when it does. With `keys`, a statement none of them signed is passed over
 * before anything in it is believed.
 */
function goCommitOf(
  pack: ReleasePackRead,
  keys: readonly KeyObject[],
): { sha: string } | { reason: string } {
  if (pack.statement !== undefined && keys.length > 0) {
    const problem = packSignatureProblem(pack.statement, pack.envelope, keys);
    if (problem !== undefined) return { reason: problem };
  }
  const read = releaseStatementOf(pack);
  if ("reason" in read) return read;
  const readiness = read.statement.predicate.gates.find((gate) => gate.gate === "readiness");
  if (readiness === undefined) return { reason: "its evidence holds no readiness report" };
  if (readiness.status !== "GO") return { reason: `its readiness verdict is ${readiness.status}` };
  return { sha: read.sha };
}

/**
 * Plans a rollback from `from` to the first of `packs` (newest first, as
 * `rollbackCandidates` ordered them) whose evidence says GO. Fails closed:
 * a pack that cannot be read or does not say GO is passed over with its
 * reason, never taken as GO; with none left the plan is `none`.
 * `freezeLabel` is the config's incidents.freeze_label.
 */
export function planRollback(input: {
  from: string | undefined;
  packs: readonly ReleasePackRead[];
  freezeLabel: string;
  evidenceBranch: string;
  /** Older release packs left unread (past ROLLBACK_MAX_PACKS); said in the reason. */
  unread?: number;
  /** Evidence public keys: with any, a pack whose statement none of them signed is passed over. */
  keys?: readonly KeyObject[];
}): RollbackPlan {
  const skipped: SkippedRelease[] = [];
  const { from } = input;
  const keys = input.keys ?? [];
  const signatures: SignatureCheck = keys.length > 0 ? "verified" : "not-checked";
  if (from === undefined) {
    return {
      action: "none",
      from,
      skipped,
      reason: `no release pack on ${input.evidenceBranch}, so there is no release to roll back; releases made by the release workflow leave one`,
      signatures,
    };
  }
  for (const pack of input.packs) {
    const found = goCommitOf(pack, keys);
    if ("reason" in found) {
      skipped.push({ tag: pack.tag, reason: found.reason });
      continue;
    }
    const target = { tag: pack.tag, sha: found.sha };
    return {
      action: "rollback",
      from,
      target,
      skipped,
      signatures,
      steps: [
        {
          id: "freeze",
          what: `open an issue labelled ${input.freezeLabel}: merges and new pilot clients stop until it is closed`,
        },
        {
          id: "preserve-evidence",
          what: `commit the incident pack evidence/incident/rollback-${from} on ${input.evidenceBranch}: the freeze issue, the checks that failed on ${from}'s commit and the commands to reproduce`,
        },
        {
          id: "revert",
          what: `open a PR that reverts the default branch to ${target.tag} (${target.sha}), or re-point rollback.deploy_ref to it`,
        },
        {
          id: "smoke",
          what: `re-run the smoke gate on ${target.sha} (the rollback workflow's smoke job, or pilot-gate smoke --sha in a checkout of it)`,
        },
        {
          id: "lift-freeze",
          what: `pilot-gate rollback lift --from ${from} --smoke-report <report>: closes the freeze issue only when that report passed on ${target.sha} and the incident links its postmortem`,
        },
      ],
    };
  }
  return {
    action: "none",
    from,
    skipped,
    signatures,
    reason: `no release below ${from} has evidence that says GO${skipped.length > 0 ? "" : " (there is none below it)"}${input.unread ? ` among the newest ${skipped.length} read (${input.unread} older ones were not)` : ""}; roll back by hand to a commit you trust`,
  };
}
