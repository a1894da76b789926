import type { Context, Probot } from "probot";
import { CYCLE_CHECK_NAME, postCycleCheck } from "../engine/cycles/check.js";
import type { EventDeps, EventScope, Log } from "../engine/event.js";
import { PROTECTION_CHECK_NAME, type SyncTrigger } from "../engine/protection/output.js";
import {
  emptyReport,
  GITHUB_WRITE_LIMITS,
  LocalWriteBudget,
  type ReconcileClock,
  type ReconcileReport,
  type ReconcileTarget,
  realClock,
  reconcileRepositories,
  type WriteBudget,
  type WriteLimits,
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

/** A repository an installation's sync has still to do, as it is kept until it is done. */
export interface PendingRepository extends ReconcileTarget {
  ownerIsOrg: boolean;
  /** "" until the sync asks GitHub (an installation payload does not say). */
  defaultBranch: string;
}

interface Target extends PendingRepository {
  headSha?: string | undefined;
}

/**
 * What the protection reconcile keeps between repositories: in the process
 * (`LocalReconcileStore`), or in Redis shared by the replicas
 * (app/redis-reconcile.ts), where it outlives a restart.
 */
export interface ReconcileStore {
  /** The installation's write budget: GitHub counts its secondary limits per installation. */
  budget(installationId: number): WriteBudget;
  add(installationId: number, targets: readonly PendingRepository[]): Promise<void>;
  list(installationId: number): Promise<PendingRepository[]>;
  done(installationId: number, target: PendingRepository): Promise<void>;
  /** Drops an installation's list (the App was uninstalled from it). */
  forget(installationId: number): Promise<void>;
  /** Installations with repositories still to do. */
  installations(): Promise<number[]>;
  /** Runs `task` unless another holder already works on the installation; false then. */
  exclusive(installationId: number, task: () => Promise<void>): Promise<boolean>;
  /** 0 when the caller is to run the scheduled pass now, else the ms until it asks again. */
  claimPass(intervalMs: number): Promise<number>;
}

/** The reconcile's store for one process: lost with it, which the pass at start makes up for. */
export class LocalReconcileStore implements ReconcileStore {
  readonly #budgets = new Map<number, LocalWriteBudget>();
  readonly #pending = new Map<number, Map<string, PendingRepository>>();
  readonly #working = new Set<number>();
  readonly #limits: WriteLimits;
  readonly #clock: ReconcileClock;

  constructor(limits: WriteLimits, clock: ReconcileClock) {
    this.#limits = limits;
    this.#clock = clock;
  }

  budget(installationId: number): LocalWriteBudget {
    let budget = this.#budgets.get(installationId);
    if (!budget) {
      budget = new LocalWriteBudget(this.#limits, this.#clock);
      this.#budgets.set(installationId, budget);
    }
    return budget;
  }

  async add(installationId: number, targets: readonly PendingRepository[]): Promise<void> {
    const pending = this.#pending.get(installationId) ?? new Map<string, PendingRepository>();
    for (const target of targets) pending.set(`${target.owner}/${target.repo}`, target);
    this.#pending.set(installationId, pending);
  }

  async list(installationId: number): Promise<PendingRepository[]> {
    return [...(this.#pending.get(installationId)?.values() ?? [])];
  }

  async done(installationId: number, target: PendingRepository): Promise<void> {
    const pending = this.#pending.get(installationId);
    pending?.delete(`${target.owner}/${target.repo}`);
    if (pending?.size === 0) this.#pending.delete(installationId);
  }

  async forget(installationId: number): Promise<void> {
    this.#pending.delete(installationId);
  }

  async installations(): Promise<number[]> {
    return [...this.#pending.keys()];
  }

  async exclusive(installationId: number, task: () => Promise<void>): Promise<boolean> {
    if (this.#working.has(installationId)) return false;
    this.#working.add(installationId);
    try {
      await task();
      return true;
    } finally {
      this.#working.delete(installationId);
    }
  }

  async claimPass(): Promise<number> {
    return 0;
  }
}

/**
 * One queue per App process: jobs (an installation's repositories, a
 * scheduled pass) run one after another, each against its installation's
 * write budget, since GitHub's secondary limits count every write the App
 * makes for it.
 */
class Reconciler {
  readonly store: ReconcileStore;
  readonly clock: ReconcileClock;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(store: ReconcileStore, clock: ReconcileClock) {
    this.store = store;
    this.clock = clock;
  }

  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.#tail.then(job, job);
    this.#tail = next.catch(() => undefined);
    return next;
  }
}

const reconcilers = new WeakMap<AppState, Reconciler>();

/**
 * Sets where the App's reconcile keeps its budget and pending repositories:
 * `store` (Redis, shared by the replicas) or, without one, this process.
 */
export function useReconcileStore(state: AppState, store?: ReconcileStore): void {
  const clock = state.options.reconcileClock ?? realClock;
  reconcilers.set(
    state,
    new Reconciler(
      store ?? new LocalReconcileStore(state.options.writeLimits ?? GITHUB_WRITE_LIMITS, clock),
      clock,
    ),
  );
}

function reconcilerOf(state: AppState): Reconciler {
  if (!reconcilers.has(state)) useReconcileStore(state);
  return reconcilers.get(state) as Reconciler;
}

/**
 * Reconciles protection on `targets` of installation `installationId` with
 * its Octokit. `since`: a repository whose `pilot-gate/protection` check
 * on its default branch's head completed at or after this time is skipped
 * (`null`: any such check will do, as when resuming after a restart;
 * `undefined`: no repository is skipped and nothing is read to decide it).
 * `finished`: told as each repository is done with.
 */
export function reconcileTargets(
  octokit: SeamOctokit,
  state: AppState,
  log: Log,
  installationId: number,
  targets: readonly Target[],
  trigger: SyncTrigger,
  since?: Date | null,
  finished?: (target: Target) => Promise<void>,
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
      budget: reconciler.store.budget(installationId),
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
          // tries again (counting every write it reserved as made).
          if (rateLimitWaitMs(error, reconciler.clock.now()) !== undefined) throw error;
          await reportSyncFailure(deps, scope, trigger, error);
        }
        // The scheduled pass is the App's timer: the cycles' exit gates move
        // with incidents and reports that no push to the default branch brings.
        if (trigger.reason === "scheduled") await refreshCycles(deps, target.headSha);
        return { writes: deps.gh.writes };
      },
      ...(finished ? { finished } : {}),
    }),
  );
}

