/**
 * What verifying a pilot's scenario records costs at their size bound
 * (`RECORDS_LIMIT`): every line parsed as I-JSON, schema-checked and its
 * digest recomputed, as `pilot record` does before each append and readiness
 * before judging, then readiness's success rate and core flows over them.
 * Figures, not pass/fail.
 */
import { DEFAULT_PILOT_SCRIPT } from "../core/gates/pilot/config.js";
import {
  chainHead,
  parseRecords,
  renderRecordLine,
  type ScenarioRecord,
  sealRecord,
} from "../core/gates/pilot/records.js";
import { evaluateReadiness, readinessConfigSchema } from "../core/gates/readiness/index.js";
import { RECORD_ERROR_LIMIT, RECORDS_LIMIT } from "../core/limits.js";

/** Records of five clients running the script, one in ten failing with `error`, to just under the limit. */
function fill(error: string): { text: string; count: number } {
  const records: ScenarioRecord[] = [];
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; ; i++) {
    const failed = i % 10 === 0;
    const record = sealRecord(
      {
        at: new Date(Date.UTC(2025, 5, 2) + i * 1000).toISOString(),
        client: `Client ${i % 5}`,
        scenario: DEFAULT_PILOT_SCRIPT[i % DEFAULT_PILOT_SCRIPT.length] ?? "",
        result: failed ? "fail" : "pass",
        ...(failed ? { error } : {}),
      },
      chainHead(records),
    );
    const line = renderRecordLine(record);
    if (bytes + Buffer.byteLength(line) > RECORDS_LIMIT.bytes) break;
    records.push(record);
    lines.push(line);
    bytes += Buffer.byteLength(line);
  }
  return { text: lines.join(""), count: records.length };
}

/** One line per shape: records, size, best-of-three verify and judge times, heap growth. */
export function benchRecordsCost(): string[] {
  const lines = [`Scenario records at the limit (${RECORDS_LIMIT.bytes / 1024 / 1024} MiB):`];
  const shapes: [string, string][] = [
    ["short errors", "HTTP 500"],
    ["errors at their 2 KiB limit", "x".repeat(RECORD_ERROR_LIMIT.bytes)],
  ];
  const config = readinessConfigSchema.parse({});
  for (const [label, error] of shapes) {
    const { text, count } = fill(error);
    let verify = Number.POSITIVE_INFINITY;
    let judge = Number.POSITIVE_INFINITY;
    const heap = process.memoryUsage().heapUsed;
    let grown = 0;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const records = parseRecords(text);
      verify = Math.min(verify, performance.now() - start);
      grown = Math.max(grown, process.memoryUsage().heapUsed - heap);
      const judged = performance.now();
      evaluateReadiness(
        {
          sha: "0".repeat(40),
          records: { records, script: DEFAULT_PILOT_SCRIPT, core: DEFAULT_PILOT_SCRIPT },
          github: {
            requiredChecks: { available: false, reason: "bench" },
            protection: { available: false, reason: "bench" },
            incidents: { available: false, reason: "bench" },
            signOff: { available: false, reason: "bench" },
          },
          milestones: [],
        },
        config,
        new Date("2025-06-10T00:00:00Z"),
      );
      judge = Math.min(judge, performance.now() - judged);
    }
    const mib = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
    lines.push(
      `  ${label}: ${count} records (${mib} MiB) verified in ${verify.toFixed(0)} ms, judged in ${judge.toFixed(0)} ms, heap +${(grown / 1024 / 1024).toFixed(0)} MB`,
    );
  }
  return lines;
}
