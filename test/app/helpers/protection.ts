import type nock from "nock";
import {
  classicProtectionBody,
  type ProtectionSettings,
  rulesetBody,
} from "../../../core/protection/index.js";
import { API, githubScope, OWNER, REPO, REPO_PATH } from "./github.js";

/** GET .../branches/{branch}/protection as GitHub answers it for `settings`. */
export function classicResponse(settings: ProtectionSettings, branch = "main") {
  const body = classicProtectionBody(settings);
  const enabled = (on: boolean) => ({ enabled: on });
  return {
    url: `${API}${REPO_PATH}/branches/${branch}/protection`,
    required_status_checks: body.required_status_checks && {
      ...body.required_status_checks,
      contexts: body.required_status_checks.checks.map((c) => c.context),
    },
    enforce_admins: enabled(body.enforce_admins),
    required_pull_request_reviews: body.required_pull_request_reviews,
    required_linear_history: enabled(body.required_linear_history),
    allow_force_pushes: enabled(body.allow_force_pushes),
    allow_deletions: enabled(body.allow_deletions),
    required_conversation_resolution: enabled(body.required_conversation_resolution),
  };
}

/** GET /rules/branches/{b} for a ruleset with `settings`. */
export function rulesResponse(settings: ProtectionSettings, id: number, branch = "main") {
  return rulesetBody(settings, [branch]).rules.map((rule) => ({
    ...rule,
    ruleset_source_type: "Repository",
    ruleset_source: `${OWNER}/${REPO}`,
    ruleset_id: id,
  }));
}

export const NOT_PROTECTED = {
  message: "Branch not protected",
  documentation_url: "https://docs.github.com",
};

/** A branch's classic protection answer and, unless `null`, the rules that apply to it. */
export function mockBranch(
  branch: string,
  protection: [number, nock.Body],
  rules: nock.Body[] | null = [],
): void {
  const scope = githubScope();
  scope.get(`${REPO_PATH}/branches/${branch}/protection`).reply(...protection);
  if (rules !== null) {
    scope.get(`${REPO_PATH}/rules/branches/${branch}`).query({ per_page: "100" }).reply(200, rules);
  }
}