/**
 * Works through installation `installationId`'s pending repositories until
 * none is left, each dropped from the list as it is done, unless another
 * holder of the store (a replica) already does: it then takes any added
 * meanwhile too. Each repository is tried once per call, so one whose
 * `done` cannot be recorded is not synced again in a loop.
 */
async function drainPending(
  octokit: SeamOctokit,
  state: AppState,
  log: Log,
  installationId: number,
  trigger: SyncTrigger,
): Promise<ReconcileReport[]> {
  const { store } = reconcilerOf(state);
  const tried = new Set<string>();
  const reports: ReconcileReport[] = [];
  for (;;) {
    const ran = await store.exclusive(installationId, async () => {
      for (;;) {
        const targets: Target[] = (await store.list(installationId)).filter(
          (target) => !tried.has(`${target.owner}/${target.repo}`),
        );
        if (targets.length === 0) return;
        for (const target of targets) tried.add(`${target.owner}/${target.repo}`);
        reports.push(
          await reconcileTargets(
            octokit,
            state,
            log,
            installationId,
            targets,
            trigger,
            undefined,
            (target) => store.done(installationId, target),
          ),
        );
      }
    });
    if (!ran) {
      log.info(
        { installation: installationId },
        `installation ${installationId}: its repositories are already being synced (here or by another replica), and these are taken too`,
      );
      return reports;
    }
    // Added by another replica between the last read and the lock's release?
    const left = await store.list(installationId);
    if (left.every((target) => tried.has(`${target.owner}/${target.repo}`))) return reports;
  }
}

