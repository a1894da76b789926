import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  appliedOf,
  recordOf,
  toIncidents
} from "./chunk-ZYQYMZGF.js";
import {
  isLater,
  loadRepoConfig,
  parsePullConfigText,
  readThrough
} from "./chunk-IDXLIXZT.js";
import {
  escalationLabelFor,
  escalationWrite,
  executePlan,
  findKnownCheckRun,
  isDryRun,
  mergeReceipts,
  rememberListedRuns,
  rememberWrites,
  rememberedCheckRun,
  streakBefore,
  verdictWrites,
  withFailureStreak
} from "./chunk-4GTL7U6X.js";
import {
  appLabelKey,
  pullKey,
  repoKey
} from "./chunk-AN4NO4AL.js";
import {
  CannotEvaluateError,
  toPullInfo,
  waveOfPull
} from "./chunk-T2NOWLVF.js";
import {
  applyOverrides,
  decideOverride,
  fitAnnotations,
  planConfigError,
  planPullRequest
} from "./chunk-XRWPT2AM.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  CHECK_RUN_ANNOTATIONS_PER_REQUEST,
  PR_TEMPLATE_DIRS,
  PR_TEMPLATE_NAME,
  codeBlock,
  isWaveLabel,
  labelOn,
  pathsToCheck,
  pickPrTemplateName,
  require_picomatch,
  reviewersToCheck,
  sameLabel,
  statusesNeeded
} from "./chunk-VUTGOOYN.js";
import {
  MAX_HEAD_CHECKS
} from "./chunk-MSUCSWVI.js";
import {
  __toESM
} from "./chunk-TXBVCHSZ.js";

// engine/verdict/merge-queue.ts
function pullNumberFromQueueRef(ref) {
  let match = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{7,64}$/.exec(ref), number = match?.[1] ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(number) && number > 0 ? number : void 0;
}
function isQueueRef(ref) {
  return /(?:^|\/)gh-readonly-queue\//.test(ref);
}

// engine/verdict/publish-verdict.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// engine/config/pr-template.ts
var TEMPLATE_PATH = `.github/${PR_TEMPLATE_NAME}`;
async function loadPrTemplate(deps) {
  return (await readThrough(
    deps,
    deps.state.templates,
    repoKey(deps.repo),
    "the PR template",
    (cached, now) => lookUp(deps, cached, now)
  )).found?.text;
}
async function lookUp(deps, cached, now) {
  let { gh, repo } = deps;
  if (!cached || cached.found?.path === TEMPLATE_PATH) {
    let etag = cached?.found?.path === TEMPLATE_PATH ? cached.found.etag : void 0, answer = await gh.getRawFile(TEMPLATE_PATH, repo.defaultBranch, etag);
    if (answer.kind === "not-modified" && cached) return { ...cached, fetchedAt: now };
    if (answer.kind === "found")
      return {
        fetchedAt: now,
        found: { path: TEMPLATE_PATH, text: answer.text, etag: answer.etag, sha: void 0 },
        folders: {}
      };
  }
  let root = await gh.getTree(repo.defaultBranch), folders = {};
  for (let dir of PR_TEMPLATE_DIRS) {
    let files;
    if (dir === "")
      files = filesOf(root.entries);
    else {
      let tree = root.entries.find((entry) => entry.path === dir && entry.type === "tree");
      if (!tree) continue;
      let known = cached?.folders[dir];
      files = known?.sha === tree.sha ? known.files : filesOf((await gh.getTree(tree.sha)).entries), folders[dir] = { sha: tree.sha, files };
    }
    let name = pickPrTemplateName(files.map((file2) => file2.name)), file = files.find((candidate) => candidate.name === name);
    if (!file) continue;
    let path = dir ? `${dir}/${file.name}` : file.name, text = cached?.found?.sha === file.sha ? cached.found.text : (await gh.getBlob(file.sha)).toString("utf8");
    return { fetchedAt: now, found: { path, text, etag: void 0, sha: file.sha }, folders };
  }
  return { fetchedAt: now, found: void 0, folders };
}
function filesOf(entries) {
  return entries.flatMap(
    (entry) => entry.type === "blob" ? [{ name: entry.path, sha: entry.sha }] : []
  );
}

