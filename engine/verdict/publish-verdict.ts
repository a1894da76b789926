import picomatch from "picomatch";
import { CHECK_RUN_ANNOTATIONS_PER_REQUEST } from "../../core/github-limits.js";
import { isWaveLabel } from "../../core/incidents/index.js";
import {
  CONFIG_PATH,
  type Config,
  type ConfigError,
  type PullRequestSnapshot,
  pathsToCheck,
  type Receipt,
  type Verdict,
} from "../../core/index.js";
import { labelOn, sameLabel } from "../../core/labels.js";
import {
  applyOverrides,
  decideOverride,
  type OverrideCommand,
  type OverrideRequester,
} from "../../core/overrides.js";
import {
  fitAnnotations,
  type Plan,
  type PlannedAnnotation,
  type PlannedCheckRun,
  planConfigError,
  planPullRequest,
} from "../../core/plan.js";
import { codeBlock } from "../../core/render/escape.js";
import { reviewersToCheck } from "../../core/rules/governance-files.js";
import type { Write } from "../../core/write-plan.js";
import type { PullInfo } from "../../github/pull.js";
import { type Applied, appliedOf } from "../applied.js";
import { loadPrTemplate } from "../config/pr-template.js";
import { loadRepoConfig, parsePullConfigText } from "../config/repository.js";
import { appLabelKey, type EventDeps, type EventScope, pullKey, repoKey } from "../event.js";
import { type ExecutedWrite, executePlan } from "../execute.js";
import {
  escalationLabelFor,
  escalationWrite,
  streakBefore,
  withFailureStreak,
} from "../incidents/failures.js";
import { loadIncidentState } from "../incidents/open-incidents.js";
import { isDryRun } from "../options.js";
import { expandRoles } from "../roles.js";
import { settleAll } from "../settle.js";
import type { CachedFiles, KnownCheckRun, LoadedConfig } from "../state.js";
import { rememberWrites, verdictWrites } from "./apply-plan.js";
import { findKnownCheckRun, rememberedCheckRun, rememberListedRuns } from "./check-runs.js";
import { type HeadCi, readHeadCi, rememberCi } from "./head-ci.js";
import { knownHeadPaths, lookUpHeadPaths } from "./head-paths.js";
import { mergeReceipts } from "./receipts.js";

/** One evaluation to publish. */
export interface VerdictRequest {
  pull: PullInfo;
  /** Commit the check run goes on: the PR head, or a merge group's head. */
  checkSha: string;
  /** Keep the NO_MERGE label in step (PR events); merge groups leave labels alone. */
  manageLabels: boolean;
  /** The PR's previous head (`synchronize`), whose receipts carry over under `carry_over`. */
  previousSha?: string;
  /**
   * An override command to decide against this evaluation (see
   * `decideOverride`) and record, accepted or refused, with the verdict.
   */
  override?: { command: OverrideCommand; requester: OverrideRequester; at: string };
  /** Already loaded by the caller, to save a lookup. */
  loaded?: LoadedConfig;
  /** Already looked up by the caller (`null`: looked up, none). */
  existing?: KnownCheckRun | null;
  /** A `labeled`/`unlabeled` event: only the NO_MERGE label matters, others change nothing. */
  labelEvent?: { action: "labeled" | "unlabeled"; label: string; senderType: string };
  /** A re-run request for a check of this name; another name is not ours to answer. */
  onlyForCheckName?: string;
  /** Ask GitHub rather than memory (re-runs): the config is revalidated, the check run looked up. */
  fresh?: boolean;
  /**
   * The event brought `checkSha` to the PR (`pull_request` `opened` or
   * `synchronize`): no run of ours is looked for on it, only remembered.
   * Ignored with `fresh` or `existing`. See `existingRun`.
   */
  newCommit?: boolean;
  /** The check commit's CI, already read by the caller (a CI event); read here otherwise. */
  headCi?: HeadCi;
}

export type VerdictOutcome =
  | {
      status: "published";
      plan: Plan;
      verdict: Verdict;
      receipts: Receipt[];
      config: Config;
      /** The receipt of `request.override`, as decided. */
      decided?: Receipt;
      /** What the executor did with the check run: `none` when the commit already carries it unchanged. */
      applied: Applied;
    }
  | { status: "config-error"; plan: Plan; applied: Applied }
  | { status: "ignored"; why: string };

