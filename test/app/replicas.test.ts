import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasRedisServer, type RedisServer, startRedisServer } from "../helpers/redis-server.js";

/**
 * Two replicas' GitHub clients in two processes, against a local stand-in
 * for GitHub that notes when each write arrives. Octokit's throttling lets
 * one installation make one write a second (its write group: one at a time,
 * 1,000 ms apart), well inside GitHub's 80 content-creating writes a minute.
 * Each process keeps that pace on its own; only through Redis do the two
 * keep it together.
 */

let github: Server;
let baseUrl: string;
let writes: number[] = [];
let redis: RedisServer;

const WRITES_EACH = 3;

function startReplica(redisUrl: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      fileURLToPath(new URL("helpers/throttle-replica.ts", import.meta.url)),
      baseUrl,
      redisUrl,
      String(WRITES_EACH),
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
}

function waitFor(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(line)) {
        child.stdout?.off("data", onData);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.once(
      "exit",
      (code) => code !== 0 && reject(new Error(`a replica exited ${code}: ${output}`)),
    );
  });
}

/** Runs two replicas' writes at once; the gaps between consecutive writes GitHub saw, in ms. */
async function twoReplicas(redisUrl: string): Promise<number[]> {
  writes = [];
  const replicas = [startReplica(redisUrl), startReplica(redisUrl)];
  await Promise.all(replicas.map((replica) => waitFor(replica, "ready")));
  const done = replicas.map((replica) => waitFor(replica, "done"));
  for (const replica of replicas) replica.stdin?.write("go\n");
  await Promise.all(done);
  expect(writes).toHaveLength(2 * WRITES_EACH);
  const sorted = [...writes].sort((a, b) => a - b);
  return sorted.slice(1).map((at, i) => at - (sorted[i] ?? at));
}

describe.runIf(hasRedisServer())(
  "two replicas' GitHub writes (real processes, a real redis-server)",
  () => {
    beforeAll(async () => {
      redis = await startRedisServer();
      github = createServer((req, res) => {
        req.resume();
        req.on("end", () => {
          res.setHeader("content-type", "application/json");
          if (req.method === "POST" && req.url === "/app/installations/1/access_tokens") {
            res.writeHead(201).end(
              JSON.stringify({
                token: "ghs_test",
                expires_at: new Date(Date.now() + 3_600_000).toISOString(),
              }),
            );
          } else if (
            req.method === "POST" &&
            /^\/repos\/o\/r\/issues\/\d+\/labels$/.test(req.url ?? "")
          ) {
            writes.push(performance.now());
            res.writeHead(200).end("[]");
          } else if (req.method === "GET" && req.url === "/repos/o/r") {
            res.writeHead(200).end(JSON.stringify({ full_name: "o/r" }));
          } else {
            res
              .writeHead(404)
              .end(JSON.stringify({ message: `not in this test: ${req.method} ${req.url}` }));
          }
        });
      });
      await new Promise<void>((resolve) => github.listen(0, "127.0.0.1", resolve));
      const address = github.address();
      baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    }, 20_000);

    afterAll(async () => {
      await new Promise((resolve) => github?.close(resolve));
      await redis?.stop();
    });

    it("without Redis, each replica paces only itself: together they write twice as fast", async () => {
      const gaps = await twoReplicas("");
      expect(Math.min(...gaps)).toBeLessThan(500);
    }, 30_000);

    it("with REDIS_URL, the replicas share one pace: one write a second for the installation", async () => {
      const gaps = await twoReplicas(redis.url);
      // Bottleneck spaces writes 1,000 ms apart by Redis's clock; allow for the hop to this server.
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(900);
    }, 30_000);
  },
);