// engine/incidents/open-incidents.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// engine/settle.ts
async function settleAll(promises) {
  let results = await Promise.allSettled(promises);
  for (let result of results) if (result.status === "rejected") throw result.reason;
  return results.map((result) => result.value);
}

// engine/incidents/open-incidents.ts
function intoFrozenBranch(config) {
  let frozen = (0, import_picomatch.default)(config.incidents.freeze_branches);
  return (pull) => frozen(pull.baseRef);
}
async function openCriticalIncidents(deps, config) {
  let lists = await Promise.all(
    config.incidents.severity_labels.critical.map((label) => deps.gh.listOpenIssues(label))
  );
  return toIncidents(lists.flat(), config).filter(
    (incident) => incident.open && incident.severity === "critical"
  );
}
async function openStoryIncidents(deps, config) {
  let { high, medium } = config.incidents.severity_labels, lists = await Promise.all(
    [...high, ...medium].map((label) => deps.gh.listOpenIssues(label))
  );
  return toIncidents(lists.flat(), config).filter(
    (incident) => incident.open && (incident.severity === "high" || incident.severity === "medium")
  );
}
function mayNameStory(pull, config) {
  return new RegExp(config.ids.pattern, "u").test(`${pull.headRef}
${pull.title}
${pull.body}`);
}
async function openFreezes(deps, config) {
  return (await deps.gh.listOpenIssues(config.incidents.freeze_label)).map((item) => {
    let record = recordOf(item), where = { number: item.number, url: item.html_url };
    return record?.kind === "trigger" ? {
      id: record.trigger ?? `FREEZE-${item.number}`,
      reason: record.reason,
      ...where,
      at: record.at,
      receipt: record.receipt
    } : record ? {
      id: `FREEZE-${item.number}`,
      reason: record.reason,
      ...where,
      by: record.actor,
      at: record.at,
      receipt: record.receipt
    } : {
      id: `FREEZE-${item.number}`,
      reason: item.title,
      ...where,
      by: item.author.login,
      at: item.created_at
    };
  });
}
async function loadIncidentState(deps, config, pull) {
  let settings = config.incidents;
  if (!settings.enabled) return;
  let frozenBase = intoFrozenBranch(config)(pull), wave = pull.draft ? void 0 : waveOfPull(pull, settings), [incidents, freezes, storyIncidents, openPulls] = await settleAll([
    frozenBase ? openCriticalIncidents(deps, config) : Promise.resolve([]),
    frozenBase ? openFreezes(deps, config) : Promise.resolve([]),
    mayNameStory(pull, config) ? openStoryIncidents(deps, config) : Promise.resolve(void 0),
    wave ? deps.gh.listOpenPulls() : Promise.resolve(void 0)
  ]), incidentState = { incidents, freezes };
  return storyIncidents && (incidentState.storyIncidents = storyIncidents), openPulls && (incidentState.openPulls = openPulls.map(
    (open) => ({
      number: open.number,
      branch: open.headRef,
      title: open.title,
      labels: open.labels,
      draft: open.draft,
      url: open.url
    })
  )), incidentState;
}

// engine/roles.ts
async function expandRoles(deps, config, roles) {
  let members = {}, teams = /* @__PURE__ */ new Map();
  for (let role of new Set(roles)) {
    let defined = config.roles[role];
    if (!defined) continue;
    let logins = [...defined.users];
    for (let team of defined.teams) {
      if (!deps.repo.ownerIsOrg) {
        deps.log.warn(
          `roles.${role}.teams lists "${team}", but ${deps.repo.owner} is not an organisation; only roles.${role}.users count.`
        );
        continue;
      }
      let listed = teams.get(team);
      listed || (listed = deps.gh.listTeamMembers(deps.repo.owner, team), teams.set(team, listed)), logins.push(...await listed);
    }
    members[role] = [...new Map(logins.map((login) => [login.toLowerCase(), login])).values()];
  }
  return members;
}

