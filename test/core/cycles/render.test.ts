import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CyclesReport } from "../../../core/cycles/index.js";
import { cyclesTitle, renderCyclesMarkdown, renderCyclesText } from "../../../core/cycles/index.js";
import { CHECK_RUN_TEXT_BYTES, CHECK_RUN_TITLE_CHARS } from "../../../core/github-limits.js";
import { auditMarkdown, harmless, userText } from "../../helpers/markdown.js";

const URL = "https://github.com/acme/api/pull/1";

/** A report whose every user-given string is `text`. */
function reportWith(text: string): CyclesReport {
  return {
    version: 1,
    kind: "cycle-status",
    at: "2026-01-10T12:00:00.000Z",
    met: false,
    cycles: [
      {
        id: text,
        window: { start: "2026-01-05", end: "2026-01-16" },
        phase: "running",
        met: false,
        stories: [
          {
            id: text,
            state: "blocked",
            reason: `no PR carries ${text}`,
            pulls: [{ number: 1, url: URL, state: "merged" }],
            evidence: { url: URL },
          },
        ],
        criteria: [
          {
            criterion: text,
            met: false,
            detail: `${text} is wrong`,
            links: [{ label: text, url: URL }],
          },
        ],
      },
    ],
  };
}

describe("renderCyclesMarkdown", () => {
  it("shows user text as text whatever it holds", () => {
    fc.assert(
      fc.property(userText(), (text) => {
        const markdown = renderCyclesMarkdown(reportWith(text), CHECK_RUN_TEXT_BYTES);
        expect(
          auditMarkdown(markdown, {
            links: (url) => url === URL,
            like: renderCyclesMarkdown(reportWith(harmless(text)), CHECK_RUN_TEXT_BYTES),
          }),
          markdown,
        ).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("fits the byte budget with many stories", () => {
    const report = reportWith("S-PC-01");
    const cycle = report.cycles[0];
    if (!cycle) throw new Error("no cycle");
    const story = cycle.stories[0];
    if (!story) throw new Error("no story");
    cycle.stories = Array.from({ length: 5_000 }, () => ({ ...story, reason: "é".repeat(100) }));
    const markdown = renderCyclesMarkdown(report, CHECK_RUN_TEXT_BYTES);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(CHECK_RUN_TEXT_BYTES);
    expect(markdown).toMatch(/shortened to fit GitHub's limit/);
  });
});

describe("cyclesTitle and renderCyclesText", () => {
  it("titles the unmet cycles first, within GitHub's title limit", () => {
    const report = reportWith("O-01");
    expect(cyclesTitle(report)).toBe("O-01: 0 of 1 exit criteria met");
    const long = reportWith("O".repeat(500));
    expect(cyclesTitle(long).length).toBeLessThanOrEqual(CHECK_RUN_TITLE_CHARS);
  });

  it("prints control characters from config as escapes, not to the terminal", () => {
    expect(renderCyclesText(reportWith("S-1\u001b[31m"))).toContain("S-1\\u{1b}[31m");
  });
});