/** The reports of several jobs, added up for one log line. */
function sumReports(reports: readonly ReconcileReport[]): ReconcileReport {
  return reports.reduce<ReconcileReport>(
    (sum, report) => ({
      synced: sum.synced + report.synced,
      skipped: sum.skipped + report.skipped,
      failed: [...sum.failed, ...report.failed],
      writes: sum.writes + report.writes,
      budgetWaitMs: sum.budgetWaitMs + report.budgetWaitMs,
      rateLimitWaitMs: sum.rateLimitWaitMs + report.rateLimitWaitMs,
      rateLimitWaits: sum.rateLimitWaits + report.rateLimitWaits,
    }),
    emptyReport(),
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
 * to learn it. They are kept as pending until each is done: with Redis, a
 * restart part-way resumes the rest at start (`resumePendingInstallations`);
 * without, the scheduled pass at start finishes them.
 */
export async function onInstallation(context: InstallationContext, state: AppState): Promise<void> {
  const { payload } = context;
  const repositories =
    ("repositories_added" in payload ? payload.repositories_added : payload.repositories) ?? [];
  const account = payload.installation.account;
  const login = account && "login" in account ? account.login : "";
  const ownerIsOrg = account && "type" in account ? account.type === "Organization" : false;
  const targets = repositories.map((repository): PendingRepository => {
    const [owner = login, repo = repository.name] = repository.full_name.split("/");
    // Unknown here; the sync asks GitHub.
    return { owner, repo, ownerIsOrg, defaultBranch: "" };
  });
  const installationId = payload.installation.id;
  await reconcilerOf(state).store.add(installationId, targets);
  const reports = await drainPending(context.octokit, state, context.log, installationId, {
    reason: "installed",
    event: `${context.name}.${payload.action}`,
    sender: payload.sender.login,
    at: state.options.now().toISOString(),
  });
  context.log.info({ ...sumReports(reports) }, `${context.name}.${payload.action} handled`);
}

/**
 * At start: finishes every installation's sync a restart cut short, from
 * the repositories the store still lists as pending (kept in Redis; a
 * process's own store starts empty), without reading the ones already done.
 * An installation the App no longer reaches is dropped from the store.
 */
export async function resumePendingInstallations(
  app: Probot,
  state: AppState,
): Promise<ReconcileReport[]> {
  const { store } = reconcilerOf(state);
  const reports: ReconcileReport[] = [];
  for (const installationId of await store.installations()) {
    let octokit: SeamOctokit;
    try {
      octokit = (await app.auth(installationId)) as unknown as SeamOctokit;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      app.log.warn(
        { installation: installationId },
        `installation ${installationId} is gone: its pending protection sync is dropped`,
      );
      await store.forget(installationId);
      continue;
    }
    const resumed = await drainPending(octokit, state, app.log, installationId, {
      reason: "installed",
      event: "installation sync resumed after a restart",
      sender: undefined,
      at: state.options.now().toISOString(),
    });
    const report = sumReports(resumed);
    app.log.info(
      { installation: installationId, ...report },
      `installation ${installationId}: resumed its protection sync (${report.synced} synced)`,
    );
    reports.push(report);
  }
  return reports;
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
        installation,
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
 * What runs in the background from start: first the installations' syncs a
 * restart cut short (`resumePendingInstallations`), then the scheduled
 * reconcile (PILOT_GATE_RECONCILE_INTERVAL seconds, a day by default; off
 * at 0): one pass at start that also finishes interrupted installations a
 * process without Redis could not list, then one an interval after the
 * previous one ends, so a pass longer than the interval (1,000 repositories
 * take hours at GitHub's write limits) never overlaps the next. With Redis,
 * one replica runs each pass (the store's `claimPass`); the others ask
 * again when its claim lapses. A pass that fails is logged and the next one
 * tries again. Returns a function that stops the schedule.
 */
export function scheduleReconcile(app: Probot, state: AppState): () => void {
  const seconds = state.options.reconcileIntervalSeconds ?? 0;
  const { store } = reconcilerOf(state);
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const later = (ms: number, next: () => Promise<void>) => {
    if (stopped) return;
    timer = setTimeout(() => void next(), ms);
    timer.unref();
  };
  const pass = async (since: Date | null) => {
    let wait = seconds * 1_000;
    try {
      const claim = await store.claimPass(seconds * 1_000);
      if (claim > 0) {
        wait = claim;
      } else {
        await reconcileAllInstallations(app, state, since);
      }
    } catch (error) {
      app.log.error({ err: error }, "scheduled protection reconcile failed; the next one retries");
    }
    later(wait, () => pass(state.options.now()));
  };
  const start = async () => {
    try {
      await resumePendingInstallations(app, state);
    } catch (error) {
      app.log.error(
        { err: error },
        "resuming the installations' protection sync failed; a restart or the scheduled reconcile retries",
      );
    }
    if (seconds > 0) await pass(null);
  };
  void start();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
