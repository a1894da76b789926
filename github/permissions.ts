/**
 * The App's least-privilege ledger: every GitHub request the seam in
 * `github/` can make and every webhook event it subscribes to, each with
 * the permission it relies on. `app.yml` must grant exactly the union of
 * the App's entries (a test checks it), so adding a request without its
 * permission, or keeping a permission nothing uses, fails the suite.
 * Requests only a workflow's token makes (releases, evidence and record
 * commits: they need `contents: write`, which the App is never granted; and
 * the secrets `pilot-gate doctor` reads with a person's token) are listed too,
 * marked `token: "workflow"`, left out of that union, and refused by the
 * App's client.
 *
 * Sources: GitHub's "Permissions required for GitHub Apps" and the
 * per-endpoint "Fine-grained access tokens" notes in the REST reference, and
 * the "To subscribe to this event" notes in "Webhook events and payloads".
 */

export type Access = "read" | "write";

/** Permission names as `app.yml` and the installation token spell them. */
export type PermissionName =
  | "administration"
  | "checks"
  | "contents"
  | "issues"
  | "members"
  | "merge_queues"
  | "metadata"
  | "pull_requests"
  | "security_events"
  | "vulnerability_alerts"
  | "statuses"
  | "secrets";

export type Permissions = Partial<Record<PermissionName, Access>>;

export interface RequestPermission {
  /** What the App uses the request for. */
  why: string;
  /**
   * The permission the App relies on; `undefined` for requests that need
   * no installation permission (signed with the App's JWT, or public).
   */
  uses: Permissions | undefined;
  /** Other grants GitHub also accepts for this request, for the reader. */
  alsoAccepted?: Permissions;
  /**
   * Whose token makes the request: the App's installation token (the
   * default), or only a workflow's (`GITHUB_TOKEN` in the release and
   * evidence steps), whose permissions the workflow grants, not `app.yml`.
   */
  token?: "app" | "workflow";
}

