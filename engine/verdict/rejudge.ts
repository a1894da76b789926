import type { Config } from "../../core/index.js";
import type { OpenPull } from "../../github/client.js";
import { waveOfPull } from "../../github/pull.js";
import { type EventDeps, type EventScope, pullKey } from "../event.js";
import type { LoadedConfig } from "../state.js";
import { failureReason, postEvaluationError } from "./evaluation-error.js";
import { publishVerdict } from "./publish-verdict.js";

/** What a re-judging pass did, for the log and the tests. */
export interface RejudgeResult {
  judged: number[];
  failed: number[];
}

/**
 * Judges again the open PRs `select` picks, after something outside them
 * changed what their verdict depends on (an incident, a freeze, the PRs in
 * flight in their wave). Each PR is judged under its own queue key, so it
 * never races that PR's own events; the caller must not hold one of those
 * keys. One PR's failure is posted on its own check ("could not evaluate")
 * and does not stop the others. PRs whose verdict did not change cost no
 * write (the check run's digest is unchanged).
 */
export async function rejudgeOpenPulls(
  deps: EventDeps,
  loaded: Extract<LoadedConfig, { ok: true }>,
  select: (pull: OpenPull) => boolean,
  event: string,
): Promise<RejudgeResult> {
  const pulls = (await deps.gh.listOpenPulls()).filter(select);
  const result: RejudgeResult = { judged: [], failed: [] };
  // One at a time: a freeze can touch every open PR, and the installation's
  // rate limit is shared with everything else the App does.
  for (const pull of pulls) {
    await deps.state.queue.run(pullKey(deps.repo, pull.number), async () => {
      const scope: EventScope = {};
      try {
        await publishVerdict(deps, scope, {
          pull,
          checkSha: pull.headSha,
          manageLabels: true,
          loaded,
        });
        result.judged.push(pull.number);
      } catch (error) {
        result.failed.push(pull.number);
        const reason = failureReason(error);
        deps.log.error(
          { err: error, event, pull: pull.number },
          `${event}: could not judge #${pull.number} again: ${reason}`,
        );
        await postEvaluationError(deps, scope, reason, event);
      }
    });
  }
  return result;
}

/** The open PRs of `wave` (case does not matter), as the WIP limit counts them. */
export function inWave(config: Config, wave: string): (pull: OpenPull) => boolean {
  const wanted = wave.toLowerCase();
  return (pull) => waveOfPull(pull, config.incidents)?.toLowerCase() === wanted;
}
