import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../core/config/load.js";
import { configSchema } from "../../../core/config/schema.js";
import { MAX_CYCLE_STORIES, MAX_CYCLES } from "../../../core/cycles/config.js";

const window = { start: "2026-01-05", end: "2026-01-16" };

function messages(cycles: unknown): string[] {
  const parsed = configSchema.safeParse({ cycles });
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("cycles config", () => {
  it("fills the default exit criteria and keeps report_passed by name", () => {
    const config = configSchema.parse({
      cycles: {
        "O-01": { window, stories: ["S-PC-01"] },
        "O-02": { window, wave: "O-02", exit: [{ report_passed: "restore-drill" }] },
      },
    });
    expect(config.cycles["O-01"]?.exit).toEqual([
      "stories_merged_green",
      "evidence_published",
      "no_open_critical",
    ]);
    expect(config.cycles["O-02"]?.exit).toEqual([{ report_passed: "restore-drill" }]);
  });

  it("reads dates written unquoted in YAML, as the README's example has them", () => {
    const config = parseConfig(
      "cycles:\n  O-01:\n    window: { start: 2026-01-05, end: 2026-01-16 }\n    stories: [S-PC-01]\n",
    );
    expect(config.cycles["O-01"]?.window).toEqual({ start: "2026-01-05", end: "2026-01-16" });
  });

  it("refuses a story id that ids.pattern does not accept, naming where it is", () => {
    expect(messages({ "O-01": { window, stories: ["S-PC-01", "login page"] } })).toEqual([
      'cycles.O-01.stories.1: "login page" is not a story id by ids.pattern ([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-[0-9]+), so no PR could carry it; fix the id or ids.pattern',
    ]);
  });

  it("has no cycles by default", () => {
    expect(configSchema.parse({}).cycles).toEqual({});
  });

  it.each([
    ["neither stories nor wave", { window }, /either `stories`.*or `wave`/],
    ["both stories and wave", { window, stories: ["S-1"], wave: "O" }, /either `stories`/],
    ["an empty story list", { window, stories: [] }, /stories: an empty story list/],
    [
      "an end before the start",
      { window: { start: "2026-02-01", end: "2026-01-01" }, stories: ["S-1"] },
      /window: window.end is before/,
    ],
    [
      "a date that is not one",
      { window: { start: "2026-02-31x", end: "2026-03-01" }, stories: ["S-1"] },
      /expected a date/,
    ],
    [
      "a criterion outside the vocabulary",
      { window, stories: ["S-1"], exit: ["all_good"] },
      /exit.0/,
    ],
    [
      "a report name with a path",
      { window, stories: ["S-1"], exit: [{ report_passed: "../x" }] },
      /report name/,
    ],
    ["no criterion", { window, stories: ["S-1"], exit: [] }, /at least one exit criterion/],
  ])("refuses %s with a message that says what to write", (_name, cycle, message) => {
    expect(messages({ "O-01": cycle }).join("\n")).toMatch(message);
  });

  it("bounds the number of cycles and of stories per cycle", () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_CYCLES + 1 }, (_, i) => [`C-${i}`, { window, stories: ["S-1"] }]),
    );
    expect(messages(many).join("\n")).toMatch(/at most 20 cycles/);
    const stories = Array.from({ length: MAX_CYCLE_STORIES + 1 }, (_, i) => `S-${i}`);
    expect(messages({ "O-01": { window, stories } }).join("\n")).toMatch(/at most 50 stories/);
  });
});
