import nock from "nock";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  PilotGateOctokit,
  RETRIES,
  retryOnSecondaryRateLimit,
  SECONDARY_RATE_LIMIT_RETRIES,
} from "../../../app/github/octokit.js";

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
