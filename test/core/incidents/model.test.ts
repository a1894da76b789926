import { describe, expect, it } from "vitest";
import { type IncidentIssue, toIncident, waveOf } from "../../../core/incidents/index.js";
import { config } from "./helpers.js";

const issue = (overrides: Partial<IncidentIssue> = {}): IncidentIssue => ({
  number: 7,
  title: "INC-7: checkout down",
  html_url: "https://github.com/acme/app/issues/7",
  labels: ["P0", { name: "wave:O-02" }, "core-flow", "bug"],
  state: "open",
  created_at: "2026-06-01T10:00:00Z",
  closed_at: null,
  ...overrides,
});

describe("toIncident", () => {
  it("reads severity, wave, kinds and id from labels and title", () => {
    expect(toIncident(issue(), config())).toMatchObject({
      number: 7,
      id: "INC-7",
      severity: "critical",
      wave: "O-02",
      kinds: ["core-flow"],
      open: true,
      openedAt: new Date("2026-06-01T10:00:00Z"),
    });
  });

  it.each([
    [["P0"], "critical"],
    [["Critical"], "critical"],
    [["P1"], "high"],
    [["medium"], "medium"],
    [["P2", "P0"], "critical"],
    [["bug"], undefined],
  ] as const)("labels %j give severity %s", (labels, severity) => {
    expect(toIncident(issue({ labels: [...labels] }), config())?.severity).toBe(severity);
  });

  it("reads the escalation level its labels record, the highest of the chain", () => {
    const chain = config({ escalation: [{ name: "on-call" }, { name: "eng-lead" }] });
    const labelled = (labels: string[]) => toIncident(issue({ labels }), chain)?.escalationLevel;
    expect(labelled(["P0"])).toBe(0);
    expect(labelled(["P0", "escalation:on-call"])).toBe(1);
    expect(labelled(["P0", "Escalation:On-Call", "escalation:eng-lead"])).toBe(2);
    expect(labelled(["P0", "escalation:leadership"])).toBe(0);
  });

  it("uses configured severity label names", () => {
    const custom = config({ severity_labels: { critical: ["sev1"] } });
    expect(toIncident(issue({ labels: ["sev1"] }), custom)?.severity).toBe("critical");
    expect(toIncident(issue({ labels: ["P0"] }), custom)).toBeUndefined();
  });

  it("stops the clocks at the first maintainer response and the first contained/recovered labels", () => {
    const incident = toIncident(
      issue({
        events: [
          { type: "commented", at: "2026-06-01T10:01:00Z", byMaintainer: false },
          { type: "assigned", at: "2026-06-01T10:04:00Z", byMaintainer: true },
          { type: "commented", at: "2026-06-01T10:03:00Z", byMaintainer: true },
          { type: "labeled", at: "2026-06-01T10:20:00Z", label: "Contained" },
          { type: "labeled", at: "2026-06-01T10:10:00Z", label: "contained" },
          { type: "labeled", at: "2026-06-01T11:00:00Z", label: "recovered" },
        ],
      }),
      config(),
    );
    expect(incident?.ackAt).toEqual(new Date("2026-06-01T10:03:00Z"));
    expect(incident?.containedAt).toEqual(new Date("2026-06-01T10:10:00Z"));
    expect(incident?.recoveredAt).toEqual(new Date("2026-06-01T11:00:00Z"));
  });

  it("counts closing as recovery when no recovered label was added", () => {
    const incident = toIncident(
      issue({ state: "closed", closed_at: "2026-06-01T10:45:00Z" }),
      config(),
    );
    expect(incident).toMatchObject({ open: false, recoveredAt: new Date("2026-06-01T10:45:00Z") });
    expect(incident?.ackAt).toBeUndefined();
  });
});

describe("waveOf", () => {
  const fromStory = config({ wave_from_story: "^\\w+/([A-Z]+-[0-9]+)-" });
  it.each([
    [{ labels: ["wave:O-02"], branch: "feature/P-01-x" }, fromStory, "O-02"],
    [{ labels: [], branch: "feature/P-01-x" }, fromStory, "P-01"],
    [{ labels: [], branch: "feature/P-01-x" }, config(), undefined],
    [{ labels: [], branch: "x", title: "no wave" }, fromStory, undefined],
  ])("%j", (pr, cfg, wave) => {
    expect(waveOf(pr, cfg)).toBe(wave);
  });
});
