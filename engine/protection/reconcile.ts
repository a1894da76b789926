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
 * The writes made in the last hour, by time, against both windows.
 * Bottleneck (which Octokit's throttling plugin uses) paces requests one
 * at a time on real timers; here a whole repository's writes are reserved
 * before it starts, against two sliding windows, on a clock the caller
 * passes, which is a few lines of counting.
 */
export class WriteBudget {
  readonly limits: WriteLimits;
  readonly #clock: ReconcileClock;
  readonly #spent: number[] = [];

  constructor(limits: WriteLimits, clock: ReconcileClock) {
    if (limits.perMinute < 1 || limits.perHour < limits.perMinute) {
      throw new Error(
        `write limits of ${limits.perMinute} a minute and ${limits.perHour} an hour cannot both hold: set a minute limit of at least 1 and an hour limit no lower`,
      );
    }
    this.limits = limits;
    this.#clock = clock;
  }

  /** Writes recorded in the window of `ms` ending now. */
  usedWithin(ms: number): number {
    const since = this.#clock.now() - ms;
    return this.#spent.filter((at) => at > since).length;
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

  /** Records `writes` made now. */
  spend(writes: number): void {
    const now = this.#clock.now();
    for (let i = 0; i < writes; i++) this.#spent.push(now);
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

/**
 * Reconciles `targets` in batches, one repository at a time (GitHub asks
 * for content-creating requests one after another, not in parallel).
 * Never throws for a repository: one that still fails after `maxWaits`
 * rate-limit waits, or fails otherwise, is listed in `failed` and logged,
 * and the rest go on.
 */
export async function reconcileRepositories<T extends ReconcileTarget>(
  targets: readonly T[],
  options: ReconcileOptions<T>,
): Promise<ReconcileReport> {
  const { budget, clock, log } = options;
  const report: ReconcileReport = {
    synced: 0,
    skipped: 0,
    failed: [],
    writes: 0,
    budgetWaitMs: 0,
    rateLimitWaitMs: 0,
    rateLimitWaits: 0,
  };
  const reserve = Math.min(options.writesPerRepo, budget.limits.perMinute);
  for (let start = 0; start < targets.length; start += options.batchSize) {
    const batch = targets.slice(start, start + options.batchSize);
    for (const target of batch) {
      const name = `${target.owner}/${target.repo}`;
      for (let waits = 0; ; waits++) {
        try {
          if (await options.isDone(target)) {
            report.skipped++;
            break;
          }
          const wait = budget.waitFor(reserve);
          if (wait > 0) {
            log.info({ repository: name, waitMs: wait }, `write budget spent: waiting ${wait} ms`);
            report.budgetWaitMs += wait;
            await clock.sleep(wait);
          }
          const { writes } = await options.sync(target);
          budget.spend(writes);
          report.writes += writes;
          report.synced++;
          break;
        } catch (error) {
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
