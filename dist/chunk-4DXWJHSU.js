import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  publicKeys
} from "./chunk-BSZ5BARS.js";
import "./chunk-POLP4ZUD.js";
import {
  repositoryConfig,
  tokenDeps
} from "./chunk-M7KZ5GNS.js";
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import "./chunk-NPJITCEG.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  tripTrigger
} from "./chunk-S2243G4A.js";
import {
  appliedOf
} from "./chunk-ZYQYMZGF.js";
import "./chunk-IDXLIXZT.js";
import {
  EvidenceBranchError,
  packForBranch
} from "./chunk-7KVRUSMI.js";
import {
  SIGNING_KEY_ENV
} from "./chunk-MXX6H2WV.js";
import "./chunk-NSO7L2AE.js";
import {
  executePlan
} from "./chunk-4GTL7U6X.js";
import {
  DEFAULT_EVIDENCE_BRANCH,
  EVIDENCE_ROOT,
  GitDataError,
  readScopeManifests
} from "./chunk-AN4NO4AL.js";
import {
  readNamedFile
} from "./chunk-FQKWXTYH.js";
import "./chunk-KG6TQEDJ.js";
import {
  parseJsonInput
} from "./chunk-GY54ZMGU.js";
import "./chunk-PPUIZ7VU.js";
import {
  GitHubApiError
} from "./chunk-T2NOWLVF.js";
import "./chunk-4YV5M6XR.js";
import "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  ENVELOPE_FILE,
  INCIDENT_FILE,
  checkRunsRecord,
  incidentPackId,
  parseReleaseTag,
  planRollback,
  readFreezeRecord,
  releaseStatementOf,
  rollbackCandidates,
  rollbackIncident,
  smokeReportSchema
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  codeSpan,
  inertText,
  link
} from "./chunk-VUTGOOYN.js";
import {
  REPORT_LIMIT,
  ROLLBACK_MAX_CHECK_RUNS,
  ROLLBACK_MAX_PACKS
} from "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/rollback.ts
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// engine/release/rollback.ts
async function readRollbackPlan(gh, config, options) {
  let branch = options.evidenceBranch ?? DEFAULT_EVIDENCE_BRANCH, folder = `${EVIDENCE_ROOT}/release`, listing = await gh.listFolder(folder, branch);
  if (listing.kind === "file")
    throw new UsageError(
      `${folder} on ${branch} is a file, not the folder of release packs; restore the evidence branch from its history`
    );
  let { from, candidates } = rollbackCandidates(
    listing.kind === "folder" ? listing.entries : [],
    options.from
  ), keys = options.keys ?? [], base = { from, freezeLabel: config.incidents.freeze_label, evidenceBranch: branch, keys }, packs = [];
  for (let tag of candidates.slice(0, ROLLBACK_MAX_PACKS)) {
    let read = await gh.getRawFile(`${folder}/${tag}/statement.json`, branch), statement = read.kind === "found" ? read.text : void 0, signed = keys.length > 0 && statement !== void 0 ? await gh.getRawFile(`${folder}/${tag}/${ENVELOPE_FILE}`, branch) : void 0;
    packs.push({
      tag,
      statement,
      ...signed ? { envelope: signed.kind === "found" ? signed.text : void 0 } : {}
    });
    let plan = planRollback({ ...base, packs });
    if (plan.action === "rollback") return plan;
  }
  return planRollback({ ...base, packs, unread: candidates.length - packs.length });
}
var FREEZE_LOOKBACK_MS = 2160 * 60 * 6e4;
async function openRollbackFreeze(deps, config, plan, now, dryRun) {
  if (!config.incidents.enabled)
    throw new UsageError(
      "incidents.enabled is off in the config, so a freeze issue would freeze no merges; nothing was opened. Set incidents: { enabled: true } in .github/pilot-gate.yml and re-run, or freeze by hand."
    );
  let { from, target } = plan, evidence = `rollback:${from}`, open = (await deps.gh.listOpenIssues(config.incidents.freeze_label)).find((item) => {
    let record = readFreezeRecord(item.body);
    return !item.isPull && record?.trigger === "rollback" && record.evidence === evidence;
  });
  return open ? { status: "already-frozen", issue: open.number } : tripTrigger(
    deps,
    config,
    {
      trigger: "rollback",
      reason: `rolling back ${from} to ${target.tag}`,
      evidence,
      details: [
        `Release rolled back: ${codeSpan(from)}`,
        `Target: ${codeSpan(target.tag)}, commit ${codeSpan(target.sha)}, the last release whose evidence says GO`,
        ...plan.steps.slice(1).map((step2) => `${step2.id}: ${inertText(step2.what)}`)
      ],
      since: new Date(now.getTime() - FREEZE_LOOKBACK_MS).toISOString(),
      anyAuthor: !0
    },
    now,
    dryRun
  );
}

