import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appLabelKey,
  commitFiles,
  labelWriteKey,
  repoKey
} from "./chunk-AN4NO4AL.js";
import {
  CannotEvaluateError,
  GitHubApiError,
  answerOf
} from "./chunk-T2NOWLVF.js";
import {
  RECORDS_FILE,
  ReleaseError,
  defaultConfig,
  planEvaluationError
} from "./chunk-XRWPT2AM.js";
import {
  CHECK_RUN_TEXT_BYTES,
  FAILURE_CHAIN,
  codeSpan,
  escalationChain,
  escalationLabel,
  external_exports,
  fitBytes,
  inertText,
  titleText
} from "./chunk-VUTGOOYN.js";
import {
  utf8Length
} from "./chunk-MSUCSWVI.js";

// engine/options.ts
var TRUE = /* @__PURE__ */ new Set(["1", "true", "yes", "on"]), FALSE = /* @__PURE__ */ new Set(["", "0", "false", "no", "off"]);
function readAppOptions(env = process.env) {
  return {
    dryRun: readBoolean(env, "DRY_RUN", !1),
    configCacheSeconds: readSeconds(env, "PILOT_GATE_CONFIG_CACHE_SECONDS", 60),
    now: () => /* @__PURE__ */ new Date(),
    checkRunButtons: !0,
    freshPulls: "when-stale",
    evaluationWorkers: readWhole(env, "PILOT_GATE_EVALUATION_WORKERS", 2, 0, 64),
    evaluationBudgetMs: readWhole(env, "PILOT_GATE_EVALUATION_BUDGET_MS", 2e3, 100, 6e4),
    reconcileIntervalSeconds: readWhole(
      env,
      "PILOT_GATE_RECONCILE_INTERVAL",
      86400,
      0,
      604800
    ),
    shutdownMs: readWhole(env, "PILOT_GATE_SHUTDOWN_MS", 25e3, 0, 36e5),
    writeLimits: {
      perMinute: readWhole(env, "PILOT_GATE_WRITES_PER_MINUTE", 80, 1, 1e4),
      perHour: readWhole(env, "PILOT_GATE_WRITES_PER_HOUR", 500, 1, 1e5)
    }
  };
}
function readBoolean(env, name, fallback) {
  let raw = env[name];
  if (raw === void 0) return fallback;
  let value = raw.trim().toLowerCase();
  if (TRUE.has(value)) return !0;
  if (FALSE.has(value)) return !1;
  throw new Error(`${name}="${raw}" is not a boolean: set it to true or false, or unset it.`);
}
function readWhole(env, name, fallback, min, max) {
  let raw = env[name];
  if (raw === void 0 || raw.trim() === "") return fallback;
  let value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name}="${raw}" is not a whole number between ${min} and ${max}.`);
  return value;
}
function readSeconds(env, name, fallback) {
  let raw = env[name];
  if (raw === void 0 || raw.trim() === "") return fallback;
  let value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 86400)
    throw new Error(`${name}="${raw}" is not a whole number of seconds between 0 and 86400.`);
  return value;
}
function isDryRun(options, config) {
  return options.dryRun || config?.check.dry_run === !0;
}

// core/write-plan.ts
function describeCheckRun(write) {
  let { body } = write, verb = write.kind === "check-run" && write.update !== void 0 ? "update" : "create", where = write.kind === "check-run" ? write.sha : `the head of ${write.branch}`;
  return `${verb} check run "${body.name}" on ${where}: ${body.conclusion}, "${body.title}", ${body.annotations.length} annotation(s)`;
}
function describeWrite(write) {
  switch (write.kind) {
    case "check-run":
    case "branch-check-run":
      return describeCheckRun(write);
    case "add-labels":
      return write.labels.map((label) => `add label ${label} to #${write.issue}`).join("; ");
    case "remove-label":
      return `remove label ${write.label} from #${write.issue}`;
    case "add-assignees":
      return `assign ${write.assignees.join(", ")} to #${write.issue}`;
    case "remove-assignees":
      return `unassign ${write.assignees.join(", ")} from #${write.issue}`;
    case "create-comment":
      return write.about === void 0 ? `comment on #${write.issue}` : `post ${write.about}`;
    case "update-comment":
      return write.about === void 0 ? `update comment ${write.comment}` : `update ${write.about} (comment ${write.comment})`;
    case "reaction":
      return `react ${write.content} to comment ${write.comment}`;
    case "create-issue":
      return `open issue "${write.title}"${write.labels.length > 0 ? ` labelled ${write.labels.join(", ")}` : ""}${write.assignees?.length ? ` assigned to ${write.assignees.join(", ")}` : ""}`;
    case "update-issue":
      return `${write.close ? "close" : write.reopen ? "reopen" : "update"} issue #${write.issue}`;
    case "protection":
      return write.writes.map((w) => `${w.method} ${w.path}`).join("; ");
    case "release":
      return `tag ${write.tag} on ${write.sha} (annotated: ${write.message}), then create the GitHub release ${write.tag}${write.prerelease ? " (prerelease)" : ""} with notes of ${write.body.length} characters${write.truncated ? " (truncated)" : ""}`;
    case "branch-commit":
      return `create the branch ${write.branch} with one commit of tree ${write.tree} on ${write.parent}: ${write.message}`;
    case "open-pull":
      return `open a PR from ${write.head} into ${write.base}: "${write.title}"`;
    case "move-branch":
      return `move the branch ${write.branch} to ${write.sha} (forced)`;
    case "commit-files": {
      if (write.record !== void 0)
        return `append a ${write.record.result} record of "${write.record.scenario}" for ${write.record.client} to ${write.folder}/${RECORDS_FILE} on ${write.branch}`;
      let paths = [...write.files.keys()].sort().map((path) => `${write.folder}/${path}`);
      return `commit ${paths.length} file(s) to ${write.branch}: ${paths.join(", ")}`;
    }
  }
}

