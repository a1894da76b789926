import { classicProtectionBody } from "./classic.js";
import type {
  BranchStatus,
  FieldDiff,
  PlannedWrite,
  ProtectionReport,
  ProtectionStatus,
} from "./report.js";
import { rulesetBody } from "./rulesets.js";
import { scorecardTier } from "./scorecard.js";
import {
  type DesiredProtection,
  mergeSettings,
  type ProtectionSettings,
  type RequiredCheck,
  UNPROTECTED,
} from "./settings.js";

/** What reading one branch found. */
export type BranchReading =
  | {
      kind: "read";
      /** Classic protection, `undefined` when the branch has none. */
      classic?: ProtectionSettings | undefined;
      /** What active rulesets (any source) require, `undefined` when none applies. */
      rulesets?: ProtectionSettings | undefined;
    }
  | { kind: "branch-missing" }
  | {
      kind: "failed";
      status: Extract<ProtectionStatus, "Unavailable" | "PermissionNeeded" | "Error">;
      message: string;
    };

/** The protection GitHub has, as read by `readProtection` (github/protection.ts). */
export interface ActualProtection {
  /** `owner/name`. */
  repository: string;
  branches: Record<string, BranchReading>;
  /** The id of the ruleset named pilot-gate, when it exists; rulesets mode updates it in place. */
  rulesetId?: number | undefined;
}

/** Worst first: the report's overall status is the first of these any branch has. */
const SEVERITY: readonly ProtectionStatus[] = [
  "Error",
  "PermissionNeeded",
  "Unavailable",
  "Missing",
  "Drifted",
  "Applied",
];

/**
 * Compares the desired protection with what GitHub has, field by field, and
 * plans the writes that would close the gap: one PUT per drifted or missing
 * branch in classic mode, one ruleset create/update in rulesets mode, none
 * when every branch is applied. Branches that do not exist or could not be
 * read get no write. Pure: the report is the dry run, and `sync` executes
 * its `writes`.
 */
export function planProtection(
  desired: DesiredProtection,
  actual: ActualProtection,
): ProtectionReport {
  const branches = desired.branches.map((branch) =>
    branchStatus(branch, desired.settings, actual.branches[branch]),
  );
  const [owner, repo] = actual.repository.split("/");
  const base = `/repos/${owner}/${repo}`;
  const needsWrite = (b: BranchStatus) =>
    b.status === "Drifted" || (b.status === "Missing" && b.source === "none");
  const writes: PlannedWrite[] = [];
  if (desired.mode === "classic") {
    for (const branch of branches.filter(needsWrite)) {
      writes.push({
        method: "PUT",
        path: `${base}/branches/${encodeURIComponent(branch.branch)}/protection`,
        branches: [branch.branch],
        body: { ...classicProtectionBody(desired.settings) },
        outcome: "planned",
      });
    }
  } else if (branches.some(needsWrite)) {
    const id = actual.rulesetId;
    writes.push({
      method: id === undefined ? "POST" : "PUT",
      path: id === undefined ? `${base}/rulesets` : `${base}/rulesets/${id}`,
      branches: [...desired.branches],
      ...(id !== undefined ? { ruleset_id: id } : {}),
      body: { ...rulesetBody(desired.settings, desired.branches) },
      outcome: "planned",
    });
  }
  return summarize({
    version: 1,
    repository: actual.repository,
    mode: desired.mode,
    dry_run: true,
    status: "Applied",
    branches,
    writes,
    scorecard: { tier: 0, score: 0, next: [] },
  });
}

/** How one write went, in the order of the report's `writes`. */
export type WriteOutcome =
  | { ok: true }
  | {
      ok: false;
      status: Extract<ProtectionStatus, "Missing" | "Unavailable" | "PermissionNeeded" | "Error">;
      message: string;
    };

/**
 * The report after `sync` ran the planned writes: each branch a successful
 * write covered is Applied with the desired settings' tier; a failed write
 * gives its branches the failure's status and message.
 */
export function applyOutcomes(
  plan: ProtectionReport,
  desired: DesiredProtection,
  outcomes: readonly WriteOutcome[],
): ProtectionReport {
  const branches = plan.branches.map((branch) => ({ ...branch }));
  const writes = plan.writes.map((write, i): PlannedWrite => {
    const outcome = outcomes[i];
    if (!outcome) return write;
    for (const name of write.branches) {
      const branch = branches.find((b) => b.branch === name);
      // Only what the write fixes changes: an absent branch or one that failed to read stays as it was.
      if (!branch || (branch.status !== "Drifted" && branch.source !== "none")) continue;
      if (outcome.ok) {
        branch.status = "Applied";
        if (branch.source === "none") branch.source = desired.mode;
        branch.message = `written by sync (${write.method} ${write.path})`;
        branch.scorecard = scorecardTier(desired.settings);
      } else {
        branch.status = outcome.status;
        branch.message = outcome.message;
      }
    }
    return { ...write, outcome: outcome.ok ? "written" : "failed" };
  });
  return summarize({ ...plan, dry_run: false, branches, writes });
}

