/**
 * What `pilot-gate pilot recommend` costs at the activity export's size
 * bound (`ACTIVITY_LIMIT`): valid rows (every field checked, every account
 * classified), rows with quoted separators and newlines, and rows that are
 * all problems. Figures, not pass/fail.
 */
import { parseActivityCsv } from "../core/gates/pilot/activity.js";
import { pilotConfigSchema } from "../core/gates/pilot/config.js";
import { recommendRoster } from "../core/gates/pilot/recommend.js";
import { renderRoster } from "../core/gates/pilot/roster.js";
import { ACTIVITY_LIMIT } from "../core/limits.js";

const HEADER =
  "account_id,account_name,service_activity,sales_activity,last_activity,technical_contact,business_contact,account_kind\n";

/** `unit` repeated to just under the limit, after the header. */
function fill(unit: (i: number) => string): string {
  const parts = [HEADER];
  let bytes = HEADER.length;
  for (let i = 0; ; i++) {
    const next = unit(i);
    const size = Buffer.byteLength(next);
    if (bytes + size > ACTIVITY_LIMIT.bytes) break;
    parts.push(next);
    bytes += size;
  }
  return parts.join("");
}

const SHAPES: [string, string][] = [
  [
    "valid rows",
    fill(
      (i) =>
        `ACC-${i},Client ${i},${i % 40},${(i * 7) % 40},2026-05-${String((i % 28) + 1).padStart(2, "0")},Tech ${i} <t${i}@c.example>,Biz ${i} <b${i}@c.example>,${i % 5 ? "production" : "demo"}\n`,
    ),
  ],
  [
    "quoted separators and newlines",
    fill(
      (i) =>
        `ACC-${i},"Client ${i}, Ltda\nNorth",3,4,2026-05-20,"Tech, ${i}","Biz ""${i}""",production\n`,
    ),
  ],
  ["rows that are all problems", fill((i) => `ACC-${i % 10},,x,y,30/05/2026,,,sandbox\n`)],
];

/** One line per shape: its size, the time to read and classify it (best of three), and what came out. */
export function benchActivityCost(): string[] {
  const config = pilotConfigSchema.parse({}).recommend;
  const now = new Date("2026-06-01T00:00:00Z");
  const lines = [`Activity exports at the limit (${ACTIVITY_LIMIT.bytes / 1024 / 1024} MiB):`];
  for (const [label, text] of SHAPES) {
    let best = Number.POSITIVE_INFINITY;
    let found = "";
    const heap = process.memoryUsage().heapUsed;
    let peak = heap;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const parsed = parseActivityCsv(text, config, now);
      if (parsed.ok) {
        const roster = recommendRoster(parsed.accounts, config, now, {
          file: "a.csv",
          sha256: "0".repeat(64),
        });
        renderRoster(roster);
        found = `${parsed.accounts.length.toLocaleString("en-US")} accounts, ${roster.candidates.length.toLocaleString("en-US")} candidates`;
      } else {
        found = `${(parsed.issues.length + parsed.unlisted).toLocaleString("en-US")} problems`;
      }
      best = Math.min(best, performance.now() - start);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const mib = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
    lines.push(
      `  ${label} (${mib} MiB): ${best.toFixed(0)} ms, heap +${((peak - heap) / 1024 / 1024).toFixed(0)} MB (${found})`,
    );
  }
  return lines;
}
