import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDist, writeDist } from "../../scripts/build.mjs";
import { freePort, hasRedisServer, startRedisServer } from "../helpers/redis-server.js";
import { TEST_PRIVATE_KEY } from "./helpers/keys.js";

/**
 * The container without Docker (no engine on the build machines): the
 * Dockerfile's final stage is read, its files laid out in a temporary
 * directory outside the repository (so nothing resolves from the
 * repository's node_modules), its install command run offline from the npm
 * cache that `npm ci` filled, and its CMD started with its ENV. The App
 * then answers on loopback; GitHub is never asked (a `ping` needs no
 * request, and GHE_HOST points the API at a closed local port).
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WEBHOOK_SECRET = "deploy-test-secret";

interface FinalStage {
  workdir: string;
  env: Record<string, string>;
  /** [source in the build context or another stage, destination], per COPY. */
  copies: { from?: string; sources: string[]; destination: string }[];
  install: string[];
  user: string | undefined;
  cmd: string[];
  healthcheck: string[];
}

/** The Dockerfile's last stage, read from the instructions the image really runs. */
function readFinalStage(dockerfile: string): FinalStage {
  const lines = dockerfile
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  const last = lines.findLastIndex((line) => /^FROM\s/i.test(line));
  const stage: FinalStage = {
    workdir: "/",
    env: {},
    copies: [],
    install: [],
    user: undefined,
    cmd: [],
    healthcheck: [],
  };
  for (const line of lines.slice(last + 1)) {
    const [instruction = "", ...rest] = line.split(/\s+/);
    const args = rest.join(" ");
    switch (instruction.toUpperCase()) {
      case "WORKDIR":
        stage.workdir = args;
        break;
      case "ENV": {
        const match = /^([A-Z_][A-Z0-9_]*)=(\S+)$/.exec(args);
        if (!match) throw new Error(`ENV line not in the form NAME=value: ${line}`);
        stage.env[match[1] as string] = match[2] as string;
        break;
      }
      case "COPY": {
        const from = /^--from=(\S+)$/.exec(rest[0] ?? "")?.[1];
        const paths = from ? rest.slice(1) : rest;
        stage.copies.push({ from, sources: paths.slice(0, -1), destination: paths.at(-1) ?? "" });
        break;
      }
      case "RUN": {
        const npmCi = args.split("&&").find((part) => part.trim().startsWith("npm ci"));
        if (npmCi) stage.install = npmCi.trim().split(/\s+/);
        break;
      }
      case "USER":
        stage.user = args;
        break;
      case "CMD":
        stage.cmd = JSON.parse(args) as string[];
        break;
      case "HEALTHCHECK":
        stage.healthcheck = JSON.parse(args.slice(args.indexOf("CMD ") + 4)) as string[];
        break;
    }
  }
  return stage;
}

const stage = readFinalStage(readFileSync(join(ROOT, "Dockerfile"), "utf8"));

/** What the build stage makes, as its `npm run build` makes it (scripts/build.mjs): dist/, written to a folder. */
const BUILT: Record<string, (to: string) => Promise<void>> = {
  "/app/dist/": async (to) => {
    await writeDist(await buildDist(), to);
  },
};

/** The image's file system under `dir`: each COPY, the build stage's bundles built here. */
async function layOut(dir: string): Promise<void> {
  for (const { from, sources, destination } of stage.copies) {
    const target = join(
      dir,
      posix.relative(stage.workdir, posix.resolve(stage.workdir, destination)),
    );
    for (const source of sources) {
      // A folder (`dist/`) is copied into the destination, as Docker copies a directory's contents.
      const to =
        destination.endsWith("/") && !source.endsWith("/")
          ? join(target, posix.basename(source))
          : target;
      mkdirSync(dirname(to), { recursive: true });
      if (from === undefined) {
        copyFileSync(join(ROOT, source), to);
        continue;
      }
      const build = BUILT[source];
      if (!build)
        throw new Error(
          `the Dockerfile copies ${source} from ${from}: teach this test how it is built`,
        );
      await build(to);
    }
  }
}

let dir: string;
let port: number;
let app: ChildProcess | undefined;
let output = "";

