/**
 * What the process remembers between events (AppState): configs, templates,
 * files and check runs read from GitHub, the App's own label changes, the
 * per-PR queue, the newest state of each PR judged. What one event works with is in event.ts.
 */
import type { LRUCache } from "lru-cache";
import type { Config, ConfigError, Receipt } from "../core/index.js";
import type { ChangedFile, PullFiles } from "../github/client.js";
import type { PullInfo } from "../github/pull.js";
import { boundedCache, expiringCache, KeyedQueue } from "./cache.js";
import type { FailureStreak } from "./incidents/failures.js";
import type { AppOptions } from "./options.js";
import { type Evaluator, INLINE_EVALUATOR } from "./verdict/evaluator.js";

/** A repository's config as last read from its default branch. */
export type LoadedConfig =
  | {
      ok: true;
      config: Config;
      /** False when no file was found: the playbook defaults. */
      fromFile: boolean;
      /** The files composed (`owner/repo:path`), the repository's own (or its organisation's) first. */
      files: string[];
    }
  | { ok: false; error: ConfigError; checkName: string };

/** One file of a cached config's chain, as last read. */
export interface CachedConfigFile {
  /** `owner/repo:path`. */
  name: string;
  /** GitHub answered 404: no such file. */
  missing: boolean;
  etag: string | undefined;
  /** The `_extends` it named, to follow the chain again when it answers 304. */
  extends: string | undefined;
}

export interface CachedConfig {
  /** The files read, in the order they were asked for. */
  files: CachedConfigFile[];
  fetchedAt: number;
  loaded: LoadedConfig;
}

/** A repository's PR template as last looked up on its default branch (engine/config/pr-template.ts). */
export interface CachedTemplate {
  fetchedAt: number;
  /** The template and where it was found; `undefined` when the repository has none. */
  found:
    | { path: string; text: string; etag: string | undefined; sha: string | undefined }
    | undefined;
  /**
   * The folders the lookup listed, by path, with the tree they were listed
   * from: one whose tree is unchanged is not listed again.
   */
  folders: Record<string, { sha: string; files: { name: string; sha: string }[] }>;
}

/** What a PR's commit pair changes; immutable, so cached until evicted. */
export interface CachedFiles {
  files: ChangedFile[];
  /** Set when GitHub's list is cut (see `GitHubClient.listPullFiles`). */
  partial: PullFiles["partial"];
  /** Problems in the PR's own version of the config, once read. */
  pullConfigProblems?: ConfigError | null;
}

/** A commit's CI as last judged (check.require; see `rememberCi`). */
export interface CiSeen {
  /** How the newest check run of each name, and each status context, stood: a conclusion, `null` while running, or a state. */
  ends: Record<string, string>;
  /** Check runs still running then (the newest of each name), and the app of each. */
  running: { name: string; appId: number | undefined }[];
  /** The apps that had check runs on the commit then, by id. */
  apps: (number | undefined)[];
}

/** This App's check run on a commit, as the App last saw or wrote it. */
export interface KnownCheckRun {
  id: number;
  receipts: Receipt[];
  annotationsCount: number;
  /** Digest of the last output written, to skip a write that would change nothing. */
  digest?: string;
  /** What GitHub showed of the run when it was looked up, to skip a write that would change nothing. */
  shows?: { conclusion: string | null; title: string; summary: string };
  /** Failing commits in a row, as the run records it (incidents.enabled). */
  streak?: FailureStreak;
  /** When each blocking finding was first shown on the commit, as the run records it. */
  shown?: Record<string, string>;
}

/**
 * Everything the App remembers between events, per loaded App (so each test
 * and each replica starts empty). Nothing here is the truth: GitHub is; these
 * only save requests and are safe to lose.
 */
