import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  ISSUE_BODY_CHARS,
  ISSUE_TITLE_CHARS,
  codeSpan,
  inertText,
  mention,
  titleText,
  truncateMarkdown
} from "./chunk-VUTGOOYN.js";

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
var REVIEWER_LINE = /<!-- pilot-gate:pilot-review-reviewer (user|team)=(\S+) -->/;
function reviewerMarker(reviewer) {
  return reviewer.kind === "user" ? `<!-- pilot-gate:pilot-review-reviewer user=${reviewer.login} -->` : `<!-- pilot-gate:pilot-review-reviewer team=${reviewer.slug} -->`;
}
function readReviewer(body) {
  let match = REVIEWER_LINE.exec(body);
  if (!match?.[2]) return;
  let parsed = parseAssignee(match[2]);
  return parsed?.kind === (match[1] === "user" ? "user" : "team") ? parsed : void 0;
}
function pilotIssueMarker(kind, pilot, client) {
  return `<!-- pilot-gate:${kind} pilot=${encodeURIComponent(pilot)} client=${encodeURIComponent(client)} -->`;
}
function readPilotIssueMarker(kind, body) {
  let match = new RegExp(`<!-- pilot-gate:${kind} pilot=(\\S*) client=(\\S*) -->`).exec(body);
  if (match)
    try {
      return {
        pilot: decodeURIComponent(match[1] ?? ""),
        client: decodeURIComponent(match[2] ?? "")
      };
    } catch {
      return;
    }
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
  ];
  return assemble(
    [
      `Pilot ${inertText(pilot)}: ${assigneeMention(options.reviewer)}, please review this client before it may join the pilot window.`,
      ...fields.map(([heading, value]) => `### ${heading}

${value}`),
      `Decide with a comment on a line of its own, \`/pilot-gate accept <reason>\` or \`/pilot-gate reject <reason>\`, or close this issue with the label ${codeSpan(`${options.label}:accepted`)} or ${codeSpan(`${options.label}:rejected`)}: pilot-gate answers with a receipt, and the roster (${codeSpan(options.roster)}) is updated from it by \`pilot-gate pilot review resolve --from-issues\` (the pilot-roster workflow opens a PR with the change). A client under REVISAR_CONTATO is accepted with its missing contact, which a comment cannot carry, from the CLI: ${codeSpan(`pilot-gate pilot review resolve --client ${candidate.id} --decision accept --business-contact "<name and email>" --by <login> --reason "<why>"`)}.`
    ],
    `${reviewerMarker(options.reviewer)}
${pilotIssueMarker("pilot-review", pilot, candidate.id)}`
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

export {
  parseAssignee,
  readReviewer,
  pilotIssueMarker,
  readPilotIssueMarker,
  planPilotIssues,
  renderReviewBody,
  reviewTitle,
  renderOutreachBody,
  outreachTitle
};
