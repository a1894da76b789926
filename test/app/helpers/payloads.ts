import { createRequire } from "node:module";
import { defaultConfig } from "../../../core/config/schema.js";
import { evaluatePullRequest } from "../../../core/evaluate.js";
import { fingerprintOf, recordShown } from "../../../core/fingerprint.js";
import { CHECK_RUN_TEXT_BYTES } from "../../../core/github-limits.js";
import { labelNames } from "../../../core/labels.js";

import type { Receipt, Verdict } from "../../../core/types.js";
import { withReceipts } from "../../../engine/verdict/receipts.js";
import { VALID_BODY } from "../../helpers/pull-request.js";
import { INSTALLATION_ID } from "./github.js";

/**
 * Webhook payloads from `@octokit/webhooks-examples` (GitHub's own examples),
 * moved to one repository (Codertocat/Hello-World, default branch `master`)
 * and one installation, with the fields a case is about set explicitly.
 */

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON, shaped per case below.
type Json = any;

const require = createRequire(import.meta.url);
const definitions = require("@octokit/webhooks-examples") as {
  name: string;
  examples: Json[];
}[];

/** The example for `name.action`, one with an installation when there is one (`envelope` sets it anyway). */
function example(name: string, action?: string): Json {
  const examples = definitions.find((definition) => definition.name === name)?.examples ?? [];
  const found =
    examples.find((e) => e.action === action && e.installation) ??
    examples.find((e) => e.action === action);
  if (!found) throw new Error(`no ${name}.${action} example`);
  return structuredClone(found);
}

const BASE_EXAMPLE = example("pull_request", "opened");

export const HEAD_SHA = "a1".repeat(20);
export const NEXT_SHA = "b2".repeat(20);
export const BASE_SHA = "c3".repeat(20);
export const PR_NUMBER = 2;

/** The repository every payload is moved to; `org` makes its owner an organisation. */
export function repository(org = false): Json {
  const repo = structuredClone(BASE_EXAMPLE.repository);
  repo.owner.type = org ? "Organization" : "User";
  return repo;
}

export interface PullOptions {
  number?: number;
  branch?: string;
  base?: string;
  title?: string;
  body?: string | null;
  labels?: string[];
  draft?: boolean;
  sha?: string;
  state?: "open" | "closed";
  org?: boolean;
  /** The PR's `changed_files` count; the example's own (1) when not given. */
  changedFiles?: number;
  /** When the PR last changed; by default a second after the last PR object made. */
  updatedAt?: string;
}

/**
 * Each PR object made is one second newer than the one before, as each
 * event GitHub sends about a PR is: the App tells a late delivery by its
 * `updated_at`. Redelivering a payload keeps its time.
 */
let clock = Date.parse("2024-05-01T09:00:00Z");
function nextUpdatedAt(): string {
  clock += 1_000;
  return new Date(clock).toISOString().replace(".000Z", "Z");
}

/** A pull request object as webhooks and `GET /pulls/{n}` carry it. */
export function pullRequest(options: PullOptions = {}): Json {
  const pr = structuredClone(BASE_EXAMPLE.pull_request);
  pr.updated_at = options.updatedAt ?? nextUpdatedAt();
  pr.number = options.number ?? PR_NUMBER;
  pr.state = options.state ?? "open";
  pr.title = options.title ?? "S-PC-01: Login page";
  pr.body = options.body === undefined ? VALID_BODY : options.body;
  pr.draft = options.draft ?? false;
  if (options.changedFiles !== undefined) pr.changed_files = options.changedFiles;
  pr.head.ref = options.branch ?? "feature/S-PC-01-login-page";
  pr.head.sha = options.sha ?? HEAD_SHA;
  pr.base.ref = options.base ?? "develop";
  pr.base.sha = BASE_SHA;
  pr.base.repo = repository(options.org);
  pr.labels = (options.labels ?? []).map((name, i) => ({
    id: 9000 + i,
    node_id: `L${i}`,
    url: "",
    name,
    color: "ff0000",
    default: false,
    description: null,
  }));
  return pr;
}

