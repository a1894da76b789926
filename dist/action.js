import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  judgeMergeGroup,
  judgePullRequest
} from "./chunk-M44ECB7Z.js";
import "./chunk-ZYQYMZGF.js";
import {
  createState
} from "./chunk-IDXLIXZT.js";
import {
  createActionsLog,
  octokitLog
} from "./chunk-PJMAPH23.js";
import {
  failureReason,
  postEvaluationError,
  rememberedCheckRun
} from "./chunk-4GTL7U6X.js";
import "./chunk-AN4NO4AL.js";
import {
  InputError,
  readRepository
} from "./chunk-TBC6GLOJ.js";
import {
  createTokenOctokit
} from "./chunk-PPUIZ7VU.js";
import {
  GitHubApiError,
  GitHubClient,
  isSecondaryRateLimit
} from "./chunk-T2NOWLVF.js";
import {
  debug,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-WOMMUHKQ.js";
import {
  renderMarkdown
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import {
  JOB_SUMMARY_BYTES,
  fitBytes,
  inertText
} from "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// actions/pull-request/main.ts
import { pathToFileURL } from "node:url";

// actions/pull-request/inputs.ts
var INPUTS = ["token", "dry-run", "app-slug"], OUTPUTS = ["verdict", "check-run-id"];
function inputEnvName(name) {
  return `INPUT_${name.toUpperCase().replace(/-/g, "_")}`;
}
function getInputs(env = process.env) {
  let token = (env[inputEnvName("token")] ?? "").trim();
  if (token === "")
    throw new InputError(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JavaScript template
      "The token input is empty: leave it unset to use the workflow's GITHUB_TOKEN, or pass an App token (token: ${{ steps.app-token.outputs.token }})."
    );
  let { owner, repo } = readRepository(env);
  return {
    token,
    dryRun: readBoolean(env, "dry-run", !1),
    appSlug: (env[inputEnvName("app-slug")] ?? "").trim() || "github-actions",
    eventName: runnerVariable(env, "GITHUB_EVENT_NAME"),
    eventPath: runnerVariable(env, "GITHUB_EVENT_PATH"),
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL ?? "").trim() || "https://api.github.com"
  };
}
function runnerVariable(env, name) {
  let value = (env[name] ?? "").trim();
  if (value === "")
    throw new InputError(
      `${name} is not set: pilot-gate runs as a step of a GitHub Actions workflow (uses: <owner>/pilot-gate@<ref>), which sets it.`
    );
  return value;
}
function readBoolean(env, name, fallback) {
  let raw = (env[inputEnvName(name)] ?? "").trim();
  if (raw === "") return fallback;
  if (["true", "True", "TRUE"].includes(raw)) return !0;
  if (["false", "False", "FALSE"].includes(raw)) return !1;
  throw new InputError(`The ${name} input is "${raw}", not a boolean: set it to true or false.`);
}

// actions/pull-request/events.ts
import { readFile } from "node:fs/promises";
var SUPPORTED_EVENTS = {
  pull_request: [
    "opened",
    "edited",
    "synchronize",
    "reopened",
    "ready_for_review",
    "labeled",
    "unlabeled"
  ],
  pull_request_target: [
    "opened",
    "edited",
    "synchronize",
    "reopened",
    "ready_for_review",
    "labeled",
    "unlabeled"
  ],
  pull_request_review: ["submitted", "dismissed"],
  merge_group: ["checks_requested"]
}, UnsupportedEventError = class extends InputError {
  constructor(eventName) {
    super(
      `pilot-gate judges pull requests, and this workflow ran on "${eventName}". Trigger it on ${describeEvents()}, e.g.

on:
  pull_request:
    types: [${SUPPORTED_EVENTS.pull_request.join(", ")}]
  pull_request_review:
    types: [${SUPPORTED_EVENTS.pull_request_review.join(", ")}]
  merge_group:`
    );
  }
};
function describeEvents() {
  return Object.entries(SUPPORTED_EVENTS).map(([name, types]) => `${name} (${types.join(", ")})`).join(", ");
}
async function readEvent(eventName, eventPath, repository) {
  if (!(eventName in SUPPORTED_EVENTS)) throw new UnsupportedEventError(eventName);
  let payload;
  try {
    payload = JSON.parse(await readFile(eventPath, "utf8"));
  } catch (error) {
    throw new InputError(
      `Could not read the ${eventName} event's payload from GITHUB_EVENT_PATH (${eventPath}): ${error instanceof Error ? error.message : String(error)}`
    );
  }
  let types = SUPPORTED_EVENTS[eventName], action = String(payload?.action ?? "");
  if (!types.includes(action))
    return {
      kind: "skip",
      name: `${eventName}.${action}`,
      why: `pilot-gate does not judge ${eventName}.${action} (only ${types.join(", ")}); the check from the PR's last judged event stands`
    };
  let name = `${eventName}.${action}`, repo = repoContextOf(payload, repository);
  if (eventName === "merge_group") {
    let group = payload.merge_group;
    if (typeof group?.head_sha != "string" || typeof group?.head_ref != "string")
      throw new InputError(
        `The ${name} payload has no merge_group head: is it a merge_group event?`
      );
    return { kind: "merge_group", name, group, repo };
  }
  if (typeof payload.pull_request?.head?.sha != "string")
    throw new InputError(`The ${name} payload has no pull_request: is it a ${eventName} event?`);
  return { kind: "pull_request", name, payload, repo };
}
function repoContextOf(payload, repository) {
  let defaultBranch = payload?.repository?.default_branch;
  if (typeof defaultBranch != "string" || defaultBranch === "")
    throw new InputError(
      "The event's payload names no repository default branch, where pilot-gate reads .github/pilot-gate.yml."
    );
  return {
    owner: repository.owner,
    repo: repository.repo,
    defaultBranch,
    ownerIsOrg: payload.repository.owner?.type === "Organization"
  };
}
function forkOf(event) {
  if (event.kind !== "pull_request") return;
  let pull = event.payload.pull_request, head = pull?.head?.repo?.full_name, base = pull?.base?.repo?.full_name;
  return typeof head == "string" && typeof base == "string" && head !== base ? head : void 0;
}

// actions/pull-request/report.ts
function verdictMarkdown(plan, verdict) {
  if (plan.checkRun) {
    let { summary: summary2, text } = plan.checkRun;
    return text ? `${summary2.trimEnd()}

${text}` : summary2;
  }
  return verdict ? renderMarkdown(verdict) : "";
}
function plannedWrites(plan, { checkRunWritten = !1 } = {}) {
  return [
    ...plan.checkRun && !checkRunWritten ? [`the ${plan.checkRun.name} check run (${plan.checkRun.conclusion})`] : [],
    ...plan.labels.add.map((label) => `the ${label} label (add)`),
    ...plan.labels.remove.map((label) => `the ${label} label (remove)`)
  ];
}
function jobSummary(parts) {
  let text = `${parts.map((part) => part.trim()).filter(Boolean).join(`

`)}
`;
  return fitBytes(text, JOB_SUMMARY_BYTES);
}
function listInWords(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
function readOnlyWarning(options) {
  return `> [!WARNING]
> ${inertText(readOnlyExplanation(options))}`;
}
function evaluationErrorSummary(reason) {
  return `## ❌ pilot-gate could not evaluate this PR

${inertText(reason)}`;
}
function readOnlyExplanation(options) {
  let head = `pilot-gate could not write ${listInWords(options.notWritten) || "its verdict"}: GitHub refused the write (403), the token is read-only here.`;
  return options.fork ? `${head} This PR comes from the fork ${options.fork}, and GitHub gives workflows that run on a fork's pull_request and pull_request_review events a read-only GITHUB_TOKEN. The verdict is reported in this job's summary only. To publish it as a check on fork PRs, run the workflow on pull_request_target (the gate reads the PR through the API and never runs its code) or use the pilot-gate GitHub App.` : `${head} Grant the job "permissions: checks: write, pull-requests: write, contents: read", or pass a token that has them.`;
}

// actions/pull-request/run.ts
var WRITE_ROUTES = /* @__PURE__ */ new Set([
  "POST /repos/{owner}/{repo}/check-runs",
  "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
]);
async function runAction(inputs, options = {}) {
  let repository = { owner: inputs.owner, repo: inputs.repo }, event = await readEvent(inputs.eventName, inputs.eventPath, repository);
  if (event.kind === "skip") {
    info(`Nothing to judge: ${event.why}.`);
    return;
  }
  setSecret(inputs.token);
  let octokit = createTokenOctokit({
    token: inputs.token,
    baseUrl: inputs.apiUrl,
    userAgent: "pilot-gate-action/0.1.0",
    log: octokitLog,
    retries: options.retries
  }), deps = {
    gh: new GitHubClient(octokit, repository, { appSlug: inputs.appSlug }),
    state: createState({
      dryRun: inputs.dryRun,
      // One event per process: nothing to cache between events.
      configCacheSeconds: 0,
      now: options.now ?? (() => /* @__PURE__ */ new Date()),
      checkRunButtons: !1,
      // Workflow runs of one PR can finish out of order: judge the PR as it is now.
      freshPulls: "always"
    }),
    log: createActionsLog(),
    repo: event.repo,
    followUpErrors: []
  }, scope = {}, outcome;
  try {
    outcome = event.kind === "merge_group" ? await judgeMergeGroup(deps, scope, event.group) : await judgePullRequest(deps, scope, event.payload);
  } catch (error) {
    await reportFailure(deps, scope, event, error);
    return;
  }
  debug(`${event.name}: ${deps.gh.requests} request(s) to GitHub`);
  let refused = deps.followUpErrors?.find(isRefusedWrite);
  if (refused) {
    await reportFailure(deps, scope, event, refused);
    return;
  }
  await reportOutcome(deps, scope, outcome);
}
async function reportOutcome(deps, scope, outcome) {
  if (outcome.status === "ignored") {
    info(`Nothing to judge: ${outcome.why}.`);
    return;
  }
  let { plan } = outcome, verdict = outcome.status === "published" ? outcome.verdict : void 0;
  setOutput2("verdict", verdict?.status ?? "no_merge");
  let planned = outcome.applied === "planned", checkRunId = planned ? void 0 : writtenCheckRunId(deps, scope);
  checkRunId !== void 0 && setOutput2("check-run-id", String(checkRunId));
  let writes = plannedWrites(plan), sha = (scope.checkSha ?? "").slice(0, 7), footer = writes.length === 0 ? "_No check posted: drafts are skipped (check.drafts: skip)._" : planned ? `_Dry run: nothing was written to GitHub; planned: ${inertText(listInWords(writes))} on \`${sha}\`._` : outcome.applied === "none" ? `_The ${inertText(plan.checkRun?.name ?? "")} check run on \`${sha}\` already shows this verdict, so it was not written again._` : `_pilot-gate wrote ${inertText(listInWords(writes))} on \`${sha}\`._`;
  if (await writeSummary([verdictMarkdown(plan, verdict), footer]), !(plan.checkRun?.conclusion === "failure")) return;
  let title = plan.checkRun?.title ?? "NO_MERGE";
  if (planned) {
    warning(`Dry run: ${title}. Without dry run this step would fail.`);
    return;
  }
  setFailed(
    `${title}. What to fix is in the job summary and the ${plan.checkRun?.name} check.`
  );
}
async function reportFailure(deps, scope, event, error) {
  if (isRefusedWrite(error)) {
    let judged = scope.judged, checkRunId = writtenCheckRunId(deps, scope), notWritten = judged ? plannedWrites(judged.plan, { checkRunWritten: checkRunId !== void 0 }) : [], explanation = readOnlyExplanation({ notWritten, fork: forkOf(event) });
    judged && (setOutput2("verdict", judged.verdict?.status ?? "no_merge"), checkRunId !== void 0 && setOutput2("check-run-id", String(checkRunId))), await writeSummary([
      judged ? verdictMarkdown(judged.plan, judged.verdict) : "",
      readOnlyWarning({ notWritten, fork: forkOf(event) })
    ]);
    let title = judged?.plan.checkRun?.title;
    setFailed(title ? `${title}. ${explanation}` : explanation);
    return;
  }
  let reason = failureReason(error);
  debug(error instanceof Error ? error.stack ?? error.message : String(error)), await postEvaluationError(deps, scope, reason, event.name), await writeSummary([evaluationErrorSummary(reason)]), setFailed(`pilot-gate could not evaluate ${event.name}: ${reason}`);
}
function isRefusedWrite(error) {
  return error instanceof GitHubApiError && error.status === 403 && WRITE_ROUTES.has(error.route) && !isSecondaryRateLimit(error.cause);
}
function writtenCheckRunId(deps, scope) {
  if (!scope.checkSha || !scope.checkName) return;
  let known = rememberedCheckRun(deps, scope.checkSha, scope.checkName);
  return known?.digest !== void 0 ? known.id : void 0;
}
function setOutput2(name, value) {
  setOutput(name, value);
}
async function writeSummary(parts) {
  await summary.addRaw(jobSummary(parts)).write();
}

// actions/pull-request/main.ts
async function main(env = process.env) {
  try {
    await runAction(getInputs(env));
  } catch (error) {
    setFailed(error instanceof Error ? error.message : String(error));
  }
}
import.meta.url === pathToFileURL(process.argv[1] ?? "").href && await main();
export {
  INPUTS,
  OUTPUTS,
  main
};
