import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  blockedKey,
  checkBlockedItem,
  checkP0Trigger,
  escalateBlockedTooLong,
  escalateIncident,
  isOwnBot,
  runFreezeCommand
} from "./chunk-JJN6RR3L.js";
import {
  expandRoles,
  intoFrozenBranch,
  isQueueRef,
  judgeMergeGroup,
  judgePullRequest,
  labelEventOf,
  publishVerdict,
  pullNumberFromQueueRef
} from "./chunk-NTNZ6C4Q.js";
import {
  appLabelKey,
  applyPlan,
  createState,
  executePlan,
  failureReason,
  findKnownCheckRun,
  followUp,
  forgetConfigsReading,
  forgetRepoConfig,
  isDryRun,
  issueKey,
  labelWriteKey,
  loadRepoConfig,
  postEvaluationError,
  pullKey,
  readAppOptions,
  repoKey
} from "./chunk-BBHFHEGQ.js";
import {
  DEFAULT_EVIDENCE_BRANCH
} from "./chunk-IPH3FKTH.js";
import {
  DRIFT_ISSUE_LABEL,
  DRIFT_ISSUE_TITLE,
  PROTECTION_CHECK_NAME,
  driftIssueBody,
  driftedBranches,
  hasUnknownBranches,
  protectionCheckRun,
  protectionErrorCheckRun,
  resolvedIssueBody
} from "./chunk-NTRMFNDY.js";
import {
  GitHubClient,
  issueItemOf,
  toPullInfo,
  waveOfPull
} from "./chunk-ZNZ3V2GJ.js";
import "./chunk-TZX36WS7.js";
import {
  fetchWithTimeout,
  retryOnRateLimit,
  retryOnSecondaryRateLimit
} from "./chunk-GSHN4GFD.js";
import {
  COMMIT_PATTERN,
  ENVELOPE_FILE,
  MANIFEST_FILE,
  OVERRIDE_SYNTAX,
  PACK_META_FILES,
  RERUN_ACTION,
  STATEMENT_FILE,
  applyOutcomes,
  desiredProtection,
  manifestSchema,
  parseFreezeCommand,
  parseOverrideCommand,
  permissionAtLeast,
  planProtection,
  publicKeyFromPem,
  readinessReportProblems,
  readinessReportSchema,
  renderReadinessMarkdown,
  sha256Hex,
  verifyPack
} from "./chunk-ULQXQ4F5.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  CHECK_RUN_TEXT_BYTES,
  COMMENT_BODY_CHARS,
  ISSUE_BODY_CHARS,
  ISSUE_TITLE_CHARS,
  codeSpan,
  escalationLabel,
  fitBytes,
  fitChars,
  fitCharsBefore,
  handle,
  hasAny,
  inertText,
  isPrTemplatePath,
  isWaveLabel,
  issueRef,
  labelNames,
  link,
  mention,
  sameLabel,
  severityOf,
  titleText,
  unjudgedVerdict,
  waveFromLabels
} from "./chunk-RMOAIUFY.js";
import "./chunk-TXBVCHSZ.js";

// app/main.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseEnv } from "node:util";
import { run } from "probot";

// github/octokit.ts
import { ProbotOctokit } from "probot";
var PilotGateOctokit = ProbotOctokit.defaults((options) => ({
  ...options,
  request: { fetch: fetchWithTimeout(), ...options.request },
  retry: { retries: 3, ...options.retry },
  throttle: {
    ...options.throttle,
    onSecondaryRateLimit: retryOnSecondaryRateLimit,
    onRateLimit: retryOnRateLimit
  }
}));
async function signAppJwt(octokit) {
  let auth = await octokit.auth({ type: "app" });
  if (typeof auth.token != "string" || auth.token === "")
    throw new Error("signing an App JWT gave no token: check PRIVATE_KEY and APP_ID");
  return auth.token;
}

// app/health.ts
var HEALTH_PATH = "/healthz", READY_PATH = "/readyz", PROBE_TIMEOUT_MS = 2e3;
function appJwtProbe(probot) {
  return {
    name: "app_jwt",
    async check() {
      await signAppJwt(await probot.auth());
    }
  };
}
async function runProbe(probe, timeoutMs) {
  let timer, timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([probe.check(), timeout]), "ok";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}
function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
}
function healthHandler(probes, timeoutMs = PROBE_TIMEOUT_MS) {
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return !1;
    let path = (req.url ?? "").split("?")[0];
    if (path === HEALTH_PATH)
      return sendJson(res, 200, { status: "alive" }), !0;
    if (path !== READY_PATH) return !1;
    let results = await Promise.all(probes.map((probe) => runProbe(probe, timeoutMs))), checks = Object.fromEntries(probes.map((probe, i) => [probe.name, results[i]])), ready = results.every((result) => result === "ok");
    return sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "not ready", checks }), !0;
  };
}
function withHealth(app) {
  return (probot, options) => (options.addHandler(healthHandler([appJwtProbe(probot)])), app(probot, options));
}

// app/evaluation-pool.ts
import { Worker } from "node:worker_threads";
var MIN_WORKER_HEAP_MB = 8, EvaluationPool = class {
  #options;
  #slots = [];
  #queue = [];
  #nextId = 1;
  #closed = !1;
  constructor(options) {
    let merged = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64, ...options };
    merged.maxOldGenerationSizeMb = Math.max(merged.maxOldGenerationSizeMb, MIN_WORKER_HEAP_MB), this.#options = merged;
  }
  evaluate(snapshot, config, labelSets) {
    if (this.#closed) return Promise.reject(new Error("the evaluation pool is closed"));
    let task = {
      id: this.#nextId++,
      snapshot,
      config,
      labelSets: labelSets.map((labels) => [...labels])
    };
    return new Promise((resolve2) => {
      this.#queue.push({ task, resolve: resolve2 }), this.#dispatch();
    });
  }
  /** Stops every worker; pending evaluations are answered as unjudged. */
  async close() {
    this.#closed = !0;
    for (let pending of this.#queue.splice(0))
      pending.resolve(this.#unjudged(pending.task, "the App is shutting down"));
    await Promise.all(
      this.#slots.splice(0).map(async (slot) => {
        this.#finish(slot, "the App is shutting down"), await slot.worker.terminate();
      })
    );
  }
  #dispatch() {
    for (; this.#queue.length > 0; ) {
      let slot = this.#slots.find((candidate) => !candidate.busy) ?? this.#spawn();
      if (!slot) return;
      let pending = this.#queue.shift();
      slot.busy = pending, slot.worker.ref(), slot.ready && this.#startClock(slot), slot.worker.postMessage(pending.task);
    }
  }
  #startClock(slot) {
    slot.timer = setTimeout(() => {
      this.#replace(
        slot,
        `Judging this PR took longer than ${this.#options.budgetMs.toLocaleString("en-US")} ms`
      );
    }, this.#options.budgetMs);
  }
  /** A new worker while the pool has room, else `undefined`. */
  #spawn() {
    if (this.#slots.length >= this.#options.size) return;
    let [entry, how] = workerEntry(), worker = new Worker(entry, {
      ...how,
      resourceLimits: {
        maxOldGenerationSizeMb: this.#options.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: this.#options.maxYoungGenerationSizeMb
      }
    }), slot = { worker, ready: !1, busy: void 0, timer: void 0 };
    return worker.on("message", (message) => {
      if ("ready" in message) {
        slot.ready = !0, slot.busy && !slot.timer && this.#startClock(slot);
        return;
      }
      if (slot.busy?.task.id !== message.id) return;
      let { resolve: resolve2 } = slot.busy;
      this.#release(slot), resolve2(message.verdicts), this.#dispatch();
    }), worker.on("error", (error) => {
      let memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.#replace(
        slot,
        memory ? `Judging this PR needed more than ${this.#options.maxOldGenerationSizeMb} MB` : `Judging this PR failed (${error.message})`
      );
    }), worker.on("exit", () => this.#replace(slot, "Judging this PR stopped its worker")), worker.unref(), this.#slots.push(slot), slot;
  }
  /** Answers the slot's task as unjudged for `why`, drops the worker and dispatches again. */
  #replace(slot, why) {
    let index = this.#slots.indexOf(slot);
    index !== -1 && (this.#slots.splice(index, 1), this.#finish(slot, why), slot.worker.removeAllListeners(), slot.worker.terminate(), this.#closed || this.#dispatch());
  }
  #finish(slot, why) {
    let pending = slot.busy;
    this.#release(slot), pending?.resolve(this.#unjudged(pending.task, why));
  }
  #release(slot) {
    slot.timer && clearTimeout(slot.timer), slot.timer = void 0, slot.busy = void 0, slot.worker.unref();
  }
  #unjudged(task, why) {
    return task.labelSets.map(() => unjudgedVerdict(why));
  }
};
function workerEntry() {
  let here = import.meta.url;
  if (!here.endsWith(".ts")) return [new URL("./evaluation-worker.js", here), {}];
  let source = new URL("./evaluation-worker.ts", here).href;
  return [
    `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`,
    { eval: !0 }
  ];
}

