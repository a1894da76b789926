import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  RULESET_NAME,
  configSchema,
  defaultConfig,
  readYamlMapping,
  renameRuleIssues,
  require_dist,
  settingsFromClassic,
  settingsFromRules,
  validateLayers
} from "./chunk-XRWPT2AM.js";
import {
  ConfigError
} from "./chunk-E3QZQHHB.js";
import {
  PULL_FILES_LIST_LIMIT,
  labelNames,
  waveOf
} from "./chunk-VUTGOOYN.js";
import {
  CONFIG_LIMIT
} from "./chunk-MSUCSWVI.js";
import {
  __commonJS,
  __toESM
} from "./chunk-TXBVCHSZ.js";

// node_modules/deepmerge/dist/cjs.js
var require_cjs = __commonJS({
  "node_modules/deepmerge/dist/cjs.js"(exports, module) {
    "use strict";
    var isMergeableObject = function(value) {
      return isNonNullObject(value) && !isSpecial(value);
    };
    function isNonNullObject(value) {
      return !!value && typeof value == "object";
    }
    function isSpecial(value) {
      var stringValue = Object.prototype.toString.call(value);
      return stringValue === "[object RegExp]" || stringValue === "[object Date]" || isReactElement(value);
    }
    var canUseSymbol = typeof Symbol == "function" && Symbol.for, REACT_ELEMENT_TYPE = canUseSymbol ? /* @__PURE__ */ Symbol.for("react.element") : 60103;
    function isReactElement(value) {
      return value.$$typeof === REACT_ELEMENT_TYPE;
    }
    function emptyTarget(val) {
      return Array.isArray(val) ? [] : {};
    }
    function cloneUnlessOtherwiseSpecified(value, options) {
      return options.clone !== !1 && options.isMergeableObject(value) ? deepmerge(emptyTarget(value), value, options) : value;
    }
    function defaultArrayMerge(target, source, options) {
      return target.concat(source).map(function(element) {
        return cloneUnlessOtherwiseSpecified(element, options);
      });
    }
    function getMergeFunction(key, options) {
      if (!options.customMerge)
        return deepmerge;
      var customMerge = options.customMerge(key);
      return typeof customMerge == "function" ? customMerge : deepmerge;
    }
    function getEnumerableOwnPropertySymbols(target) {
      return Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(target).filter(function(symbol) {
        return Object.propertyIsEnumerable.call(target, symbol);
      }) : [];
    }
    function getKeys(target) {
      return Object.keys(target).concat(getEnumerableOwnPropertySymbols(target));
    }
    function propertyIsOnObject(object, property) {
      try {
        return property in object;
      } catch {
        return !1;
      }
    }
    function propertyIsUnsafe(target, key) {
      return propertyIsOnObject(target, key) && !(Object.hasOwnProperty.call(target, key) && Object.propertyIsEnumerable.call(target, key));
    }
    function mergeObject(target, source, options) {
      var destination = {};
      return options.isMergeableObject(target) && getKeys(target).forEach(function(key) {
        destination[key] = cloneUnlessOtherwiseSpecified(target[key], options);
      }), getKeys(source).forEach(function(key) {
        propertyIsUnsafe(target, key) || (propertyIsOnObject(target, key) && options.isMergeableObject(source[key]) ? destination[key] = getMergeFunction(key, options)(target[key], source[key], options) : destination[key] = cloneUnlessOtherwiseSpecified(source[key], options));
      }), destination;
    }
    function deepmerge(target, source, options) {
      options = options || {}, options.arrayMerge = options.arrayMerge || defaultArrayMerge, options.isMergeableObject = options.isMergeableObject || isMergeableObject, options.cloneUnlessOtherwiseSpecified = cloneUnlessOtherwiseSpecified;
      var sourceIsArray = Array.isArray(source), targetIsArray = Array.isArray(target), sourceAndTargetTypesMatch = sourceIsArray === targetIsArray;
      return sourceAndTargetTypesMatch ? sourceIsArray ? options.arrayMerge(target, source, options) : mergeObject(target, source, options) : cloneUnlessOtherwiseSpecified(source, options);
    }
    deepmerge.all = function(array, options) {
      if (!Array.isArray(array))
        throw new Error("first argument should be an array");
      return array.reduce(function(prev, next) {
        return deepmerge(prev, next, options);
      }, {});
    };
    var deepmerge_1 = deepmerge;
    module.exports = deepmerge_1;
  }
});

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
    why: "read .github/pilot-gate.yml from the default branch (or the organisation's .github repository when there is none) and each file its `_extends` names, the PR's version to validate it, and the public keys readiness.evidence_keys names; pilot record --commit: the run folder's records.jsonl on the evidence branch",
    uses: { contents: "read" }
  },
  "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": {
    why: "list the files of a push to the evidence branch, to find its readiness reports and the evidence pack each belongs to; cycles: the evidence branch's packs and named reports",
    uses: { contents: "read" }
  },
  "GET /repos/{owner}/{repo}/git/blobs/{file_sha}": {
    why: "read a readiness report and every file of its evidence pack, to verify the pack before posting pilot-gate/readiness; cycles: a named report (report_passed)",
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
    why: "approvals, only when a governance file changed; readiness: the approvals on the commit's sign-off PR",
    uses: { pull_requests: "read" }
  },
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls": {
    why: "the PRs of a re-run check when GitHub sends none (fork PRs), the PR a commit on a protected branch was merged from, and readiness: the commit's sign-off PR (by its label)",
    uses: { pull_requests: "read" },
    alsoAccepted: { contents: "read" }
  },
  "GET /orgs/{org}/teams/{team_slug}/members": {
    why: "expand role teams into logins, only when a rule needs the role; readiness: the holders of the sign-off roles",
    uses: { members: "read" }
  },
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs": {
    why: "find this App's check run (and its receipts) on a commit; check.require: the CI check runs on a PR's head; rollback run: the check runs on the rolled-back release's commit, for its incident pack",
    uses: { checks: "read" }
  },
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses": {
    why: "check.require: the commit statuses on a PR's head, only when an item could be a status context",
    uses: { statuses: "read" }
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
    why: "explain a refused or malformed override; incidents.enabled: answer freeze commands, escalate incidents, list a blocked item's missing fields; pilot record --from-issue: the receipt, or why nothing was recorded",
    uses: { pull_requests: "write", issues: "write" }
  },
  "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions": {
    why: "acknowledge an accepted override",
    uses: { pull_requests: "write" },
    alsoAccepted: { issues: "write" }
  },
  "GET /repos/{owner}/{repo}": {
    why: "the default branch of a repository the App was just installed on (installation events do not carry it); pilot-gate doctor: what the token may do",
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
    why: "find the open protection drift issue; incidents.enabled: open critical incidents and freeze issues, by label; cycles: open critical incidents (no_open_critical); the CLI's pilot review and outreach: the issues they opened before",
    uses: { issues: "read" }
  },
  "POST /repos/{owner}/{repo}/issues": {
    why: "drift: report: open the protection drift issue; incidents.enabled: open a freeze issue (/pilot-gate freeze, a tripped trigger); the CLI's pilot review and outreach: one issue per client",
    uses: { issues: "write" }
  },
  "PATCH /repos/{owner}/{repo}/issues/{issue_number}": {
    why: "drift: report: update the drift issue, and close it once protection is back; /pilot-gate unfreeze: close a freeze issue with the lift's receipt; /pilot-gate close: close an incident or blocked item with its receipt; the CLI's pilot review and outreach: bring a client's issue up to date; pilot record --from-issue: close the recorded issue",
    uses: { issues: "write" }
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}": {
    why: "incidents.enabled: an operator command's incident or blocked item, read fresh (labels, assignees, body); rollback run: the freeze issue's page, for the incident pack; pilot record --from-issue: whether an already recorded issue is closed",
    uses: { issues: "read" },
    alsoAccepted: { pull_requests: "read" }
  },
  "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees": {
    why: "incidents.enabled: /pilot-gate assign and reassign on an incident or blocked item",
    uses: { issues: "write" },
    alsoAccepted: { pull_requests: "write" }
  },
  "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees": {
    why: "incidents.enabled: /pilot-gate reassign takes the earlier assignees off",
    uses: { issues: "write" },
    alsoAccepted: { pull_requests: "write" }
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline": {
    why: "incidents.enabled: when an incident was acknowledged (a maintainer's comment or assignment), contained and recovered, and the PRs that reference it (/pilot-gate inspect)",
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
    why: "incidents.enabled: the open PRs of a wave, for the WIP limit, and those to judge again when a freeze starts or lifts; cycles: the recently updated PRs, to find which carry each cycle's stories; rollback run: the revert PR opened before, by its branch",
    uses: { pull_requests: "read" }
  },
  "GET /repos/{owner}/{repo}/labels": {
    why: "pilot-gate doctor (the CLI and the pilot-gate/doctor check): whether the labels the config relies on exist",
    uses: { issues: "read" },
    alsoAccepted: { pull_requests: "read" }
  },
  "GET /repos/{owner}/{repo}/actions/secrets": {
    why: "pilot-gate doctor: whether the secrets the workflows read exist (names only)",
    uses: { secrets: "read" },
    token: "workflow"
  },
  "GET /repos/{owner}/{repo}/actions/organization-secrets": {
    why: "pilot-gate doctor: the organisation secrets shared with the repository (names only)",
    uses: { secrets: "read" },
    token: "workflow"
  },
  "GET /repos/{owner}/{repo}/git/ref/{ref}": {
    why: "the evidence step and pilot record --commit: the evidence branch's head, to chain a pack to the last one (or read the records file) and commit on top of it; rollback run: the evidence branch, the default branch, the revert branch and the deploy branch",
    uses: { contents: "read" },
    token: "workflow"
  },
  "GET /repos/{owner}/{repo}/git/commits/{commit_sha}": {
    why: "the evidence step and pilot record --commit: the tree of the evidence branch's head, to add a pack or the appended records file to it; rollback run: the tree of the release rolled back to, and of an existing revert branch",
    uses: { contents: "read" },
    token: "workflow"
  },
  "POST /repos/{owner}/{repo}/git/blobs": {
    why: "the evidence step: upload each file of a pack; pilot record --commit: the records file with the record appended",
    uses: { contents: "write" },
    token: "workflow"
  },
  "POST /repos/{owner}/{repo}/git/trees": {
    why: "the evidence step: the tree with the pack added (pilot record --commit: with the records file)",
    uses: { contents: "write" },
    token: "workflow"
  },
  "POST /repos/{owner}/{repo}/git/commits": {
    why: "the evidence step: the commit that adds a pack (pilot record --commit: that appends a record); rollback run: the revert commit (the target release's tree on the default branch's head)",
    uses: { contents: "write" },
    token: "workflow"
  },
  "POST /repos/{owner}/{repo}/git/refs": {
    why: "the evidence step and pilot record --commit: create the evidence branch; release publish: the release tag's ref; rollback run: the revert branch",
    uses: { contents: "write" },
    token: "workflow"
  },
  "PATCH /repos/{owner}/{repo}/git/refs/{ref}": {
    why: "the evidence step and pilot record --commit: move the evidence branch to the new commit (never forced); rollback run in deploy-ref mode: move the deploy branch back to the target release (forced, on purpose)",
    uses: { contents: "write" },
    token: "workflow"
  },
  "POST /repos/{owner}/{repo}/git/tags": {
    why: "release publish: the annotated tag object on the decided commit",
    uses: { contents: "write" },
    token: "workflow"
  },
  "POST /repos/{owner}/{repo}/pulls": {
    why: "rollback run: the revert PR to the default branch",
    uses: { pull_requests: "write" },
    token: "workflow"
  },
  "POST /repos/{owner}/{repo}/releases": {
    why: "release publish: the GitHub release for the new tag",
    uses: { contents: "write" },
    token: "workflow"
  }
}, EVENT_PERMISSIONS = {
  pull_request: { why: "evaluate PRs as they change", uses: { pull_requests: "read" } },
  pull_request_review: {
    why: "re-evaluate when an approval arrives or is dismissed",
    uses: { pull_requests: "read" }
  },
  issues: {
    why: "incidents.enabled: judge PRs into frozen branches again when a critical incident or freeze issue opens, closes or changes",
    uses: { issues: "read" }
  },
  check_run: {
    // rerequested and requested_action reach only apps with checks: write.
    why: "re-run on request from the Checks tab; check.require: judge again when a required CI check completes",
    uses: { checks: "write" }
  },
  check_suite: {
    why: "check.require: judge again when a CI suite completes whose runs were not all seen finishing",
    uses: { checks: "read" }
  },
  status: {
    why: "check.require: judge again when a required commit status changes",
    uses: { statuses: "read" }
  },
  merge_group: { why: "judge merge queue commits", uses: { merge_queues: "read" } },
  issue_comment: {
    why: "/pilot-gate override commands on PRs; /pilot-gate freeze and unfreeze on issues and PRs; operator commands (inspect, escalate, assign, ...) on incidents and blocked items",
    uses: { pull_requests: "read", issues: "read" }
  },
  push: {
    why: "drop the cached config when the default branch changes it, and apply protection: when it does; post pilot-gate/readiness from reports pushed to the evidence branch",
    uses: { contents: "read" }
  },
  code_scanning_alert: {
    why: "incidents.triggers.security: a critical code-scanning alert freezes merges",
    uses: { security_events: "read" }
  },
  dependabot_alert: {
    why: "incidents.triggers.security: a critical Dependabot alert freezes merges",
    uses: { vulnerability_alerts: "read" }
  },
  installation: {
    why: "apply protection: to the repositories of a new installation (delivered to every App)",
    uses: void 0
  },
  installation_repositories: {
    why: "apply protection: to repositories added to the installation (delivered to every App)",
    uses: void 0
  },
  branch_protection_rule: {
    why: "someone changed classic protection: re-apply or report it (drift:)",
    uses: { administration: "read" }
  },
  repository_ruleset: {
    why: "someone changed a ruleset: re-apply or report it (drift:)",
    uses: { administration: "read" }
  }
};
function isWorkflowOnly(route) {
  return REQUEST_PERMISSIONS[route].token === "workflow";
}
function requiredPermissions() {
  let needed = {}, all = [
    ...Object.values(REQUEST_PERMISSIONS).filter(
      (entry) => entry.token !== "workflow"
    ),
    ...Object.values(EVENT_PERMISSIONS)
  ];
  for (let entry of all)
    for (let [name, access] of Object.entries(entry.uses ?? {}))
      needed[name] !== "write" && (needed[name] = access);
  return needed;
}

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
function answerOf(error) {
  return messageOf(error instanceof GitHubApiError ? error.cause : error);
}
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
function readFailure(error, what) {
  let status = statusOf(error);
  return { available: !1, reason: `${status === void 0 ? "GitHub could not be reached" : `GitHub answered ${status}`} reading ${what}` };
}

