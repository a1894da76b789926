import { describe, expect, it } from "vitest";
import {
  type CheckOutcome,
  consecutiveFailures,
  p0TriggerTripped,
  shouldEscalateFailures,
} from "../../../core/incidents/index.js";
import { config, incident, plus } from "./helpers.js";

describe("shouldEscalateFailures", () => {
  it.each([
    [["fail", "fail", "fail"], 3, true],
    [["pass", "fail", "fail", "fail"], 3, true],
    [["fail", "fail", "pass", "fail"], 1, false],
    [["fail", "pass", "fail", "fail"], 2, false],
    [["fail", "fail", "fail", "pass"], 0, false],
    [[], 0, false],
  ] as const)("%j: %d in a row, escalate %s", (history, count, escalate) => {
    const outcomes = [...history] as CheckOutcome[];
    expect(consecutiveFailures(outcomes)).toBe(count);
    expect(shouldEscalateFailures(outcomes, config())).toBe(escalate);
  });

  it("uses the configured threshold", () => {
    expect(shouldEscalateFailures(["fail", "fail"], config({ consecutive_failures: 2 }))).toBe(
      true,
    );
  });
});

describe("p0TriggerTripped", () => {
  const NOW = new Date("2026-06-30T12:00:00Z");
  const DAY = 24 * 60;

  it.each([
    ["13 days apart", 13, true],
    ["14 days apart (window edge)", 14, true],
    ["15 days apart", 15, false],
  ])("two critical incidents %s", (_name, days, tripped) => {
    const incidents = [
      incident({ number: 1, openedAt: plus(NOW, -days * DAY), open: false }),
      incident({ number: 2, openedAt: NOW }),
    ];
    const result = p0TriggerTripped(incidents, NOW, config());
    expect(result).toMatchObject({ id: "PC-P1-01", tripped });
    expect(result.incidents).toEqual(tripped ? [1, 2] : [2]);
  });

  it("counts only critical incidents", () => {
    const incidents = [
      incident({ number: 1, openedAt: plus(NOW, -DAY), severity: "high" }),
      incident({ number: 2, openedAt: NOW }),
    ];
    expect(p0TriggerTripped(incidents, NOW, config()).tripped).toBe(false);
  });

  it("uses the configured count, window and id", () => {
    const custom = config({ p0_trigger: { count: 3, days: 7, id: "TRIP-1" } });
    const incidents = [1, 2, 3].map((n) => incident({ number: n, openedAt: plus(NOW, -n * DAY) }));
    expect(p0TriggerTripped(incidents, NOW, custom)).toMatchObject({ tripped: true, id: "TRIP-1" });
    expect(p0TriggerTripped(incidents.slice(1), NOW, custom).tripped).toBe(false);
  });
});
