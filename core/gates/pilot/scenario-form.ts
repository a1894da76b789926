/**
 * The pilot-scenario issue form (.github/ISSUE_TEMPLATE/pilot-scenario.yml)
 * turned into a scenario record: the webhook payload read, the author's
 * standing checked, the form's answers validated as `pilot record` validates
 * its options, and the comments that answer the issue.
 */
import { z } from "zod";
import { ISSUE_BODY_CHARS } from "../../github-limits.js";
import { RECORD_ERROR_LIMIT, utf8Length } from "../../limits.js";
import { codeSpan, handle, inertText } from "../../render/escape.js";
import {
  ISO_INSTANT,
  type RecordFields,
  resolveScenario,
  SCENARIO_RESULTS,
  type ScenarioRecord,
  type ScenarioResult,
} from "./records.js";

/** The label the form puts on its issues, which the pilot-scenario workflow answers. */
export const SCENARIO_FORM_LABEL = "pilot-scenario";

/** The form's headings (its fields' labels), as GitHub writes them into the issue body. */
export const SCENARIO_FORM_HEADINGS = {
  client: "Client",
  scenario: "Scenario",
  result: "Result",
  error: "Error",
  at: "When",
} as const;

/**
 * The author associations that may file a record: people with write access.
 * Anyone may open an issue on a public repository, and an outsider's report
 * must never move the pilot's success rate.
 */
export const RECORDING_ASSOCIATIONS = ["OWNER", "MEMBER", "COLLABORATOR"] as const;

/** What GitHub writes for a form field left empty. */
const NO_RESPONSE = "_No response_";

/** The parts of an `issues` webhook payload the form is read from. */
export const scenarioIssueEventSchema = z.object({
  action: z.string(),
  issue: z.object({
    number: z.number().int().positive(),
    body: z.string().nullable(),
    state: z.string(),
    html_url: z.string(),
    author_association: z.string(),
    user: z.object({ login: z.string() }),
    labels: z.array(z.object({ name: z.string() })).optional(),
  }),
  repository: z.object({ full_name: z.string() }),
});

export type ScenarioIssueEvent = z.output<typeof scenarioIssueEventSchema>;

/** Whether the issue's author may file records (see `RECORDING_ASSOCIATIONS`). */
export function mayRecord(association: string): boolean {
  return (RECORDING_ASSOCIATIONS as readonly string[]).includes(association);
}

/**
 * The answers of an issue form body: each `### <heading>` section's text,
 * trimmed, `_No response_` read as empty. A heading given twice keeps its
 * first section, as GitHub writes each field once.
 */
export function formAnswers(body: string): Map<string, string> {
  const answers = new Map<string, string>();
  let heading: string | undefined;
  let lines: string[] = [];
  const close = () => {
    if (heading === undefined || answers.has(heading)) return;
    const text = lines.join("\n").trim();
    answers.set(heading, text === NO_RESPONSE ? "" : text);
  };
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    const found = /^###[ \t]+(.+?)[ \t]*$/.exec(line);
    if (found) {
      close();
      heading = found[1];
      lines = [];
    } else {
      lines.push(line);
    }
  }
  close();
  return answers;
}

/** What a scenario form is checked against. */
export interface ScenarioFormContext {
  /** The clients of pilot.yml. */
  clients: readonly string[];
  /** pilot.script of the config. */
  script: readonly string[];
  now: Date;
  /** The issue, kept in the record as its source (one record per issue). */
  issue: number;
}

export type ScenarioFormResult =
  | { ok: true; fields: RecordFields }
  | { ok: false; problems: string[] };

/**
 * The record a scenario form's body asks for, or every problem with it,
 * each naming the field to fix: the same checks as `pilot record` (a client
 * of pilot.yml, a scenario of the script, pass or fail, an error for a
 * failure and none for a pass, within its size, a time with its offset not
 * in the future). A body over GitHub's issue size is refused unread.
 */
