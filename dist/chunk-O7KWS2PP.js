import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);

// github/permissions.ts
var REQUEST_PERMISSIONS = {
  "GET /app": {
    why: "the App's slug, to recognise labels it applied (once per process, only when needed)",
    uses: void 0
  },
  "GET /app/installations": {
    why: "the scheduled protection reconcile: the installations to go through (signed with the App's JWT)",
    uses: void 0
  },
  "GET /installation/repositories": {
    why: "the scheduled protection reconcile: the repositories of an installation, with their default branch",
    uses: { metadata: "read" }
  },
  "GET /apps/{app_slug}": {
    why: "the Action only: the id of the app its token belongs to (github-actions, or an App), to recognise its own check runs and labels",
    uses: void 0
  },
  "GET /repos/{owner}/{repo}/contents/{path}": {
    why: "read .github/pilot-gate.yml from the default branch (or the organisation's .github repository when there is none) and each file its `_extends` names, the PR's version to validate it, and the public keys readiness.evidence_keys names",
    uses: { contents: "read" }
  },
  "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": {
    why: "list the files of a push to the evidence branch, to find its readiness reports and the evidence pack each belongs to",
    uses: { contents: "read" }
  },
  "GET /repos/{owner}/{repo}/git/blobs/{file_sha}": {
    why: "read a readiness report and every file of its evidence pack, to verify the pack before posting pilot-gate/readiness",
    uses: { contents: "read" }
  },
  "GET /repos/{owner}/{repo}/pulls/{pull_number}": {
    why: "the PR behind an override comment, a merge group or a re-run request",
    uses: { pull_requests: "read" }
  },
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files": {
    why: "changed paths, for the governance-files rule and to spot a PR that edits the config",
    uses: { pull_requests: "read" }
  },
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews": {
    why: "approvals, only when a governance file changed",
    uses: { pull_requests: "read" }
  },
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls": {
    why: "the PRs of a re-run check when GitHub sends none (fork PRs), and the PR a commit on a protected branch was merged from",
    uses: { pull_requests: "read" },
    alsoAccepted: { contents: "read" }
  },
  "GET /orgs/{org}/teams/{team_slug}/members": {
    why: "expand role teams into logins, only when a rule needs the role",
    uses: { members: "read" }
  },
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs": {
    why: "find this App's check run (and its receipts) on a commit",
    uses: { checks: "read" }
  },
  "POST /repos/{owner}/{repo}/check-runs": {
    why: "post the verdict, always as a completed check",
    uses: { checks: "write" }
  },
  "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}": {
    why: "update the verdict on the same commit",
    uses: { checks: "write" }
  },
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels": {
    why: "add the NO_MERGE label to a PR; incidents.enabled: needs-info and escalation:<level> on issues",
    uses: { pull_requests: "write", issues: "write" }
  },
  "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}": {
    why: "remove a NO_MERGE label the App applied; incidents.enabled: needs-info once a blocked item states every field",
    uses: { pull_requests: "write", issues: "write" }
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events": {
    why: "who applied the NO_MERGE label, only when it is on the PR, or the needs-info label, only when it is on an item no longer blocked",
    uses: { pull_requests: "read" },
    alsoAccepted: { issues: "read" }
  },
  "GET /repos/{owner}/{repo}/collaborators/{username}/permission": {
    why: "the repository role of someone asking for an override or a freeze, commenting on an incident (acknowledgement), or approving a governance change while no approver role has a holder (no config yet)",
    uses: { metadata: "read" }
  },
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": {
    why: "explain a refused or malformed override; incidents.enabled: answer freeze commands, escalate incidents, list a blocked item's missing fields",
    uses: { pull_requests: "write", issues: "write" }
  },
  "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions": {
    why: "acknowledge an accepted override",
    uses: { pull_requests: "write" },
    alsoAccepted: { issues: "write" }
  },
  "GET /repos/{owner}/{repo}": {
    why: "the default branch of a repository the App was just installed on (installation events do not carry it)",
    uses: { metadata: "read" }
  },
  "GET /repos/{owner}/{repo}/branches/{branch}": {
    why: "the default branch's head commit, where the pilot-gate/protection check goes, and pilot-gate/readiness when a report names no commit",
    uses: { contents: "read" }
  },
  "GET /repos/{owner}/{repo}/branches/{branch}/protection": {
    why: "read a branch's classic protection, to compare it with protection: in the config",
    uses: { administration: "read" }
  },
  "PUT /repos/{owner}/{repo}/branches/{branch}/protection": {
    why: "apply protection: to a branch that lacks it or drifted from it (one write per branch)",
    uses: { administration: "write" }
  },
  "GET /repos/{owner}/{repo}/rules/branches/{branch}": {
    why: "the ruleset rules that protect a branch, whatever their source",
    uses: { metadata: "read" }
  },
  "GET /repos/{owner}/{repo}/rulesets": {
    why: "rulesets mode: find the ruleset named pilot-gate",
    uses: { metadata: "read" }
  },
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}": {
    why: "whether anyone may bypass a ruleset that protects a branch",
    uses: { metadata: "read" }
  },
  "POST /repos/{owner}/{repo}/rulesets": {
    why: "rulesets mode: create the pilot-gate ruleset",
    uses: { administration: "write" }
  },
  "PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}": {
    why: "rulesets mode: rewrite the pilot-gate ruleset after drift",
    uses: { administration: "write" }
  },
  "GET /repos/{owner}/{repo}/issues": {
    why: "find the open protection drift issue; incidents.enabled: open critical incidents and freeze issues, by label",
    uses: { issues: "read" }
  },
  "POST /repos/{owner}/{repo}/issues": {
    why: "drift: report: open the protection drift issue; incidents.enabled: open a freeze issue (/pilot-gate freeze, a tripped trigger)",
    uses: { issues: "write" }
  },
  "PATCH /repos/{owner}/{repo}/issues/{issue_number}": {
    why: "drift: report: update the drift issue, and close it once protection is back; /pilot-gate unfreeze: close a freeze issue with the lift's receipt",
    uses: { issues: "write" }
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline": {
    why: "incidents.enabled: when an incident was acknowledged (a maintainer's comment or assignment), contained and recovered",
    uses: { issues: "read" }
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": {
    why: "incidents.enabled: find the App's own comment on a blocked item or incident, to update it rather than post another",
    uses: { issues: "read" },
    alsoAccepted: { pull_requests: "read" }
  },
  "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": {
    why: "incidents.enabled: update the App's own comment listing a blocked item's missing fields",
    uses: { issues: "write" },
    alsoAccepted: { pull_requests: "write" }
  },
  "GET /repos/{owner}/{repo}/pulls": {
    why: "incidents.enabled: the open PRs of a wave, for the WIP limit, and those to judge again when a freeze starts or lifts",
    uses: { pull_requests: "read" }
  }
};

