import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ActivityAccount, parseActivityCsv } from "../../../../core/gates/pilot/activity.js";
import { pilotConfigSchema } from "../../../../core/gates/pilot/config.js";
import { activityScore, recommendRoster } from "../../../../core/gates/pilot/recommend.js";
import { parseRoster, renderRoster } from "../../../../core/gates/pilot/roster.js";

const NOW = new Date("2026-06-01T00:00:00Z");
const SOURCE = { file: "activity.csv", sha256: "0".repeat(64) };
const config = (recommend: object = {}) => pilotConfigSchema.parse({ recommend }).recommend;

function account(overrides: Partial<ActivityAccount> = {}): ActivityAccount {
  return {
    id: "A-1",
    name: "Acme",
    service: 20,
    sales: 20,
    lastActivity: "2026-06-01T00:00:00.000Z",
    technicalContact: "Ada <ada@a.example>",
    businessContact: "Grace <grace@a.example>",
    kind: "production",
    kindClass: "production",
    line: 2,
    ...overrides,
  };
}

const classOf = (overrides: Partial<ActivityAccount>, recommend: object = {}) =>
  recommendRoster([account(overrides)], config(recommend), NOW, SOURCE).candidates[0]?.class;

describe("activityScore", () => {
  it.each([
    [{}, 100],
    [{ service: 10, sales: 10 }, 60],
    [{ service: 400, sales: 0 }, 60],
    [{ lastActivity: "2026-05-17T00:00:00.000Z" }, 90],
    [{ lastActivity: "2026-05-02T00:00:00.000Z" }, 80],
  ])("scores %j as %i", (overrides, score) => {
    expect(activityScore(account(overrides), config(), NOW)).toBe(score);
  });
});

describe("recommendRoster", () => {
  it("suggests an active production account with both contacts", () => {
    expect(classOf({})).toBe("SUGERIDO");
  });

  it.each([
    [{ businessContact: null }, "REVISAR_CONTATO"],
    [{ technicalContact: null }, "REVISAR_CONTATO"],
    [{ kind: "demo", kindClass: "review" as const }, "REVISAR_PERFIL"],
    [{ service: 1, sales: 1, lastActivity: "2026-05-20T00:00:00.000Z" }, "REVISAR_PERFIL"],
    [{ kind: "homolog", kindClass: "review" as const, businessContact: null }, "REVISAR_PERFIL"],
  ])("classes %j as %s", (overrides, expected) => {
    expect(classOf(overrides)).toBe(expected);
  });

  it("lists every reason, whichever decided the class", () => {
    const roster = recommendRoster(
      [account({ kind: "demo", kindClass: "review", businessContact: null })],
      config(),
      NOW,
      SOURCE,
    );
    expect(roster.candidates[0]?.reasons).toEqual([
      "active in service (20) and sales (20), last active today; score 100",
      "a demo account: review whether it may join the window",
      "no business contact",
    ]);
  });

  it("takes min_score from the config", () => {
    const low = { service: 5, sales: 5 };
    expect(classOf(low)).toBe("REVISAR_PERFIL");
    expect(classOf(low, { min_score: 40 })).toBe("SUGERIDO");
  });

  it("excludes accounts not active in both areas within the window, saying why", () => {
    const roster = recommendRoster(
      [
        account({ id: "S", sales: 0 }),
        account({ id: "O", lastActivity: "2026-04-01T00:00:00.000Z" }),
      ],
      config(),
      NOW,
      SOURCE,
    );
    expect(roster.candidates).toEqual([]);
    expect(roster.excluded).toEqual([
      { id: "S", name: "Acme", line: 2, reasons: ["0 sales action(s), fewer than 1"] },
      {
        id: "O",
        name: "Acme",
        line: 2,
        reasons: ["last active 61 days ago, more than 30 (pilot.recommend.active_within_days)"],
      },
    ]);
    expect(classOf({ lastActivity: "2026-04-01T00:00:00.000Z" }, { active_within_days: 90 })).toBe(
      "SUGERIDO",
    );
  });

  it("lists candidates by class, then score, then id", () => {
    const roster = recommendRoster(
      [
        account({ id: "C", kind: "demo", kindClass: "review" }),
        account({ id: "B", service: 15 }),
        account({ id: "A", service: 15 }),
        account({ id: "D" }),
      ],
      config(),
      NOW,
      SOURCE,
    );
    expect(roster.candidates.map((c) => c.id)).toEqual(["D", "A", "B", "C"]);
  });

  it("classes every account of examples/pilot/activity.csv, every class and both exclusions among them", () => {
    const text = readFileSync("examples/pilot/activity.csv", "utf8");
    const parsed = parseActivityCsv(text, config(), NOW);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const roster = recommendRoster(parsed.accounts, config(), NOW, SOURCE);
    expect(Object.fromEntries(roster.candidates.map((c) => [c.id, c.class]))).toEqual({
      "ACME-01": "SUGERIDO",
      "GAMA-03": "SUGERIDO",
      "BETA-02": "SUGERIDO",
      "DELTA-04": "REVISAR_CONTATO",
      "EPS-05": "REVISAR_PERFIL",
      "ETA-07": "REVISAR_PERFIL",
      "ZETA-06": "REVISAR_PERFIL",
    });
    expect(roster.excluded.map((e) => e.id)).toEqual(["THETA-08", "IOTA-09"]);
    // What recommend writes, parse reads back unchanged.
    expect(parseRoster(renderRoster(roster), "roster.json")).toEqual(roster);
  });
});
