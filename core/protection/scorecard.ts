import type { ProtectionSettings } from "./settings.js";

/**
 * The tiers of the OpenSSF Scorecard Branch-Protection check, as this
 * project implements them. A tier counts once every criterion in it and in
 * every tier before it is met; the score adds each reached tier's weight,
 * plus the fraction of the next tier's criteria met times its weight (the
 * partial credit Scorecard gives the first tier a branch falls short of).
 * Weights 3/3/2/1/1 make a maximum of 10.
 *
 * | tier | weight | criteria |
 * |---|---|---|
 * | 1 | 3 | force pushes blocked; deletion blocked |
 * | 2 | 3 | PR with at least 1 approving review; branch must be up to date (strict) |
 * | 3 | 2 | at least one required status check |
 * | 4 | 1 | at least 2 approving reviews; code owner review |
 * | 5 | 1 | stale approvals dismissed; rules enforced for admins |
 *
 * Scorecard itself also weighs "last push approval" in tier 2, which
 * pilot-gate does not manage; it is left out here, so a score here can be
 * higher than Scorecard's for a repository that does not require it.
 */
export const SCORECARD_TIERS: readonly ScorecardTier[] = [
  {
    tier: 1,
    weight: 3,
    criteria: [
      { id: "block-force-pushes", met: (s) => s.blockForcePushes },
      { id: "block-deletions", met: (s) => s.blockDeletions },
    ],
  },
  {
    tier: 2,
    weight: 3,
    criteria: [
      { id: "one-approving-review", met: (s) => s.requirePullRequest && s.approvingReviews >= 1 },
      { id: "up-to-date-branches", met: (s) => s.requiredChecks.length > 0 && s.strict },
    ],
  },
  {
    tier: 3,
    weight: 2,
    criteria: [{ id: "required-status-checks", met: (s) => s.requiredChecks.length > 0 }],
  },
  {
    tier: 4,
    weight: 1,
    criteria: [
      { id: "two-approving-reviews", met: (s) => s.requirePullRequest && s.approvingReviews >= 2 },
      { id: "code-owner-review", met: (s) => s.requirePullRequest && s.codeOwnerReviews },
    ],
  },
  {
    tier: 5,
    weight: 1,
    criteria: [
      { id: "dismiss-stale-reviews", met: (s) => s.requirePullRequest && s.dismissStaleReviews },
      { id: "enforce-admins", met: (s) => s.enforceAdmins },
    ],
  },
];

export interface ScorecardTier {
  tier: number;
  weight: number;
  criteria: { id: string; met: (settings: ProtectionSettings) => boolean }[];
}

export interface ScorecardResult {
  /** Highest tier fully reached, 0 when tier 1 is not. */
  tier: number;
  /** 0-10, one decimal. */
  score: number;
  /** Criteria not met in the first tier not reached, what would raise the tier next. */
  next: string[];
}

/** The Scorecard tier and score that `settings` reach. `undefined` (unprotected, unknown) scores 0. */
export function scorecardTier(settings: ProtectionSettings | undefined): ScorecardResult {
  if (!settings) {
    return { tier: 0, score: 0, next: SCORECARD_TIERS[0]?.criteria.map((c) => c.id) ?? [] };
  }
  let tier = 0;
  let score = 0;
  for (const level of SCORECARD_TIERS) {
    const missed = level.criteria.filter((c) => !c.met(settings)).map((c) => c.id);
    if (missed.length > 0) {
      const met = level.criteria.length - missed.length;
      score += (level.weight * met) / level.criteria.length;
      return { tier, score: Math.round(score * 10) / 10, next: missed };
    }
    tier = level.tier;
    score += level.weight;
  }
  return { tier, score: Math.round(score * 10) / 10, next: [] };
}