// github/errors.ts
var GitHubApiError = class extends Error {
  name = "GitHubApiError";
  route;
  /** HTTP status, or `undefined` when no answer arrived (network, timeout). */
  status;
  /**
   * One sentence for a check title: what failed and, unless re-running is
   * all there is to it (the check's title already ends in "re-run"), what to do.
   */
  reason;
  constructor(route, action, cause) {
    let status = statusOf(cause), next = nextStep(route, status, cause), reason = `${describeAnswer(status, cause)} when the App tried to ${action}${next ? `; ${next}` : ""}`;
    super(`${reason} (${route}: ${messageOf(cause)})`, { cause }), this.route = route, this.status = status, this.reason = reason;
  }
};
function statusOf(error) {
  let status = error?.status;
  return typeof status == "number" ? status : void 0;
}
function isSecondaryRateLimit(error) {
  let status = statusOf(error);
  return (status === 403 || status === 429) && /secondary rate limit/i.test(messageOf(error));
}
function describeAnswer(status, cause) {
  return status === void 0 ? "GitHub could not be reached" : isSecondaryRateLimit(cause) ? "GitHub's secondary rate limit refused the request" : `GitHub answered ${status}`;
}
function nextStep(route, status, cause) {
  if (status === void 0 || status >= 500) return "";
  if (isSecondaryRateLimit(cause)) return "wait a few minutes";
  if (rateLimitExhausted(cause))
    return "the installation's hourly quota is spent, wait for its reset";
  if (status === 401) return "check the App's APP_ID and PRIVATE_KEY";
  if (route === "GET /apps/{app_slug}" && status === 404)
    return "check the action's app-slug input: it must name the app the token belongs to";
  if (status === 403 || status === 404) {
    let needs = REQUEST_PERMISSIONS[route].uses, permission = needs ? Object.entries(needs).map(([name, access]) => `${name}: ${access}`).join(", ") : "a valid App key";
    return route === "GET /orgs/{org}/teams/{team_slug}/members" && status === 404 ? `check the team name and the App's access (needs ${permission})` : `check the App's access to this repository (needs ${permission})`;
  }
  return "this is a pilot-gate bug, report it with the App's log";
}
function rateLimitExhausted(error) {
  return error?.response?.headers?.["x-ratelimit-remaining"] === "0";
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function rateLimitWaitMs(error, nowMs) {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause) {
    depth++;
    let status = statusOf(e), response = e.response;
    if (status !== 403 && status !== 429 || !response) continue;
    let headers = response.headers ?? {}, retryAfter = Number(headers["retry-after"]);
    if (headers["retry-after"] !== void 0 && Number.isFinite(retryAfter) && retryAfter >= 0)
      return retryAfter * 1e3;
    if (rateLimitExhausted(e)) {
      let reset = Number(headers["x-ratelimit-reset"]) * 1e3;
      return Number.isFinite(reset) ? Math.max(0, reset - nowMs) : 6e4;
    }
    if (status === 429 || isSecondaryRateLimit(e)) return 6e4;
  }
}

// github/retry-policy.ts
function fetchWithTimeout(ms = 2e4, base) {
  return (input, init) => {
    let deadline = AbortSignal.timeout(ms), signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return (base ?? globalThis.fetch)(input, { ...init, signal });
  };
}
function retryOnSecondaryRateLimit(retryAfter, options, octokit, retryCount) {
  let retry = retryCount < 2;
  return octokit.log.warn(
    `Secondary rate limit on ${options.method} ${options.url}: ${retry ? `retrying in ${retryAfter}s` : "giving up"}`
  ), retry;
}
function retryOnRateLimit(retryAfter, options, octokit, retryCount) {
  let retry = retryCount < 1 && retryAfter <= 60;
  return octokit.log.warn(
    `Rate limit on ${options.method} ${options.url}: ${retry ? `retrying in ${retryAfter}s` : "giving up"}`
  ), retry;
}

export {
  GitHubApiError,
  statusOf,
  isSecondaryRateLimit,
  rateLimitWaitMs,
  fetchWithTimeout,
  retryOnSecondaryRateLimit,
  retryOnRateLimit
};
