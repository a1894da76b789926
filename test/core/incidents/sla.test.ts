import { describe, expect, it } from "vitest";
import {
  escalationLevelFromLabels,
  escalationsDue,
  type Incident,
  slaStatus,
} from "../../../core/incidents/index.js";
import { config, incident, plus } from "./helpers.js";

// A Wednesday, 10:00 UTC.
const OPENED = "2026-06-03T10:00:00Z";

function clock(inc: Incident, now: Date, name: string) {
  return slaStatus(inc, now, config()).find((status) => status.clock === name);
}

describe("slaStatus", () => {
  it.each([
    // severity, clock, field stopping it, minutes after opening it stopped (undefined: still running)
    ["critical", "ack", "ackAt", 5, false],
    ["critical", "ack", "ackAt", 6, true],
    ["critical", "contain", "containedAt", 15, false],
    ["critical", "contain", "containedAt", 16, true],
    ["critical", "recover", "recoveredAt", 60, false],
    ["critical", "recover", "recoveredAt", 61, true],
    ["high", "ack", "ackAt", 15, false],
    ["high", "ack", "ackAt", 16, true],
    ["high", "contain", "containedAt", 60, false],
    ["high", "contain", "containedAt", 61, true],
    ["high", "recover", "recoveredAt", 72 * 60, false],
    ["high", "recover", "recoveredAt", 72 * 60 + 1, true],
    ["medium", "ack", "ackAt", 240, false],
    ["medium", "ack", "ackAt", 241, true],
    ["medium", "recover", "recoveredAt", 14 * 24 * 60, false],
    ["medium", "recover", "recoveredAt", 14 * 24 * 60 + 1, true],
  ] as const)("%s %s met after %d min: breached %s", (severity, name, field, after, breached) => {
    const inc = incident({ severity, openedAt: new Date(OPENED), [field]: plus(OPENED, after) });
    const status = clock(inc, plus(OPENED, 30 * 24 * 60), name);
    expect(status).toMatchObject({ breached, metAt: plus(OPENED, after) });
    expect(status?.overdueBy).toBe(breached ? 1 : 0);
  });

  it("a running clock is breached once now passes its due time", () => {
    const inc = incident({ openedAt: new Date(OPENED) });
    expect(clock(inc, plus(OPENED, 5), "ack")).toMatchObject({ breached: false, overdueBy: 0 });
    expect(clock(inc, plus(OPENED, 12), "ack")).toMatchObject({
      breached: true,
      overdueBy: 7,
      dueAt: plus(OPENED, 5),
    });
  });

  it("medium has no containment clock", () => {
    const inc = incident({ severity: "medium", openedAt: new Date(OPENED) });
    expect(slaStatus(inc, new Date(OPENED), config()).map((s) => s.clock)).toEqual([
      "ack",
      "recover",
    ]);
  });

  it("recovering stops the containment clock too", () => {
    const inc = incident({ openedAt: new Date(OPENED), recoveredAt: plus(OPENED, 10) });
    expect(clock(inc, plus(OPENED, 500), "contain")).toMatchObject({ breached: false });
  });

  it.each([
    // Friday 16:00 UTC: 2 business hours left that day, 2 more on Monday from 09:00.
    ["Monday 10:59", "2026-06-08T10:59:00Z", false],
    ["Monday 11:01", "2026-06-08T11:01:00Z", true],
    ["Saturday (no business time passes)", "2026-06-06T20:00:00Z", false],
  ])("medium ack opened Friday 16:00, now %s", (_name, now, breached) => {
    const inc = incident({ severity: "medium", openedAt: new Date("2026-06-05T16:00:00Z") });
    const status = clock(inc, new Date(now), "ack");
    expect(status).toMatchObject({
      business: true,
      dueAt: new Date("2026-06-08T11:00:00Z"),
      breached,
    });
  });
});

