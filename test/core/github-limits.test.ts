import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../core/config/load.js";
import {
  CHECK_RUN_ACTION_LABEL_CHARS,
  CHECK_RUN_TEXT_BYTES,
  CUT_NOTE,
  fitBytes,
  fitChars,
  LABEL_NAME_CHARS,
} from "../../core/github-limits.js";
import { utf8Length } from "../../core/limits.js";
import { RERUN_ACTION } from "../../core/plan.js";

/** True when `text` holds no lone surrogate, so it encodes to UTF-8 and back unchanged. */
function wellFormed(text: string): boolean {
  return Buffer.from(text, "utf8").toString("utf8") === text;
}

/** Any text, astral characters and lone surrogates included. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: fc.constantFrom("a", "é", "€", "😀", "`", "\n", "\ud800", "\udc00") }),
);

describe("fitBytes", () => {
  it("keeps text that fits as it is", () => {
    expect(fitBytes("héllo", 6)).toBe("héllo");
    expect(fitBytes("", 0)).toBe("");
  });

  it("cuts by UTF-8 bytes, not characters, and ends with the note", () => {
    const text = "é".repeat(40_000); // 40,000 characters, 80,000 bytes
    const cut = fitBytes(text, CHECK_RUN_TEXT_BYTES);
    expect(utf8Length(cut)).toBeLessThanOrEqual(CHECK_RUN_TEXT_BYTES);
    expect(utf8Length(cut)).toBeGreaterThan(CHECK_RUN_TEXT_BYTES - 4 - utf8Length(CUT_NOTE));
    expect(cut.endsWith(CUT_NOTE)).toBe(true);
  });

  it("never splits a character: a 4-byte emoji over the budget is left out whole", () => {
    expect(fitBytes("ab😀", 5, "")).toBe("ab");
    expect(fitBytes("ab😀", 6, "")).toBe("ab😀");
    expect(fitBytes("ab😀c", 6, "")).toBe("ab😀");
  });

  it("drops a code span the cut left open, so the note is not swallowed by it", () => {
    expect(fitBytes("see `some long code span that goes on", 20, "!")).toBe("see!");
  });

  it("leaves the note out when the note alone is over the budget", () => {
    expect(fitBytes("abcdef", 3, "a long note")).toBe("abc");
  });

  it("turns a lone surrogate into U+FFFD, as GitHub stores it", () => {
    expect(fitBytes("a\ud800b", 10)).toBe("a\ufffdb");
    expect(fitBytes("a\ud800b\udc00c", 7, "")).toBe("a\ufffdb");
  });

  it("stays within the budget and well-formed on any text, note and budget", () => {
    fc.assert(
      fc.property(anyText, anyText, fc.nat(600), (text, note, max) => {
        const cut = fitBytes(text, max, note);
        expect(utf8Length(cut)).toBeLessThanOrEqual(max);
        expect(wellFormed(cut)).toBe(true);
        if (utf8Length(text) <= max) expect(cut).toBe(text.toWellFormed());
      }),
    );
  });

  it("keeps a prefix of the text: nothing is reordered or invented", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.nat(400), (text, max) => {
        const cut = fitBytes(text, max, "");
        expect(text.startsWith(cut)).toBe(true);
      }),
    );
  });

  it("cuts a huge text quickly, by the budget and not the input's size", () => {
    const cut = fitBytes("😀".repeat(5_000_000), 100);
    expect(utf8Length(cut)).toBeLessThanOrEqual(100);
  });
});

describe("fitChars", () => {
  it("counts UTF-16 units, never splits a surrogate pair, and ends with the note", () => {
    expect(fitChars("ab😀", 3, "")).toBe("ab");
    expect(fitChars("ab😀", 4, "")).toBe("ab😀");
    expect(fitChars("abcdefgh", 6, "…")).toBe("abcde…");
  });

  it("reads backticks as text in plain text", () => {
    expect(fitChars("a `b c d e", 6, "…", { markdown: false })).toBe("a `b …");
    expect(fitChars("a `b c d e", 6, "…")).toBe("a…");
  });

  it("stays within the budget and well-formed on any text, note and budget", () => {
    fc.assert(
      fc.property(anyText, anyText, fc.nat(300), fc.boolean(), (text, note, max, markdown) => {
        const cut = fitChars(text, max, note, { markdown });
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(wellFormed(cut)).toBe(true);
      }),
    );
  });
});

describe("limits pilot-gate's own names and buttons keep to", () => {
  it("the Re-run button's label and identifier", () => {
    expect(RERUN_ACTION.label.length).toBeLessThanOrEqual(CHECK_RUN_ACTION_LABEL_CHARS);
    expect(RERUN_ACTION.identifier.length).toBeLessThanOrEqual(CHECK_RUN_ACTION_LABEL_CHARS);
  });

  it("labels pilot-gate adds: a name GitHub would refuse is a config error", () => {
    const name = (n: number) => "x".repeat(n);
    const noMerge = (n: number) => `rules:\n  no-merge-label:\n    label: ${name(n)}\n`;
    const freeze = (n: number) => `incidents:\n  freeze_label: ${name(n)}\n`;
    for (const config of [noMerge, freeze]) {
      expect(() => parseConfig(config(LABEL_NAME_CHARS))).not.toThrow();
      expect(() => parseConfig(config(LABEL_NAME_CHARS + 1))).toThrow(/at most 50 characters/);
    }
  });
});
