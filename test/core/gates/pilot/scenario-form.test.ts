import { describe, expect, it } from "vitest";
import { DEFAULT_PILOT_SCRIPT } from "../../../../core/gates/pilot/config.js";
import {
  formAnswers,
  mayRecord,
  recordFromForm,
  renderFormProblemsComment,
  renderOutsiderComment,
} from "../../../../core/gates/pilot/scenario-form.js";
import { ISSUE_BODY_CHARS } from "../../../../core/github-limits.js";

const CONTEXT = {
  clients: ["Acme Logistics"],
  script: DEFAULT_PILOT_SCRIPT,
  now: new Date("2025-06-03T00:00:00Z"),
  issue: 3,
};

function body(answers: Record<string, string> = {}): string {
  const all: Record<string, string> = {
    Client: "Acme Logistics",
    Scenario: "create-a-lead",
    Result: "pass",
    Error: "_No response_",
    When: "2025-06-02T10:00:00Z",
    ...answers,
  };
  return Object.entries(all)
    .map(([heading, value]) => `### ${heading}\r\n\r\n${value}`)
    .join("\r\n\r\n");
}

describe("the pilot-scenario form", () => {
  it("reads each section, CRLF or not, _No response_ as empty, the first of a repeated heading", () => {
    const answers = formAnswers(`${body()}\n\n### Client\n\nSomeone else`);
    expect(answers.get("Client")).toBe("Acme Logistics");
    expect(answers.get("Error")).toBe("");
    expect(recordFromForm(body(), CONTEXT)).toMatchObject({
      ok: true,
      fields: { scenario: "Create a lead", source: { issue: 3 } },
    });
  });

  it.each([
    [{ Client: "" }, /Client is empty; fill it in/],
    [{ Scenario: "Fly" }, /Scenario: "Fly" is not a scenario of the pilot's script/],
    [{ Result: "ok" }, /Result "ok" is neither pass nor fail/],
    [{ Error: "it broke" }, /Error is filled in but the result is pass/],
    [{ Result: "fail", Error: "x".repeat(2049) }, /Error is 2049 bytes, over the 2048-byte limit/],
    [{ When: "2025-06-02 10:00" }, /When "2025-06-02 10:00" is not a date-time with its offset/],
  ])("refuses %j, saying what to fix", (answers, message) => {
    const result = recordFromForm(body(answers), CONTEXT);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.join("\n")).toMatch(message);
  });

  it("refuses a body without the form's sections, and one over GitHub's issue size unread", () => {
    expect(recordFromForm(null, CONTEXT)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.stringMatching(/"### Client" is missing/)]),
    });
    expect(recordFromForm("x".repeat(ISSUE_BODY_CHARS + 1), CONTEXT)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/over 65536 characters/)],
    });
  });

  it("lets only owners, members and collaborators record", () => {
    expect(["OWNER", "MEMBER", "COLLABORATOR"].every(mayRecord)).toBe(true);
    for (const outsider of [
      "CONTRIBUTOR",
      "FIRST_TIME_CONTRIBUTOR",
      "FIRST_TIMER",
      "NONE",
      "MANNEQUIN",
    ]) {
      expect(mayRecord(outsider), outsider).toBe(false);
    }
  });

  it("escapes what the issue's author wrote in its comments", () => {
    const problems = renderFormProblemsComment([
      'Client "<b>@team</b> [x](javascript:y)" is unknown',
    ]);
    expect(problems).not.toMatch(/<b>|\[x\]\(javascript/);
    expect(renderOutsiderComment("evil`\n# head", "NONE")).not.toContain("\n# head");
  });
});
