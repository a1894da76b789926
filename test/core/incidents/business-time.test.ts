import { describe, expect, it } from "vitest";
import { addBusinessMinutes } from "../../../core/incidents/index.js";
import { config } from "./helpers.js";

const utc = config().business_hours;
const paris = config({ business_hours: { timezone: "Europe/Paris" } }).business_hours;
const newYork = config({ business_hours: { timezone: "America/New_York" } }).business_hours;

describe("addBusinessMinutes", () => {
  it.each([
    ["inside the day", "2026-06-03T10:00:00Z", 240, utc, "2026-06-03T14:00:00.000Z"],
    ["before opening", "2026-06-03T06:30:00Z", 240, utc, "2026-06-03T13:00:00.000Z"],
    ["across the evening", "2026-06-03T16:00:00Z", 240, utc, "2026-06-04T11:00:00.000Z"],
    // Friday 2026-06-05 16:00: 2 h on Friday, then Monday 09:00 + 2 h.
    ["across a weekend", "2026-06-05T16:00:00Z", 240, utc, "2026-06-08T11:00:00.000Z"],
    ["opened on a Saturday", "2026-06-06T12:00:00Z", 240, utc, "2026-06-08T13:00:00.000Z"],
    ["exactly at closing", "2026-06-03T14:00:00Z", 240, utc, "2026-06-03T18:00:00.000Z"],
    // Paris is UTC+2 in June: 09:00-18:00 local is 07:00-16:00 UTC.
    ["in Paris summer time", "2026-06-05T14:00:00Z", 240, paris, "2026-06-08T09:00:00.000Z"],
    // Paris is UTC+1 in January.
    ["in Paris winter time", "2026-01-09T15:00:00Z", 240, paris, "2026-01-12T10:00:00.000Z"],
    // New York switches to EDT on Sunday 2026-03-08: Friday in EST (UTC-5), Monday in EDT (UTC-4).
    ["across a DST change", "2026-03-06T21:00:00Z", 240, newYork, "2026-03-09T15:00:00.000Z"],
    ["zero minutes", "2026-06-06T12:00:00Z", 0, utc, "2026-06-06T12:00:00.000Z"],
  ] as const)("%s", (_name, start, minutes, hours, due) => {
    expect(addBusinessMinutes(new Date(start), minutes, hours).toISOString()).toBe(due);
  });
});