/** Starts the image's CMD in `dir` with the image's ENV plus `env`; node is this test's node. */
function startImage(env: Record<string, string>): ChildProcess {
  const [command, ...args] = stage.cmd;
  expect(command).toBe("node");
  return spawn(process.execPath, args, {
    cwd: dir,
    env: { ...stage.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function runImage(env: Record<string, string>) {
  const [, ...args] = stage.cmd;
  return spawnSync(process.execPath, args, {
    cwd: dir,
    env: { ...stage.env, ...env },
    encoding: "utf8",
    timeout: 15_000,
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the App exited ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the App did not answer ${url} within 15 s:\n${output}`);
}

function sign(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

function deliver(body: string, signature: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "ping",
      "x-github-delivery": "deploy-test",
      "x-hub-signature-256": signature,
    },
    body,
  });
}

describe("the container image's command (Dockerfile, run without Docker)", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pilot-gate-image-"));
    await layOut(dir);
    // The image's install command, offline: `npm ci` of the repository has
    // filled the cache with every production package.
    const [npm, ...install] = stage.install;
    expect(npm).toBe("npm");
    execFileSync("npm", [...install, "--offline"], { cwd: dir, stdio: "pipe" });

    port = await freePort();
    app = startImage({
      APP_ID: "1",
      PRIVATE_KEY: TEST_PRIVATE_KEY,
      WEBHOOK_SECRET,
      PORT: String(port),
      // Any request to GitHub would go to a closed local port and fail.
      GHE_HOST: "127.0.0.1:9",
      GHE_PROTOCOL: "http",
    });
    app.stdout?.on("data", (chunk) => {
      output += chunk;
    });
    app.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, app);
  }, 120_000);

  afterAll(async () => {
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app?.once("exit", resolve));
      app.kill("SIGTERM");
      await exited;
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("runs as a non-root user, in production, listening on every interface", () => {
    expect(stage.user).toBeDefined();
    expect(stage.user).not.toMatch(/^(root|0)(:|$)/);
    expect(stage.env).toMatchObject({ NODE_ENV: "production", HOST: "0.0.0.0" });
    expect(stage.cmd).toEqual(["node", "dist/app.js"]);
    // Nothing beyond the bundles, the manifest and the production install.
    expect(existsSync(join(dir, "node_modules", "vitest"))).toBe(false);
    expect(existsSync(join(dir, "node_modules", "probot"))).toBe(true);
  });

  it.runIf(existsSync("/proc/net/tcp"))("listens on 0.0.0.0, not only loopback", () => {
    // The kernel's socket table: local address 00000000 (0.0.0.0) on the
    // App's port, in state 0A (LISTEN).
    const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
    const listening = readFileSync("/proc/net/tcp", "utf8")
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === "0A")
      .map((fields) => fields[1]);
    expect(listening).toContain(`00000000:${hexPort}`);
  });

  it("answers /healthz and /readyz, and the image's HEALTHCHECK passes", async () => {
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "alive" });

    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toEqual({ status: "ready", checks: { app_jwt: "ok" } });
    expect(ready.status).toBe(200);

    const [node, ...args] = stage.healthcheck;
    expect(node).toBe("node");
    const check = spawnSync(process.execPath, args, {
      env: { ...stage.env, PORT: String(port) },
      timeout: 10_000,
    });
    expect(check.status).toBe(0);
  });

  it("accepts a webhook signed with WEBHOOK_SECRET and refuses a forged one", async () => {
    const require = createRequire(import.meta.url);
    const definitions = require("@octokit/webhooks-examples") as {
      name: string;
      examples: unknown[];
    }[];
    const ping = definitions.find((definition) => definition.name === "ping")?.examples[0];
    const body = JSON.stringify(ping);

    const genuine = await deliver(body, sign(body, WEBHOOK_SECRET));
    expect(genuine.status).toBeGreaterThanOrEqual(200);
    expect(genuine.status).toBeLessThan(300);

    for (const secret of ["development", "not-the-secret"]) {
      const forged = await deliver(body, sign(body, secret));
      expect(forged.status, `signed with ${secret}`).toBeGreaterThanOrEqual(400);
      expect(forged.status).toBeLessThan(500);
    }
  });

  it("refuses to start in production without its credentials, naming each one", () => {
    const result = runImage({ PORT: String(port + 1) });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/will not start with NODE_ENV=production without/);
    for (const name of ["WEBHOOK_SECRET", "APP_ID", "PRIVATE_KEY or PRIVATE_KEY_PATH"]) {
      expect(result.stderr).toContain(name);
    }
  });

  it.runIf(hasRedisServer())(
    "with REDIS_URL, loads its Redis client from the production install and reports Redis ready",
    async () => {
      const redis = await startRedisServer();
      const replicaPort = await freePort();
      const replica = startImage({
        APP_ID: "1",
        PRIVATE_KEY: TEST_PRIVATE_KEY,
        WEBHOOK_SECRET,
        PORT: String(replicaPort),
        GHE_HOST: "127.0.0.1:9",
        GHE_PROTOCOL: "http",
        REDIS_URL: redis.url,
      });
      replica.stderr?.on("data", (chunk) => {
        output += chunk;
      });
      try {
        await waitForHealth(`http://127.0.0.1:${replicaPort}/readyz`, replica);
        const ready = await fetch(`http://127.0.0.1:${replicaPort}/readyz`);
        expect(await ready.json()).toEqual({
          status: "ready",
          checks: { app_jwt: "ok", redis: "ok" },
        });
      } finally {
        const exited = new Promise((resolve) => replica.once("exit", resolve));
        replica.kill("SIGTERM");
        await exited;
        await redis.stop();
      }
    },
    30_000,
  );

  it("refuses a REDIS_URL that is not a redis URL, at start", () => {
    const result = runImage({
      APP_ID: "1",
      PRIVATE_KEY: TEST_PRIVATE_KEY,
      WEBHOOK_SECRET,
      PORT: String(port + 1),
      REDIS_URL: "redis-host:6379",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("REDIS_URL must be a redis:// or rediss:// URL");
  });
});