/**
 * Gathers what the rules need with as few requests as the PR allows, judges
 * it, and publishes the verdict. Requests: the config and the PR template
 * (none while cached; see `loadPrTemplate`), the changed files (none when
 * this commit pair was seen), a folder listing per folder of cited evidence
 * the PR neither changes nor was looked up on this commit before (see
 * `lookUpHeadPaths`), the check run on
 * the commit (none when known, or when the event brought the commit:
 * `newCommit`); the previous head's run only under `carry_over` on a push
 * when neither is known; reviews and role teams only when a
 * governance file changed, and approving reviewers' permissions only while
 * no approver role has a holder; label events only when NO_MERGE is on the PR;
 * the PR's config only when the PR edits it. Then one check run write, and a
 * label write only when the label must change.
 */
export async function publishVerdict(
  deps: EventDeps,
  scope: EventScope,
  request: VerdictRequest,
): Promise<VerdictOutcome> {
  const { pull } = request;
  scope.checkSha = request.checkSha;
  // Before the config is read, only the runtime's option can say so.
  const dryRunBeforeConfig = isDryRun(deps.state.options);
  scope.dryRun = dryRunBeforeConfig;
  if (pull.state !== "open") return { status: "ignored", why: `PR #${pull.number} is closed` };

  const loaded = request.loaded ?? (await loadRepoConfig(deps, { revalidate: request.fresh }));
  if (!loaded.ok) {
    scope.checkName = loaded.checkName;
    if (request.onlyForCheckName && request.onlyForCheckName !== loaded.checkName) {
      return { status: "ignored", why: `check ${request.onlyForCheckName} is not ours` };
    }
    const existing = await existingRun(deps, request, loaded.checkName);
    const plan = planConfigError(loaded.error, request.checkSha, loaded.checkName);
    scope.judged = { plan };
    const receipts = existing?.receipts ?? [];
    const writes = verdictWrites(deps, plan, {
      checkSha: request.checkSha,
      pullNumber: undefined,
      existing,
      receipts,
    });
    const executed = await executePlan(deps, writes, { dryRun: dryRunBeforeConfig });
    rememberWrites(deps, executed, receipts);
    return { status: "config-error", plan, applied: appliedOf(executed) };
  }

  const { config } = loaded;
  const checkName = config.check.name;
  const dryRun = isDryRun(deps.state.options, config);
  scope.checkName = checkName;
  scope.dryRun = dryRun;
  if (request.onlyForCheckName && request.onlyForCheckName !== checkName) {
    return { status: "ignored", why: `check ${request.onlyForCheckName} is not ours` };
  }
  const noMergeLabel = config.rules["no-merge-label"].label;
  if (request.labelEvent && !labelAffectsVerdict(request.labelEvent.label, config)) {
    return {
      status: "ignored",
      why: `label ${request.labelEvent.label} does not affect the verdict`,
    };
  }

  // Independent lookups run together; each is skipped when memory or the PR makes it unnecessary.
  const [files, { existing, headCi }, appliedByApp, template] = await settleAll([
    changedFiles(deps, pull),
    ciAndExistingRun(deps, request, config),
    labelAppliedByApp(deps, pull, noMergeLabel, request.labelEvent),
    config.rules["pr-checklist"].enabled ? loadPrTemplate(deps) : Promise.resolve(undefined),
  ]);
  const paths = files.files.map((file) => file.path);
  const [governance, pullConfigProblems, recorded, incidentState] = await settleAll([
    governanceInputs(deps, pull, config, files, !loaded.fromFile),
    validatePullConfig(deps, pull, files),
    receiptsFor(deps, request, config, existing),
    loadIncidentState(deps, config, pull),
  ]);

  const known = knownHeadPaths(deps, pull, files);
  const snapshot: PullRequestSnapshot = {
    number: pull.number,
    branch: pull.headRef,
    base: pull.baseRef,
    title: pull.title,
    body: pull.body,
    labels: pull.labels,
    headSha: pull.headSha,
    draft: pull.draft,
    changedFiles: paths,
    ...(files.partial ? { changedFilesPartial: files.partial } : {}),
    ...governance,
    ...(incidentState ? { incidentState } : {}),
    ...(headCi ? { ci: headCi.ci } : {}),
    ...(template !== undefined ? { template } : {}),
    headPaths: known,
  };
  // Judged off the event loop where the App has workers, under the PR's
  // labels and with its NO_MERGE toggled: the two sets the label change
  // planned below can leave it with. Judged again only when the body cites
  // evidence paths neither the PR's files nor an earlier lookup answer.
  const toggled = labelOn(pull.labels, noMergeLabel)
    ? pull.labels.filter((label) => !sameLabel(label, noMergeLabel))
    : [...pull.labels, noMergeLabel];
  const judgeSnapshot = () =>
    deps.state.evaluator.evaluate(snapshot, config, [pull.labels, toggled]);
  let verdicts = await judgeSnapshot();
  const wanted = verdicts[0] ? pathsToCheck(verdicts[0]) : [];
  if (wanted.length > 0) {
    snapshot.headPaths = await lookUpHeadPaths(deps, pull, known, wanted);
    verdicts = await judgeSnapshot();
  }
  const [asIs, other] = verdicts;
  const evaluated = (labels: string[]): Verdict =>
    (labelOn(labels, noMergeLabel) === labelOn(pull.labels, noMergeLabel)
      ? asIs
      : other) as Verdict;
  // Receipts are tied to the PR's head commit, also when judging a merge group.
  const judgeWith = (labels: string[], receipts: Receipt[]) =>
    applyOverrides(evaluated(labels), receipts, pull.headSha, config);
  let receipts = recorded;
  let decided: Receipt | undefined;
  if (request.override) {
    const { command, requester, at } = request.override;
    decided = decideOverride(
      command,
      requester,
      {
        sha: pull.headSha,
        at,
        author: pull.author,
        verdict: judgeWith(pull.labels, receipts),
        shown: (request.checkSha === pull.headSha ? existing?.shown : undefined) ?? {},
      },
      config,
    );
    receipts = mergeReceipts(receipts, [decided]);
  }
  const now = deps.state.options.now().toISOString();
  const judge = (labels: string[], byApp: boolean) => {
    const verdict = judgeWith(labels, receipts);
    const plan = planPullRequest(
      verdict,
      {
        headSha: request.checkSha,
        draft: pull.draft,
        labels: { current: labels, appliedByApp: byApp },
        shown: { before: existing?.shown, now },
      },
      config,
    );
    return { verdict, plan };
  };
  let byApp = appliedByApp.byApp;
  let { verdict, plan } = judge(pull.labels, byApp);
  if (request.manageLabels && plan.labels.remove.length > 0 && !appliedByApp.proven) {
    // Only remembered so far: a removal needs GitHub's word that the label is ours.
    byApp = await labelAppliedByApp(deps, pull, noMergeLabel, request.labelEvent, {
      remembered: false,
    }).then((origin) => origin.byApp);
    if (!byApp) ({ verdict, plan } = judge(pull.labels, byApp));
  }
  const labels = request.manageLabels ? plan.labels : { add: [], remove: [] };
  if (labels.add.length > 0 || labels.remove.length > 0) {
    // Publish the check as it will read once the label change lands, so the
    // labeled/unlabeled event the change itself causes finds nothing to update.
    const settled = [
      ...pull.labels.filter((label) => !labels.remove.includes(label)),
      ...labels.add,
    ];
    const stillOurs =
      labels.add.length > 0 || (byApp && settled.some((l) => sameLabel(l, noMergeLabel)));
    const after = judge(settled, stillOurs);
    verdict = after.verdict;
    plan = after.plan;
  }
  let checkRun = plan.checkRun && withNotes(plan.checkRun, pullConfigProblems);
  const writes: Write[] = [];
  if (config.incidents.enabled && request.manageLabels) {
    // Failing commits in a row (incidents.consecutive_failures); the
    // escalation issue is written before the check (see `escalationWrite`).
    const before = await streakBefore(request, existing, () =>
      findKnownCheckRun(deps, request.previousSha as string, checkName),
    );
    if (checkRun) {
      const recorded = withFailureStreak(checkRun, before, config);
      checkRun = recorded.checkRun;
      // Waiting for CI changes no streak, so it writes no escalation issue either.
      const label = checkRun.waiting
        ? undefined
        : escalationLabelFor(config, recorded.streak, existing?.streak);
      const issue =
        label &&
        escalationWrite(config, pull, recorded.streak, label, await deps.gh.listOpenIssues(label));
      if (issue) writes.push(issue);
    }
  }
  // Complete from here on: what is published is what was planned.
  plan = { checkRun, labels };
  scope.judged = { plan, verdict };
  writes.push(
    ...verdictWrites(deps, plan, {
      checkSha: request.checkSha,
      pullNumber: request.manageLabels ? pull.number : undefined,
      existing,
      receipts,
    }),
  );
  const executed = await executePlan(deps, writes, { dryRun });
  rememberWrites(deps, executed, receipts);
  // Remembered only once published: a failed write must leave the next CI event something to do.
  if (headCi) rememberCi(deps, request.checkSha, headCi);
  if (request.manageLabels && request.checkSha === pull.headSha) {
    deps.state.pulls.set(pullKey(deps.repo, pull.number), withLabelsMade(pull, executed));
  }
  return {
    status: "published",
    plan,
    verdict,
    receipts,
    config,
    ...(decided ? { decided } : {}),
    applied: appliedOf(executed),
  };
}

