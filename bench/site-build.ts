/**
 * What building the readiness site costs for a long pilot: 100 daily pilot
 * runs and 20 releases, every pack signed, verified with the key (files,
 * statement, signature and chain) and rendered. The fixture is packed first
 * and not timed. Figures, not pass/fail.
 */
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { publicKeyFromPem } from "../core/evidence/index.js";
import { buildSite } from "../engine/site/build.js";
import { examplePublicKeyPem, writeEvidenceFixture } from "../scripts/evidence-fixture.js";

async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export async function benchSiteBuild(cycles: number, releases: number): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "pilot-gate-bench-site-"));
  try {
    await writeEvidenceFixture(join(dir, "branch"), { cycles, releases, tamper: false });
    const key = publicKeyFromPem(examplePublicKeyPem(), "the example key");
    const times: number[] = [];
    let summary: Awaited<ReturnType<typeof buildSite>> | undefined;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      summary = await buildSite({
        cwd: dir,
        from: "branch",
        out: "site",
        verify: { keys: [key], requireSignature: true },
      });
      times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const site = await bytesUnder(join(dir, "site"));
    return [
      `site build, ${cycles} pilot runs + ${releases} releases (${summary?.packs} packs, ${summary?.verified} verified, signatures checked): median ${Math.round(sorted[1] as number)} ms of 3 builds (${sorted.map((t) => Math.round(t)).join(", ")} ms); ${summary?.pages} pages, ${Math.round(site / 1024)} KiB`,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
