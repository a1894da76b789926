import { type IncidentsConfig, WEEKDAYS } from "./config.js";

export type BusinessHours = IncidentsConfig["business_hours"];

const MINUTE = 60_000;
/** Ten years of days: a bound so a config with no reachable business minute cannot loop forever. */
const MAX_DAYS = 3660;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, format);
  }
  return format;
}

/** Wall-clock fields of an instant in a zone, as a UTC timestamp of the same fields. */
function wallTime(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year as number,
    (parts.month as number) - 1,
    parts.day as number,
    parts.hour as number,
    parts.minute as number,
    parts.second as number,
  );
}

/** Offset of the zone from UTC at an instant, in milliseconds (Paris in summer: +2 h). */
function offsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallTime(whole, zone) - whole;
}

/**
 * The instant a wall-clock time (given as UTC fields) happens in a zone. Two
 * passes settle the offset on either side of a DST change; a wall time that
 * does not exist (the skipped hour) lands on the instant after the gap, one
 * that exists twice on its first occurrence or the second, whichever the
 * second pass finds.
 */
function zonedInstant(wall: number, zone: string): number {
  const guess = wall - offsetAt(wall, zone);
  return wall - offsetAt(guess, zone);
}

/**
 * `minutes` business minutes after `start`: only minutes inside the
 * configured hours on business days, in the configured zone, count. Limits:
 * no public holidays; business hours are whole hours; on a DST change day the
 * window is taken from wall-clock hours, so it is an hour shorter or longer.
 */
export function addBusinessMinutes(start: Date, minutes: number, hours: BusinessHours): Date {
  if (minutes <= 0) return start;
  const zone = hours.timezone;
  const days = new Set(hours.days.map((day) => WEEKDAYS.indexOf(day)));
  let cursor = start.getTime();
  let remaining = minutes * MINUTE;
  for (let step = 0; step < MAX_DAYS; step++) {
    const wall = new Date(wallTime(cursor, zone));
    const [y, m, d] = [wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()];
    if (days.has(wall.getUTCDay())) {
      const open = zonedInstant(Date.UTC(y, m, d, hours.start), zone);
      const close = zonedInstant(Date.UTC(y, m, d, hours.end), zone);
      if (cursor < open) cursor = open;
      if (cursor < close) {
        const available = close - cursor;
        if (remaining <= available) return new Date(cursor + remaining);
        remaining -= available;
      }
    }
    cursor = zonedInstant(Date.UTC(y, m, d + 1), zone);
  }
  throw new RangeError(
    `No ${minutes} business minutes within ten years of ${start.toISOString()}: check incidents.business_hours.`,
  );
}
