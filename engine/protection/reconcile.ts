/**
 * Protection for many repositories at once (an installation on 1,000
 * repositories, the scheduled drift check) without tripping GitHub's
 * secondary limits on content-creating writes (about 80 a minute and 500 an
 * hour) and without giving up on a long rate-limit reset: repositories go
 * through in batches, each only once the write budget has room for what a
 * sync may write, a rate-limited one waits as long as GitHub says and is
 * tried again, and a repository already reconciled (its protection check
 * on its default branch's head, recorded on GitHub) is skipped, so a
 * restarted App picks up where the last one stopped.
 */
import { rateLimitWaitMs } from "../../github/errors.js";
import type { Log } from "../event.js";

/** Time, a parameter so tests and the bench run an hour of waiting in no time. */
export interface ReconcileClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: ReconcileClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Content-creating writes allowed per window (GitHub: 80 a minute, 500 an hour). */
export interface WriteLimits {
  perMinute: number;
  perHour: number;
}

export const GITHUB_WRITE_LIMITS: WriteLimits = { perMinute: 80, perHour: 500 };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Room for `writes` now: a reservation to settle once they are made, or how
 * long until they would fit in both windows.
 */
export type Reserved<R> = { ok: true; reservation: R } | { ok: false; waitMs: number };

/**
 * Content-creating writes counted against GitHub's two windows (a minute,
 * an hour). A sync reserves what it may write before it starts and settles
 * with what it wrote, so two holders of one budget (two replicas sharing it
 * through Redis, app/redis-budget.ts) can never both see room for the same
 * writes. `reserve` may throw (a shared budget that cannot be reached): the
 * reconcile then waits and asks again, and never writes unbudgeted.
 */
export interface WriteBudget<R = unknown> {
  readonly limits: WriteLimits;
  reserve(writes: number): Promise<Reserved<R>>;
  /** Counts `written` for a reservation instead of what it reserved (fewer frees room). */
  settle(reservation: R, written: number): Promise<void>;
}

/** Throws when the two limits cannot both hold, naming the settings to fix. */
export function checkWriteLimits(limits: WriteLimits): WriteLimits {
  if (limits.perMinute < 1 || limits.perHour < limits.perMinute) {
    throw new Error(
      `write limits of ${limits.perMinute} a minute and ${limits.perHour} an hour cannot both hold: set a minute limit of at least 1 and an hour limit no lower (PILOT_GATE_WRITES_PER_MINUTE, PILOT_GATE_WRITES_PER_HOUR)`,
    );
  }
  return limits;
}

/**
 * One process's budget: the writes of the last hour, by time, in memory.
 * Bottleneck (which Octokit's throttling plugin uses) paces requests one
 * at a time on real timers; here a whole repository's writes are reserved
 * before it starts, against two sliding windows, on a clock the caller
 * passes, which is a few lines of counting.
 */
export class LocalWriteBudget implements WriteBudget<{ at: number; writes: number }> {
  readonly limits: WriteLimits;
  readonly #clock: ReconcileClock;
  readonly #spent: number[] = [];

  constructor(limits: WriteLimits, clock: ReconcileClock) {
    this.limits = checkWriteLimits(limits);
    this.#clock = clock;
  }

