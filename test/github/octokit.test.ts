import nock from "nock";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  PilotGateOctokit,
  RETRIES,
  retryOnSecondaryRateLimit,
  SECONDARY_RATE_LIMIT_RETRIES,
} from "../../github/octokit.js";
import { fetchWithTimeout, REQUEST_TIMEOUT_MS } from "../../github/retry-policy.js";
import { createTokenOctokit } from "../../github/token-octokit.js";

const silent = { log: { warn: () => {} } };
const request = { method: "GET", url: "/repos/o/r" };
const SECONDARY = { message: "You have exceeded a secondary rate limit. Please wait." };

/**
 * As Probot builds it: Probot's own throttle handlers (which do not retry a
 * secondary rate limit) arrive in the instance options; the App's must win.
 * Waits are scaled from seconds to milliseconds so the test is quick.
 */
function octokit() {
  return new PilotGateOctokit({
    auth: "ghs_test",
    log: { debug() {}, info() {}, warn() {}, error() {} },
    retry: { retryAfterBaseValue: 1 },
    throttle: {
      onSecondaryRateLimit: () => false,
      onRateLimit: () => false,
      retryAfterBaseValue: 1,
    },
  } as ConstructorParameters<typeof PilotGateOctokit>[0]);
}

describe("the App's retry policy", () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());

  it("retries a secondary rate limit twice, after the wait GitHub names", async () => {
    expect(SECONDARY_RATE_LIMIT_RETRIES).toBe(2);
    expect([0, 1, 2].map((count) => retryOnSecondaryRateLimit(1, request, silent, count))).toEqual([
      true,
      true,
      false,
    ]);

    const scope = nock("https://api.github.com")
      .get("/repos/o/r")
      .times(2)
      .reply(403, SECONDARY, { "retry-after": "1" })
      .get("/repos/o/r")
      .reply(200, { id: 1 });
    await expect(
      octokit().request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" }),
    ).resolves.toMatchObject({
      status: 200,
    });
    expect(scope.isDone()).toBe(true);
  });

  it("gives up after the second retry", async () => {
    const scope = nock("https://api.github.com")
      .get("/repos/o/r")
      .times(3)
      .reply(403, SECONDARY, { "retry-after": "1" });
    await expect(
      octokit().request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" }),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect(scope.isDone()).toBe(true);
  });

  it(`retries a server error ${RETRIES} times`, async () => {
    const scope = nock("https://api.github.com")
      .get("/repos/o/r")
      .times(RETRIES)
      .reply(502, { message: "Bad Gateway" })
      .get("/repos/o/r")
      .reply(200, { id: 1 });
    await expect(
      octokit().request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" }),
    ).resolves.toMatchObject({
      status: 200,
    });
    expect(scope.isDone()).toBe(true);
  });
});

describe("the request deadline", () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());

  it("aborts a request that outlives it, also when the caller passed a signal", async () => {
    const hung: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    const timed = fetchWithTimeout(20, hung);
    await expect(timed("https://api.github.com/")).rejects.toMatchObject({
      name: "TimeoutError",
    });
    const caller = new AbortController();
    const pending = timed("https://api.github.com/", { signal: caller.signal });
    caller.abort(new Error("cancelled by the caller"));
    await expect(pending).rejects.toThrow("cancelled by the caller");
  });

  it("fails a hung GitHub request after its retries, instead of waiting for ever", async () => {
    const scope = nock("https://api.github.com")
      .get("/repos/o/r")
      .times(RETRIES + 1)
      .delay(5_000)
      .reply(200, { id: 1 });
    const client = new PilotGateOctokit({
      auth: "ghs_test",
      log: { debug() {}, info() {}, warn() {}, error() {} },
      request: { fetch: fetchWithTimeout(50) },
      retry: { retryAfterBaseValue: 1 },
      throttle: { enabled: false },
    } as ConstructorParameters<typeof PilotGateOctokit>[0]);
    await expect(
      client.request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" }),
    ).rejects.toMatchObject({ status: 500 });
    expect(scope.isDone()).toBe(true);
  });

  it("is on by default, for the App and the Action alike", () => {
    expect(REQUEST_TIMEOUT_MS).toBe(20_000);
    const app = new PilotGateOctokit({ auth: "ghs_test" } as ConstructorParameters<
      typeof PilotGateOctokit
    >[0]);
    const fetchOf = (o: {
      request: { endpoint: { DEFAULTS: { request?: { fetch?: unknown } } } };
    }) => o.request.endpoint.DEFAULTS.request?.fetch;
    const action = createTokenOctokit({
      token: "ghs_test",
      baseUrl: "https://api.github.com",
      userAgent: "test",
      log: { debug() {}, info() {}, warn() {}, error() {} },
    }) as unknown as Parameters<typeof fetchOf>[0];
    for (const octokit of [app, action]) {
      expect(fetchOf(octokit)).toBeTypeOf("function");
      expect(fetchOf(octokit)).not.toBe(globalThis.fetch);
    }
  });
});