export function recordFromForm(
  body: string | null,
  context: ScenarioFormContext,
): ScenarioFormResult {
  const text = body ?? "";
  if (text.length > ISSUE_BODY_CHARS) {
    return {
      ok: false,
      problems: [
        `the issue body is over ${ISSUE_BODY_CHARS} characters, which no pilot-scenario form writes; open the issue with the form`,
      ],
    };
  }
  const answers = formAnswers(text);
  const problems: string[] = [];
  const answer = (field: keyof typeof SCENARIO_FORM_HEADINGS): string | undefined => {
    const value = answers.get(SCENARIO_FORM_HEADINGS[field]);
    if (value === undefined && field !== "error") {
      problems.push(
        `the section "### ${SCENARIO_FORM_HEADINGS[field]}" is missing; open the issue with the Pilot scenario result form`,
      );
    } else if (value === "" && field !== "error") {
      problems.push(`${SCENARIO_FORM_HEADINGS[field]} is empty; fill it in`);
      return undefined;
    }
    return value;
  };
  const client = answer("client");
  const scenarioName = answer("scenario");
  const resultText = answer("result");
  const error = answer("error") ?? "";
  const atText = answer("at");

  if (client !== undefined && !context.clients.includes(client)) {
    problems.push(
      `Client "${client}" is not a client of pilot.yml; write one of: ${context.clients.join(", ")}`,
    );
  }
  let scenario: string | undefined;
  if (scenarioName !== undefined) {
    try {
      scenario = resolveScenario(scenarioName, context.script);
    } catch (failure) {
      problems.push(`Scenario: ${(failure as Error).message}`);
    }
  }
  const result = resultText?.toLowerCase();
  if (resultText !== undefined && !(SCENARIO_RESULTS as readonly string[]).includes(result ?? "")) {
    problems.push(`Result "${resultText}" is neither pass nor fail`);
  }
  if (result === "fail" && error === "") {
    problems.push("Error is empty but the result is fail: say what went wrong");
  }
  if (result === "pass" && error !== "") {
    problems.push("Error is filled in but the result is pass: empty it, or choose fail");
  }
  if (utf8Length(error) > RECORD_ERROR_LIMIT.bytes) {
    problems.push(
      `Error is ${utf8Length(error)} bytes, over the ${RECORD_ERROR_LIMIT.bytes}-byte limit: ${RECORD_ERROR_LIMIT.advice}`,
    );
  }
  let at: string | undefined;
  if (atText !== undefined) {
    const date = new Date(atText);
    if (!ISO_INSTANT.test(atText) || Number.isNaN(date.getTime())) {
      problems.push(
        `When "${atText}" is not a date-time with its offset; write it in ISO 8601 with Z or an offset, e.g. 2026-06-02T14:30:00Z`,
      );
    } else if (date.getTime() > context.now.getTime()) {
      problems.push(`When ${atText} is in the future; check the date and the time zone offset`);
    } else {
      at = date.toISOString();
    }
  }
  if (problems.length > 0 || client === undefined || scenario === undefined || at === undefined) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    fields: {
      at,
      client,
      scenario,
      result: result as ScenarioResult,
      ...(result === "fail" ? { error } : {}),
      source: { issue: context.issue },
    },
  };
}

/** The comment that refuses an author without write access; nothing was recorded. */
export function renderOutsiderComment(login: string, association: string): string {
  return [
    `Nothing was recorded: ${handle(login)} has no write access to this repository (author association ${codeSpan(association)}).`,
    "Only owners, members and collaborators may file pilot scenario records, so a report from outside never moves the pilot's success rate.",
    "A maintainer who confirms the run may record it with `pilot-gate pilot record`, or file it with the form.",
  ].join("\n\n");
}

/** The comment that lists what to fix in the form; nothing was recorded. */
export function renderFormProblemsComment(problems: readonly string[]): string {
  return [
    "Nothing was recorded. Fix these in the issue (edit it: the edit is read again):",
    problems.map((problem) => `- ${inertText(problem)}`).join("\n"),
  ].join("\n\n");
}

/** The receipt: the record as committed, its digest, and where it is kept. */
export function renderReceiptComment(
  record: ScenarioRecord,
  where: { branch: string; path: string; commit: string },
): string {
  return [
    `Recorded ${codeSpan(record.result)} of ${codeSpan(record.scenario)} for ${codeSpan(record.client)} at ${codeSpan(record.at)}.`,
    `- record digest ${codeSpan(record.digest)}`,
    `- in ${codeSpan(where.path)} on the ${codeSpan(where.branch)} branch (commit ${codeSpan(where.commit)})`,
    "",
    "Readiness counts it from the next pilot cycle. The record is kept once per issue: editing or reopening this issue adds no second record.",
  ].join("\n");
}
