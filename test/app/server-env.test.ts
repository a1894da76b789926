import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkServerEnv, StartupError } from "../../app/server-env.js";
import { TEST_PRIVATE_KEY } from "./helpers/keys.js";

describe("checkServerEnv", () => {
  // A folder with no .pem in it: Probot would take a lone .pem from the working directory.
  const cwd = mkdtempSync(join(tmpdir(), "pilot-gate-env-"));
  const complete = { APP_ID: "42", PRIVATE_KEY: TEST_PRIVATE_KEY, WEBHOOK_SECRET: "s3cret" };

  it("starts in production with the App's id, key and webhook secret", () => {
    expect(checkServerEnv({ ...complete, NODE_ENV: "production" }, cwd)).toEqual([]);
  });

  it("names every missing setting at once in production", () => {
    expect(() => checkServerEnv({ NODE_ENV: "production" }, cwd)).toThrow(
      "pilot-gate will not start with NODE_ENV=production without WEBHOOK_SECRET (the webhook secret in the App's settings), APP_ID (the App ID in the App's settings), PRIVATE_KEY or PRIVATE_KEY_PATH (the App's private key, PEM text or a file path).",
    );
  });

  it.each([
    [{ WEBHOOK_SECRET: "" }, "WEBHOOK_SECRET"],
    [{ APP_ID: "my-app" }, 'APP_ID (a number: "my-app" is not one)'],
    [{ PRIVATE_KEY: "not a key" }, "could not be validated"],
    [{ PRIVATE_KEY: undefined, PRIVATE_KEY_PATH: "missing.pem" }, "does not exists at path"],
  ])("refuses %j in production, saying %s", (change, message) => {
    const env = { ...complete, ...change, NODE_ENV: "production" };
    expect(() => checkServerEnv(env, cwd)).toThrow(StartupError);
    expect(() => checkServerEnv(env, cwd)).toThrow(message);
  });

  it("outside production, warns when a registered App would use Probot's development secret", () => {
    expect(checkServerEnv({ ...complete, WEBHOOK_SECRET: undefined }, cwd)).toEqual([
      expect.stringContaining("WEBHOOK_SECRET is not set"),
    ]);
    // No credentials at all: Probot's manifest setup flow, which needs none.
    expect(checkServerEnv({ WEBHOOK_PROXY_URL: "https://smee.io/abc" }, cwd)).toEqual([]);
  });

  it("in setup mode without WEBHOOK_PROXY_URL, says where the registered App's webhooks would go", () => {
    expect(checkServerEnv({}, cwd)).toEqual([
      expect.stringContaining("https://<your host>/api/github/webhooks"),
    ]);
    // A production server never runs the setup flow: it refuses to start instead.
    expect(() => checkServerEnv({ NODE_ENV: "production" }, cwd)).toThrow(StartupError);
  });

  it("takes a redis:// or rediss:// REDIS_URL and refuses anything else, in any environment", () => {
    for (const url of ["redis://redis:6379", "rediss://:secret@cache.example.com:6380/1"]) {
      expect(checkServerEnv({ ...complete, NODE_ENV: "production", REDIS_URL: url }, cwd)).toEqual(
        [],
      );
    }
    for (const url of ["redis:6379", "http://redis:6379", "localhost"]) {
      expect(() => checkServerEnv({ ...complete, REDIS_URL: url }, cwd)).toThrow(
        `REDIS_URL must be a redis:// or rediss:// URL (e.g. redis://redis:6379), not "${url}"`,
      );
    }
  });
});
