import type { Context } from "probot";
import { waveFromLabels } from "../../core/incidents/index.js";
import { loadRepoConfig } from "../config.js";
import { publishVerdict, type VerdictOutcome } from "../publish-verdict.js";
import { type RawPull, toPullInfo, waveOfPull } from "../pull.js";
import { inWave, rejudgeOpenPulls } from "../rejudge.js";
import {
  type AppState,
  type EventDeps,
  type EventScope,
  type LoadedConfig,
  pullKey,
} from "../state.js";
import { repoContextOf, runGuarded } from "./guard.js";

type PullRequestContext = Context<"pull_request"> | Context<"pull_request_review">;

/** A `pull_request` or `pull_request_review` payload, as a webhook or a workflow receives it. */
export type PullRequestPayload = PullRequestContext["payload"];

/**
 * `pull_request` (opened, edited, synchronize, reopened, ready_for_review,
 * labeled, unlabeled) and `pull_request_review` (submitted, dismissed):
 * the payload carries the PR, so no request is needed to read it.
 */
export async function onPullRequest(context: PullRequestContext, state: AppState): Promise<void> {
  const payload = context.payload;
  const key = pullKey(repoContextOf(payload), payload.pull_request.number);
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
  const changedLabel = labelEventOf(payload).labelEvent?.label;
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
 * Judges the PR a `pull_request` or `pull_request_review` payload carries
 * and publishes the verdict on its head commit, labels included: the
 * handler the App and the Action share.
 */
export function judgePullRequest(
  deps: EventDeps,
  scope: EventScope,
  payload: PullRequestPayload,
  loaded?: LoadedConfig,
): Promise<VerdictOutcome> {
  const pull = toPullInfo(payload.pull_request as RawPull);
  return publishVerdict(deps, scope, {
    pull,
    ...(loaded ? { loaded } : {}),
    checkSha: pull.headSha,
    manageLabels: true,
    // The head commit is new to the PR: the check run lookup is skipped (see
    // `existingRun`). The Action, a process per event, has no memory to
    // consult either, so it skips the lookup and the app id it would need.
    newCommit: payload.action === "opened" || payload.action === "synchronize",
    ...("before" in payload && payload.action === "synchronize"
      ? { previousSha: payload.before }
      : {}),
    ...labelEventOf(payload),
  });
}

function labelEventOf(payload: PullRequestPayload) {
  if (payload.action !== "labeled" && payload.action !== "unlabeled") return {};
  const label = "label" in payload ? payload.label?.name : undefined;
  if (label === undefined) return {};
  return {
    labelEvent: { action: payload.action, label, senderType: payload.sender.type },
  };
}