// node_modules/@probot/octokit-plugin-config/dist-src/version.js
var VERSION = "4.1.0";

// node_modules/@probot/octokit-plugin-config/dist-src/util/get-config-file.js
var import_yaml = __toESM(require_dist(), 1), SUPPORTED_FILE_EXTENSIONS = ["json", "yml", "yaml"];
async function getConfigFile(octokit, { owner, repo, path, ref }) {
  let fileExtension = path.split(".").pop().toLowerCase();
  if (!SUPPORTED_FILE_EXTENSIONS.includes(fileExtension))
    throw new Error(
      `[@probot/octokit-plugin-config] .${fileExtension} extension is not support for configuration (path: "${path}")`
    );
  let endpoint = {
    method: "GET",
    url: "/repos/{owner}/{repo}/contents/{path}",
    owner,
    repo,
    path,
    mediaType: {
      format: "raw"
    },
    // this can be just `ref` once https://github.com/octokit/endpoint.js/issues/206 is resolved
    ...ref ? { ref } : {}
  }, { url } = octokit.request.endpoint(endpoint), emptyConfigResult = {
    owner,
    repo,
    path,
    url,
    config: null
  }, data, headers;
  try {
    let response = await octokit.request(endpoint);
    data = response.data, headers = response.headers;
  } catch (error) {
    if (error.status === 404)
      return emptyConfigResult;
    throw error;
  }
  if (headers["content-type"] === "application/json; charset=utf-8")
    throw new Error(
      `[@probot/octokit-plugin-config] ${url} exists, but is either a directory or a submodule. Ignoring.`
    );
  if (fileExtension === "json") {
    if (typeof data == "string")
      throw new Error(
        `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url} (invalid JSON)`
      );
    return {
      ...emptyConfigResult,
      config: data
    };
  }
  let config2;
  try {
    config2 = import_yaml.default.parse(data, { logLevel: "error" }) || {};
  } catch (error) {
    throw new Error(
      `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url} (invalid YAML)`,
      { cause: error }
    );
  }
  if (typeof config2 == "string")
    throw new Error(
      `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url} (YAML is not an object)`
    );
  return {
    ...emptyConfigResult,
    config: config2
  };
}

// node_modules/@probot/octokit-plugin-config/dist-src/util/extends-to-get-content-params.js
var EXTENDS_REGEX = new RegExp(
  "^(?:([a-z\\d](?:[a-z\\d]|-(?=[a-z\\d])){0,38})/)?([-_.\\w\\d]+)(?::([-_./\\w\\d]+\\.ya?ml))?$",
  "i"
);
function extendsToGetContentParams({
  owner,
  path,
  url,
  extendsValue
}) {
  if (typeof extendsValue != "string")
    throw new Error(
      `[@probot/octokit-plugin-config] Invalid value ${JSON.stringify(
        extendsValue
      )} for _extends in ${url}`
    );
  let match = extendsValue.match(EXTENDS_REGEX);
  if (match === null)
    throw new Error(
      `[@probot/octokit-plugin-config] Invalid value "${extendsValue}" for _extends in ${url}`
    );
  return {
    owner: match[1] || owner,
    repo: match[2],
    path: match[3] || path
  };
}

