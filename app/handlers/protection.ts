import type { Context } from "probot";
import {
  applyOutcomes,
  desiredProtection,
  type ProtectionReport,
  planProtection,
} from "../../core/protection/index.js";
import { SITE_PAGES, sitePageUrl } from "../../core/site/config.js";
import {
  type CheckRunBody,
  describeWrite,
  type Write,
  type WriteAction,
} from "../../core/write-plan.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import type { EventDeps, EventScope } from "../../engine/event.js";
import { executePlan, NoCommitError } from "../../engine/execute.js";
import { isDryRun } from "../../engine/options.js";
import {
  DRIFT_ISSUE_LABEL,
  DRIFT_ISSUE_TITLE,
  driftedBranches,
  driftIssueBody,
  hasUnknownBranches,
  PROTECTION_CHECK_NAME,
  protectionCheckRun,
  protectionErrorCheckRun,
  resolvedIssueBody,
  type SyncRecord,
  type SyncTrigger,
} from "../../engine/protection/output.js";
import type { AppState } from "../../engine/state.js";
import { failureReason } from "../../engine/verdict/evaluation-error.js";
import { GitHubClient } from "../../github/client.js";
import { runGuarded } from "./guard.js";

export type { SyncTrigger } from "../../engine/protection/output.js";

/** What a sync did, for tests and the log. */
export interface SyncOutcome {
  report?: ProtectionReport;
  /** Writes made (0 in dry run and under drift: report after a hand edit). */
  writes: number;
  issue?: "opened" | "updated" | "closed" | undefined;
  /** Set when nothing was checked, with the reason. */
  skipped?: string;
}

/** Where the sync posts its check: the default branch's head, when the caller knows it. */
export interface SyncOptions {
  headSha?: string | undefined;
}

/**
 * One protection sync of one repository: read the config from the default
 * branch, read each branch's protection (2 requests a branch), plan, then
 * write what differs (one write per branch at most) unless the trigger is a
 * hand edit and the config says `drift: report`. Installing the App and
 * changing the config apply the config whatever the policy: both are
 * someone asking for it. Posts the `pilot-gate/protection` check on the
 * default branch's head, whose summary carries the receipt of any write
 * (who changed what, when), and under `drift: report` (or after a config
 * change, when the policy may just have switched) opens, updates or closes
 * the one drift issue. A dry run logs each planned write and makes none; it
 * reads the same, except the default branch's head (the check names the
 * branch instead).
 *
 * Requests for a repository with no protection, classic mode, 2 branches:
 * config 1, reads 4, writes 2, branch head 1 (0 when the event carries
 * it), check run 1, and 1 for the drift issue lookup when it applies.
 */
export async function syncProtection(
  deps: EventDeps,
  scope: EventScope,
  trigger: SyncTrigger,
  options: SyncOptions = {},
): Promise<SyncOutcome> {
  const { gh, state, log, repo } = deps;
  scope.checkName = PROTECTION_CHECK_NAME;
  // Known before the first request when the event carries it, so a failure is reported there.
  scope.checkSha = options.headSha;
  if (repo.defaultBranch === "") repo.defaultBranch = await gh.getDefaultBranch();
  const loaded = await loadRepoConfig(deps);
  const dryRun = scope.dryRun ?? isDryRun(state.options, loaded.ok ? loaded.config : undefined);
  scope.dryRun = dryRun;

  if (!loaded.ok) {
    const reason = `the config on ${repo.defaultBranch} is invalid (${loaded.error.message.split("\n")[0]}); fix it and push`;
    await postCheck(deps, protectionErrorCheckRun(reason, state.options.now()), {
      sha: options.headSha,
      dryRun,
    });
    log.warn({ dryRun }, `protection not checked: ${reason}`);
    return { writes: 0, skipped: reason };
  }
  const { config } = loaded;
  const policy = config.protection.drift;
  const desired = desiredProtection(config.protection, config.check.name, await gh.appId());
  const plan = planProtection(desired, await gh.readProtection(desired));
  const apply =
    trigger.reason === "installed" || trigger.reason === "config" || policy === "enforce";
  const manageIssue = policy === "report" || trigger.reason === "config";

  // Three plans in turn, not one: the drift issue and the check report what
  // GitHub answered to the protection writes (a refusal is an answer), and
  // the check links the issue the plan before it may have opened. A dry run
  // makes none, so each later plan reports the protection as read.
  // One plan would need writes whose bodies the executor derives from
  // earlier answers, and more than a body: which drift issue to write (open,
  // update or close) depends on a lookup made after the protection writes
  // (planDriftIssue), and the check's summary is core's rendering of the
  // answers (applyOutcomes, protectionCheckRun). The executor would then run
  // reads and core code between writes, and a plan would stop being data a
  // dry run can log whole; three plans keep each one complete when made.
  const before = driftedBranches(plan);
  const protectionWrites: Write[] =
    apply && plan.writes.length > 0
      ? [
          {
            kind: "protection",
            writes: plan.writes,
            failure: "fails-event",
            what: `apply protection to ${plan.writes.length} branch(es) or ruleset(s)`,
          },
        ]
      : [];
  const [applied] = await executePlan(deps, protectionWrites, { dryRun });
  const report = applied?.outcomes ? applyOutcomes(plan, desired, applied.outcomes) : plan;
  const written = report.writes.filter((w) => w.outcome === "written");
  const rewritten = before.filter((b) =>
    written.some((w) => w.branches.includes(b.branch) && w.outcome === "written"),
  );
  const record: SyncRecord = {
    policy,
    trigger,
    rewritten,
    reported: !apply && before.length > 0,
  };

  let issue: SyncOutcome["issue"];
  if (manageIssue) {
    const planned = await planDriftIssue(deps, report, trigger);
    const [made] = await executePlan(deps, planned.write ? [planned.write] : [], { dryRun });
    issue = made?.made ? planned.change : undefined;
    record.issue = made?.id ?? planned.number;
  }
  const detailsUrl = sitePageUrl(config.site, SITE_PAGES.protection);
  await postCheck(deps, protectionCheckRun(report, record, state.options.now(), detailsUrl), {
    sha: options.headSha,
    dryRun,
  });
  log.info(
    {
      status: report.status,
      writes: written.length,
      issue,
      receipt: rewritten.length > 0 ? { sender: trigger.sender, at: trigger.at } : undefined,
    },
    `protection ${report.status} after ${trigger.event}`,
  );
  return { report, writes: report.writes.filter((w) => w.outcome !== "planned").length, issue };
}