// app/handlers/guard.ts
function pushRepository(repository) {
  return {
    name: repository.name,
    default_branch: repository.default_branch,
    owner: {
      login: repository.owner?.login ?? "",
      ...repository.owner?.type ? { type: repository.owner.type } : {}
    }
  };
}
function repoContextOf(payload) {
  let { repository } = payload;
  return {
    owner: repository.owner.login,
    repo: repository.name,
    defaultBranch: repository.default_branch,
    ownerIsOrg: repository.owner.type === "Organization"
  };
}
async function runGuarded(context, state, payload, handler) {
  let repo = repoContextOf(payload), deps = {
    gh: new GitHubClient(
      context.octokit,
      { owner: repo.owner, repo: repo.repo },
      void 0,
      state.conditional,
      state
    ),
    state,
    log: context.log,
    repo
  }, scope = {}, event = `${context.name}${"action" in context.payload ? `.${String(context.payload.action)}` : ""}`;
  try {
    await handler(deps, scope), deps.log.info({ event, delivery: context.id, requests: deps.gh.requests }, `${event} handled`);
  } catch (error) {
    let reason = failureReason(error);
    deps.log.error({ err: error, event, checkSha: scope.checkSha }, `${event} failed: ${reason}`), await postEvaluationError(deps, scope, reason, event);
  }
}

// app/handlers/blocked.ts
var BLOCKED_ACTIONS = ["opened", "edited", "labeled", "unlabeled", "reopened"];
function isBlockedAction(action) {
  return BLOCKED_ACTIONS.includes(action);
}
async function onBlockedItem(context, state, delivery) {
  let payload = context.payload;
  if (context.name !== "issues" && context.name !== "pull_request" || !isBlockedAction(payload.action)) return;
  let raw = context.name === "issues" ? payload.issue : payload.pull_request;
  if (!raw || raw.state === "closed") return;
  let labels = labelNames(raw.labels);
  if (labels.length === 0) return;
  let changed = payload.label?.name, labelEvent = payload.action === "labeled" || payload.action === "unlabeled";
  if (labelEvent && !changed) return;
  let event = `${context.name}.${payload.action}`, number = raw.number, repo = repoContextOf(payload);
  await state.queue.run(
    blockedKey({ repo }, number),
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = delivery ? delivery.loaded : await loadRepoConfig(deps);
      if (!loaded) {
        deps.log.debug(
          `${event} on #${number}: the config could not be read for this event, blocked fields not checked`
        );
        return;
      }
      if (!loaded.ok) {
        deps.log.info(`${event} on #${number}: the config is invalid, blocked fields not checked`);
        return;
      }
      let { config } = loaded;
      if (!config.incidents.enabled) return;
      let { label: blockedLabel, needs_info_label: needsInfo } = config.incidents.blocked;
      if (labelEvent && changed) {
        if (!sameLabel(changed, blockedLabel) && !sameLabel(changed, needsInfo)) return;
        if (payload.sender?.type === "Bot" && await isOwnBot(deps, payload.sender.login)) {
          deps.log.debug(`${event} on #${number}: the App's own label change, nothing to check`);
          return;
        }
      }
      let dryRun = deps.state.options.dryRun || config.check.dry_run, item = {
        number,
        body: raw.body ?? "",
        labels,
        ...raw.created_at ? { created_at: raw.created_at } : {}
      }, check = await checkBlockedItem(deps, config, item, { dryRun }), escalation = check.blocked ? await escalateBlockedTooLong(deps, config, item, deps.state.options.now(), { dryRun }) : void 0;
      deps.log.info(
        {
          number,
          blocked: check.blocked,
          missing: check.missing,
          writes: check.writes.map((write) => write.kind),
          escalation: escalation?.status,
          dryRun
        },
        `${event} on #${number}: ${describe(check.blocked, check.missing, blockedLabel)}`
      );
    })
  );
}
async function afterEventHandler(context, state, handler) {
  let key = repoKey(repoContextOf(context.payload)), before = state.configs.get(key);
  try {
    await handler();
  } finally {
    let after = state.configs.get(key), young = after !== void 0 && state.options.now().getTime() - after.fetchedAt < state.options.configCacheSeconds * 1e3, loaded = after !== void 0 && (after !== before || young) ? after.loaded : void 0;
    await onBlockedItem(context, state, { loaded });
  }
}
function describe(blocked, missing, label) {
  return blocked ? missing.length > 0 ? `blocked, missing ${missing.join(", ")}` : "blocked, every field stated" : `not labeled ${label}`;
}

// app/handlers/protection.ts
async function syncProtection(deps, scope, trigger, options = {}) {
  let { gh, state, log, repo } = deps;
  scope.checkName = PROTECTION_CHECK_NAME, scope.checkSha = options.headSha, repo.defaultBranch === "" && (repo.defaultBranch = await gh.getDefaultBranch());
  let loaded = await loadRepoConfig(deps), dryRun = scope.dryRun ?? (state.options.dryRun || loaded.ok && loaded.config.check.dry_run);
  scope.dryRun = dryRun;
  let headSha = dryRun ? options.headSha : options.headSha ?? await gh.getBranchHead(repo.defaultBranch);
  if (scope.checkSha = headSha, !loaded.ok) {
    let reason = `the config on ${repo.defaultBranch} is invalid (${loaded.error.message.split(`
`)[0]}); fix it and push`;
    return !dryRun && headSha && await gh.createCheckRun(headSha, protectionErrorCheckRun(reason, state.options.now())), log.warn({ dryRun }, `protection not checked: ${reason}`), { writes: 0, skipped: reason };
  }
  let { config } = loaded, policy = config.protection.drift, desired = desiredProtection(config.protection, config.check.name, await gh.appId()), plan = planProtection(desired, await gh.readProtection(desired)), apply = trigger.reason === "installed" || trigger.reason === "config" || policy === "enforce", manageIssue = policy === "report" || trigger.reason === "config";
  if (dryRun) {
    let writes = apply ? plan.writes.map((w) => `${w.method} ${w.path}`) : [];
    return log.info(
      { dryRun: !0, writes, status: plan.status, branches: plan.branches },
      `dry run: protection ${plan.status}; ${writes.length} planned write(s) not made${writes.length > 0 ? `: ${writes.join("; ")}` : ""}; check ${PROTECTION_CHECK_NAME} not posted`
    ), { report: plan, writes: 0 };
  }
  let before = driftedBranches(plan), report = apply && plan.writes.length > 0 ? applyOutcomes(plan, desired, await gh.writeProtection(plan)) : plan, written = report.writes.filter((w) => w.outcome === "written"), rewritten = before.filter(
    (b) => written.some((w) => w.branches.includes(b.branch) && w.outcome === "written")
  ), record = {
    policy,
    trigger,
    rewritten,
    reported: !apply && before.length > 0
  }, issue;
  if (manageIssue) {
    let outcome = await syncDriftIssue(deps, report, trigger);
    issue = outcome.change, record.issue = outcome.number;
  }
  return headSha ? await gh.createCheckRun(headSha, protectionCheckRun(report, record, state.options.now())) : log.warn(
    `${repo.defaultBranch} has no commit yet, so the ${PROTECTION_CHECK_NAME} check has nowhere to go`
  ), log.info(
    {
      status: report.status,
      writes: written.length,
      issue,
      receipt: rewritten.length > 0 ? { sender: trigger.sender, at: trigger.at } : void 0
    },
    `protection ${report.status} after ${trigger.event}`
  ), { report, writes: report.writes.filter((w) => w.outcome !== "planned").length, issue };
}
async function syncDriftIssue(deps, report, trigger) {
  let { gh } = deps, open = await gh.findOpenIssue(DRIFT_ISSUE_LABEL);
  if (driftedBranches(report).length > 0) {
    let body = driftIssueBody(report, trigger);
    return open ? open.body.trim() === body.trim() ? { change: void 0, number: open.number } : (await gh.updateIssue(open.number, body), { change: "updated", number: open.number }) : { change: "opened", number: await gh.createIssue(DRIFT_ISSUE_TITLE, body, [DRIFT_ISSUE_LABEL]) };
  }
  return open && !hasUnknownBranches(report) ? (await gh.updateIssue(open.number, resolvedIssueBody(open.body, trigger), { close: !0 }), { change: "closed", number: open.number }) : { change: void 0, number: open?.number };
}
async function runSync(deps, scope, trigger, options = {}) {
  try {
    await syncProtection(deps, scope, trigger, options);
  } catch (error) {
    let reason = failureReason(error);
    if (deps.log.error({ err: error, event: trigger.event }, `protection sync failed: ${reason}`), scope.checkSha && !(scope.dryRun ?? deps.state.options.dryRun))
      try {
        await deps.gh.createCheckRun(
          scope.checkSha,
          protectionErrorCheckRun(reason, deps.state.options.now())
        );
      } catch (second) {
        deps.log.error(
          { err: second, event: trigger.event },
          `could not post the failing ${PROTECTION_CHECK_NAME} check either`
        );
      }
  }
}
function guardedSync(context, state, payload, trigger, options = {}) {
  let key = `${payload.repository.owner.login}/${payload.repository.name}#protection`.toLowerCase();
  return state.queue.run(
    key,
    () => runGuarded(context, state, payload, (deps) => runSync(deps, {}, trigger, options))
  );
}
async function onInstallation(context, state) {
  let { payload } = context, repositories = ("repositories_added" in payload ? payload.repositories_added : payload.repositories) ?? [], account = payload.installation.account, login = account && "login" in account ? account.login : "", ownerType = account && "type" in account ? account.type : void 0;
  for (let repository of repositories) {
    let [owner = login, name = repository.name] = repository.full_name.split("/");
    await guardedSync(
      context,
      state,
      {
        repository: {
          name,
          // Unknown here; syncProtection asks GitHub.
          default_branch: "",
          owner: { login: owner, ...ownerType ? { type: ownerType } : {} }
        }
      },
      {
        reason: "installed",
        event: `${context.name}.${payload.action}`,
        sender: payload.sender.login,
        at: state.options.now().toISOString()
      }
    );
  }
}
async function onProtectionChange(context, state) {
  let { payload } = context, repository = "repository" in payload ? payload.repository : void 0;
  if (!repository) {
    context.log.debug(`${context.name}: not about a repository (an organisation ruleset), ignored`);
    return;
  }
  let sender = payload.sender;
  if (sender?.type === "Bot" && await isOwnBot2(context, state, repository, sender.login)) {
    context.log.debug(`${context.name}.${payload.action} by this App's own bot: ignored`);
    return;
  }
  let changed = payload, at = changed.rule?.updated_at ?? changed.ruleset?.updated_at;
  await guardedSync(
    context,
    state,
    { repository },
    {
      reason: "hand-edit",
      event: `${context.name}.${payload.action}`,
      sender: sender?.login,
      at: at ?? state.options.now().toISOString()
    }
  );
}
async function isOwnBot2(context, state, repository, login) {
  if (state.appSlug === void 0) {
    let gh = new GitHubClient(context.octokit, {
      owner: repository.owner.login,
      repo: repository.name
    });
    try {
      state.appSlug = await gh.appSlug();
    } catch (error) {
      return context.log.warn({ err: error }, "could not read the App's own name; syncing anyway"), !1;
    }
  }
  return login.toLowerCase() === `${state.appSlug}[bot]`.toLowerCase();
}
function syncAfterConfigPush(context, state, headSha) {
  let { payload } = context;
  return guardedSync(
    context,
    state,
    {
      repository: {
        name: payload.repository.name,
        default_branch: payload.repository.default_branch,
        owner: {
          login: payload.repository.owner?.login ?? "",
          ...payload.repository.owner?.type ? { type: payload.repository.owner.type } : {}
        }
      }
    },
    {
      reason: "config",
      event: "push",
      sender: payload.sender?.login ?? payload.pusher.name,
      at: payload.head_commit?.timestamp ?? state.options.now().toISOString()
    },
    { headSha }
  );
}
async function onProtectionRerun(context, state) {
  let { payload } = context;
  await guardedSync(context, state, payload, {
    reason: "rerun",
    event: `check_run.${payload.action}`,
    sender: payload.sender.login,
    at: state.options.now().toISOString()
  });
}

