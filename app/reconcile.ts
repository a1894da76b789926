import type { Context, Probot } from "probot";
import { CYCLE_CHECK_NAME, postCycleCheck } from "../engine/cycles/check.js";
import type { EventDeps, EventScope, Log } from "../engine/event.js";
import { PROTECTION_CHECK_NAME, type SyncTrigger } from "../engine/protection/output.js";
import {
  GITHUB_WRITE_LIMITS,
  type ReconcileClock,
  type ReconcileReport,
  type ReconcileTarget,
  realClock,
  reconcileRepositories,
  WriteBudget,
} from "../engine/protection/reconcile.js";
import type { AppState } from "../engine/state.js";
import { failureReason, postEvaluationError } from "../engine/verdict/evaluation-error.js";
import {
  GitHubClient,
  listInstallationRepositories,
  listInstallations,
  type SeamOctokit,
} from "../github/client.js";
import { rateLimitWaitMs } from "../github/errors.js";
import { reportSyncFailure, syncProtection } from "./handlers/protection.js";

/** Repositories between progress lines and checkpoints. */
const BATCH_SIZE = 25;
/**
 * The most a sync writes: a protection write for each of the default 2
 * branches, the check, the drift issue; and on a scheduled pass the
 * `pilot-gate/cycle` check.
 */
const WRITES_PER_REPO = 5;
/** Rate-limit waits per repository before it is given up on until the next reconcile. */
const MAX_WAITS = 5;

interface Target extends ReconcileTarget {
  ownerIsOrg: boolean;
  defaultBranch: string;
  headSha?: string | undefined;
}

/**
 * One queue per App: jobs (an installation's repositories, a scheduled
 * pass) run one after another against one write budget, since GitHub's
 * secondary limits count every write the App makes.
 */
class Reconciler {
  readonly budget: WriteBudget;
  readonly clock: ReconcileClock;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(state: AppState) {
    this.clock = state.options.reconcileClock ?? realClock;
    this.budget = new WriteBudget(state.options.writeLimits ?? GITHUB_WRITE_LIMITS, this.clock);
  }

  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.#tail.then(job, job);
    this.#tail = next.catch(() => undefined);
    return next;
  }
}

const reconcilers = new WeakMap<AppState, Reconciler>();

function reconcilerOf(state: AppState): Reconciler {
  let reconciler = reconcilers.get(state);
  if (!reconciler) {
    reconciler = new Reconciler(state);
    reconcilers.set(state, reconciler);
  }
  return reconciler;
}

/**
 * Reconciles protection on `targets` with one installation's Octokit.
 * `since`: a repository whose `pilot-gate/protection` check on its default
 * branch's head completed at or after this time is skipped (`null`: any
 * such check will do, as when resuming after a restart; `undefined`: no
 * repository is skipped and nothing is read to decide it).
 */
export function reconcileTargets(
  octokit: SeamOctokit,
  state: AppState,
  log: Log,
  targets: readonly Target[],
  trigger: SyncTrigger,
  since?: Date | null,
): Promise<ReconcileReport> {
  const reconciler = reconcilerOf(state);
  const depsOf = (target: Target): EventDeps => ({
    gh: new GitHubClient(
      octokit,
      { owner: target.owner, repo: target.repo },
      undefined,
      state.conditional,
      state,
    ),
    state,
    log,
    repo: {
      owner: target.owner,
      repo: target.repo,
      defaultBranch: target.defaultBranch,
      ownerIsOrg: target.ownerIsOrg,
    },
  });
  return reconciler.run(() =>
    reconcileRepositories(targets, {
      budget: reconciler.budget,
      clock: reconciler.clock,
      log,
      batchSize: BATCH_SIZE,
      writesPerRepo: WRITES_PER_REPO,
      maxWaits: MAX_WAITS,
      async isDone(target) {
        if (since === undefined) return false;
        const { gh } = depsOf(target);
        if (target.defaultBranch === "") target.defaultBranch = await gh.getDefaultBranch();
        target.headSha = await gh.getBranchHead(target.defaultBranch);
        if (!target.headSha) return false;
        const check = await gh.findLatestCheckRun(
          target.headSha,
          PROTECTION_CHECK_NAME,
          await gh.appId(),
        );
        if (check?.status !== "completed" || !check.completedAt) return false;
        return since === null || Date.parse(check.completedAt) >= since.getTime();
      },
      async sync(target) {
        const deps = depsOf(target);
        const scope = {};
        try {
          await syncProtection(deps, scope, trigger, { headSha: target.headSha });
        } catch (error) {
          // A rate limit goes back to the reconcile, which waits it out and
          // tries again; the writes made before it still count.
          if (rateLimitWaitMs(error, reconciler.clock.now()) !== undefined) {
            reconciler.budget.spend(deps.gh.writes);
            throw error;
          }
          await reportSyncFailure(deps, scope, trigger, error);
        }
        // The scheduled pass is the App's timer: the cycles' exit gates move
        // with incidents and reports that no push to the default branch brings.
        if (trigger.reason === "scheduled") await refreshCycles(deps, target.headSha);
        return { writes: deps.gh.writes };
      },
    }),
  );
}

