import type { ProtectionConfig, ProtectionMode } from "./config.js";

/** A required status check; `appId` undefined means "whichever app GitHub picks" and matches any. */
export interface RequiredCheck {
  context: string;
  appId?: number | undefined;
}

/**
 * Branch protection in one shape for both backends (classic protection and
 * rulesets), flat so that a diff is one comparison per field.
 */
export interface ProtectionSettings {
  requiredChecks: RequiredCheck[];
  strict: boolean;
  requirePullRequest: boolean;
  approvingReviews: number;
  dismissStaleReviews: boolean;
  codeOwnerReviews: boolean;
  enforceAdmins: boolean;
  blockForcePushes: boolean;
  blockDeletions: boolean;
  linearHistory: boolean;
  conversationResolution: boolean;
}

/** What an unprotected branch has: nothing required, everything allowed. */
export const UNPROTECTED: ProtectionSettings = Object.freeze({
  requiredChecks: [],
  strict: false,
  requirePullRequest: false,
  approvingReviews: 0,
  dismissStaleReviews: false,
  codeOwnerReviews: false,
  enforceAdmins: false,
  blockForcePushes: false,
  blockDeletions: false,
  linearHistory: false,
  conversationResolution: false,
}) as ProtectionSettings;

/** The desired state: the branches, the backend that writes them, and the settings each should have. */
export interface DesiredProtection {
  mode: ProtectionMode;
  branches: string[];
  settings: ProtectionSettings;
}

/**
 * The desired protection from `protection:` in the config. `checkName` is
 * the App's own check (`check.name`, required-check by default); it is
 * pinned to `appId` so no workflow can satisfy it with a check of the same
 * name. A team check listed twice, or equal to the App's, is kept once.
 */
export function desiredProtection(
  config: ProtectionConfig,
  checkName: string,
  appId: number,
): DesiredProtection {
  const checks: RequiredCheck[] = [{ context: checkName, appId }];
  for (const entry of config.required_checks) {
    const check: RequiredCheck =
      typeof entry === "string"
        ? { context: entry }
        : {
            context: entry.context,
            ...(entry.app_id !== undefined ? { appId: entry.app_id } : {}),
          };
    if (!checks.some((c) => c.context === check.context)) checks.push(check);
  }
  return {
    mode: config.mode,
    branches: [...new Set(config.branches)],
    settings: {
      requiredChecks: checks,
      strict: config.strict,
      requirePullRequest: true,
      approvingReviews: config.required_approving_reviews,
      dismissStaleReviews: config.dismiss_stale_reviews,
      codeOwnerReviews: config.require_code_owner_reviews,
      enforceAdmins: config.enforce_admins,
      blockForcePushes: config.block_force_pushes,
      blockDeletions: config.block_deletions,
      linearHistory: config.require_linear_history,
      conversationResolution: config.require_conversation_resolution,
    },
  };
}

/**
 * The protection that applies when classic protection and rulesets both
 * protect a branch. GitHub layers them and the most restrictive wins, so
 * each requirement is on when either source turns it on; required checks
 * are the union. Admins are only bound when every source binds them.
 */
export function mergeSettings(a: ProtectionSettings, b: ProtectionSettings): ProtectionSettings {
  const checks = [...a.requiredChecks];
  for (const check of b.requiredChecks) {
    if (!checks.some((c) => c.context === check.context && c.appId === check.appId)) {
      checks.push(check);
    }
  }
  return {
    requiredChecks: checks,
    strict: a.strict || b.strict,
    requirePullRequest: a.requirePullRequest || b.requirePullRequest,
    approvingReviews: Math.max(a.approvingReviews, b.approvingReviews),
    dismissStaleReviews: a.dismissStaleReviews || b.dismissStaleReviews,
    codeOwnerReviews: a.codeOwnerReviews || b.codeOwnerReviews,
    enforceAdmins: a.enforceAdmins && b.enforceAdmins,
    blockForcePushes: a.blockForcePushes || b.blockForcePushes,
    blockDeletions: a.blockDeletions || b.blockDeletions,
    linearHistory: a.linearHistory || b.linearHistory,
    conversationResolution: a.conversationResolution || b.conversationResolution,
  };
}