// app/handlers/check-run.ts
async function onCheckRun(context, state) {
  let { payload } = context, run2 = payload.check_run;
  if (!(payload.action === "requested_action" && (!("requested_action" in payload) || payload.requested_action?.identifier !== RERUN_ACTION.identifier))) {
    if (run2.name === PROTECTION_CHECK_NAME && payload.action === "rerequested") {
      let appId = await new GitHubClient(context.octokit, {
        owner: payload.repository.owner.login,
        repo: payload.repository.name
      }).appId();
      run2.app?.id === appId && await onProtectionRerun(context, state);
      return;
    }
    await runGuarded(context, state, payload, async (deps, scope) => {
      if (run2.app?.id !== await deps.gh.appId()) return;
      scope.checkSha = run2.head_sha, scope.checkName = run2.name;
      let request = {
        checkSha: run2.head_sha,
        onlyForCheckName: run2.name,
        fresh: !0
      }, headBranch = run2.check_suite?.head_branch ?? "";
      if (isQueueRef(headBranch)) {
        let number = pullNumberFromQueueRef(headBranch);
        if (number === void 0) return;
        let pull = await deps.gh.getPull(number);
        await publishVerdict(deps, scope, { ...request, pull, manageLabels: !1 });
        return;
      }
      let numbers = run2.pull_requests.filter((pr) => pr.base.repo.id === payload.repository.id).map((pr) => pr.number);
      numbers.length === 0 && (numbers = await deps.gh.listOpenPullsForCommit(run2.head_sha));
      for (let number of numbers)
        await state.queue.run(`${payload.repository.full_name}#${number}`.toLowerCase(), async () => {
          let pull = await deps.gh.getPull(number);
          if (pull.headSha !== run2.head_sha) {
            deps.log.info(
              `#${number} has moved on from ${run2.head_sha.slice(0, 7)}; its new head is judged on push`
            );
            return;
          }
          await publishVerdict(deps, scope, { ...request, pull, manageLabels: !0 });
        });
    });
  }
}

// engine/verdict/rejudge.ts
async function rejudgeOpenPulls(deps, loaded, select, event) {
  let pulls = (await deps.gh.listOpenPulls()).filter(select), result = { judged: [], failed: [] };
  for (let pull of pulls)
    await deps.state.queue.run(pullKey(deps.repo, pull.number), async () => {
      let scope = {};
      try {
        await publishVerdict(deps, scope, {
          pull,
          checkSha: pull.headSha,
          manageLabels: !0,
          loaded
        }), result.judged.push(pull.number);
      } catch (error) {
        result.failed.push(pull.number);
        let reason = failureReason(error);
        deps.log.error(
          { err: error, event, pull: pull.number },
          `${event}: could not judge #${pull.number} again: ${reason}`
        ), await postEvaluationError(deps, scope, reason, event);
      }
    });
  return result;
}
function inWave(config, wave) {
  let wanted = wave.toLowerCase();
  return (pull) => waveOfPull(pull, config.incidents)?.toLowerCase() === wanted;
}

// app/handlers/incident.ts
var INCIDENT_ACTIONS = [
  "assigned",
  "opened",
  "edited",
  "closed",
  "reopened",
  "deleted",
  "labeled",
  "unlabeled"
];
function freezeRelevance(payload, config) {
  let settings = config.incidents, freezing = [...settings.severity_labels.critical, settings.freeze_label], labels = labelNames(payload.issue.labels), changed = "label" in payload ? payload.label?.name : void 0;
  if (hasAny(labels, freezing) || changed !== void 0 && hasAny([changed], freezing))
    switch (payload.action) {
      case "labeled":
      case "unlabeled":
        return changed === void 0 ? void 0 : hasAny([changed], freezing) ? `label ${changed} ${payload.action}` : isWaveLabel(changed, settings) ? `wave label ${changed} ${payload.action}` : hasAny(labels, settings.severity_labels.critical) && hasAny([changed], settings.escalation.map(escalationLabel)) ? `escalation label ${changed} ${payload.action}` : void 0;
      case "edited":
        return "changes" in payload && payload.changes?.title ? "title edited" : void 0;
      case "assigned":
        return;
      default:
        return payload.action;
    }
}
async function escalateOnEvent(deps, config, raw) {
  let item = issueItemOf(raw);
  if (item.isPull || item.state !== "open" || !severityOf(item.labels, config.incidents)) return;
  let dryRun = deps.state.options.dryRun || config.check.dry_run, result = await escalateIncident(deps, config, item, deps.state.options.now(), { dryRun });
  result.escalation && deps.log.info(`#${item.number}: escalated to ${result.escalation.name} on this event`);
}
function opensCriticalIncident(payload, config) {
  let critical = config.incidents.severity_labels.critical;
  if (payload.action === "opened" || payload.action === "reopened")
    return hasAny(labelNames(payload.issue.labels), critical);
  let changed = "label" in payload ? payload.label?.name : void 0;
  return payload.action === "labeled" && changed !== void 0 && hasAny([changed], critical);
}
async function onIncidentIssue(context, state) {
  let { payload } = context;
  if (payload.issue.pull_request) return;
  let event = `issues.${payload.action}`, key = issueKey(repoContextOf(payload), payload.issue.number);
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = await loadRepoConfig(deps);
      if (!loaded.ok) {
        deps.log.info(`${event} on #${payload.issue.number}: the config is invalid, not judged`);
        return;
      }
      let { config } = loaded;
      if (!config.incidents.enabled) return;
      payload.action !== "deleted" && await escalateOnEvent(deps, config, payload.issue);
      let why = freezeRelevance(payload, config);
      if (!why) return;
      if (opensCriticalIncident(payload, config)) {
        let dryRun = deps.state.options.dryRun || config.check.dry_run, trigger = await checkP0Trigger(deps, config, deps.state.options.now(), dryRun);
        deps.log.info({ trigger }, `trigger ${config.incidents.p0_trigger.id}: ${trigger.status}`);
      }
      let { judged, failed } = await rejudgeOpenPulls(
        deps,
        loaded,
        intoFrozenBranch(config),
        event
      );
      deps.log.info(
        { judged, failed },
        `#${payload.issue.number} ${why}: judged ${judged.length} open PR(s) into frozen branches again`
      );
    })
  );
}

