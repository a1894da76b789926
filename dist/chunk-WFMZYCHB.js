import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  CannotEvaluateError,
  ConfigChainError,
  composeConfig,
  extendsError,
  extendsTarget,
  readConfigLayer
} from "./chunk-5MIDMYPK.js";
import {
  GitHubApiError
} from "./chunk-O7KWS2PP.js";
import {
  GITHUB_TEXT_LIMIT,
  defaultConfig,
  parseConfig,
  planEvaluationError,
  readFreezeRecord,
  require_dist
} from "./chunk-ULQXQ4F5.js";
import {
  CONFIG_PATH
} from "./chunk-ZMO2NGHV.js";
import {
  ConfigError
} from "./chunk-E3QZQHHB.js";
import {
  CONFIG_EXTENDS_LIMIT,
  CONFIG_LIMIT,
  codeSpan,
  escalationLabel,
  evaluateWithLabels,
  external_exports,
  fitBytes,
  inertText,
  titleText,
  toIncident,
  utf8Length
} from "./chunk-RMOAIUFY.js";
import {
  __toESM
} from "./chunk-TXBVCHSZ.js";

// engine/cache.ts
var LruMap = class {
  #max;
  #map = /* @__PURE__ */ new Map();
  constructor(max) {
    this.#max = max;
  }
  get(key) {
    let value = this.#map.get(key);
    return value !== void 0 && (this.#map.delete(key), this.#map.set(key, value)), value;
  }
  set(key, value) {
    for (this.#map.delete(key), this.#map.set(key, value); this.#map.size > this.#max; ) {
      let oldest = this.#map.keys().next();
      if (oldest.done) break;
      this.#map.delete(oldest.value);
    }
  }
  delete(key) {
    this.#map.delete(key);
  }
  get size() {
    return this.#map.size;
  }
  /** The entries, oldest first, without refreshing them. */
  entries() {
    return [...this.#map.entries()];
  }
}, KeyedQueue = class {
  #tails = /* @__PURE__ */ new Map();
  run(key, task) {
    let result = (this.#tails.get(key) ?? Promise.resolve()).then(task, task), tail = result.then(
      () => {
      },
      () => {
      }
    );
    return this.#tails.set(key, tail), tail.then(() => {
      this.#tails.get(key) === tail && this.#tails.delete(key);
    }), result;
  }
};
async function readThrough(deps, cache, key, what, read, { revalidate = !1 } = {}) {
  let now = deps.state.options.now().getTime(), cached = cache.get(key), young = cached && now - cached.fetchedAt < deps.state.options.configCacheSeconds * 1e3;
  if (cached && young && !revalidate) return cached;
  let fresh;
  try {
    fresh = await read(cached, now);
  } catch (error) {
    if (!cached) throw error;
    return deps.log.warn(
      { err: error },
      `could not revalidate ${what}; using the copy read ${Math.round((now - cached.fetchedAt) / 1e3)} s ago`
    ), cached;
  }
  return cache.set(key, fresh), fresh;
}

// engine/verdict/evaluator.ts
var INLINE_EVALUATOR = {
  evaluate: async (snapshot, config, labelSets) => evaluateWithLabels(snapshot, config, labelSets)
};

// engine/state.ts
function createState(options, evaluator = INLINE_EVALUATOR, queue = new KeyedQueue()) {
  return {
    evaluator,
    options,
    configs: new LruMap(1e3),
    files: new LruMap(2e3),
    checkRuns: new LruMap(5e3),
    templates: new LruMap(1e3),
    headPaths: new LruMap(2e3),
    conditional: new LruMap(2e3),
    queue,
    appSlug: void 0,
    appId: void 0,
    labelWrites: new LruMap(2e3),
    appLabels: new LruMap(5e3),
    pullsSeen: new LruMap(5e3)
  };
}
function appLabelKey(repo, number, label) {
  return `${pullKey(repo, number)} ${label.toLowerCase()}`;
}
function labelWriteKey(repo, number, action, label) {
  return `${pullKey(repo, number)} ${action} ${label.toLowerCase()}`;
}
function repoKey(repo) {
  return `${repo.owner}/${repo.repo}`.toLowerCase();
}
function issueKey(repo, number) {
  return `issue:${repoKey(repo)}#${number}`;
}
function pullKey(repo, number) {
  return `${repo.owner}/${repo.repo}#${number}`.toLowerCase();
}

