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

  it("reconciles protection once a day unless told otherwise; 0 turns it off", () => {
    expect(readAppOptions({}).reconcileIntervalSeconds).toBe(86_400);
    expect(readAppOptions({ PILOT_GATE_RECONCILE_INTERVAL: "0" }).reconcileIntervalSeconds).toBe(0);
    expect(() => readAppOptions({ PILOT_GATE_RECONCILE_INTERVAL: "daily" })).toThrow(
      'PILOT_GATE_RECONCILE_INTERVAL="daily" is not a whole number between 0 and 604800.',
    );
  });
});
