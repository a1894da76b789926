import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  type AppProcess,
  type StubGitHub,
  startAppProcess,
  startStubGitHub,
  stopAppProcess,
} from "../helpers/app-process.js";
import { ROOT } from "../helpers/source-files.js";
import { TEST_PRIVATE_KEY } from "./helpers/keys.js";

/**
 * Registering the App through Probot's manifest flow, with the real server
 * process (app/main.ts) and no credentials, against a loopback GitHub
 * (GHE_HOST, GHE_PROTOCOL=http: Probot sends the conversion there). The
 * webhook proxy URL is set, as after Probot's own smee.io step, so nothing
 * leaves the machine. A browser is not needed: the setup page's form holds
 * the manifest, and GitHub's redirect back is one GET with a code.
 */

const PROXY = "https://smee.io/pilot-gate-test-channel";
const app_yml = parse(readFileSync(join(ROOT, "app.yml"), "utf8")) as {
  default_permissions: Record<string, string>;
  default_events: string[];
};

let stub: StubGitHub;
let cwd: string;
let app: AppProcess | undefined;

describe("the manifest flow (a real App process, a loopback GitHub)", () => {
  beforeAll(async () => {
    stub = await startStubGitHub(({ method, path }) =>
      method === "POST" && path === "/app-manifests/the-code/conversions"
        ? {
            status: 201,
            body: {
              id: 4242,
              slug: "pilot-gate-test",
              client_id: "Iv1.test",
              client_secret: "client-secret",
              webhook_secret: "registered-secret",
              pem: TEST_PRIVATE_KEY,
              html_url: "https://github.com/apps/pilot-gate-test",
            },
          }
        : { status: 404, body: { message: `not in this test: ${method} ${path}` } },
    );
    cwd = mkdtempSync(join(tmpdir(), "pilot-gate-manifest-"));
    // Where the image has it: Probot reads app.yml from the working directory.
    copyFileSync(join(ROOT, "app.yml"), join(cwd, "app.yml"));
    app = await startAppProcess(
      { GHE_HOST: stub.host, GHE_PROTOCOL: "http", WEBHOOK_PROXY_URL: PROXY, LOG_LEVEL: "warn" },
      cwd,
      "/probot",
    );
  }, 40_000);
  afterAll(async () => {
    if (app) await stopAppProcess(app, "SIGKILL");
    await stub?.close();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it("serves a manifest that sends webhooks to the proxy, with app.yml's permissions and events", async () => {
    const page = await (await fetch(`http://127.0.0.1:${app?.port}/probot`)).text();
    const form = /<form action="([^"]+)"/.exec(page)?.[1];
    expect(form).toBe(`http://${stub.host}/settings/apps/new`);
    const manifest = JSON.parse(/name="manifest"[^>]*value='([^']*)'/.exec(page)?.[1] ?? "{}");
    expect(manifest.hook_attributes).toEqual({ url: PROXY });
    expect(page).not.toContain("example.com");
    expect(manifest.redirect_url).toBe(`http://127.0.0.1:${app?.port}/probot/setup`);
    expect(manifest.default_permissions).toEqual(app_yml.default_permissions);
    expect(manifest.default_events).toEqual(app_yml.default_events);
    expect(manifest.public).toBe(false);
  });

  it("following GitHub's redirect converts the code and writes the credentials to .env", async () => {
    const answer = await fetch(`http://127.0.0.1:${app?.port}/probot/setup?code=the-code`, {
      redirect: "manual",
    });
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe(
      "https://github.com/apps/pilot-gate-test/installations/new",
    );
    expect(stub.requests.filter((request) => request.method === "POST").map((r) => r.path)).toEqual(
      ["/app-manifests/the-code/conversions"],
    );
    const env = parseEnv(readFileSync(join(cwd, ".env"), "utf8"));
    expect(env).toMatchObject({ APP_ID: "4242", WEBHOOK_SECRET: "registered-secret" });
    expect(env.PRIVATE_KEY?.replace(/^"|"$/g, "").replace(/\\n/g, "\n").trim()).toBe(
      TEST_PRIVATE_KEY.trim(),
    );
  });

  it("restarted in that directory, the App runs as the registered App, ready", async () => {
    if (app) await stopAppProcess(app, "SIGTERM");
    // Only what .env says: no APP_ID, key or secret in the environment.
    app = await startAppProcess(
      { GHE_HOST: stub.host, GHE_PROTOCOL: "http", LOG_LEVEL: "warn" },
      cwd,
    );
    const ready = await fetch(`http://127.0.0.1:${app.port}/readyz`);
    expect(ready.status).toBe(200);
    expect(app.output()).not.toContain("Welcome to Probot");
  }, 40_000);
});
