import { type CiState, statusesNeeded } from "../../core/ci/required-checks.js";
import type { Config } from "../../core/index.js";
import { MAX_HEAD_CHECKS } from "../../core/limits.js";
import type { ExistingCheckRun } from "../../github/client.js";
import { type EventDeps, repoKey } from "../event.js";
import { settleAll } from "../settle.js";

/** The head's CI for `check.require`, and this App's own runs the same list held. */
export interface HeadCi {
  ci: CiState;
  /**
   * This App's runs of the check on the commit, newest first, for receipts
   * (see `rememberListedRuns`); `undefined` when the list was cut short and
   * may not hold them all.
   */
  ours: ExistingCheckRun[] | undefined;
}

/**
 * What `check.require` needs of commit `sha`: one paginated list of its
 * check runs (bounded by `MAX_HEAD_CHECKS`), and its statuses only when an
 * item could be a status context (`statusesNeeded`). No request when
 * nothing is required.
 */
export async function readHeadCi(
  deps: EventDeps,
  config: Config,
  sha: string,
): Promise<HeadCi | undefined> {
  const items = config.check.require;
  if (items.length === 0) return undefined;
  const [appId, listed, statuses] = await settleAll([
    deps.gh.appId(),
    deps.gh.listHeadCheckRuns(sha, MAX_HEAD_CHECKS),
    statusesNeeded(items)
      ? deps.gh.listHeadStatuses(sha, MAX_HEAD_CHECKS)
      : Promise.resolve(undefined),
  ]);
  const cutRuns = listed.total > listed.runs.length;
  const ci: CiState = {
    runs: listed.runs.map(({ id, name, appId, status, conclusion, url, startedAt }) => ({
      id,
      name,
      appId,
      status,
      conclusion,
      url,
      startedAt,
    })),
    ownAppId: appId,
    now: deps.state.options.now().toISOString(),
    ...(statuses ? { statuses: statuses.statuses } : {}),
    ...(cutRuns
      ? { truncated: { listed: listed.runs.length, total: listed.total } }
      : statuses?.cut
        ? { truncated: { listed: statuses.statuses.length, total: undefined } }
        : {}),
  };
  const name = config.check.name;
  const ours = cutRuns
    ? undefined
    : listed.runs
        .filter((run) => run.appId === appId && run.name === name)
        .sort((a, b) => b.id - a.id)
        .map((run) => ({
          id: run.id,
          summary: run.summary,
          annotationsCount: run.annotationsCount,
          conclusion: run.conclusion,
          title: run.title,
        }));
  return { ci, ours };
}

/** The key of a commit's CI in `AppState.ciSeen`. */
export function ciSeenKey(deps: Pick<EventDeps, "repo">, sha: string): string {
  return `${repoKey(deps.repo)}@${sha}`;
}

/**
 * Remembers how the commit's CI stood once a verdict judged from it is
 * published, so a CI event that repeats it (a redelivery, a re-run ending
 * as before) is ignored without a request (see `judgeCiEvent`).
 */
export function rememberCi(deps: EventDeps, sha: string, headCi: HeadCi): void {
  const ends: Record<string, string> = {};
  const newest = new Map<string, number>();
  for (const run of headCi.ci.runs) {
    if ((newest.get(run.name) ?? -1) > run.id) continue;
    newest.set(run.name, run.id);
    ends[run.name] = `${run.status === "completed" ? run.conclusion : null}`;
  }
  for (const status of headCi.ci.statuses ?? []) ends[status.context] = status.state;
  const running = headCi.ci.runs
    .filter((run) => newest.get(run.name) === run.id && run.status !== "completed")
    .map((run) => ({ name: run.name, appId: run.appId }));
  deps.state.ciSeen.set(ciSeenKey(deps, sha), {
    ends,
    running,
    apps: [...new Set(headCi.ci.runs.map((run) => run.appId))],
  });
}
