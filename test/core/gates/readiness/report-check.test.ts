import { describe, expect, it } from "vitest";
import {
  READINESS_CLOCK_SKEW_MS,
  readinessReportProblems,
  verdictProblem,
} from "../../../../core/gates/readiness/report-check.js";

const NOW = new Date("2026-05-01T10:00:00Z");
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString();
const go = (evaluated_at: string) => ({ verdict: "GO", blockers: [], evaluated_at }) as const;

describe("readinessReportProblems", () => {
  it.each([
    ["judged an hour ago", at(-3_600_000)],
    ["judged now", at(0)],
    ["judged at the edge of the clock skew", at(READINESS_CLOCK_SKEW_MS)],
  ])("accepts a consistent report %s", (_name, evaluated) => {
    expect(readinessReportProblems(go(evaluated), NOW)).toEqual([]);
  });

  it("refuses an evaluated_at past the clock skew, or that is not a time", () => {
    expect(readinessReportProblems(go(at(READINESS_CLOCK_SKEW_MS + 1_000)), NOW)).toEqual([
      "evaluated_at 2026-05-01T10:05:01.000Z is 5 min 1 s after now (2026-05-01T10:00:00.000Z), more than the 5 min clocks may differ: the report is not from this run, or a clock is wrong",
    ]);
    expect(readinessReportProblems(go("soon"), NOW)[0]).toMatch(
      /^evaluated_at "soon" is not a time/,
    );
  });

  it("lists a contradicting verdict and a future time together", () => {
    const report = { verdict: "NO-GO", blockers: [], evaluated_at: at(86_400_000) } as const;
    expect(readinessReportProblems(report, NOW)).toHaveLength(2);
  });
});

describe("verdictProblem", () => {
  it.each([
    ["GO", [], undefined],
    ["NO-GO", ["p0-incidents"], undefined],
    ["GO", ["p0-incidents"], /GO but it lists blockers \(p0-incidents\)/],
    ["NO-GO", [], /NO-GO but it lists no blocker/],
  ] as const)("%s with %j", (verdict, blockers, expected) => {
    const problem = verdictProblem(verdict, blockers);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});