// engine/release/rollback-evidence.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function preserveIncidentEvidence(deps, config, plan, options) {
  let { gh } = deps, { evidenceBranch: branch } = options, id = incidentPackId(plan.from), existing = await readScopeManifests(gh, { branch, root: EVIDENCE_ROOT, scope: "incident" }), pack = `${EVIDENCE_ROOT}/incident/${id}`;
  if (existing.packs.some((found) => found.id === id))
    return { status: "found", applied: "none", pack };
  let rolledBack = { tag: plan.from, sha: await releaseCommit(gh, plan.from, branch) }, freeze = options.freeze === void 0 ? null : { issue: options.freeze, url: (await gh.getIssue(options.freeze)).html_url }, record = rollbackIncident({
    rolledBack,
    target: plan.target,
    freeze,
    checks: await readChecks(gh, rolledBack.sha),
    smokeCommands: config.smoke.commands
  }), inputs = await mkdtemp(join(options.temp, "pilot-gate-incident-"));
  try {
    await writeFile(join(inputs, INCIDENT_FILE), `${JSON.stringify(record, null, 2)}
`);
    let { packed, files, packPath } = await packForBranch(
      {
        cwd: inputs,
        temp: options.temp,
        branch,
        scope: "incident",
        id,
        commit: rolledBack.sha,
        createdAt: options.now.toISOString(),
        reports: [],
        files: [INCIDENT_FILE],
        keys: options.keys
      },
      existing
    ), executed = await executePlan(
      deps,
      [
        {
          kind: "commit-files",
          branch,
          folder: packPath,
          files,
          message: `evidence: incident/${id}, rolling back ${plan.from} (${rolledBack.sha}) to ${plan.target.tag}`,
          failure: "fails-event",
          what: `commit the incident pack ${packPath} to ${branch}`
        }
      ],
      { dryRun: options.dryRun }
    ), applied = appliedOf(executed) === "written" ? "written" : "planned", commit = executed[0]?.commit?.sha;
    return {
      status: "packed",
      applied,
      pack,
      ...commit === void 0 ? {} : { commit },
      signed: packed.signed,
      record
    };
  } finally {
    await rm(inputs, { recursive: !0, force: !0 });
  }
}
async function releaseCommit(gh, tag, branch) {
  let path = `${EVIDENCE_ROOT}/release/${tag}/statement.json`, read = await gh.getRawFile(path, branch), found = releaseStatementOf({
    tag,
    statement: read.kind === "found" ? read.text : void 0
  });
  if ("reason" in found)
    throw new UsageError(
      `the commit of ${tag} cannot be read from ${path} on ${branch}: ${found.reason}, so its incident pack would name no commit; nothing was packed. Restore the release pack from the branch's history and re-run.`
    );
  return found.sha;
}
async function readChecks(gh, sha) {
  try {
    let { runs, total } = await gh.listHeadCheckRuns(sha, ROLLBACK_MAX_CHECK_RUNS);
    return checkRunsRecord(runs, total);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    return { read: !1, reason: error.reason };
  }
}

