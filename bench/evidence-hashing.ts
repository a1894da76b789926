/**
 * Evidence hashing throughput: packs a tree of random files with
 * `pilot-gate evidence pack` (stream copy + SHA-256) and hashes the same
 * files with `sha256sum`, in the same run, and prints both rates, their
 * ratio and the peak RSS around the pack (which should not grow with the
 * pack's size: files are streamed, never read whole).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runEvidence } from "../cli/commands/evidence.js";
import type { CliIO } from "../engine/io.js";

const MiB = 1024 * 1024;

/** Writes about `totalMb` MiB of random data as files from 1 KiB to 16 MiB in nested folders. */
async function makeTree(dir: string, totalMb: number): Promise<{ files: number; bytes: number }> {
  // One random pool, sliced at random offsets: random to SHA-256, cheap to make.
  const pool = randomBytes(16 * MiB);
  const target = totalMb * MiB;
  let bytes = 0;
  let files = 0;
  while (bytes < target) {
    // Log-uniform sizes: many small files (logs, JUnit), a few large ones (traces, dumps).
    const size = Math.min(Math.round(2 ** (10 + Math.random() * 14)), target - bytes);
    const start = Math.floor(Math.random() * (pool.length - size));
    const folder = join(dir, `d${files % 16}`, `e${files % 5}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `f${files}.bin`), pool.subarray(start, start + size));
    bytes += size;
    files += 1;
  }
  return { files, bytes };
}

const quiet: CliIO = {
  cwd: process.cwd(),
  env: {},
  stdout: { write: () => true },
  stderr: { write: (chunk: string) => process.stderr.write(chunk) },
};

const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
const rate = (bytes: number, ms: number) => bytes / MiB / (ms / 1000);

/** Runs the benchmark and returns the lines to print. */
export async function benchEvidenceHashing(totalMb: number): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), "pilot-gate-bench-evidence-"));
  try {
    const tree = join(work, "tree");
    const { files, bytes } = await makeTree(tree, totalMb);

    let start = performance.now();
    const sum = spawnSync(
      "sh",
      ["-c", 'find "$1" -type f -print0 | xargs -0 sha256sum > /dev/null', "sh", tree],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    const sumMs = performance.now() - start;
    const sumOk = sum.status === 0;

    const rssBefore = maxRssMb();
    start = performance.now();
    const packed = await runEvidence(
      ["pack", "--root", join(work, "evidence"), "--scope", "release", "--id", "bench"]
        .concat(["--commit", "0".repeat(40), "--file", tree])
        .concat(["--created-at", "2026-01-01T00:00:00Z"]),
      quiet,
    );
    const packMs = performance.now() - start;
    const rssAfterPack = maxRssMb();

    start = performance.now();
    const verified = await runEvidence(["verify", join(work, "evidence/release/bench")], quiet);
    const verifyMs = performance.now() - start;
    const rssAfterVerify = maxRssMb();

    const pg = rate(bytes, packMs);
    const ref = rate(bytes, sumMs);
    return [
      `evidence hashing: ${files} files, ${(bytes / MiB).toFixed(0)} MiB (BENCH_EVIDENCE_MB=${totalMb})`,
      `  pilot-gate evidence pack   ${pg.toFixed(0)} MB/s (copy + sha256)${packed === 0 ? "" : ` FAILED exit ${packed}`}`,
      `  pilot-gate evidence verify ${rate(bytes, verifyMs).toFixed(0)} MB/s${verified === 0 ? "" : ` FAILED exit ${verified}`}`,
      `  sha256sum                  ${sumOk ? `${ref.toFixed(0)} MB/s` : "not available"}`,
      `  ratio pack / sha256sum     ${sumOk ? `${((pg / ref) * 100).toFixed(0)}% (target ≥ 80%)` : "n/a"}`,
      `  peak RSS                   ${rssBefore.toFixed(0)} MiB before pack, ${rssAfterPack.toFixed(0)} MiB after pack, ${rssAfterVerify.toFixed(0)} MiB after verify`,
    ];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
