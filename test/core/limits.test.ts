import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONFIG_LIMIT,
  JUNIT_LIMIT,
  sizeOverLimit,
  tooLargeMessage,
  tooManyTestcasesMessage,
  utf8Length,
} from "../../core/limits.js";

describe("utf8Length", () => {
  it("counts what TextEncoder writes, for any text (lone surrogates included)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
    expect(utf8Length("\ud800")).toBe(3);
    expect(utf8Length("a\u00e9\u20ac\u{1f600}")).toBe(1 + 2 + 3 + 4);
  });
});

describe("sizeOverLimit", () => {
  const limit = { bytes: 10, advice: "x" };

  it("gives the size only when it is over the limit, in bytes", () => {
    expect(sizeOverLimit("a".repeat(10), limit)).toBeUndefined();
    expect(sizeOverLimit("a".repeat(11), limit)).toBe(11);
    // Six characters, twelve bytes.
    expect(sizeOverLimit("é".repeat(6), limit)).toBe(12);
    expect(sizeOverLimit("é".repeat(5), limit)).toBeUndefined();
  });
});

describe("messages", () => {
  it("say what is over, by how much, and what to do", () => {
    expect(tooLargeMessage("reports/a.xml", 9_000_000, JUNIT_LIMIT)).toBe(
      `reports/a.xml is 9,000,000 bytes, over the limit of 8,388,608 bytes (8 MiB); ${JUNIT_LIMIT.advice}.`,
    );
    expect(tooLargeMessage("/dev/stdin", undefined, CONFIG_LIMIT)).toMatch(
      /^\/dev\/stdin is over the limit of 65,536 bytes \(64 KiB\); keep only/,
    );
    expect(tooManyTestcasesMessage("b.xml", 60_000)).toMatch(
      /^b\.xml has 60,000 test cases, over the limit of 50,000 for one smoke run; /,
    );
    expect(tooManyTestcasesMessage("c.xml", 20, 49_990)).toMatch(
      /^c\.xml has 20 test cases \(with the 49,990 read before it, 50,010\), over the limit/,
    );
  });
});