/**
 * The PR with the label changes just made (none in a dry run): their
 * webhook echo is skipped unread, so a CI event judging the remembered PR
 * must see them.
 */
function withLabelsMade(pull: PullInfo, executed: readonly ExecutedWrite[]): PullInfo {
  let labels = pull.labels;
  for (const { write, made } of executed) {
    if (!made) continue;
    if (write.kind === "add-labels") labels = [...labels, ...write.labels];
    if (write.kind === "remove-label") labels = labels.filter((l) => !sameLabel(l, write.label));
  }
  return labels === pull.labels ? pull : { ...pull, labels };
}

/** NO_MERGE always; a wave label too while the incident protocol runs (it moves the PR between WIP counts). */
function labelAffectsVerdict(label: string, config: Config): boolean {
  if (sameLabel(label, config.rules["no-merge-label"].label)) return true;
  return config.incidents.enabled && isWaveLabel(label, config.incidents);
}

/**
 * This App's run to update on the check commit, and the receipts it holds.
 *
 * A commit the event just brought to the PR (`opened`, `synchronize`) is not
 * looked up, only remembered: the lookup would almost always answer "none",
 * and skipping it takes such an event from 4 requests to 3 (2 with the config
 * cached; in the Action also no request for the app id). What that gives up,
 * and why it is acceptable:
 * - A redelivery handled by this replica finds the run in memory (written by
 *   the first delivery) and updates it, or writes nothing when unchanged.
 * - A redelivery handled by another replica, or a second Action run, posts a
 *   second run with the same verdict. GitHub shows and branch protection
 *   reads the newest run of a name, so the older one is only superseded, and
 *   later lookups (every other event) find the newest and merge the receipts
 *   of all runs, so none is lost.
 * - Receipts already on the commit (an override handled by another replica
 *   before this push's event arrived, or a commit that is also another PR's
 *   head) are not applied to this run; the next event that looks up does.
 * Every other event (reopened, edited, labeled, reviews, re-runs, overrides,
 * merge groups) may find a run of ours on the commit, so it looks up, and so
 * does anything `fresh`.
 */
