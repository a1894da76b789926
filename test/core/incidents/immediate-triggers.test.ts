import { describe, expect, it } from "vitest";
import { readRestoreReport, replayRun, restoreBreaches } from "../../../core/incidents/index.js";
import { config } from "./helpers.js";

const NOW = new Date("2026-06-10T12:00:00Z");
const opened = (number: number, day: string) => ({ number, created_at: `${day}T08:00:00Z` });

describe("replayRun", () => {
  it.each([
    ["three consecutive days", ["2026-06-08", "2026-06-09", "2026-06-10"], true],
    ["two issues on one day count as one day", ["2026-06-09", "2026-06-09", "2026-06-10"], false],
    ["a gap breaks the run", ["2026-06-06", "2026-06-07", "2026-06-09", "2026-06-10"], false],
    ["a run across a month end", ["2026-05-31", "2026-06-01", "2026-06-02"], true],
  ])("%s", (_name, days, tripped) => {
    const run = replayRun(
      days.map((day, i) => opened(i + 1, day)),
      NOW,
      config(),
    );
    expect(run.tripped).toBe(tripped);
  });

  it("names the latest run, so its first day identifies it", () => {
    const days = [
      "2026-06-01",
      "2026-06-02",
      "2026-06-03",
      "2026-06-08",
      "2026-06-09",
      "2026-06-10",
    ];
    const run = replayRun(
      days.map((day, i) => opened(i + 1, day)),
      NOW,
      config(),
    );
    expect(run.days).toEqual(["2026-06-08", "2026-06-09", "2026-06-10"]);
    expect(run.issues).toEqual([4, 5, 6]);
  });

  it("ignores issues dated after now or with no date", () => {
    const run = replayRun(
      [
        opened(1, "2026-06-09"),
        opened(2, "2026-06-10"),
        opened(3, "2026-06-11"),
        { number: 4, created_at: "?" },
      ],
      NOW,
      config(),
    );
    expect(run.tripped).toBe(false);
  });
});

describe("readRestoreReport", () => {
  const valid = {
    kind: "restore-drill",
    drill: "prod-db",
    at: "2026-06-10T08:00:00Z",
    rpo_minutes: 20,
    rto_minutes: 30,
  };

  it("reads a report and names each target it misses", () => {
    const reading = readRestoreReport(JSON.stringify(valid));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(restoreBreaches(reading.report, config())).toEqual([
      "RPO 20 min over the target of 15 min",
    ]);
  });

  it.each([
    ["not JSON", "{rpo: 1", /not JSON/],
    [
      "missing figures",
      JSON.stringify({ ...valid, rpo_minutes: undefined, rto_minutes: undefined }),
      /rpo_minutes: .*rto_minutes: /,
    ],
    ["a figure as text", JSON.stringify({ ...valid, rto_minutes: "30" }), /rto_minutes: /],
    ["another kind of report", JSON.stringify({ ...valid, kind: "smoke" }), /kind: /],
    [
      "a report over 64 KiB",
      JSON.stringify({ ...valid, drill: "x".repeat(70_000) }),
      /over the limit/,
    ],
  ])("refuses %s, saying what to fix", (_name, text, message) => {
    const reading = readRestoreReport(text);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.error).toMatch(message);
  });
});