// engine/release/rollback-revert.ts
function revertBranchOf(from) {
  return `pilot-gate/rollback-${from}`;
}
async function revertToTarget(deps, config, plan, options) {
  let { gh } = deps, { target } = plan, run = async (writes) => {
    let executed = await executePlan(deps, writes, { dryRun: options.dryRun });
    return { executed, applied: appliedOf(executed) };
  };
  if (config.rollback.mode === "deploy-ref") {
    let branch2 = config.rollback.deploy_ref, was = await gh.getRef(`heads/${branch2}`);
    if (was === void 0)
      throw new UsageError(
        `the deploy branch ${branch2} (rollback.deploy_ref) does not exist, so there is nothing to re-point; nothing was changed. Fix rollback.deploy_ref in the config, or create the branch, and re-run.`
      );
    let base2 = { mode: "deploy-ref", branch: branch2, was, sha: target.sha };
    if (was === target.sha) return { ...base2, status: "found", applied: "none" };
    let { applied } = await run([
      {
        kind: "move-branch",
        branch: branch2,
        sha: target.sha,
        failure: "fails-event",
        what: `re-point the deploy branch ${branch2} from ${was} to ${target.tag} (${target.sha})`
      }
    ]);
    return { ...base2, status: "moved", applied };
  }
  let base = deps.repo.defaultBranch || await gh.getDefaultBranch(), branch = revertBranchOf(plan.from), outcome = { mode: "revert-pr", branch, base }, targetTree = await gh.getCommitTree(target.sha), pull = {
    kind: "open-pull",
    head: branch,
    base,
    title: `Roll back ${plan.from}: revert to ${target.tag}`,
    body: pullBody(plan, options),
    failure: "fails-event",
    what: `open the revert PR from ${branch} into ${base}`
  }, opened = async (writes) => {
    let { executed, applied } = await run(writes), made = executed.find((write) => write.pull !== void 0)?.pull;
    return {
      ...outcome,
      status: "opened",
      applied,
      ...made ? { pull: { ...made, state: "open" } } : {}
    };
  }, head = await gh.getRef(`heads/${branch}`);
  if (head !== void 0) {
    if (await gh.getCommitTree(head) !== targetTree)
      throw new UsageError(
        `the branch ${branch} already exists and its head ${head} does not hold the tree of ${target.tag} (${target.sha}); nothing was changed, and it is never forced. Look at what is on it: if it is not needed, delete it (git push origin --delete ${branch}) and re-run.`
      );
    let found = (await gh.listPullsFromBranch(branch)).find((p) => p.base === base);
    return found !== void 0 ? {
      ...outcome,
      status: "found",
      applied: "none",
      pull: { number: found.number, url: found.url, state: found.state }
    } : opened([pull]);
  }
  let parent = await gh.getRef(`heads/${base}`);
  if (parent === void 0)
    throw new UsageError(
      `the default branch ${base} has no head to revert on; nothing was changed. Push a first commit, or check the token can read the repository, and re-run.`
    );
  return await gh.getCommitTree(parent) === targetTree ? { ...outcome, status: "at-target", applied: "none" } : opened([
    {
      kind: "branch-commit",
      branch,
      tree: targetTree,
      parent,
      message: `Revert to ${target.tag} ${target.sha}, rolling back ${plan.from}

The tree of ${target.tag}, the last release whose evidence says GO, on ${base}; made by pilot-gate rollback run.`,
      failure: "fails-event",
      what: `create ${branch} with the tree of ${target.tag} on the head of ${base}`
    },
    pull
  ]);
}
function pullBody(plan, options) {
  let { from, target } = plan;
  return [
    `Rolls back ${codeSpan(from)}: this PR's one commit has the tree of ${codeSpan(target.tag)} (${codeSpan(target.sha)}), the last release whose evidence says GO.`,
    "",
    options.freeze === void 0 ? "No freeze issue was opened for this rollback." : `Merges stay frozen by #${options.freeze} until it is lifted.`,
    `The evidence of ${codeSpan(from)} is preserved in ${codeSpan(options.incidentPack)} on the evidence branch.`,
    "",
    "Before merging: re-run the smoke gate on this PR's head. A PR opened with a workflow's GITHUB_TOKEN starts no workflow runs: then push to the branch or run the smoke workflow on it by hand."
  ].join(`
`);
}