// engine/verdict/head-ci.ts
async function readHeadCi(deps, config, sha) {
  let items = config.check.require;
  if (items.length === 0) return;
  let [appId, listed, statuses] = await settleAll([
    deps.gh.appId(),
    deps.gh.listHeadCheckRuns(sha, MAX_HEAD_CHECKS),
    statusesNeeded(items) ? deps.gh.listHeadStatuses(sha, MAX_HEAD_CHECKS) : Promise.resolve(void 0)
  ]), cutRuns = listed.total > listed.runs.length, ci = {
    runs: listed.runs.map(({ id, name: name2, appId: appId2, status, conclusion, url, startedAt }) => ({
      id,
      name: name2,
      appId: appId2,
      status,
      conclusion,
      url,
      startedAt
    })),
    ownAppId: appId,
    now: deps.state.options.now().toISOString(),
    ...statuses ? { statuses: statuses.statuses } : {},
    ...cutRuns ? { truncated: { listed: listed.runs.length, total: listed.total } } : statuses?.cut ? { truncated: { listed: statuses.statuses.length, total: void 0 } } : {}
  }, name = config.check.name, ours = cutRuns ? void 0 : listed.runs.filter((run) => run.appId === appId && run.name === name).sort((a, b) => b.id - a.id).map((run) => ({
    id: run.id,
    summary: run.summary,
    annotationsCount: run.annotationsCount,
    conclusion: run.conclusion,
    title: run.title
  }));
  return { ci, ours };
}
function ciSeenKey(deps, sha) {
  return `${repoKey(deps.repo)}@${sha}`;
}
function rememberCi(deps, sha, headCi) {
  let ends = {}, newest = /* @__PURE__ */ new Map();
  for (let run of headCi.ci.runs)
    (newest.get(run.name) ?? -1) > run.id || (newest.set(run.name, run.id), ends[run.name] = `${run.status === "completed" ? run.conclusion : null}`);
  for (let status of headCi.ci.statuses ?? []) ends[status.context] = status.state;
  let running = headCi.ci.runs.filter((run) => newest.get(run.name) === run.id && run.status !== "completed").map((run) => ({ name: run.name, appId: run.appId }));
  deps.state.ciSeen.set(ciSeenKey(deps, sha), {
    ends,
    running,
    apps: [...new Set(headCi.ci.runs.map((run) => run.appId))]
  });
}

// engine/verdict/head-paths.ts
var FOLDER_LIST_LIMIT = 1e3;
function knownHeadPaths(deps, pull, files) {
  let exists = {};
  for (let file of files.files) exists[file.path] = file.status !== "removed";
  return Object.assign(exists, deps.state.headPaths.get(headKey(deps, pull))), { exists };
}
async function lookUpHeadPaths(deps, pull, known, paths) {
  let byFolder = /* @__PURE__ */ new Map();
  for (let path of paths) {
    let slash = path.lastIndexOf("/"), folder = slash === -1 ? "" : path.slice(0, slash);
    byFolder.set(folder, [...byFolder.get(folder) ?? [], path]);
  }
  let answers = {}, cut = /* @__PURE__ */ new Set();
  await settleAll(
    [...byFolder].map(async ([folder, inFolder]) => {
      let listing = await listFolder(deps, pull, folder);
      for (let path of inFolder) {
        let name = path.slice(folder === "" ? 0 : folder.length + 1);
        listing.names.has(name) ? answers[path] = !0 : listing.cut !== void 0 ? cut.add(listing.cut) : answers[path] = !1;
      }
    })
  );
  let key = headKey(deps, pull);
  return deps.state.headPaths.set(key, { ...deps.state.headPaths.get(key), ...answers }), {
    exists: { ...known.exists, ...answers },
    ...cut.size > 0 ? { unchecked: [...cut].join("; ") } : {}
  };
}
async function listFolder(deps, pull, folder) {
  if (folder === "") {
    let root = await deps.gh.getTree(pull.headSha);
    return {
      names: new Set(root.entries.map((entry) => entry.path)),
      cut: root.truncated ? "GitHub listed only part of the repository's root" : void 0
    };
  }
  let listing = await deps.gh.listFolder(folder, pull.headSha);
  return listing.kind !== "folder" ? { names: /* @__PURE__ */ new Set(), cut: void 0 } : {
    names: new Set(listing.entries),
    cut: listing.entries.length >= FOLDER_LIST_LIMIT ? `GitHub lists only the first ${FOLDER_LIST_LIMIT.toLocaleString("en-US")} entries of the folder ${folder}` : void 0
  };
}
function headKey(deps, pull) {
  return `${repoKey(deps.repo)}@${pull.headSha}`;
}