export interface AppState {
  options: AppOptions;
  configs: LRUCache<string, CachedConfig>;
  files: LRUCache<string, CachedFiles>;
  checkRuns: LRUCache<string, KnownCheckRun>;
  /** PR templates, by repository (`repoKey`). */
  templates: LRUCache<string, CachedTemplate>;
  /**
   * Paths looked up at a commit (`repo@sha`), and whether each exists: a
   * commit never changes, so an edited body citing the same evidence costs
   * no second lookup.
   */
  headPaths: LRUCache<string, Record<string, boolean>>;
  /** Answers of conditional list requests (incidents, freezes, open PRs), by request. */
  conditional: LRUCache<string, { etag: string; data: unknown }>;
  queue: SerialQueue;
  appSlug: string | undefined;
  /** The App's id, once learned: signing a JWT to read it costs CPU on every call. */
  appId: number | undefined;
  /**
   * Label changes this process made, by `labelWriteKey`, until their
   * webhook echo arrives: the echo is then skipped without a request.
   */
  labelWrites: LRUCache<string, true>;
  /**
   * Labels this process put on a PR and has not seen change since, by
   * `appLabelKey`: enough to word a summary without asking who applied a
   * label, never enough to remove one (see `labelAppliedByApp`).
   */
  appLabels: LRUCache<string, true>;
  /** The newest `updated_at` seen per PR (by `pullKey`), to tell a late delivery. */
  pullsSeen: PullMemory;
  /** Each PR as last judged at its head (by `pullKey`): CI events judge it again without a read. */
  pulls: LRUCache<string, PullInfo>;
  /** How each commit's CI stood when last judged (`repo@sha`), so an event repeating it costs nothing. */
  ciSeen: LRUCache<string, CiSeen>;
  /** Where PRs are judged: on this thread, or the App's worker pool. */
  evaluator: Evaluator;
}

/**
 * Runs tasks one at a time per key (a PR, an issue, a commit), so two events
 * about one PR never write conflicting check runs or labels. In one process
 * an in-process queue (`KeyedQueue`) is enough; the App's replicas sharing a
 * Redis take a lock per key as well (app/redis-lock.ts).
 */
export interface SerialQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/**
 * The newest `updated_at` seen of each PR (by `pullKey`), so a delivery
 * older than one already judged is not judged as delivered (see
 * `currentPull` in verdict/judge.ts). In this process (`LocalPullMemory`),
 * or in Redis shared by the replicas (app/redis-pulls.ts), so replica B
 * knows what replica A judged. Either may forget: the cost is one read of
 * the PR from GitHub.
 */
export interface PullMemory {
  /** The newest `updated_at` remembered for the PR; throws when the memory cannot be asked. */
  newest(key: string): Promise<string | undefined>;
  /** Remembers `updatedAt` for the PR unless a newer one is remembered already. */
  remember(key: string, updatedAt: string): Promise<void>;
}

/** A `PullMemory` of one process, bounded. */
export class LocalPullMemory implements PullMemory {
  readonly #seen = boundedCache<string>(5_000);

  async newest(key: string): Promise<string | undefined> {
    return this.#seen.get(key);
  }

  async remember(key: string, updatedAt: string): Promise<void> {
    const seen = this.#seen.get(key);
    if (seen === undefined || isLater(updatedAt, seen)) this.#seen.set(key, updatedAt);
  }
}

/** Whether ISO 8601 time `a` is strictly after `b` (an unreadable time is never after; any readable one is after an unreadable one). */
export function isLater(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isFinite(ta) && (!Number.isFinite(tb) || ta > tb);
}

/**
 * How long a label change this process made waits for its webhook echo:
 * GitHub delivers it within seconds, and a mark left by an echo that never
 * came must not swallow a later bot's change of the same label.
 */
export const LABEL_ECHO_MS = 10 * 60 * 1_000;

export function createState(
  options: AppOptions,
  evaluator: Evaluator = INLINE_EVALUATOR,
  queue: SerialQueue = new KeyedQueue(),
  pullsSeen: PullMemory = new LocalPullMemory(),
): AppState {
  return {
    evaluator,
    options,
    configs: boundedCache(1_000),
    files: boundedCache(2_000),
    checkRuns: boundedCache(5_000),
    templates: boundedCache(1_000),
    headPaths: boundedCache(2_000),
    conditional: boundedCache(2_000),
    queue,
    appSlug: undefined,
    appId: undefined,
    labelWrites: expiringCache(2_000, LABEL_ECHO_MS, options.now),
    appLabels: boundedCache(5_000),
    pullsSeen,
    pulls: boundedCache(5_000),
    ciSeen: boundedCache(5_000),
  };
}
