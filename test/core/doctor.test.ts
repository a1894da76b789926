import { describe, expect, it } from "vitest";
import {
  type DoctorCheck,
  doctorConclusion,
  doctorExitCode,
  isDoctorCommand,
  planDoctorCheck,
  planDoctorError,
  readDoctorRecord,
  readIssueForm,
  renderDoctorText,
  requiredLabels,
  secretsUsed,
  unpinnedUses,
} from "../../core/doctor.js";
import { CHECK_RUN_TEXT_BYTES } from "../../core/github-limits.js";
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

describe("the pilot-gate/doctor check", () => {
  const target = {
    branch: "main",
    sha: SHA,
    request: "comment:7",
    completedAt: "2024-05-01T12:00:00.000Z",
  };
  const passed: DoctorCheck = { id: "config", status: "pass", detail: "valid" };

  it("succeeds only when every check passed: skipped and not checked are not passes", () => {
    expect(doctorConclusion([passed])).toBe("success");
    for (const status of ["fail", "skip", "unchecked"] as const) {
      expect(doctorConclusion([passed, { id: "secrets", status, detail: "d" }]), status).toBe(
        "failure",
      );
    }
  });

  it("escapes what the repository wrote, keeps the request's record, and stays within GitHub's limit", () => {
    const hostile = `@everyone | <img src=x> ${"x".repeat(200_000)}`;
    const body = planDoctorCheck(
      [
        passed,
        { id: "labels", status: "fail", detail: hostile, fix: hostile },
        { id: "secrets", status: "unchecked", detail: "d", fix: "run the CLI" },
      ],
      target,
    );
    expect(body.conclusion).toBe("failure");
    expect(body.title).toBe("1 failed, 1 not checked by the App of 3 checks");
    expect(body.summary).not.toContain("@everyone");
    expect(body.summary).not.toContain("<img");
    expect(body.summary).toContain("\\|");
    expect(Buffer.byteLength(body.summary)).toBeLessThanOrEqual(CHECK_RUN_TEXT_BYTES);
    expect(Buffer.byteLength(body.text ?? "")).toBeLessThanOrEqual(CHECK_RUN_TEXT_BYTES);
    expect(readDoctorRecord(body.text ?? "")).toEqual({ request: "comment:7" });
  });

  it("an error is a failure with its reason, never a pass", () => {
    const body = planDoctorError("GitHub answered 500", target);
    expect(body.conclusion).toBe("failure");
    expect(body.summary).toContain("GitHub answered 500");
    expect(readDoctorRecord(body.text ?? "")).toEqual({ request: "comment:7" });
  });

  it("is asked for by /pilot-gate doctor on a line of its own, not in code or a quote", () => {
    expect(isDoctorCommand("please\n/pilot-gate doctor\n")).toBe(true);
    expect(isDoctorCommand("/PILOT-GATE Doctor")).toBe(true);
    expect(isDoctorCommand("> /pilot-gate doctor")).toBe(false);
    expect(isDoctorCommand("```\n/pilot-gate doctor\n```")).toBe(false);
    expect(isDoctorCommand("/pilot-gate doctors")).toBe(false);
    expect(isDoctorCommand("/pilot-gate inspect")).toBe(false);
  });
});
