import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { freePort } from "./redis-server.js";

const MAIN = fileURLToPath(new URL("../../app/main.ts", import.meta.url));
const TSX = import.meta.resolve("tsx");

/** One request GitHub's stand-in received: the API path without GHES's `/api/v3`. */
export interface StubRequest {
  method: string;
  path: string;
  body: string;
}

export interface StubAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface StubGitHub {
  /** `host:port`, for GHE_HOST (with GHE_PROTOCOL=http). */
  host: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

/**
 * A stand-in for GitHub on loopback, reached as a GitHub Enterprise Server
 * (`GHE_HOST`, `GHE_PROTOCOL=http`): each request is recorded and answered
 * by `answer` (a promise, to hold a request back).
 */
export async function startStubGitHub(
  answer: (request: StubRequest) => StubAnswer | Promise<StubAnswer>,
): Promise<StubGitHub> {
  const requests: StubRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk;
    });
    req.on("end", () => {
      const request = {
        method: req.method ?? "GET",
        path: (req.url ?? "").replace(/^\/api\/v3/, ""),
        body,
      };
      requests.push(request);
      Promise.resolve(answer(request)).then(
        ({ status, body: answerBody, headers }) => {
          res.writeHead(status, { "content-type": "application/json", ...headers });
          res.end(answerBody === undefined ? "" : JSON.stringify(answerBody));
        },
        (error: unknown) => res.writeHead(500).end(JSON.stringify({ message: String(error) })),
      );
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  return {
    host: `127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface AppProcess {
  child: ChildProcess;
  port: number;
  /** Everything the process printed so far. */
  output(): string;
}

/**
 * The App's server (app/main.ts, through tsx) in a process of its own, in
 * `cwd`, with only `env` and PATH; resolves once `readyPath` (/readyz; in
 * Probot's setup mode, /probot) answers 200.
 */
export async function startAppProcess(
  env: Record<string, string>,
  cwd: string,
  readyPath = "/readyz",
): Promise<AppProcess> {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["--import", TSX, MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? "", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk;
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the App exited ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}${readyPath}`)).status === 200) {
        return { child, port, output: () => output };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`the App was not ready within 30 s:\n${output}`);
}

/** Kills the process with `signal` and waits for it to go. */
export async function stopAppProcess(app: AppProcess, signal: NodeJS.Signals): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = once(app.child, "exit");
  app.child.kill(signal);
  await exited;
}

/** POSTs a webhook delivery signed with `secret`, as GitHub does. */
export function deliver(
  port: number,
  name: string,
  payload: unknown,
  secret: string,
  delivery = `delivery-${Math.random().toString(16).slice(2)}`,
): Promise<Response> {
  const body = JSON.stringify(payload);
  return fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": name,
      "x-github-delivery": delivery,
      "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
    },
    body,
  });
}