// app/handlers/merge-group.ts
async function onMergeGroup(context, state) {
  let { payload } = context, { repository } = payload, group = payload.merge_group;
  repository && await state.queue.run(
    `${repository.full_name}@${group.head_sha}`.toLowerCase(),
    () => runGuarded(context, state, { repository }, async (deps, scope) => {
      let outcome = await judgeMergeGroup(deps, scope, group);
      outcome.status === "ignored" && deps.log.info(`merge group not judged: ${outcome.why}`);
    })
  );
}

// app/handlers/override.ts
async function onIssueComment(context, state) {
  let { payload } = context, { issue, comment } = payload;
  if (comment.user?.type === "Bot") return;
  let freeze = parseFreezeCommand(comment.body ?? "");
  if (freeze !== void 0) {
    await onFreezeComment(context, state, freeze);
    return;
  }
  if (!issue.pull_request) {
    await onIssueCommentOnIssue(context, state);
    return;
  }
  let command = parseOverrideCommand(comment.body ?? "");
  if (command === void 0) return;
  let login = comment.user?.login ?? payload.sender.login;
  await state.queue.run(
    pullKey(repoContextOf(payload), issue.number),
    () => runGuarded(context, state, payload, async (deps, scope) => {
      let loaded = await loadRepoConfig(deps), dryRun = isDryRun(deps.state.options, loaded.ok ? loaded.config : void 0), reply = (body) => replyOn(deps, issue.number, body, dryRun);
      if ("error" in command) {
        await reply(`${mention(login)}, pilot-gate could not read that override: ${command.error}`);
        return;
      }
      let pull = await deps.gh.getPull(issue.number);
      if (scope.checkSha = pull.headSha, !loaded.ok) {
        await publishVerdict(deps, scope, {
          pull,
          checkSha: pull.headSha,
          manageLabels: !0,
          loaded
        }), await reply(
          `${mention(login)}, overrides cannot be judged while ${codeSpan(loaded.error.file)} on the default branch is invalid; the ${codeSpan(loaded.checkName)} check lists its problems. Fix the config, then ask again.`
        );
        return;
      }
      let { config } = loaded;
      scope.checkName = config.check.name, scope.dryRun = dryRun;
      let permission = await deps.gh.getPermission(login), roleMembers = !permissionAtLeast(permission, config.overrides.permission) && config.overrides.roles.length > 0 ? await expandRoles(deps, config, config.overrides.roles) : {}, existing = await findKnownCheckRun(deps, pull.headSha, config.check.name, {
        fresh: !0
      }), at = comment.created_at;
      if (existing?.receipts.some((r) => sameRequest(r, command, login, pull.headSha, at))) {
        deps.log.info("this override is already recorded (redelivered comment): nothing to do");
        return;
      }
      let outcome = await publishVerdict(deps, scope, {
        pull,
        checkSha: pull.headSha,
        manageLabels: !0,
        override: { command, requester: { login, permission, roleMembers }, at },
        loaded,
        existing: existing ?? null
      });
      if (outcome.status !== "published") {
        deps.log.info(`override not recorded: ${"why" in outcome ? outcome.why : outcome.status}`);
        return;
      }
      outcome.decided?.kind === "refusal" && await reply(refusalText(outcome.decided, config));
    })
  );
}
function sameRequest(receipt, command, login, sha, at) {
  return receipt.ruleId === command.ruleId && receipt.actor === login && receipt.reason === command.reason && receipt.sha === sha && receipt.at === at;
}
async function onIssueCommentOnIssue(context, state) {
  let { payload } = context, { issue } = payload;
  if (issue.state !== "open" || (issue.labels ?? []).length === 0) return;
  let key = issueKey(repoContextOf(payload), issue.number);
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = await loadRepoConfig(deps);
      !loaded.ok || !loaded.config.incidents.enabled || await escalateOnEvent(deps, loaded.config, issue);
    })
  );
}
async function onFreezeComment(context, state, command) {
  let { payload } = context, { issue, comment } = payload, login = comment.user?.login ?? payload.sender.login, key = issueKey(repoContextOf(payload), issue.number);
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps) => {
      let loaded = await loadRepoConfig(deps, { revalidate: !0 }), dryRun = isDryRun(deps.state.options, loaded.ok ? loaded.config : void 0), reply = (body) => replyOn(deps, issue.number, body, dryRun);
      if ("error" in command) {
        await reply(`${mention(login)}, pilot-gate could not read that command: ${command.error}`);
        return;
      }
      if (!loaded.ok) {
        await reply(
          `${mention(login)}, freezes cannot be changed while ${codeSpan(loaded.error.file)} on the default branch is invalid: ${inertText(loaded.error.message.split(`
`)[0] ?? "")} Fix the config, then ask again.`
        );
        return;
      }
      if (!loaded.config.incidents.enabled) {
        await reply(
          `${mention(login)}, the risk protocol is off in this repository, so nothing would enforce a freeze. Set \`incidents.enabled: true\` in \`${CONFIG_PATH}\` on the default branch, then ask again.`
        );
        return;
      }
      let outcome = await runFreezeCommand(
        deps,
        loaded.config,
        { issue: issue.number, login, at: comment.created_at },
        command,
        dryRun
      );
      deps.log.info(
        { outcome },
        `/pilot-gate ${command.kind} on #${issue.number}: ${outcome.status}`
      );
    })
  );
}
async function replyOn(deps, issue, body, dryRun) {
  await executePlan(deps, [{ ...{ kind: "create-comment", issue, body }, failure: "follow-up", what: `reply on #${issue}` }], {
    dryRun
  });
}
function refusalText(receipt, config) {
  let roles = config.overrides.roles, who = [
    `people with **${config.overrides.permission}** permission or higher on this repository`,
    ...roles.length > 0 ? [`holders of the ${roles.map((role) => codeSpan(role)).join(" or ")} role`] : []
  ].join(", and ");
  return fitChars(
    [
      `${mention(receipt.actor)}, thanks for asking, but this override of ${codeSpan(receipt.ruleId)} was not accepted: ${inertText(receipt.detail ?? "it is not allowed here.")}`,
      "",
      `Who may override here: ${who}. One of them can comment \`${OVERRIDE_SYNTAX}\`, or the finding can be fixed instead.`,
      "",
      `The refusal is recorded in the ${codeSpan(config.check.name)} check on ${receipt.sha.slice(0, 7)} (receipt ${codeSpan(receipt.id)}).`
    ].join(`
`),
    COMMENT_BODY_CHARS
  );
}

// app/handlers/pull-request.ts
async function onPullRequest(context, state) {
  let payload = context.payload, repo = repoContextOf(payload), key = pullKey(repo, payload.pull_request.number), { labelEvent } = labelEventOf(payload);
  if (labelEvent && isOwnLabelEcho(state, repo, payload.pull_request.number, labelEvent)) {
    context.log.debug(`${context.name}.${payload.action}: the echo of the App's own label change`);
    return;
  }
  let changedLabel = labelEvent?.label;
  changedLabel !== void 0 && state.appLabels.delete(appLabelKey(repo, payload.pull_request.number, changedLabel));
  let loaded;
  await state.queue.run(
    key,
    () => runGuarded(context, state, payload, async (deps, scope) => {
      payload.pull_request.state === "open" && (scope.checkSha = payload.pull_request.head.sha, loaded = await loadRepoConfig(deps));
      let outcome = await judgePullRequest(deps, scope, payload, loaded);
      outcome.status === "ignored" && deps.log.debug(`nothing to do: ${outcome.why}`);
    })
  );
  let entersWave = payload.action === "reopened" || payload.action === "ready_for_review" || changedLabel !== void 0;
  context.name === "pull_request" && entersWave && loaded?.ok && loaded.config.incidents.enabled && await onWaveChange(context, state, { changedLabel, loaded });
}
var WAVE_LEAVE_ACTIONS = ["closed", "converted_to_draft"];
async function onWaveChange(context, state, options = {}) {
  let { payload } = context, pull = toPullInfo(payload.pull_request), event = `pull_request.${payload.action}`;
  await runGuarded(context, state, payload, async (deps) => {
    let loaded = options.loaded ?? await loadRepoConfig(deps);
    if (!loaded.ok || !loaded.config.incidents.enabled) return;
    let wave = options.changedLabel === void 0 ? waveOfPull(pull, loaded.config.incidents) : waveFromLabels([options.changedLabel], loaded.config.incidents);
    if (!wave) return;
    let self = payload.action === "converted_to_draft", member = inWave(loaded.config, wave), { judged } = await rejudgeOpenPulls(
      deps,
      loaded,
      (open) => member(open) && (open.number > pull.number || self && open.number === pull.number),
      event
    );
    deps.log.info(
      { judged },
      `#${pull.number} ${payload.action}: judged ${judged.length} PR(s) of wave ${wave} again`
    );
  });
}
function isOwnLabelEcho(state, repo, number, labelEvent) {
  if (labelEvent.senderType !== "Bot") return !1;
  let key = labelWriteKey(repo, number, labelEvent.action, labelEvent.label);
  return state.labelWrites.get(key) ? (state.labelWrites.delete(key), !0) : !1;
}

