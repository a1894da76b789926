import type { ProtectionSettings, RequiredCheck } from "./settings.js";

/**
 * The body of `PUT /repos/{owner}/{repo}/branches/{branch}/protection`: the
 * whole desired protection, since the PUT replaces what is there.
 *
 * `required_status_checks` carries `checks` and no `contexts`. GitHub's
 * OpenAPI description lists `contexts` as required, but the API takes
 * exactly one of the two and answers 422 when both are sent, even
 * `contexts: []` (google/go-github#2276, ossf/allstar#156). `checks` is the
 * one that can pin a check to an app.
 */
export function classicProtectionBody(settings: ProtectionSettings): ClassicProtectionBody {
  return {
    required_status_checks:
      settings.requiredChecks.length > 0
        ? {
            strict: settings.strict,
            checks: settings.requiredChecks.map((check) => ({
              context: check.context,
              ...(check.appId !== undefined ? { app_id: check.appId } : {}),
            })),
          }
        : null,
    enforce_admins: settings.enforceAdmins,
    required_pull_request_reviews: settings.requirePullRequest
      ? {
          dismiss_stale_reviews: settings.dismissStaleReviews,
          require_code_owner_reviews: settings.codeOwnerReviews,
          required_approving_review_count: settings.approvingReviews,
        }
      : null,
    restrictions: null,
    required_linear_history: settings.linearHistory,
    allow_force_pushes: !settings.blockForcePushes,
    allow_deletions: !settings.blockDeletions,
    required_conversation_resolution: settings.conversationResolution,
  };
}

export interface ClassicProtectionBody {
  required_status_checks: {
    strict: boolean;
    checks: { context: string; app_id?: number }[];
  } | null;
  enforce_admins: boolean;
  required_pull_request_reviews: {
    dismiss_stale_reviews: boolean;
    require_code_owner_reviews: boolean;
    required_approving_review_count: number;
  } | null;
  restrictions: null;
  required_linear_history: boolean;
  allow_force_pushes: boolean;
  allow_deletions: boolean;
  required_conversation_resolution: boolean;
}

/** `GET .../protection` as GitHub answers it; every part optional, since absent means off. */
export interface ClassicProtectionResponse {
  required_status_checks?: {
    strict?: boolean;
    contexts?: string[];
    checks?: { context: string; app_id?: number | null }[];
  } | null;
  enforce_admins?: { enabled?: boolean } | null;
  required_pull_request_reviews?: {
    dismiss_stale_reviews?: boolean;
    require_code_owner_reviews?: boolean;
    required_approving_review_count?: number;
  } | null;
  required_linear_history?: { enabled?: boolean } | null;
  allow_force_pushes?: { enabled?: boolean } | null;
  allow_deletions?: { enabled?: boolean } | null;
  required_conversation_resolution?: { enabled?: boolean } | null;
}

/**
 * Classic protection as settings. A check GitHub reports with no app
 * (`app_id: null`, "any source") reads as `appId` undefined; older rules
 * that only list `contexts` read the same way.
 */
export function settingsFromClassic(data: ClassicProtectionResponse): ProtectionSettings {
  const status = data.required_status_checks ?? undefined;
  const checks: RequiredCheck[] = status?.checks
    ? status.checks.map((check) => ({
        context: check.context,
        ...(typeof check.app_id === "number" ? { appId: check.app_id } : {}),
      }))
    : (status?.contexts ?? []).map((context) => ({ context }));
  const reviews = data.required_pull_request_reviews ?? undefined;
  return {
    requiredChecks: checks,
    strict: status?.strict === true,
    requirePullRequest: reviews !== undefined,
    approvingReviews: reviews?.required_approving_review_count ?? 0,
    dismissStaleReviews: reviews?.dismiss_stale_reviews === true,
    codeOwnerReviews: reviews?.require_code_owner_reviews === true,
    enforceAdmins: data.enforce_admins?.enabled === true,
    blockForcePushes: data.allow_force_pushes?.enabled !== true,
    blockDeletions: data.allow_deletions?.enabled !== true,
    linearHistory: data.required_linear_history?.enabled === true,
    conversationResolution: data.required_conversation_resolution?.enabled === true,
  };
}
