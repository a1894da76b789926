/**
 * `npm run bench`: prints the figures the issues set targets for. Figures,
 * not pass/fail: timing assertions flake on shared machines.
 */
import { benchAppEvents } from "./app-events.js";

const prs = Number(process.env.BENCH_PRS ?? 200);
for (const line of await benchAppEvents(prs)) console.log(line);
