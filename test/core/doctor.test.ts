import { describe, expect, it } from "vitest";
import {
  type DoctorCheck,
  doctorExitCode,
  readIssueForm,
  renderDoctorText,
  requiredLabels,
  secretsUsed,
  unpinnedUses,
} from "../../core/doctor.js";
import { parseConfig } from "../../core/index.js";

const SHA = "b4ffde65f46336ab88eb53be808477a3936bae11";

describe("unpinnedUses", () => {
  it("lists each action not pinned to a full commit SHA, with its line", () => {
    const workflow = [
      "on: push",
      "jobs:",
      "  build:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      `      - uses: actions/checkout@${SHA} # v4`,
      "      - uses: actions/setup-node@v4",
      "      - uses: ./",
      "      - uses: docker://alpine:3.20",
      `      - { uses: "acme/tool@main" }`,
      "  reuse:",
      "    uses: acme/workflows/.github/workflows/ci.yml@v1",
    ].join("\n");
    expect(unpinnedUses(workflow)).toEqual([
      { line: 7, uses: "actions/setup-node@v4" },
      { line: 10, uses: "acme/tool@main" },
      { line: 12, uses: "acme/workflows/.github/workflows/ci.yml@v1" },
    ]);
  });

  it("does not take a short SHA for a pin", () => {
    expect(unpinnedUses("steps:\n  - uses: actions/checkout@b4ffde6\n")).toHaveLength(1);
  });

  it("reports text that is not YAML instead of passing it", () => {
    expect(unpinnedUses("jobs: [unclosed\n")).toEqual([
      { line: expect.any(Number), uses: "(not valid YAML)" },
    ]);
  });
});

describe("secretsUsed", () => {
  it("finds each secret an expression reads, once, without GITHUB_TOKEN", () => {
    const text =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions, not JavaScript templates
      "env:\n  A: ${{ secrets.PILOT_GATE_SIGNING_KEY }}\n  B: ${{ secrets.GITHUB_TOKEN }}\n  C: ${{ format('{0}', secrets.APP_ID) }}\n  D: ${{ secrets.APP_ID }}\n";
    expect(secretsUsed(text)).toEqual(["APP_ID", "PILOT_GATE_SIGNING_KEY"]);
  });
});

describe("readIssueForm", () => {
  it.each([
    [
      "name: Blocked\nlabels: [blocked, ops]\nbody: []\n",
      { name: "Blocked", labels: ["blocked", "ops"] },
    ],
    ["name: Incident\nlabels: 'P0, bug'\nbody: []\n", { name: "Incident", labels: ["P0", "bug"] }],
    ["name: Incident\nbody: []\n", { name: "Incident", labels: [] }],
  ])("%j", (text, form) => {
    expect(readIssueForm(text)).toEqual(form);
  });

  it("is undefined for a config.yml or text that is not YAML", () => {
    expect(readIssueForm("blank_issues_enabled: false\n")).toBeUndefined();
    expect(readIssueForm("name: [x\n")).toBeUndefined();
  });
});

describe("requiredLabels", () => {
  it("asks for NO_MERGE only while the incident protocol is off", () => {
    expect(requiredLabels(parseConfig(""))).toEqual(["NO_MERGE"]);
  });

  it("adds the severity, freeze, blocked and needs-info labels when it is on", () => {
    const labels = requiredLabels(parseConfig("incidents:\n  enabled: true\n"));
    expect(labels).toEqual(
      expect.arrayContaining([
        "NO_MERGE",
        "P0",
        "critical",
        "pilot-gate:freeze",
        "blocked",
        "needs-info",
      ]),
    );
  });
});

describe("the report", () => {
  const checks: DoctorCheck[] = [
    { id: "config", status: "pass", detail: "valid" },
    { id: "token", status: "skip", detail: "needs a token" },
  ];

  it("exits 0 when nothing failed, 1 when something did", () => {
    expect(doctorExitCode(checks)).toBe(0);
    expect(
      doctorExitCode([
        ...checks,
        { id: "labels", status: "fail", detail: "missing x", fix: "add x" },
      ]),
    ).toBe(1);
  });

  it("prints one line per check, with the fix of a failure", () => {
    const text = renderDoctorText([
      ...checks,
      { id: "labels", status: "fail", detail: "missing x", fix: "add x" },
    ]);
    expect(text.split("\n")).toEqual([
      "ok   config  valid",
      "skip token   needs a token",
      "FAIL labels  missing x; fix: add x",
      "doctor: 1 of 3 checks failed; each line says how to fix it.",
      "",
    ]);
  });
});
