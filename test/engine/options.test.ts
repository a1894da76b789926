import { describe, expect, it } from "vitest";
import { readAppOptions } from "../../engine/options.js";

describe("readAppOptions", () => {
  it("defaults to writing, with a minute of config cache", () => {
    expect(readAppOptions({})).toMatchObject({ dryRun: false, configCacheSeconds: 60 });
  });

  it.each([
    ["true", true],
    ["1", true],
    ["YES", true],
    ["false", false],
    ["", false],
  ])("reads DRY_RUN=%j as %s", (value, expected) => {
    expect(readAppOptions({ DRY_RUN: value }).dryRun).toBe(expected);
  });

  it("refuses a DRY_RUN it cannot read rather than guess that writes are fine", () => {
    expect(() => readAppOptions({ DRY_RUN: "ture" })).toThrow(
      'DRY_RUN="ture" is not a boolean: set it to true or false, or unset it.',
    );
  });

  it("reads the config cache time, and refuses nonsense", () => {
    expect(readAppOptions({ PILOT_GATE_CONFIG_CACHE_SECONDS: "0" }).configCacheSeconds).toBe(0);
    expect(() => readAppOptions({ PILOT_GATE_CONFIG_CACHE_SECONDS: "-5" })).toThrow(
      /whole number of seconds/,
    );
  });
});