// core/protected-commit.ts
var BYPASS_LABEL = "pilot-gate:bypass", LISTED_COMMITS = 20;
function bypassMarker(sha) {
  return `<!-- pilot-gate:bypass ${sha} -->`;
}
function planProtectedCommit(commit) {
  let { pull } = commit, sha7 = commit.sha.slice(0, 7), branch = codeSpan(commit.branch), base = {
    name: commit.checkName,
    headSha: commit.sha,
    annotations: [],
    actions: [{ ...RERUN_ACTION }]
  };
  if (pull?.headCheck?.conclusion === "success")
    return {
      checkRun: {
        ...base,
        conclusion: "success",
        title: titleText(`Merged from #${pull.number}: ${pull.headCheck.title}`, 199),
        summary: fitBytes(
          [
            `## ✅ Merged from ${issueRef(pull.number, pull.url)}, whose ${codeSpan(commit.checkName)} passed`,
            "",
            `${codeSpan(sha7)} reached ${branch} as the merge of ${issueRef(pull.number, pull.url)} (${inertText(pull.title)}), whose ${codeSpan(commit.checkName)} check passed on its last head, ${codeSpan(pull.headSha.slice(0, 7))}. Its overrides and receipts are carried here.`,
            ""
          ].join(`
`),
          CHECK_RUN_TEXT_BYTES
        )
      }
    };
  let how = pull ? `the merge of ${issueRef(pull.number, pull.url)} (${inertText(pull.title)}) while its ${codeSpan(commit.checkName)} check ${pull.headCheck ? `was ${inertText(pull.headCheck.conclusion ?? "not finished")} ("${inertText(pull.headCheck.title)}")` : "was missing"} on its last head, ${codeSpan(pull.headSha.slice(0, 7))}` : `a direct push by ${handle(commit.pushedBy)}, not through a PR`, title = pull ? `Bypass: #${pull.number} merged without a passing ${commit.checkName}` : `Bypass: pushed to ${commit.branch} without a PR`, listed = commit.commits.slice(-LISTED_COMMITS), unlisted = Math.max(0, commit.commitCount - listed.length), commits = [
    ...listed.map(
      (c) => `- ${codeSpan(c.sha.slice(0, 7))} ${inertText(c.message.split(`
`)[0] ?? "", 200)} (${handle(c.author)})`
    ),
    ...unlisted > 0 ? [`- …and ${unlisted} more`] : []
  ], marker = bypassMarker(commit.sha);
  return {
    checkRun: {
      ...base,
      conclusion: "failure",
      title: titleText(title, 199),
      summary: fitBytes(
        [
          `## ❌ ${codeSpan(sha7)} reached ${branch} without a passing ${codeSpan(commit.checkName)}`,
          "",
          `It came as ${how}. Every commit on a protected branch carries the verdict of the PR it came from; this one has none to carry, so it fails, and readiness will not call it GO. An audit issue labelled ${codeSpan(BYPASS_LABEL)} records it.`,
          "",
          "To clear it, land the change through a PR whose check passes (a revert and a new PR), and close the audit issue with what happened.",
          ""
        ].join(`
`),
        CHECK_RUN_TEXT_BYTES
      )
    },
    audit: {
      title: titleText(
        `pilot-gate: ${sha7} reached ${commit.branch} without a passing check`,
        ISSUE_TITLE_CHARS
      ),
      marker,
      // The marker is how the issue is found again, so the cut is made before it.
      body: fitCharsBefore(
        [
          `${codeSpan(commit.sha)} reached ${branch} as ${how}.`,
          "",
          `Pushed by ${handle(commit.pushedBy)}. Commits:`,
          "",
          ...commits,
          "",
          `The commit's ${codeSpan(commit.checkName)} check fails, so readiness will not call it GO. Close this issue with what happened and how it was made good.`,
          ""
        ].join(`
`),
        `
${marker}
`,
        ISSUE_BODY_CHARS
      )
    }
  };
}

// app/handlers/protected-push.ts
async function onProtectedPush(context, state) {
  let { payload } = context;
  if (payload.deleted || !payload.ref.startsWith("refs/heads/")) return;
  let branch = payload.ref.slice(11), repository = pushRepository(payload.repository), key = `${repository.owner.login}/${repository.name}@${payload.after}`.toLowerCase();
  await state.queue.run(
    key,
    () => runGuarded(context, state, { repository }, async (deps, scope) => {
      let loaded = await loadRepoConfig(deps);
      if (!loaded.ok || !loaded.config.protection.branches.includes(branch)) return;
      let { config } = loaded, checkName = config.check.name;
      scope.checkSha = payload.after, scope.checkName = checkName;
      let dryRun = isDryRun(deps.state.options, config);
      scope.dryRun = dryRun;
      let existing = await findKnownCheckRun(deps, payload.after, checkName, { fresh: !0 });
      if (existing?.shows?.conclusion === "success") {
        deps.log.debug(`${payload.after.slice(0, 7)} on ${branch} already passes (a merge queue)`);
        return;
      }
      let { commit, receipts } = await describeCommit(deps, payload, branch, checkName), plan = planProtectedCommit(commit), target = { checkSha: payload.after, pullNumber: void 0, existing, receipts };
      await applyPlan(deps, { checkRun: plan.checkRun, labels: { add: [], remove: [] } }, target, {
        dryRun
      });
      let { audit } = plan;
      if (audit) {
        let what = `open the audit issue for ${payload.after.slice(0, 7)}`, open;
        if (await followUp(deps, what, async () => {
          open = await deps.gh.listOpenIssues(BYPASS_LABEL);
        }), open && !open.some((issue) => issue.body.includes(audit.marker))) {
          let issue = { title: audit.title, body: audit.body, labels: [BYPASS_LABEL] };
          await executePlan(
            deps,
            [{ kind: "create-issue", ...issue, failure: "follow-up", what }],
            {
              dryRun
            }
          );
        }
      }
      deps.log.info(
        { conclusion: plan.checkRun.conclusion, pull: commit.pull?.number },
        `${checkName} on ${payload.after.slice(0, 7)} (${branch}): ${plan.checkRun.title}`
      );
    })
  );
}
async function describeCommit(deps, payload, branch, checkName) {
  let commit = {
    sha: payload.after,
    branch,
    checkName,
    pushedBy: payload.sender?.login ?? payload.pusher.name,
    commits: payload.commits.map((c) => ({
      sha: c.id,
      message: c.message,
      author: c.author.username ?? c.author.name
    })),
    commitCount: payload.commits.length
  }, pull = await deps.gh.findMergedPull(payload.after, branch);
  if (!pull) return { commit, receipts: [] };
  let head = await findKnownCheckRun(deps, pull.headSha, checkName, { fresh: !0 });
  return { commit: {
    ...commit,
    pull: {
      ...pull,
      // Looked up fresh, so a run found says what GitHub shows of it.
      headCheck: head?.shows ? { conclusion: head.shows.conclusion, title: head.shows.title } : void 0
    }
  }, receipts: head?.receipts ?? [] };
}

