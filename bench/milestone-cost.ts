/**
 * What reading a milestone or sign-off document costs at its size bound
 * (`MILESTONE_LIMIT`): checklist items, sign-off table rows with evidence
 * links, one Exit Criteria heading per phase, and text built to stall a
 * Markdown parser. Figures, not pass/fail.
 */
import { readMilestoneDocument } from "../core/gates/readiness/milestones.js";
import { MILESTONE_LIMIT } from "../core/limits.js";

/** `unit` repeated to just under the limit, after `head`. */
function fill(head: string, unit: (i: number) => string): string {
  const parts = [head];
  let bytes = Buffer.byteLength(head);
  for (let i = 0; ; i++) {
    const next = unit(i);
    const size = Buffer.byteLength(next);
    if (bytes + size > MILESTONE_LIMIT.bytes) break;
    parts.push(next);
    bytes += size;
  }
  return parts.join("");
}

const SHAPES: [string, string, string | undefined][] = [
  ["checklist items", fill("# M6\n\n", (i) => `- [${i % 2 ? "x" : " "}] item ${i}\n`), undefined],
  [
    "sign-off rows with evidence links",
    fill(
      "| Item | Status | Evidence |\n| --- | --- | --- |\n",
      (i) =>
        `| Check ${i} | Signed by @qa on 2025-06-01 | [log](evidence/run-${i}.log) \`reports/${i}.json\` |\n`,
    ),
    undefined,
  ],
  [
    "one Exit Criteria heading per phase",
    fill("# M6\n\n", (i) => `## Phase ${i}\n\n### Exit Criteria\n\n- [x] done ${i}\n\n`),
    "Exit Criteria",
  ],
  [
    "unclosed brackets in a status table",
    fill("| Item | Status |\n| --- | --- |\n", () => "| [ | ]( |\n"),
    undefined,
  ],
  ["emphasis runs", fill("- [ ] ", () => "*a _b "), undefined],
];

/** Best of three runs, in ms, with what the last one found. */
function time(text: string, section: string | undefined): { ms: number; found: string } {
  let best = Number.POSITIVE_INFINITY;
  let found = "";
  let paths = 0;
  for (let run = 0; run < 3; run++) {
    paths = 0;
    const start = performance.now();
    const reading = readMilestoneDocument(text, {
      file: "docs/m6.md",
      ...(section ? { section } : {}),
      exists: () => {
        paths++;
        return true;
      },
    });
    best = Math.min(best, performance.now() - start);
    found = `${reading.done} done, ${reading.blocking.length} blocking, ${paths} paths looked up`;
  }
  return { ms: best, found };
}

/** One line per shape: its size, the time to read it and what was found. */
export function benchMilestoneCost(): string[] {
  const lines = [`Milestone documents at the limit (${MILESTONE_LIMIT.bytes / 1024} KiB):`];
  for (const [label, text, section] of SHAPES) {
    const { ms, found } = time(text, section);
    const kib = (Buffer.byteLength(text) / 1024).toFixed(0);
    lines.push(`  ${label} (${kib} KiB): ${ms.toFixed(0)} ms (${found})`);
  }
  return lines;
}
