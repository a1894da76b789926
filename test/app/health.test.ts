import { createServer, type Server } from "node:http";
import { Redis } from "ioredis";
import { pino } from "pino";
import { Probot } from "probot";
import { afterEach, describe, expect, it } from "vitest";
import { appJwtProbe, healthHandler, type ReadinessProbe } from "../../app/health.js";
import { metricsHandler } from "../../app/metrics.js";
import { redisProbe } from "../../app/redis.js";
import { hasRedisServer, startRedisServer } from "../helpers/redis-server.js";
import { TEST_PRIVATE_KEY } from "./helpers/keys.js";

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** The handler on a loopback server; a request it leaves alone gets 404 "next". */
async function serve(probes: ReadinessProbe[], timeoutMs?: number): Promise<string> {
  const handle = healthHandler(probes, timeoutMs);
  server = createServer(async (req, res) => {
    if (!(await handle(req, res))) res.writeHead(404).end("next");
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}

function probot(key: string): Probot {
  return new Probot({
    appId: 1,
    privateKey: key,
    secret: "s",
    log: pino({ level: "silent" }),
  });
}

describe("healthHandler", () => {
  it("answers /healthz while serving, whatever the probes say", async () => {
    const base = await serve([{ name: "never", check: () => Promise.reject(new Error("down")) }]);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "alive" });
  });

  it("is ready when every probe passes, and names each failing one with its reason", async () => {
    const ok: ReadinessProbe = { name: "app_jwt", check: async () => {} };
    const down: ReadinessProbe = {
      name: "redis",
      check: () => Promise.reject(new Error("connect ECONNREFUSED")),
    };
    const ready = await fetch(`${await serve([ok])}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", checks: { app_jwt: "ok" } });
    await new Promise((resolve) => server?.close(resolve));

    const notReady = await fetch(`${await serve([ok, down])}/readyz?verbose=1`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({
      status: "not ready",
      checks: { app_jwt: "ok", redis: "connect ECONNREFUSED" },
    });
  });

  it("reports a probe that hangs as not ready instead of holding the request", async () => {
    const hangs: ReadinessProbe = { name: "hangs", check: () => new Promise(() => {}) };
    const response = await fetch(`${await serve([hangs], 50)}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: "not ready",
      checks: { hangs: "no answer within 50 ms" },
    });
  });

  it("leaves every other request to the next handler", async () => {
    const base = await serve([]);
    expect(await (await fetch(`${base}/ping`)).text()).toBe("next");
    expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(404);
  });
});

describe("appJwtProbe", () => {
  it("passes when the App's key signs a JWT, with no request to GitHub", async () => {
    await expect(appJwtProbe(probot(TEST_PRIVATE_KEY)).check()).resolves.toBeUndefined();
  });

  it("fails when the key does not sign", async () => {
    const broken = "-----BEGIN RSA PRIVATE KEY-----\nbm90IGEga2V5\n-----END RSA PRIVATE KEY-----";
    await expect(appJwtProbe(probot(broken)).check()).rejects.toThrow();
  });
});

describe.runIf(hasRedisServer())("redisProbe (a real redis-server)", () => {
  it("is ready while Redis answers, and says why not once it is gone", async () => {
    const redis = await startRedisServer();
    const client = new Redis(redis.url, { maxRetriesPerRequest: 0 });
    client.on("error", () => {});
    try {
      const base = await serve([redisProbe(client)], 500);
      const up = await fetch(`${base}/readyz`);
      expect(await up.json()).toEqual({ status: "ready", checks: { redis: "ok" } });
      await redis.stop();
      const down = await fetch(`${base}/readyz`);
      expect(down.status).toBe(503);
      const body = (await down.json()) as { checks: { redis: string } };
      expect(body.checks.redis).not.toBe("ok");
    } finally {
      client.disconnect();
      await redis.stop();
    }
  }, 20_000);
});

describe("metricsHandler", () => {
  it("serves GET /metrics in Prometheus's text format and leaves everything else", async () => {
    const handle = metricsHandler();
    server = createServer(async (req, res) => {
      if (!(await handle(req, res))) res.writeHead(404).end("next");
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await response.text()).toContain("# TYPE pilot_gate_webhook_events_total counter");
    expect(await (await fetch(`${base}/healthz`)).text()).toBe("next");
    expect((await fetch(`${base}/metrics`, { method: "POST" })).status).toBe(404);
  });
});
