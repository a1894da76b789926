import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeHeading } from "../../../core/markdown/body.js";

/** The fold as the Unicode definition states it, for any text. */
function unicodeFold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

describe("normalizeHeading", () => {
  it.each([
    ["## Story ID:", "story id"],
    ["Definição de Pronto", "definicao de pronto"],
    ["🚀 Evidence — links", "evidence links"],
    ["Ｅｖｉｄｅｎｃｅ", "evidence"],
  ])("folds %j to %j", (heading, folded) => {
    expect(normalizeHeading(heading)).toBe(folded);
  });

  it("folds plain ASCII exactly as the Unicode definition does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 40 }), (text) => {
        expect(normalizeHeading(text)).toBe(unicodeFold(text));
      }),
      { numRuns: 1_000 },
    );
  });

  it("folds any text as the Unicode definition does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (text) => {
        expect(normalizeHeading(text)).toBe(unicodeFold(text));
      }),
      { numRuns: 300 },
    );
  });
});
