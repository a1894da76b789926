import type { Context } from "probot";
import { waveFromLabels } from "../../core/incidents/index.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import {
  type AppState,
  appLabelKey,
  type EventDeps,
  type EventScope,
  type LoadedConfig,
  labelWriteKey,
  pullKey,
  type RepoContext,
} from "../../engine/state.js";
import { publishVerdict, type VerdictOutcome } from "../../engine/verdict/publish-verdict.js";
import { inWave, rejudgeOpenPulls } from "../../engine/verdict/rejudge.js";
import { type PullInfo, type RawPull, toPullInfo, waveOfPull } from "../../github/pull.js";
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
 * Judges the PR a `pull_request` or `pull_request_review` payload carries
 * and publishes the verdict on its head commit, labels included: the
 * handler the App and the Action share. A payload that may be stale (see
 * `currentPull`) is replaced by the PR as GitHub has it now.
 */
export async function judgePullRequest(
  deps: EventDeps,
  scope: EventScope,
  payload: PullRequestPayload,
  loaded?: LoadedConfig,
): Promise<VerdictOutcome> {
  const delivered = toPullInfo(payload.pull_request as RawPull);
  const pull = delivered.state === "open" ? await currentPull(deps, delivered) : delivered;
  // A newer head than the event's: the event's push details no longer apply.
  const sameHead = pull.headSha === delivered.headSha;
  return publishVerdict(deps, scope, {
    pull,
    ...(loaded ? { loaded } : {}),
    checkSha: pull.headSha,
    manageLabels: true,
    // The head commit is new to the PR: the check run lookup is skipped (see
    // `existingRun`). The Action, a process per event, has no memory to
    // consult either, so it skips the lookup and the app id it would need.
    newCommit: sameHead && (payload.action === "opened" || payload.action === "synchronize"),
    ...(sameHead && "before" in payload && payload.action === "synchronize"
      ? { previousSha: payload.before }
      : {}),
    ...labelEventOf(payload),
  });
}

/**
 * The PR to judge: the delivered one, unless it may be stale, then the PR
 * as GitHub has it now (whichever of the two changed last, should GitHub's
 * answer lag behind its own webhook). GitHub does not deliver events in
 * order, so an `edited` delivery may arrive after a `labeled` one it
 * preceded; judged as delivered, it would overwrite the newer verdict. A
 * delivery is taken as it is when it is newer than any state of the PR
 * this process has seen (no request); otherwise, and always under
 * `freshPulls: always`, the PR is read.
 */
async function currentPull(deps: EventDeps, delivered: PullInfo): Promise<PullInfo> {
  const { state } = deps;
  const key = pullKey(deps.repo, delivered.number);
  const seen = state.pullsSeen.get(key);
  const fresh =
    state.options.freshPulls === "when-stale" &&
    delivered.updatedAt !== "" &&
    (seen === undefined || isAfter(delivered.updatedAt, seen));
  let pull = delivered;
  if (!fresh) {
    const read = await deps.gh.getPull(delivered.number);
    if (!isAfter(delivered.updatedAt, read.updatedAt)) pull = read;
    if (pull !== delivered) deps.log.debug(`#${delivered.number}: judged as GitHub has it now`);
  }
  if (pull.updatedAt !== "" && (seen === undefined || isAfter(pull.updatedAt, seen))) {
    state.pullsSeen.set(key, pull.updatedAt);
  }
  return pull;
}

/** Whether ISO 8601 time `a` is strictly after `b` (an unreadable time is never after). */
function isAfter(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isFinite(ta) && (!Number.isFinite(tb) || ta > tb);
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

function labelEventOf(payload: PullRequestPayload) {
  if (payload.action !== "labeled" && payload.action !== "unlabeled") return {};
  const label = "label" in payload ? payload.label?.name : undefined;
  if (label === undefined) return {};
  return {
    labelEvent: { action: payload.action, label, senderType: payload.sender.type },
  };
}