/**
 * Posts `pilot-gate/cycle` on the default branch's head (nothing for a
 * repository without `cycles:`); a failure is posted as a failing check
 * there when the head is known, and logged, never stopping the pass.
 */
export async function refreshCycles(deps: EventDeps, headSha: string | undefined): Promise<void> {
  const scope: EventScope = {};
  try {
    await postCycleCheck(deps, scope, headSha);
  } catch (error) {
    const reason = failureReason(error);
    deps.log.warn({ err: error }, `${CYCLE_CHECK_NAME} not refreshed: ${reason}`);
    await postEvaluationError(deps, scope, reason, "scheduled cycle check");
  }
}

type InstallationContext =
  | Context<"installation.created">
  | Context<"installation_repositories.added">;

/**
 * `installation.created` and `installation_repositories.added`: applies the
 * config to each repository the App was given, through the reconcile queue
 * (batched, within the write budget, waiting out rate limits). The payload
 * names them but not their default branch, so each costs one more request
 * to learn it. A restart part-way is finished by the reconcile at start
 * (PILOT_GATE_RECONCILE_INTERVAL).
 */
export async function onInstallation(context: InstallationContext, state: AppState): Promise<void> {
  const { payload } = context;
  const repositories =
    ("repositories_added" in payload ? payload.repositories_added : payload.repositories) ?? [];
  const account = payload.installation.account;
  const login = account && "login" in account ? account.login : "";
  const ownerIsOrg = account && "type" in account ? account.type === "Organization" : false;
  const targets = repositories.map((repository): Target => {
    const [owner = login, repo = repository.name] = repository.full_name.split("/");
    // Unknown here; the sync asks GitHub.
    return { owner, repo, ownerIsOrg, defaultBranch: "" };
  });
  const report = await reconcileTargets(context.octokit, state, context.log, targets, {
    reason: "installed",
    event: `${context.name}.${payload.action}`,
    sender: payload.sender.login,
    at: state.options.now().toISOString(),
  });
  context.log.info({ ...report }, `${context.name}.${payload.action} handled`);
}

/**
 * One pass over every installation of the App: each repository's
 * protection is read again and, per `protection.drift`, re-applied or
 * reported. `since: null` (the pass at start) skips repositories already
 * reconciled at their current head, which finishes an installation a
 * restart cut short; later passes skip only what this pass did.
 */
export async function reconcileAllInstallations(
  app: Probot,
  state: AppState,
  since: Date | null,
): Promise<ReconcileReport[]> {
  const installations = await listInstallations((await app.auth()) as unknown as SeamOctokit);
  const reports: ReconcileReport[] = [];
  for (const installation of installations) {
    const octokit = (await app.auth(installation)) as unknown as SeamOctokit;
    const targets: Target[] = (await listInstallationRepositories(octokit))
      // An archived repository cannot be written to.
      .filter((repository) => !repository.archived);
    reports.push(
      await reconcileTargets(
        octokit,
        state,
        app.log,
        targets,
        {
          reason: "scheduled",
          event: "scheduled reconcile",
          sender: undefined,
          at: state.options.now().toISOString(),
        },
        since,
      ),
    );
  }
  return reports;
}

/**
 * The scheduled reconcile (PILOT_GATE_RECONCILE_INTERVAL seconds; off at 0):
 * one pass at start that finishes interrupted installations, then one an
 * interval after the previous one ends, so a pass longer than the interval
 * (1,000 repositories take hours at GitHub's write limits) never overlaps
 * the next. A pass that fails is logged and the next one tries again.
 * Returns a function that stops the schedule.
 */
export function scheduleReconcile(app: Probot, state: AppState): () => void {
  const seconds = state.options.reconcileIntervalSeconds ?? 0;
  if (seconds <= 0) return () => undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const pass = async (since: Date | null) => {
    try {
      await reconcileAllInstallations(app, state, since);
    } catch (error) {
      app.log.error({ err: error }, "scheduled protection reconcile failed; the next one retries");
    }
    if (stopped) return;
    timer = setTimeout(() => void pass(state.options.now()), seconds * 1_000);
    timer.unref();
  };
  void pass(null);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
