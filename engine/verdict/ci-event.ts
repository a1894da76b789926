/**
 * CI finishing on a PR's head (check.require): the verdict is judged again
 * so `required-check` flips from "waiting for: …" as soon as the last
 * required check completes. Built to cost nothing when nothing can change,
 * and one list plus the write when something can.
 */
import { isPassing, isRequiredCheck, statusesNeeded } from "../../core/ci/required-checks.js";
import type { Config } from "../../core/index.js";
import type { PullInfo } from "../../github/pull.js";
import { loadRepoConfig } from "../config/repository.js";
import { type EventDeps, type EventScope, pullKey, repoKey } from "../event.js";
import type { CiSeen, LoadedConfig } from "../state.js";
import { ciSeenKey, type HeadCi, readHeadCi } from "./head-ci.js";
import { isQueueRef, pullNumberFromQueueRef } from "./merge-queue.js";
import { publishVerdict } from "./publish-verdict.js";

/** What a `check_run`, `check_suite` or `status` event says finished, reduced to what matters here. */
export interface CiEvent {
  /** The commit CI ran on. */
  sha: string;
  /** What finished: a check run or status by name, or a whole suite of one app's runs. */
  finished:
    | { kind: "check-run"; name: string; appId: number | undefined; conclusion: string | null }
    | { kind: "status"; context: string; state: string }
    | { kind: "check-suite"; appId: number | undefined };
  /** The PRs the payload names (same repository); `undefined` when it names none (statuses). */
  pulls: number[] | undefined;
  /** Branches the commit is on, as the payload says, to recognise a merge group's commit. */
  branches: string[];
}

/** Why a CI event was not judged, for the log and the tests; `judged` when it was. */
export type CiEventOutcome = { judged: number[] } | { ignored: string };

/**
 * Judges again the PRs (or the merge group) whose head `event.sha` is,
 * when the event can change their verdict. No request at all when the
 * config (cached) requires nothing, when the event is about the App's own
 * check or a check not required, when this process already judged the
 * commit with that check ending as it did now (a redelivery, a re-run that
 * ended the same), or when a required check passed while another was still
 * running (`stillWaiting`). Otherwise: the PR from memory when this process judged
 * it last at this head (else one read), one paginated list of the head's
 * check runs (statuses too only when an item could be one), and the write,
 * only when the check's content changed.
 */
export async function judgeCiEvent(
  deps: EventDeps,
  scope: EventScope,
  event: CiEvent,
): Promise<CiEventOutcome> {
  const loaded = await loadRepoConfig(deps);
  // A broken config is reported on every PR by its own events; CI cannot change that.
  if (!loaded.ok) return { ignored: "the config is invalid" };
  const { config } = loaded;
  const items = config.check.require;
  if (items.length === 0) return { ignored: "check.require is empty" };
  const why = await irrelevance(deps, config, event);
  if (why) return { ignored: why };
  const pulls = await pullsOf(deps, event);
  if (pulls.length === 0) return { ignored: `no open PR has ${event.sha.slice(0, 7)} as its head` };
  const judged: number[] = [];
  let headCi: HeadCi | undefined;
  for (const { number, queue } of pulls) {
    await deps.state.queue.run(pullKey(deps.repo, number), async () => {
      const pull = queue ? await deps.gh.getPull(number) : await currentPull(deps, number);
      if (!queue && pull.headSha !== event.sha) {
        deps.log.info(
          `#${number} has moved on from ${event.sha.slice(0, 7)}; its new head is judged on push`,
        );
        return;
      }
      // Read under the PR's key, so the verdict written is as new as the list.
      headCi ??= await readHeadCi(deps, config, event.sha);
      const outcome = await publishVerdict(deps, scope, {
        pull,
        checkSha: event.sha,
        manageLabels: !queue,
        loaded: loaded as Extract<LoadedConfig, { ok: true }>,
        ...(headCi ? { headCi } : {}),
      });
      if (outcome.status === "published") judged.push(number);
    });
  }
  return { judged };
}

