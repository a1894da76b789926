/**
 * The time to judge a PR body: `evaluatePullRequest` with the default config,
 * parse and every rule, on bodies of GitHub's maximum size built to be costly
 * (test/helpers/markdown-corpus.ts), on fast-check generated ones, and on a
 * realistic long body. Targets: at most 250 ms for any body, a median of at
 * most 50 ms for the realistic one.
 *
 * It also parses the same shapes with micromark (mdast-util-from-markdown
 * with GFM, the parser used before) next to markdown-it, on slices small
 * enough for micromark to finish: that comparison is why markdown-it parses
 * bodies now. Knobs: `BENCH_BODY_RUNS` (runs per body, median kept),
 * `BENCH_BODY_GENERATED` (generated bodies), `BENCH_MICROMARK_KB` (slice
 * sizes for the comparison, e.g. `4,8`; `0` skips it).
 */
import { loadavg } from "node:os";
import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { defaultConfig } from "../core/config/schema.js";
import { evaluatePullRequest } from "../core/evaluate.js";
import { parseMarkdown } from "../core/markdown/parse.js";
import {
  ADVERSARIAL_BODIES,
  fill,
  generatedUnit,
  realisticBody,
} from "../test/helpers/markdown-corpus.js";
import { snapshot } from "../test/helpers/pull-request.js";

const BUDGET_MS = 250;
const REALISTIC_BUDGET_MS = 50;

/** Runs the body-cost benchmark and returns the lines to print. */
export function benchBodyCost(
  runs = Number(process.env.BENCH_BODY_RUNS ?? 5),
  generated = Number(process.env.BENCH_BODY_GENERATED ?? 30),
  micromarkKb = (process.env.BENCH_MICROMARK_KB ?? "4,8").split(",").map(Number),
): string[] {
  const config = defaultConfig();
  const judge = (body: string) => evaluatePullRequest(snapshot({ body, changedFiles: [] }), config);
  const out: string[] = [
    "",
    `PR body cost: evaluatePullRequest, default config, ms over ${runs} runs (load average ${loadavg()[0]?.toFixed(1)}; other work on the machine raises the median far more than the fastest run)`,
  ];

  // Warm up: the first bodies would otherwise pay for compiling the parser and rules.
  for (const body of Object.values(ADVERSARIAL_BODIES)) judge(body.slice(0, 4_096));

  const shapes = Object.entries(ADVERSARIAL_BODIES).map(([name, body]) => {
    const times = time(runs, () => judge(body));
    return { name, ms: middle(times), fastest: times[0] ?? 0 };
  });
  const width = Math.max(...shapes.map((s) => s.name.length));
  out.push(`  ${"65,536 characters of".padEnd(width)}  median  fastest`);
  for (const { name, ms, fastest } of shapes) {
    out.push(
      `  ${name.padEnd(width)}  ${ms.toFixed(1).padStart(6)}   ${fastest.toFixed(1).padStart(6)}`,
    );
  }
  const worst = maxBy(shapes, (s) => s.ms);
  out.push(
    `  worst adversarial shape: ${worst.name}, ${worst.ms.toFixed(1)} ms (budget ${BUDGET_MS} ms)`,
  );

  const units = fc.sample(generatedUnit, { numRuns: generated, seed: 1 });
  const timed = units.map((unit) => {
    const body = fill(unit);
    return { unit, ms: median(3, () => judge(body)) };
  });
  const worstGenerated = maxBy(timed, (t) => t.ms);
  out.push(
    `  worst of ${generated} generated bodies (fast-check, seed 1): ${worstGenerated.ms.toFixed(1)} ms, ${JSON.stringify(worstGenerated.unit)} repeated`,
  );

  const realistic = realisticBody();
  const realisticMs = median(21, () => judge(realistic));
  out.push(
    `  realistic ${realistic.length.toLocaleString("en-US")}-character body: median ${realisticMs.toFixed(1)} ms (budget ${REALISTIC_BUDGET_MS} ms)`,
  );

  const sizes = micromarkKb.filter((kb) => kb > 0);
  if (sizes.length > 0) out.push(...compareParsers(sizes, realistic));
  return out;
}

/**
 * Parse time of micromark + GFM and of markdown-it (with the mdast
 * conversion) on the first KB of each shape: micromark's time grows with
 * the square of the size on the shapes that stall it.
 */
function compareParsers(sizes: number[], realistic: string): string[] {
  const micromark = (text: string) =>
    fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const columns = sizes.flatMap((kb) => [`micromark ${kb} KB`, `markdown-it ${kb} KB`]);
  const width = Math.max(...Object.keys(ADVERSARIAL_BODIES).map((name) => name.length));
  const out = [
    "",
    "Parse only, micromark + GFM (before) vs markdown-it + mdast conversion (now), median of 3, ms",
    `  ${"shape".padEnd(width)}  ${columns.map((c) => c.padStart(16)).join("")}`,
  ];
  const totals = sizes.flatMap(() => [0, 0]);
  const rows = [...Object.entries(ADVERSARIAL_BODIES), ["realistic body", realistic] as const];
  for (const [name, body] of rows) {
    const cells: number[] = [];
    for (const kb of sizes) {
      const slice = body.slice(0, kb * 1_024);
      cells.push(
        median(3, () => micromark(slice)),
        median(3, () => parseOrRefuse(slice)),
      );
    }
    cells.forEach((ms, i) => {
      totals[i] = (totals[i] ?? 0) + ms;
    });
    out.push(`  ${name.padEnd(width)}  ${cells.map((ms) => ms.toFixed(1).padStart(16)).join("")}`);
  }
  out.push(
    `  ${"total".padEnd(width)}  ${totals.map((ms) => ms.toFixed(1).padStart(16)).join("")}`,
  );
  return out;
}

function parseOrRefuse(text: string): void {
  try {
    parseMarkdown(text);
  } catch {
    // A body refused as too deep costs what it took to find out.
  }
}

/** Milliseconds of each of `runs` runs, fastest first. */
function time(runs: number, run: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function middle(sorted: readonly number[]): number {
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function median(runs: number, run: () => unknown): number {
  return middle(time(runs, run));
}

function maxBy<T>(items: T[], key: (item: T) => number): T {
  return items.reduce((best, item) => (key(item) > key(best) ? item : best));
}
