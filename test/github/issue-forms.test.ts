import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_PILOT_SCRIPT } from "../../core/gates/pilot/config.js";
import { SCENARIO_RESULTS } from "../../core/gates/pilot/records.js";
import { recordFromForm, SCENARIO_FORM_HEADINGS } from "../../core/gates/pilot/scenario-form.js";
import { defaultIncidentsConfig, missingBlockedFields } from "../../core/incidents/index.js";
import { RECORD_ERROR_LIMIT } from "../../core/limits.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIR = join(ROOT, ".github", "ISSUE_TEMPLATE");
const FORMS = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name) && name !== "config.yml")
  .sort();

interface Element {
  type: "markdown" | "input" | "textarea" | "dropdown" | "checkboxes";
  id?: string;
  attributes: {
    label?: string;
    value?: string;
    description?: string;
    placeholder?: string;
    options?: (string | { label: string; required?: boolean })[];
  };
  validations?: { required?: boolean };
}

interface IssueForm {
  name: string;
  description: string;
  title?: string;
  labels?: string[] | string;
  body: Element[];
}

function read(file: string): unknown {
  return parse(readFileSync(join(DIR, file), "utf8"));
}

function form(file: string): IssueForm {
  return read(file) as IssueForm;
}

/** The elements GitHub renders into the issue body as `### <label>` sections. */
function fields(issueForm: IssueForm): Element[] {
  return issueForm.body.filter((element) => element.type !== "markdown");
}

/** An issue body as GitHub writes it from a submitted form: `_No response_` for an empty answer. */
function render(answers: readonly (readonly [string, string])[]): string {
  return answers
    .map(([label, value]) => `### ${label}\n\n${value.trim() === "" ? "_No response_" : value}\n\n`)
    .join("");
}