async function existingRun(
  deps: EventDeps,
  request: VerdictRequest,
  checkName: string,
): Promise<KnownCheckRun | undefined> {
  if (request.existing !== undefined) return request.existing ?? undefined;
  if (request.newCommit && !request.fresh) {
    return rememberedCheckRun(deps, request.checkSha, checkName);
  }
  return findKnownCheckRun(deps, request.checkSha, checkName, { fresh: request.fresh });
}

/**
 * The check commit's CI (check.require; no request when nothing is
 * required) and this App's run on it. The CI list holds every run on the
 * commit, this App's too, so the run is taken from it rather than looked up
 * again, unless memory or the caller already knows it.
 */
async function ciAndExistingRun(
  deps: EventDeps,
  request: VerdictRequest,
  config: Config,
): Promise<{ existing: KnownCheckRun | undefined; headCi: HeadCi | undefined }> {
  const checkName = config.check.name;
  const headCi = request.headCi ?? (await readHeadCi(deps, config, request.checkSha));
  const remembered =
    request.existing === undefined && !request.fresh
      ? rememberedCheckRun(deps, request.checkSha, checkName)
      : undefined;
  if (headCi?.ours && request.existing === undefined && !remembered) {
    return {
      existing: rememberListedRuns(deps, request.checkSha, checkName, headCi.ours),
      headCi,
    };
  }
  return { existing: await existingRun(deps, request, checkName), headCi };
}