// github/release.ts
function nextStep(status, where) {
  return status === 404 ? `the repository ${where} does not exist or the token cannot see it` : status === 403 ? "the token may not write to the repository; grant contents: write (permissions: contents: write in the workflow)" : status === void 0 ? "GitHub could not be reached; re-run" : "re-run; if it persists, check GitHub's status";
}
function refusal(error, explain) {
  if (!(error instanceof GitHubApiError)) return error;
  let { status } = error;
  return new ReleaseError(explain(status, `${status ?? "no answer"}: ${answerOf(error)}`), {
    status,
    cause: error
  });
}
async function publishRelease(gh, release) {
  let { tag, sha } = release, where = `${gh.repo.owner}/${gh.repo.repo}`, tagObjectSha;
  try {
    tagObjectSha = await gh.createTag(tag, sha, release.message, release.tagger);
  } catch (error) {
    throw refusal(
      error,
      (status, answer) => `could not create the tag object ${tag} on ${sha} in ${where} (${answer}): ${status === 422 ? `GitHub does not know the commit ${sha}; push it, or check --sha` : nextStep(status, where)}; nothing was created`
    );
  }
  try {
    await gh.createRef(`refs/tags/${tag}`, tagObjectSha);
  } catch (error) {
    throw error instanceof GitHubApiError && error.status === 422 && /already exists/i.test(answerOf(error)) ? new ReleaseError(
      `the tag ${tag} already exists in ${where}; a release tag is never moved or reused, so nothing was overwritten and no release was created. Release the next version.`,
      { status: 422, refused: !0, cause: error }
    ) : refusal(
      error,
      (status, answer) => `could not create the ref refs/tags/${tag} in ${where} (${answer}): ${nextStep(status, where)}; no tag and no release were created`
    );
  }
  try {
    let created = await gh.createRelease({
      tag,
      name: release.name,
      body: release.body,
      prerelease: release.prerelease
    });
    return { tagObjectSha, releaseId: created.id, releaseUrl: created.url };
  } catch (error) {
    throw refusal(
      error,
      (_status, answer) => `the tag ${tag} was created on ${sha} in ${where}, but the release was not (${answer}); the tag stays. Create the release for the existing tag: gh release create ${tag} --repo ${where} --verify-tag --notes-file <notes>${release.prerelease ? " --prerelease" : ""} (re-running publish refuses, because the tag now exists)`
    );
  }
}

// engine/verdict/check-runs.ts
import { createHash } from "node:crypto";