describe(".github/ISSUE_TEMPLATE", () => {
  it("has the forms to check", () => {
    expect(FORMS).toEqual([
      "blocked.yml",
      "incident.yml",
      "pilot-review.yml",
      "pilot-scenario.yml",
    ]);
  });

  it("keeps blank issues available", () => {
    expect(read("config.yml")).toEqual({ blank_issues_enabled: true });
  });

  it.each(FORMS)("%s has the keys GitHub requires and unique kebab-case ids", (file) => {
    const issueForm = form(file);
    expect(issueForm.name, "name").toEqual(expect.any(String));
    expect(issueForm.description, "description").toEqual(expect.any(String));
    expect(issueForm.body.length).toBeGreaterThan(0);
    const known = ["markdown", "input", "textarea", "dropdown", "checkboxes"];
    for (const element of issueForm.body) expect(known).toContain(element.type);
    const answered = fields(issueForm);
    const ids = answered.map((element) => element.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
    const labels = answered.map((element) => element.attributes.label);
    for (const label of labels) expect(label).toEqual(expect.stringMatching(/\S/));
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe(".github/ISSUE_TEMPLATE/blocked.yml", () => {
  const config = defaultIncidentsConfig();
  const blocked = form("blocked.yml");
  const answered = fields(blocked);

  it("asks for exactly the configured blocked fields, in order", () => {
    expect(blocked.name).toBe("Blocked item");
    expect(answered.map((element) => element.attributes.label)).toEqual(config.blocked.fields);
    for (const element of answered) expect(["input", "textarea"]).toContain(element.type);
  });

  it("requires every field", () => {
    for (const element of answered) {
      expect(element.validations?.required, element.attributes.label).toBe(true);
    }
  });

  it("labels the issue blocked, so the protocol picks it up", () => {
    expect(blocked.labels).toContain(config.blocked.label);
  });

  it("gives every field a description and a placeholder", () => {
    for (const element of answered) {
      expect(element.attributes.description, element.attributes.label).toMatch(/\S/);
      expect(element.attributes.placeholder, element.attributes.label).toMatch(/\S/);
    }
  });

  it("renders, filled in, to a body that states every field", () => {
    const body = render(
      answered.map((element) => [
        element.attributes.label ?? "",
        element.attributes.placeholder ?? "",
      ]),
    );
    expect(body).toContain("### Upstream dependency\n\n");
    expect(missingBlockedFields(body, config)).toEqual([]);
  });

  it("renders, with Owner and ETA left empty, to a body missing exactly those", () => {
    const body = render(
      answered.map((element) => {
        const label = element.attributes.label ?? "";
        return [
          label,
          ["Owner", "ETA"].includes(label) ? "" : (element.attributes.placeholder ?? ""),
        ];
      }),
    );
    expect(body).toContain("### Owner\n\n_No response_\n\n### ETA\n\n_No response_\n\n");
    expect(missingBlockedFields(body, config)).toEqual(["Owner", "ETA"]);
  });

  it("renders, submitted empty, to a body missing every field", () => {
    const body = render(answered.map((element) => [element.attributes.label ?? "", ""]));
    expect(missingBlockedFields(body, config)).toEqual(config.blocked.fields);
  });
});

describe(".github/ISSUE_TEMPLATE/incident.yml", () => {
  const config = defaultIncidentsConfig();
  const incident = form("incident.yml");
  const byId = new Map(fields(incident).map((element) => [element.id, element]));

  it("is the Incident form, titled INC:", () => {
    expect(incident.name).toBe("Incident");
    expect(incident.title).toBe("INC: ");
  });

  it("bakes in no label: the severity label is the reporter's or triager's to add", () => {
    const labels = [incident.labels ?? []].flat();
    expect(labels).toEqual([]);
  });

  it("asks for the summary, severity, wave, kind and impact", () => {
    expect(
      fields(incident).map((element) => [element.id, element.type, element.attributes.label]),
    ).toEqual([
      ["summary", "textarea", "Summary"],
      ["severity", "dropdown", "Severity"],
      ["wave", "input", "Wave"],
      ["kind", "checkboxes", "Kind"],
      ["impact", "textarea", "Impact"],
    ]);
    expect(byId.get("summary")?.validations?.required).toBe(true);
    expect(byId.get("severity")?.validations?.required).toBe(true);
    expect(byId.get("wave")?.validations?.required).not.toBe(true);
  });

  it("offers one severity option per default severity label, most urgent first", () => {
    const options = (byId.get("severity")?.attributes.options ?? []).map(String);
    const expected = [
      config.severity_labels.critical[0],
      config.severity_labels.high[0],
      config.severity_labels.medium[0],
    ];
    expect(options).toHaveLength(expected.length);
    expected.forEach((label, index) => {
      expect(options[index]).toMatch(new RegExp(`^${label}\\b`));
    });
  });

  it("says the severity label, not the answer, starts the clocks and the freeze", () => {
    const description = byId.get("severity")?.attributes.description ?? "";
    expect(description).toContain("also add the matching label P0, P1 or P2");
    expect(description).toMatch(/SLA clocks/);
    expect(description).toMatch(/P0, the merge freeze/);
  });

  it("offers the default kind labels and asks for the wave and kind labels too", () => {
    const kinds = (byId.get("kind")?.attributes.options ?? []).map((option) =>
      typeof option === "string" ? option : option.label,
    );
    expect(kinds).toEqual(config.kind_labels);
    expect(byId.get("wave")?.attributes.description).toContain(
      `add the label ${config.wave_label_prefix}<name> too`,
    );
    expect(byId.get("kind")?.attributes.description).toMatch(/add the label/);
  });
});

describe(".github/ISSUE_TEMPLATE/pilot-scenario.yml", () => {
  const issueForm = form("pilot-scenario.yml");
  const field = (id: string) => fields(issueForm).find((element) => element.id === id);

  it("asks for what pilot record takes, with the same choices", () => {
    expect(fields(issueForm).map((element) => element.id)).toEqual([
      "client",
      "scenario",
      "result",
      "error",
      "at",
    ]);
    expect(field("scenario")?.attributes.options).toEqual(DEFAULT_PILOT_SCRIPT);
    expect(field("result")?.attributes.options).toEqual([...SCENARIO_RESULTS]);
    expect(field("error")?.attributes.description).toContain(
      `${RECORD_ERROR_LIMIT.bytes / 1024} KiB`,
    );
    for (const id of ["client", "scenario", "result", "at"]) {
      expect(field(id)?.validations?.required, id).toBe(true);
    }
  });

  it("labels its fields with the headings pilot record --from-issue reads", () => {
    expect(
      Object.fromEntries(
        fields(issueForm).map((element) => [element.id, element.attributes.label]),
      ),
    ).toEqual(SCENARIO_FORM_HEADINGS);
    expect(issueForm.labels).toEqual(["pilot-scenario"]);
  });

  it("is read back into the record it describes, an empty error as no error", () => {
    const label = (id: string) => field(id)?.attributes.label as string;
    const context = {
      clients: ["Acme Logistics"],
      script: DEFAULT_PILOT_SCRIPT,
      now: new Date("2025-06-03T00:00:00Z"),
      issue: 7,
    };
    const passed = render([
      [label("client"), "Acme Logistics"],
      [label("scenario"), DEFAULT_PILOT_SCRIPT[1] as string],
      [label("result"), "pass"],
      [label("error"), ""],
      [label("at"), "2025-06-02T14:30:00-03:00"],
    ]);
    expect(recordFromForm(passed, context)).toEqual({
      ok: true,
      fields: {
        at: "2025-06-02T17:30:00.000Z",
        client: "Acme Logistics",
        scenario: DEFAULT_PILOT_SCRIPT[1],
        result: "pass",
        source: { issue: 7 },
      },
    });
    const failed = render([
      [label("client"), "Acme Logistics"],
      [label("scenario"), DEFAULT_PILOT_SCRIPT[0] as string],
      [label("result"), "fail"],
      [label("error"), ""],
      [label("at"), "2025-06-04T00:00:00Z"],
    ]);
    expect(recordFromForm(failed, context)).toEqual({
      ok: false,
      problems: [
        "Error is empty but the result is fail: say what went wrong",
        "When 2025-06-04T00:00:00Z is in the future; check the date and the time zone offset",
      ],
    });
  });
});