/** Every request `GitHubClient` makes, keyed by Octokit route. */
export const REQUEST_PERMISSIONS = {
  "GET /app": {
    why: "the App's slug, to recognise labels it applied (once per process, only when needed)",
    uses: undefined,
  },
  "GET /app/installations": {
    why: "the scheduled protection reconcile: the installations to go through (signed with the App's JWT)",
    uses: undefined,
  },
  "GET /installation/repositories": {
    why: "the scheduled protection reconcile: the repositories of an installation, with their default branch",
    uses: { metadata: "read" },
  },
  "GET /apps/{app_slug}": {
    why: "the Action only: the id of the app its token belongs to (github-actions, or an App), to recognise its own check runs and labels",
    uses: undefined,
  },
  "GET /repos/{owner}/{repo}/contents/{path}": {
    why: "read .github/pilot-gate.yml from the default branch (or the organisation's .github repository when there is none) and each file its `_extends` names, the PR's version to validate it, and the public keys readiness.evidence_keys names; pilot record --commit: the run folder's records.jsonl on the evidence branch",
    uses: { contents: "read" },
  },
  "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": {
    why: "list the files of a push to the evidence branch, to find its readiness reports and the evidence pack each belongs to; cycles: the evidence branch's packs and named reports",
    uses: { contents: "read" },
  },
  "GET /repos/{owner}/{repo}/git/blobs/{file_sha}": {
    why: "read a readiness report and every file of its evidence pack, to verify the pack before posting pilot-gate/readiness; cycles: a named report (report_passed)",
    uses: { contents: "read" },
  },
  "GET /repos/{owner}/{repo}/pulls/{pull_number}": {
    why: "the PR behind an override comment, a merge group or a re-run request",
    uses: { pull_requests: "read" },
  },
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files": {
    why: "changed paths, for the governance-files rule and to spot a PR that edits the config",
    uses: { pull_requests: "read" },
  },
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews": {
    why: "approvals, only when a governance file changed; readiness: the approvals on the commit's sign-off PR",
    uses: { pull_requests: "read" },
  },
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls": {
    why: "the PRs of a re-run check when GitHub sends none (fork PRs), the PR a commit on a protected branch was merged from, and readiness: the commit's sign-off PR (by its label)",
    uses: { pull_requests: "read" },
    alsoAccepted: { contents: "read" },
  },
  "GET /orgs/{org}/teams/{team_slug}/members": {
    why: "expand role teams into logins, only when a rule needs the role; readiness: the holders of the sign-off roles",
    uses: { members: "read" },
  },
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs": {
    why: "find this App's check run (and its receipts) on a commit; check.require: the CI check runs on a PR's head; rollback run: the check runs on the rolled-back release's commit, for its incident pack",
    uses: { checks: "read" },
  },
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses": {
    why: "check.require: the commit statuses on a PR's head, only when an item could be a status context",
    uses: { statuses: "read" },
  },
  "POST /repos/{owner}/{repo}/check-runs": {
    why: "post the verdict, always as a completed check",
    uses: { checks: "write" },
  },
  "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}": {
    why: "update the verdict on the same commit",
    uses: { checks: "write" },
  },
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels": {
    why: "add the NO_MERGE label to a PR; incidents.enabled: needs-info and escalation:<level> on issues",
    uses: { pull_requests: "write", issues: "write" },
  },
  "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}": {
    why: "remove a NO_MERGE label the App applied; incidents.enabled: needs-info once a blocked item states every field",
    uses: { pull_requests: "write", issues: "write" },
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events": {
    why: "who applied the NO_MERGE label, only when it is on the PR, or the needs-info label, only when it is on an item no longer blocked",
    uses: { pull_requests: "read" },
    alsoAccepted: { issues: "read" },
  },
  "GET /repos/{owner}/{repo}/collaborators/{username}/permission": {
    why: "the repository role of someone asking for an override or a freeze, commenting on an incident (acknowledgement), or approving a governance change while no approver role has a holder (no config yet)",
    uses: { metadata: "read" },
  },
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": {
    why: "explain a refused or malformed override; incidents.enabled: answer freeze commands, escalate incidents, list a blocked item's missing fields; pilot record --from-issue: the receipt, or why nothing was recorded",
    uses: { pull_requests: "write", issues: "write" },
  },
  "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions": {
    why: "acknowledge an accepted override",
    uses: { pull_requests: "write" },
    alsoAccepted: { issues: "write" },
  },
  "GET /repos/{owner}/{repo}": {
    why: "the default branch of a repository the App was just installed on (installation events do not carry it); pilot-gate doctor: what the token may do",
    uses: { metadata: "read" },
  },
  "GET /repos/{owner}/{repo}/branches/{branch}": {
    why: "the default branch's head commit, where the pilot-gate/protection check goes, and pilot-gate/readiness when a report names no commit",
    uses: { contents: "read" },
  },
  "GET /repos/{owner}/{repo}/branches/{branch}/protection": {
    why: "read a branch's classic protection, to compare it with protection: in the config",
    uses: { administration: "read" },
  },
  "PUT /repos/{owner}/{repo}/branches/{branch}/protection": {
    why: "apply protection: to a branch that lacks it or drifted from it (one write per branch)",
    uses: { administration: "write" },
  },
  "GET /repos/{owner}/{repo}/rules/branches/{branch}": {
    why: "the ruleset rules that protect a branch, whatever their source",
    uses: { metadata: "read" },
  },
  "GET /repos/{owner}/{repo}/rulesets": {
    why: "rulesets mode: find the ruleset named pilot-gate",
    uses: { metadata: "read" },
  },
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}": {
    why: "whether anyone may bypass a ruleset that protects a branch",
    uses: { metadata: "read" },
  },
  "POST /repos/{owner}/{repo}/rulesets": {
    why: "rulesets mode: create the pilot-gate ruleset",
    uses: { administration: "write" },
  },
  "PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}": {
    why: "rulesets mode: rewrite the pilot-gate ruleset after drift",
    uses: { administration: "write" },
  },
  "GET /repos/{owner}/{repo}/issues": {
    why: "find the open protection drift issue; incidents.enabled: open critical incidents and freeze issues, by label; cycles: open critical incidents (no_open_critical); the CLI's pilot review and outreach: the issues they opened before",
    uses: { issues: "read" },
  },
  "POST /repos/{owner}/{repo}/issues": {
    why: "drift: report: open the protection drift issue; incidents.enabled: open a freeze issue (/pilot-gate freeze, a tripped trigger); the CLI's pilot review and outreach: one issue per client",
    uses: { issues: "write" },
  },
  "PATCH /repos/{owner}/{repo}/issues/{issue_number}": {
    why: "drift: report: update the drift issue, and close it once protection is back; /pilot-gate unfreeze: close a freeze issue with the lift's receipt; /pilot-gate close: close an incident or blocked item with its receipt; the CLI's pilot review and outreach: bring a client's issue up to date; pilot record --from-issue: close the recorded issue",
    uses: { issues: "write" },
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}": {
    why: "incidents.enabled: an operator command's incident or blocked item, read fresh (labels, assignees, body); rollback run: the freeze issue's page, for the incident pack; pilot record --from-issue: whether an already recorded issue is closed",
    uses: { issues: "read" },
    alsoAccepted: { pull_requests: "read" },
  },
  "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees": {
    why: "incidents.enabled: /pilot-gate assign and reassign on an incident or blocked item",
    uses: { issues: "write" },
    alsoAccepted: { pull_requests: "write" },
  },
  "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees": {
    why: "incidents.enabled: /pilot-gate reassign takes the earlier assignees off",
    uses: { issues: "write" },
    alsoAccepted: { pull_requests: "write" },
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline": {
    why: "incidents.enabled: when an incident was acknowledged (a maintainer's comment or assignment), contained and recovered, and the PRs that reference it (/pilot-gate inspect)",
    uses: { issues: "read" },
  },
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": {
    why: "incidents.enabled: find the App's own comment on a blocked item or incident, to update it rather than post another",
    uses: { issues: "read" },
    alsoAccepted: { pull_requests: "read" },
  },
  "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": {
    why: "incidents.enabled: update the App's own comment listing a blocked item's missing fields",
    uses: { issues: "write" },
    alsoAccepted: { pull_requests: "write" },
  },
  "GET /repos/{owner}/{repo}/pulls": {
    why: "incidents.enabled: the open PRs of a wave, for the WIP limit, and those to judge again when a freeze starts or lifts; cycles: the recently updated PRs, to find which carry each cycle's stories; rollback run: the revert PR opened before, by its branch",
    uses: { pull_requests: "read" },
  },
  "GET /repos/{owner}/{repo}/labels": {
    why: "pilot-gate doctor (the CLI and the pilot-gate/doctor check): whether the labels the config relies on exist",
    uses: { issues: "read" },
    alsoAccepted: { pull_requests: "read" },
  },
  "GET /repos/{owner}/{repo}/actions/secrets": {
    why: "pilot-gate doctor: whether the secrets the workflows read exist (names only)",
    uses: { secrets: "read" },
    token: "workflow",
  },
  "GET /repos/{owner}/{repo}/actions/organization-secrets": {
    why: "pilot-gate doctor: the organisation secrets shared with the repository (names only)",
    uses: { secrets: "read" },
    token: "workflow",
  },
  "GET /repos/{owner}/{repo}/git/ref/{ref}": {
    why: "the evidence step and pilot record --commit: the evidence branch's head, to chain a pack to the last one (or read the records file) and commit on top of it; rollback run: the evidence branch, the default branch, the revert branch and the deploy branch",
    uses: { contents: "read" },
    token: "workflow",
  },
  "GET /repos/{owner}/{repo}/git/commits/{commit_sha}": {
    why: "the evidence step and pilot record --commit: the tree of the evidence branch's head, to add a pack or the appended records file to it; rollback run: the tree of the release rolled back to, and of an existing revert branch",
    uses: { contents: "read" },
    token: "workflow",
  },
  "POST /repos/{owner}/{repo}/git/blobs": {
    why: "the evidence step: upload each file of a pack; pilot record --commit: the records file with the record appended",
    uses: { contents: "write" },
    token: "workflow",
  },
  "POST /repos/{owner}/{repo}/git/trees": {
    why: "the evidence step: the tree with the pack added (pilot record --commit: with the records file)",
    uses: { contents: "write" },
    token: "workflow",
  },
  "POST /repos/{owner}/{repo}/git/commits": {
    why: "the evidence step: the commit that adds a pack (pilot record --commit: that appends a record); rollback run: the revert commit (the target release's tree on the default branch's head)",
    uses: { contents: "write" },
    token: "workflow",
  },
  "POST /repos/{owner}/{repo}/git/refs": {
    why: "the evidence step and pilot record --commit: create the evidence branch; release publish: the release tag's ref; rollback run: the revert branch",
    uses: { contents: "write" },
    token: "workflow",
  },
  "PATCH /repos/{owner}/{repo}/git/refs/{ref}": {
    why: "the evidence step and pilot record --commit: move the evidence branch to the new commit (never forced); rollback run in deploy-ref mode: move the deploy branch back to the target release (forced, on purpose)",
    uses: { contents: "write" },
    token: "workflow",
  },
  "POST /repos/{owner}/{repo}/git/tags": {
    why: "release publish: the annotated tag object on the decided commit",
    uses: { contents: "write" },
    token: "workflow",
  },
  "POST /repos/{owner}/{repo}/pulls": {
    why: "rollback run: the revert PR to the default branch",
    uses: { pull_requests: "write" },
    token: "workflow",
  },
  "POST /repos/{owner}/{repo}/releases": {
    why: "release publish: the GitHub release for the new tag",
    uses: { contents: "write" },
    token: "workflow",
  },
} as const satisfies Record<string, RequestPermission>;