/** The `label` of a `labeled` / `unlabeled` event. */
function eventLabel(name: string): Json {
  return { id: 1, node_id: "L", url: "", name, color: "ff0000", default: false, description: null };
}

function envelope(payload: Json, org = false): Json {
  payload.repository = repository(org);
  payload.installation = {
    id: INSTALLATION_ID,
    node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==",
  };
  return payload;
}

export function pullRequestEvent(
  action: string,
  options: PullOptions & {
    before?: string;
    label?: string;
    senderType?: "User" | "Bot";
  } = {},
): Json {
  const payload = structuredClone(BASE_EXAMPLE);
  payload.action = action;
  payload.pull_request = pullRequest(options);
  payload.number = payload.pull_request.number;
  if (action === "synchronize") {
    payload.before = options.before ?? HEAD_SHA;
    payload.after = payload.pull_request.head.sha;
  }
  if (options.label !== undefined) {
    payload.label = eventLabel(options.label);
  }
  if (options.senderType) payload.sender.type = options.senderType;
  return envelope(payload, options.org);
}

export function reviewEvent(action: "submitted" | "dismissed", options: PullOptions = {}): Json {
  const payload = example("pull_request_review", "submitted");
  payload.action = action;
  payload.pull_request = pullRequest(options);
  return envelope(payload, options.org);
}

export function issueCommentEvent(
  body: string,
  options: {
    number?: number;
    login?: string;
    userType?: "User" | "Bot";
    createdAt?: string;
    commentId?: number;
    onPullRequest?: boolean;
  } = {},
): Json {
  const payload = example("issue_comment", "created");
  payload.issue.number = options.number ?? PR_NUMBER;
  if (options.onPullRequest !== false) {
    payload.issue.pull_request = {
      url: "",
      html_url: "",
      diff_url: "",
      patch_url: "",
      merged_at: null,
    };
  }
  payload.comment.body = body;
  payload.comment.id = options.commentId ?? 492700400;
  payload.comment.created_at = options.createdAt ?? "2024-05-01T10:00:00Z";
  payload.comment.user.login = options.login ?? "maintainer-mia";
  payload.comment.user.type = options.userType ?? "User";
  payload.sender.login = payload.comment.user.login;
  return envelope(payload);
}

/**
 * An `issues` event carrying `issue` (an issue object as the REST API has
 * it). The examples have no `issues.closed`: it is the `opened` example with
 * the action and state changed, as GitHub sends it.
 */
export function issuesEvent(action: string, issue: Json, options: { label?: string } = {}): Json {
  const payload = example("issues", action === "closed" ? "opened" : action);
  payload.action = action;
  payload.issue = structuredClone(issue);
  if (action === "closed") {
    payload.issue.state = "closed";
    payload.issue.closed_at = "2024-05-01T11:59:00Z";
  }
  if (options.label !== undefined) {
    payload.label = eventLabel(options.label);
  } else {
    delete payload.label;
  }
  return envelope(payload);
}

export function checkRunEvent(
  action: "rerequested" | "requested_action" | "completed",
  options: {
    appId?: number;
    sha?: string;
    name?: string;
    pullNumbers?: number[];
    identifier?: string;
    headBranch?: string;
    conclusion?: string;
  } = {},
): Json {
  const payload = example("check_run", action);
  const run = payload.check_run;
  run.app.id = options.appId ?? 123;
  run.head_sha = options.sha ?? HEAD_SHA;
  run.name = options.name ?? "required-check";
  run.check_suite.head_branch = options.headBranch ?? "feature/S-PC-01-login-page";
  if (options.conclusion !== undefined) run.conclusion = options.conclusion;
  run.pull_requests = pullRefs(run.head_sha, options.pullNumbers);
  if (action === "requested_action")
    payload.requested_action = { identifier: options.identifier ?? "rerun" };
  return envelope(payload);
}