/**
 * Posts the protection check on `sha`, or on the default branch's head (read
 * only when the write is made, so a dry run does not read it); when the
 * branch has no commit yet, logs that the check has nowhere to go.
 */
async function postCheck(
  deps: EventDeps,
  body: CheckRunBody,
  { sha, dryRun }: { sha: string | undefined; dryRun: boolean },
): Promise<void> {
  const action: WriteAction =
    sha === undefined
      ? { kind: "branch-check-run", branch: deps.repo.defaultBranch, body }
      : { kind: "check-run", sha, body };
  try {
    await executePlan(deps, [{ ...action, failure: "fails-event", what: describeWrite(action) }], {
      dryRun,
    });
  } catch (error) {
    if (!(error instanceof NoCommitError)) throw error;
    deps.log.warn(error.reason);
  }
}

/**
 * Plans the drift issue: opened when a branch differs, rewritten when what
 * it lists changed, closed once nothing differs. When a branch could not be
 * read, an open issue stays open: whether it is fixed is unknown.
 */
async function planDriftIssue(
  deps: EventDeps,
  report: ProtectionReport,
  trigger: SyncTrigger,
): Promise<{ write?: Write; change: SyncOutcome["issue"]; number: number | undefined }> {
  const open = await deps.gh.findOpenIssue(DRIFT_ISSUE_LABEL);
  const drifted = driftedBranches(report).length > 0;
  if (drifted) {
    const body = driftIssueBody(report, trigger);
    if (!open) {
      return {
        write: {
          kind: "create-issue",
          title: DRIFT_ISSUE_TITLE,
          body,
          labels: [DRIFT_ISSUE_LABEL],
          failure: "fails-event",
          what: "open the protection drift issue",
        },
        change: "opened",
        number: undefined,
      };
    }
    if (open.body.trim() === body.trim()) return { change: undefined, number: open.number };
    return {
      write: {
        kind: "update-issue",
        issue: open.number,
        body,
        failure: "fails-event",
        what: `update the protection drift issue #${open.number}`,
      },
      change: "updated",
      number: open.number,
    };
  }
  if (open && !hasUnknownBranches(report)) {
    return {
      write: {
        kind: "update-issue",
        issue: open.number,
        body: resolvedIssueBody(open.body, trigger),
        close: true,
        failure: "fails-event",
        what: `close the protection drift issue #${open.number}`,
      },
      change: "closed",
      number: open.number,
    };
  }
  return { change: undefined, number: open?.number };
}

/**
 * Runs a sync so that a failure becomes a failing `pilot-gate/protection`
 * check saying what to do (when the commit is known; else a log line),
 * never a crash and never a silent pass.
 */
async function runSync(
  deps: EventDeps,
  scope: EventScope,
  trigger: SyncTrigger,
  options: SyncOptions = {},
): Promise<void> {
  try {
    await syncProtection(deps, scope, trigger, options);
  } catch (error) {
    await reportSyncFailure(deps, scope, trigger, error);
  }
}

