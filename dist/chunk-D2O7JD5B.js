import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  stderrLog,
  tokenClient
} from "./chunk-M7KZ5GNS.js";
import {
  repositoryOf
} from "./chunk-NPJITCEG.js";
import {
  planPilotIssues
} from "./chunk-SVY4FNVW.js";
import {
  executePlan
} from "./chunk-4GTL7U6X.js";
import {
  GitHubApiError
} from "./chunk-T2NOWLVF.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";

// engine/pilot/issues.ts
async function syncPilotIssues(deps, request, { dryRun }) {
  let existing = await deps.gh.listAllIssues(request.label), { plan, steps } = planPilotIssues(request.kind, request.pilot, existing, request.issues), executed = await executePlan(deps, plan, { dryRun }), next = 0;
  return steps.map((step) => {
    if (step.action === "unchanged") return { ...step, made: !1 };
    let done = executed[next++], number = step.number ?? done?.id;
    return { ...step, made: done?.made ?? !1, ...number !== void 0 ? { number } : {} };
  });
}

// cli/commands/pilot/github.ts
var ISSUE_COMMAND_OPTIONS = {
  repo: { type: "string" },
  dir: { type: "string", default: "." },
  config: { type: "string" },
  "dry-run": { type: "boolean", default: !1 },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, PILOT_TOKEN_NEEDS = "Issues: Read and write (Read with --dry-run)";
function pilotGitHub(io, repo) {
  let repository = repositoryOf(repo ?? io.env.GITHUB_REPOSITORY);
  return {
    deps: { gh: tokenClient(io, repository, {
      unset: "GITHUB_TOKEN is not set, so the pilot's issues cannot be read or written",
      hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${PILOT_TOKEN_NEEDS} on the repository`
    }), log: stderrLog(io) },
    repository: `${repository.owner}/${repository.repo}`
  };
}
async function explainGitHub(what, work) {
  try {
    return await work();
  } catch (error) {
    throw error instanceof GitHubApiError ? new UsageError(
      `cannot ${what}: ${error.reason}. The token needs ${PILOT_TOKEN_NEEDS}; issues opened before the failure are found again (not duplicated) when you re-run.`
    ) : error;
  }
}
async function syncIssuesIn(io, repo, request, dryRun) {
  let { deps, repository } = pilotGitHub(io, repo), what = request.kind === "pilot-review" ? "review" : "outreach";
  return { synced: await explainGitHub(
    `sync the ${what} issues in ${repository}`,
    () => syncPilotIssues(deps, request, { dryRun })
  ), repository };
}
function stepText(step) {
  let verb = {
    create: ["would open", "opened"],
    update: ["would update", "updated"],
    unchanged: ["up to date", "up to date"]
  }[step.action][Number(step.made)];
  return `${step.number ? `#${step.number} ` : ""}${verb}`;
}
function writesText(synced) {
  let planned = synced.filter((s) => s.action !== "unchanged").length, made = synced.filter((s) => s.made).length;
  return made === planned ? `${made} write(s) made` : `${made} of ${planned} planned write(s) made (a dry run makes none)`;
}

export {
  ISSUE_COMMAND_OPTIONS,
  pilotGitHub,
  explainGitHub,
  syncIssuesIn,
  stepText,
  writesText
};
