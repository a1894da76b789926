import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  stderrLog,
  tokenClient
} from "./chunk-NSX4HOON.js";
import {
  repositoryOf
} from "./chunk-Y7OWBX3Y.js";
import {
  executePlan
} from "./chunk-J7EXTX67.js";
import {
  GitHubApiError
} from "./chunk-F5MFOMUO.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  ISSUE_BODY_CHARS,
  ISSUE_TITLE_CHARS,
  codeSpan,
  inertText,
  mention,
  titleText,
  truncateMarkdown
} from "./chunk-IDLGL5PL.js";

// core/gates/pilot/issues.ts
var USER = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/, TEAM = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]){0,38}\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})$/;
function parseAssignee(text) {
  let user = USER.exec(text.trim());
  if (user?.[1]) return { kind: "user", login: user[1] };
  let team = TEAM.exec(text.trim());
  if (team?.[1]) return { kind: "team", slug: team[1] };
}
function assigneeMention(who) {
  return who.kind === "user" ? mention(who.login) : `@${who.slug}`;
}
function pilotIssueMarker(kind, pilot, client) {
  return `<!-- pilot-gate:${kind} pilot=${encodeURIComponent(pilot)} client=${encodeURIComponent(client)} -->`;
}
function planPilotIssues(kind, pilot, existing, planned) {
  let plan = [], steps = [], oldestFirst = [...existing].sort((a, b) => a.number - b.number);
  for (let issue of planned) {
    let marker = pilotIssueMarker(kind, pilot, issue.client), found = oldestFirst.find((candidate) => candidate.body.includes(marker));
    found === void 0 ? (plan.push({
      kind: "create-issue",
      title: issue.title,
      body: issue.body,
      labels: issue.labels,
      ...issue.assignees.length > 0 ? { assignees: issue.assignees } : {},
      failure: "fails-event",
      what: `open the ${kind} issue of ${issue.client}`
    }), steps.push({ client: issue.client, action: "create" })) : found.body.replace(/\r\n/g, `
`).trimEnd() !== issue.body.trimEnd() ? (plan.push({
      kind: "update-issue",
      issue: found.number,
      body: issue.body,
      failure: "fails-event",
      what: `update the ${kind} issue of ${issue.client} (#${found.number})`
    }), steps.push({ client: issue.client, action: "update", number: found.number })) : steps.push({ client: issue.client, action: "unchanged", number: found.number });
  }
  return { plan, steps };
}
function answer(value) {
  return value?.trim() ? inertText(value) : "_No response_";
}
function assemble(parts, marker) {
  return `${truncateMarkdown(parts.join(`

`), ISSUE_BODY_CHARS - marker.length - 2)}

${marker}`;
}
function renderReviewBody(pilot, candidate, options) {
  let fields = [
    ["Client id", codeSpan(candidate.id)],
    ["Client", answer(candidate.name)],
    ["Class", codeSpan(candidate.class)],
    [
      "Score",
      `${candidate.score} (minimum ${options.minScore}${candidate.score < options.minScore ? ", below it" : ""})`
    ],
    ["Account kind", answer(candidate.kind)],
    ["Last activity", codeSpan(candidate.last_activity)],
    ["Activity", `${candidate.service} service and ${candidate.sales} sales action(s)`],
    ["Reasons", candidate.reasons.map((reason) => `- ${inertText(reason)}`).join(`
`)],
    ["Technical contact", answer(candidate.technical_contact)],
    ["Business contact", answer(candidate.business_contact)],
    ["Decision", "_No response_"],
    ["Reason for the decision", "_No response_"]
  ], resolve = `pilot-gate pilot review resolve --client ${candidate.id} --decision accept|reject --by <login> --reason "<why>"`;
  return assemble(
    [
      `Pilot ${inertText(pilot)}: ${assigneeMention(options.reviewer)}, please review this client before it may join the pilot window.`,
      ...fields.map(([heading, value]) => `### ${heading}

${value}`),
      `Record the decision in the roster (${codeSpan(options.roster)}) with ${codeSpan(resolve)}; accepting a client under REVISAR_CONTATO takes the missing contact (\`--business-contact\`, \`--technical-contact\`).`
    ],
    pilotIssueMarker("pilot-review", pilot, candidate.id)
  );
}
function reviewTitle(pilot, candidate) {
  return titleText(
    `Pilot ${pilot}: review ${candidate.name} (${candidate.id}, ${candidate.class})`,
    ISSUE_TITLE_CHARS
  );
}
function renderOutreachBody(manifest, client, options) {
  let key = client.id ?? client.name, window = `${codeSpan(manifest.window.start)} for ${manifest.window.hours} h${options.windowEnd ? ` (until ${codeSpan(options.windowEnd)})` : ""}`;
  return assemble(
    [
      `Pilot ${inertText(manifest.name)}: ${assigneeMention(options.owner)}, please invite this client to the pilot window and walk its contacts through the script.`,
      `### Client

${answer(client.name)}${client.id ? ` (${codeSpan(client.id)})` : ""}`,
      `### Contacts

- Technical: ${answer(client.technical_contact)}
- Business: ${answer(client.business_contact)}`,
      `### Window

${window}`,
      `### Script

${options.script.map((step) => `- [ ] ${inertText(step)}`).join(`
`)}`,
      "Record each step's result as the client runs it; a failed step is an incident."
    ],
    pilotIssueMarker("pilot-outreach", manifest.name, key)
  );
}
function outreachTitle(manifest, client) {
  return titleText(`Pilot ${manifest.name}: outreach to ${client.name}`, ISSUE_TITLE_CHARS);
}

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
  parseAssignee,
  renderReviewBody,
  reviewTitle,
  renderOutreachBody,
  outreachTitle,
  ISSUE_COMMAND_OPTIONS,
  syncIssuesIn,
  stepText,
  writesText
};
