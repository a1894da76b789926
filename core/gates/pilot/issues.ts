import { ISSUE_BODY_CHARS, ISSUE_TITLE_CHARS } from "../../github-limits.js";
import { codeSpan, inertText, mention, titleText, truncateMarkdown } from "../../render/escape.js";
import type { Write, WritePlan } from "../../write-plan.js";
import type { PilotManifest } from "./manifest.js";
import type { RosterCandidate } from "./roster.js";

/** Who an issue is for: a user is assigned and mentioned; a team (GitHub assigns no teams) is mentioned. */
export type Assignee = { kind: "user"; login: string } | { kind: "team"; slug: string };

const USER = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
const TEAM = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]){0,38}\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})$/;

/** `user`, `@user`, `org/team` or `@org/team` as an `Assignee`; `undefined` when it is none of them. */
export function parseAssignee(text: string): Assignee | undefined {
  const user = USER.exec(text.trim());
  if (user?.[1]) return { kind: "user", login: user[1] };
  const team = TEAM.exec(text.trim());
  if (team?.[1]) return { kind: "team", slug: team[1] };
  return undefined;
}

/** The assignee as it pings in Markdown: `@user` or `@org/team`. */
export function assigneeMention(who: Assignee): string {
  // A team slug passed TEAM, so it holds nothing Markdown or a mention could abuse.
  return who.kind === "user" ? mention(who.login) : `@${who.slug}`;
}

const REVIEWER_LINE = /<!-- pilot-gate:pilot-review-reviewer (user|team)=(\S+) -->/;

/** The hidden line of a review issue naming its reviewer, which the App reads back to judge who may resolve it. */
export function reviewerMarker(reviewer: Assignee): string {
  return reviewer.kind === "user"
    ? `<!-- pilot-gate:pilot-review-reviewer user=${reviewer.login} -->`
    : `<!-- pilot-gate:pilot-review-reviewer team=${reviewer.slug} -->`;
}

/** The reviewer a review issue's body names, or undefined when it names none (or a malformed one). */
export function readReviewer(body: string): Assignee | undefined {
  const match = REVIEWER_LINE.exec(body);
  if (!match?.[2]) return undefined;
  const parsed = parseAssignee(match[2]);
  return parsed?.kind === (match[1] === "user" ? "user" : "team") ? parsed : undefined;
}

/** The kinds of issue a pilot keeps one of per client. */
export type PilotIssueKind = "pilot-review" | "pilot-outreach";

/**
 * The hidden line that finds a client's issue again: the pilot's name and
 * the client's id, percent-encoded so no id can end the comment early.
 */
export function pilotIssueMarker(kind: PilotIssueKind, pilot: string, client: string): string {
  return `<!-- pilot-gate:${kind} pilot=${encodeURIComponent(pilot)} client=${encodeURIComponent(client)} -->`;
}

/** The pilot and client a `kind` issue's marker names, or undefined when its body carries none. */
export function readPilotIssueMarker(
  kind: PilotIssueKind,
  body: string,
): { pilot: string; client: string } | undefined {
  const match = new RegExp(`<!-- pilot-gate:${kind} pilot=(\\S*) client=(\\S*) -->`).exec(body);
  if (!match) return undefined;
  try {
    return {
      pilot: decodeURIComponent(match[1] ?? ""),
      client: decodeURIComponent(match[2] ?? ""),
    };
  } catch {
    // A marker edited into bad percent-encoding names no client.
    return undefined;
  }
}

/** One issue a pilot command wants to exist, keyed by client id. */
export interface PlannedPilotIssue {
  client: string;
  title: string;
  /** The body with its marker. */
  body: string;
  labels: string[];
  assignees: string[];
}

/** An issue found by its label, as the planner reads it. */
export interface ExistingIssue {
  number: number;
  body: string;
}

/** What a client's issue needs: opened, its body rewritten, or nothing. */
export interface PilotIssueStep {
  client: string;
  action: "create" | "update" | "unchanged";
  /** The existing issue, for `update` and `unchanged`. */
  number?: number;
}

/**
 * The writes that make each planned issue exist with its body: an issue
 * carrying the client's marker (open or closed, the oldest when several do)
 * is rewritten when its body differs and left alone when it does not; a
 * client with none gets a new issue. Running it again after its writes were
 * made plans nothing, so a second run never duplicates.
 */
export function planPilotIssues(
  kind: PilotIssueKind,
  pilot: string,
  existing: readonly ExistingIssue[],
  planned: readonly PlannedPilotIssue[],
): { plan: WritePlan; steps: PilotIssueStep[] } {
  const plan: Write[] = [];
  const steps: PilotIssueStep[] = [];
  const oldestFirst = [...existing].sort((a, b) => a.number - b.number);
  for (const issue of planned) {
    const marker = pilotIssueMarker(kind, pilot, issue.client);
    const found = oldestFirst.find((candidate) => candidate.body.includes(marker));
    if (found === undefined) {
      plan.push({
        kind: "create-issue",
        title: issue.title,
        body: issue.body,
        labels: issue.labels,
        ...(issue.assignees.length > 0 ? { assignees: issue.assignees } : {}),
        failure: "fails-event",
        what: `open the ${kind} issue of ${issue.client}`,
      });
      steps.push({ client: issue.client, action: "create" });
    } else if (found.body.replace(/\r\n/g, "\n").trimEnd() !== issue.body.trimEnd()) {
      plan.push({
        kind: "update-issue",
        issue: found.number,
        body: issue.body,
        failure: "fails-event",
        what: `update the ${kind} issue of ${issue.client} (#${found.number})`,
      });
      steps.push({ client: issue.client, action: "update", number: found.number });
    } else {
      steps.push({ client: issue.client, action: "unchanged", number: found.number });
    }
  }
  return { plan, steps };
}