/** 0 when every branch is Applied, 1 for drift or a missing protection, 2 when GitHub could not be read or written. */
export function protectionExitCode(report: ProtectionReport): number {
  if (report.status === "Applied") return 0;
  return report.status === "Drifted" || report.status === "Missing" ? 1 : 2;
}

function summarize(report: ProtectionReport): ProtectionReport {
  const status =
    SEVERITY.find((s) => report.branches.some((b) => b.status === s)) ?? ("Applied" as const);
  const lowest = report.branches.reduce<BranchStatus["scorecard"] | undefined>(
    (low, b) => (low === undefined || b.scorecard.score < low.score ? b.scorecard : low),
    undefined,
  );
  return { ...report, status, scorecard: lowest ?? { tier: 0, score: 0, next: [] } };
}

function branchStatus(
  branch: string,
  desired: ProtectionSettings,
  reading: BranchReading | undefined,
): BranchStatus {
  const unknown = { tier: 0, score: 0, next: [] };
  if (!reading) {
    return {
      branch,
      status: "Error",
      source: "unknown",
      message: `${branch} was not read; this is a pilot-gate bug, please report it`,
      diff: [],
      scorecard: unknown,
    };
  }
  if (reading.kind === "branch-missing") {
    return {
      branch,
      status: "Missing",
      source: "unknown",
      message: `branch ${branch} does not exist: create the branch first, then run sync`,
      diff: [],
      scorecard: unknown,
    };
  }
  if (reading.kind === "failed") {
    return {
      branch,
      status: reading.status,
      source: "unknown",
      message: reading.message,
      diff: [],
      scorecard: unknown,
    };
  }
  const { classic, rulesets } = reading;
  const source =
    classic && rulesets ? "classic+rulesets" : classic ? "classic" : rulesets ? "rulesets" : "none";
  const effective =
    classic && rulesets ? mergeSettings(classic, rulesets) : (classic ?? rulesets ?? UNPROTECTED);
  const diff = diffSettings(desired, effective);
  if (source === "none") {
    return {
      branch,
      status: "Missing",
      source,
      message: `${branch} is not protected; sync writes the protection below`,
      diff,
      scorecard: scorecardTier(UNPROTECTED),
    };
  }
  return {
    branch,
    status: diff.length === 0 ? "Applied" : "Drifted",
    source,
    message:
      diff.length === 0
        ? `${branch} has the protection the config asks for`
        : `${branch} differs from the config in ${diff.length} setting${diff.length === 1 ? "" : "s"}; sync rewrites them`,
    diff,
    scorecard: scorecardTier(effective),
  };
}

/**
 * The settings that differ, as config keys with both values. Required checks
 * compare as a set: each desired check must be there (from its app when the
 * config pins one), and nothing else may be.
 */
export function diffSettings(desired: ProtectionSettings, actual: ProtectionSettings): FieldDiff[] {
  const diff: FieldDiff[] = [];
  if (!sameChecks(desired.requiredChecks, actual.requiredChecks)) {
    diff.push({
      field: "required_checks",
      desired: desired.requiredChecks.map(describeCheck),
      actual: actual.requiredChecks.map(describeCheck),
    });
  }
  const fields: [string, keyof ProtectionSettings][] = [
    ["strict", "strict"],
    ["require_pull_request", "requirePullRequest"],
    ["required_approving_reviews", "approvingReviews"],
    ["dismiss_stale_reviews", "dismissStaleReviews"],
    ["require_code_owner_reviews", "codeOwnerReviews"],
    ["enforce_admins", "enforceAdmins"],
    ["block_force_pushes", "blockForcePushes"],
    ["block_deletions", "blockDeletions"],
    ["require_linear_history", "linearHistory"],
    ["require_conversation_resolution", "conversationResolution"],
  ];
  for (const [field, key] of fields) {
    const want = desired[key] as boolean | number;
    const have = actual[key] as boolean | number;
    if (want !== have) diff.push({ field, desired: want, actual: have });
  }
  return diff;
}

function sameChecks(desired: readonly RequiredCheck[], actual: readonly RequiredCheck[]): boolean {
  if (desired.length !== actual.length) return false;
  return desired.every((want) =>
    actual.some(
      (have) =>
        have.context === want.context &&
        (want.appId === undefined || want.appId === -1 || have.appId === want.appId),
    ),
  );
}

function describeCheck(check: RequiredCheck): string {
  return check.appId === undefined || check.appId === -1
    ? `${check.context} (any app)`
    : `${check.context} (app ${check.appId})`;
}
