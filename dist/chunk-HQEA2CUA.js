import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  tokenClient
} from "./chunk-M7KZ5GNS.js";
import {
  readManifest,
  runFolder
} from "./chunk-4VAZZWA6.js";
import {
  repositoryOf
} from "./chunk-NPJITCEG.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  closest,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import "./chunk-NFE4XZOK.js";
import "./chunk-IDXLIXZT.js";
import {
  executePlan
} from "./chunk-4GTL7U6X.js";
import {
  DEFAULT_EVIDENCE_BRANCH,
  GitDataError
} from "./chunk-AN4NO4AL.js";
import "./chunk-KG6TQEDJ.js";
import "./chunk-GY54ZMGU.js";
import "./chunk-PPUIZ7VU.js";
import {
  GitHubApiError
} from "./chunk-T2NOWLVF.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import {
  displayPath,
  readOptionalFile,
  readTextFile
} from "./chunk-SSP7UEET.js";
import "./chunk-EYTOIYXU.js";
import {
  ISO_INSTANT,
  RECORDS_FILE,
  SCENARIO_RESULTS,
  appendRecord,
  resolveScenario
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  ISSUE_BODY_CHARS,
  codeSpan,
  external_exports,
  handle,
  inertText
} from "./chunk-VUTGOOYN.js";
import {
  ISSUE_EVENT_LIMIT,
  RECORDS_LIMIT,
  RECORD_ERROR_LIMIT,
  utf8Length
} from "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/pilot/record.ts
import { appendFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// core/gates/pilot/scenario-form.ts
var SCENARIO_FORM_LABEL = "pilot-scenario", SCENARIO_FORM_HEADINGS = {
  client: "Client",
  scenario: "Scenario",
  result: "Result",
  error: "Error",
  at: "When"
}, RECORDING_ASSOCIATIONS = ["OWNER", "MEMBER", "COLLABORATOR"], NO_RESPONSE = "_No response_", scenarioIssueEventSchema = external_exports.object({
  action: external_exports.string(),
  issue: external_exports.object({
    number: external_exports.number().int().positive(),
    body: external_exports.string().nullable(),
    state: external_exports.string(),
    html_url: external_exports.string(),
    author_association: external_exports.string(),
    user: external_exports.object({ login: external_exports.string() }),
    labels: external_exports.array(external_exports.object({ name: external_exports.string() })).optional()
  }),
  repository: external_exports.object({ full_name: external_exports.string() })
});
function mayRecord(association) {
  return RECORDING_ASSOCIATIONS.includes(association);
}
function formAnswers(body) {
  let answers = /* @__PURE__ */ new Map(), heading, lines = [], close = () => {
    if (heading === void 0 || answers.has(heading)) return;
    let text = lines.join(`
`).trim();
    answers.set(heading, text === NO_RESPONSE ? "" : text);
  };
  for (let line of body.replace(/\r\n?/g, `
`).split(`
`)) {
    let found = /^###[ \t]+(.+?)[ \t]*$/.exec(line);
    found ? (close(), heading = found[1], lines = []) : lines.push(line);
  }
  return close(), answers;
}
function recordFromForm(body, context) {
  let text = body ?? "";
  if (text.length > ISSUE_BODY_CHARS)
    return {
      ok: !1,
      problems: [
        `the issue body is over ${ISSUE_BODY_CHARS} characters, which no pilot-scenario form writes; open the issue with the form`
      ]
    };
  let answers = formAnswers(text), problems = [], answer = (field) => {
    let value = answers.get(SCENARIO_FORM_HEADINGS[field]);
    if (value === void 0 && field !== "error")
      problems.push(
        `the section "### ${SCENARIO_FORM_HEADINGS[field]}" is missing; open the issue with the Pilot scenario result form`
      );
    else if (value === "" && field !== "error") {
      problems.push(`${SCENARIO_FORM_HEADINGS[field]} is empty; fill it in`);
      return;
    }
    return value;
  }, client = answer("client"), scenarioName = answer("scenario"), resultText = answer("result"), error = answer("error") ?? "", atText = answer("at");
  client !== void 0 && !context.clients.includes(client) && problems.push(
    `Client "${client}" is not a client of pilot.yml; write one of: ${context.clients.join(", ")}`
  );
  let scenario;
  if (scenarioName !== void 0)
    try {
      scenario = resolveScenario(scenarioName, context.script);
    } catch (failure) {
      problems.push(`Scenario: ${failure.message}`);
    }
  let result = resultText?.toLowerCase();
  resultText !== void 0 && !SCENARIO_RESULTS.includes(result ?? "") && problems.push(`Result "${resultText}" is neither pass nor fail`), result === "fail" && error === "" && problems.push("Error is empty but the result is fail: say what went wrong"), result === "pass" && error !== "" && problems.push("Error is filled in but the result is pass: empty it, or choose fail"), utf8Length(error) > RECORD_ERROR_LIMIT.bytes && problems.push(
    `Error is ${utf8Length(error)} bytes, over the ${RECORD_ERROR_LIMIT.bytes}-byte limit: ${RECORD_ERROR_LIMIT.advice}`
  );
  let at;
  if (atText !== void 0) {
    let date = new Date(atText);
    !ISO_INSTANT.test(atText) || Number.isNaN(date.getTime()) ? problems.push(
      `When "${atText}" is not a date-time with its offset; write it in ISO 8601 with Z or an offset, e.g. 2026-06-02T14:30:00Z`
    ) : date.getTime() > context.now.getTime() ? problems.push(`When ${atText} is in the future; check the date and the time zone offset`) : at = date.toISOString();
  }
  return problems.length > 0 || client === void 0 || scenario === void 0 || at === void 0 ? { ok: !1, problems } : {
    ok: !0,
    fields: {
      at,
      client,
      scenario,
      result,
      ...result === "fail" ? { error } : {},
      source: { issue: context.issue }
    }
  };
}
function renderOutsiderComment(login, association) {
  return [
    `Nothing was recorded: ${handle(login)} has no write access to this repository (author association ${codeSpan(association)}).`,
    "Only owners, members and collaborators may file pilot scenario records, so a report from outside never moves the pilot's success rate.",
    "A maintainer who confirms the run may record it with `pilot-gate pilot record`, or file it with the form."
  ].join(`

`);
}
function renderFormProblemsComment(problems) {
  return [
    "Nothing was recorded. Fix these in the issue (edit it: the edit is read again):",
    problems.map((problem) => `- ${inertText(problem)}`).join(`
`)
  ].join(`

`);
}
function renderReceiptComment(record, where) {
  return [
    `Recorded ${codeSpan(record.result)} of ${codeSpan(record.scenario)} for ${codeSpan(record.client)} at ${codeSpan(record.at)}.`,
    `- record digest ${codeSpan(record.digest)}`,
    `- in ${codeSpan(where.path)} on the ${codeSpan(where.branch)} branch (commit ${codeSpan(where.commit)})`,
    "",
    "Readiness counts it from the next pilot cycle. The record is kept once per issue: editing or reopening this issue adds no second record."
  ].join(`
`);
}

// engine/pilot/records.ts
function recordWrite(target, fields) {
  let from = fields.source ? ` (issue #${fields.source.issue})` : "";
  return {
    kind: "commit-files",
    branch: target.branch,
    folder: target.folder,
    files: /* @__PURE__ */ new Map(),
    message: `pilot record: ${fields.result} of "${fields.scenario}" for ${fields.client}${from}`,
    record: fields,
    failure: "fails-event",
    what: `append the record to ${target.folder}/${RECORDS_FILE} on ${target.branch}`
  };
}
async function commitRecord(deps, target, fields, { dryRun }) {
  let [executed] = await executePlan(deps, [recordWrite(target, fields)], { dryRun });
  return executed?.commit;
}
async function recordFromIssue(deps, event, context, { dryRun }) {
  let { issue } = event;
  if (!(issue.labels ?? []).some((label) => label.name === SCENARIO_FORM_LABEL))
    return { outcome: "skipped", reason: `#${issue.number} has no ${SCENARIO_FORM_LABEL} label` };
  let comment = (body, what) => ({
    kind: "create-comment",
    issue: issue.number,
    body,
    failure: "fails-event",
    what
  });
  if (!mayRecord(issue.author_association)) {
    if (event.action !== "opened")
      return { outcome: "refused", reason: "outsider", problems: [], made: !1 };
    let [done] = await executePlan(
      deps,
      [
        comment(
          renderOutsiderComment(issue.user.login, issue.author_association),
          `refuse #${issue.number}`
        )
      ],
      { dryRun }
    );
    return { outcome: "refused", reason: "outsider", problems: [], made: done?.made ?? !1 };
  }
  let form = recordFromForm(issue.body, { ...context, issue: issue.number });
  if (!form.ok) {
    let [done] = await executePlan(
      deps,
      [comment(renderFormProblemsComment(form.problems), `list what to fix on #${issue.number}`)],
      { dryRun }
    );
    return {
      outcome: "refused",
      reason: "invalid",
      problems: form.problems,
      made: done?.made ?? !1
    };
  }
  let commit = await commitRecord(deps, context, form.fields, { dryRun }), committed = commit?.record;
  if (commit === void 0 || committed === void 0)
    return { outcome: "recorded", fields: form.fields, answered: !1 };
  let outcome = committed.kind === "present" ? "present" : "recorded";
  if (committed.kind === "present" && (await deps.gh.getIssue(issue.number)).state === "closed")
    return { outcome, fields: form.fields, record: committed.record, commit, answered: !1 };
  let receipt = renderReceiptComment(committed.record, {
    branch: context.branch,
    path: `${context.folder}/${RECORDS_FILE}`,
    commit: commit.sha
  });
  return await executePlan(
    deps,
    [
      comment(receipt, `post the receipt on #${issue.number}`),
      {
        kind: "update-issue",
        issue: issue.number,
        close: !0,
        failure: "fails-event",
        what: `close #${issue.number}`,
        afterFailure: "the record and its receipt are in; close the issue by hand"
      }
    ],
    { dryRun }
  ), { outcome, fields: form.fields, record: committed.record, commit, answered: !0 };
}

// cli/commands/pilot/record.ts
var OPTIONS = {
  client: { type: "string" },
  scenario: { type: "string" },
  result: { type: "string" },
  error: { type: "string" },
  at: { type: "string" },
  dir: { type: "string", default: "." },
  run: { type: "string" },
  config: { type: "string" },
  commit: { type: "boolean", default: !1 },
  "from-issue": { type: "string" },
  branch: { type: "string", default: DEFAULT_EVIDENCE_BRANCH },
  repo: { type: "string" },
  "dry-run": { type: "boolean", default: !1 },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, { "dry-run": _dryRun, branch: _branch, repo: _repo, ...LOCAL_OPTIONS } = OPTIONS, COMMIT_TOKEN_NEEDS = "Contents: Read and write on the repository (the workflow's GITHUB_TOKEN with contents: write), and Issues: Read and write with --from-issue";
async function runPilotRecord(args, io) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.pilot), 0;
  if (values["from-issue"] !== void 0) {
    let given = ["client", "scenario", "result", "error", "at"].filter(
      (name) => values[name] !== void 0
    );
    if (given.length > 0)
      throw new ArgumentError(
        `--from-issue takes the record from the issue, so --${given[0]} cannot be given with it`,
        "drop the record's options, or drop --from-issue"
      );
    return runFromIssue(values["from-issue"], values, io);
  }
  values.commit || parseOrExplain(
    Object.keys(LOCAL_OPTIONS),
    () => parseArgs({ args, options: LOCAL_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  let result = parseResult(values.result), error = parseError(result, values.error), now = io.now?.() ?? /* @__PURE__ */ new Date(), at = parseAt(values.at, now), { config } = await loadConfig(io.cwd, values.config), { manifest, path: manifestPath } = await readManifest(io.cwd, values.dir), client = (values.client ?? "").trim(), names = manifest.clients.map((c) => c.name);
  if (!names.includes(client)) {
    let near = client === "" ? void 0 : closest(client, names) ?? names.find((name) => name.toLowerCase().startsWith(client.toLowerCase()));
    throw new ArgumentError(
      client === "" ? "--client is required" : `--client "${client}" is not a client of ${displayPath(io.cwd, manifestPath)}`,
      `${near ? `did you mean --client "${near}"? ` : ""}the clients are: ${names.join(", ")}`
    );
  }
  if ((values.scenario ?? "").trim() === "")
    throw new ArgumentError(
      "--scenario is required",
      `pass a scenario of pilot.script, e.g. --scenario ${JSON.stringify(config.pilot.script[0])}`
    );
  let scenario = resolveScenario(values.scenario ?? "", config.pilot.script), folder = await runFolder(io.cwd, { run: values.run, dir: values.dir }), fields = {
    at,
    client,
    scenario,
    result,
    ...error !== void 0 ? { error } : {}
  };
  if (values.commit) {
    let target = { branch: values.branch, folder: repositoryPath(io.cwd, folder) }, { deps, repository } = commitDeps(io, values.repo), commit = await explainCommit(
      repository,
      () => commitRecord(deps, target, fields, { dryRun: values["dry-run"] })
    ), committed = commit?.record;
    return report(io, values.json, {
      file: `${target.folder}/${RECORDS_FILE}`,
      branch: target.branch,
      repository,
      record: committed?.record,
      commit: commit?.sha,
      count: committed?.count,
      planned: fields
    }), 0;
  }
  let file = join(folder, RECORDS_FILE), shown = displayPath(io.cwd, file), text = await readOptionalFile(file, RECORDS_LIMIT, shown) ?? "", appended = appendRecord(text, fields, shown);
  if (appended.kind === "present")
    throw new Error("a record typed at the terminal has no source issue");
  return await appendFile(file, appended.text.slice(text.length)), report(io, values.json, {
    file: shown,
    record: appended.record,
    count: appended.count,
    planned: fields
  }), 0;
}
function report(io, json, done) {
  let on = done.branch === void 0 ? "" : ` on ${done.branch} in ${done.repository}`;
  if (json) {
    let { planned, ...rest } = done;
    io.stdout.write(
      `${JSON.stringify(done.record === void 0 ? { ...rest, dry_run: !0, planned } : rest, null, 2)}
`
    );
    return;
  }
  let { result, scenario, client, at } = done.planned;
  if (done.record === void 0) {
    io.stdout.write(
      `Dry run: nothing was committed; would append ${result} of "${scenario}" for ${client} at ${at} to ${done.file}${on}
`
    );
    return;
  }
  let commit = done.commit === void 0 ? "" : `, commit ${done.commit}`;
  io.stdout.write(
    `recorded ${result} of "${scenario}" for ${client} at ${at} in ${done.file}${on} (${done.count} record(s), digest ${done.record.digest}${commit})
`
  );
}
function repositoryPath(cwd, folder) {
  let path = relative(resolve(cwd), folder);
  if (path === "" || path.startsWith("..") || isAbsolute(path))
    throw new UsageError(
      `the run folder ${folder} is not inside this directory; run pilot-gate pilot record --commit from the repository root, where pilot.yml's pilots/ folder is`
    );
  return path.split(sep).join("/");
}
function commitDeps(io, repo) {
  let repository = repositoryOf(repo ?? io.env.GITHUB_REPOSITORY), client;
  return {
    deps: {
      get gh() {
        return client ??= tokenClient(
          io,
          repository,
          {
            unset: "GITHUB_TOKEN is not set, so the record cannot be committed",
            hint: `export GITHUB_TOKEN (in a workflow, github.token) with ${COMMIT_TOKEN_NEEDS}, or pass --dry-run`
          },
          "workflow"
        ), client;
      },
      // The dry run's words are printed from what the executor did, and
      // every write here fails the command, so the log has nothing to add.
      log: { debug() {
      }, info() {
      }, warn() {
      }, error() {
      } }
    },
    repository: `${repository.owner}/${repository.repo}`
  };
}
async function explainCommit(repository, work) {
  try {
    return await work();
  } catch (error) {
    throw error instanceof GitDataError ? new UsageError(`${error.message} (${repository})`) : error instanceof GitHubApiError ? new UsageError(
      `cannot record in ${repository}: ${error.reason}. The token needs ${COMMIT_TOKEN_NEEDS}; nothing is recorded twice when you re-run.`
    ) : error;
  }
}
async function runFromIssue(path, values, io) {
  let text = await readTextFile(
    io.cwd,
    path,
    " (--from-issue: the issues event payload, GITHUB_EVENT_PATH)",
    ISSUE_EVENT_LIMIT
  ), json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `--from-issue ${path} is not JSON (${error.message}); ${ISSUE_EVENT_LIMIT.advice}`
    );
  }
  let parsed = scenarioIssueEventSchema.safeParse(json);
  if (!parsed.success) {
    let issue = parsed.error.issues[0];
    throw new UsageError(
      `--from-issue ${path} is not an issues event payload (${issue?.path.join(".") || "top level"}: ${issue?.message}); ${ISSUE_EVENT_LIMIT.advice}`
    );
  }
  let event = parsed.data, { config } = await loadConfig(io.cwd, values.config), { manifest } = await readManifest(io.cwd, values.dir), folder = await runFolder(io.cwd, { run: values.run, dir: values.dir }), target = { branch: values.branch, folder: repositoryPath(io.cwd, folder) }, { deps, repository } = commitDeps(io, values.repo ?? event.repository.full_name), outcome = await explainCommit(
    repository,
    () => recordFromIssue(
      deps,
      event,
      {
        ...target,
        clients: manifest.clients.map((client) => client.name),
        script: config.pilot.script,
        now: io.now?.() ?? /* @__PURE__ */ new Date()
      },
      { dryRun: values["dry-run"] }
    )
  ), number = event.issue.number;
  return values.json ? io.stdout.write(
    `${JSON.stringify({ issue: number, repository, dry_run: values["dry-run"], ...outcomeJson(outcome) }, null, 2)}
`
  ) : io.stdout.write(`${outcomeText(number, outcome)}
`), outcome.outcome === "refused" ? 1 : 0;
}
function outcomeJson(outcome) {
  return outcome.outcome !== "recorded" && outcome.outcome !== "present" ? outcome : {
    outcome: outcome.outcome,
    record: outcome.record ?? null,
    planned: outcome.fields,
    commit: outcome.commit?.sha ?? null,
    answered: outcome.answered
  };
}
function outcomeText(number, outcome) {
  switch (outcome.outcome) {
    case "skipped":
      return `nothing to record: ${outcome.reason}`;
    case "refused": {
      let would = outcome.made ? "posted" : "would post";
      return outcome.reason === "outsider" ? `refused #${number}: its author has no write access; nothing was recorded (${would} a comment saying so)` : `refused #${number}: ${outcome.problems.join("; ")}; nothing was recorded (${would} a comment listing what to fix)`;
    }
    default: {
      let { result, scenario, client } = outcome.fields;
      return outcome.record === void 0 ? `Dry run: nothing was committed; would record ${result} of "${scenario}" for ${client} from #${number}, post the receipt and close it` : `${outcome.outcome === "present" ? `#${number} was already recorded (digest ${outcome.record.digest}); no second record` : `recorded ${result} of "${scenario}" for ${client} from #${number} (digest ${outcome.record.digest}, commit ${outcome.commit?.sha})`}${outcome.answered ? "; posted the receipt and closed the issue" : "; the issue is closed, nothing more to do"}`;
    }
  }
}
function parseResult(value) {
  let result = (value ?? "").trim().toLowerCase();
  if (SCENARIO_RESULTS.includes(result)) return result;
  throw new ArgumentError(
    result === "" ? "--result is required" : `--result "${value}" is neither pass nor fail`,
    "pass --result pass or --result fail (with --error saying what went wrong)"
  );
}
function parseError(result, value) {
  let error = value?.trim() ?? "";
  if (result === "pass") {
    if (error !== "")
      throw new ArgumentError(
        "--error was given with --result pass",
        "record a failure with --result fail --error <text>, or drop --error"
      );
    return;
  }
  if (error === "")
    throw new ArgumentError(
      "--result fail needs --error",
      'say what went wrong, e.g. --error "proposal PDF returned 500"'
    );
  if (utf8Length(error) > RECORD_ERROR_LIMIT.bytes)
    throw new ArgumentError(
      `--error is ${utf8Length(error)} bytes, over the ${RECORD_ERROR_LIMIT.bytes}-byte limit`,
      RECORD_ERROR_LIMIT.advice
    );
  return error;
}
function parseAt(value, now) {
  if (value === void 0) return now.toISOString();
  let date = new Date(value);
  if (!ISO_INSTANT.test(value.trim()) || Number.isNaN(date.getTime()))
    throw new ArgumentError(
      `--at "${value}" is not a date-time with its offset`,
      "pass when the scenario ran in ISO 8601 with Z or an offset, e.g. --at 2026-06-02T14:30:00Z"
    );
  if (date.getTime() > now.getTime())
    throw new ArgumentError(
      `--at ${value} is in the future`,
      "record a scenario after it ran; check the date and the time zone offset"
    );
  return date.toISOString();
}
export {
  runPilotRecord
};