// node_modules/@probot/octokit-plugin-config/dist-src/util/get-config-files.js
async function getConfigFiles(octokit, { owner, repo, path, branch }) {
  let requestedRepoFile = await getConfigFile(octokit, {
    owner,
    repo,
    path,
    ref: branch
  }), files = [requestedRepoFile];
  if (!requestedRepoFile.config) {
    if (repo === ".github")
      return files;
    let defaultRepoConfig = await getConfigFile(octokit, {
      owner,
      repo: ".github",
      path
    });
    files.push(defaultRepoConfig);
  }
  let file = files[files.length - 1];
  if (!file.config || !file.config._extends)
    return files;
  let extendConfigOptions = extendsToGetContentParams({
    owner,
    path,
    url: file.url,
    extendsValue: file.config._extends
  });
  delete file.config._extends;
  do {
    let extendRepoConfig = await getConfigFile(octokit, extendConfigOptions);
    if (files.push(extendRepoConfig), !extendRepoConfig.config || !extendRepoConfig.config._extends)
      return files;
    extendConfigOptions = extendsToGetContentParams({
      owner,
      path,
      url: extendRepoConfig.url,
      extendsValue: extendRepoConfig.config._extends
    }), delete extendRepoConfig.config._extends;
    let alreadyLoaded = files.find(
      (file2) => file2.owner === extendConfigOptions.owner && file2.repo === extendConfigOptions.repo && file2.path === extendConfigOptions.path
    );
    if (alreadyLoaded)
      throw new Error(
        `[@probot/octokit-plugin-config] Recursion detected. Ignoring  "_extends: ${extendRepoConfig.config._extends}" from ${extendRepoConfig.url} because ${alreadyLoaded.url} was already loaded.`
      );
  } while (!0);
}

// node_modules/@probot/octokit-plugin-config/dist-src/compose-config-get.js
async function composeConfigGet(octokit, { owner, repo, defaults, path, branch }) {
  let files = await getConfigFiles(octokit, {
    owner,
    repo,
    path,
    branch
  }), configs = files.map((file) => file.config).reverse().filter(Boolean);
  return {
    files,
    config: typeof defaults == "function" ? defaults(configs) : Object.assign({}, defaults, ...configs)
  };
}

// node_modules/@probot/octokit-plugin-config/dist-src/index.js
function config(octokit) {
  return {
    config: {
      async get(options) {
        return composeConfigGet(octokit, options);
      }
    }
  };
}
config.VERSION = VERSION;

// core/cannot-evaluate.ts
var CannotEvaluateError = class extends Error {
  name = "CannotEvaluateError";
  reason;
  constructor(reason) {
    super(reason), this.reason = reason;
  }
};

// core/config/compose.ts
var import_deepmerge = __toESM(require_cjs(), 1);
var EXTENDS_FORMAT = "`_extends` names the config to inherit, as text: `repo` or `owner/repo` (that repository's .github/pilot-gate.yml) or `owner/repo:path/to/file.yml`; remove it to inherit nothing";
function configFileName(owner, repo, path) {
  return `${owner}/${repo}:${path}`;
}
function readConfigLayer(name, text, localPath) {
  let localPaths = localPath !== void 0 ? { [name]: localPath } : {}, read = readYamlMapping(text, {
    rootDescription: "a mapping of keys (ids, sections, rules, ...)",
    limit: CONFIG_LIMIT,
    file: name
  });
  if (!read.ok) throw new ConfigError(name, read.issues, read.unlisted, localPaths);
  let { layer } = read, value = layer.data._extends;
  if (value === void 0) return { name, localPath, extends: void 0, yaml: layer };
  let position = extendsPosition(layer);
  if (typeof value != "string" || value.trim() === "")
    throw new ConfigError(
      name,
      [
        {
          path: "_extends",
          message: EXTENDS_FORMAT,
          ...position ? { position } : {}
        }
      ],
      0,
      localPaths
    );
  return { name, localPath, extends: { value, position }, yaml: layer };
}
function composeConfig(layers) {
  let [first] = layers;
  if (!first) return defaultConfig();
  let data = layers.map((layer) => withoutExtends(layer.yaml.data)), merged = data.length === 1 ? data[0] : import_deepmerge.default.all([...data].reverse(), { arrayMerge: (_inherited, own) => own }), result = validateLayers(
    merged,
    configSchema,
    layers.map((layer) => layer.yaml)
  );
  if (result.ok) return withLocalGovernance(result.data, layers);
  let issues = renameRuleIssues(result.issues);
  throw new ConfigError(
    issues[0]?.file ?? first.name,
    issues,
    result.unlisted,
    localPathsOf(layers)
  );
}
function extendsError(layers, layer, message) {
  let issue = {
    path: "_extends",
    message,
    ...layer.extends?.position ? { position: layer.extends.position } : {}
  };
  return new ConfigError(layer.name, [issue], 0, localPathsOf(layers));
}
function localPathsOf(layers) {
  return Object.fromEntries(
    layers.flatMap(
      (layer) => layer.localPath !== void 0 ? [[layer.name, layer.localPath]] : []
    )
  );
}
function withLocalGovernance(config2, layers) {
  let rule = config2.rules["governance-files"];
  if (rule.paths.length === 0) return config2;
  let added = layers.flatMap(
    (layer) => layer.localPath !== void 0 && !rule.paths.includes(layer.localPath) ? [layer.localPath] : []
  );
  return added.length > 0 && (rule.paths = [...rule.paths, ...added]), config2;
}
function withoutExtends(data) {
  let { _extends: _followed, ...rest } = data;
  return rest;
}
function extendsPosition(layer) {
  let node = layer.doc.get("_extends", !0);
  return node?.range ? layer.at(node.range[0]) : void 0;
}

// github/protection.ts
var PROTECTION_PERMISSION = "administration: write";
async function readProtection(octokit, repo, desired) {
  let actual = { repository: `${repo.owner}/${repo.repo}`, branches: {} };
  if (desired.mode === "rulesets")
    try {
      actual.rulesetId = await findOwnRuleset(octokit, repo);
    } catch (error) {
      let failure = classify(error, "list the repository's rulesets");
      for (let branch of desired.branches) actual.branches[branch] = failure;
      return actual;
    }
  let bypass = /* @__PURE__ */ new Map();
  for (let branch of desired.branches)
    actual.branches[branch] = await readBranch(octokit, repo, branch, bypass);
  return actual;
}
async function readBranch(octokit, repo, branch, bypass) {
  let classic;
  try {
    let { data } = await octokit.request(
      "GET /repos/{owner}/{repo}/branches/{branch}/protection",
      { ...repo, branch }
    );
    classic = settingsFromClassic(data);
  } catch (error) {
    let message = githubMessage(error);
    if (statusOf(error) === 404 && /branch not protected/i.test(message))
      classic = void 0;
    else return statusOf(error) === 404 && /branch not found/i.test(message) ? { kind: "branch-missing" } : classify(error, `read the protection of ${branch}`);
  }
  let rules;
  try {
    let { data } = await octokit.request(
      "GET /repos/{owner}/{repo}/rules/branches/{branch}",
      {
        ...repo,
        branch,
        per_page: 100
      }
    );
    rules = Array.isArray(data) ? data : [];
  } catch (error) {
    return classify(error, `read the ruleset rules of ${branch}`);
  }
  if (rules.length === 0) return { kind: "read", classic };
  let ids = [...new Set(rules.flatMap((rule) => rule.ruleset_id ? [rule.ruleset_id] : []))], adminsBound;
  try {
    adminsBound = (await Promise.all(
      ids.map((id) => {
        let known = bypass.get(id);
        return known || (known = rulesetBindsAdmins(octokit, repo, id), bypass.set(id, known)), known;
      })
    )).every(Boolean);
  } catch (error) {
    return classify(error, `read the rulesets that protect ${branch}`);
  }
  return { kind: "read", classic, rulesets: settingsFromRules(rules, adminsBound) };
}
async function rulesetBindsAdmins(octokit, repo, id) {
  let { data } = await octokit.request(
    "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}",
    {
      ...repo,
      ruleset_id: id
    }
  ), actors = data.bypass_actors;
  return Array.isArray(actors) && actors.length === 0;
}
async function findOwnRuleset(octokit, repo) {
  let { data } = await octokit.request(
    "GET /repos/{owner}/{repo}/rulesets",
    {
      ...repo,
      per_page: 100,
      includes_parents: !1
    }
  );
  return (Array.isArray(data) ? data : []).find(
    (ruleset) => ruleset.name === RULESET_NAME && (ruleset.source_type === void 0 || ruleset.source_type === "Repository")
  )?.id;
}
async function writeProtection(octokit, repo, plan) {
  let outcomes = [];
  for (let write of plan.writes) outcomes.push(await writeOne(octokit, repo, write));
  return outcomes;
}
async function writeOne(octokit, repo, write) {
  try {
    return write.ruleset_id !== void 0 ? await octokit.request(
      "PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}",
      {
        ...repo,
        ruleset_id: write.ruleset_id,
        ...write.body
      }
    ) : write.method === "POST" ? await octokit.request("POST /repos/{owner}/{repo}/rulesets", {
      ...repo,
      ...write.body
    }) : await octokit.request(
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection",
      {
        ...repo,
        branch: write.branches[0],
        ...write.body
      }
      // as for POST above
    ), { ok: !0 };
  } catch (error) {
    let message = githubMessage(error);
    if (statusOf(error) === 404 && /branch not found/i.test(message))
      return {
        ok: !1,
        status: "Missing",
        message: `branch ${write.branches[0]} does not exist: create the branch first, then run sync`
      };
    let failure = classify(error, `write the protection of ${write.branches.join(", ")}`);
    return { ok: !1, status: failure.status, message: failure.message };
  }
}
function classify(error, action) {
  let status = statusOf(error), message = githubMessage(error);
  return status === 403 && /upgrade to github pro|make this repository public/i.test(message) ? {
    kind: "failed",
    status: "Unavailable",
    message: `Unavailable on this plan: GitHub answered "${message}" when pilot-gate tried to ${action}. Make the repository public or move it to a plan with protected branches (Pro, Team or Enterprise).`
  } : status === 401 || status === 403 || status === 404 ? {
    kind: "failed",
    status: "PermissionNeeded",
    message: `Permission needed: ${PROTECTION_PERMISSION}. GitHub answered ${status} "${message}" when pilot-gate tried to ${action}: give the App (or the token: fine-grained "Administration: Read and write", or a classic token with repo scope from a repository admin) that permission.`
  } : status === 422 ? {
    kind: "failed",
    status: "Error",
    message: `GitHub rejected the request to ${action} (422): ${message}`
  } : status === void 0 ? {
    kind: "failed",
    status: "Error",
    message: `GitHub could not be reached to ${action} (${message}); re-run when it can`
  } : {
    kind: "failed",
    status: "Error",
    message: `GitHub answered ${status} when pilot-gate tried to ${action}: ${message}${status >= 500 ? "; re-run later" : ""}`
  };
}
function githubMessage(error) {
  let message = error?.response?.data?.message;
  return typeof message == "string" && message !== "" ? message : error instanceof Error ? error.message : String(error);
}

