import type { ApplicationFunction, Context, Probot } from "probot";
import { KeyedQueue } from "../engine/cache.js";
import { type AppOptions, readAppOptions } from "../engine/options.js";
import { GITHUB_WRITE_LIMITS } from "../engine/protection/reconcile.js";
import { createState } from "../engine/state.js";
import { EvaluationPool } from "./evaluation-pool.js";
import { afterEventHandler, BLOCKED_ACTIONS } from "./handlers/blocked.js";
import { onCheckRun } from "./handlers/check-run.js";
import { CI_EVENTS, onCiEvent } from "./handlers/ci.js";
import { INCIDENT_ACTIONS, onIncidentIssue } from "./handlers/incident.js";
import { onMergeGroup } from "./handlers/merge-group.js";
import { onIssueComment } from "./handlers/override.js";
import { onReviewClosed } from "./handlers/pilot-review.js";
import { onProtectionChange } from "./handlers/protection.js";
import { onPullRequest, onWaveChange, WAVE_LEAVE_ACTIONS } from "./handlers/pull-request.js";
import { onPush } from "./handlers/push.js";
import { onSecurityAlertEvent, SECURITY_ALERT_EVENTS } from "./handlers/security-alert.js";
import { countedQueue } from "./metrics.js";
import { observed } from "./observe.js";
import { onInstallation, scheduleReconcile, useReconcileStore } from "./reconcile.js";
import { closeRedisClients, redisClient } from "./redis.js";
import { LockedQueue, RedisLock } from "./redis-lock.js";
import { RedisPullMemory } from "./redis-pulls.js";
import { RedisReconcileStore } from "./redis-reconcile.js";
import type { ShutdownHooks } from "./shutdown.js";

const PULL_REQUEST_EVENTS = [
  "pull_request.opened",
  "pull_request.edited",
  "pull_request.synchronize",
  "pull_request.reopened",
  "pull_request.ready_for_review",
  "pull_request.labeled",
  "pull_request.unlabeled",
  "pull_request_review.submitted",
  "pull_request_review.dismissed",
] as const;
/** A PR leaves its wave's WIP count: the wave's later PRs are judged again. */
const WAVE_LEAVE_EVENTS = WAVE_LEAVE_ACTIONS.map((action) => `pull_request.${action}` as const);
/** Critical incidents and freeze issues opening, closing or changing: PRs into frozen branches are judged again. */
const INCIDENT_EVENTS = INCIDENT_ACTIONS.map((action) => `issues.${action}` as const);
/**
 * Issues and PRs labeled blocked: their required fields and how long they
 * have been blocked. Each is also a PR or incident event, registered once
 * with that event's handler; the blocked check runs after it (see
 * `afterEventHandler`), reusing the config it read.
 */
const BLOCKED_EVENTS = BLOCKED_ACTIONS.flatMap((action) => [
  `issues.${action}` as const,
  `pull_request.${action}` as const,
]);
const CHECK_RUN_EVENTS = ["check_run.rerequested", "check_run.requested_action"] as const;
const INSTALLATION_EVENTS = ["installation.created", "installation_repositories.added"] as const;
/** Someone changed protection by hand: re-applied or reported per `protection.drift`. */
const PROTECTION_CHANGE_EVENTS = [
  "branch_protection_rule.created",
  "branch_protection_rule.edited",
  "branch_protection_rule.deleted",
  "repository_ruleset.created",
  "repository_ruleset.edited",
  "repository_ruleset.deleted",
] as const;

/**
 * Every webhook event the App handles. `app.yml` subscribes to exactly these
 * event names (a test checks it), so the App receives nothing it ignores.
 */
export const HANDLED_EVENTS = [
  ...new Set([
    ...PULL_REQUEST_EVENTS,
    ...WAVE_LEAVE_EVENTS,
    ...INCIDENT_EVENTS,
    ...BLOCKED_EVENTS,
    ...CHECK_RUN_EVENTS,
    ...CI_EVENTS,
    "merge_group.checks_requested",
    "issue_comment.created",
    "push",
    ...SECURITY_ALERT_EVENTS,
    ...INSTALLATION_EVENTS,
    ...PROTECTION_CHANGE_EVENTS,
  ] as const),
];

