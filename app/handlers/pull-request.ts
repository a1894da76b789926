import type { Context } from "probot";
import { waveFromLabels } from "../../core/incidents/index.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import { appLabelKey, labelWriteKey, pullKey, type RepoContext } from "../../engine/event.js";
import type { AppState, LoadedConfig } from "../../engine/state.js";
import { judgePullRequest, labelEventOf } from "../../engine/verdict/judge.js";
import { inWave, rejudgeOpenPulls } from "../../engine/verdict/rejudge.js";
import { type RawPull, toPullInfo, waveOfPull } from "../../github/pull.js";
import { repoContextOf, runGuarded } from "./guard.js";

type PullRequestContext = Context<"pull_request"> | Context<"pull_request_review">;

/**
 * `pull_request` (opened, edited, synchronize, reopened, ready_for_review,
 * labeled, unlabeled) and `pull_request_review` (submitted, dismissed):
 * the payload carries the PR, so no request is needed to read it.
 */
export async function onPullRequest(context: PullRequestContext, state: AppState): Promise<void> {
  const payload = context.payload;
  const repo = repoContextOf(payload);
  const key = pullKey(repo, payload.pull_request.number);
  const { labelEvent } = labelEventOf(payload);
  if (labelEvent && isOwnLabelEcho(state, repo, payload.pull_request.number, labelEvent)) {
    context.log.debug(`${context.name}.${payload.action}: the echo of the App's own label change`);
    return;
  }
  const changedLabel = labelEvent?.label;
  // Someone else changed a label: what this process remembers of it no longer holds.
  if (changedLabel !== undefined) {
    state.appLabels.delete(appLabelKey(repo, payload.pull_request.number, changedLabel));
  }
  let loaded: LoadedConfig | undefined;
  await state.queue.run(key, () =>
    runGuarded(context as Context, state, payload, async (deps, scope) => {
      // A closed PR is not judged (nor its config read); see publishVerdict.
      if (payload.pull_request.state === "open") {
        scope.checkSha = payload.pull_request.head.sha;
        loaded = await loadRepoConfig(deps);
      }
      const outcome = await judgePullRequest(deps, scope, payload, loaded);
      if (outcome.status === "ignored") deps.log.debug(`nothing to do: ${outcome.why}`);
    }),
  );
  // After the PR's own key is released: the wave's later PRs are judged under theirs.
  const entersWave =
    payload.action === "reopened" ||
    payload.action === "ready_for_review" ||
    changedLabel !== undefined;
  if (
    context.name === "pull_request" &&
    entersWave &&
    loaded?.ok &&
    loaded.config.incidents.enabled
  ) {
    await onWaveChange(context as Context<"pull_request">, state, { changedLabel, loaded });
  }
}

/** `pull_request` actions after which a PR no longer counts in its wave's WIP. */
export const WAVE_LEAVE_ACTIONS = ["closed", "converted_to_draft"] as const;

/**
 * A PR entered or left its wave's count (closed, converted to draft,
 * reopened, ready for review, or its wave label changed): the wave's later
 * open PRs are judged again, since the WIP limit counts PRs in the order they
 * were opened, so the sixth passes once one of the five before it leaves.
 * Also the PR itself when it stays open as a draft. Only with
 * `incidents.enabled` and a PR that has a wave.
 */
export async function onWaveChange(
  context: Context<"pull_request">,
  state: AppState,
  options: { changedLabel?: string; loaded?: LoadedConfig } = {},
): Promise<void> {
  const { payload } = context;
  const pull = toPullInfo(payload.pull_request as RawPull);
  const event = `pull_request.${payload.action}`;
  await runGuarded(context as Context, state, payload, async (deps) => {
    const loaded = options.loaded ?? (await loadRepoConfig(deps));
    if (!loaded.ok || !loaded.config.incidents.enabled) return;
    // A label event changes the count of the label's wave; any other, the PR's own.
    const wave =
      options.changedLabel === undefined
        ? waveOfPull(pull, loaded.config.incidents)
        : waveFromLabels([options.changedLabel], loaded.config.incidents);
    if (!wave) return;
    const self = payload.action === "converted_to_draft";
    const member = inWave(loaded.config, wave);
    const { judged } = await rejudgeOpenPulls(
      deps,
      loaded,
      (open) =>
        member(open) && (open.number > pull.number || (self && open.number === pull.number)),
      event,
    );
    deps.log.info(
      { judged },
      `#${pull.number} ${payload.action}: judged ${judged.length} PR(s) of wave ${wave} again`,
    );
  });
}

/**
 * A `labeled`/`unlabeled` event a bot sent for a label change this process
 * just made: the verdict already accounts for it (see `publishVerdict`), so
 * it is skipped without a request. A person's change, or one this process
 * did not make, is judged as usual.
 */
function isOwnLabelEcho(
  state: AppState,
  repo: RepoContext,
  number: number,
  labelEvent: NonNullable<ReturnType<typeof labelEventOf>["labelEvent"]>,
): boolean {
  if (labelEvent.senderType !== "Bot") return false;
  const key = labelWriteKey(repo, number, labelEvent.action, labelEvent.label);
  if (!state.labelWrites.get(key)) return false;
  state.labelWrites.delete(key);
  return true;
}