// engine/incidents/failures.ts
var MARKER = /^<!-- pilot-gate:streak (\d+) (\d+) -->\n?/;
function readStreak(summary) {
  let match = MARKER.exec(summary);
  if (match)
    return { before: Number(match[1]), failures: Number(match[2]) };
}
function withStreak(summary, streak) {
  return `<!-- pilot-gate:streak ${streak.before} ${streak.failures} -->
${summary.replace(MARKER, "")}`;
}
async function streakBefore(request, existing, previousRun) {
  return request.newCommit ? request.previousSha ? (await previousRun())?.streak?.failures ?? 0 : 0 : existing?.streak?.before ?? 0;
}
var ISSUE_MARKER = (number) => `<!-- pilot-gate:failures #${number} -->`;
function withFailureStreak(checkRun, before, config) {
  let failing = checkRun.conclusion === "failure", streak = { before, failures: checkRun.waiting ? before : failing ? before + 1 : 0 }, limit = config.incidents.consecutive_failures, summary = checkRun.summary;
  return streak.failures >= limit && (summary += `

### 🚨 Escalated: failed on ${streak.failures} commits in a row

${codeSpan(checkRun.name)} has failed on the last ${streak.failures} commits of this PR (limit ${limit}, \`incidents.consecutive_failures\`), so an escalation issue is open for it.`), { checkRun: { ...checkRun, summary: withStreak(summary, streak) }, streak };
}
function escalationLabelFor(config, streak, previous) {
  let limit = config.incidents.consecutive_failures, level = escalationChain(config.incidents, FAILURE_CHAIN)[0];
  if (!level) return;
  let ended = streak.failures === 0 && streak.before >= limit && (previous?.failures ?? 1) > 0, grew = streak.failures >= limit && !(previous && previous.failures >= streak.failures);
  return ended || grew ? escalationLabel(level) : void 0;
}
function escalationWrite(config, pull, streak, label, open) {
  let marker = ISSUE_MARKER(pull.number), found = open.find(
    (item) => !item.isPull && item.author.type === "Bot" && item.body.includes(marker)
  );
  if (streak.failures === 0)
    return found ? {
      kind: "update-issue",
      issue: found.number,
      body: recoveredIssueBody(config, pull, streak),
      close: !0,
      failure: "fails-event",
      what: `close escalation issue #${found.number}: #${pull.number} passes again`
    } : void 0;
  let body = failureIssueBody(config, pull, streak);
  return found ? {
    kind: "update-issue",
    issue: found.number,
    body,
    failure: "fails-event",
    what: `update escalation issue #${found.number} for #${pull.number}`
  } : {
    kind: "create-issue",
    title: titleText(
      `${config.check.name} failed ${streak.failures} times in a row on #${pull.number}`,
      256
    ),
    body,
    labels: [label],
    failure: "fails-event",
    what: `open an escalation issue for #${pull.number}`
  };
}
function failureIssueBody(config, pull, streak) {
  let level = escalationChain(config.incidents, FAILURE_CHAIN)[0];
  return [
    `${level && level.mention.length > 0 ? `${level.mention.join(" ")}: ` : ""}${codeSpan(config.check.name)} has failed on ${streak.failures} commits in a row of #${pull.number} "${inertText(pull.title)}" (limit ${config.incidents.consecutive_failures}), latest ${pull.headSha.slice(0, 7)}.`,
    "",
    "The check's summary on the PR says what fails. This issue is updated while the streak goes on, and closed when the check passes again.",
    "",
    ISSUE_MARKER(pull.number)
  ].join(`
`);
}
function recoveredIssueBody(config, pull, streak) {
  return [
    `#${pull.number} "${inertText(pull.title)}" is back on track: ${codeSpan(config.check.name)} passed on ${pull.headSha.slice(0, 7)} after failing on ${streak.before} commits in a row. pilot-gate closed this issue; reopen it if the PR still needs attention.`,
    "",
    ISSUE_MARKER(pull.number)
  ].join(`
`);
}