// engine/config/repository.ts
var import_yaml = __toESM(require_dist(), 1);
async function loadRepoConfig(deps, { revalidate = !1 } = {}) {
  return (await readThrough(
    deps,
    deps.state.configs,
    repoKey(deps.repo),
    CONFIG_PATH,
    async (cached, now) => {
      let chain = await readChain(deps, cached);
      return cached && unchanged(chain, cached) ? { ...cached, fetchedAt: now } : (chain.reads.some((read) => read.answer.kind === "not-modified") && (chain = await readChain(deps, void 0)), { files: cachedFiles(chain), fetchedAt: now, loaded: loadedFrom(chain, deps) });
    },
    { revalidate }
  )).loaded;
}
function forgetRepoConfig(deps) {
  deps.state.configs.delete(repoKey(deps.repo));
}
function forgetConfigsReading(deps, paths) {
  let { owner, repo } = deps.repo, prefix = `${owner}/${repo}:`.toLowerCase(), own = repoKey(deps.repo), dropped = !1;
  for (let [key, entry] of deps.state.configs.entries())
    entry.files.some(
      (file) => file.name.toLowerCase().startsWith(prefix) && (paths === void 0 || paths.has(file.name.slice(prefix.length)))
    ) && (deps.state.configs.delete(key), key === own && (dropped = !0));
  return dropped;
}
function parseConfigText(text) {
  try {
    return {
      ok: !0,
      config: parseConfig(text, CONFIG_PATH),
      fromFile: !0,
      files: [CONFIG_PATH]
    };
  } catch (error) {
    if (error instanceof ConfigError)
      return { ok: !1, error, checkName: checkNameOf(text) };
    throw error;
  }
}
async function parsePullConfigText(text, repo) {
  let parsed = parseConfigText(text), value = parsed.ok ? parsed.config._extends : void 0;
  if (value === void 0 || await extendsTarget(repo, CONFIG_PATH, value)) return parsed;
  let layer = readConfigLayer(CONFIG_PATH, text, CONFIG_PATH);
  return {
    ok: !1,
    error: extendsError([layer], layer, invalidExtends(value)),
    checkName: checkNameOf(text)
  };
}
function checkNameOf(text) {
  return checkNameIn(text) ?? DEFAULT_CHECK_NAME;
}
var DEFAULT_CHECK_NAME = "required-check";
function checkNameIn(text) {
  let head = text.length > CONFIG_LIMIT.bytes ? text.slice(0, text.lastIndexOf(`
`, CONFIG_LIMIT.bytes) + 1) : text;
  try {
    let name = (0, import_yaml.parse)(head, { maxAliasCount: 100, uniqueKeys: !1 })?.check?.name;
    return typeof name == "string" && name.trim() !== "" && name.length <= 100 ? name : void 0;
  } catch {
    return;
  }
}
async function readChain(deps, cached) {
  let before = new Map((cached?.files ?? []).map((file) => [file.name, file])), etags = new Map(
    [...before.values()].flatMap((file) => file.etag ? [[file.name, file.etag]] : [])
  ), layers = /* @__PURE__ */ new Map(), reads = [], unparsed, problem;
  try {
    reads.push(
      ...await deps.gh.readConfigFiles(CONFIG_PATH, {
        ref: deps.repo.defaultBranch,
        etags,
        maxExtends: CONFIG_EXTENDS_LIMIT,
        extendsOf(file) {
          if (file.answer.kind === "not-modified") return before.get(file.name)?.extends;
          if (file.answer.kind === "found")
            try {
              let layer = readConfigLayer(file.name, file.answer.text, localPath(deps, file));
              return layers.set(file.name, layer), layer.extends?.value;
            } catch (error) {
              if (!(error instanceof ConfigError)) throw error;
              unparsed ??= error;
              return;
            }
        }
      })
    );
  } catch (error) {
    if (!(error instanceof ConfigChainError)) throw error;
    reads.push(...error.files), problem = error;
  }
  return { reads, layers, problem: unparsed ?? problem };
}
function unchanged(chain, cached) {
  return chain.reads.length === cached.files.length && chain.reads.every((read, i) => {
    let file = cached.files[i];
    return !file || file.name !== read.name ? !1 : file.missing ? read.answer.kind === "missing" : read.answer.kind === "not-modified";
  });
}
function cachedFiles(chain) {
  return chain.reads.map((read) => ({
    name: read.name,
    missing: read.answer.kind === "missing",
    etag: read.answer.kind === "found" ? read.answer.etag : void 0,
    extends: chain.layers.get(read.name)?.extends?.value
  }));
}
function loadedFrom(chain, deps) {
  let found = chain.reads.flatMap((read) => {
    let layer = chain.layers.get(read.name);
    return layer ? [layer] : [];
  }), failed = (error) => ({
    ok: !1,
    error,
    checkName: checkNameOfChain(chain)
  });
  if (chain.problem instanceof ConfigError) return failed(chain.problem);
  if (chain.problem instanceof ConfigChainError)
    return failed(chainError(chain.problem, found));
  let broken = chain.reads.findIndex(
    (read) => read.via === "extends" && read.answer.kind === "missing"
  );
  if (broken > 0) {
    let from = found.at(-1), target = chain.reads[broken];
    return failed(
      extendsError(
        found,
        from,
        `\`_extends: ${from.extends?.value}\` leads to ${target.name}, which does not exist or ${deps.gh.reader.who} cannot read; create it, correct \`_extends\`, or ${deps.gh.reader.grant} (pilot-gate does not fall back to the defaults, which may be looser)`
      )
    );
  }
  try {
    return { ok: !0, config: composeConfig(found), fromFile: found.length > 0, files: found.map((l) => l.name) };
  } catch (error) {
    if (error instanceof ConfigError) return failed(error);
    throw error;
  }
}
function chainError(problem, found) {
  let from = found.at(-1), value = from.extends?.value ?? "", path = [...found.map((layer) => layer.name), problem.target ?? `\`_extends: ${value}\``].join(" → ");
  switch (problem.kind) {
    case "loop":
      return extendsError(
        found,
        from,
        `\`_extends\` leads back to a file already read: ${path}; extend a config that does not extend this one`
      );
    case "too-long":
      return extendsError(
        found,
        from,
        `the config extends more than ${CONFIG_EXTENDS_LIMIT} files (${path}); pilot-gate follows \`_extends\` at most ${CONFIG_EXTENDS_LIMIT} times, so extend the base config more directly`
      );
    case "invalid":
      return extendsError(found, from, invalidExtends(value));
  }
}
function invalidExtends(value) {
  return `\`_extends: ${value}\` names no repository or file: write \`repo\`, \`owner/repo\` (that repository's ${CONFIG_PATH}) or \`owner/repo:path/to/file.yml\` (.yml or .yaml)`;
}
function checkNameOfChain(chain) {
  for (let read of chain.reads) {
    if (read.answer.kind !== "found") continue;
    let name = checkNameIn(read.answer.text);
    if (name !== void 0) return name;
  }
  return DEFAULT_CHECK_NAME;
}
function localPath(deps, file) {
  return file.owner.toLowerCase() === deps.repo.owner.toLowerCase() && file.repo.toLowerCase() === deps.repo.repo.toLowerCase() ? file.path : void 0;
}

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
    reconcileIntervalSeconds: readWhole(env, "PILOT_GATE_RECONCILE_INTERVAL", 0, 0, 604800),
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