// engine/release/rollback-run.ts
async function runRollbackSteps(deps, config, plan, options) {
  let freeze = await step(
    "freeze",
    () => openRollbackFreeze(deps, config, plan, options.now, options.dryRun)
  ), issue = freeze.status === "already-frozen" || freeze.status === "tripped" && freeze.applied === "written" ? freeze.issue : void 0, evidence = await step(
    "preserve-evidence",
    () => preserveIncidentEvidence(deps, config, plan, {
      evidenceBranch: options.evidenceBranch,
      freeze: issue,
      now: options.now,
      dryRun: options.dryRun,
      keys: options.keys,
      temp: options.temp
    })
  ), revert = await step(
    "revert",
    () => revertToTarget(deps, config, plan, {
      dryRun: options.dryRun,
      freeze: issue,
      incidentPack: evidence.pack
    })
  );
  return {
    freeze,
    evidence,
    revert,
    steps: [
      freezeStep(freeze),
      evidenceStep(evidence, options.evidenceBranch),
      revertStep(revert, plan)
    ],
    left: plan.steps.filter((s) => s.id === "smoke" || s.id === "lift-freeze")
  };
}
async function step(id, work) {
  try {
    return await work();
  } catch (error) {
    throw error instanceof GitHubApiError || error instanceof GitDataError || error instanceof EvidenceBranchError ? new UsageError(
      `the ${id} step failed: ${error.message}. The steps before it stand, and each step finds its own earlier work: fix this and re-run rollback run.`
    ) : error;
  }
}
function freezeStep(outcome) {
  let id = "freeze";
  switch (outcome.status) {
    case "tripped":
      return outcome.applied === "written" ? {
        id,
        applied: "written",
        found: !1,
        what: `opened freeze issue #${outcome.issue} (receipt ${outcome.receipt})`
      } : { id, applied: "planned", found: !1, what: "would open the freeze issue" };
    case "already-frozen":
      return {
        id,
        applied: "none",
        found: !0,
        what: `freeze issue #${outcome.issue} covers this rollback already`
      };
    case "not-tripped":
      return { id, applied: "none", found: !1, what: `not frozen: ${outcome.reason}` };
    case "refused":
      return { id, applied: "none", found: !1, what: `not frozen: ${outcome.error}` };
    default:
      return { id, applied: "none", found: !1, what: `not frozen: ${outcome.status}` };
  }
}
function evidenceStep(outcome, branch) {
  let id = "preserve-evidence";
  if (outcome.status === "found")
    return {
      id,
      applied: "none",
      found: !0,
      what: `${outcome.pack} is on ${branch} already; packs are never overwritten`
    };
  let { checks } = outcome.record, read = checks.read ? `${checks.notSucceeded.length} of ${checks.total} check runs did not succeed` : `check runs not read: ${checks.reason}`, signed = outcome.signed ? "signed" : "unsigned";
  return outcome.applied === "written" ? {
    id,
    applied: "written",
    found: !1,
    what: `committed ${outcome.pack} (${signed}) to ${branch} in ${outcome.commit}; ${read}`
  } : {
    id,
    applied: "planned",
    found: !1,
    what: `would commit ${outcome.pack} (${signed}) to ${branch}; ${read}`
  };
}
function revertStep(outcome, plan) {
  let id = "revert", { target } = plan, base = { id, applied: outcome.applied };
  if (outcome.mode === "deploy-ref") {
    if (outcome.status === "found")
      return {
        ...base,
        found: !0,
        what: `${outcome.branch} points at ${target.tag} (${target.sha}) already`
      };
    let verb = outcome.applied === "written" ? "re-pointed" : "would re-point";
    return {
      ...base,
      found: !1,
      what: `${verb} ${outcome.branch} from ${outcome.was} to ${target.tag} (${target.sha})`
    };
  }
  switch (outcome.status) {
    case "found":
      return {
        ...base,
        found: !0,
        what: `revert PR #${outcome.pull?.number} (${outcome.pull?.state}) from ${outcome.branch} is there already: ${outcome.pull?.url}`
      };
    case "at-target":
      return {
        ...base,
        found: !0,
        what: `${outcome.base} already has the tree of ${target.tag}; nothing to revert`
      };
    default:
      return outcome.applied === "written" ? {
        ...base,
        found: !1,
        what: `opened revert PR #${outcome.pull?.number} from ${outcome.branch} into ${outcome.base}: ${outcome.pull?.url}`
      } : {
        ...base,
        found: !1,
        what: `would open a revert PR from ${outcome.branch} into ${outcome.base} (its one commit: the tree of ${target.tag} on ${outcome.base})`
      };
  }
}

