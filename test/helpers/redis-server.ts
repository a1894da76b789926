import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { Redis, type RedisOptions } from "ioredis";
import { afterAll, beforeAll } from "vitest";

/** A free TCP port on loopback, as the kernel hands one out. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Whether `redis-server` is on PATH (.ci/run installs it from Debian's package). */
export function hasRedisServer(): boolean {
  return spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
}

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real redis-server on a free loopback port, in memory only (no RDB, no
 * AOF), for one test file; `stop` kills it.
 */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start:\n${output}`)),
      10_000,
    );
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited ${code}:\n${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    },
  };
}

/**
 * A redis-server for the calling test file, started before its tests and
 * stopped after them, and `client()`: Redis clients on it (each one a
 * replica, as far as Redis can tell), disconnected then too. Call it inside
 * the file's `describe.runIf(hasRedisServer())`.
 */
export function useRedisServer() {
  let server: RedisServer | undefined;
  const clients: Redis[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
  }, 20_000);
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await server?.stop();
  });
  const url = (): string => {
    if (!server) throw new Error("useRedisServer: the server starts in beforeAll");
    return server.url;
  };
  return {
    get url(): string {
      return url();
    },
    /** A client on this server (or on `at`), closed after the file's tests. */
    client(at = url(), options: RedisOptions = {}): Redis {
      const client = new Redis(at, options);
      clients.push(client);
      return client;
    },
  };
}