/** Changed files of the PR's commit pair; a pair's diff never changes, so it is listed once. */
async function changedFiles(deps: EventDeps, pull: PullInfo): Promise<CachedFiles> {
  const key = `${repoKey(deps.repo)}#${pull.number}@${pull.baseSha}...${pull.headSha}`;
  const cached = deps.state.files.get(key);
  if (cached) return cached;
  const entry: CachedFiles = await deps.gh.listPullFiles(pull.number, pull.changedFiles);
  deps.state.files.set(key, entry);
  return entry;
}

/**
 * Reviews and approver roles, fetched only when the PR touches a governance
 * file, or may: a partial file list cannot show that it does not. While no
 * config exists (`configAbsent`) or no approver role has a holder, the
 * permission of each reviewer whose approval could count (see
 * `reviewersToCheck`), one request each.
 */
async function governanceInputs(
  deps: EventDeps,
  pull: PullInfo,
  config: Config,
  files: CachedFiles,
  configAbsent: boolean,
): Promise<
  Pick<PullRequestSnapshot, "reviews" | "roleMembers" | "configAbsent" | "reviewerPermissions">
> {
  const rule = config.rules["governance-files"];
  if (!rule.enabled || rule.paths.length === 0) return {};
  const isGovernance = picomatch(rule.paths, { dot: true });
  if (!files.partial && !files.files.some((file) => isGovernance(file.path))) return {};
  const [reviews, roleMembers] = await settleAll([
    deps.gh.listReviews(pull.number),
    expandRoles(deps, config, rule.approvers),
  ]);
  const inputs = { reviews, roleMembers, ...(configAbsent ? { configAbsent } : {}) };
  const reviewers = reviewersToCheck({ ...inputs, headSha: pull.headSha }, rule);
  if (reviewers.length === 0) return inputs;
  const permissions = await settleAll(reviewers.map((login) => deps.gh.getPermission(login)));
  return {
    ...inputs,
    reviewerPermissions: Object.fromEntries(
      reviewers.map((login, i) => [login.toLowerCase(), permissions[i] as string]),
    ),
  };
}

/**
 * Whether the NO_MERGE label on the PR was applied by this App. When the
 * label is there and the event does not already say a person just added
 * it, this process's memory of adding it answers (`proven: false`: enough
 * to word the summary, not to remove the label), else GitHub's issue events
 * do. A label whose origin cannot be shown is treated as a person's, so the
 * App never removes a label it cannot prove is its own.
 */
async function labelAppliedByApp(
  deps: EventDeps,
  pull: PullInfo,
  label: string,
  labelEvent: VerdictRequest["labelEvent"],
  { remembered = true }: { remembered?: boolean } = {},
): Promise<{ byApp: boolean; proven: boolean }> {
  const present = labelOn(pull.labels, label);
  if (!present) return { byApp: false, proven: true };
  if (labelEvent?.action === "labeled" && labelEvent.senderType !== "Bot") {
    return { byApp: false, proven: true };
  }
  if (remembered && deps.state.appLabels.get(appLabelKey(deps.repo, pull.number, label))) {
    return { byApp: true, proven: false };
  }
  const actor = await deps.gh.lastLabeledBy(pull.number, present);
  if (!actor) return { byApp: false, proven: true };
  const appId = await deps.gh.appId();
  if (actor.appId !== undefined) return { byApp: actor.appId === appId, proven: true };
  if (actor.type !== "Bot") return { byApp: false, proven: true };
  deps.state.appSlug ??= await deps.gh.appSlug();
  const ours = actor.login.toLowerCase() === `${deps.state.appSlug}[bot]`.toLowerCase();
  return { byApp: ours, proven: true };
}