// app/readiness-evidence.ts
var MAX_PACK_FILES = 100, MAX_FILE_BYTES = 10 * 1024 * 1024, MAX_TOTAL_BYTES = 50 * 1024 * 1024, MAX_DEPTH = 16, SYMLINK_MODE = "120000", EvidenceReadError = class extends Error {
  name = "EvidenceReadError";
}, CommitFiles = class {
  #gh;
  commit;
  #whole;
  #folders = /* @__PURE__ */ new Map();
  #blobs = /* @__PURE__ */ new Map();
  /** Bytes read so far, against MAX_TOTAL_BYTES. */
  bytesRead = 0;
  constructor(gh, commit) {
    this.#gh = gh, this.commit = commit;
  }
  /** Every entry under `folder` ("" for the whole commit), by path relative to it; empty when there is no such folder. */
  folder(folder) {
    let listing = this.#folders.get(folder);
    return listing || (listing = this.#listFolder(folder), this.#folders.set(folder, listing)), listing;
  }
  async #listFolder(folder) {
    this.#whole ??= this.#gh.getTree(this.commit, { recursive: !0 });
    let whole = await this.#whole;
    if (!whole.truncated) {
      let prefix = folder === "" ? "" : `${folder}/`;
      return new Map(
        whole.entries.filter((entry) => entry.path.startsWith(prefix)).map((entry) => [entry.path.slice(prefix.length), entry])
      );
    }
    let segments = folder === "" ? [] : folder.split("/");
    if (segments.length > MAX_DEPTH)
      throw new EvidenceReadError(
        `${folder} is ${segments.length} folders deep and the branch is too big to list at once; keep packs at most ${MAX_DEPTH} folders deep (evidence/<scope>/<id>)`
      );
    let sha = this.commit, at = "";
    for (let segment of segments) {
      let listing2 = await this.#gh.getTree(sha), next = listing2.entries.find((entry) => entry.path === segment && entry.type === "tree");
      if (at = at === "" ? segment : `${at}/${segment}`, !next) {
        if (listing2.truncated)
          throw new EvidenceReadError(
            `GitHub truncated the listing of the folder holding ${at}, so it cannot be found; move old packs off the evidence branch`
          );
        return /* @__PURE__ */ new Map();
      }
      sha = next.sha;
    }
    let listing = await this.#gh.getTree(sha, { recursive: !0 });
    if (listing.truncated)
      throw new EvidenceReadError(
        `GitHub truncated the listing of ${folder || "the commit"}, so not every file of it can be checked; keep evidence packs small (at most ${MAX_PACK_FILES} files)`
      );
    return new Map(listing.entries.map((entry) => [entry.path, entry]));
  }
  /**
   * The blob at `path`, looked up in the listing of `within` (a folder above
   * it, so the pack's one listing serves its reports too); undefined when
   * there is none (a folder, a submodule, a symbolic link, nothing).
   */
  async file(path, within) {
    let entry = (await this.folder(within)).get(
      within === "" ? path : path.slice(within.length + 1)
    );
    if (!(entry?.type !== "blob" || entry.mode === SYMLINK_MODE))
      return this.blob(entry, path);
  }
  /** A blob's bytes within the bounds; `path` names it in errors. */
  async blob(entry, path) {
    let known = this.#blobs.get(entry.sha);
    if (known) return known;
    let size = entry.size ?? 0;
    if (size > MAX_FILE_BYTES)
      throw new EvidenceReadError(
        `${path} is ${size} bytes; the App reads files of at most ${MAX_FILE_BYTES} bytes (verify it with pilot-gate evidence verify instead)`
      );
    if (this.bytesRead + size > MAX_TOTAL_BYTES)
      throw new EvidenceReadError(
        `reading ${path} would take the push past the ${MAX_TOTAL_BYTES} bytes the App reads at most; push one evidence pack at a time and keep it small`
      );
    let bytes = await this.#gh.getBlob(entry.sha);
    if (this.bytesRead += bytes.length, bytes.length > MAX_FILE_BYTES || this.bytesRead > MAX_TOTAL_BYTES)
      throw new EvidenceReadError(
        `${path} is ${bytes.length} bytes, past what the App reads (${MAX_FILE_BYTES} bytes a file, ${MAX_TOTAL_BYTES} a push); verify it with pilot-gate evidence verify instead`
      );
    if (entry.size !== void 0 && bytes.length !== entry.size)
      throw new EvidenceReadError(
        `GitHub answered ${bytes.length} bytes for ${path}, which the tree lists as ${entry.size}; re-run`
      );
    return this.#blobs.set(entry.sha, bytes), bytes;
  }
};
function pathInPack(pack, path) {
  return pack === "" ? path : path.slice(pack.length + 1);
}
async function verifyReportEvidence(deps, files, config, entry, pack) {
  let fail = (...reasons2) => ({ verified: !1, pack, reasons: reasons2 });
  if (!config.ok)
    return fail(
      `the config on ${deps.repo.defaultBranch} does not parse, so there are no trusted keys (${config.error.message.split(`
`)[0]}); fix .github/pilot-gate.yml`
    );
  let paths = config.config.readiness.evidence_keys;
  if (paths.length === 0)
    return fail(
      `no trusted key is configured: list the public key(s) the packs are signed with under readiness.evidence_keys in .github/pilot-gate.yml on ${deps.repo.defaultBranch}`
    );
  let keys = await readTrustedKeys(deps, paths);
  if ("reasons" in keys) return fail(...keys.reasons);
  let contents;
  try {
    contents = await readPack(files, pack);
  } catch (error) {
    if (error instanceof EvidenceReadError) return fail(error.message);
    throw error;
  }
  let result = verifyPack(contents, { keys: keys.keys, requireSignature: !0 }), reasons = result.findings.filter((finding) => finding.severity === "error").map((finding) => finding.message), manifest = result.manifest;
  if (manifest) {
    let own = pathInPack(pack, entry.path);
    manifest.files.some((file) => file.path === own) || reasons.push(
      `${own} is not one of the files ${MANIFEST_FILE} lists, so the signature does not cover it; pack the report with --report`
    ), manifest.commit !== entry.report.sha && reasons.push(
      `the pack is evidence about commit ${manifest.commit}, but the report judged ${entry.report.sha}; pack it with --commit ${COMMIT_PATTERN.test(entry.report.sha) ? entry.report.sha : "<the full commit id the report judged>"}`
    );
  }
  return reasons.length > 0 || !manifest || !result.manifestDigest ? fail(...reasons) : {
    verified: !0,
    pack,
    manifestDigest: result.manifestDigest,
    keyids: result.verifiedKeyids,
    files: manifest.files.length
  };
}
async function readTrustedKeys(deps, paths) {
  let keys = [], reasons = [];
  for (let path of paths) {
    let what = `readiness.evidence_keys: ${path}`, answer = await deps.gh.getRawFile(path, deps.repo.defaultBranch);
    if (answer.kind !== "found") {
      reasons.push(
        `${what} is not a file on ${deps.repo.defaultBranch}; commit the public key there (openssl pkey -in key.pem -pubout -out pub.pem)`
      );
      continue;
    }
    try {
      keys.push(publicKeyFromPem(answer.text, what));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      reasons.push(error.message);
    }
  }
  return reasons.length > 0 ? { reasons } : { keys };
}
async function readPack(files, pack) {
  let entries = [...await files.folder(pack)].filter(([, entry]) => entry.type !== "tree"), label = pack || "/";
  if (entries.length > MAX_PACK_FILES + PACK_META_FILES.length)
    throw new EvidenceReadError(
      `${label} holds ${entries.length} files; the App verifies packs of at most ${MAX_PACK_FILES} files (verify bigger ones with pilot-gate evidence verify)`
    );
  let total = entries.reduce((sum, [, entry]) => sum + (entry.size ?? 0), 0);
  if (total > MAX_TOTAL_BYTES)
    throw new EvidenceReadError(
      `${label} holds ${total} bytes; the App verifies packs of at most ${MAX_TOTAL_BYTES} bytes (verify bigger ones with pilot-gate evidence verify)`
    );
  let full = (path) => pack === "" ? path : `${pack}/${path}`, regular = (entry) => entry.type === "blob" && entry.mode !== SYMLINK_MODE, meta = /* @__PURE__ */ new Map();
  for (let name of PACK_META_FILES) {
    let entry = entries.find(([path]) => path === name)?.[1];
    entry && regular(entry) && meta.set(name, await files.blob(entry, full(name)));
  }
  let listed = listedPaths(meta.get(MANIFEST_FILE)), digests = /* @__PURE__ */ new Map();
  for (let [path, entry] of entries)
    if (!meta.has(path))
      if (!regular(entry))
        digests.set(path, { sha256: "not-a-regular-file", size: 0 });
      else if (listed.has(path)) {
        let bytes = await files.blob(entry, full(path));
        digests.set(path, { sha256: sha256Hex(bytes), size: bytes.length });
      } else
        digests.set(path, { sha256: "not-read", size: entry.size ?? 0 });
  return {
    label,
    folder: pack,
    manifest: meta.get(MANIFEST_FILE),
    statement: meta.get(STATEMENT_FILE),
    envelope: meta.get(ENVELOPE_FILE),
    files: digests
  };
}
function listedPaths(bytes) {
  if (bytes === void 0) return /* @__PURE__ */ new Set();
  try {
    let parsed = manifestSchema.safeParse(JSON.parse(bytes.toString("utf8")));
    return new Set(parsed.success ? parsed.data.files.map((file) => file.path) : []);
  } catch {
    return /* @__PURE__ */ new Set();
  }
}

