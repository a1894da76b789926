import { describe, expect, it } from "vitest";
import {
  type FreezePullRequest,
  freezeFindings,
  type ManualFreeze,
} from "../../../core/incidents/index.js";
import { config, incident } from "./helpers.js";

const pr = (overrides: Partial<FreezePullRequest> = {}): FreezePullRequest => ({
  branch: "feature/S-PC-01-login",
  base: "main",
  title: "S-PC-01: login",
  body: "",
  labels: [],
  ...overrides,
});

describe("freezeFindings", () => {
  it.each([
    ["an open critical incident freezes main", pr(), [incident()], 1],
    ["and develop", pr({ base: "develop" }), [incident()], 1],
    ["not other bases", pr({ base: "release/1.0" }), [incident()], 0],
    ["a closed incident does not", pr(), [incident({ open: false })], 0],
    ["a high incident does not", pr(), [incident({ severity: "high" })], 0],
    ["no incidents, no freeze", pr(), [], 0],
    ["one finding per incident", pr(), [incident(), incident({ number: 43, id: "INC-43" })], 2],
  ] as const)("%s", (_name, request, incidents, count) => {
    expect(freezeFindings(request, [...incidents], [], config())).toHaveLength(count);
  });

  it("names and links the incident and blocks", () => {
    const [finding] = freezeFindings(pr(), [incident()], [], config());
    expect(finding).toMatchObject({ ruleId: "incident-freeze", severity: "blocking" });
    expect(finding?.message).toContain("[#42](https://github.com/acme/app/issues/42)");
    expect(finding?.message).toContain("every wave");
  });

  it("says how far the incident was escalated, from its labels", () => {
    const chain = config({
      escalation: [{ name: "on-call" }, { name: "eng-lead" }, { name: "leadership" }],
    });
    const [escalated] = freezeFindings(pr(), [incident({ escalationLevel: 2 })], [], chain);
    expect(escalated?.message).toContain(
      "It was escalated to **eng-lead** (level 2 of 3, label `escalation:eng-lead`).",
    );
    const [not] = freezeFindings(pr(), [incident({ escalationLevel: 0 })], [], chain);
    expect(not?.message).not.toContain("escalated");
  });

  it.each([
    ["same wave label", ["wave:O-02"], 1],
    ["same wave, other case", ["wave:o-02"], 1],
    ["other wave", ["wave:O-03"], 0],
    ["no wave: fail closed", [], 1],
  ] as const)("an incident scoped to wave O-02, PR with %s", (_name, labels, count) => {
    const findings = freezeFindings(
      pr({ labels: [...labels] }),
      [incident({ wave: "O-02" })],
      [],
      config(),
    );
    expect(findings).toHaveLength(count);
    if (count) expect(findings[0]?.message).toContain("wave O-02");
  });

  it.each([
    ["hotfix referencing #42 in the body", "hotfix/INC-42-fix", "fix", "Fixes #42", 0],
    ["hotfix referencing the id in the title", "hotfix/INC-42-fix", "INC-42: fix", "", 0],
    ["hotfix referencing the issue URL", "hotfix/x", "fix", "acme/app/issues/42", 0],
    ["hotfix NOT referencing the incident", "hotfix/INC-41-other", "fix #41", "see #420", 1],
    ["a feature branch referencing it", "feature/S-PC-01-x", "fix", "Fixes #42", 1],
  ] as const)("%s", (_name, branch, title, body, count) => {
    expect(freezeFindings(pr({ branch, title, body }), [incident()], [], config())).toHaveLength(
      count,
    );
  });

  it("a hotfix is exempt only from the incident it references", () => {
    const findings = freezeFindings(
      pr({ branch: "hotfix/INC-42-x", body: "Fixes #42" }),
      [incident(), incident({ number: 43, id: "INC-43", title: "INC-43 other" })],
      [],
      config(),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("#43");
  });

  it("uses configured freeze and hotfix branches", () => {
    const custom = config({ freeze_branches: ["release/*"], hotfix_branches: ["urgent/**"] });
    expect(freezeFindings(pr(), [incident()], [], custom)).toHaveLength(0);
    expect(freezeFindings(pr({ base: "release/2" }), [incident()], [], custom)).toHaveLength(1);
    expect(
      freezeFindings(
        pr({ base: "release/2", branch: "urgent/a/b", body: "#42" }),
        [incident()],
        [],
        custom,
      ),
    ).toHaveLength(0);
  });

  it("manual freezes (a tripped trigger) block until cleared, hotfixes naming them pass", () => {
    const freeze: ManualFreeze = {
      id: "PC-P1-01",
      reason: "2 P0 incidents within 14 days",
      number: 90,
      url: "https://github.com/acme/app/issues/90",
    };
    const [finding] = freezeFindings(pr(), [], [freeze], config());
    expect(finding?.message).toContain("PC-P1-01 ([#90](https://github.com/acme/app/issues/90))");
    expect(finding?.message).toContain("until a maintainer clears it");
    expect(
      freezeFindings(pr({ branch: "hotfix/x", body: "PC-P1-01" }), [], [freeze], config()),
    ).toHaveLength(0);
    expect(
      freezeFindings(pr({ labels: ["wave:A-1"] }), [], [{ ...freeze, wave: "B-1" }], config()),
    ).toHaveLength(0);
  });
});