// engine/verdict/publish-verdict.ts
async function publishVerdict(deps, scope, request) {
  let { pull } = request;
  scope.checkSha = request.checkSha;
  let dryRunBeforeConfig = isDryRun(deps.state.options);
  if (scope.dryRun = dryRunBeforeConfig, pull.state !== "open") return { status: "ignored", why: `PR #${pull.number} is closed` };
  let loaded = request.loaded ?? await loadRepoConfig(deps, { revalidate: request.fresh });
  if (!loaded.ok) {
    if (scope.checkName = loaded.checkName, request.onlyForCheckName && request.onlyForCheckName !== loaded.checkName)
      return { status: "ignored", why: `check ${request.onlyForCheckName} is not ours` };
    let existing2 = await existingRun(deps, request, loaded.checkName), plan2 = planConfigError(loaded.error, request.checkSha, loaded.checkName);
    scope.judged = { plan: plan2 };
    let receipts2 = existing2?.receipts ?? [], writes2 = verdictWrites(deps, plan2, {
      checkSha: request.checkSha,
      pullNumber: void 0,
      existing: existing2,
      receipts: receipts2
    }), executed2 = await executePlan(deps, writes2, { dryRun: dryRunBeforeConfig });
    return rememberWrites(deps, executed2, receipts2), { status: "config-error", plan: plan2, applied: appliedOf(executed2) };
  }
  let { config } = loaded, checkName = config.check.name, dryRun = isDryRun(deps.state.options, config);
  if (scope.checkName = checkName, scope.dryRun = dryRun, request.onlyForCheckName && request.onlyForCheckName !== checkName)
    return { status: "ignored", why: `check ${request.onlyForCheckName} is not ours` };
  let noMergeLabel = config.rules["no-merge-label"].label;
  if (request.labelEvent && !labelAffectsVerdict(request.labelEvent.label, config))
    return {
      status: "ignored",
      why: `label ${request.labelEvent.label} does not affect the verdict`
    };
  let [files, { existing, headCi }, appliedByApp, template] = await settleAll([
    changedFiles(deps, pull),
    ciAndExistingRun(deps, request, config),
    labelAppliedByApp(deps, pull, noMergeLabel, request.labelEvent),
    config.rules["pr-checklist"].enabled ? loadPrTemplate(deps) : Promise.resolve(void 0)
  ]), paths = files.files.map((file) => file.path), [governance, pullConfigProblems, recorded, incidentState] = await settleAll([
    governanceInputs(deps, pull, config, files, !loaded.fromFile),
    validatePullConfig(deps, pull, files),
    receiptsFor(deps, request, config, existing),
    loadIncidentState(deps, config, pull)
  ]), known = knownHeadPaths(deps, pull, files), snapshot = {
    number: pull.number,
    branch: pull.headRef,
    base: pull.baseRef,
    title: pull.title,
    body: pull.body,
    labels: pull.labels,
    headSha: pull.headSha,
    draft: pull.draft,
    changedFiles: paths,
    ...files.partial ? { changedFilesPartial: files.partial } : {},
    ...governance,
    ...incidentState ? { incidentState } : {},
    ...headCi ? { ci: headCi.ci } : {},
    ...template !== void 0 ? { template } : {},
    headPaths: known
  }, toggled = labelOn(pull.labels, noMergeLabel) ? pull.labels.filter((label) => !sameLabel(label, noMergeLabel)) : [...pull.labels, noMergeLabel], judgeSnapshot = () => deps.state.evaluator.evaluate(snapshot, config, [pull.labels, toggled]), verdicts = await judgeSnapshot(), wanted = verdicts[0] ? pathsToCheck(verdicts[0]) : [];
  wanted.length > 0 && (snapshot.headPaths = await lookUpHeadPaths(deps, pull, known, wanted), verdicts = await judgeSnapshot());
  let [asIs, other] = verdicts, evaluated = (labels2) => labelOn(labels2, noMergeLabel) === labelOn(pull.labels, noMergeLabel) ? asIs : other, judgeWith = (labels2, receipts2) => applyOverrides(evaluated(labels2), receipts2, pull.headSha, config), receipts = recorded, decided;
  if (request.override) {
    let { command, requester, at } = request.override;
    decided = decideOverride(
      command,
      requester,
      {
        sha: pull.headSha,
        at,
        author: pull.author,
        verdict: judgeWith(pull.labels, receipts),
        shown: (request.checkSha === pull.headSha ? existing?.shown : void 0) ?? {}
      },
      config
    ), receipts = mergeReceipts(receipts, [decided]);
  }
  let now = deps.state.options.now().toISOString(), judge = (labels2, byApp2) => {
    let verdict2 = judgeWith(labels2, receipts), plan2 = planPullRequest(
      verdict2,
      {
        headSha: request.checkSha,
        draft: pull.draft,
        labels: { current: labels2, appliedByApp: byApp2 },
        shown: { before: existing?.shown, now }
      },
      config
    );
    return { verdict: verdict2, plan: plan2 };
  }, byApp = appliedByApp.byApp, { verdict, plan } = judge(pull.labels, byApp);
  request.manageLabels && plan.labels.remove.length > 0 && !appliedByApp.proven && (byApp = await labelAppliedByApp(deps, pull, noMergeLabel, request.labelEvent, {
    remembered: !1
  }).then((origin) => origin.byApp), byApp || ({ verdict, plan } = judge(pull.labels, byApp)));
  let labels = request.manageLabels ? plan.labels : { add: [], remove: [] };
  if (labels.add.length > 0 || labels.remove.length > 0) {
    let settled = [
      ...pull.labels.filter((label) => !labels.remove.includes(label)),
      ...labels.add
    ], stillOurs = labels.add.length > 0 || byApp && settled.some((l) => sameLabel(l, noMergeLabel)), after = judge(settled, stillOurs);
    verdict = after.verdict, plan = after.plan;
  }
  let checkRun = plan.checkRun && withNotes(plan.checkRun, pullConfigProblems), writes = [];
  if (config.incidents.enabled && request.manageLabels) {
    let before = await streakBefore(
      request,
      existing,
      () => findKnownCheckRun(deps, request.previousSha, checkName)
    );
    if (checkRun) {
      let recorded2 = withFailureStreak(checkRun, before, config);
      checkRun = recorded2.checkRun;
      let label = checkRun.waiting ? void 0 : escalationLabelFor(config, recorded2.streak, existing?.streak), issue = label && escalationWrite(config, pull, recorded2.streak, label, await deps.gh.listOpenIssues(label));
      issue && writes.push(issue);
    }
  }
  plan = { checkRun, labels }, scope.judged = { plan, verdict }, writes.push(
    ...verdictWrites(deps, plan, {
      checkSha: request.checkSha,
      pullNumber: request.manageLabels ? pull.number : void 0,
      existing,
      receipts
    })
  );
  let executed = await executePlan(deps, writes, { dryRun });
  return rememberWrites(deps, executed, receipts), headCi && rememberCi(deps, request.checkSha, headCi), request.manageLabels && request.checkSha === pull.headSha && deps.state.pulls.set(pullKey(deps.repo, pull.number), withLabelsMade(pull, executed)), {
    status: "published",
    plan,
    verdict,
    receipts,
    config,
    ...decided ? { decided } : {},
    applied: appliedOf(executed)
  };
}
function withLabelsMade(pull, executed) {
  let labels = pull.labels;
  for (let { write, made } of executed)
    made && (write.kind === "add-labels" && (labels = [...labels, ...write.labels]), write.kind === "remove-label" && (labels = labels.filter((l) => !sameLabel(l, write.label))));
  return labels === pull.labels ? pull : { ...pull, labels };
}
function labelAffectsVerdict(label, config) {
  return sameLabel(label, config.rules["no-merge-label"].label) ? !0 : config.incidents.enabled && isWaveLabel(label, config.incidents);
}
async function existingRun(deps, request, checkName) {
  return request.existing !== void 0 ? request.existing ?? void 0 : request.newCommit && !request.fresh ? rememberedCheckRun(deps, request.checkSha, checkName) : findKnownCheckRun(deps, request.checkSha, checkName, { fresh: request.fresh });
}
async function ciAndExistingRun(deps, request, config) {
  let checkName = config.check.name, headCi = request.headCi ?? await readHeadCi(deps, config, request.checkSha), remembered = request.existing === void 0 && !request.fresh ? rememberedCheckRun(deps, request.checkSha, checkName) : void 0;
  return headCi?.ours && request.existing === void 0 && !remembered ? {
    existing: rememberListedRuns(deps, request.checkSha, checkName, headCi.ours),
    headCi
  } : { existing: await existingRun(deps, request, checkName), headCi };
}
async function changedFiles(deps, pull) {
  let key = `${repoKey(deps.repo)}#${pull.number}@${pull.baseSha}...${pull.headSha}`, cached = deps.state.files.get(key);
  if (cached) return cached;
  let entry = await deps.gh.listPullFiles(pull.number, pull.changedFiles);
  return deps.state.files.set(key, entry), entry;
}
async function governanceInputs(deps, pull, config, files, configAbsent) {
  let rule = config.rules["governance-files"];
  if (!rule.enabled || rule.paths.length === 0) return {};
  let isGovernance = (0, import_picomatch2.default)(rule.paths, { dot: !0 });
  if (!files.partial && !files.files.some((file) => isGovernance(file.path))) return {};
  let [reviews, roleMembers] = await settleAll([
    deps.gh.listReviews(pull.number),
    expandRoles(deps, config, rule.approvers)
  ]), inputs = { reviews, roleMembers, ...configAbsent ? { configAbsent } : {} }, reviewers = reviewersToCheck({ ...inputs, headSha: pull.headSha }, rule);
  if (reviewers.length === 0) return inputs;
  let permissions = await settleAll(reviewers.map((login) => deps.gh.getPermission(login)));
  return {
    ...inputs,
    reviewerPermissions: Object.fromEntries(
      reviewers.map((login, i) => [login.toLowerCase(), permissions[i]])
    )
  };
}
async function labelAppliedByApp(deps, pull, label, labelEvent, { remembered = !0 } = {}) {
  let present = labelOn(pull.labels, label);
  if (!present) return { byApp: !1, proven: !0 };
  if (labelEvent?.action === "labeled" && labelEvent.senderType !== "Bot")
    return { byApp: !1, proven: !0 };
  if (remembered && deps.state.appLabels.get(appLabelKey(deps.repo, pull.number, label)))
    return { byApp: !0, proven: !1 };
  let actor = await deps.gh.lastLabeledBy(pull.number, present);
  if (!actor) return { byApp: !1, proven: !0 };
  let appId = await deps.gh.appId();
  return actor.appId !== void 0 ? { byApp: actor.appId === appId, proven: !0 } : actor.type !== "Bot" ? { byApp: !1, proven: !0 } : (deps.state.appSlug ??= await deps.gh.appSlug(), { byApp: actor.login.toLowerCase() === `${deps.state.appSlug}[bot]`.toLowerCase(), proven: !0 });
}
async function validatePullConfig(deps, pull, files) {
  if (files.partial !== void 0 || files.files.some((file) => file.path === CONFIG_PATH && file.status !== "removed")) {
    if (files.pullConfigProblems === void 0) {
      let answer = await deps.gh.getRawFile(CONFIG_PATH, pull.headSha), parsed = answer.kind === "found" ? await parsePullConfigText(answer.text, deps.repo) : void 0;
      files.pullConfigProblems = parsed && !parsed.ok ? parsed.error : null;
    }
    return files.pullConfigProblems ?? void 0;
  }
}
async function receiptsFor(deps, request, config, existing) {
  let name = config.check.name, headRun = request.checkSha === request.pull.headSha ? existing : await findKnownCheckRun(deps, request.pull.headSha, name), lists = [headRun?.receipts ?? []];
  if (request.checkSha !== request.pull.headSha && existing && lists.push(existing.receipts), config.overrides.carry_over && !headRun && request.previousSha) {
    let previous = await findKnownCheckRun(deps, request.previousSha, name);
    lists.unshift(previous?.receipts ?? []);
  }
  return mergeReceipts(...lists);
}
function withNotes(checkRun, pullConfigProblems) {
  if (!pullConfigProblems) return checkRun;
  let room = CHECK_RUN_ANNOTATIONS_PER_REQUEST - checkRun.annotations.length, fitted = fitAnnotations(configAnnotations(pullConfigProblems), room), note = [
    `### ⚠️ This PR's \`${CONFIG_PATH}\` is invalid`,
    "",
    "The verdict above uses the default branch's config. Merged as it is, this file would fail every PR's check until fixed:",
    "",
    codeBlock(pullConfigProblems.message),
    ...fitted.note ? [fitted.note] : []
  ].join(`
`);
  return {
    ...checkRun,
    annotations: [...checkRun.annotations, ...fitted.annotations],
    summary: `${checkRun.summary}

${note}
`
  };
}
function configAnnotations(error) {
  return error.issues.map((issue) => {
    let line = Math.max(1, issue.position?.line ?? 1), column = issue.position ? Math.max(1, issue.position.column) : void 0;
    return {
      path: error.file,
      start_line: line,
      end_line: line,
      ...column !== void 0 ? { start_column: column, end_column: column } : {},
      annotation_level: "failure",
      title: issue.path ? `Invalid config at ${issue.path}` : "Invalid config",
      message: issue.message
    };
  });
}

