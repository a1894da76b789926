import { describe, expect, it } from "vitest";
import { palette, useColor } from "../../cli/color.js";

describe("palette", () => {
  it("wraps text in the SGR codes of each style, whatever stream the process has", () => {
    const c = palette(true);
    expect(c.bold("x")).toBe("\u001b[1mx\u001b[22m");
    expect(c.dim("x")).toBe("\u001b[2mx\u001b[22m");
    expect(c.red("x")).toBe("\u001b[31mx\u001b[39m");
    expect(c.green("x")).toBe("\u001b[32mx\u001b[39m");
    expect(c.yellow("x")).toBe("\u001b[33mx\u001b[39m");
    expect(c.blue("x")).toBe("\u001b[34mx\u001b[39m");
    expect(c.cyan("x")).toBe("\u001b[36mx\u001b[39m");
  });

  it("is the identity when colour is off, and leaves empty text empty", () => {
    const off = palette(false);
    expect(off.red("x")).toBe("x");
    expect(palette(true).bold("")).toBe("");
  });
});

describe("useColor", () => {
  const tty = { isTTY: true } as Parameters<typeof useColor>[0];
  const pipe = { isTTY: false } as Parameters<typeof useColor>[0];

  it("colours a terminal only, unless NO_COLOR or TERM=dumb; FORCE_COLOR wins", () => {
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(pipe, {})).toBe(false);
    expect(useColor(tty, { NO_COLOR: "1" })).toBe(false);
    expect(useColor(tty, { TERM: "dumb" })).toBe(false);
    expect(useColor(pipe, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(true);
    expect(useColor(tty, { FORCE_COLOR: "0" })).toBe(false);
    expect(useColor(tty, { FORCE_COLOR: "false" })).toBe(false);
  });
});