// github/pull.ts
function toPullInfo(raw) {
  return {
    number: raw.number,
    state: raw.state,
    title: raw.title,
    body: raw.body ?? "",
    draft: raw.draft === !0,
    headSha: raw.head.sha,
    headRef: raw.head.ref,
    baseSha: raw.base.sha,
    baseRef: raw.base.ref,
    labels: labelNames(raw.labels),
    changedFiles: typeof raw.changed_files == "number" ? raw.changed_files : void 0,
    author: raw.user?.login ?? "",
    updatedAt: raw.updated_at ?? ""
  };
}
function waveOfPull(pull, settings) {
  return waveOf({ labels: pull.labels, branch: pull.headRef, title: pull.title }, settings);
}

// github/client.ts
var ConfigChainError = class extends Error {
  name = "ConfigChainError";
  kind;
  /** The files read, the one whose `_extends` is at fault last. */
  files;
  /** The file the last one leads to, when known (`owner/repo:path`). */
  target;
  constructor(kind, files, target) {
    super(
      `config chain ${kind}: ${[...files.map((file) => file.name), target ?? "?"].join(" -> ")}`
    ), this.kind = kind, this.files = files, this.target = target;
  }
}, WorkflowOnlyError = class extends Error {
  name = "WorkflowOnlyError";
  constructor(route) {
    super(
      `${route} is made only with a workflow's token (releases and evidence commits need contents: write, which the App is never granted), and this client is not one; nothing was sent. This is a pilot-gate bug: report it with the log`
    );
  }
}, GitHubClient = class _GitHubClient {
  #octokit;
  #identity;
  /** Whose token this is; only a workflow's may make the ledger's workflow-only requests. */
  #token = "app";
  #appId;
  repo;
  /** Requests made through this client (tokens aside), logged per event to watch the rate-limit budget. */
  requests = 0;
  /** Of those, the writes (any method but GET and HEAD), which GitHub's secondary limits count. */
  writes = 0;
  #cache;
  #memo;
  constructor(octokit, repo, identity, cache, memo) {
    this.#octokit = octokit, this.#identity = identity, this.#cache = cache, this.#memo = memo, this.repo = repo, octokit.hook.before("request", (options) => {
      String(options.url).startsWith("/app/installations/") || (this.requests++, options.method !== "GET" && options.method !== "HEAD" && this.writes++);
    });
  }
  /**
   * A client for a workflow's token (`GITHUB_TOKEN` in the release and
   * evidence steps), the only kind that may make the ledger's workflow-only
   * requests: tags, releases and Git Data commits.
   */
  static forWorkflow(octokit, repo, identity) {
    let client = new _GitHubClient(octokit, repo, identity);
    return client.#token = "workflow", client;
  }
  /** Who reads GitHub through this client, and how to let it read another repository, for messages. */
  get reader() {
    return this.#identity ? { who: "the step's token", grant: "give the step a token that can read it" } : { who: "the App", grant: "install the App on that repository" };
  }
  /**
   * The App's id, read from its own credentials (no request), or looked up
   * once by the identity's slug. Learned once per client and kept in
   * `memo` when given (the App's state), since reading it from the
   * credentials signs a JWT each time.
   */
  async appId() {
    if (this.#memo?.appId !== void 0) return this.#memo.appId;
    this.#appId ??= this.#identity ? this.#appIdBySlug(this.#identity.appSlug) : this.#appIdFromCredentials();
    let id = await this.#appId;
    return this.#memo && (this.#memo.appId = id), id;
  }
  async #appIdFromCredentials() {
    let auth = await this.#octokit.auth({ type: "app" }), id = Number(auth.appId);
    if (!Number.isInteger(id)) throw new Error("the App's id is unknown: set APP_ID");
    return id;
  }
  /** The App's slug (its bot is `<slug>[bot]`): the identity's, or asked with the App's JWT. */
  async appSlug() {
    if (this.#identity) return this.#identity.appSlug;
    let route = "GET /app", { data } = await this.#call(
      route,
      "read the App's own name",
      () => this.#octokit.request(route)
    );
    return data?.slug ?? "";
  }
  async #appIdBySlug(slug) {
    let route = "GET /apps/{app_slug}", { data } = await this.#call(
      route,
      `look up the app ${slug}`,
      () => this.#octokit.request(route, { app_slug: slug })
    ), id = Number(data?.id);
    if (!Number.isInteger(id)) throw new Error(`GitHub returned no id for the app ${slug}`);
    return id;
  }
  /**
   * A file's raw text at `ref`. With `etag`, asks GitHub to answer 304 when
   * it is unchanged, which does not count against the rate limit.
   */
  getRawFile(path, ref, etag) {
    return this.#rawFile(this.repo, path, ref, etag);
  }
  /**
   * The files a repository's config is composed of, found as Probot's
   * `context.config` finds them (@probot/octokit-plugin-config's
   * `composeConfigGet`): the repository's own file at `ref`; when it has
   * none, the same path in the organisation's `.github` repository; then
   * each `_extends` in turn, on its repository's default branch, so a PR's
   * head is never read. The plugin's requests come through this client, so
   * they are counted and keep `getRawFile`'s answers: only a 404 for the
   * file itself means "no file", anything else throws. The plugin stops at
   * a file that is not there; the caller decides what that means (nothing
   * to inherit, or a broken `_extends`).
   *
   * The plugin parses what it is handed with its own YAML reader, which has
   * no size bound and no positions, so it is handed only the `_extends`
   * each file names (as the caller parsed it), and the caller composes the
   * files it reads itself. Throws `ConfigChainError` for a loop, a chain
   * past `maxExtends` or an `_extends` the plugin refuses.
   */
  async readConfigFiles(path, options) {
    let route = "GET /repos/{owner}/{repo}/contents/{path}", reads = [], seen = /* @__PURE__ */ new Set(), lastExtends, request = async (endpoint2) => {
      if (`${String(endpoint2.method)} ${String(endpoint2.url)}` !== route)
        throw new Error(
          `the config plugin asked for ${String(endpoint2.method)} ${String(endpoint2.url)}, which pilot-gate does not make; report it with the App's log`
        );
      let file = { owner: String(endpoint2.owner), repo: String(endpoint2.repo) }, filePath = String(endpoint2.path), name = configFileName(file.owner, file.repo, filePath), via = reads.length === 0 ? "repository" : reads.length === 1 && reads[0]?.answer.kind === "missing" ? "organisation" : "extends", key = `${file.owner.toLowerCase()}/${file.repo.toLowerCase()}:${filePath}`;
      if (seen.has(key)) throw new ConfigChainError("loop", [...reads], name);
      if (via === "extends" && reads.filter((read2) => read2.via === "extends").length >= options.maxExtends)
        throw new ConfigChainError("too-long", [...reads], name);
      seen.add(key);
      let ref = typeof endpoint2.ref == "string" ? endpoint2.ref : void 0, answer;
      try {
        answer = await this.#rawFile(file, filePath, ref, options.etags?.get(name));
      } catch (error) {
        throw new Fault(error);
      }
      let read = { ...file, path: filePath, name, via, answer };
      if (reads.push(read), answer.kind === "missing")
        throw Object.assign(new Error(`${name} not found`), { status: 404 });
      let extendsValue = options.extendsOf(read);
      return lastExtends = extendsValue, {
        data: extendsValue === void 0 ? "{}" : JSON.stringify({ _extends: extendsValue }),
        headers: { "content-type": "text/plain; charset=utf-8" }
      };
    }, endpoint = (params) => ({
      url: configFileName(String(params.owner), String(params.repo), String(params.path))
    });
    try {
      await composeConfigGet(
        { request: Object.assign(request, { endpoint }) },
        { ...this.repo, path, branch: options.ref }
      );
    } catch (error) {
      if (error instanceof Fault) throw error.error;
      let message = error instanceof Error ? error.message : "";
      if (message.startsWith(`${PLUGIN} Recursion detected`)) {
        let target = lastExtends === void 0 ? void 0 : await extendsTarget(this.repo, path, lastExtends);
        throw new ConfigChainError(
          "loop",
          reads,
          target && configFileName(target.owner, target.repo, target.path)
        );
      }
      throw message.startsWith(`${PLUGIN} Invalid value`) ? new ConfigChainError("invalid", reads) : error;
    }
    return reads;
  }
  async #rawFile(repo, path, ref, etag) {
    let route = "GET /repos/{owner}/{repo}/contents/{path}", own = repo.owner === this.repo.owner && repo.repo === this.repo.repo, where = ref !== void 0 ? `${own ? "" : `${repo.owner}/${repo.repo}:`}${path} at ${shortRef(ref)}` : `${repo.owner}/${repo.repo}:${path} on its default branch`;
    try {
      let response = await this.#octokit.request(route, {
        ...repo,
        path,
        ...ref !== void 0 ? { ref } : {},
        headers: {
          accept: "application/vnd.github.raw+json",
          ...etag ? { "if-none-match": etag } : {}
        }
      }), data = response.data, text = typeof data == "string" ? data : data instanceof ArrayBuffer ? new TextDecoder().decode(data) : void 0;
      if (text === void 0)
        throw new CannotEvaluateError(
          `${where} is not a file (GitHub answered with a directory listing or a submodule); make it a file, or remove it`
        );
      return { kind: "found", text, etag: response.headers.etag };
    } catch (error) {
      if (error instanceof CannotEvaluateError) throw error;
      let status = statusOf(error);
      if (status === 304) return { kind: "not-modified" };
      if (status === 404 && failedUrl(error).includes("/contents/")) return { kind: "missing" };
      throw new GitHubApiError(route, `read ${where}`, error);
    }
  }
  /**
   * The names in the folder at `path` on `ref` (a non-empty path; the root
   * is a tree, see `getTree`). Only the contents request's own 404 means
   * nothing is there; any other failure throws.
   */
  async listFolder(path, ref) {
    let route = "GET /repos/{owner}/{repo}/contents/{path}";
    try {
      let { data } = await this.#octokit.request(route, { ...this.repo, path, ref });
      return Array.isArray(data) ? { kind: "folder", entries: data.map((entry) => entry.name) } : { kind: "file" };
    } catch (error) {
      if (statusOf(error) === 404 && failedUrl(error).includes("/contents/"))
        return { kind: "missing" };
      throw new GitHubApiError(route, `list ${path} at ${shortRef(ref)}`, error);
    }
  }
  /**
   * The entries of a tree, or of a commit's tree (a commit sha is accepted
   * in its place). `recursive` lists every path under it in one request;
   * GitHub sets `truncated` past about 100,000 entries or 7 MB.
   */
  async getTree(treeSha, { recursive = !1 } = {}) {
    let route = "GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { data } = await this.#call(
      route,
      `list the files of ${shortRef(treeSha)}`,
      () => this.#octokit.request(route, {
        ...this.repo,
        tree_sha: treeSha,
        ...recursive ? { recursive: "1" } : {}
      })
    );
    return {
      truncated: data.truncated === !0,
      entries: data.tree.flatMap(
        (entry) => entry.path !== void 0 && entry.sha !== void 0 && entry.mode !== void 0 && (entry.type === "blob" || entry.type === "tree" || entry.type === "commit") ? [
          {
            path: entry.path,
            type: entry.type,
            mode: entry.mode,
            sha: entry.sha,
            size: entry.size
          }
        ] : []
      )
    };
  }
  /**
   * A blob's bytes. Asked as JSON (base64), not the raw media type, whose
   * answer Octokit may decode as text and so alter a binary file's bytes.
   */
  async getBlob(sha) {
    let route = "GET /repos/{owner}/{repo}/git/blobs/{file_sha}", response = await this.#call(
      route,
      `read the blob ${shortRef(sha)}`,
      () => this.#octokit.request(route, { ...this.repo, file_sha: sha })
    ), data = typeof response.data == "string" ? parseJsonOrUndefined(response.data) : response.data;
    if (typeof data?.content == "string") {
      if (data.encoding === "base64") return Buffer.from(data.content, "base64");
      if (data.encoding === "utf-8" || data.encoding === "utf8")
        return Buffer.from(data.content, "utf8");
    }
    throw new Error(
      `GitHub answered the blob ${shortRef(sha)} in the encoding "${String(data?.encoding)}", which pilot-gate does not read; report it with the App's log`
    );
  }
  async getPull(pullNumber) {
    let route = "GET /repos/{owner}/{repo}/pulls/{pull_number}", { data } = await this.#call(
      route,
      `read PR #${pullNumber}`,
      () => this.#octokit.request(route, { ...this.repo, pull_number: pullNumber })
    );
    return toPullInfo(data);
  }
  /**
   * The PR's changed files, and whether the list is only a part of them:
   * GitHub stops at `PULL_FILES_LIST_LIMIT` entries, so a list that long, or
   * shorter than the `expected` count the PR gives, is marked `partial`.
   */
  async listPullFiles(pullNumber, expected) {
    let route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/files", files = (await this.#call(
      route,
      "list the PR's changed files",
      () => this.#octokit.paginate(route, { ...this.repo, pull_number: pullNumber, per_page: 100 })
    )).map((file) => ({ path: file.filename, status: file.status }));
    return files.length >= PULL_FILES_LIST_LIMIT || expected !== void 0 && files.length < expected ? { files, partial: { listed: files.length, total: expected } } : { files, partial: void 0 };
  }
  async listReviews(pullNumber) {
    let route = "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews";
    return (await this.#call(
      route,
      "list the PR's reviews",
      () => this.#octokit.paginate(route, { ...this.repo, pull_number: pullNumber, per_page: 100 })
    )).flatMap(
      (review) => review.user ? [
        {
          login: review.user.login,
          state: reviewState(review.state),
          commitId: review.commit_id ?? void 0
        }
      ] : []
    );
  }
  async listTeamMembers(org, teamSlug) {
    let route = "GET /orgs/{org}/teams/{team_slug}/members";
    return (await this.#call(
      route,
      `list the members of team ${org}/${teamSlug}`,
      () => this.#octokit.paginate(route, { org, team_slug: teamSlug, per_page: 100 })
    )).map((member) => member.login);
  }
  /**
   * The merged PR whose merge into `branch` made commit `sha` (its
   * `merge_commit_sha`), or `undefined` when no PR did (a direct push).
   */
  async findMergedPull(sha, branch) {
    let merged = (await this.listPullsOfCommit(
      sha,
      `find the PR that made commit ${shortRef(sha)}`
    )).find(
      (pull) => pull.merged && pull.mergeCommitSha === sha && pull.base === branch
    );
    return merged ? { number: merged.number, title: merged.title, url: merged.url, headSha: merged.headSha } : void 0;
  }
  /** Open PRs whose head is `sha`; for re-runs GitHub sends without PRs (forks). */
  async listOpenPullsForCommit(sha) {
    return (await this.listPullsOfCommit(sha, `find the PRs of commit ${shortRef(sha)}`)).filter((pull) => pull.state === "open").map((pull) => pull.number);
  }
  /**
   * The PRs GitHub associates with commit `sha` (open or closed: those it is
   * in, and the one whose merge made it), with their labels.
   */
  async listPullsOfCommit(sha, action = `find the PRs of commit ${shortRef(sha)}`) {
    let route = "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls";
    return (await this.#call(
      route,
      action,
      () => this.#octokit.paginate(route, { ...this.repo, commit_sha: sha, per_page: 100 })
    )).map((pull) => ({
      number: pull.number,
      title: pull.title,
      url: pull.html_url,
      state: pull.state,
      merged: pull.merged_at !== null && pull.merged_at !== void 0,
      base: pull.base?.ref ?? "",
      headSha: pull.head?.sha ?? "",
      mergeCommitSha: pull.merge_commit_sha ?? void 0,
      labels: (pull.labels ?? []).map((label) => label.name)
    }));
  }
  /**
   * This App's check runs named `name` on `sha`, newest first. Filtered by
   * app id on GitHub's side and again here, so a workflow posting a check
   * with the same name is never taken for ours. All runs, not only the
   * latest: receipts written into an older run must survive a newer one.
   */
  async listCheckRuns(sha, name, appId) {
    let route = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { data } = await this.#call(
      route,
      `find the ${name} check on ${shortRef(sha)}`,
      () => this.#octokit.request(route, {
        ...this.repo,
        ref: sha,
        check_name: name,
        filter: "all",
        app_id: appId,
        per_page: 100
      })
    );
    return data.check_runs.filter((run) => run.app?.id === appId && run.name === name).map((run) => ({
      id: Number(run.id),
      summary: run.output.summary ?? "",
      annotationsCount: run.output.annotations_count,
      conclusion: run.conclusion,
      title: run.output.title ?? ""
    })).sort((a, b) => b.id - a.id);
  }
  /**
   * Every check run on `ref`, any app's and every run of a name (the
   * caller picks the newest), in one paginated list that stops after `max`
   * runs: a matrix of hundreds of jobs is a few pages, never an unbounded
   * walk. `total` is GitHub's count, to tell a list cut short.
   */
  async listHeadCheckRuns(ref, max) {
    let route = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs", total = 0, read = 0, runs = await this.#call(
      route,
      `list the check runs on ${shortRef(ref)}`,
      () => this.#octokit.paginate(
        route,
        { ...this.repo, ref, filter: "all", per_page: 100 },
        (response, done) => (total = response.data.total_count ?? total, read += response.data.length, read >= max && done(), response.data)
      )
    );
    return {
      runs: runs.slice(0, max).map((run) => ({
        id: Number(run.id),
        name: run.name,
        appId: run.app?.id,
        status: run.status,
        conclusion: run.conclusion,
        url: run.details_url ?? run.html_url ?? void 0,
        startedAt: run.started_at ?? null,
        summary: run.output?.summary ?? "",
        title: run.output?.title ?? "",
        annotationsCount: run.output?.annotations_count ?? 0
      })),
      total: Math.max(total, runs.length)
    };
  }
  /**
   * The newest status of each context on `ref`, from GitHub's list (newest
   * first), at most `max` statuses read; `cut` when more may follow. The
   * first page is asked conditionally: a CI event about a check run leaves
   * the statuses as they were, and GitHub's 304 costs no rate limit.
   */
  async listHeadStatuses(ref, max) {
    let route = "GET /repos/{owner}/{repo}/commits/{ref}/statuses", params = { ...this.repo, ref, per_page: 100 }, action = `list the commit statuses on ${shortRef(ref)}`, all = await this.#conditional(route, params, action), cut = !1;
    if (all.length === params.per_page) {
      let read = 0;
      all = await this.#call(
        route,
        action,
        () => this.#octokit.paginate(route, params, (response, done) => (read += response.data.length, read >= max && (cut = response.data.length === params.per_page, done()), response.data))
      );
    }
    let newest = /* @__PURE__ */ new Map();
    for (let status of all.slice(0, max))
      newest.has(status.context) || newest.set(status.context, {
        context: status.context,
        state: status.state,
        url: status.target_url ?? void 0,
        createdAt: status.created_at
      });
    return { statuses: [...newest.values()], cut };
  }
  /** The latest check run of each name on `ref`, any app's, every page. */
  async listLatestCheckRuns(ref) {
    let route = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs";
    return (await this.#call(
      route,
      `list the check runs on ${shortRef(ref)}`,
      () => this.#octokit.paginate(route, { ...this.repo, ref, filter: "latest", per_page: 100 })
    )).map(checkRunReadingOf);
  }
  /**
   * This App's latest check run named `name` on `ref` (a branch or a commit),
   * or `undefined`. Filtered by app id on GitHub's side and again here, as in
   * `listCheckRuns`.
   */
  async findLatestCheckRun(ref, name, appId) {
    let route = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { data } = await this.#call(
      route,
      `find the ${name} check on ${shortRef(ref)}`,
      () => this.#octokit.request(route, {
        ...this.repo,
        ref,
        check_name: name,
        app_id: appId,
        filter: "latest",
        per_page: 100
      })
    ), run = data.check_runs.find((found) => found.app?.id === appId && found.name === name);
    return run ? checkRunReadingOf(run) : void 0;
  }
  async createCheckRun(headSha, write) {
    let route = "POST /repos/{owner}/{repo}/check-runs", { data } = await this.#call(
      route,
      `post the ${write.name} check`,
      () => this.#octokit.request(route, {
        ...this.repo,
        head_sha: headSha,
        ...checkRunBody(write)
      })
    );
    return Number(data.id);
  }
  async updateCheckRun(checkRunId, write) {
    let route = "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}";
    await this.#call(
      route,
      `update the ${write.name} check`,
      () => this.#octokit.request(route, {
        ...this.repo,
        check_run_id: checkRunId,
        ...checkRunBody(write)
      })
    );
  }
  async addLabels(issueNumber, labels) {
    let route = "POST /repos/{owner}/{repo}/issues/{issue_number}/labels";
    await this.#call(
      route,
      `add the ${labels.join(", ")} label`,
      () => this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, labels })
    );
  }
  /** Removes a label; one that is already gone is not an error. */
  async removeLabel(issueNumber, label) {
    let route = "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}";
    try {
      await this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, name: label });
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw new GitHubApiError(route, `remove the ${label} label`, error);
    }
  }
  /** Who last applied `label` to the PR (case-insensitive), or `undefined` when no event says. */
  async lastLabeledBy(issueNumber, label) {
    let route = "GET /repos/{owner}/{repo}/issues/{issue_number}/events", events = await this.#call(
      route,
      "read who applied the label",
      () => this.#octokit.paginate(route, { ...this.repo, issue_number: issueNumber, per_page: 100 })
    ), wanted = label.toLowerCase(), last;
    for (let event of events)
      event.event !== "labeled" || event.label?.name?.toLowerCase() !== wanted || (last = {
        login: event.actor?.login ?? "",
        type: event.actor?.type ?? "",
        appId: event.performed_via_github_app?.id ?? void 0
      });
    return last;
  }
  /** The user's role on the repository: admin, maintain, write, triage, read or none. */
  async getPermission(username) {
    let route = "GET /repos/{owner}/{repo}/collaborators/{username}/permission";
    try {
      let { data } = await this.#octokit.request(route, { ...this.repo, username });
      return data.role_name || data.permission;
    } catch (error) {
      if (statusOf(error) === 404) return "none";
      throw new GitHubApiError(route, `read ${username}'s permission`, error);
    }
  }
  async createComment(issueNumber, body) {
    let route = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
    await this.#call(
      route,
      "reply on the PR",
      () => this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, body })
    );
  }
  async addReaction(commentId, content) {
    let route = "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions";
    await this.#call(
      route,
      "react to the comment",
      () => this.#octokit.request(route, { ...this.repo, comment_id: commentId, content })
    );
  }
  /**
   * What the token may do on the repository (`permissions` as GitHub
   * answers for the token's user: admin, maintain, push, triage, pull), for
   * `pilot-gate doctor`; a fine-grained token narrows it further.
   */
  async getRepositoryAccess() {
    let route = "GET /repos/{owner}/{repo}", { data } = await this.#call(
      route,
      "read the repository",
      () => this.#octokit.request(route, { ...this.repo })
    ), granted = Object.entries(data.permissions ?? {}).filter(([, yes]) => yes === !0);
    return { defaultBranch: data.default_branch, permissions: granted.map(([name]) => name) };
  }
  /** Every label of the repository, by name (`pilot-gate doctor`). */
  async listLabels() {
    let route = "GET /repos/{owner}/{repo}/labels";
    return (await this.#call(
      route,
      "list the repository's labels",
      () => this.#octokit.paginate(route, { ...this.repo, per_page: 100 })
    )).map((label) => label.name);
  }
  /**
   * The names of the Actions secrets a workflow of the repository can read:
   * its own and the organisation's shared with it (`pilot-gate doctor`).
   * Values are never readable, only names.
   */
  async listSecretNames() {
    let own = "GET /repos/{owner}/{repo}/actions/secrets", shared = "GET /repos/{owner}/{repo}/actions/organization-secrets";
    return this.#workflowOnly(own), this.#workflowOnly(shared), (await Promise.all([
      this.#call(
        own,
        "list the repository's Actions secrets",
        () => this.#octokit.paginate(own, { ...this.repo, per_page: 100 })
      ),
      this.#call(
        shared,
        "list the organisation secrets shared with the repository",
        () => this.#octokit.paginate(shared, { ...this.repo, per_page: 100 })
      )
    ])).flat().map((secret) => secret.name);
  }
  /**
   * The permissions the App's installation was granted (the pilot-gate/doctor
   * check), as the installation token carries them: no request when the
   * token is cached. Only the App's client has an installation token.
   */
  async installationPermissions() {
    let auth = await this.#octokit.auth({ type: "installation" });
    if (auth.permissions === void 0)
      throw new Error(
        "the token is not an App installation's, so it carries no granted permissions"
      );
    return auth.permissions;
  }
  /** The repository's default branch, for events that do not carry it (installation). */
  async getDefaultBranch() {
    let route = "GET /repos/{owner}/{repo}", { data } = await this.#call(
      route,
      "read the repository's default branch",
      () => this.#octokit.request(route, { ...this.repo })
    );
    return data.default_branch;
  }
  /** The head commit of `branch`, or `undefined` when the branch does not exist (an empty repository). */
  async getBranchHead(branch) {
    let route = "GET /repos/{owner}/{repo}/branches/{branch}";
    try {
      let { data } = await this.#octokit.request(route, { ...this.repo, branch });
      return data.commit.sha;
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw new GitHubApiError(route, `read the head of ${branch}`, error);
    }
  }
  /**
   * The protection of each desired branch (github/protection.ts): 2
   * requests a branch, more for rulesets. Never throws for GitHub's answers:
   * each becomes a branch status that says what to do.
   */
  readProtection(desired) {
    return readProtection(this.#octokit, this.repo, desired);
  }
  /** Makes a protection plan's writes, one request each; never throws for GitHub's answers. */
  writeProtection(plan) {
    return writeProtection(this.#octokit, this.repo, plan);
  }
  /** The commit `ref` (e.g. `heads/pilot-evidence`) points at, or `undefined` on GitHub's 404. */
  async getRef(ref) {
    let route = "GET /repos/{owner}/{repo}/git/ref/{ref}";
    this.#workflowOnly(route);
    try {
      let { data } = await this.#octokit.request(route, { ...this.repo, ref });
      return data.object.sha;
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw new GitHubApiError(route, `read ${ref}`, error);
    }
  }
  /** The tree of the commit `sha`. */
  async getCommitTree(sha) {
    let route = "GET /repos/{owner}/{repo}/git/commits/{commit_sha}";
    this.#workflowOnly(route);
    let { data } = await this.#call(
      route,
      `read the commit ${shortRef(sha)}`,
      () => this.#octokit.request(route, { ...this.repo, commit_sha: sha })
    );
    return data.tree.sha;
  }
  /** Uploads `bytes` as a blob (base64, so any bytes survive) and returns its id. */
  async createBlob(bytes) {
    let route = "POST /repos/{owner}/{repo}/git/blobs";
    this.#workflowOnly(route);
    let content = Buffer.from(bytes).toString("base64"), { data } = await this.#call(
      route,
      "upload a blob",
      () => this.#octokit.request(route, { ...this.repo, content, encoding: "base64" })
    );
    return data.sha;
  }
  /** A tree of blobs, on top of `baseTree` when given; returns its id. */
  async createTree(tree, baseTree) {
    let route = "POST /repos/{owner}/{repo}/git/trees";
    this.#workflowOnly(route);
    let { data } = await this.#call(
      route,
      "create a tree",
      () => this.#octokit.request(route, {
        ...this.repo,
        tree,
        ...baseTree === void 0 ? {} : { base_tree: baseTree }
      })
    );
    return data.sha;
  }
  /** A commit of `tree` with `parents` (none: a branch's first commit); returns its id. */
  async createCommit(message, tree, parents) {
    let route = "POST /repos/{owner}/{repo}/git/commits";
    this.#workflowOnly(route);
    let { data } = await this.#call(
      route,
      "create a commit",
      () => this.#octokit.request(route, { ...this.repo, message, tree, parents })
    );
    return data.sha;
  }
  /** Creates the full ref `ref` (e.g. `refs/tags/v1.2.0`) at `sha`; GitHub answers 422 when it exists. */
  async createRef(ref, sha) {
    let route = "POST /repos/{owner}/{repo}/git/refs";
    this.#workflowOnly(route), await this.#call(
      route,
      `create ${ref}`,
      () => this.#octokit.request(route, { ...this.repo, ref, sha })
    );
  }
  /**
   * Moves `ref` (e.g. `heads/pilot-evidence`) to `sha`: 422 when it is no
   * fast-forward, unless `force` (only `rollback run`'s deploy-ref mode,
   * which moves a deploy branch back to an older release on purpose).
   */
  async updateRef(ref, sha, { force = !1 } = {}) {
    let route = "PATCH /repos/{owner}/{repo}/git/refs/{ref}";
    this.#workflowOnly(route), await this.#call(
      route,
      `move ${ref}`,
      () => this.#octokit.request(route, { ...this.repo, ref, sha, force })
    );
  }
  /** Opens a PR from the branch `head` into `base`; returns its number and page. */
  async createPull(pull) {
    let route = "POST /repos/{owner}/{repo}/pulls";
    this.#workflowOnly(route);
    let { data } = await this.#call(
      route,
      `open a PR from ${pull.head} into ${pull.base}`,
      () => this.#octokit.request(route, { ...this.repo, ...pull })
    );
    return { number: data.number, url: data.html_url };
  }
  /** An annotated tag object `tag` on the commit `sha`; returns the tag object's id. */
  async createTag(tag, sha, message, tagger) {
    let route = "POST /repos/{owner}/{repo}/git/tags";
    this.#workflowOnly(route);
    let { data } = await this.#call(
      route,
      `create the tag object ${tag}`,
      () => this.#octokit.request(route, {
        ...this.repo,
        tag,
        message,
        object: sha,
        type: "commit",
        ...tagger ? { tagger } : {}
      })
    );
    return data.sha;
  }
  /** The GitHub release for the existing tag `tag`; returns its id and page. */
  async createRelease(release) {
    let route = "POST /repos/{owner}/{repo}/releases";
    this.#workflowOnly(route);
    let { data } = await this.#call(
      route,
      `create the release ${release.tag}`,
      () => this.#octokit.request(route, {
        ...this.repo,
        tag_name: release.tag,
        name: release.name,
        body: release.body,
        prerelease: release.prerelease
      })
    );
    return { id: data.id, url: data.html_url };
  }
  #workflowOnly(route) {
    if (this.#token !== "workflow" && isWorkflowOnly(route)) throw new WorkflowOnlyError(route);
  }
  /**
   * The oldest open issue (not PR) carrying `label`: how the App finds the
   * one issue it keeps per repository without remembering its number.
   */
  async findOpenIssue(label) {
    let issue = (await this.listOpenIssues(label)).find((item) => !item.isPull);
    return issue ? { number: issue.number, body: issue.body } : void 0;
  }
  /** Opens an issue; `assignees` (logins) are sent only when there are any. */
  async createIssue(title, body, labels, assignees = []) {
    let route = "POST /repos/{owner}/{repo}/issues", { data } = await this.#call(
      route,
      `open the issue "${title}"`,
      () => this.#octokit.request(route, {
        ...this.repo,
        title,
        body,
        labels,
        ...assignees.length > 0 ? { assignees } : {}
      })
    );
    return data.number;
  }
  /** One issue or PR, read fresh: a webhook payload may be older than a command's answer. */
  async getIssue(issueNumber) {
    let route = "GET /repos/{owner}/{repo}/issues/{issue_number}", { data } = await this.#call(
      route,
      `read #${issueNumber}`,
      () => this.#octokit.request(route, { ...this.repo, issue_number: issueNumber })
    );
    return {
      ...issueItemOf(data),
      assignees: loginsOf(data.assignees),
      association: data.author_association ?? "NONE"
    };
  }
  /**
   * Adds assignees and returns the item's assignees afterwards. GitHub
   * answers 201 and silently skips a login that cannot be assigned (not a
   * collaborator), so the caller compares the answer with what it asked.
   */
  async addAssignees(issueNumber, logins) {
    let route = "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", { data } = await this.#call(
      route,
      `assign ${logins.join(", ")} to #${issueNumber}`,
      () => this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, assignees: logins })
    );
    return loginsOf(data.assignees);
  }
  async removeAssignees(issueNumber, logins) {
    let route = "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees";
    await this.#call(
      route,
      `unassign ${logins.join(", ")} from #${issueNumber}`,
      () => this.#octokit.request(route, { ...this.repo, issue_number: issueNumber, assignees: logins })
    );
  }
  /**
   * Rewrites an issue's body (unless `body` is undefined), and closes it as
   * completed when `close` is set, or reopens it when `reopen` is.
   */
  async updateIssue(issueNumber, body, { close = !1, reopen = !1 } = {}) {
    let route = "PATCH /repos/{owner}/{repo}/issues/{issue_number}", verb = close ? "close" : reopen ? "reopen" : "update";
    await this.#call(
      route,
      `${verb} issue #${issueNumber}`,
      () => this.#octokit.request(route, {
        ...this.repo,
        issue_number: issueNumber,
        ...body !== void 0 ? { body } : {},
        ...close ? { state: "closed", state_reason: "completed" } : {},
        ...reopen && !close ? { state: "open" } : {}
      })
    );
  }
  /**
   * Open issues and PRs with `label` (one label: GitHub ANDs a list), oldest
   * first. The first page is asked conditionally (see `#conditionalList`),
   * so reading the incidents on every PR event stays cheap.
   */
  async listOpenIssues(label) {
    let route = "GET /repos/{owner}/{repo}/issues", params = {
      ...this.repo,
      labels: label,
      state: "open",
      sort: "created",
      direction: "asc",
      per_page: 100
    };
    return (await this.#conditionalList(
      route,
      params,
      `find the open issue labelled ${label}`
    )).map(issueItemOf);
  }
  /**
   * Every issue (open and closed, not PRs) with `label`, every page: how a
   * command that keeps one issue per item (a pilot client's review or
   * outreach) finds the ones it opened before, closed ones too, so a second
   * run never opens a duplicate of an issue someone closed.
   */
  async listAllIssues(label) {
    let route = "GET /repos/{owner}/{repo}/issues";
    return (await this.#call(
      route,
      `list the issues labelled ${label}`,
      () => this.#octokit.paginate(route, { ...this.repo, labels: label, state: "all", per_page: 100 })
    )).map(issueItemOf).filter((item) => !item.isPull);
  }
  /**
   * Every open issue and PR with `label` (one label: GitHub ANDs a list),
   * every page, asked unconditionally: a one-off read, as readiness makes.
   */
  async listAllOpenIssues(label) {
    let route = "GET /repos/{owner}/{repo}/issues";
    return (await this.#call(
      route,
      `list the open issues labelled ${label}`,
      () => this.#octokit.paginate(route, { ...this.repo, labels: label, state: "open", per_page: 100 })
    )).map(issueItemOf);
  }
  /**
   * Issues (open and closed) with `label` updated since `since` (ISO 8601),
   * newest first: GitHub filters by update time, so an issue created since
   * then is always among them.
   */
  async listIssuesSince(label, since) {
    let route = "GET /repos/{owner}/{repo}/issues";
    return (await this.#call(
      route,
      `list the issues labelled ${label}`,
      () => this.#octokit.paginate(route, {
        ...this.repo,
        labels: label,
        state: "all",
        since,
        sort: "created",
        direction: "desc",
        per_page: 100
      })
    )).map(issueItemOf);
  }
  /** An issue's timeline, oldest first: comments, assignments, label changes. */
  async listTimeline(issueNumber) {
    let route = "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline";
    return (await this.#call(
      route,
      `read the timeline of #${issueNumber}`,
      () => this.#octokit.paginate(route, { ...this.repo, issue_number: issueNumber, per_page: 100 })
    )).flatMap((raw) => {
      let at = raw.created_at ?? raw.updated_at;
      if (!raw.event || !at) return [];
      let who = raw.actor ?? raw.user;
      return [
        {
          event: raw.event,
          at,
          actor: who?.login ? { login: who.login, type: who.type ?? "User" } : void 0,
          ...raw.label?.name ? { label: raw.label.name } : {},
          ...sourceOf(raw)
        }
      ];
    });
  }
  /** The comments on an issue or PR, oldest first. */
  async listComments(issueNumber) {
    let route = "GET /repos/{owner}/{repo}/issues/{issue_number}/comments";
    return (await this.#call(
      route,
      `read the comments on #${issueNumber}`,
      () => this.#octokit.paginate(route, { ...this.repo, issue_number: issueNumber, per_page: 100 })
    )).map((comment) => ({
      id: comment.id,
      body: comment.body ?? "",
      author: { login: comment.user?.login ?? "", type: comment.user?.type ?? "User" },
      created_at: comment.created_at,
      association: comment.author_association,
      ...typeof comment.performed_via_github_app?.id == "number" ? { appId: comment.performed_via_github_app.id } : {}
    }));
  }
  async updateComment(commentId, body) {
    let route = "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}";
    await this.#call(
      route,
      "update the App's comment",
      () => this.#octokit.request(route, { ...this.repo, comment_id: commentId, body })
    );
  }
  /** Open PRs of the repository, oldest first (first page asked conditionally, as for issues). */
  async listOpenPulls() {
    let route = "GET /repos/{owner}/{repo}/pulls", params = {
      ...this.repo,
      state: "open",
      sort: "created",
      direction: "asc",
      per_page: 100
    };
    return (await this.#conditionalList(route, params, "list the open PRs")).map((pull) => ({ ...toPullInfo(pull), url: pull.html_url }));
  }
  /**
   * The PRs into any branch, most recently updated first, open and closed,
   * at most `maxPages` pages of 100: `truncated` when GitHub had more, so a
   * PR not found among them is unknown, not absent. The cycles read which
   * PRs carry their stories from it (one list for every cycle).
   */
  async listRecentPulls(maxPages) {
    let route = "GET /repos/{owner}/{repo}/pulls", pages = 0, truncated = !1;
    return {
      pulls: (await this.#call(
        route,
        "list the PRs",
        () => this.#octokit.paginate(
          route,
          { ...this.repo, state: "all", sort: "updated", direction: "desc", per_page: 100 },
          (response, done) => (pages++, pages >= maxPages && response.data.length === 100 && (truncated = /rel="next"/.test(String(response.headers.link ?? "")), done()), response.data)
        )
      )).map((pull) => ({
        ...toPullInfo(pull),
        url: pull.html_url,
        mergedAt: pull.merged_at ?? null
      })),
      truncated
    };
  }
  /**
   * The PRs, open or closed, whose head is the branch `branch` of this
   * repository (one request: a branch has a handful at most; 100 read).
   */
  async listPullsFromBranch(branch) {
    let route = "GET /repos/{owner}/{repo}/pulls", { data } = await this.#call(
      route,
      `list the PRs from ${branch}`,
      () => this.#octokit.request(route, {
        ...this.repo,
        head: `${this.repo.owner}:${branch}`,
        state: "all",
        per_page: 100
      })
    );
    return data.map((pull) => ({
      number: pull.number,
      url: pull.html_url,
      state: pull.state,
      base: pull.base.ref
    }));
  }
  /**
   * A list whose first page is asked conditionally; only a full first page
   * (100 items) pages on, without the cache.
   */
  async #conditionalList(route, params, action) {
    let first = await this.#conditional(route, params, action);
    return first.length < params.per_page ? first : await this.#call(
      route,
      action,
      () => this.#octokit.paginate(route, params)
    );
  }
  /** One GET whose answer is kept with its ETag, so asking again costs nothing while unchanged. */
  async #conditional(route, params, action) {
    let key = `${route} ${JSON.stringify(params)}`, cached = this.#cache?.get(key);
    try {
      let response = await this.#octokit.request(route, {
        ...params,
        ...cached ? { headers: { "if-none-match": cached.etag } } : {}
      }), etag = response.headers.etag, data = response.data;
      return etag && this.#cache && this.#cache.set(key, { etag, data }), data;
    } catch (error) {
      if (statusOf(error) === 304 && cached) return cached.data;
      throw new GitHubApiError(route, action, error);
    }
  }
  async #call(route, action, run) {
    try {
      return await run();
    } catch (error) {
      throw new GitHubApiError(route, action, error);
    }
  }
}, PLUGIN = "[@probot/octokit-plugin-config]";
async function extendsTarget(repo, path, value) {
  let resolved = { stop: !0 }, target, asked = 0, request = async (endpoint) => {
    if (asked++, asked === 1) return { data: JSON.stringify({ _extends: value }), headers: {} };
    throw target = {
      owner: String(endpoint.owner),
      repo: String(endpoint.repo),
      path: String(endpoint.path)
    }, resolved;
  };
  try {
    await composeConfigGet(
      {
        request: Object.assign(request, { endpoint: () => ({ url: path }) })
      },
      { ...repo, path }
    );
  } catch (error) {
    if (error === resolved) return target;
    if (error instanceof Error && error.message.startsWith(`${PLUGIN} Invalid value`))
      return;
    throw error;
  }
}
var Fault = class {
  error;
  constructor(error) {
    this.error = error;
  }
};
function issueItemOf(raw) {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? "",
    state: raw.state === "closed" ? "closed" : "open",
    labels: labelNames(raw.labels),
    created_at: raw.created_at,
    closed_at: raw.closed_at,
    html_url: raw.html_url,
    author: { login: raw.user?.login ?? "", type: raw.user?.type ?? "User" },
    isPull: raw.pull_request !== void 0 && raw.pull_request !== null,
    assignees: (raw.assignees ?? []).flatMap((user) => user?.login ? [user.login] : [])
  };
}
function sourceOf(raw) {
  let issue = raw.source?.issue;
  return raw.event !== "cross-referenced" || !issue?.number ? {} : {
    source: {
      number: issue.number,
      title: issue.title ?? "",
      url: issue.html_url ?? "",
      state: issue.state ?? "open",
      isPull: issue.pull_request !== void 0 && issue.pull_request !== null
    }
  };
}
function loginsOf(users) {
  return (users ?? []).flatMap((user) => user?.login ? [user.login] : []);
}
function checkRunBody(write) {
  return {
    name: write.name,
    status: "completed",
    conclusion: write.conclusion,
    completed_at: write.completedAt,
    output: {
      title: write.title,
      summary: write.summary,
      ...write.text !== void 0 ? { text: write.text } : {},
      ...write.annotations.length > 0 ? { annotations: write.annotations } : {}
    },
    ...write.actions.length > 0 ? { actions: write.actions } : {},
    ...write.detailsUrl !== void 0 ? { details_url: write.detailsUrl } : {}
  };
}
function reviewState(state) {
  switch (state.toUpperCase()) {
    case "APPROVED":
      return "approved";
    case "CHANGES_REQUESTED":
      return "changes_requested";
    case "DISMISSED":
      return "dismissed";
    case "PENDING":
      return "pending";
    default:
      return "commented";
  }
}
function failedUrl(error) {
  let url = error?.request?.url;
  return typeof url == "string" ? url : "";
}
function parseJsonOrUndefined(text) {
  try {
    return JSON.parse(text);
  } catch {
    return;
  }
}
function checkRunReadingOf(run) {
  return {
    name: run.name,
    appId: run.app?.id,
    status: run.status,
    conclusion: run.conclusion,
    url: run.html_url ?? void 0,
    headSha: run.head_sha ?? "",
    text: run.output?.text ?? void 0,
    completedAt: run.completed_at ?? null,
    startedAt: run.started_at ?? null
  };
}
function shortRef(ref) {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}
async function listInstallations(appOctokit) {
  let route = "GET /app/installations";
  try {
    return (await appOctokit.paginate(route, { per_page: 100 })).map((installation) => installation.id);
  } catch (error) {
    throw new GitHubApiError(route, "list the App's installations", error);
  }
}
async function listInstallationRepositories(octokit) {
  let route = "GET /installation/repositories";
  try {
    return (await octokit.paginate(route, { per_page: 100 })).map((repository) => ({
      owner: repository.owner.login,
      repo: repository.name,
      ownerIsOrg: repository.owner.type === "Organization",
      defaultBranch: repository.default_branch,
      archived: repository.archived
    }));
  } catch (error) {
    throw new GitHubApiError(route, "list the installation's repositories", error);
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
  CannotEvaluateError,
  readConfigLayer,
  composeConfig,
  extendsError,
  requiredPermissions,
  GitHubApiError,
  answerOf,
  isSecondaryRateLimit,
  rateLimitWaitMs,
  readFailure,
  toPullInfo,
  waveOfPull,
  ConfigChainError,
  GitHubClient,
  extendsTarget,
  issueItemOf,
  parseJsonOrUndefined,
  listInstallations,
  listInstallationRepositories,
  fetchWithTimeout,
  retryOnSecondaryRateLimit,
  retryOnRateLimit
};