// cli/commands/rollback-lift.ts
import { parseArgs } from "node:util";

// engine/release/rollback-lift.ts
import { createHash } from "node:crypto";

// core/release/lift.ts
var WRITE_ASSOCIATIONS = /* @__PURE__ */ new Set(["OWNER", "MEMBER", "COLLABORATOR"]), POSTMORTEM_LINE = /^[ \t>*_-]*postmortem\s*:\s*<?(\S+?)>?\s*$/gim;
function findPostmortem(sources) {
  for (let source of sources)
    if (source.trusted)
      for (let match of source.body.matchAll(POSTMORTEM_LINE)) {
        let url = httpsUrl(match[1] ?? "");
        if (url !== void 0) return { url, where: source.where };
      }
}
function httpsUrl(text) {
  try {
    let url = new URL(text);
    return url.protocol === "https:" && url.hostname !== "" ? url.href : void 0;
  } catch {
    return;
  }
}
function decideLift(input) {
  let unmet = [], { smoke, target } = input;
  (smoke.status !== "pass" || smoke.executed === 0) && unmet.push(
    `smoke is not green: ${smoke.file} says ${smoke.status} with ${smoke.executed} scenario(s) run; fix and re-run the smoke gate on ${target.sha}`
  ), smoke.sha === void 0 ? unmet.push(
    `${smoke.file} records no commit, so it cannot show smoke ran on ${target.tag}; run the smoke action with sha: ${target.sha} (or pilot-gate smoke --sha ${target.sha})`
  ) : smoke.sha.toLowerCase() !== target.sha.toLowerCase() && unmet.push(
    `${smoke.file} is for commit ${smoke.sha}, not ${target.sha} (${target.tag}, the rollback target); run the smoke gate on ${target.sha}`
  );
  let postmortem = findPostmortem(input.sources);
  if (postmortem === void 0) {
    let looked = [...new Set(input.sources.map((s) => s.on))].join(" and ");
    unmet.push(
      `no postmortem link on ${looked}: someone with write access adds a line "Postmortem: https://..." to the freeze issue's body or in a comment (a comment by anyone else does not count)`
    );
  }
  return unmet.length > 0 || postmortem === void 0 ? { lift: !1, unmet } : { lift: !0, postmortem };
}
function planLift(input) {
  let { issue, from, target, smoke, postmortem } = input, receipt = [
    `Freeze lifted by pilot-gate rollback lift: ${from} was rolled back to ${target.tag}.`,
    "",
    `- Lifted by: ${codeSpan(input.actor)}`,
    `- At: ${codeSpan(input.now.toISOString())}`,
    `- Smoke: passed on ${codeSpan(target.sha)}, ${smoke.executed} scenario(s); report sha256 ${codeSpan(smoke.digest)}`,
    `- Postmortem: ${link(postmortem.url, postmortem.url, { code: !0 })} (from ${inertText(postmortem.where)})`
  ].join(`
`), comment = {
    kind: "create-comment",
    issue,
    body: receipt,
    about: `the lift receipt on #${issue}`,
    failure: "fails-event",
    what: `post the lift receipt on freeze issue #${issue}`
  }, close = {
    kind: "update-issue",
    issue,
    body: input.body,
    close: !0,
    failure: "fails-event",
    what: `close freeze issue #${issue}: smoke green on ${target.tag} and the postmortem is linked`,
    afterFailure: "the receipt was posted but the issue is still open; re-run rollback lift"
  };
  return [comment, close];
}

