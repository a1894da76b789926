import type { ProtectionSettings, RequiredCheck } from "./settings.js";
import { UNPROTECTED } from "./settings.js";

/** The name of the one ruleset pilot-gate owns in `rulesets` mode. */
export const RULESET_NAME = "pilot-gate";

/**
 * The repository role id GitHub gives the built-in admin role, used as a
 * bypass actor when `enforce_admins` is off (rulesets have no such switch:
 * admins are bound unless listed as bypass actors).
 */
export const ADMIN_ROLE_ID = 5;

/** One rule of a ruleset, as `POST /rulesets` takes it and `GET /rules/branches/{b}` returns it. */
export interface RulesetRule {
  type: string;
  parameters?: Record<string, unknown>;
  ruleset_id?: number;
  ruleset_source_type?: string;
  ruleset_source?: string;
}

export interface RulesetBody {
  name: string;
  target: "branch";
  enforcement: "active";
  bypass_actors: { actor_id: number; actor_type: "RepositoryRole"; bypass_mode: "always" }[];
  conditions: { ref_name: { include: string[]; exclude: string[] } };
  rules: RulesetRule[];
}

/**
 * The body of `POST /repos/{owner}/{repo}/rulesets` (and of its PUT): one
 * active ruleset named pilot-gate targeting every branch, by full ref.
 */
export function rulesetBody(
  settings: ProtectionSettings,
  branches: readonly string[],
): RulesetBody {
  const rules: RulesetRule[] = [];
  if (settings.blockDeletions) rules.push({ type: "deletion" });
  if (settings.blockForcePushes) rules.push({ type: "non_fast_forward" });
  if (settings.linearHistory) rules.push({ type: "required_linear_history" });
  if (settings.requirePullRequest) {
    rules.push({
      type: "pull_request",
      parameters: {
        required_approving_review_count: settings.approvingReviews,
        dismiss_stale_reviews_on_push: settings.dismissStaleReviews,
        require_code_owner_review: settings.codeOwnerReviews,
        require_last_push_approval: false,
        required_review_thread_resolution: settings.conversationResolution,
      },
    });
  }
  if (settings.requiredChecks.length > 0) {
    rules.push({
      type: "required_status_checks",
      parameters: {
        strict_required_status_checks_policy: settings.strict,
        required_status_checks: settings.requiredChecks.map((check) => ({
          context: check.context,
          ...(check.appId !== undefined && check.appId > 0 ? { integration_id: check.appId } : {}),
        })),
      },
    });
  }
  return {
    name: RULESET_NAME,
    target: "branch",
    enforcement: "active",
    bypass_actors: settings.enforceAdmins
      ? []
      : [{ actor_id: ADMIN_ROLE_ID, actor_type: "RepositoryRole", bypass_mode: "always" }],
    conditions: {
      ref_name: { include: branches.map((branch) => `refs/heads/${branch}`), exclude: [] },
    },
    rules,
  };
}

/**
 * The settings a branch gets from its active ruleset rules (`GET
 * /rules/branches/{branch}`, every source). Several rules of a type (from
 * several rulesets) combine, most restrictive first. `adminsBound` says
 * whether no ruleset behind these rules lets admins bypass them.
 */
export function settingsFromRules(
  rules: readonly RulesetRule[],
  adminsBound: boolean,
): ProtectionSettings {
  const settings: ProtectionSettings = { ...UNPROTECTED, requiredChecks: [] };
  for (const rule of rules) {
    const p = rule.parameters ?? {};
    switch (rule.type) {
      case "deletion":
        settings.blockDeletions = true;
        break;
      case "non_fast_forward":
        settings.blockForcePushes = true;
        break;
      case "required_linear_history":
        settings.linearHistory = true;
        break;
      case "pull_request":
        settings.requirePullRequest = true;
        settings.approvingReviews = Math.max(
          settings.approvingReviews,
          numberOr(p.required_approving_review_count, 0),
        );
        settings.dismissStaleReviews ||= p.dismiss_stale_reviews_on_push === true;
        settings.codeOwnerReviews ||= p.require_code_owner_review === true;
        settings.conversationResolution ||= p.required_review_thread_resolution === true;
        break;
      case "required_status_checks": {
        settings.strict ||= p.strict_required_status_checks_policy === true;
        const listed = Array.isArray(p.required_status_checks) ? p.required_status_checks : [];
        for (const raw of listed as { context?: unknown; integration_id?: unknown }[]) {
          if (typeof raw.context !== "string") continue;
          const check: RequiredCheck = {
            context: raw.context,
            ...(typeof raw.integration_id === "number" ? { appId: raw.integration_id } : {}),
          };
          if (
            !settings.requiredChecks.some(
              (c) => c.context === check.context && c.appId === check.appId,
            )
          ) {
            settings.requiredChecks.push(check);
          }
        }
        break;
      }
      default:
        // Other rule types (signatures, deployments, merge queue...) are not part of the desired state.
        break;
    }
  }
  settings.enforceAdmins = rules.length > 0 && adminsBound;
  return settings;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
