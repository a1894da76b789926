import { describe, expect, it } from "vitest";
import { type ConfigInput, configSchema } from "../../../core/config/schema.js";
import {
  type CycleInputs,
  type CyclePull,
  evaluateCycles,
  publishedStories,
  pullsToCheck,
  reportPaths,
  storiesOfPull,
} from "../../../core/cycles/index.js";

const NOW = new Date("2026-01-10T12:00:00Z");
const window = { start: "2026-01-05", end: "2026-01-16" };

function config(cycles: NonNullable<ConfigInput["cycles"]>) {
  return configSchema.parse({ cycles });
}

function pull(number: number, story: string, more: Partial<CyclePull> = {}): CyclePull {
  return {
    number,
    url: `https://github.com/acme/api/pull/${number}`,
    title: `${story}: work`,
    branch: `feature/${story}-work`,
    base: "main",
    labels: [],
    headSha: `${number}`.padStart(40, "a"),
    state: "closed",
    merged: true,
    check: { state: "success", url: `https://github.com/acme/api/runs/${number}` },
    ...more,
  };
}

function inputs(more: Partial<CycleInputs> = {}): CycleInputs {
  return {
    now: NOW,
    checkName: "required-check",
    pulls: { available: true, items: [pull(1, "S-PC-01"), pull(2, "S-PC-02")] },
    evidence: {
      available: true,
      items: [
        {
          story: "S-PC-01",
          url: "https://github.com/acme/api/tree/pilot-evidence/evidence/story/S-PC-01",
        },
        {
          story: "S-PC-02",
          url: "https://github.com/acme/api/tree/pilot-evidence/evidence/story/S-PC-02",
        },
      ],
    },
    critical: { available: true, items: [] },
    reports: {},
    ...more,
  };
}

const STORIES = config({ "O-01": { window, stories: ["S-PC-01", "S-PC-02"] } });