// app/handlers/readiness.ts
var READINESS_CHECK_NAME = "pilot-gate/readiness", EVIDENCE_BRANCH = DEFAULT_EVIDENCE_BRANCH, REPORT_PATH = /^(?:(.+)\/)?reports\/[^/]+\.json$/, MAX_REPORTS = 20;
function reportCandidates(commits) {
  let paths = /* @__PURE__ */ new Set();
  for (let commit of commits) {
    for (let path of [...commit.added ?? [], ...commit.modified ?? []])
      REPORT_PATH.test(path) && paths.add(path);
    for (let path of commit.removed ?? []) paths.delete(path);
  }
  return [...paths];
}
function packOf(path) {
  return REPORT_PATH.exec(path)?.[1] ?? "";
}
function classifyReport(path, text, now) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof data != "object" || data === null || data.kind !== "readiness")
    return;
  let regenerate = `regenerate it with pilot-gate readiness --report ${path.split("/").pop()}`, parsed = readinessReportSchema.safeParse(data);
  if (!parsed.success) {
    let issue = parsed.error.issues[0];
    return {
      reason: `not a valid readiness report (${issue && issue.path.length > 0 ? `at ${issue.path.join(".")}: ` : ""}${issue?.message ?? "invalid"}); ${regenerate}`
    };
  }
  let problems = readinessReportProblems(parsed.data, now);
  return problems.length > 0 ? { reason: `${problems.join("; ")}; ${regenerate}` } : { report: parsed.data };
}
function newestReport(reports) {
  let time = (r) => {
    let t = Date.parse(r.evaluated_at);
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
  }, newest;
  for (let entry of reports)
    (!newest || time(entry.report) > time(newest.report)) && (newest = entry);
  return newest;
}
function bounded(summary) {
  return fitBytes(summary, CHECK_RUN_TEXT_BYTES);
}
var MAX_REASONS = 50;
function readinessCheckRun(entry, packUrl, now, evidence) {
  let { report, path } = entry, go = report.verdict === "GO", blockers = go ? "" : ` (${report.blockers.length} blocker(s))`, keys = evidence.keyids.map((id) => codeSpan(id.slice(0, 16))).join(", ");
  return {
    name: READINESS_CHECK_NAME,
    conclusion: go ? "success" : "failure",
    completedAt: now.toISOString(),
    title: titleText(`${report.verdict} for ${report.sha.slice(0, 12)}${blockers}`, 200),
    summary: bounded(
      [
        renderReadinessMarkdown(report),
        `From the evidence pack ${link(evidence.pack || "/", packUrl, { code: !0 })} (${codeSpan(path)}), verified: signed by ${keys}, its ${evidence.files} file(s) match its manifest (${codeSpan(evidence.manifestDigest)}), and this report is one of them.`,
        ""
      ].join(`
`)
    ),
    annotations: [],
    actions: []
  };
}
function unverifiedCheckRun(entry, evidence, packUrl, now) {
  let { report, path } = entry, first = evidence.reasons[0] ?? "unknown", shown = evidence.reasons.slice(0, MAX_REASONS), more = evidence.reasons.length - shown.length, pack = evidence.pack || ".";
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: `Not verified: ${titleText(first, 160)}`,
    summary: bounded(
      [
        `## ❌ Readiness not verified: ${codeSpan(path)}`,
        "",
        `The report says ${codeSpan(report.verdict)} for ${codeSpan(report.sha)}, but pilot-gate posts a readiness verdict only from an evidence pack signed by a key listed under ${codeSpan("readiness.evidence_keys")}, whose files all match its signed manifest, with the report among them. The pack ${link(evidence.pack || "/", packUrl, { code: !0 })} was not verified:`,
        "",
        ...shown.map((reason) => `- ${inertText(reason)}`),
        ...more > 0 ? [`- …and ${more} more`] : [],
        "",
        `Check it with ${codeSpan(`pilot-gate evidence verify ${pack} --key pub.pem --require-signature`)}, fix it and push a new pack; the check follows the next push.`,
        ""
      ].join(`
`)
    ),
    annotations: [],
    actions: []
  };
}
function unreadableCheckRun(problems, branch, now) {
  let first = problems[0];
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: titleText(
      `Unreadable readiness report: ${first?.path ?? "?"}${problems.length > 1 ? ` and ${problems.length - 1} more` : ""}`,
      200
    ),
    summary: bounded(
      [
        `## ❌ Readiness unknown: a report on ${codeSpan(branch)} cannot be read`,
        "",
        "pilot-gate fails closed: no verdict is posted from a report it cannot read.",
        "",
        ...problems.map((p) => `- ${codeSpan(p.path)}: ${inertText(p.reason)}`),
        "",
        "Fix the report and commit a new evidence pack; the check follows the next push.",
        ""
      ].join(`
`)
    ),
    annotations: [],
    actions: []
  };
}
function errorCheckRun(reason, now) {
  return {
    name: READINESS_CHECK_NAME,
    conclusion: "failure",
    completedAt: now.toISOString(),
    title: "Could not read the readiness reports",
    summary: bounded(`pilot-gate could not read the readiness reports: ${inertText(reason)}
`),
    annotations: [],
    actions: []
  };
}
async function postReadinessFromPush(deps, push) {
  let { gh, state, log, repo } = deps, loaded = await loadRepoConfig(deps), dryRun = state.options.dryRun || loaded.ok && loaded.config.check.dry_run, now = state.options.now(), files = new CommitFiles(gh, push.sha), target, postingOn, post = async (sha, write) => {
    let head = sha ?? await gh.getBranchHead(repo.defaultBranch);
    return head ? (postingOn = head, await gh.createCheckRun(head, write), !0) : (log.warn(
      `${repo.defaultBranch} has no commit yet, so the ${READINESS_CHECK_NAME} check has nowhere to go`
    ), !1);
  };
  try {
    let read = { reports: [], problems: [] }, candidates = push.candidates.slice(0, MAX_REPORTS);
    push.candidates.length > candidates.length && log.warn(
      `${push.candidates.length} report files in one push; only the first ${MAX_REPORTS} are read`
    );
    for (let path of candidates) {
      let bytes;
      try {
        bytes = await files.file(path, packOf(path));
      } catch (error) {
        if (!(error instanceof EvidenceReadError)) throw error;
        read.problems.push({ path, reason: error.message });
        continue;
      }
      if (bytes === void 0) continue;
      let sorted = classifyReport(path, bytes.toString("utf8"), now);
      sorted && ("report" in sorted ? read.reports.push({ path, report: sorted.report }) : read.problems.push({ path, reason: sorted.reason }));
    }
    if (read.problems.length > 0)
      return log.warn(
        { dryRun, problems: read.problems },
        `readiness report(s) on ${push.branch} do not parse${dryRun ? "; dry run: failing check not posted" : ""}`
      ), dryRun ? {} : await post(void 0, unreadableCheckRun(read.problems, push.branch, now)) ? { posted: "unreadable" } : { skipped: `${repo.defaultBranch} has no commit yet` };
    let newest = newestReport(read.reports);
    if (!newest)
      return { skipped: "no readiness report among the pushed reports" };
    let { report } = newest;
    COMMIT_PATTERN.test(report.sha) && (target = report.sha);
    let pack = packOf(newest.path), packUrl = `https://github.com/${repo.owner}/${repo.repo}/tree/${push.sha}/${pack}`, evidence = await verifyReportEvidence(deps, files, loaded, newest, pack), write = evidence.verified ? readinessCheckRun(newest, packUrl, now, evidence) : unverifiedCheckRun(newest, evidence, packUrl, now);
    return log.info(
      {
        dryRun,
        verdict: report.verdict,
        sha: report.sha,
        blockers: report.blockers,
        report: newest.path,
        verified: evidence.verified,
        ...evidence.verified ? { keyids: evidence.keyids } : { reasons: evidence.reasons }
      },
      `readiness ${report.verdict} from ${newest.path}, ${evidence.verified ? "verified" : `not verified (${evidence.reasons[0]})`}${dryRun ? `; dry run: ${READINESS_CHECK_NAME} not posted` : ` posted on ${target ?? repo.defaultBranch}`}`
    ), dryRun ? {} : await post(target, write) ? { posted: evidence.verified ? "verdict" : "unverified" } : { skipped: `${repo.defaultBranch} has no commit yet` };
  } catch (error) {
    let reason = failureReason(error);
    if (log.error({ err: error }, `readiness check failed: ${reason}`), !dryRun)
      try {
        await post(postingOn === target ? void 0 : target, errorCheckRun(reason, now));
      } catch (second) {
        log.error(
          { err: second },
          `could not post the failing ${READINESS_CHECK_NAME} check either`
        );
      }
    return { skipped: reason };
  }
}
async function onReadinessPush(context, state) {
  let { payload } = context;
  if (payload.deleted || payload.ref !== `refs/heads/${EVIDENCE_BRANCH}`) return;
  let candidates = reportCandidates(payload.commits);
  if (candidates.length === 0) return;
  let repository = pushRepository(payload.repository), key = `${repository.owner.login}/${repository.name}#readiness`.toLowerCase();
  await state.queue.run(
    key,
    () => runGuarded(context, state, { repository }, async (deps) => {
      let outcome = await postReadinessFromPush(deps, {
        branch: payload.ref.slice(11),
        sha: payload.after,
        candidates
      });
      outcome.skipped && deps.log.debug(`readiness: ${outcome.skipped}`);
    })
  );
}

// app/handlers/push.ts
var PUSH_COMMIT_LIMIT = 2048;
async function onPush(context, state) {
  await onReadinessPush(context, state), await onConfigPush(context, state), await onProtectedPush(context, state);
}
async function onConfigPush(context, state) {
  let { payload } = context;
  if (payload.ref !== `refs/heads/${payload.repository.default_branch}` || payload.deleted) return;
  let paths = new Set(
    payload.commits.flatMap((commit) => [
      ...commit.added ?? [],
      ...commit.modified ?? [],
      ...commit.removed ?? []
    ])
  ), unknown = payload.forced || payload.commits.length >= PUSH_COMMIT_LIMIT, repo = repoContextOf({ repository: pushRepository(payload.repository) });
  (unknown || [...paths].some(isPrTemplatePath)) && state.templates.delete(repoKey(repo)), (forgetConfigsReading({ state, repo }, unknown ? void 0 : paths) || unknown || paths.has(CONFIG_PATH)) && (forgetRepoConfig({ state, repo }), context.log.info(
    `${CONFIG_PATH} may have changed on ${repo.defaultBranch}: cached config dropped`
  ), await syncAfterConfigPush(context, state, payload.after));
}

