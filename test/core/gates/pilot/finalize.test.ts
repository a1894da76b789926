import { describe, expect, it } from "vitest";
import { finalizePilot } from "../../../../core/gates/pilot/finalize.js";
import { applyResolution } from "../../../../core/gates/pilot/review.js";
import type { Roster, RosterCandidate, RosterClass } from "../../../../core/gates/pilot/roster.js";

const BOUNDS = { min_clients: 3, max_clients: 5, min_window_hours: 48 };

function candidate(id: string, cls: RosterClass, contacts = true): RosterCandidate {
  return {
    id,
    name: `Client ${id}`,
    class: cls,
    score: 80,
    reasons: [],
    service: 5,
    sales: 5,
    last_activity: "2026-05-30T00:00:00.000Z",
    kind: "production",
    technical_contact: contacts ? `T <t@${id}.example>` : null,
    business_contact: contacts ? `B <b@${id}.example>` : null,
    line: 2,
    receipts: [],
  };
}

function roster(candidates: RosterCandidate[]): Roster {
  return {
    version: 1,
    generated_at: "2026-06-01T00:00:00.000Z",
    source: { file: "a.csv", sha256: "0".repeat(64), accounts: candidates.length },
    rules: { active_within_days: 30, min_activity: 1, activity_target: 20, min_score: 60 },
    candidates,
    excluded: [],
  };
}

const window = { windowStart: "2026-06-02T09:00:00Z", windowHours: 48, bounds: BOUNDS };
const three = ["A", "B", "C"].map((id) => candidate(id, "SUGERIDO"));

describe("finalizePilot", () => {
  it("takes every SUGERIDO candidate with both contacts, and the window", () => {
    const result = finalizePilot(roster([...three, candidate("D", "REVISAR_PERFIL")]), {
      chosen: undefined,
      ...window,
    });
    expect(result).toEqual({
      ok: true,
      clients: three.map((c) => ({
        id: c.id,
        name: c.name,
        status: "suggested",
        technical_contact: c.technical_contact,
        business_contact: c.business_contact,
      })),
      window: { start: "2026-06-02T09:00:00Z", hours: 48 },
    });
  });

  it("refuses fewer than 3, naming the reviews pending", () => {
    const result = finalizePilot(
      roster([three[0] as RosterCandidate, candidate("D", "REVISAR_CONTATO")]),
      {
        chosen: undefined,
        ...window,
      },
    );
    expect(result).toEqual({
      ok: false,
      refusals: [
        "1 client(s) SUGERIDO (A); the pilot needs 3 to 5: settle the 1 review(s) pending (D) with pilot-gate pilot review resolve",
      ],
    });
  });

  it.each(["June 2, 2026", "2026-06-02T09:00"])("refuses the window start %j", (start) => {
    const result = finalizePilot(roster(three), {
      chosen: undefined,
      ...window,
      windowStart: start,
    });
    expect(result.ok ? [] : result.refusals).toEqual([
      `--window-start "${start}" is not a time; give a date (2026-06-02) or an ISO 8601 date-time with its zone (2026-06-02T09:00:00Z)`,
    ]);
  });

  it("refuses more than 5 unless --clients chooses", () => {
    const six = ["A", "B", "C", "D", "E", "F"].map((id) => candidate(id, "SUGERIDO"));
    const all = finalizePilot(roster(six), { chosen: undefined, ...window });
    expect(all.ok ? [] : all.refusals).toEqual([
      "6 client(s) SUGERIDO (A, B, C, D, E, F); the pilot needs 3 to 5: choose 5 or fewer with --clients <id,id,...>",
    ]);
    expect(finalizePilot(roster(six), { chosen: ["A", "C", "E"], ...window }).ok).toBe(true);
  });

  it("names every problem at once: a short window, a bad start, a missing contact, a chosen id under review", () => {
    const result = finalizePilot(
      roster([
        ...three.slice(0, 2),
        candidate("N", "SUGERIDO", false),
        candidate("R", "REVISAR_PERFIL"),
      ]),
      {
        chosen: ["A", "B", "N", "R", "X"],
        windowStart: "tomorrow",
        windowHours: 24,
        bounds: BOUNDS,
      },
    );
    expect(result.ok ? [] : result.refusals).toEqual([
      '--window-start "tomorrow" is not a time; give a date (2026-06-02) or an ISO 8601 date-time with its zone (2026-06-02T09:00:00Z)',
      "the window is 24 h; the pilot needs at least 48 h (--window-hours, readiness.thresholds.min_window_hours)",
      "R is REVISAR_PERFIL, not SUGERIDO; settle its review first (pilot-gate pilot review resolve --client R ...)",
      '--clients names "X", which is not a candidate in the roster',
      'N has no technical contact; record it with pilot-gate pilot review resolve --client N --decision accept --technical-contact "<name and email>" ...',
      'N has no business contact; record it with pilot-gate pilot review resolve --client N --decision accept --business-contact "<name and email>" ...',
    ]);
  });
});

describe("applyResolution", () => {
  const under = roster([
    candidate("D", "REVISAR_CONTATO", false),
    candidate("P", "REVISAR_PERFIL"),
  ]);
  const at = "2026-06-01T12:00:00.000Z";

  it("accepts with the missing contacts and records a receipt, leaving the given roster as it was", () => {
    const updated = applyResolution(under, {
      client: "D",
      decision: "accept",
      by: "octocat",
      reason: "sales confirmed",
      at,
      technicalContact: "T <t@d.example>",
      businessContact: "B <b@d.example>",
      issue: 12,
    });
    expect(updated.candidates[0]).toMatchObject({
      class: "SUGERIDO",
      business_contact: "B <b@d.example>",
      receipts: [
        {
          decision: "accept",
          by: "octocat",
          at,
          reason: "sales confirmed",
          from: "REVISAR_CONTATO",
          to: "SUGERIDO",
          issue: 12,
        },
      ],
    });
    expect(under.candidates[0]?.class).toBe("REVISAR_CONTATO");
  });

  it("refuses to accept a client still missing a contact", () => {
    expect(() =>
      applyResolution(under, { client: "D", decision: "accept", by: "o", reason: "r", at }),
    ).toThrow(
      'D cannot be accepted without both contacts; pass --technical-contact and --business-contact "<name and email>" with the decision',
    );
  });

  it("rejects into DESCARTADO, and refuses to decide a candidate not under review or unknown", () => {
    const rejected = applyResolution(under, {
      client: "P",
      decision: "reject",
      by: "o",
      reason: "demo",
      at,
    });
    expect(rejected.candidates[1]?.class).toBe("DESCARTADO");
    expect(() =>
      applyResolution(rejected, { client: "P", decision: "accept", by: "o", reason: "r", at }),
    ).toThrow("P is DESCARTADO, not under review");
    expect(() =>
      applyResolution(under, { client: "Z", decision: "accept", by: "o", reason: "r", at }),
    ).toThrow('no candidate "Z" in the roster; its candidates are D, P');
  });
});