/** Logs a sync that failed and, when the commit is known, posts the failing check saying why. */
export async function reportSyncFailure(
  deps: EventDeps,
  scope: EventScope,
  trigger: SyncTrigger,
  error: unknown,
): Promise<void> {
  const reason = failureReason(error);
  deps.log.error({ err: error, event: trigger.event }, `protection sync failed: ${reason}`);
  // Before the default branch is known there is no commit to post on.
  if (scope.checkSha === undefined && deps.repo.defaultBranch === "") return;
  try {
    await postCheck(deps, protectionErrorCheckRun(reason, deps.state.options.now()), {
      sha: scope.checkSha,
      dryRun: scope.dryRun ?? deps.state.options.dryRun,
    });
  } catch (second) {
    deps.log.error(
      { err: second, event: trigger.event },
      `could not post the failing ${PROTECTION_CHECK_NAME} check either`,
    );
  }
}

/** The repository part of a payload, as `runGuarded` reads it. */
interface RepoPayload {
  repository: { name: string; default_branch: string; owner: { login: string; type?: string } };
}

/** Syncs one repository through the guard, one sync per repository at a time. */
function guardedSync(
  context: Context,
  state: AppState,
  payload: RepoPayload,
  trigger: SyncTrigger,
  options: SyncOptions = {},
): Promise<void> {
  const key =
    `${payload.repository.owner.login}/${payload.repository.name}#protection`.toLowerCase();
  return state.queue.run(key, () =>
    runGuarded(context, state, payload, (deps) => runSync(deps, {}, trigger, options)),
  );
}

type ProtectionChangeContext = Context<"branch_protection_rule"> | Context<"repository_ruleset">;

/**
 * `branch_protection_rule` and `repository_ruleset` (created, edited,
 * deleted): someone changed protection, so it is read again and, per
 * `protection.drift`, re-applied or reported. The App's own writes come
 * back as these events; those are ignored, which is what stops a loop.
 */
export async function onProtectionChange(
  context: ProtectionChangeContext,
  state: AppState,
): Promise<void> {
  const { payload } = context;
  const repository = "repository" in payload ? payload.repository : undefined;
  if (!repository) {
    context.log.debug(`${context.name}: not about a repository (an organisation ruleset), ignored`);
    return;
  }
  const sender = payload.sender;
  if (
    sender?.type === "Bot" &&
    (await isOwnBot(context as unknown as Context, state, repository, sender.login))
  ) {
    context.log.debug(`${context.name}.${payload.action} by this App's own bot: ignored`);
    return;
  }
  // When the change happened: the rule's or ruleset's updated_at, for the receipt.
  const changed = payload as {
    rule?: { updated_at?: string | null };
    ruleset?: { updated_at?: string | null };
  };
  const at = changed.rule?.updated_at ?? changed.ruleset?.updated_at;
  await guardedSync(
    context as unknown as Context,
    state,
    { repository },
    {
      reason: "hand-edit",
      event: `${context.name}.${payload.action}`,
      sender: sender?.login,
      at: at ?? state.options.now().toISOString(),
    },
  );
}

/** True when `login` is this App's bot; the App's slug is asked once per process. */
async function isOwnBot(
  context: Context,
  state: AppState,
  repository: RepoPayload["repository"],
  login: string,
): Promise<boolean> {
  if (state.appSlug === undefined) {
    const gh = new GitHubClient(context.octokit, {
      owner: repository.owner.login,
      repo: repository.name,
    });
    try {
      state.appSlug = await gh.appSlug();
    } catch (error) {
      // Syncing anyway is safe: protection the App just wrote reads as Applied, so nothing is written again.
      context.log.warn({ err: error }, "could not read the App's own name; syncing anyway");
      return false;
    }
  }
  return login.toLowerCase() === `${state.appSlug}[bot]`.toLowerCase();
}

/**
 * Called by the push handler when a push to the default branch changed the
 * config: applies it at once, and posts the check on the pushed commit.
 */
export function syncAfterConfigPush(
  context: Context<"push">,
  state: AppState,
  headSha: string,
): Promise<void> {
  const { payload } = context;
  return guardedSync(
    context as unknown as Context,
    state,
    {
      repository: {
        name: payload.repository.name,
        default_branch: payload.repository.default_branch,
        owner: {
          login: payload.repository.owner?.login ?? "",
          ...(payload.repository.owner?.type ? { type: payload.repository.owner.type } : {}),
        },
      },
    },
    {
      reason: "config",
      event: "push",
      sender: payload.sender?.login ?? payload.pusher.name,
      at: payload.head_commit?.timestamp ?? state.options.now().toISOString(),
    },
    { headSha },
  );
}

/**
 * `check_run.rerequested` on this App's `pilot-gate/protection` check (the
 * Checks tab's Re-run): syncs again, following `protection.drift`, with the
 * check on the default branch's head (read afresh: the re-run commit may be
 * an older one).
 */
export async function onProtectionRerun(
  context: Context<"check_run.rerequested"> | Context<"check_run.requested_action">,
  state: AppState,
): Promise<void> {
  const { payload } = context;
  await guardedSync(context as unknown as Context, state, payload, {
    reason: "rerun",
    event: `check_run.${payload.action}`,
    sender: payload.sender.login,
    at: state.options.now().toISOString(),
  });
}
