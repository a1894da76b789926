import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  boundedCache
} from "./chunk-IDXLIXZT.js";
import {
  DEFAULT_EVIDENCE_BRANCH,
  EVIDENCE_ROOT
} from "./chunk-AN4NO4AL.js";
import {
  readFailure
} from "./chunk-T2NOWLVF.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  ENVELOPE_FILE,
  STATEMENT_FILE,
  criterionKind,
  keyId,
  markdownTable,
  md,
  packSignatureProblem,
  packStatementOf,
  publicKeyFromPem,
  sha256Hex
} from "./chunk-XRWPT2AM.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  CHECK_RUN_TITLE_CHARS,
  codeSpan,
  compileBranchPattern,
  findIds,
  fitBytes,
  hasAny,
  inertText,
  issueRef,
  link,
  matchBranch,
  waveOf
} from "./chunk-VUTGOOYN.js";
import {
  CYCLE_VERIFIED_PACKS,
  REPORT_LIMIT
} from "./chunk-MSUCSWVI.js";

// core/cycles/evaluate.ts
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
function storiesOfPull(pull, config) {
  let patterns = config.rules["branch-name"].patterns.map(
    (entry) => compileBranchPattern(entry, config.ids.pattern)
  ), ids = [
    matchBranch(pull.branch, pull.base, patterns)?.storyId,
    ...findIds(pull.title, config.ids.pattern)
  ], unique = [];
  for (let id of ids)
    id !== void 0 && !unique.some((known) => same(known, id)) && unique.push(id);
  return unique;
}
function cycleStories(cycle, pulls, config) {
  let carried = pulls.map((pull) => ({ pull, stories: storiesOfPull(pull, config) }));
  if (cycle.stories !== void 0)
    return cycle.stories.map((id) => ({
      id,
      pulls: carried.filter((c) => c.stories.some((s) => same(s, id))).map((c) => c.pull)
    }));
  let wave = cycle.wave ?? "", stories = /* @__PURE__ */ new Map();
  for (let { pull, stories: ids } of carried)
    if (same(waveOf(pull, config.incidents) ?? "", wave))
      for (let id of ids.length > 0 ? ids : [`#${pull.number}`]) {
        let key = id.toLowerCase(), entry = stories.get(key) ?? { id, pulls: [] };
        entry.pulls.push(pull), stories.set(key, entry);
      }
  return [...stories.values()];
}
function pullsToCheck(config, pulls, now) {
  let wanted = /* @__PURE__ */ new Map();
  for (let cycle of Object.values(config.cycles))
    if (!(Date.parse(cycle.window.start) > now.getTime()))
      for (let story of cycleStories(cycle, pulls, config))
        for (let pull of story.pulls) pull.merged && wanted.set(pull.number, pull);
  return [...wanted.values()].sort((a, b) => a.number - b.number);
}
function pullState(pull) {
  return pull.merged ? "merged" : pull.state;
}
function checkWords(check, name) {
  if (check === void 0) return `its ${name} was not read`;
  switch (check.state) {
    case "success":
      return `${name} passed`;
    case "failure":
      return `${name} failed`;
    case "pending":
      return `${name} has not finished`;
    case "missing":
      return `it has no ${name} from the App`;
    case "unknown":
      return `its ${name} is unknown (${check.reason})`;
  }
}
function storyStatus(story, inputs, config) {
  let evidence = inputs.evidence.available ? inputs.evidence.items.find((item) => same(item.story, story.id) && !item.unverified) : void 0, base = {
    id: story.id,
    pulls: story.pulls.map((pull) => ({
      number: pull.number,
      url: pull.url,
      state: pullState(pull),
      ...pull.check ? { check: pull.check } : {}
    })),
    evidence: evidence ? { url: evidence.url } : void 0
  };
  if (!inputs.pulls.available)
    return { ...base, state: "blocked", reason: `unknown: ${inputs.pulls.reason}` };
  if (story.pulls.length === 0) {
    let truncated = inputs.pulls.truncated;
    return {
      ...base,
      state: "blocked",
      reason: truncated ? `unknown: no PR among the ${truncated.read} read carries it (${truncated.reason})` : `no PR carries ${story.id}: name it in a PR's branch or title, or fix the id in cycles`
    };
  }
  let name = inputs.checkName, notGreen = story.pulls.filter((p) => p.merged && p.check?.state !== "success");
  if (notGreen.length > 0)
    return {
      ...base,
      state: "blocked",
      reason: notGreen.map((p) => `#${p.number} was merged but ${checkWords(p.check, name)}`).join("; ")
    };
  let open = story.pulls.filter((p) => p.state === "open"), blockedLabels = [config.incidents.blocked.label, config.rules["no-merge-label"].label], stuck = open.filter((p) => hasAny(p.labels, blockedLabels));
  return stuck.length > 0 ? {
    ...base,
    state: "blocked",
    reason: stuck.map(
      (p) => `#${p.number} is labelled ${p.labels.filter((l) => hasAny([l], blockedLabels)).join(", ")}`
    ).join("; ")
  } : open.length > 0 ? {
    ...base,
    state: "pending",
    reason: `${open.map((p) => `#${p.number}`).join(", ")} open`
  } : story.pulls.some((p) => p.merged) ? { ...base, state: "done", reason: `merged with ${name} green` } : {
    ...base,
    state: "blocked",
    reason: `${story.pulls.map((p) => `#${p.number}`).join(", ")} closed without merging`
  };
}
function describe(criterion) {
  return typeof criterion == "string" ? criterion : `report_passed: ${criterion.report_passed}`;
}
function reportTime(data) {
  let at = data?.evaluated_at;
  if (typeof at != "string") return;
  let time = Date.parse(at);
  return Number.isNaN(time) ? void 0 : time;
}
function reportPassed(name, read, cycle) {
  if (read === void 0)
    return { met: !1, detail: `the ${name} reports were not read`, links: [] };
  if (!read.available) return { met: !1, detail: `unknown: ${read.reason}`, links: [] };
  if (read.items.length === 0)
    return {
      met: !1,
      detail: `${read.truncated ? `unknown (${read.truncated.reason}): ` : ""}no reports/${name}.json in any evidence pack; publish the report in an evidence pack`,
      links: []
    };
  let problems = [], dated = [];
  for (let file of read.items) {
    if (file.text === void 0) {
      problems.push(`${file.path} was not read (${file.unread ?? "unknown reason"})`);
      continue;
    }
    let data;
    try {
      data = JSON.parse(file.text);
    } catch {
      problems.push(`${file.path} is not JSON`);
      continue;
    }
    let time = reportTime(data);
    if (time === void 0) {
      problems.push(
        `${file.path} has no evaluated_at (an ISO 8601 time), so it cannot be placed in the cycle's window`
      );
      continue;
    }
    dated.push({ file, data, time });
  }
  dated.sort((a, b) => b.time - a.time);
  let newest = dated[0];
  if (newest === void 0)
    return {
      met: !1,
      detail: problems.join("; "),
      links: read.items.map((f) => ({ label: f.path, url: f.url }))
    };
  let links = [{ label: newest.file.path, url: newest.file.url }], start = Date.parse(cycle.window.start);
  if (newest.time < start)
    return {
      met: !1,
      detail: `the newest ${name} report (${newest.file.path}) was evaluated before the cycle started; run it again`,
      links
    };
  let verdict = newest.data?.verdict;
  if (typeof verdict != "string")
    return {
      met: !1,
      detail: `${newest.file.path} has no verdict field (expected "verdict": "PASS"); regenerate it`,
      links
    };
  let passed = /^(?:pass|passed|go)$/i.test(verdict);
  return {
    met: passed,
    detail: passed ? `${newest.file.path} says ${verdict}` : `${newest.file.path} says ${verdict}, not PASS`,
    links
  };
}
function judgeCriterion(criterion, cycle, stories, inputs) {
  let named = describe(criterion), everyStory = (missing, words, links) => ({
    criterion: named,
    met: stories.length > 0 && missing.length === 0,
    detail: stories.length === 0 ? `no PR carries wave ${cycle.wave ?? ""}, so the cycle has no stories to judge` : missing.length === 0 ? words.all : words.missing,
    links
  });
  switch (criterionKind(criterion)) {
    case "stories_merged_green": {
      let missing = stories.filter((s) => s.state !== "done");
      return everyStory(
        missing,
        {
          all: `all ${stories.length} stories merged with ${inputs.checkName} green`,
          missing: `${missing.length} of ${stories.length} not merged green: ${missing.map((s) => `${s.id} (${s.reason})`).join("; ")}`
        },
        stories.flatMap((s) => s.pulls.map((p) => ({ label: `${s.id} #${p.number}`, url: p.url })))
      );
    }
    case "evidence_published": {
      if (!inputs.evidence.available)
        return {
          criterion: named,
          met: !1,
          detail: `unknown: ${inputs.evidence.reason}`,
          links: []
        };
      let missing = stories.filter((s) => s.evidence === void 0), truncated = inputs.evidence.truncated, items = inputs.evidence.items, why = (id) => {
        let unverified = items.find((item) => same(item.story, id) && item.unverified);
        return unverified ? `${id} (its pack does not count: ${unverified.unverified})` : id;
      }, unchecked = inputs.signatures === "not-checked" ? "; signatures not checked: readiness.evidence_keys lists no key" : "";
      return everyStory(
        missing,
        {
          all: `an evidence pack for each of the ${stories.length} stories${unchecked}`,
          missing: `no evidence pack for ${missing.map((s) => why(s.id)).join(", ")}${truncated ? ` (unknown: ${truncated.reason})` : " (expected evidence/story/<id>/ on the evidence branch, signed by an evidence key)"}${unchecked}`
        },
        stories.flatMap((s) => s.evidence ? [{ label: s.id, url: s.evidence.url }] : [])
      );
    }
    case "no_open_critical": {
      let read = inputs.critical;
      if (!read.available)
        return { criterion: named, met: !1, detail: `unknown: ${read.reason}`, links: [] };
      let links = read.items.map((i) => ({ label: `#${i.number} ${i.title}`, url: i.url }));
      return read.truncated ? { criterion: named, met: !1, detail: `unknown: ${read.truncated.reason}`, links } : {
        criterion: named,
        met: read.items.length === 0,
        detail: read.items.length === 0 ? "no open critical incident" : `${read.items.length} open critical incident(s): ${read.items.map((i) => `#${i.number}`).join(", ")}`,
        links
      };
    }
    case "report_passed": {
      let name = typeof criterion == "string" ? "" : criterion.report_passed;
      return { criterion: named, ...reportPassed(name, inputs.reports[name], cycle) };
    }
  }
}
function evaluateCycles(config, inputs) {
  let now = inputs.now.getTime(), pulls = inputs.pulls.available ? inputs.pulls.items : [], cycles = Object.entries(config.cycles).map(([id, cycle]) => {
    let window = { start: cycle.window.start, end: cycle.window.end };
    if (Date.parse(cycle.window.start) > now)
      return { id, window, phase: "upcoming", met: !1, stories: [], criteria: [] };
    let stories = cycleStories(cycle, pulls, config).map(
      (story) => storyStatus(story, inputs, config)
    ), criteria = cycle.exit.map(
      (criterion) => judgeCriterion(criterion, cycle, stories, inputs)
    ), met = criteria.every((c) => c.met), overdue = !met && Date.parse(cycle.window.end) < now;
    return { id, window, phase: overdue ? "overdue" : "running", met, stories, criteria };
  });
  return {
    version: 1,
    kind: "cycle-status",
    at: inputs.now.toISOString(),
    met: cycles.every((c) => c.phase === "upcoming" || c.met),
    cycles
  };
}
function publishedStories(paths, root) {
  let prefix = `${root}/story/`, stories = [];
  for (let path of paths) {
    if (!path.startsWith(prefix)) continue;
    let [id, file, ...rest] = path.slice(prefix.length).split("/");
    id && file === "manifest.json" && rest.length === 0 && stories.push(id);
  }
  return stories;
}
function reportPaths(paths, root, name) {
  let file = `reports/${name}.json`;
  return paths.filter((path) => {
    let parts = path.split("/");
    return parts.length === 5 && parts[0] === root && path.endsWith(`/${file}`);
  }).sort();
}
function criterionKindsOf(config, now) {
  let kinds = /* @__PURE__ */ new Set();
  for (let cycle of Object.values(config.cycles))
    if (!(Date.parse(cycle.window.start) > now.getTime())) {
      for (let criterion of cycle.exit) kinds.add(criterionKind(criterion));
      kinds.add("stories_merged_green");
    }
  return kinds;
}
function reportNames(config) {
  let names = /* @__PURE__ */ new Set();
  for (let cycle of Object.values(config.cycles))
    for (let criterion of cycle.exit)
      typeof criterion != "string" && names.add(criterion.report_passed);
  return [...names].sort();
}

