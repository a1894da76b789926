import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { connect } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDist, writeDist } from "../../scripts/build.mjs";
import { freePort } from "../helpers/redis-server.js";
import { TEST_PRIVATE_KEY } from "./helpers/keys.js";
import { pullRequestEvent } from "./helpers/payloads.js";

/**
 * SIGTERM against the real server entry (`node dist/app.js`, built fresh
 * from the sources into a folder under node_modules, so the packages
 * resolve as from dist/). A local HTTP server stands in for GitHub
 * (GHE_HOST on loopback) and holds its answers, so the signal arrives while
 * the handler waits on GitHub.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WEBHOOK_SECRET = "shutdown-test-secret";

/** A request the stand-in GitHub received, and when (ms since the epoch). */
interface Received {
  method: string;
  path: string;
  at: number;
}

/** GitHub on loopback: every request is recorded; `hold` decides which answers wait, and for what. */
class FakeGitHub {
  readonly received: Received[] = [];
  readonly server: Server;
  /** Called with each request; resolves when its answer may go out. */
  hold: (request: Received) => Promise<void> = async () => undefined;
  #arrivals: ((request: Received) => void)[] = [];

  constructor() {
    this.server = createServer((req, res) => void this.#answer(req, res));
  }

  /** Resolves with the first request (from now) that `matches`. */
  next(matches: (request: Received) => boolean): Promise<Received> {
    return new Promise((resolve) => {
      const waiter = (request: Received) => {
        if (!matches(request)) return;
        this.#arrivals = this.#arrivals.filter((other) => other !== waiter);
        resolve(request);
      };
      this.#arrivals.push(waiter);
    });
  }

  async #answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for await (const _ of req);
    const request = { method: req.method ?? "", path: req.url ?? "", at: Date.now() };
    this.received.push(request);
    for (const arrival of [...this.#arrivals]) arrival(request);
    await this.hold(request);
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (
      request.method === "POST" &&
      /\/app\/installations\/\d+\/access_tokens$/.test(request.path)
    ) {
      json(201, {
        token: "ghs_shutdowntest",
        expires_at: new Date(Date.now() + 3_600_000).toISOString(),
        permissions: {},
        repository_selection: "all",
      });
    } else if (request.method === "POST" && request.path.endsWith("/check-runs")) {
      json(201, { id: 7, name: "pilot-gate", status: "completed", html_url: "https://github.com" });
    } else {
      // No config, no files, nothing else: the App judges with its defaults or reports the gap.
      json(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
    }
  }
}

let distDir: string;
let github: FakeGitHub;
let githubPort: number;

interface Running {
  child: ChildProcess;
  port: number;
  output: () => string;
  exit: Promise<number | null>;
}

async function startApp(env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(distDir, "app.js")], {
    cwd: distDir,
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_ID: "1",
      PRIVATE_KEY: TEST_PRIVATE_KEY,
      WEBHOOK_SECRET,
      GHE_HOST: `127.0.0.1:${githubPort}`,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exit = once(child, "exit").then(([code]) => code as number | null);
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the App exited ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the App did not start within 15 s:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, port, output: () => output, exit };
}

/** Posts a signed pull_request.opened delivery; the answer comes when the handler ends (or after Probot's 9 s). */
function deliverPullRequest(port: number, delivery: string): Promise<Response> {
  const body = JSON.stringify(pullRequestEvent("opened"));
  return fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "pull_request",
      "x-github-delivery": delivery,
      "x-hub-signature-256": `sha256=${createHmac("sha256", WEBHOOK_SECRET).update(body).digest("hex")}`,
    },
    body,
  });
}

/** Whether a new TCP connection to `port` is accepted. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const isTokenRequest = (request: Received) => request.path.endsWith("/access_tokens");
const isCheckRunWrite = (request: Received) =>
  request.method === "POST" && request.path.endsWith("/check-runs");

describe("graceful shutdown of the App's server (node dist/app.js)", () => {
  beforeAll(async () => {
    const cache = join(ROOT, "node_modules", ".cache");
    mkdirSync(cache, { recursive: true });
    distDir = mkdtempSync(join(cache, "pilot-gate-shutdown-"));
    await writeDist(await buildDist(), distDir);
    github = new FakeGitHub();
    githubPort = await freePort();
    await new Promise<void>((resolve) => github.server.listen(githubPort, "127.0.0.1", resolve));
  }, 60_000);

  afterAll(async () => {
    github?.server.closeAllConnections();
    await new Promise((resolve) => github?.server.close(resolve));
    if (distDir) rmSync(distDir, { recursive: true, force: true });
  });

  it("on SIGTERM stops accepting, lets the handler write its check run, and exits 0", async () => {
    const app = await startApp();
    let signalled = 0;
    // The installation token is held until the signal: everything the
    // handler writes goes out after it. The check run's answer is slow too.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    github.hold = async (request) => {
      if (isTokenRequest(request)) await released;
      if (isCheckRunWrite(request)) await new Promise((resolve) => setTimeout(resolve, 500));
    };
    const tokenAsked = github.next(isTokenRequest);
    const checkRunWritten = github.next(isCheckRunWrite);
    const answer = deliverPullRequest(app.port, "shutdown-1");
    await tokenAsked;
    expect(await accepts(app.port)).toBe(true);

    app.child.kill("SIGTERM");
    signalled = Date.now();
    // The listening socket closes at the signal, while the handler still waits.
    const deadline = Date.now() + 5_000;
    while ((await accepts(app.port)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await accepts(app.port)).toBe(false);
    expect(app.child.exitCode).toBeNull();
    release();

    const write = await checkRunWritten;
    expect(write.at).toBeGreaterThanOrEqual(signalled);
    expect((await answer).status).toBeLessThan(300);
    expect(await app.exit).toBe(0);
    expect(app.output()).toMatch(/pull_request\.opened (handled|failed)/);
    expect(app.output()).toContain("shutdown complete");
    expect(app.output()).not.toContain("cut off");
  }, 30_000);

  it("cuts off a handler slower than PILOT_GATE_SHUTDOWN_MS, names it, and still exits 0", async () => {
    const app = await startApp({ PILOT_GATE_SHUTDOWN_MS: "500" });
    // GitHub never answers the token request: the handler would wait for ever.
    github.hold = (request) =>
      isTokenRequest(request) ? new Promise(() => undefined) : Promise.resolve();
    const tokenAsked = github.next(isTokenRequest);
    void deliverPullRequest(app.port, "shutdown-slow").catch(() => undefined);
    await tokenAsked;
    const before = github.received.filter(isCheckRunWrite).length;

    const signalled = Date.now();
    app.child.kill("SIGTERM");
    expect(await app.exit).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(app.output()).toMatch(
      /cut off 1 unfinished handler\(s\): pull_request\.opened \(delivery shutdown-slow, Codertocat\/Hello-World#\d+\)/,
    );
    expect(github.received.filter(isCheckRunWrite).length).toBe(before);
  }, 30_000);

  it("exits at once, with 1, on a second signal", async () => {
    const app = await startApp();
    github.hold = (request) =>
      isTokenRequest(request) ? new Promise(() => undefined) : Promise.resolve();
    const tokenAsked = github.next(isTokenRequest);
    void deliverPullRequest(app.port, "shutdown-twice").catch(() => undefined);
    await tokenAsked;

    app.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(app.child.exitCode).toBeNull();
    app.child.kill("SIGINT");
    expect(await app.exit).toBe(1);
    expect(app.output()).toContain("SIGINT again: exiting now");
  }, 30_000);
});