// app/index.ts
var PULL_REQUEST_EVENTS = [
  "pull_request.opened",
  "pull_request.edited",
  "pull_request.synchronize",
  "pull_request.reopened",
  "pull_request.ready_for_review",
  "pull_request.labeled",
  "pull_request.unlabeled",
  "pull_request_review.submitted",
  "pull_request_review.dismissed"
], WAVE_LEAVE_EVENTS = WAVE_LEAVE_ACTIONS.map((action) => `pull_request.${action}`), INCIDENT_EVENTS = INCIDENT_ACTIONS.map((action) => `issues.${action}`), BLOCKED_EVENTS = BLOCKED_ACTIONS.flatMap((action) => [
  `issues.${action}`,
  `pull_request.${action}`
]), CHECK_RUN_EVENTS = ["check_run.rerequested", "check_run.requested_action"], INSTALLATION_EVENTS = ["installation.created", "installation_repositories.added"], PROTECTION_CHANGE_EVENTS = [
  "branch_protection_rule.created",
  "branch_protection_rule.edited",
  "branch_protection_rule.deleted",
  "repository_ruleset.created",
  "repository_ruleset.edited",
  "repository_ruleset.deleted"
], HANDLED_EVENTS = [
  .../* @__PURE__ */ new Set([
    ...PULL_REQUEST_EVENTS,
    ...WAVE_LEAVE_EVENTS,
    ...INCIDENT_EVENTS,
    ...BLOCKED_EVENTS,
    ...CHECK_RUN_EVENTS,
    "merge_group.checks_requested",
    "issue_comment.created",
    "push",
    ...INSTALLATION_EVENTS,
    ...PROTECTION_CHANGE_EVENTS
  ])
];
function createApp(options) {
  return (app) => {
    let resolved = options ?? readAppOptions(), workers = resolved.evaluationWorkers ?? 0, state = createState(
      resolved,
      workers > 0 ? new EvaluationPool({ size: workers, budgetMs: resolved.evaluationBudgetMs ?? 2e3 }) : void 0
    );
    app.on(
      [...PULL_REQUEST_EVENTS],
      (context) => afterEventHandler(context, state, () => onPullRequest(context, state))
    ), app.on([...WAVE_LEAVE_EVENTS], (context) => onWaveChange(context, state)), app.on(
      [...INCIDENT_EVENTS],
      (context) => afterEventHandler(context, state, () => onIncidentIssue(context, state))
    ), app.on([...CHECK_RUN_EVENTS], (context) => onCheckRun(context, state)), app.on("merge_group.checks_requested", (context) => onMergeGroup(context, state)), app.on("issue_comment.created", (context) => onIssueComment(context, state)), app.on("push", async (context) => onPush(context, state)), app.on([...INSTALLATION_EVENTS], (context) => onInstallation(context, state)), app.on([...PROTECTION_CHANGE_EVENTS], (context) => onProtectionChange(context, state));
  };
}
var pilotGate = createApp(), app_default = pilotGate;

// app/server-env.ts
import { createRequire } from "node:module";

// node_modules/@probot/get-private-key/dist-bundle/index.js
import { resolve } from "node:path";
import { existsSync, readdirSync, readFileSync } from "node:fs";
var VERSION = "0.0.0-development", pkcs1Begin = "-----BEGIN RSA PRIVATE KEY-----", pkcs1End = "-----END RSA PRIVATE KEY-----", pkcs8Begin = "-----BEGIN PRIVATE KEY-----", pkcs8End = "-----END PRIVATE KEY-----";
function isPKCS1(privateKey) {
  return privateKey.includes(pkcs1Begin) && privateKey.includes(pkcs1End);
}
function isPKCS8(privateKey) {
  return privateKey.includes(pkcs8Begin) && privateKey.includes(pkcs8End);
}
function getPrivateKey(options = {}) {
  let env = options.env || process.env, cwd = options.cwd || process.cwd();
  if (options.filepath)
    return readFileSync(resolve(cwd, options.filepath), "utf-8");
  if (env.PRIVATE_KEY) {
    let privateKey = env.PRIVATE_KEY;
    if (isBase64(privateKey) && (privateKey = Buffer.from(privateKey, "base64").toString()), privateKey.indexOf("\\n") !== -1 && (privateKey = privateKey.replace(/\\n/g, `
`)), isPKCS1(privateKey))
      return privateKey.indexOf(`
`) === -1 && (privateKey = addNewlines({
        privateKey,
        begin: pkcs1Begin,
        end: pkcs1End
      })), privateKey;
    if (isPKCS8(privateKey))
      return privateKey.indexOf(`
`) === -1 && (privateKey = addNewlines({
        privateKey,
        begin: pkcs8Begin,
        end: pkcs8End
      })), privateKey;
    throw new Error(
      '[@probot/get-private-key] The contents of "env.PRIVATE_KEY" could not be validated. Please check to ensure you have copied the contents of the .pem file correctly.'
    );
  }
  if (env.PRIVATE_KEY_PATH) {
    let filepath = resolve(cwd, env.PRIVATE_KEY_PATH);
    if (existsSync(filepath))
      return readFileSync(filepath, "utf-8");
    throw new Error(
      `[@probot/get-private-key] Private key does not exists at path: "${env.PRIVATE_KEY_PATH}". Please check to ensure that "env.PRIVATE_KEY_PATH" is correct.`
    );
  }
  let pemFiles = readdirSync(cwd).filter((path) => path.endsWith(".pem"));
  if (pemFiles.length > 1) {
    let paths = pemFiles.join(", ");
    throw new Error(
      `[@probot/get-private-key] More than one file found: "${paths}". Set { filepath } option or set one of the environment variables: PRIVATE_KEY, PRIVATE_KEY_PATH`
    );
  } else if (pemFiles[0])
    return getPrivateKey({ filepath: pemFiles[0], cwd });
  return null;
}
function isBase64(str) {
  return Buffer.from(str, "base64").toString("base64") === str;
}
function addNewlines({
  privateKey,
  begin,
  end
}) {
  let middleLength = privateKey.length - begin.length - end.length - 2, middle = privateKey.substr(begin.length + 1, middleLength);
  return `${begin}
${middle.trim().replace(/\s+/g, `
`)}
${end}`;
}
getPrivateKey.VERSION = VERSION;

// app/server-env.ts
var StartupError = class extends Error {
  name = "StartupError";
};
function checkServerEnv(env = process.env, cwd = process.cwd()) {
  let missing = [];
  env.WEBHOOK_SECRET || missing.push("WEBHOOK_SECRET (the webhook secret in the App's settings)");
  let appId = env.APP_ID?.trim() ?? "";
  appId === "" ? missing.push("APP_ID (the App ID in the App's settings)") : /^[1-9][0-9]*$/.test(appId) || missing.push(`APP_ID (a number: "${env.APP_ID}" is not one)`);
  let key = readPrivateKey(env, cwd);
  if (key !== "ok" && missing.push(`PRIVATE_KEY or PRIVATE_KEY_PATH (${key})`), env.REDIS_URL && !canResolve("ioredis"))
    throw new StartupError(
      "REDIS_URL is set, but this install has no Redis client (the ioredis package): unset REDIS_URL to run a single replica."
    );
  if (env.NODE_ENV === "production") {
    if (missing.length > 0)
      throw new StartupError(
        `pilot-gate will not start with NODE_ENV=production without ${missing.join(", ")}. Set them (see .env.example); to register a new App through the manifest flow, run it once without NODE_ENV=production.`
      );
    return [];
  }
  return appId !== "" && key === "ok" && !env.WEBHOOK_SECRET ? [
    "WEBHOOK_SECRET is not set: webhooks are verified against Probot's development secret, which anyone can sign with. Set it to the App's webhook secret (with NODE_ENV=production the App refuses to start without it)."
  ] : [];
}
function canResolve(name) {
  try {
    return createRequire(import.meta.url).resolve(name), !0;
  } catch {
    return !1;
  }
}
function readPrivateKey(env, cwd) {
  try {
    return getPrivateKey({ env, cwd }) ? "ok" : "the App's private key, PEM text or a file path";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// app/main.ts
var main_default = app_default;
function environmentWithDotEnv() {
  let text;
  try {
    text = readFileSync2(".env", "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return process.env;
    throw error;
  }
  return { ...process.env, ...parseEnv(text) };
}
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    for (let warning of checkServerEnv(environmentWithDotEnv())) console.warn(warning);
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    console.error(error.message), process.exit(1);
  }
  await run(withHealth(app_default), { Octokit: PilotGateOctokit });
}
export {
  PilotGateOctokit,
  main_default as default
};