// core/cycles/render.ts
var STORY_ICON = { done: "✅", pending: "⏳", blocked: "⛔" };
function phaseWords(cycle) {
  if (cycle.phase === "upcoming") return `starts ${cycle.window.start}`;
  let met = cycle.criteria.filter((c) => c.met).length, state = cycle.met ? "exit criteria met" : `${met} of ${cycle.criteria.length} exit criteria met`;
  return cycle.phase === "overdue" ? `${state}, past its end ${cycle.window.end}` : state;
}
function cyclesTitle(report) {
  let started = report.cycles.filter((c) => c.phase !== "upcoming");
  if (started.length === 0) return "No cycle has started";
  let text = [...started].sort((a, b) => Number(a.met) - Number(b.met)).map((c) => `${c.id}: ${phaseWords(c)}`).join("; ");
  return text.length > CHECK_RUN_TITLE_CHARS ? `${text.slice(0, CHECK_RUN_TITLE_CHARS - 1)}…` : text;
}
function cycleMarkdown(cycle) {
  let lines = [
    `### ${cycle.phase === "upcoming" ? "🗓️" : cycle.met ? "✅" : "❌"} Cycle ${codeSpan(cycle.id)}: ${inertText(phaseWords(cycle))}`,
    "",
    `Window: ${codeSpan(cycle.window.start)} to ${codeSpan(cycle.window.end)}.`,
    ""
  ];
  return cycle.phase === "upcoming" ? [...lines, "Not started: not judged yet.", ""] : (lines.push(
    markdownTable(
      ["", "Exit criterion", "Why", "Links"],
      cycle.criteria.map((c) => [
        c.met ? "✅" : "❌",
        md(codeSpan(c.criterion)),
        c.detail,
        md(c.links.map((l) => link(l.label, l.url)).join(", "))
      ])
    ),
    ""
  ), cycle.stories.length > 0 && lines.push(
    markdownTable(
      ["", "Story", "Status", "PRs", "Evidence"],
      cycle.stories.map((s) => [
        STORY_ICON[s.state],
        md(codeSpan(s.id)),
        `${s.state}: ${s.reason}`,
        md(s.pulls.map((p) => `${issueRef(p.number, p.url)} (${p.state})`).join(", ")),
        md(s.evidence ? link("pack", s.evidence.url) : "none")
      ])
    ),
    ""
  ), lines);
}
function renderCyclesMarkdown(report, maxBytes) {
  let counts = { done: 0, pending: 0, blocked: 0 };
  for (let cycle of report.cycles) for (let story of cycle.stories) counts[story.state]++;
  let head = [
    `## ${report.met ? "✅" : "❌"} Cycle exit gates`,
    "",
    report.cycles.length === 0 ? `No cycle is declared: add them under ${codeSpan("cycles:")} in .github/pilot-gate.yml.` : `Stories: ${counts.done} done, ${counts.pending} pending, ${counts.blocked} blocked. Judged at ${codeSpan(report.at)}; anything that could not be read counts as not met.`,
    ""
  ];
  return fitBytes([...head, ...report.cycles.flatMap(cycleMarkdown)].join(`
`), maxBytes);
}
function renderCyclesText(report) {
  let lines = [];
  report.cycles.length === 0 && lines.push("No cycle is declared under cycles: in the config.");
  for (let cycle of report.cycles) {
    lines.push(
      `cycle ${cycle.id} (${cycle.window.start} to ${cycle.window.end}): ${phaseWords(cycle)}`
    );
    for (let c of cycle.criteria) {
      lines.push(`  ${c.met ? "met    " : "NOT MET"} ${c.criterion}: ${c.detail}`);
      for (let l of c.links) lines.push(`           ${l.label}: ${l.url}`);
    }
    for (let s of cycle.stories)
      lines.push(`  story ${s.id}: ${s.state} (${s.reason})`);
    lines.push("");
  }
  return lines.push(
    report.met ? "Every started cycle met its exit criteria." : "Some started cycle has not met its exit criteria."
  ), safeText(`${lines.join(`
`)}
`);
}