/** A route the seam may call; `GitHubClient` only accepts these. */
export type GitHubRoute = keyof typeof REQUEST_PERMISSIONS;

/** What subscribing to each handled webhook event needs. */
export const EVENT_PERMISSIONS = {
  pull_request: { why: "evaluate PRs as they change", uses: { pull_requests: "read" } },
  pull_request_review: {
    why: "re-evaluate when an approval arrives or is dismissed",
    uses: { pull_requests: "read" },
  },
  issues: {
    why: "incidents.enabled: judge PRs into frozen branches again when a critical incident or freeze issue opens, closes or changes",
    uses: { issues: "read" },
  },
  check_run: {
    // rerequested and requested_action reach only apps with checks: write.
    why: "re-run on request from the Checks tab; check.require: judge again when a required CI check completes",
    uses: { checks: "write" },
  },
  check_suite: {
    why: "check.require: judge again when a CI suite completes whose runs were not all seen finishing",
    uses: { checks: "read" },
  },
  status: {
    why: "check.require: judge again when a required commit status changes",
    uses: { statuses: "read" },
  },
  merge_group: { why: "judge merge queue commits", uses: { merge_queues: "read" } },
  issue_comment: {
    why: "/pilot-gate override commands on PRs; /pilot-gate freeze and unfreeze on issues and PRs; operator commands (inspect, escalate, assign, ...) on incidents and blocked items",
    uses: { pull_requests: "read", issues: "read" },
  },
  push: {
    why: "drop the cached config when the default branch changes it, and apply protection: when it does; post pilot-gate/readiness from reports pushed to the evidence branch",
    uses: { contents: "read" },
  },
  code_scanning_alert: {
    why: "incidents.triggers.security: a critical code-scanning alert freezes merges",
    uses: { security_events: "read" },
  },
  dependabot_alert: {
    why: "incidents.triggers.security: a critical Dependabot alert freezes merges",
    uses: { vulnerability_alerts: "read" },
  },
  installation: {
    why: "apply protection: to the repositories of a new installation (delivered to every App)",
    uses: undefined,
  },
  installation_repositories: {
    why: "apply protection: to repositories added to the installation (delivered to every App)",
    uses: undefined,
  },
  branch_protection_rule: {
    why: "someone changed classic protection: re-apply or report it (drift:)",
    uses: { administration: "read" },
  },
  repository_ruleset: {
    why: "someone changed a ruleset: re-apply or report it (drift:)",
    uses: { administration: "read" },
  },
} as const satisfies Record<string, RequestPermission>;

/** Whether only a workflow's token makes `route` (see `RequestPermission.token`). */
export function isWorkflowOnly(route: GitHubRoute): boolean {
  return (REQUEST_PERMISSIONS[route] as RequestPermission).token === "workflow";
}

/**
 * The permissions `app.yml` must grant: the union of the App's requests and
 * events (workflow-only requests left out), write winning over read.
 */
export function requiredPermissions(): Permissions {
  const needed: Permissions = {};
  const all: readonly RequestPermission[] = [
    ...(Object.values(REQUEST_PERMISSIONS) as RequestPermission[]).filter(
      (entry) => entry.token !== "workflow",
    ),
    ...Object.values(EVENT_PERMISSIONS),
  ];
  for (const entry of all) {
    for (const [name, access] of Object.entries(entry.uses ?? {}) as [PermissionName, Access][]) {
      if (needed[name] !== "write") needed[name] = access;
    }
  }
  return needed;
}