// engine/release/rollback-lift.ts
async function readLiftSmoke(cwd, path) {
  let text = await readNamedFile(cwd, path, "smoke report", REPORT_LIMIT), report = parseJsonInput(
    smokeReportSchema,
    text,
    path,
    "Pass the JSON report the smoke gate wrote (the smoke action's report-path, or pilot-gate smoke --report)."
  );
  return {
    file: path,
    status: report.status,
    executed: report.counts.executed,
    sha: report.sha,
    digest: createHash("sha256").update(text, "utf8").digest("hex")
  };
}
async function liftRollbackFreeze(deps, config, plan, options) {
  let evidence = `rollback:${plan.from}`, freezes = (await deps.gh.listAllIssues(config.incidents.freeze_label)).filter((item) => {
    let record = readFreezeRecord(item.body);
    return record?.trigger === "rollback" && record.evidence === evidence;
  }), freeze = freezes.find((item) => item.state === "open");
  if (freeze === void 0) {
    let closed = freezes[0];
    return closed !== void 0 ? { status: "already-lifted", issue: closed.number } : {
      status: "no-freeze",
      reason: `no issue labelled ${config.incidents.freeze_label} records the rollback of ${plan.from}; rollback run opens it, so there is nothing to lift`
    };
  }
  let sources = [
    {
      on: `freeze issue #${freeze.number}`,
      where: `the body of freeze issue #${freeze.number}`,
      body: freeze.body,
      trusted: !0
    },
    ...await commentSources(deps, freeze.number, `freeze issue #${freeze.number}`)
  ];
  if (options.incident !== void 0) {
    let incident = await deps.gh.getIssue(options.incident), where = `incident #${incident.number}`;
    sources.push({
      on: where,
      where: `the body of ${where}`,
      body: incident.body,
      trusted: WRITE_ASSOCIATIONS.has(incident.association)
    }), sources.push(...await commentSources(deps, incident.number, where));
  }
  let decision = decideLift({
    from: plan.from,
    target: plan.target,
    smoke: options.smoke,
    sources
  });
  if (!decision.lift) return { status: "refused", issue: freeze.number, unmet: decision.unmet };
  let writes = planLift({
    issue: freeze.number,
    body: freeze.body,
    from: plan.from,
    target: plan.target,
    smoke: options.smoke,
    postmortem: decision.postmortem,
    actor: options.actor,
    now: options.now
  }), executed = await executePlan(deps, writes, { dryRun: options.dryRun });
  return {
    status: "lifted",
    issue: freeze.number,
    postmortem: decision.postmortem.url,
    digest: options.smoke.digest,
    applied: appliedOf(executed) === "written" ? "written" : "planned"
  };
}
async function commentSources(deps, issue, where) {
  return (await deps.gh.listComments(issue)).map((comment) => ({
    on: where,
    where: `a comment by ${comment.author.login} on ${where}`,
    body: comment.body,
    trusted: WRITE_ASSOCIATIONS.has(comment.association ?? "")
  }));
}

