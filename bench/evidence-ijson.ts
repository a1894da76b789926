/**
 * The cost of reading a pack's own files as I-JSON (RFC 7493: no duplicate
 * key, UTF-8 only) rather than with JSON.parse alone, on a manifest of many
 * files: `parseIJson` decodes strictly, parses, then walks the text once
 * more for duplicate keys. Knob: `BENCH_MANIFEST_FILES` (default 100,000).
 */
import { parseIJson } from "../core/evidence/index.js";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Runs the I-JSON benchmark and returns the lines to print. */
export function benchEvidenceIJson(
  count = Number(process.env.BENCH_MANIFEST_FILES ?? 100_000),
  runs = 5,
): string[] {
  const files = Array.from({ length: count }, (_, i) => ({
    path: `files/logs/part-${i}/run.log`,
    sha256: (i % 16).toString(16).repeat(64),
    size: i,
    mediaType: "text/plain",
  }));
  const bytes = Buffer.from(JSON.stringify({ version: 1, files }, null, 2));
  const plain: number[] = [];
  const strict: number[] = [];
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    JSON.parse(bytes.toString("utf8"));
    plain.push(performance.now() - start);
    start = performance.now();
    const result = parseIJson(bytes);
    strict.push(performance.now() - start);
    if (!result.ok) throw new Error(`the benchmark's manifest is not I-JSON: ${result.error}`);
  }
  const mb = (bytes.length / 1024 / 1024).toFixed(1);
  return [
    `evidence I-JSON: manifest of ${count.toLocaleString("en-US")} files (${mb} MiB): parseIJson ${median(strict).toFixed(0)} ms, JSON.parse alone ${median(plain).toFixed(0)} ms (median of ${runs})`,
  ];
}