// engine/verdict/judge.ts
async function judgePullRequest(deps, scope, payload, loaded) {
  let delivered = toPullInfo(payload.pull_request), pull = delivered.state === "open" ? await currentPull(deps, delivered) : delivered, sameHead = pull.headSha === delivered.headSha;
  return await publishVerdict(deps, scope, {
    pull,
    ...loaded ? { loaded } : {},
    checkSha: pull.headSha,
    manageLabels: !0,
    // The head commit is new to the PR: the check run lookup is skipped (see
    // `existingRun`). The Action, a process per event, has no memory to
    // consult either, so it skips the lookup and the app id it would need.
    newCommit: sameHead && (payload.action === "opened" || payload.action === "synchronize"),
    ...sameHead && "before" in payload && payload.action === "synchronize" ? { previousSha: payload.before } : {},
    ...labelEventOf(payload)
  });
}
async function currentPull(deps, delivered) {
  let { state } = deps, key = pullKey(deps.repo, delivered.number), seen, known = !0;
  try {
    seen = await state.pullsSeen.newest(key);
  } catch (error) {
    known = !1, deps.log.warn(
      { err: error },
      `#${delivered.number}: newest state seen unknown, reading the PR`
    );
  }
  let fresh = known && state.options.freshPulls === "when-stale" && delivered.updatedAt !== "" && (seen === void 0 || isLater(delivered.updatedAt, seen)), pull = delivered;
  if (!fresh) {
    let read = await deps.gh.getPull(delivered.number);
    isLater(delivered.updatedAt, read.updatedAt) || (pull = read), pull !== delivered && deps.log.debug(`#${delivered.number}: judged as GitHub has it now`);
  }
  if (pull.updatedAt !== "" && (seen === void 0 || isLater(pull.updatedAt, seen)))
    try {
      await state.pullsSeen.remember(key, pull.updatedAt);
    } catch (error) {
      throw new CannotEvaluateError(
        `the newest state of #${delivered.number} could not be recorded for the App's other replicas (${error instanceof Error ? error.message : String(error)}); re-run the check once Redis answers`
      );
    }
  return pull;
}
async function judgeMergeGroup(deps, scope, group) {
  scope.checkSha = group.head_sha;
  let number = pullNumberFromQueueRef(group.head_ref);
  if (number === void 0)
    throw new CannotEvaluateError(
      `the merge queue branch ${group.head_ref} names no PR (expected gh-readonly-queue/<base>/pr-<number>-<sha>); remove the PR from the queue and add it again`
    );
  let pull = await deps.gh.getPull(number);
  return publishVerdict(deps, scope, { pull, checkSha: group.head_sha, manageLabels: !1 });
}
function labelEventOf(payload) {
  if (payload.action !== "labeled" && payload.action !== "unlabeled") return {};
  let label = "label" in payload ? payload.label?.name : void 0;
  return label === void 0 ? {} : {
    labelEvent: { action: payload.action, label, senderType: payload.sender.type }
  };
}

export {
  pullNumberFromQueueRef,
  isQueueRef,
  intoFrozenBranch,
  expandRoles,
  readHeadCi,
  ciSeenKey,
  publishVerdict,
  judgePullRequest,
  judgeMergeGroup,
  labelEventOf
};
