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
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TEST_PRIVATE_KEY } from "../test/app/helpers/keys.js";
import { deliver } from "../test/helpers/app-process.js";
import { VALID_TEMPLATE_BODY } from "../test/helpers/pull-request.js";
import { freePort } from "../test/helpers/redis-server.js";
import { FakeGitHub, type Json, pullRequestPayload } from "./app-events.js";

const SECRET = "bench-secret";
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

async function start(cwd: string, env: Record<string, string> = {}): Promise<Started> {
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
      WEBHOOK_SECRET: SECRET,
      GHE_HOST: "127.0.0.1:9",
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "warn",
      ...env,
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

/** The process's resident memory now and at its peak (VmRSS, VmHWM), in bytes, from Linux's /proc. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1]);
  return { rss: kib("VmRSS") * 1024, peak: kib("VmHWM") * 1024 };
}

/** `FakeGitHub` (bench/app-events.ts) on loopback, reached as a GHES at `host`. */
async function serveFakeGitHub(github: FakeGitHub): Promise<{ host: string; close(): void }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const answer = await github.fetch(
        `http://github${(req.url ?? "").replace(/^\/api\/v3/, "")}`,
        {
          method: req.method ?? "GET",
          headers: req.headers as Record<string, string>,
          ...(body ? { body } : {}),
        },
      );
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  return {
    host: `127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** Sends `payloads` with at most `concurrency` deliveries in flight; the ms all took. */
async function send(port: number, name: string, payloads: Json[], concurrency: number) {
  const begun = performance.now();
  let next = 0;
  let refused = 0;
  const worker = async () => {
    while (next < payloads.length) {
      const payload = payloads[next++];
      const response = await deliver(port, name, payload, SECRET);
      await response.arrayBuffer();
      if (response.status >= 300) refused++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (refused > 0) throw new Error(`${refused} of ${payloads.length} deliveries were refused`);
  return performance.now() - begun;
}

/**
 * The image's process under load: `prs` PRs opened (each a first verdict,
 * a check run written: Probot's throttling paces an installation's writes
 * a second apart, which bounds this phase), then `events` signed
 * `pull_request.edited` deliveries across them, `concurrency` in flight,
 * each a newer body of its PR, judged in full, with the same verdict (the
 * check is rewritten only when its output changes, so the write pace does
 * not bound this phase). GitHub is `FakeGitHub` on loopback. Reports
 * events a second for each phase and the process's peak resident memory
 * (VmHWM, /proc/<pid>/status) against its RSS at idle.
 */
export async function benchAppProcessUnderLoad(
  prs: number,
  events: number,
  concurrency: number,
): Promise<string[]> {
  const cwd = mkdtempSync(join(tmpdir(), "pilot-gate-bench-load-"));
  const github = new FakeGitHub();
  const stub = await serveFakeGitHub(github);
  const app = await start(cwd, {
    GHE_HOST: stub.host,
    // Nothing in the background: only the deliveries are measured.
    PILOT_GATE_RECONCILE_INTERVAL: "0",
  });
  try {
    const pid = app.child.pid ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const idle = memoryOf(pid).rss;
    const head = (pr: number) => pr.toString(16).padStart(40, "0");
    const opened = Array.from({ length: prs }, (_, i) =>
      pullRequestPayload(i + 1, "opened", { body: VALID_TEMPLATE_BODY, head: head(i + 1) }),
    );
    const openedMs = await send(app.port, "pull_request", opened, concurrency);
    const edited = Array.from({ length: events }, (_, i) => {
      const pr = (i % prs) + 1;
      // A new body each time, judged in full; the verdict stays, so no write waits on the pace.
      const body = `${VALID_TEMPLATE_BODY}\n\nEdit ${i + 1}.`;
      return pullRequestPayload(pr, "edited", { body, head: head(pr) });
    });
    const editedMs = await send(app.port, "pull_request", edited, concurrency);
    const { peak } = memoryOf(pid);
    if (github.failures.length > 0) {
      throw new Error(
        `the App could not judge ${github.failures.length} events: ${github.failures[0]}`,
      );
    }
    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    const rate = (n: number, ms: number) => ((n / ms) * 1_000).toFixed(1);
    return [
      `App process under load (node dist/app.js, signed webhooks, a loopback GitHub, ${concurrency} in flight):`,
      `  ${`${prs} PRs opened:`.padEnd(28)}${rate(prs, openedMs)} events/s (${(openedMs / 1_000).toFixed(1)} s; each writes a check run, and Probot paces writes a second apart)`,
      `  ${`${events} edits across them:`.padEnd(28)}${rate(events, editedMs)} events/s (${(editedMs / 1_000).toFixed(1)} s; ${github.checkRunWrites.length - prs} check run rewrites)`,
      `  ${"RSS at idle:".padEnd(28)}${mib(idle)} MiB`,
      `  ${"peak RSS (VmHWM):".padEnd(28)}${mib(peak)} MiB`,
    ];
  } finally {
    await stop(app.child);
    stub.close();
    rmSync(cwd, { recursive: true, force: true });
  }
}
