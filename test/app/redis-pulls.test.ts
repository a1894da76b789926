import { afterAll, describe, expect, it } from "vitest";
import { closeRedisClients } from "../../app/redis.js";
import { PULLS_PREFIX, RedisPullMemory } from "../../app/redis-pulls.js";
import { hasRedisServer, useRedisServer } from "../helpers/redis-server.js";
import { countRequests, GitHubMock, useGitHubMock } from "./helpers/github.js";
import { HEAD_SHA, PR_NUMBER, pullRequestEvent } from "./helpers/payloads.js";
import { createTestApp } from "./helpers/probot.js";

useGitHubMock();

/** The late delivery of the README's example: an edit made before a person's NO_MERGE label. */
const labeled = pullRequestEvent("labeled", {
  labels: ["NO_MERGE"],
  label: "NO_MERGE",
  updatedAt: "2024-05-01T11:00:05Z",
});
const edited = pullRequestEvent("edited", { updatedAt: "2024-05-01T11:00:00Z" });

/** Replica A judges the labeled PR; replica B then receives the older `edited` delivery. */
async function lateDeliveryOnB(env: NodeJS.ProcessEnv) {
  const a = await createTestApp({}, env);
  const b = await createTestApp({}, env);
  const gh = new GitHubMock().token();
  gh.config(null);
  gh.files(PR_NUMBER, ["src/login.ts"]);
  gh.checkRuns(HEAD_SHA);
  gh.createCheckRun(1001);
  await a.receive("pull_request", labeled);
  // B, another process, asks for its own installation token.
  gh.token();
  return { b, gh };
}

describe.runIf(hasRedisServer())("the newest state of each PR, shared through Redis", () => {
  const server = useRedisServer();
  // The App's own clients (app/redis.ts), before the server stops.
  afterAll(closeRedisClients);

  it("replica B reads a PR from GitHub when its delivery is older than what replica A judged", async () => {
    const { b, gh } = await lateDeliveryOnB({ REDIS_URL: server.url });
    expect(await server.client().keys(`${PULLS_PREFIX}*`)).toHaveLength(1);

    gh.config(null);
    gh.pull(PR_NUMBER, labeled.pull_request);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.labelEvents(PR_NUMBER, [{ label: "NO_MERGE", actor: "release-rita" }]);
    gh.checkRuns(HEAD_SHA, [{ id: 1001, conclusion: "failure" }]);
    const rewritten = gh.updateCheckRun(1001);
    await b.receive("pull_request", edited);

    // B judged the PR as GitHub has it (labeled): still failing, not the edit's pass.
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/pulls/{pull_number}"]).toBe(1);
    expect(rewritten.body).toMatchObject({ conclusion: "failure" });
    expect(b.logged(40)).toEqual([]);
  });

  it("keeps the newest of two states remembered in either order, with a TTL", async () => {
    const redis = server.client();
    const [one, two] = [new RedisPullMemory(redis), new RedisPullMemory(server.client())];
    await two?.remember("o/r#9", "2024-05-01T11:00:05Z");
    await one?.remember("o/r#9", "2024-05-01T11:00:00Z");
    expect(await one?.newest("o/r#9")).toBe("2024-05-01T11:00:05.000Z");
    await one?.remember("o/r#9", "2024-05-01T11:00:09Z");
    expect(await two?.newest("o/r#9")).toBe("2024-05-01T11:00:09.000Z");
    expect(await redis.pttl(`${PULLS_PREFIX}o/r#9`)).toBeGreaterThan(6 * 24 * 3_600_000);
    expect(await two?.newest("o/r#10")).toBeUndefined();
  });

  it("without Redis, replica B knows nothing of A's verdict and judges the late delivery as delivered", async () => {
    const { b, gh } = await lateDeliveryOnB({});
    // B has no check run in memory: it looks one up and, believing the
    // delivery fresh, writes a passing verdict over A's failing one.
    gh.config(null);
    gh.files(PR_NUMBER, ["src/login.ts"]);
    gh.checkRuns(HEAD_SHA, [{ id: 1001, conclusion: "failure" }]);
    const overwritten = gh.updateCheckRun(1001);
    await b.receive("pull_request", edited);
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/pulls/{pull_number}"]).toBe(
      undefined,
    );
    expect(overwritten.body).toMatchObject({ conclusion: "success" });
  });
});