/** `check_suite.completed`: one app's suite of runs on `sha` finished. */
export function checkSuiteEvent(
  options: { appId?: number; sha?: string; pullNumbers?: number[]; headBranch?: string } = {},
): Json {
  const payload = example("check_suite", "completed");
  const suite = payload.check_suite;
  suite.app.id = options.appId ?? 15368;
  suite.head_sha = options.sha ?? HEAD_SHA;
  suite.head_branch = options.headBranch ?? "feature/S-PC-01-login-page";
  suite.pull_requests = pullRefs(suite.head_sha, options.pullNumbers);
  return envelope(payload);
}

/** `status`: a commit status on `sha`; like GitHub's, it names branches but no PR. */
export function statusEvent(
  options: { context?: string; state?: string; sha?: string; branches?: string[] } = {},
): Json {
  const payload = example("status");
  payload.sha = options.sha ?? HEAD_SHA;
  payload.context = options.context ?? "ci/jenkins";
  payload.state = options.state ?? "success";
  payload.branches = (options.branches ?? ["feature/S-PC-01-login-page"]).map((name) => ({
    name,
    commit: { sha: payload.sha, url: "" },
    protected: false,
  }));
  return envelope(payload);
}

/** The PR references check events carry: same-repository PRs whose head is `sha`. */
function pullRefs(sha: string, numbers: number[] = [PR_NUMBER]): Json[] {
  const repo = repository();
  return numbers.map((number) => ({
    url: "",
    id: number,
    number,
    head: {
      ref: "feature/S-PC-01-login-page",
      sha,
      repo: { id: repo.id, url: "", name: repo.name },
    },
    base: { ref: "develop", sha: BASE_SHA, repo: { id: repo.id, url: "", name: repo.name } },
  }));
}

export const GROUP_SHA = "d4".repeat(20);

export function mergeGroupEvent(options: { pullNumber?: number; headRef?: string } = {}): Json {
  const payload = example("merge_group", "checks_requested");
  payload.merge_group.head_sha = GROUP_SHA;
  payload.merge_group.head_ref =
    options.headRef ??
    `refs/heads/gh-readonly-queue/develop/pr-${options.pullNumber ?? PR_NUMBER}-${HEAD_SHA}`;
  payload.merge_group.base_ref = "refs/heads/develop";
  return envelope(payload);
}

export function pushEvent(
  options: { ref?: string; modified?: string[]; forced?: boolean } = {},
): Json {
  const payload = definitions
    .find((definition) => definition.name === "push")
    ?.examples.find((e) => e.installation && e.commits?.length > 0);
  const push = structuredClone(payload);
  push.ref = options.ref ?? "refs/heads/master";
  push.forced = options.forced ?? false;
  push.commits = [
    { ...push.commits[0], added: [], removed: [], modified: options.modified ?? ["README.md"] },
  ];
  return envelope(push);
}

/** `installation.created` for the one test repository, installed by `sender`. */
export function installationEvent(sender = "Codertocat"): Json {
  const payload = example("installation", "created");
  const repo = repository();
  payload.installation.id = INSTALLATION_ID;
  payload.installation.account = structuredClone(repo.owner);
  payload.repositories = [
    {
      id: repo.id,
      node_id: repo.node_id,
      name: repo.name,
      full_name: repo.full_name,
      private: false,
    },
  ];
  payload.sender.login = sender;
  return payload;
}

/** `installation_repositories.added` with the test repository added. */
export function installationRepositoriesEvent(): Json {
  const payload = example("installation_repositories", "added");
  const repo = repository();
  payload.installation.id = INSTALLATION_ID;
  payload.installation.account = structuredClone(repo.owner);
  payload.repositories_added = [
    {
      id: repo.id,
      node_id: repo.node_id,
      name: repo.name,
      full_name: repo.full_name,
      private: false,
    },
  ];
  return payload;
}

export const RULE_UPDATED_AT = "2024-05-01T11:58:00Z";