// engine/verdict/receipts.ts
var MARKER2 = /\n*<!-- pilot-gate:receipts ([A-Za-z0-9+/=]*) -->\s*$/, MAX_RECEIPTS = 100, receiptSchema = external_exports.object({
  id: external_exports.string(),
  kind: external_exports.enum(["override", "refusal"]),
  ruleId: external_exports.string(),
  actor: external_exports.string(),
  reason: external_exports.string(),
  sha: external_exports.string(),
  at: external_exports.string(),
  detail: external_exports.string().optional(),
  findings: external_exports.array(external_exports.string()).optional()
});
function readReceipts(summary) {
  let match = MARKER2.exec(summary);
  if (!match?.[1]) return [];
  try {
    let data = JSON.parse(Buffer.from(match[1], "base64").toString("utf8")), parsed = external_exports.array(receiptSchema).safeParse(data);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
function mergeReceipts(...lists) {
  let byId = /* @__PURE__ */ new Map();
  for (let list of lists)
    for (let receipt of list) byId.has(receipt.id) || byId.set(receipt.id, receipt);
  return [...byId.values()].slice(-MAX_RECEIPTS);
}
var SHOWN_MARKER = /\n*<!-- pilot-gate:shown ([A-Za-z0-9+/=]*) -->(?=\s*(?:<!-- pilot-gate:receipts [A-Za-z0-9+/=]* -->\s*)?$)/, shownSchema = external_exports.record(external_exports.string(), external_exports.string());
function readShown(summary) {
  let match = SHOWN_MARKER.exec(summary);
  if (match?.[1])
    try {
      let data = JSON.parse(Buffer.from(match[1], "base64").toString("utf8")), parsed = shownSchema.safeParse(data);
      return parsed.success ? parsed.data : void 0;
    } catch {
      return;
    }
}
function withReceipts(summary, receipts, limit = CHECK_RUN_TEXT_BYTES, shown) {
  let visible = summary.replace(MARKER2, "").replace(SHOWN_MARKER, ""), markers = [
    ...shown && Object.keys(shown).length > 0 ? [`<!-- pilot-gate:shown ${base64(shown)} -->`] : [],
    ...receipts.length > 0 ? [`<!-- pilot-gate:receipts ${base64(receipts)} -->`] : []
  ];
  if (markers.length === 0) return fitBytes(visible, limit);
  let tail = `

${markers.join(`
`)}`;
  return `${fitBytes(visible, limit - utf8Length(tail))}${tail}`;
}
function base64(data) {
  return Buffer.from(JSON.stringify(data), "utf8").toString("base64");
}

// engine/verdict/check-runs.ts
function checkRunKey(deps, sha, name) {
  return `${repoKey(deps.repo)}@${sha}#${name}`;
}
async function findKnownCheckRun(deps, sha, name, { fresh = !1 } = {}) {
  let key = checkRunKey(deps, sha, name);
  if (!fresh) {
    let known = deps.state.checkRuns.get(key);
    if (known) return known;
  }
  let appId = await deps.gh.appId();
  return rememberListedRuns(deps, sha, name, await deps.gh.listCheckRuns(sha, name, appId));
}
function rememberListedRuns(deps, sha, name, runs) {
  let key = checkRunKey(deps, sha, name), latest = runs[0];
  if (!latest) return;
  let known = {
    id: latest.id,
    // Oldest run first, so receipts keep the order they were recorded in.
    receipts: mergeReceipts(...runs.toReversed().map((run) => readReceipts(run.summary))),
    annotationsCount: latest.annotationsCount,
    shows: { conclusion: latest.conclusion, title: latest.title, summary: latest.summary }
  }, streak = readStreak(latest.summary);
  streak && (known.streak = streak);
  let shown = readShown(latest.summary);
  return shown && (known.shown = shown), deps.state.checkRuns.set(key, known), known;
}
function rememberedCheckRun(deps, sha, name) {
  return deps.state.checkRuns.get(checkRunKey(deps, sha, name));
}
function toCheckRunWrite(planned, receipts, completedAt) {
  return {
    name: planned.name,
    conclusion: planned.conclusion,
    completedAt: completedAt.toISOString(),
    title: planned.title,
    summary: withReceipts(planned.summary, receipts, CHECK_RUN_TEXT_BYTES, planned.shown),
    ...planned.text !== void 0 ? { text: planned.text } : {},
    annotations: planned.annotations,
    actions: planned.actions,
    ...planned.detailsUrl !== void 0 ? { detailsUrl: planned.detailsUrl } : {}
  };
}
function checkRunWrite(deps, sha, body, existing) {
  let shows = existing?.shows;
  if (existing?.digest === digestOf(body) || shows !== void 0 && shows.conclusion === body.conclusion && shows.title === body.title && shows.summary === body.summary && existing?.annotationsCount === body.annotations.length) {
    deps.log.debug(`check ${body.name} on ${sha.slice(0, 7)} is unchanged, not written`);
    return;
  }
  let write = {
    kind: "check-run",
    sha,
    ...existing && existing.annotationsCount === 0 ? { update: existing.id } : {},
    body
  };
  return { ...write, failure: "fails-event", what: describeCheckRun(write) };
}
function rememberCheckRun(deps, write, id, receipts) {
  let { body } = write, known = {
    id,
    receipts,
    annotationsCount: body.annotations.length,
    digest: digestOf(body)
  }, streak = readStreak(body.summary);
  streak && (known.streak = streak);
  let shown = readShown(body.summary);
  shown && (known.shown = shown), deps.state.checkRuns.set(checkRunKey(deps, write.sha, body.name), known);
}
function digestOf(write) {
  let { completedAt: _ignored, ...content } = write;
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

// engine/verdict/apply-plan.ts
function verdictWrites(deps, plan, target) {
  let checkRun = plan.checkRun && !deps.state.options.checkRunButtons ? { ...plan.checkRun, actions: [] } : plan.checkRun, writes = [];
  if (checkRun) {
    let body = toCheckRunWrite(checkRun, target.receipts, deps.state.options.now()), write = checkRunWrite(deps, target.checkSha, body, target.existing);
    write && writes.push(write);
  }
  let issue = target.pullNumber;
  if (issue === void 0) return writes;
  if (plan.labels.add.length > 0) {
    let labels = plan.labels.add;
    writes.push({
      kind: "add-labels",
      issue,
      labels,
      failure: "follow-up",
      what: `add ${labels.join(", ")} to #${issue}`
    });
  }
  for (let label of plan.labels.remove)
    writes.push({
      kind: "remove-label",
      issue,
      label,
      failure: "follow-up",
      what: `remove ${label} from #${issue}`
    });
  return writes;
}
function rememberWrites(deps, executed, receipts) {
  for (let { write, made, id } of executed) {
    if (!made) continue;
    let runId = write.kind === "check-run" ? write.update ?? id : void 0;
    if (write.kind === "check-run" && runId !== void 0)
      rememberCheckRun(deps, write, runId, receipts);
    else if (write.kind === "add-labels")
      for (let label of write.labels) rememberLabel(deps, write.issue, "labeled", label);
    else write.kind === "remove-label" && rememberLabel(deps, write.issue, "unlabeled", write.label);
  }
}
function rememberLabel(deps, pull, action, label) {
  deps.state.labelWrites.set(labelWriteKey(deps.repo, pull, action, label), !0);
  let key = appLabelKey(deps.repo, pull, label);
  action === "labeled" ? deps.state.appLabels.set(key, !0) : deps.state.appLabels.delete(key);
}
async function applyPlan(deps, plan, target, { dryRun }) {
  let executed = await executePlan(deps, verdictWrites(deps, plan, target), { dryRun });
  rememberWrites(deps, executed, target.receipts);
}

// engine/verdict/evaluation-error.ts
function failureReason(error) {
  return error instanceof GitHubApiError || error instanceof CannotEvaluateError ? error.reason : `pilot-gate failed unexpectedly (${error instanceof Error ? error.message : String(error)}); this is a bug, re-run and report it with the App's log`;
}
async function postEvaluationError(deps, scope, reason, event) {
  if (!scope.checkSha) return;
  let checkName = scope.checkName ?? defaultConfig().check.name, existing = rememberedCheckRun(deps, scope.checkSha, checkName);
  try {
    await applyPlan(
      deps,
      planEvaluationError(reason, scope.checkSha, checkName),
      {
        checkSha: scope.checkSha,
        pullNumber: void 0,
        existing,
        // Keep the receipts the run holds: an error must not erase the audit trail.
        receipts: existing?.receipts ?? []
      },
      // The event's own decision when it got that far, else the runtime's option.
      { dryRun: scope.dryRun ?? isDryRun(deps.state.options) }
    );
  } catch (second) {
    deps.log.error(
      { err: second, event, checkSha: scope.checkSha },
      `${event}: could not post the failing ${checkName} check either; it stays as it was until the next event or a re-run`
    );
  }
}

// engine/execute.ts
async function executePlan(deps, plan, { dryRun }) {
  if (dryRun) {
    let writes = plan.map(describeWrite);
    return deps.log.info(
      { dryRun: !0, writes, plan },
      `dry run: ${writes.length} planned write(s) not made${writes.length > 0 ? `: ${writes.join("; ")}` : ""}`
    ), plan.map((write) => ({ write, made: !1 }));
  }
  let executed = [];
  for (let write of plan) {
    if (write.failure === "fails-event") {
      executed.push({ write, made: !0, ...await makeOrExplain(deps.gh, write) });
      continue;
    }
    let answer = {}, made = await followUp(deps, write.what, async () => {
      answer = await make(deps.gh, write);
    });
    executed.push({ write, made, ...answer });
  }
  return executed;
}
var NoCommitError = class extends CannotEvaluateError {
  constructor(branch, check) {
    super(`${branch} has no commit yet, so the ${check} check has nowhere to go`);
  }
};
async function makeOrExplain(gh, write) {
  try {
    return await make(gh, write);
  } catch (error) {
    throw write.afterFailure === void 0 ? error : new CannotEvaluateError(`${failureReason(error)}; ${write.afterFailure}`);
  }
}
async function make(gh, write) {
  switch (write.kind) {
    case "check-run":
      return write.update === void 0 ? { id: await gh.createCheckRun(write.sha, write.body) } : (await gh.updateCheckRun(write.update, write.body), {});
    case "branch-check-run": {
      let head = await gh.getBranchHead(write.branch);
      if (head === void 0) throw new NoCommitError(write.branch, write.body.name);
      return { id: await gh.createCheckRun(head, write.body) };
    }
    case "add-labels":
      return await gh.addLabels(write.issue, write.labels), {};
    case "remove-label":
      return await gh.removeLabel(write.issue, write.label), {};
    case "add-assignees":
      return { assignees: await gh.addAssignees(write.issue, write.assignees) };
    case "remove-assignees":
      return await gh.removeAssignees(write.issue, write.assignees), {};
    case "create-comment":
      return await gh.createComment(write.issue, write.body), {};
    case "update-comment":
      return await gh.updateComment(write.comment, write.body), {};
    case "reaction":
      return await gh.addReaction(write.comment, write.content), {};
    case "create-issue":
      return { id: await gh.createIssue(write.title, write.body, write.labels, write.assignees) };
    case "update-issue":
      return await gh.updateIssue(write.issue, write.body, {
        close: write.close === !0,
        reopen: write.reopen === !0
      }), {};
    case "protection":
      return { outcomes: await gh.writeProtection({ writes: write.writes }) };
    case "release":
      return { release: await publishRelease(gh, write) };
    case "commit-files":
      return { commit: await commitFiles(gh, write) };
    case "branch-commit": {
      let sha = await gh.createCommit(write.message, write.tree, [write.parent]);
      return await gh.createRef(`refs/heads/${write.branch}`, sha), { sha };
    }
    case "open-pull":
      return {
        pull: await gh.createPull({
          head: write.head,
          base: write.base,
          title: write.title,
          body: write.body
        })
      };
    case "move-branch":
      return await gh.updateRef(`heads/${write.branch}`, write.sha, { force: !0 }), {};
  }
}
async function followUp(deps, what, write) {
  try {
    return await write(), !0;
  } catch (error) {
    return deps.followUpErrors?.push(error), deps.log.warn(
      { err: error },
      `could not ${what} (${error instanceof Error ? error.message : String(error)}); the verdict stands, and the next event tries again`
    ), !1;
  }
}

export {
  readAppOptions,
  isDryRun,
  describeWrite,
  streakBefore,
  withFailureStreak,
  escalationLabelFor,
  escalationWrite,
  mergeReceipts,
  findKnownCheckRun,
  rememberListedRuns,
  rememberedCheckRun,
  verdictWrites,
  rememberWrites,
  applyPlan,
  failureReason,
  postEvaluationError,
  executePlan,
  NoCommitError,
  followUp
};