/**
 * What the replicas share when `REDIS_URL` is set: one PR's events wait for
 * each other behind a Redis lock, the newest state judged of each PR is
 * remembered there, and so are the protection reconcile's write budget and
 * pending repositories. Without it, each process keeps its own.
 */
function sharedState(app: Probot, env: NodeJS.ProcessEnv, options: AppOptions) {
  if (!env.REDIS_URL) return undefined;
  const redis = redisClient(env.REDIS_URL, app.log);
  return {
    queue: new LockedQueue(
      new RedisLock(redis, {
        onLost: (key, reason) =>
          app.log.warn({ key }, `lost the Redis lock on ${key} while handling it: ${reason}`),
      }),
    ),
    pulls: new RedisPullMemory(redis),
    reconcile: new RedisReconcileStore(redis, options.writeLimits ?? GITHUB_WRITE_LIMITS),
  };
}

/**
 * The App with explicit options; the default export reads them from the
 * environment once, when Probot loads it. Each load gets its own caches.
 * `shutdown`: where the server entry (app/main.ts) collects what a graceful
 * shutdown closes (app/shutdown.ts).
 */
export function createApp(
  options?: AppOptions,
  env: NodeJS.ProcessEnv = process.env,
  shutdown?: ShutdownHooks,
): ApplicationFunction {
  return (app: Probot) => {
    const resolved = options ?? readAppOptions();
    const workers = resolved.evaluationWorkers ?? 0;
    const pool =
      workers > 0
        ? new EvaluationPool({ size: workers, budgetMs: resolved.evaluationBudgetMs ?? 2_000 })
        : undefined;
    const shared = sharedState(app, env, resolved);
    const state = createState(
      resolved,
      pool,
      countedQueue(shared?.queue ?? new KeyedQueue()),
      shared?.pulls,
    );
    useReconcileStore(state, shared?.reconcile);
    app.on(
      [...PULL_REQUEST_EVENTS],
      observed((context) =>
        afterEventHandler(context as Context, state, () => onPullRequest(context, state)),
      ),
    );
    app.on(
      [...WAVE_LEAVE_EVENTS],
      observed((context) => onWaveChange(context, state)),
    );
    app.on(
      [...INCIDENT_EVENTS],
      observed((context) =>
        afterEventHandler(context as Context, state, async () => {
          await onIncidentIssue(context, state);
          // A pilot review issue closed with a decision label, under the config just read.
          if (context.payload.action === "closed") {
            await onReviewClosed(context as Context<"issues.closed">, state);
          }
        }),
      ),
    );
    app.on(
      [...SECURITY_ALERT_EVENTS],
      observed((context) => onSecurityAlertEvent(context, state)),
    );
    app.on(
      [...CHECK_RUN_EVENTS],
      observed((context) => onCheckRun(context, state)),
    );
    app.on(
      [...CI_EVENTS],
      observed((context) => onCiEvent(context, state)),
    );
    app.on(
      "merge_group.checks_requested",
      observed((context) => onMergeGroup(context, state)),
    );
    app.on(
      "issue_comment.created",
      observed((context) => onIssueComment(context, state)),
    );
    app.on(
      "push",
      observed(async (context: Context<"push">) => onPush(context, state)),
    );
    app.on(
      [...INSTALLATION_EVENTS],
      observed((context) => onInstallation(context, state)),
    );
    app.on(
      [...PROTECTION_CHANGE_EVENTS],
      observed((context) => onProtectionChange(context, state)),
    );
    const stopReconcile = scheduleReconcile(app, state);
    shutdown?.stopAtSignal(stopReconcile);
    // After the last handler, which may still be judging on a worker or holding a Redis lock.
    if (pool) shutdown?.closeAfterHandlers("the evaluation workers", () => pool.close());
    shutdown?.closeAfterHandlers("Redis", closeRedisClients);
  };
}

/** pilot-gate's GitHub App, for `probot run` or `app/main.ts`. */
const pilotGate: ApplicationFunction = createApp();
export default pilotGate;
