import type { ReconcileClock } from "../../engine/protection/reconcile.js";

/** A clock whose sleep moves time on at once, so an hour of waiting takes none; `slept` lists each wait. */
export function fakeClock(
  start = Date.parse("2024-05-01T12:00:00Z"),
): ReconcileClock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}