// cli/commands/rollback-lift.ts
var LIFT_OPTIONS = {
  repo: { type: "string" },
  from: { type: "string" },
  config: { type: "string" },
  "smoke-report": { type: "string" },
  incident: { type: "string" },
  key: { type: "string", multiple: !0 },
  "dry-run": { type: "boolean", default: !1 },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, LIFT_NEEDS = "Contents: Read and Issues: Read and write";
async function runRollbackLift(args, io) {
  let { values } = parseOrExplain(
    Object.keys(LIFT_OPTIONS),
    () => parseArgs({ args, options: LIFT_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.rollback), 0;
  let from = values.from?.trim() ?? "";
  if (parseReleaseTag(from) === void 0)
    throw new ArgumentError(
      from === "" ? "lift needs --from" : `--from "${from}" is not a release tag`,
      "pass the release that was rolled back, as given to rollback run, e.g. --from v1.4.0"
    );
  let reportPath = values["smoke-report"]?.trim() ?? "";
  if (reportPath === "")
    throw new ArgumentError(
      "lift needs --smoke-report",
      "pass the JSON report of the smoke gate run on the rollback target, e.g. --smoke-report .pilot-gate/smoke-report.json"
    );
  let incident = incidentOption(values.incident), smoke = await readLiftSmoke(io.cwd, reportPath), keys = await publicKeys(io, values.key ?? []), dryRun = values["dry-run"], { deps, now } = tokenDeps(
    io,
    { repo: values.repo, now: void 0, dryRun },
    {
      reads: "the freeze issue",
      hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${LIFT_NEEDS} on the repository`
    }
  ), { config } = await repositoryConfig(deps, io, values.config, {
    needs: LIFT_NEEDS,
    nothing: "Nothing was lifted."
  }), plan = await readRollbackPlan(deps.gh, config, { from, keys }), lift;
  try {
    lift = plan.action === "rollback" ? await liftRollbackFreeze(deps, config, plan, {
      smoke,
      incident,
      // The workflow's actor: who dispatched the lift. Outside a workflow, the token's owner.
      actor: io.env.GITHUB_ACTOR?.trim() || "the GITHUB_TOKEN's owner",
      now,
      dryRun
    }) : { status: "no-freeze", reason: `no rollback target: ${plan.reason}` };
  } catch (error) {
    throw error instanceof GitHubApiError ? new UsageError(
      `GitHub refused the lift: ${error.reason}. The token needs ${LIFT_NEEDS} on the repository. The freeze issue was not closed (a receipt may have been posted); fix the token and re-run.`
    ) : error;
  }
  let code = lift.status === "lifted" || lift.status === "already-lifted" ? 0 : 1;
  if (values.json)
    return io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "rollback-lift", plan, lift }, null, 2)}
`
    ), code;
  let c = palette(useColor(io.stdout, io.env)), lines = [...liftLines(lift, c), signatureLine(plan.signatures)];
  return io.stdout.write(safeText(`${lines.join(`
`)}
`)), code;
}
function signatureLine(check) {
  return check === "verified" ? "Signatures: checked with the evidence key(s) given; a pack not signed by one was passed over" : "Signatures: not checked (no --key given); pass the evidence public key with --key pub.pem to pass over unsigned or altered packs";
}
function incidentOption(value) {
  if (value === void 0) return;
  let text = value.trim().replace(/^#/, "");
  if (!/^[1-9]\d{0,9}$/.test(text))
    throw new ArgumentError(
      `--incident "${value}" is not an issue number`,
      "pass the incident issue's number, e.g. --incident 42"
    );
  return Number(text);
}
function liftLines(lift, c) {
  switch (lift.status) {
    case "lifted":
      return lift.applied === "written" ? [
        // The link is left out: it is someone's text, and this line lands in a job summary.
        `${c.green("Lifted")}: closed freeze issue #${lift.issue} with a receipt (smoke report sha256 ${lift.digest})`
      ] : [
        `Dry run: would post the receipt on freeze issue #${lift.issue} and close it; nothing was written`
      ];
    case "already-lifted":
      return [`Already lifted: freeze issue #${lift.issue} is closed; nothing was written`];
    case "refused":
      return [
        `${c.red("Not lifted")}: freeze issue #${lift.issue} stays open; nothing was written. Unmet:`,
        ...lift.unmet.map((why) => `  - ${why}`)
      ];
    default:
      return [`${c.red("Nothing to lift")}: ${lift.reason}`];
  }
}

// cli/commands/rollback.ts
var PLAN_OPTIONS = {
  repo: { type: "string" },
  from: { type: "string" },
  config: { type: "string" },
  key: { type: "string", multiple: !0 },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, RUN_OPTIONS = {
  ...PLAN_OPTIONS,
  "dry-run": { type: "boolean", default: !1 },
  "sign-key-file": { type: "string", multiple: !0 }
}, PLAN_NEEDS = "Contents: Read", RUN_NEEDS = "Contents, Pull requests and Issues: Read and write";
function readOptions(running, args) {
  if (running) {
    let { values: values2 } = parseOrExplain(
      Object.keys(RUN_OPTIONS),
      () => parseArgs2({ args, options: RUN_OPTIONS, strict: !0, allowPositionals: !1 })
    );
    return { values: values2, dryRun: values2["dry-run"], keyFiles: values2["sign-key-file"] ?? [] };
  }
  let { values } = parseOrExplain(
    Object.keys(PLAN_OPTIONS),
    () => parseArgs2({ args, options: PLAN_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  return { values, dryRun: !0, keyFiles: [] };
}
async function runRollback(args, io) {
  let [sub, ...rest] = args;
  if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help")
    return (sub === void 0 ? io.stderr : io.stdout).write(HELP.rollback), sub === void 0 ? 2 : 0;
  if (sub === "lift") return runRollbackLift(rest, io);
  if (sub !== "plan" && sub !== "run")
    throw new ArgumentError(`unknown rollback command "${sub}"`, "use plan, run or lift");
  let running = sub === "run", { values, dryRun, keyFiles } = readOptions(running, rest);
  if (values.help)
    return io.stdout.write(HELP.rollback), 0;
  let from = values.from?.trim();
  if (from !== void 0 && parseReleaseTag(from) === void 0)
    throw new ArgumentError(
      `--from "${from}" is not a release tag`,
      "pass the release to roll back, vX.Y.Z or vX.Y.Z-rc.N, e.g. --from v1.4.0"
    );
  let keys = await publicKeys(io, values.key ?? []), needs = running ? RUN_NEEDS : PLAN_NEEDS, { deps, now } = tokenDeps(
    io,
    { repo: values.repo, now: void 0, dryRun, token: running ? "workflow" : "app" },
    {
      reads: "the release evidence",
      hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${needs} on the repository`
    }
  ), { config } = await repositoryConfig(deps, io, values.config, {
    needs,
    nothing: running ? "Nothing was done." : "Nothing was planned."
  }), plan = await readRollbackPlan(deps.gh, config, { from, keys }), fromEnv = io.env[SIGNING_KEY_ENV], report = running && plan.action === "rollback" ? await runRollbackSteps(deps, config, plan, {
    now,
    dryRun,
    evidenceBranch: DEFAULT_EVIDENCE_BRANCH,
    // The pack is built in a temporary folder, so key files are resolved here.
    keys: [
      ...keyFiles.map((file) => ({ file: resolve(io.cwd, file) })),
      ...fromEnv?.trim() ? [{ what: SIGNING_KEY_ENV, pem: fromEnv }] : []
    ],
    temp: tmpdir()
  }) : void 0;
  if (values.json)
    return io.stdout.write(
      `${JSON.stringify({ version: 1, kind: running ? "rollback-run" : "rollback-plan", plan, ...running ? { freeze: report?.freeze ?? null, evidence: report?.evidence ?? null, revert: report?.revert ?? null, steps: report?.steps ?? [], left: report?.left ?? [] } : {} }, null, 2)}
`
    ), plan.action === "rollback" ? 0 : 1;
  let c = palette(useColor(io.stdout, io.env)), skipped = plan.skipped.map((s) => `  passed over ${s.tag}: ${s.reason}`), lines = plan.action === "rollback" ? [
    `${c.green("Roll back")} ${plan.from} to ${plan.target.tag} (${plan.target.sha}), the last release whose evidence says GO`,
    ...skipped,
    signatureLine(plan.signatures),
    ...report === void 0 ? [
      "Steps (nothing was done):",
      ...plan.steps.map((step2, i) => `  ${i + 1}. ${step2.id}: ${step2.what}`)
    ] : [
      "Steps:",
      ...report.steps.map(
        (step2, i) => `  ${i + 1}. ${step2.id} [${stepState(step2)}]: ${step2.what}`
      ),
      "Left to do (rollback run does not make these):",
      ...report.left.map(
        (step2, i) => `  ${report.steps.length + i + 1}. ${step2.id}: ${step2.what}`
      )
    ]
  ] : [
    `${c.red("No rollback target")}: ${plan.reason}`,
    ...skipped,
    signatureLine(plan.signatures)
  ];
  return io.stdout.write(safeText(`${lines.join(`
`)}
`)), plan.action === "rollback" ? 0 : 1;
}
function stepState(step2) {
  return step2.applied === "written" ? "done" : step2.applied === "planned" ? "would do" : step2.found ? "already done" : "not done";
}
export {
  runRollback
};
