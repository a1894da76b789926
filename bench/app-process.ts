/**
 * What the App's server costs as the image runs it: `node dist/app.js` (the
 * committed bundle) with the Dockerfile's ENV and the three credentials,
 * timed from spawn until /readyz answers 200 (median of several starts),
 * its resident memory once ready and idle (Node's own
 * `process_resident_memory_bytes` on /metrics), and how long an idle
 * SIGTERM takes to exit. GitHub is never asked: GHE_HOST is a closed local
 * port and no event arrives. Figures, not pass/fail.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TEST_PRIVATE_KEY } from "../test/app/helpers/keys.js";
import { freePort } from "../test/helpers/redis-server.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const APP = join(ROOT, "dist", "app.js");

/** The final stage's `ENV NAME=value` lines (the Dockerfile keeps them in that form). */
function imageEnv(): Record<string, string> {
  const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");
  const last = dockerfile.lastIndexOf("\nFROM ");
  return Object.fromEntries(
    [...dockerfile.slice(last).matchAll(/^ENV ([A-Z_][A-Z0-9_]*)=(\S+)$/gm)].map((match) => [
      match[1],
      match[2],
    ]),
  );
}

interface Started {
  child: ChildProcess;
  port: number;
  readyMs: number;
}

async function start(cwd: string): Promise<Started> {
  const port = await freePort();
  const begun = performance.now();
  const child = spawn(process.execPath, [APP], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      ...imageEnv(),
      PORT: String(port),
      APP_ID: "1",
      PRIVATE_KEY: TEST_PRIVATE_KEY,
      WEBHOOK_SECRET: "bench-secret",
      GHE_HOST: "127.0.0.1:9",
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  const deadline = begun + 15_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`node dist/app.js exited ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) {
        return { child, port, readyMs: performance.now() - begun };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill("SIGKILL");
  throw new Error("node dist/app.js was not ready within 15 s");
}

/** SIGTERM to exit, in ms. */
async function stop(child: ChildProcess): Promise<number> {
  const begun = performance.now();
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  await exited;
  return performance.now() - begun;
}

async function residentBytes(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const match = /^process_resident_memory_bytes (\d+)/m.exec(text);
  if (!match) throw new Error("/metrics has no process_resident_memory_bytes");
  return Number(match[1]);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function benchAppProcess(runs: number): Promise<string[]> {
  // An empty working directory: no .env of the checkout's is read.
  const cwd = mkdtempSync(join(tmpdir(), "pilot-gate-bench-app-"));
  try {
    const ready: number[] = [];
    const rss: number[] = [];
    const stops: number[] = [];
    for (let i = 0; i < runs; i++) {
      const app = await start(cwd);
      ready.push(app.readyMs);
      // Idle: what start-up allocated has had a moment to settle.
      await new Promise((resolve) => setTimeout(resolve, 500));
      rss.push(await residentBytes(app.port));
      stops.push(await stop(app.child));
    }
    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    return [
      `App process (node dist/app.js with the image's ENV, median of ${runs} starts):`,
      `  start to /readyz 200:       ${median(ready).toFixed(0)} ms (min ${Math.min(...ready).toFixed(0)}, max ${Math.max(...ready).toFixed(0)})`,
      `  RSS at idle, once ready:    ${mib(median(rss))} MiB`,
      `  SIGTERM to exit, idle:      ${median(stops).toFixed(0)} ms`,
    ];
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