  /** How long until `writes` more fit in both windows (0: now). */
  waitFor(writes: number): number {
    const now = this.#clock.now();
    while (this.#spent.length > 0 && (this.#spent[0] ?? now) <= now - HOUR) this.#spent.shift();
    const wait = (window: number, limit: number) => {
      const inWindow = this.#spent.filter((at) => at > now - window);
      const over = inWindow.length + Math.min(writes, limit) - limit;
      // The oldest `over` writes must leave the window first.
      return over <= 0 ? 0 : (inWindow[over - 1] ?? now) + window - now;
    };
    return Math.max(wait(MINUTE, this.limits.perMinute), wait(HOUR, this.limits.perHour));
  }

  async reserve(writes: number): Promise<Reserved<{ at: number; writes: number }>> {
    const waitMs = this.waitFor(writes);
    if (waitMs > 0) return { ok: false, waitMs };
    const at = this.#clock.now();
    for (let i = 0; i < writes; i++) this.#spent.push(at);
    return { ok: true, reservation: { at, writes } };
  }

  async settle(reservation: { at: number; writes: number }, written: number): Promise<void> {
    for (let i = written; i < reservation.writes; i++) {
      const index = this.#spent.lastIndexOf(reservation.at);
      if (index >= 0) this.#spent.splice(index, 1);
    }
    const now = this.#clock.now();
    for (let i = reservation.writes; i < written; i++) this.#spent.push(now);
  }
}

/** One repository to reconcile. */
export interface ReconcileTarget {
  owner: string;
  repo: string;
}

export interface ReconcileOptions<T extends ReconcileTarget> {
  budget: WriteBudget;
  clock: ReconcileClock;
  log: Log;
  /** Repositories per batch: progress is logged and the budget re-checked between batches. */
  batchSize: number;
  /**
   * The most content-creating writes one sync may make, reserved before it
   * starts: a write per protected branch, the check run and the drift issue.
   */
  writesPerRepo: number;
  /** Rate-limit waits allowed per repository before it is given up on (and logged). */
  maxWaits: number;
  /** True when the repository needs nothing (already reconciled at its current head). */
  isDone(target: T): Promise<boolean>;
  /** Syncs one repository; returns the content-creating writes it made. */
  sync(target: T): Promise<{ writes: number }>;
  /**
   * Told when a repository is finished with (synced, skipped or given up
   * on), e.g. to drop it from the repositories a restart would resume.
   */
  finished?(target: T): Promise<void>;
}

/**
 * The write budget did not answer (a shared budget whose Redis is away) for
 * as long as the reconcile waits for it. Nothing was written unbudgeted;
 * the repositories not yet reconciled are left for the next pass.
 */
export class WriteBudgetUnavailableError extends Error {
  override readonly name = "WriteBudgetUnavailableError";
}

export interface ReconcileReport {
  synced: number;
  skipped: number;
  failed: string[];
  writes: number;
  /** Time spent waiting: for the write budget, and for rate-limit resets. */
  budgetWaitMs: number;
  rateLimitWaitMs: number;
  rateLimitWaits: number;
}

/** A report of nothing done yet. */
export function emptyReport(): ReconcileReport {
  return {
    synced: 0,
    skipped: 0,
    failed: [],
    writes: 0,
    budgetWaitMs: 0,
    rateLimitWaitMs: 0,
    rateLimitWaits: 0,
  };
}

/**
 * Reconciles `targets` in batches, one repository at a time (GitHub asks
 * for content-creating requests one after another, not in parallel).
 * Never throws for a repository: one that still fails after `maxWaits`
 * rate-limit waits, or fails otherwise, is listed in `failed` and logged,
 * and the rest go on. Throws `WriteBudgetUnavailableError` when the budget
 * itself cannot be asked.
 */
export async function reconcileRepositories<T extends ReconcileTarget>(
  targets: readonly T[],
  options: ReconcileOptions<T>,
): Promise<ReconcileReport> {
  const { budget, clock, log } = options;
  const report = emptyReport();
  const reserve = Math.min(options.writesPerRepo, budget.limits.perMinute);
  for (let start = 0; start < targets.length; start += options.batchSize) {
    const batch = targets.slice(start, start + options.batchSize);
    for (const [index, target] of batch.entries()) {
      const name = `${target.owner}/${target.repo}`;
      const left = targets.length - start - index;
      for (let waits = 0; ; waits++) {
        try {
          if (await options.isDone(target)) {
            report.skipped++;
            break;
          }
          const reservation = await reserveWrites(reserve, name, left, options, report);
          let written = reserve;
          try {
            ({ writes: written } = await options.sync(target));
          } finally {
            // A sync that threw is counted as having made every write it
            // reserved: how many it made before the error is not known, and
            // counting too few could take the budget over GitHub's limit.
            // One that fails leaves the reservation counted as made.
            await budget
              .settle(reservation, written)
              .catch((error: unknown) =>
                log.warn({ err: error, repository: name }, "write budget: could not settle"),
              );
          }
          report.writes += written;
          report.synced++;
          break;
        } catch (error) {
          if (error instanceof WriteBudgetUnavailableError) throw error;
          const wait = rateLimitWaitMs(error, clock.now());
          if (wait === undefined || waits >= options.maxWaits) {
            report.failed.push(name);
            log.error({ err: error, repository: name }, `protection reconcile of ${name} failed`);
            break;
          }
          log.warn(
            { repository: name, waitMs: wait },
            `rate limited: waiting ${Math.ceil(wait / 1_000)} s before ${name} again`,
          );
          report.rateLimitWaits++;
          report.rateLimitWaitMs += wait;
          await clock.sleep(wait);
        }
      }
      await options.finished?.(target).catch((error: unknown) =>
        // Left among the pending: a restart does it again, which is harmless.
        log.warn({ err: error, repository: name }, `could not mark ${name} reconciled`),
      );
    }
    log.info(
      {
        done: Math.min(start + batch.length, targets.length),
        of: targets.length,
        writes: report.writes,
      },
      `protection reconcile: ${Math.min(start + batch.length, targets.length)} of ${targets.length} repositories`,
    );
  }
  return report;
}

/** Longest wait between two tries of a budget that does not answer. */
const BUDGET_RETRY_CAP_MS = 30_000;

/**
 * Reserves `writes` for one repository, waiting while the budget is spent
 * and while it cannot be asked. A budget that errors is asked again after
 * 1, 2, 4... s, `maxWaits` times; then the pass stops with
 * `WriteBudgetUnavailableError` rather than write without a budget.
 */
async function reserveWrites<T extends ReconcileTarget>(
  writes: number,
  name: string,
  left: number,
  { budget, clock, log, maxWaits }: ReconcileOptions<T>,
  report: ReconcileReport,
): Promise<unknown> {
  for (let failures = 0; ; ) {
    let reserved: Reserved<unknown>;
    try {
      reserved = await budget.reserve(writes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (failures >= maxWaits) {
        throw new WriteBudgetUnavailableError(
          `the write budget could not be read after ${failures + 1} tries (${reason}), so ${name} and the ${left - 1} repositories after it were not reconciled and nothing was written over GitHub's limits: once Redis answers again, a restart or the next scheduled reconcile does them`,
          { cause: error },
        );
      }
      const wait = Math.min(1_000 * 2 ** failures, BUDGET_RETRY_CAP_MS);
      failures++;
      log.warn(
        { err: error, repository: name, waitMs: wait },
        `write budget unavailable (${reason}): waiting ${Math.ceil(wait / 1_000)} s before ${name}`,
      );
      await clock.sleep(wait);
      continue;
    }
    if (reserved.ok) return reserved.reservation;
    log.info(
      { repository: name, waitMs: reserved.waitMs },
      `write budget spent: waiting ${reserved.waitMs} ms`,
    );
    report.budgetWaitMs += reserved.waitMs;
    await clock.sleep(reserved.waitMs);
  }
}