// core/cycles/trusted-pack.ts
function trustedStatement(read, keys) {
  if (read.statement === void 0) return { reason: "its pack has no statement.json" };
  let problem = packSignatureProblem(read.statement, read.envelope, keys);
  if (problem !== void 0) return { reason: problem };
  let [, scope = "", id = ""] = read.folder.split("/");
  return packStatementOf(read.statement, scope, id);
}
function signedDigestOf(statement, path) {
  return statement.subject.find((subject) => subject.name === path)?.digest.sha256;
}

// engine/evidence/trusted-keys.ts
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

// engine/cycles/verify-packs.ts
var verdicts = boundedCache(2e3);
async function packVerifier(gh, config, entries, defaultBranch) {
  let paths = config.readiness.evidence_keys;
  if (paths.length === 0) return { kind: "not-checked" };
  let keys;
  try {
    let branch = defaultBranch || await gh.getDefaultBranch(), read2 = await readTrustedKeys(
      { gh, repo: { ...gh.repo, defaultBranch: branch, ownerIsOrg: !1 } },
      paths
    );
    if ("reasons" in read2) return { kind: "unavailable", reason: read2.reasons.join("; ") };
    keys = read2.keys;
  } catch (error) {
    return { kind: "unavailable", reason: readFailure(error, "the evidence keys").reason };
  }
  let fingerprint = keys.map(keyId).sort().join(","), blobs = new Map(entries.filter((e) => e.type === "blob").map((e) => [e.path, e.sha])), checked = /* @__PURE__ */ new Map(), read = async (sha) => sha === void 0 ? void 0 : (await gh.getBlob(sha)).toString("utf8");
  return {
    kind: "keys",
    check: async (folder) => {
      let known = checked.get(folder);
      if (known) return known;
      if (checked.size >= CYCLE_VERIFIED_PACKS)
        return {
          reason: `not checked: more than ${CYCLE_VERIFIED_PACKS} packs to verify in one pass`
        };
      let statementSha = blobs.get(`${folder}/${STATEMENT_FILE}`), envelopeSha = blobs.get(`${folder}/${ENVELOPE_FILE}`), key = `${folder}:${statementSha}:${envelopeSha}:${fingerprint}`, trust = verdicts.get(key);
      if (trust === void 0)
        try {
          trust = trustedStatement(
            { folder, statement: await read(statementSha), envelope: await read(envelopeSha) },
            keys
          ), verdicts.set(key, trust);
        } catch (error) {
          trust = { reason: readFailure(error, `the statement of ${folder}`).reason };
        }
      return checked.set(folder, trust), trust;
    }
  };
}
async function trustOf(verifier, folder) {
  if (verifier.kind !== "not-checked")
    return verifier.kind === "unavailable" ? { reason: `the evidence keys could not be read (${verifier.reason})` } : verifier.check(folder);
}
async function packRefusal(verifier, folder) {
  let trust = await trustOf(verifier, folder);
  return trust !== void 0 && "reason" in trust ? trust.reason : void 0;
}
async function verifiedReport(verifier, file) {
  if (file.text === void 0) return file;
  let parts = file.path.split("/"), folder = parts.slice(0, 3).join("/"), inPack = parts.slice(3).join("/"), trust = await trustOf(verifier, folder);
  if (trust === void 0) return file;
  let unverified = (why) => ({
    path: file.path,
    url: file.url,
    text: void 0,
    unread: `not verified: ${why}`
  });
  return "reason" in trust ? unverified(trust.reason) : signedDigestOf(trust.statement, inPack) !== sha256Hex(file.text) ? unverified(`${inPack} is not the file its pack's signed statement lists`) : file;
}

