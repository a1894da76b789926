import { describe, expect, it } from "vitest";
import { type Config, evaluatePullRequest, parseConfig } from "../../../core/index.js";
import type { IncidentState, PullRequestSnapshot } from "../../../core/types.js";
import { incident } from "../incidents/helpers.js";

const ENABLED = parseConfig("incidents:\n  enabled: true\n", ".github/pilot-gate.yml");

function snapshot(overrides: Partial<PullRequestSnapshot> = {}): PullRequestSnapshot {
  return {
    number: 20,
    branch: "feature/S-PC-01-login",
    base: "main",
    title: "S-PC-01: login",
    body: "",
    labels: [],
    ...overrides,
  };
}

function rule(config: Config, input: PullRequestSnapshot, id: string) {
  return evaluatePullRequest(input, config).rules.find((result) => result.ruleId === id);
}

const open = (numbers: number[], wave = "O-02") =>
  numbers.map((number) => ({
    number,
    branch: `feature/S-PC-${number}-x`,
    title: `S-PC-${number}: x`,
    labels: [`wave:${wave}`],
    draft: false,
  }));

describe("incident-freeze and wip-limit", () => {
  it("are skipped while incidents.enabled is off, whatever the snapshot holds", () => {
    const config = parseConfig("", ".github/pilot-gate.yml");
    const incidentState: IncidentState = { incidents: [incident()], freezes: [] };
    for (const id of ["incident-freeze", "wip-limit"]) {
      expect(rule(config, snapshot({ incidentState }), id)?.status).toBe("skipped");
    }
  });

  it("say so, without blocking, when the runtime read no incidents", () => {
    const result = rule(ENABLED, snapshot(), "incident-freeze");
    expect(result?.status).toBe("pass");
    expect(result?.findings).toEqual([
      expect.objectContaining({ severity: "info", message: expect.stringMatching(/not checked/) }),
    ]);
  });

  it("block a PR into a frozen branch while a critical incident is open", () => {
    const incidentState: IncidentState = { incidents: [incident()], freezes: [] };
    expect(rule(ENABLED, snapshot({ incidentState }), "incident-freeze")?.status).toBe("fail");
    expect(
      rule(ENABLED, snapshot({ incidentState, base: "release/1" }), "incident-freeze")?.status,
    ).toBe("pass");
  });

  it("warn instead of blocking under severity: warning", () => {
    const config = parseConfig(
      "incidents:\n  enabled: true\nrules:\n  incident-freeze:\n    severity: warning\n",
      ".github/pilot-gate.yml",
    );
    const incidentState: IncidentState = { incidents: [incident()], freezes: [] };
    expect(rule(config, snapshot({ incidentState }), "incident-freeze")?.status).toBe("warn");
  });

  it.each([
    ["the sixth PR of a wave is blocked", [10, 11, 12, 13, 14], "fail"],
    ["the fifth is not", [10, 11, 12, 13], "pass"],
    ["PRs of other waves do not count", [10, 11, 12, 13, 14].map((n) => n), "pass-other"],
  ] as const)("%s", (_name, numbers, expected) => {
    const openPulls =
      expected === "pass-other" ? open([...numbers], "O-03") : open([...numbers], "O-02");
    const result = rule(
      ENABLED,
      snapshot({ labels: ["wave:O-02"], incidentState: { incidents: [], freezes: [], openPulls } }),
      "wip-limit",
    );
    expect(result?.status).toBe(expected === "fail" ? "fail" : "pass");
  });

  it("the WIP limit says it was not checked when open PRs were not read, and ignores PRs with no wave", () => {
    const withWave = rule(ENABLED, snapshot({ labels: ["wave:O-02"] }), "wip-limit");
    expect(withWave?.findings).toEqual([
      expect.objectContaining({ severity: "info", message: expect.stringMatching(/O-02/) }),
    ]);
    expect(rule(ENABLED, snapshot(), "wip-limit")?.findings).toEqual([]);
  });
});