describe("escalationsDue", () => {
  const cfg = config();
  const inc = incident({ openedAt: new Date(OPENED) });

  it("nothing is due before a clock is breached", () => {
    expect(escalationsDue(inc, 0, plus(OPENED, 4), cfg)).toBeUndefined();
  });

  it("one level per breached clock, never the same level twice", () => {
    // 20 min in: ack (5) and contain (15) breached, recover (60) not yet.
    const now = plus(OPENED, 20);
    const first = escalationsDue(inc, 0, now, cfg);
    expect(first).toMatchObject({
      level: 1,
      name: "superadmin",
      label: "escalation:superadmin",
    });
    expect(first?.breached).toEqual(["ack", "contain"]);
    const second = escalationsDue(inc, 1, now, cfg);
    expect(second).toMatchObject({ level: 2, name: "devops-on-call" });
    // A sweep running again at the same level gets nothing more.
    expect(escalationsDue(inc, 2, now, cfg)).toBeUndefined();
    expect(escalationsDue(inc, 2, plus(OPENED, 30), cfg)).toBeUndefined();
    // The third clock breaching earns the third level, and that is the ceiling.
    expect(escalationsDue(inc, 2, plus(OPENED, 61), cfg)).toMatchObject({ level: 3 });
    expect(escalationsDue(inc, 3, plus(OPENED, 6000), cfg)).toBeUndefined();
  });

  it("a sweep replaying its own labels is idempotent", () => {
    const labels: string[] = ["P0"];
    const now = plus(OPENED, 20);
    for (let run = 0; run < 4; run++) {
      const step = escalationsDue(
        inc,
        escalationLevelFromLabels(labels, "critical", cfg),
        now,
        cfg,
      );
      if (step) labels.push(step.label);
    }
    expect(labels).toEqual(["P0", "escalation:superadmin", "escalation:devops-on-call"]);
  });

  it("stops at a short chain", () => {
    const short = config({ escalation: [{ name: "on-call", mention: ["@acme/sre"] }] });
    expect(escalationsDue(inc, 0, plus(OPENED, 100), short)).toMatchObject({
      level: 1,
      mention: ["@acme/sre"],
    });
    expect(escalationsDue(inc, 1, plus(OPENED, 100), short)).toBeUndefined();
  });

  describe("a chain per severity", () => {
    // Every clock of each severity breached: as far up its chain as its clocks reach.
    const late = plus(OPENED, 30 * 24 * 60);
    const climb = (severity: Incident["severity"], cfg: ReturnType<typeof config>) => {
      const inc = incident({ severity, openedAt: new Date(OPENED) });
      const names: string[] = [];
      for (let level = 0; ; level++) {
        const step = escalationsDue(inc, level, late, cfg);
        if (!step) return names;
        names.push(step.name);
      }
    };

    it.each([
      ["critical", ["superadmin", "devops-on-call", "architect"]],
      ["high", ["tech-lead", "qa", "devops"]],
      // Two clocks (no containment): two levels.
      ["medium", ["story-owner", "sm"]],
    ] as const)("a %s incident climbs the playbook's %s chain", (severity, names) => {
      expect(climb(severity, config())).toEqual(names);
    });

    it("mentions the people configured for the incident's severity, not another's", () => {
      const cfg = config({
        escalation: {
          critical: [{ name: "sre", mention: ["@acme/sre"] }],
          high: [{ name: "lead", mention: ["@alice"] }],
        },
      });
      const high = incident({ severity: "high", openedAt: new Date(OPENED) });
      expect(escalationsDue(high, 0, late, cfg)).toMatchObject({
        name: "lead",
        mention: ["@alice"],
        label: "escalation:lead",
      });
      // Left out: medium keeps the playbook's chain.
      expect(climb("medium", cfg)).toEqual(["story-owner", "sm"]);
      // A label of another severity's chain is not a level of this one.
      expect(escalationLevelFromLabels(["escalation:sre"], "high", cfg)).toBe(0);
      expect(escalationLevelFromLabels(["escalation:lead"], "high", cfg)).toBe(1);
    });

    it("the earlier single-list form applies to every severity", () => {
      const cfg = config({ escalation: [{ name: "on-call" }, { name: "eng-lead" }] });
      for (const severity of ["critical", "high", "medium"] as const) {
        expect(climb(severity, cfg)).toEqual(["on-call", "eng-lead"]);
      }
    });

    it("an empty chain is a config error that says what a chain needs", () => {
      expect(() => config({ escalation: { high: [] } })).toThrow(/at least one level/);
      expect(() => config({ escalation: [] })).toThrow(/at least one level/);
    });
  });
});