describe("evaluateCycles", () => {
  it("meets a cycle whose stories merged green with evidence and no open critical incident", () => {
    const report = evaluateCycles(STORIES, inputs());
    expect(report.met).toBe(true);
    const [cycle] = report.cycles;
    expect(cycle?.criteria.map((c) => [c.criterion, c.met])).toEqual([
      ["stories_merged_green", true],
      ["evidence_published", true],
      ["no_open_critical", true],
    ]);
    expect(cycle?.stories.map((s) => s.state)).toEqual(["done", "done"]);
  });

  it("fails closed on a story no PR carries, saying so", () => {
    const report = evaluateCycles(
      config({ "O-01": { window, stories: ["S-PC-01", "S-XX-99"] } }),
      inputs(),
    );
    expect(report.met).toBe(false);
    const story = report.cycles[0]?.stories[1];
    expect(story).toMatchObject({ id: "S-XX-99", state: "blocked" });
    expect(story?.reason).toMatch(/no PR carries S-XX-99: name it in a PR's branch or title/);
    expect(report.cycles[0]?.criteria[0]?.met).toBe(false);
  });

  it("calls a story not found in a truncated PR list unknown, not met", () => {
    const report = evaluateCycles(
      config({ "O-01": { window, stories: ["S-XX-99"], exit: ["stories_merged_green"] } }),
      inputs({
        pulls: {
          available: true,
          items: [pull(1, "S-PC-01")],
          truncated: { read: 500, reason: "only the 500 most recently updated PRs are read" },
        },
      }),
    );
    expect(report.cycles[0]?.stories[0]?.reason).toMatch(/^unknown: no PR among the 500 read/);
    expect(report.met).toBe(false);
  });

  it.each([
    ["failed", { state: "failure" } as const, /#1 was merged but required-check failed/],
    ["never posted", { state: "missing" } as const, /has no required-check from the App/],
    [
      "unreadable",
      { state: "unknown", reason: "GitHub answered 502" } as const,
      /unknown \(GitHub answered 502\)/,
    ],
  ])("blocks a story merged with required-check %s", (_name, check, reason) => {
    const report = evaluateCycles(
      STORIES,
      inputs({
        pulls: { available: true, items: [pull(1, "S-PC-01", { check }), pull(2, "S-PC-02")] },
      }),
    );
    expect(report.cycles[0]?.stories[0]).toMatchObject({ state: "blocked" });
    expect(report.cycles[0]?.stories[0]?.reason).toMatch(reason);
    expect(report.cycles[0]?.criteria[0]?.met).toBe(false);
  });

  it("tells pending (open PR) from blocked (labelled blocked, or closed unmerged)", () => {
    const report = evaluateCycles(
      config({ "O-01": { window, stories: ["S-A-1", "S-B-2", "S-C-3"] } }),
      inputs({
        pulls: {
          available: true,
          items: [
            pull(1, "S-A-1", { state: "open", merged: false }),
            pull(2, "S-B-2", { state: "open", merged: false, labels: ["blocked"] }),
            pull(3, "S-C-3", { state: "closed", merged: false }),
          ],
        },
      }),
    );
    expect(report.cycles[0]?.stories.map((s) => [s.id, s.state, s.reason])).toEqual([
      ["S-A-1", "pending", "#1 open"],
      ["S-B-2", "blocked", "#2 is labelled blocked"],
      ["S-C-3", "blocked", "#3 closed without merging"],
    ]);
  });

  it("misses evidence per story and links the packs it found", () => {
    const report = evaluateCycles(
      STORIES,
      inputs({
        evidence: {
          available: true,
          items: [
            { story: "s-pc-01", url: "https://github.com/acme/api/tree/e/evidence/story/s-pc-01" },
          ],
        },
      }),
    );
    const evidence = report.cycles[0]?.criteria[1];
    expect(evidence).toMatchObject({ criterion: "evidence_published", met: false });
    expect(evidence?.detail).toMatch(/no evidence pack for S-PC-02/);
    expect(evidence?.links).toEqual([
      { label: "S-PC-01", url: "https://github.com/acme/api/tree/e/evidence/story/s-pc-01" },
    ]);
  });

  it("is not met while a critical incident is open, or when they could not be read", () => {
    const open = evaluateCycles(
      STORIES,
      inputs({
        critical: {
          available: true,
          items: [{ number: 9, title: "DB down", url: "https://github.com/acme/api/issues/9" }],
        },
      }),
    );
    expect(open.cycles[0]?.criteria[2]).toMatchObject({
      met: false,
      detail: "1 open critical incident(s): #9",
    });
    const unread = evaluateCycles(
      STORIES,
      inputs({
        critical: { available: false, reason: "GitHub answered 403 reading the incidents" },
      }),
    );
    expect(unread.cycles[0]?.criteria[2]).toMatchObject({
      met: false,
      detail: "unknown: GitHub answered 403 reading the incidents",
    });
  });

  it("fails every criterion closed when the PRs could not be read", () => {
    const report = evaluateCycles(
      STORIES,
      inputs({ pulls: { available: false, reason: "GitHub answered 500" } }),
    );
    expect(report.cycles[0]?.stories.map((s) => s.reason)).toEqual([
      "unknown: GitHub answered 500",
      "unknown: GitHub answered 500",
    ]);
    expect(report.cycles[0]?.criteria[0]?.met).toBe(false);
  });

  describe("report_passed", () => {
    const drill = config({
      "O-01": { window, stories: ["S-PC-01"], exit: [{ report_passed: "restore-drill" }] },
    });
    const file = (
      text: string | undefined,
      path = "evidence/pilot/p1/reports/restore-drill.json",
    ) => ({
      path,
      url: `https://github.com/acme/api/blob/pilot-evidence/${path}`,
      text,
    });
    const judge = (files: ReturnType<typeof file>[]) =>
      evaluateCycles(
        drill,
        inputs({ reports: { "restore-drill": { available: true, items: files } } }),
      ).cycles[0]?.criteria[0];

    it("is met by the newest report saying PASS within the window", () => {
      expect(
        judge([
          file(
            '{"verdict":"FAIL","evaluated_at":"2026-01-06T00:00:00Z"}',
            "evidence/pilot/a/reports/restore-drill.json",
          ),
          file('{"verdict":"PASS","evaluated_at":"2026-01-08T00:00:00Z"}'),
        ]),
      ).toMatchObject({ criterion: "report_passed: restore-drill", met: true });
    });

    it.each([
      [
        "says FAIL",
        '{"verdict":"FAIL","evaluated_at":"2026-01-08T00:00:00Z"}',
        /says FAIL, not PASS/,
      ],
      ["has no verdict", '{"evaluated_at":"2026-01-08T00:00:00Z"}', /has no verdict field/],
      ["has no evaluated_at", '{"verdict":"PASS"}', /has no evaluated_at/],
      [
        "is from before the cycle",
        '{"verdict":"PASS","evaluated_at":"2025-12-01T00:00:00Z"}',
        /before the cycle started/,
      ],
      ["is not JSON", "PASS", /is not JSON/],
    ])("is not met by a report that %s", (_name, text, detail) => {
      const result = judge([file(text)]);
      expect(result?.met).toBe(false);
      expect(result?.detail).toMatch(detail);
    });

    it("is not met when no such report exists", () => {
      expect(judge([])?.detail).toMatch(/no reports\/restore-drill\.json in any evidence pack/);
    });
  });

  it("lists a cycle not started yet without judging it, and an unmet past one as overdue", () => {
    const report = evaluateCycles(
      config({
        "O-01": { window: { start: "2026-01-01", end: "2026-01-03" }, stories: ["S-XX-1"] },
        "O-02": { window: { start: "2026-02-01", end: "2026-02-10" }, stories: ["S-XX-2"] },
      }),
      inputs(),
    );
    expect(report.cycles.map((c) => [c.id, c.phase, c.met])).toEqual([
      ["O-01", "overdue", false],
      ["O-02", "upcoming", false],
    ]);
    expect(report.cycles[1]?.criteria).toEqual([]);
  });

  it("takes a wave cycle's stories from the PRs in the wave, and fails an empty wave", () => {
    const waved = config({ "O-02": { window, wave: "O-02", exit: ["stories_merged_green"] } });
    const report = evaluateCycles(
      waved,
      inputs({
        pulls: {
          available: true,
          items: [
            pull(1, "S-PC-01", { labels: ["wave:O-02"] }),
            pull(2, "S-PC-02"),
            pull(3, "none", { labels: ["wave:o-02"], title: "tidy", branch: "chore/tidy" }),
          ],
        },
      }),
    );
    expect(report.cycles[0]?.stories.map((s) => s.id)).toEqual(["S-PC-01", "#3"]);
    const empty = evaluateCycles(waved, inputs({ pulls: { available: true, items: [] } }));
    expect(empty.cycles[0]?.criteria[0]).toMatchObject({
      met: false,
      detail: "no PR carries wave O-02, so the cycle has no stories to judge",
    });
  });
});

describe("pullsToCheck", () => {
  it("names only merged PRs of started cycles' stories, once each", () => {
    const cfg = config({
      "O-01": { window, stories: ["S-PC-01"] },
      "O-02": { window: { start: "2026-03-01", end: "2026-03-05" }, stories: ["S-PC-02"] },
    });
    const pulls = [
      pull(1, "S-PC-01"),
      pull(4, "S-PC-01", { state: "open", merged: false }),
      pull(2, "S-PC-02"),
    ];
    expect(pullsToCheck(cfg, pulls, NOW).map((p) => p.number)).toEqual([1]);
  });
});

describe("storiesOfPull", () => {
  it("reads the branch's story and the title's ids, not ids glued to other words", () => {
    expect(
      storiesOfPull(
        { branch: "feature/S-PC-01-login", base: "main", title: "S-PC-01, S-PC-03: login" },
        STORIES,
      ),
    ).toEqual(["S-PC-01", "S-PC-03"]);
    expect(
      storiesOfPull({ branch: "chore/x", base: "main", title: "fixS-PC-01" }, STORIES),
    ).toEqual([]);
  });
});

describe("evidence branch paths", () => {
  const paths = [
    "evidence/story/S-PC-01/manifest.json",
    "evidence/story/S-PC-02/statement.json",
    "evidence/story/S-PC-03/sub/manifest.json",
    "evidence/pilot/p1/reports/restore-drill.json",
    "evidence/pilot/p1/reports/deep/restore-drill.json",
    "other/pilot/p1/reports/restore-drill.json",
  ];
  it("finds story packs by their manifest", () => {
    expect(publishedStories(paths, "evidence")).toEqual(["S-PC-01"]);
  });
  it("finds named reports only in a pack's reports folder", () => {
    expect(reportPaths(paths, "evidence", "restore-drill")).toEqual([
      "evidence/pilot/p1/reports/restore-drill.json",
    ]);
  });
});

describe("a cycle without stories_merged_green", () => {
  it("still reads its merged PRs' checks, so its stories' state is known", () => {
    const cfg = config({ "O-01": { window, stories: ["S-PC-01"], exit: ["no_open_critical"] } });
    expect(pullsToCheck(cfg, [pull(1, "S-PC-01")], NOW).map((p) => p.number)).toEqual([1]);
  });
});