/**
 * The PR's own `.github/pilot-gate.yml`, when the PR changes it (or may: a
 * partial file list cannot show that it does not, so the head's file is
 * read then): its problems are reported on the file, while the verdict uses
 * the default branch's config (a PR cannot loosen the rules that judge it).
 */
async function validatePullConfig(
  deps: EventDeps,
  pull: PullInfo,
  files: CachedFiles,
): Promise<ConfigError | undefined> {
  const edits =
    files.partial !== undefined ||
    files.files.some((file) => file.path === CONFIG_PATH && file.status !== "removed");
  if (!edits) return undefined;
  if (files.pullConfigProblems === undefined) {
    const answer = await deps.gh.getRawFile(CONFIG_PATH, pull.headSha);
    const parsed =
      answer.kind === "found" ? await parsePullConfigText(answer.text, deps.repo) : undefined;
    files.pullConfigProblems = parsed && !parsed.ok ? parsed.error : null;
  }
  return files.pullConfigProblems ?? undefined;
}

/**
 * Receipts recorded for this PR: on its head's check run, plus the previous
 * head's under `carry_over`. On a push (`synchronize`) the new head has no
 * run yet, so `carry_over` costs one lookup of the previous head's run,
 * unless memory knows it (this replica judged that head).
 */
async function receiptsFor(
  deps: EventDeps,
  request: VerdictRequest,
  config: Config,
  existing: KnownCheckRun | undefined,
): Promise<Receipt[]> {
  const name = config.check.name;
  const headRun =
    request.checkSha === request.pull.headSha
      ? existing
      : await findKnownCheckRun(deps, request.pull.headSha, name);
  const lists: Receipt[][] = [headRun?.receipts ?? []];
  if (request.checkSha !== request.pull.headSha && existing) lists.push(existing.receipts);
  if (config.overrides.carry_over && !headRun && request.previousSha) {
    const previous = await findKnownCheckRun(deps, request.previousSha, name);
    lists.unshift(previous?.receipts ?? []);
  }
  return mergeReceipts(...lists);
}

/** The check run with what the App knows beyond the verdict: problems in the PR's own config. */
function withNotes(
  checkRun: PlannedCheckRun,
  pullConfigProblems: ConfigError | undefined,
): PlannedCheckRun {
  if (!pullConfigProblems) return checkRun;
  const room = CHECK_RUN_ANNOTATIONS_PER_REQUEST - checkRun.annotations.length;
  const fitted = fitAnnotations(configAnnotations(pullConfigProblems), room);
  const note = [
    `### ⚠️ This PR's \`${CONFIG_PATH}\` is invalid`,
    "",
    "The verdict above uses the default branch's config. Merged as it is, this file would fail every PR's check until fixed:",
    "",
    codeBlock(pullConfigProblems.message),
    ...(fitted.note ? [fitted.note] : []),
  ].join("\n");
  return {
    ...checkRun,
    annotations: [...checkRun.annotations, ...fitted.annotations],
    summary: `${checkRun.summary}\n\n${note}\n`,
  };
}

/** Annotations on the PR's config file, one per listed problem. */
function configAnnotations(error: ConfigError): PlannedAnnotation[] {
  return error.issues.map((issue) => {
    const line = Math.max(1, issue.position?.line ?? 1);
    const column = issue.position ? Math.max(1, issue.position.column) : undefined;
    return {
      path: error.file,
      start_line: line,
      end_line: line,
      ...(column !== undefined ? { start_column: column, end_column: column } : {}),
      annotation_level: "failure",
      title: issue.path ? `Invalid config at ${issue.path}` : "Invalid config",
      message: issue.message,
    };
  });
}