/** `value` as an issue form renders an answer: inert text, or `_No response_` when empty. */
function answer(value: string | null | undefined): string {
  return value?.trim() ? inertText(value) : "_No response_";
}

/** A body under GitHub's limit: the fields first, the marker always kept at the end. */
function assemble(parts: string[], marker: string): string {
  return `${truncateMarkdown(parts.join("\n\n"), ISSUE_BODY_CHARS - marker.length - 2)}\n\n${marker}`;
}

/**
 * A review issue's body: the fields of `.github/ISSUE_TEMPLATE/pilot-review.yml`
 * under the headings an issue form writes (so one opened by hand reads the
 * same), the reviewer and the minimum score, and how to record the decision.
 */
export function renderReviewBody(
  pilot: string,
  candidate: RosterCandidate,
  options: { reviewer: Assignee; minScore: number; roster: string; label: string },
): string {
  const fields: [string, string][] = [
    ["Client id", codeSpan(candidate.id)],
    ["Client", answer(candidate.name)],
    ["Class", codeSpan(candidate.class)],
    [
      "Score",
      `${candidate.score} (minimum ${options.minScore}${candidate.score < options.minScore ? ", below it" : ""})`,
    ],
    ["Account kind", answer(candidate.kind)],
    ["Last activity", codeSpan(candidate.last_activity)],
    ["Activity", `${candidate.service} service and ${candidate.sales} sales action(s)`],
    ["Reasons", candidate.reasons.map((reason) => `- ${inertText(reason)}`).join("\n")],
    ["Technical contact", answer(candidate.technical_contact)],
    ["Business contact", answer(candidate.business_contact)],
    ["Decision", "_No response_"],
    ["Reason for the decision", "_No response_"],
  ];
  return assemble(
    [
      `Pilot ${inertText(pilot)}: ${assigneeMention(options.reviewer)}, please review this client before it may join the pilot window.`,
      ...fields.map(([heading, value]) => `### ${heading}\n\n${value}`),
      `Decide with a comment on a line of its own, \`/pilot-gate accept <reason>\` or \`/pilot-gate reject <reason>\`, or close this issue with the label ${codeSpan(`${options.label}:accepted`)} or ${codeSpan(`${options.label}:rejected`)}: pilot-gate answers with a receipt, and the roster (${codeSpan(options.roster)}) is updated from it by \`pilot-gate pilot review resolve --from-issues\` (the pilot-roster workflow opens a PR with the change). A client under REVISAR_CONTATO is accepted with its missing contact, which a comment cannot carry, from the CLI: ${codeSpan(`pilot-gate pilot review resolve --client ${candidate.id} --decision accept --business-contact "<name and email>" --by <login> --reason "<why>"`)}.`,
    ],
    `${reviewerMarker(options.reviewer)}\n${pilotIssueMarker("pilot-review", pilot, candidate.id)}`,
  );
}

/** The review issue's title. */
export function reviewTitle(pilot: string, candidate: RosterCandidate): string {
  return titleText(
    `Pilot ${pilot}: review ${candidate.name} (${candidate.id}, ${candidate.class})`,
    ISSUE_TITLE_CHARS,
  );
}

/**
 * An outreach issue's body: the client, its contacts, the window and the
 * functional script as a task list for the owner to tick as the client
 * runs it.
 */
export function renderOutreachBody(
  manifest: PilotManifest,
  client: PilotManifest["clients"][number],
  options: { owner: Assignee; script: readonly string[]; windowEnd: string | undefined },
): string {
  const key = client.id ?? client.name;
  const window = `${codeSpan(manifest.window.start)} for ${manifest.window.hours} h${options.windowEnd ? ` (until ${codeSpan(options.windowEnd)})` : ""}`;
  return assemble(
    [
      `Pilot ${inertText(manifest.name)}: ${assigneeMention(options.owner)}, please invite this client to the pilot window and walk its contacts through the script.`,
      `### Client\n\n${answer(client.name)}${client.id ? ` (${codeSpan(client.id)})` : ""}`,
      `### Contacts\n\n- Technical: ${answer(client.technical_contact)}\n- Business: ${answer(client.business_contact)}`,
      `### Window\n\n${window}`,
      `### Script\n\n${options.script.map((step) => `- [ ] ${inertText(step)}`).join("\n")}`,
      "Record each step's result as the client runs it; a failed step is an incident.",
    ],
    pilotIssueMarker("pilot-outreach", manifest.name, key),
  );
}

/** The outreach issue's title. */
export function outreachTitle(
  manifest: PilotManifest,
  client: PilotManifest["clients"][number],
): string {
  return titleText(`Pilot ${manifest.name}: outreach to ${client.name}`, ISSUE_TITLE_CHARS);
}