/** `branch_protection_rule.<action>` on the test repository, by `login` (a `Bot` for an app). */
export function branchProtectionRuleEvent(
  action: "created" | "edited" | "deleted",
  options: { login?: string; type?: "User" | "Bot"; branch?: string } = {},
): Json {
  const payload = example("branch_protection_rule", "created");
  payload.action = action;
  payload.rule.name = options.branch ?? "main";
  payload.rule.updated_at = RULE_UPDATED_AT;
  payload.sender.login = options.login ?? "maintainer-mia";
  payload.sender.type = options.type ?? "User";
  return envelope(payload);
}

/**
 * `repository_ruleset.<action>`: @octokit/webhooks-examples has no example
 * of this event, so it is built from the branch_protection_rule one (same
 * envelope: repository, sender, installation) with a `ruleset` shaped as
 * GitHub's webhook reference describes it.
 */
export function repositoryRulesetEvent(
  action: "created" | "edited" | "deleted",
  options: { login?: string; type?: "User" | "Bot" } = {},
): Json {
  const payload = branchProtectionRuleEvent(action, options);
  delete payload.rule;
  payload.ruleset = {
    id: 42,
    name: "hand-made",
    target: "branch",
    source_type: "Repository",
    source: `${payload.repository.full_name}`,
    enforcement: "active",
    conditions: { ref_name: { include: ["~DEFAULT_BRANCH"], exclude: [] } },
    rules: [{ type: "deletion" }],
    created_at: RULE_UPDATED_AT,
    updated_at: RULE_UPDATED_AT,
  };
  return payload;
}

/**
 * The verdict the App reaches on the PR `options` describe (changing
 * `files`), under the default config: to know which findings its check run
 * shows.
 */
export function verdictOn(options: PullOptions = {}, files: string[] = ["src/login.ts"]): Verdict {
  const pr = pullRequest(options);
  return evaluatePullRequest(
    {
      branch: pr.head.ref,
      base: pr.base.ref,
      title: pr.title,
      body: pr.body ?? "",
      labels: labelNames(pr.labels),
      headSha: pr.head.sha,
      draft: pr.draft,
      changedFiles: files,
    },
    defaultConfig(),
  );
}

/**
 * A check run summary as the App writes it for that PR, recording each of
 * its blocking findings as shown at `at` (by default before the comments
 * these tests make), and `receipts`: what an override comment written after
 * `at` may cover.
 */
export function shownSummary(
  options: PullOptions = {},
  { at = "2024-05-01T09:00:00Z", receipts = [] }: { at?: string; receipts?: Receipt[] } = {},
): string {
  const shown = recordShown(verdictOn(options), {}, at);
  return withReceipts("## earlier verdict", receipts, CHECK_RUN_TEXT_BYTES, shown);
}

/** Fingerprints of `ruleId`'s blocking findings on that PR. */
export function fingerprintsOn(ruleId: string, options: PullOptions = {}): string[] {
  return verdictOn(options)
    .findings.filter((f) => f.ruleId === ruleId && f.severity === "blocking")
    .map(fingerprintOf)
    .sort();
}

/**
 * GitHub's example `code_scanning_alert` or `dependabot_alert` payload for
 * `action`, moved to the test repository, with the alert's severity set
 * (GitHub's examples carry none critical) and opened at `createdAt`.
 */
export function securityAlertEvent(
  name: "code_scanning_alert" | "dependabot_alert",
  action: string,
  options: { severity: string; number?: number; createdAt?: string },
): Json {
  const payload = example(name, action);
  const { alert } = payload;
  if (options.number !== undefined) alert.number = options.number;
  alert.created_at = options.createdAt ?? "2024-05-01T11:00:00Z";
  if (name === "code_scanning_alert") {
    alert.rule.security_severity_level = options.severity;
    // On the default branch: an alert on another branch is that PR's business.
    payload.ref = `refs/heads/${repository().default_branch}`;
  } else {
    alert.security_advisory.severity = options.severity;
  }
  return envelope(payload);
}