/** Why the event cannot change a verdict, or `undefined` when it may. */
async function irrelevance(
  deps: EventDeps,
  config: Config,
  event: CiEvent,
): Promise<string | undefined> {
  const { finished } = event;
  const items = config.check.require;
  const seen = deps.state.ciSeen.get(ciSeenKey(deps, event.sha));
  if (finished.kind === "status") {
    // Another tool reusing our name is never counted, so its statuses change nothing.
    if (finished.context === config.check.name) return "a status reusing this check's name";
    if (!statusesNeeded(items) || !isRequiredCheck(items, finished.context, undefined)) {
      return `status ${finished.context} is not required`;
    }
    return seen?.ends[finished.context] === finished.state
      ? `status ${finished.context} is unchanged`
      : undefined;
  }
  // The App's own runs (this check, pilot-gate/protection...) never loop back into a verdict.
  if (finished.appId !== undefined && finished.appId === (await deps.gh.appId())) {
    return "the App's own check";
  }
  if (finished.kind === "check-run") {
    if (finished.name === config.check.name) return "a check reusing this check's name";
    if (!isRequiredCheck(items, finished.name, finished.appId)) {
      return `check ${finished.name} is not required`;
    }
    if (seen?.ends[finished.name] === `${finished.conclusion}`) {
      return `check ${finished.name} is unchanged`;
    }
    return seen ? stillWaiting(seen, items, finished) : undefined;
  }
  // A suite completes when its last run does, and each run's own event
  // judges; the suite's adds something only when this process has not seen
  // every required run of that app finish (an event missed, or handled by
  // another replica), or never saw that app's runs at all.
  const canSatisfy = items.some(
    (item) =>
      typeof item === "string" || item.app_id === undefined || item.app_id === finished.appId,
  );
  if (!canSatisfy) return "no required check can come from this app";
  const unseen = seen?.running.some(
    (run) => run.appId === finished.appId && isRequiredCheck(items, run.name, run.appId),
  );
  return seen?.apps.includes(finished.appId) && !unseen
    ? "every required run of this suite was seen finishing"
    : undefined;
}

/**
 * Why a required check passing changes nothing yet: another required run
 * was still running when the commit was last judged, so the check stays
 * "waiting for" whatever this one says. Without this, each job of a matrix
 * of hundreds would cost a list and a write; with it, the last one to
 * finish does (its event finds nothing else running), and a failure at
 * once. The passing run is marked finished in memory, so the next event
 * sees it. Should events be spread over replicas whose memories each miss
 * the other's runs finishing, the suite's completion, which follows all of
 * its runs, finds its app's runs not all seen finished and judges.
 */
function stillWaiting(
  seen: CiSeen,
  items: Config["check"]["require"],
  finished: { name: string; conclusion: string | null },
): string | undefined {
  if (!isPassing(finished.conclusion)) return undefined;
  const others = seen.running.filter(
    (run) => run.name !== finished.name && isRequiredCheck(items, run.name, run.appId),
  );
  if (others.length === 0) return undefined;
  seen.ends[finished.name] = `${finished.conclusion}`;
  seen.running = seen.running.filter((run) => run.name !== finished.name);
  return `${others.length} other required check${others.length === 1 ? " is" : "s are"} still running`;
}

/**
 * The PRs to judge: those the payload names, or, for a merge group's
 * commit, the PR its branch names. A status names no PR, only the commit:
 * the PRs this process judged at that head, else one request for the
 * commit's open PRs.
 */
async function pullsOf(
  deps: EventDeps,
  event: CiEvent,
): Promise<{ number: number; queue: boolean }[]> {
  const queueRef = event.branches.find(isQueueRef);
  if (queueRef !== undefined) {
    const number = pullNumberFromQueueRef(queueRef);
    return number === undefined ? [] : [{ number, queue: true }];
  }
  let numbers = event.pulls ?? [];
  if (numbers.length === 0) {
    const prefix = `${repoKey(deps.repo)}#`;
    const remembered = [...deps.state.pulls.entries()].filter(
      ([key, pull]) => key.startsWith(prefix) && pull.headSha === event.sha,
    );
    numbers =
      remembered.length > 0
        ? remembered.map(([, pull]) => pull.number)
        : // GitHub lists no PRs in check events for commits pushed to forks, and none in statuses.
          await deps.gh.listOpenPullsForCommit(event.sha);
  }
  return [...new Set(numbers)].map((number) => ({ number, queue: false }));
}

/**
 * The PR as this process last judged it, when no newer state of it was
 * delivered since (`pullsSeen`, shared by replicas on Redis), as `judgePullRequest` trusts a delivery;
 * else, and always under `freshPulls: always`, read from GitHub.
 */
async function currentPull(deps: EventDeps, number: number): Promise<PullInfo> {
  const key = pullKey(deps.repo, number);
  const remembered = deps.state.pulls.get(key);
  if (remembered && deps.state.options.freshPulls === "when-stale") {
    // Shared by the replicas when Redis is configured: another replica may
    // have judged a newer state of the PR. Memory that cannot be asked
    // costs one read, never a stale judgement.
    const newest = await deps.state.pullsSeen.newest(key).catch(() => undefined);
    if (newest !== undefined && remembered.updatedAt === newest) return remembered;
  }
  return deps.gh.getPull(number);
}