// engine/verdict/check-runs.ts
import { createHash } from "node:crypto";

// core/write-plan.ts
function describeCheckRun(write) {
  let { body } = write;
  return `${write.update === void 0 ? "create" : "update"} check run "${body.name}" on ${write.sha}: ${body.conclusion}, "${body.title}", ${body.annotations.length} annotation(s)`;
}
function describeWrite(write) {
  switch (write.kind) {
    case "check-run":
      return describeCheckRun(write);
    case "add-labels":
      return write.labels.map((label) => `add label ${label} to #${write.issue}`).join("; ");
    case "remove-label":
      return `remove label ${write.label} from #${write.issue}`;
    case "create-comment":
      return `comment on #${write.issue}`;
    case "update-comment":
      return `update comment ${write.comment}`;
    case "reaction":
      return `react ${write.content} to comment ${write.comment}`;
    case "create-issue":
      return `open issue "${write.title}"${write.labels.length > 0 ? ` labelled ${write.labels.join(", ")}` : ""}`;
    case "update-issue":
      return `${write.close ? "close" : "update"} issue #${write.issue}`;
    case "protection":
      return `${write.writes.length} protection write(s)`;
  }
}

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
  let failing = checkRun.conclusion === "failure", streak = { before, failures: failing ? before + 1 : 0 }, limit = config.incidents.consecutive_failures, summary = checkRun.summary;
  return streak.failures >= limit && (summary += `

### 🚨 Escalated: failed on ${streak.failures} commits in a row

${codeSpan(checkRun.name)} has failed on the last ${streak.failures} commits of this PR (limit ${limit}, \`incidents.consecutive_failures\`), so an escalation issue is open for it.`), { checkRun: { ...checkRun, summary: withStreak(summary, streak) }, streak };
}
function escalationLabelFor(config, streak, previous) {
  let limit = config.incidents.consecutive_failures, level = config.incidents.escalation[0];
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
  let level = config.incidents.escalation[0];
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
function withReceipts(summary, receipts, limit = GITHUB_TEXT_LIMIT, shown) {
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
    let known2 = deps.state.checkRuns.get(key);
    if (known2) return known2;
  }
  let appId = await deps.gh.appId(), runs = await deps.gh.listCheckRuns(sha, name, appId), latest = runs[0];
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
    summary: withReceipts(planned.summary, receipts, GITHUB_TEXT_LIMIT, planned.shown),
    ...planned.text !== void 0 ? { text: planned.text } : {},
    annotations: planned.annotations,
    actions: planned.actions
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
      executed.push({ write, made: !0, ...await make(deps.gh, write) });
      continue;
    }
    let answer = {}, made = await followUp(deps, write.what, async () => {
      answer = await make(deps.gh, write);
    });
    executed.push({ write, made, ...answer });
  }
  return executed;
}
async function make(gh, write) {
  switch (write.kind) {
    case "check-run":
      return write.update === void 0 ? { id: await gh.createCheckRun(write.sha, write.body) } : (await gh.updateCheckRun(write.update, write.body), {});
    case "add-labels":
      return await gh.addLabels(write.issue, write.labels), {};
    case "remove-label":
      return await gh.removeLabel(write.issue, write.label), {};
    case "create-comment":
      return await gh.createComment(write.issue, write.body), {};
    case "update-comment":
      return await gh.updateComment(write.comment, write.body), {};
    case "reaction":
      return await gh.addReaction(write.comment, write.content), {};
    case "create-issue":
      return { id: await gh.createIssue(write.title, write.body, write.labels) };
    case "update-issue":
      return await gh.updateIssue(write.issue, write.body, { close: write.close === !0 }), {};
    case "protection":
      return { outcomes: await gh.writeProtection({ writes: write.writes }) };
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

// engine/incidents/issues.ts
function toIncidents(items, config) {
  let byNumber = /* @__PURE__ */ new Map();
  for (let item of items) {
    if (item.isPull || byNumber.has(item.number)) continue;
    let incident = toIncident(item, config.incidents, config.ids.pattern);
    incident && byNumber.set(item.number, incident);
  }
  return [...byNumber.values()];
}
async function announceEscalation(deps, number, escalation, dryRun) {
  let { body, label, mention } = escalation;
  if (dryRun) {
    deps.log.info(
      { number, label, mention, body },
      `dry run: would comment on #${number} and add the label ${label}`
    );
    return;
  }
  await deps.gh.createComment(number, body);
  try {
    await deps.gh.addLabels(number, [label]);
  } catch (error) {
    throw new CannotEvaluateError(
      `${failureReason(error)}; the escalation comment on #${number} was posted, so the next event or sweep posts it again before it adds ${label}`
    );
  }
}
function recordOf(item) {
  return item.author.type === "Bot" ? readFreezeRecord(item.body) : void 0;
}

export {
  KeyedQueue,
  readThrough,
  createState,
  appLabelKey,
  labelWriteKey,
  repoKey,
  issueKey,
  pullKey,
  loadRepoConfig,
  forgetRepoConfig,
  forgetConfigsReading,
  parsePullConfigText,
  readAppOptions,
  isDryRun,
  executePlan,
  followUp,
  streakBefore,
  withFailureStreak,
  escalationLabelFor,
  escalationWrite,
  mergeReceipts,
  findKnownCheckRun,
  rememberedCheckRun,
  verdictWrites,
  rememberWrites,
  applyPlan,
  failureReason,
  postEvaluationError,
  toIncidents,
  announceEscalation,
  recordOf
};