// engine/cycles/gather.ts
var MAX_PULL_PAGES = 5, MAX_CHECK_READS = 100, MAX_REPORT_FILES = 5;
function failed(error, what) {
  return { available: !1, reason: `${readFailure(error, what).reason}; re-run` };
}
var NOT_NEEDED = { available: !1, reason: "not read: no started cycle needs it" };
async function readPulls(gh) {
  try {
    let { pulls, truncated } = await gh.listRecentPulls(MAX_PULL_PAGES);
    return {
      available: !0,
      items: pulls.map((pull) => ({
        number: pull.number,
        url: pull.url,
        title: pull.title,
        branch: pull.headRef,
        base: pull.baseRef,
        labels: pull.labels,
        headSha: pull.headSha,
        state: pull.state === "open" ? "open" : "closed",
        merged: pull.mergedAt !== null
      })),
      ...truncated ? {
        truncated: {
          read: pulls.length,
          reason: `only the ${pulls.length} most recently updated PRs are read`
        }
      } : {}
    };
  } catch (error) {
    return failed(error, "the PRs");
  }
}
async function readCheck(gh, pull, name, appId) {
  if (appId === void 0)
    return {
      state: "unknown",
      reason: `the App's id is unknown, so its ${name} cannot be told from another's: set protection.app_id in the config (or APP_ID)`
    };
  try {
    let run = await gh.findLatestCheckRun(pull.headSha, name, appId);
    if (!run) return { state: "missing" };
    let url = run.url ? { url: run.url } : {};
    return run.status !== "completed" ? { state: "pending", ...url } : { state: run.conclusion === "success" ? "success" : "failure", ...url };
  } catch (error) {
    return { state: "unknown", reason: failed(error, `the ${name} of #${pull.number}`).reason };
  }
}
async function readCritical(gh, config) {
  let found = /* @__PURE__ */ new Map();
  try {
    for (let label of config.incidents.severity_labels.critical)
      for (let issue of await gh.listOpenIssues(label))
        issue.isPull || found.set(issue.number, {
          number: issue.number,
          title: issue.title,
          url: issue.html_url
        });
  } catch (error) {
    return failed(error, "the open critical incidents");
  }
  return { available: !0, items: [...found.values()].sort((a, b) => a.number - b.number) };
}
async function readEvidenceTree(gh, branch) {
  try {
    let head = await gh.getBranchHead(branch);
    return head === void 0 ? { entries: [], truncated: !1 } : await gh.getTree(head, { recursive: !0 });
  } catch (error) {
    return failed(error, `the files of ${branch}`);
  }
}
async function gatherCycleInputs(gh, config, options) {
  let { now, appId } = options, branch = options.evidenceBranch ?? DEFAULT_EVIDENCE_BRANCH, kinds = criterionKindsOf(config, now), web = `https://github.com/${gh.repo.owner}/${gh.repo.repo}`, inputs = {
    now,
    checkName: config.check.name,
    pulls: NOT_NEEDED,
    evidence: NOT_NEEDED,
    critical: NOT_NEEDED,
    reports: {}
  };
  if (kinds.size === 0) return inputs;
  if (inputs.pulls = await readPulls(gh), inputs.pulls.available) {
    let wanted = pullsToCheck(config, inputs.pulls.items, now), checks = /* @__PURE__ */ new Map();
    for (let [index, pull] of wanted.entries())
      checks.set(
        pull.number,
        index < MAX_CHECK_READS ? await readCheck(gh, pull, config.check.name, appId) : {
          state: "unknown",
          reason: `not read: the cycles need more than ${MAX_CHECK_READS} merged PRs' checks; drop exited cycles`
        }
      );
    inputs.pulls = {
      ...inputs.pulls,
      items: inputs.pulls.items.map((pull) => {
        let check = checks.get(pull.number);
        return check ? { ...pull, check } : pull;
      })
    };
  }
  if (kinds.has("no_open_critical") && (inputs.critical = await readCritical(gh, config)), kinds.has("evidence_published") || kinds.has("report_passed")) {
    let tree = await readEvidenceTree(gh, branch);
    if ("available" in tree) {
      inputs.evidence = tree;
      for (let name of reportNames(config)) inputs.reports[name] = tree;
    } else {
      let truncated = tree.truncated ? { read: tree.entries.length, reason: `${branch} is too large for GitHub to list at once` } : void 0, paths = tree.entries.filter((e) => e.type === "blob").map((e) => e.path), verifier = await packVerifier(gh, config, tree.entries, options.defaultBranch);
      inputs.signatures = verifier.kind === "not-checked" ? "not-checked" : "checked";
      let items = [];
      for (let story of storiesToCheckFirst(config, publishedStories(paths, EVIDENCE_ROOT))) {
        let folder = `${EVIDENCE_ROOT}/story/${story}`, refusal = kinds.has("evidence_published") ? await packRefusal(verifier, folder) : void 0;
        items.push({
          story,
          url: `${web}/tree/${branch}/${folder}`,
          ...refusal !== void 0 ? { unverified: refusal } : {}
        });
      }
      inputs.evidence = { available: !0, items, ...truncated ? { truncated } : {} };
      for (let name of reportNames(config)) {
        let read = await readReports(gh, tree.entries, name, { web, branch, truncated });
        inputs.reports[name] = read.available ? { ...read, items: await mapInOrder(read.items, (f) => verifiedReport(verifier, f)) } : read;
      }
    }
  }
  return inputs;
}
async function readReports(gh, entries, name, where) {
  let blobs = new Map(entries.filter((e) => e.type === "blob").map((e) => [e.path, e])), paths = reportPaths([...blobs.keys()], EVIDENCE_ROOT, name).slice(-MAX_REPORT_FILES), items = [];
  for (let path of paths) {
    let url = `${where.web}/blob/${where.branch}/${path}`, entry = blobs.get(path);
    if (!entry || (entry.size ?? 0) > REPORT_LIMIT.bytes) {
      items.push({
        path,
        url,
        text: void 0,
        unread: `over ${REPORT_LIMIT.bytes} bytes; ${REPORT_LIMIT.advice}`
      });
      continue;
    }
    try {
      items.push({ path, url, text: (await gh.getBlob(entry.sha)).toString("utf8") });
    } catch (error) {
      items.push({ path, url, text: void 0, unread: failed(error, path).reason });
    }
  }
  return { available: !0, items, ...where.truncated ? { truncated: where.truncated } : {} };
}
function storiesToCheckFirst(config, stories) {
  let named = new Set(
    Object.values(config.cycles).flatMap(
      (cycle) => (cycle.stories ?? []).map((id) => id.toUpperCase())
    )
  );
  return [...stories.filter((story) => named.has(story.toUpperCase())), ...stories.filter((story) => !named.has(story.toUpperCase()))];
}
async function mapInOrder(items, fn) {
  let out = [];
  for (let item of items) out.push(await fn(item));
  return out;
}

export {
  evaluateCycles,
  cyclesTitle,
  renderCyclesMarkdown,
  renderCyclesText,
  readTrustedKeys,
  gatherCycleInputs
};
