import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PENDING_PREFIX } from "../../app/redis-reconcile.js";
import {
  type AppProcess,
  deliver,
  type StubAnswer,
  type StubGitHub,
  type StubRequest,
  startAppProcess,
  startStubGitHub,
  stopAppProcess,
} from "../helpers/app-process.js";
import { hasRedisServer, useRedisServer } from "../helpers/redis-server.js";
import { INSTALLATION_ID, OWNER } from "./helpers/github.js";
import { TEST_PRIVATE_KEY } from "./helpers/keys.js";
import { installationEvent } from "./helpers/payloads.js";

/**
 * The App's server as a real process with a real redis-server, installed on
 * six repositories of a loopback GitHub, killed (SIGKILL: no shutdown hook
 * runs) while it syncs the third, and started again: the new process
 * finishes the installation from the repositories Redis still lists as
 * pending, with no webhook and no scheduled reconcile, and asks GitHub
 * nothing about the ones already done.
 */

const SECRET = "resume-test-secret";
const REPOS = Array.from({ length: 6 }, (_, i) => `repo-${i + 1}`);
const repoOf = (path: string) => /^\/repos\/[^/]+\/([^/?]+)/.exec(path)?.[1] ?? "";

/** GitHub as six unprotected repositories with no config; the check runs posted are kept. */
function github(onCheck: (repo: string) => void) {
  const checks = new Set<string>();
  return {
    checks,
    answer(request: StubRequest): StubAnswer {
      const { method, path } = request;
      const repo = repoOf(path);
      if (method === "POST" && path === `/app/installations/${INSTALLATION_ID}/access_tokens`) {
        const expires = new Date(Date.now() + 3_600_000).toISOString();
        return { status: 201, body: { token: "ghs_test", expires_at: expires } };
      }
      if (method === "GET" && /^\/repos\/[^/]+\/repo-\d+$/.test(path)) {
        return { status: 200, body: { name: repo, default_branch: "main" } };
      }
      if (method === "GET" && path.includes("/contents/")) {
        return { status: 404, body: { message: "Not Found" } };
      }
      if (/\/branches\/[^/]+\/protection$/.test(path)) {
        return method === "GET"
          ? { status: 404, body: { message: "Branch not protected" } }
          : { status: 200, body: {} };
      }
      if (method === "GET" && path.includes("/rules/branches/")) return { status: 200, body: [] };
      if (method === "GET" && path.endsWith("/branches/main")) {
        return { status: 200, body: { name: "main", commit: { sha: "a".repeat(40) } } };
      }
      if (method === "GET" && path.includes("/check-runs?")) {
        return { status: 200, body: { total_count: 0, check_runs: [] } };
      }
      if (method === "POST" && path.endsWith("/check-runs")) {
        checks.add(repo);
        onCheck(repo);
        return { status: 201, body: { id: checks.size } };
      }
      return { status: 404, body: { message: `not in this test: ${method} ${path}` } };
    },
  };
}

describe.runIf(hasRedisServer())(
  "an installation's protection sync cut short by SIGKILL (real processes, a real redis-server)",
  () => {
    const redis = useRedisServer();
    let stub: StubGitHub;
    let cwd: string;
    let app: AppProcess | undefined;
    let kill: ((repo: string) => void) | undefined;
    const fleet = github((repo) => kill?.(repo));

    const env = () => ({
      APP_ID: "1",
      PRIVATE_KEY: TEST_PRIVATE_KEY,
      WEBHOOK_SECRET: SECRET,
      GHE_HOST: stub.host,
      GHE_PROTOCOL: "http",
      REDIS_URL: redis.url,
      // The resume alone, not the scheduled pass, is under test.
      PILOT_GATE_RECONCILE_INTERVAL: "0",
      PILOT_GATE_EVALUATION_WORKERS: "0",
      LOG_LEVEL: "info",
    });

    beforeAll(async () => {
      stub = await startStubGitHub((request) => fleet.answer(request));
      cwd = mkdtempSync(join(tmpdir(), "pilot-gate-resume-"));
    });
    afterAll(async () => {
      if (app) await stopAppProcess(app, "SIGKILL");
      await stub?.close();
      if (cwd) rmSync(cwd, { recursive: true, force: true });
    });

    it("resumes at start with the repositories not yet done, and does not touch the done ones", async () => {
      app = await startAppProcess(env(), cwd);
      const first = app;
      const killed = new Promise<void>((resolve) => {
        kill = () => {
          // Mid-install: the third repository's check is being written.
          if (fleet.checks.size < 3) return;
          kill = undefined;
          first.child.kill("SIGKILL");
          first.child.once("exit", () => resolve());
        };
      });
      const payload = installationEvent() as { repositories: unknown[] };
      payload.repositories = REPOS.map((name, i) => ({
        id: 1_000 + i,
        node_id: `R_${i}`,
        name,
        full_name: `${OWNER}/${name}`,
        private: false,
      }));
      // The handler outlives the delivery's answer, and the process its end.
      void deliver(first.port, "installation", payload, SECRET).catch(() => undefined);
      await killed;

      const client = redis.client();
      const pending = (await client.hkeys(`${PENDING_PREFIX}${INSTALLATION_ID}`)).sort();
      const done = REPOS.filter((repo) => !pending.includes(`${OWNER}/${repo}`));
      const left = REPOS.filter((repo) => !done.includes(repo));
      // Two finished (and dropped from the list); the third was cut off.
      expect(done).toHaveLength(2);
      const before = stub.requests.length;

      app = await startAppProcess(env(), cwd);
      await vi.waitFor(
        async () => expect(await client.exists(`${PENDING_PREFIX}${INSTALLATION_ID}`)).toBe(0),
        { timeout: 60_000, interval: 200 },
      );

      const after = stub.requests.slice(before);
      // The organisation's `.github` repository is where a config may be inherited from.
      const touched = new Set(
        after.map((request) => repoOf(request.path)).filter((repo) => repo.startsWith("repo-")),
      );
      expect([...touched].sort()).toEqual(left);
      const posted = after.filter(
        (request) => request.method === "POST" && request.path.endsWith("/check-runs"),
      );
      // One check each, the one cut off included.
      expect(posted.map((request) => repoOf(request.path)).sort()).toEqual(left);
      expect(fleet.checks.size).toBe(6);
      expect(app.output()).toContain("resumed its protection sync (4 synced)");
    }, 120_000);
  },
);
