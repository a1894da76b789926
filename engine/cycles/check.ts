import {
  type CyclesReport,
  cyclesTitle,
  evaluateCycles,
  renderCyclesMarkdown,
} from "../../core/cycles/index.js";
import { CHECK_RUN_TEXT_BYTES } from "../../core/github-limits.js";
import {
  type CheckRunBody,
  describeWrite,
  type Write,
  type WriteAction,
} from "../../core/write-plan.js";
import { loadRepoConfig } from "../config/repository.js";
import type { EventDeps, EventScope } from "../event.js";
import { executePlan } from "../execute.js";
import { isDryRun } from "../options.js";
import { gatherCycleInputs } from "./gather.js";

/** The check the App posts on the default branch with the cycles' exit gates. */
export const CYCLE_CHECK_NAME = "pilot-gate/cycle";

/** The `pilot-gate/cycle` check for a report: green only when every started cycle met its exit criteria. */
export function cycleCheckRun(report: CyclesReport): CheckRunBody {
  return {
    name: CYCLE_CHECK_NAME,
    conclusion: report.met ? "success" : "failure",
    completedAt: report.at,
    title: cyclesTitle(report),
    summary: renderCyclesMarkdown(report, CHECK_RUN_TEXT_BYTES),
    annotations: [],
    actions: [],
  };
}

/** What one cycle check did, for tests and the log. */
export interface CycleCheckOutcome {
  report?: CyclesReport;
  posted?: boolean;
  skipped?: string;
  requests: number;
}

/**
 * Judges the repository's cycles and posts `pilot-gate/cycle` on `sha` (a
 * commit of the default branch), or on the default branch's head when
 * `sha` is undefined (read when the write is made). A repository with no
 * `cycles:` (or a config that does not parse, which its other checks
 * report) gets nothing. Requests: config 1 (0 while cached), what
 * `gatherCycleInputs` reads, the App's id 0 or 1 (once per process), the
 * check 1 (2 on the branch's head). A dry run reads the same and posts
 * nothing. `scope` learns the commit, so a failure is posted there.
 */
export async function postCycleCheck(
  deps: EventDeps,
  scope: EventScope,
  sha: string | undefined,
): Promise<CycleCheckOutcome> {
  const before = deps.gh.requests;
  const loaded = await loadRepoConfig(deps);
  if (!loaded.ok)
    return { skipped: "the config does not parse", requests: deps.gh.requests - before };
  const { config } = loaded;
  if (Object.keys(config.cycles).length === 0) {
    return { skipped: "no cycles: in the config", requests: deps.gh.requests - before };
  }
  const dryRun = isDryRun(deps.state.options, config);
  scope.dryRun = dryRun;
  scope.checkName = CYCLE_CHECK_NAME;
  if (sha !== undefined) scope.checkSha = sha;
  const now = deps.state.options.now();
  const appId = config.protection.app_id ?? (await deps.gh.appId());
  const inputs = await gatherCycleInputs(deps.gh, config, {
    now,
    appId,
    defaultBranch: deps.repo.defaultBranch,
  });
  const report = evaluateCycles(config, inputs);
  const body = cycleCheckRun(report);
  const action: WriteAction =
    sha === undefined
      ? { kind: "branch-check-run", branch: deps.repo.defaultBranch, body }
      : { kind: "check-run", sha, body };
  const write: Write = { ...action, failure: "fails-event", what: describeWrite(action) };
  const [executed] = await executePlan(deps, [write], { dryRun });
  deps.log.info(
    {
      met: report.met,
      cycles: report.cycles.map((c) => ({ id: c.id, phase: c.phase, met: c.met })),
    },
    `${CYCLE_CHECK_NAME}: ${body.title}`,
  );
  return { report, posted: executed?.made === true, requests: deps.gh.requests - before };
}
