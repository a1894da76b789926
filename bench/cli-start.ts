/**
 * What starting the CLI costs, as a user runs it (`node dist/cli.js`, the
 * committed bundle): `--version` beside a bare `node -e 0`, which is the
 * floor, and `check` on a ready example PR; and the size of dist/. Each is
 * the median of several runs in its own process, since a cold start is the
 * figure. Figures, not pass/fail.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { folderSize } from "../test/helpers/package.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");

/** Median wall time of `runs` runs of `node ...args` in `cwd`, in ms; throws unless each exits `expect`. */
function median(args: string[], cwd: string, runs: number, expect = 0): number {
  const times: number[] = [];
  // One run first, untimed, so the file cache is warm for all of them alike.
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
    const ms = performance.now() - start;
    if (result.status !== expect) {
      throw new Error(
        `node ${args.join(" ")} exited ${result.status}, not ${expect}: ${result.stderr || result.stdout}`,
      );
    }
    if (i > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export async function benchCliStart(runs: number): Promise<string[]> {
  // The checkout of a ready feature PR: its body and the evidence it cites.
  const cwd = mkdtempSync(join(tmpdir(), "pilot-gate-bench-cli-"));
  try {
    const body = readFileSync(join(ROOT, "cli", "examples", "ready-feature.md"), "utf8");
    await writeFile(join(cwd, "pr.md"), body);
    mkdirSync(join(cwd, "evidence", "story", "S-PC-01"), { recursive: true });
    await writeFile(join(cwd, "evidence", "story", "S-PC-01", "login-page.png"), "png");

    const bare = median(["-e", "0"], cwd, runs);
    const version = median([CLI, "--version"], cwd, runs);
    const check = median(
      [CLI, "check", "--branch", "feature/S-PC-01-login-page", "--body-file", "pr.md"],
      cwd,
      runs,
    );
    const dist = folderSize(join(ROOT, "dist"));
    return [
      `CLI start (dist/cli.js, median of ${runs} runs):`,
      `  node -e 0:                  ${bare.toFixed(1)} ms`,
      `  pilot-gate --version:       ${version.toFixed(1)} ms  (${(version / bare).toFixed(2)}x node -e 0)`,
      `  pilot-gate check (a ready feature PR): ${check.toFixed(1)} ms`,
      `  dist/: ${dist.files} files, ${dist.bytes} bytes (${(dist.bytes / 1024 / 1024).toFixed(2)} MiB)`,
    ];
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
