/** How the App behaves, read once from the environment. */
export interface AppOptions {
  /** Log the planned writes instead of making them (`DRY_RUN=true`); a repository can also set `check.dry_run`. */
  dryRun: boolean;
  /**
   * Seconds a fetched `.github/pilot-gate.yml` is used without asking GitHub
   * again. A push to the default branch that touches the file drops it at
   * once; after this time the App revalidates with `If-None-Match`, which
   * costs a request but not rate limit when the file is unchanged.
   */
  configCacheSeconds: number;
  /** The clock, a parameter so tests and replays are deterministic. */
  now: () => Date;
  /**
   * Offer the check run's "Re-run" button. Only the App receives the click
   * (`check_run.requested_action`); the Action turns it off, since no
   * workflow would run for a click on a check its token wrote.
   */
  checkRunButtons: boolean;
  /**
   * When a PR event's payload is read again from GitHub before judging:
   * `when-stale` (the App) when it is not newer than the newest state of
   * the PR this process saw, so a late delivery never overwrites a newer
   * verdict; `always` (the Action, a process per event, with nothing seen
   * before).
   */
  freshPulls: "when-stale" | "always";
  /**
   * Worker threads that judge PRs off the event loop
   * (`PILOT_GATE_EVALUATION_WORKERS`, 2 by default); 0 judges on the event
   * loop (also when unset), for a process that handles one event at a time.
   */
  evaluationWorkers?: number;
  /**
   * Longest one PR may take to judge on a worker
   * (`PILOT_GATE_EVALUATION_BUDGET_MS`, 2,000 by default); a PR over it gets
   * a blocking finding that says so.
   */
  evaluationBudgetMs?: number;
  /**
   * Seconds between scheduled protection reconciles across every
   * installation (`PILOT_GATE_RECONCILE_INTERVAL`): a day by default in the
   * App, so drift is caught and a sync a restart cut short is finished
   * without anyone asking; 0 turns them off (unset elsewhere: off). The
   * first runs at start. With Redis, one replica runs each pass.
   */
  reconcileIntervalSeconds?: number;
  /**
   * Content-creating writes the protection reconcile allows itself
   * (`PILOT_GATE_WRITES_PER_MINUTE`, `PILOT_GATE_WRITES_PER_HOUR`; GitHub's
   * secondary limits, 80 and 500, by default).
   */
  writeLimits?: { perMinute: number; perHour: number };
  /**
   * How long, after SIGTERM or SIGINT, the App's server lets the handlers in
   * flight finish before it exits anyway (`PILOT_GATE_SHUTDOWN_MS`; 25,000 by
   * default, inside Kubernetes' 30 s grace period).
   */
  shutdownMs?: number;
  /** The reconcile's clock and sleep; real time unless a test or the bench passes one. */
  reconcileClock?: { now(): number; sleep(ms: number): Promise<void> };
}

/** The App's scheduled reconcile, by default: once a day. */
const DAY_SECONDS = 86_400;

const TRUE = new Set(["1", "true", "yes", "on"]);
const FALSE = new Set(["", "0", "false", "no", "off"]);

/**
 * The one place the App reads its environment (Probot itself reads APP_ID,
 * PRIVATE_KEY, WEBHOOK_SECRET and the like). Throws on a value it cannot
 * read, so a typo such as `DRY_RUN=ture` stops the App at start instead of
 * making it write when its operator meant it not to.
 */
export function readAppOptions(env: NodeJS.ProcessEnv = process.env): AppOptions {
  return {
    dryRun: readBoolean(env, "DRY_RUN", false),
    configCacheSeconds: readSeconds(env, "PILOT_GATE_CONFIG_CACHE_SECONDS", 60),
    now: () => new Date(),
    checkRunButtons: true,
    freshPulls: "when-stale",
    evaluationWorkers: readWhole(env, "PILOT_GATE_EVALUATION_WORKERS", 2, 0, 64),
    evaluationBudgetMs: readWhole(env, "PILOT_GATE_EVALUATION_BUDGET_MS", 2_000, 100, 60_000),
    reconcileIntervalSeconds: readWhole(
      env,
      "PILOT_GATE_RECONCILE_INTERVAL",
      DAY_SECONDS,
      0,
      604_800,
    ),
    shutdownMs: readWhole(env, "PILOT_GATE_SHUTDOWN_MS", 25_000, 0, 3_600_000),
    writeLimits: {
      perMinute: readWhole(env, "PILOT_GATE_WRITES_PER_MINUTE", 80, 1, 10_000),
      perHour: readWhole(env, "PILOT_GATE_WRITES_PER_HOUR", 500, 1, 100_000),
    },
  };
}

function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const value = raw.trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new Error(`${name}="${raw}" is not a boolean: set it to true or false, or unset it.`);
}

function readWhole(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}="${raw}" is not a whole number between ${min} and ${max}.`);
  }
  return value;
}

function readSeconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 86_400) {
    throw new Error(`${name}="${raw}" is not a whole number of seconds between 0 and 86400.`);
  }
  return value;
}

/**
 * Whether an event's writes are only logged: the runtime's option (`DRY_RUN`,
 * the Action's `dry-run`) or the repository's `check.dry_run`, once its
 * config is read. Decided once per event and handed to the executor
 * (engine/execute.ts), the one code that honours it.
 */
export function isDryRun(
  options: Pick<AppOptions, "dryRun">,
  config?: { check: { dry_run: boolean } },
): boolean {
  return options.dryRun || config?.check.dry_run === true;
}
