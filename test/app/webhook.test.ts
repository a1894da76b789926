import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GitHubMock, recorded, useGitHubMock } from "./helpers/github.js";
import { pushEvent } from "./helpers/payloads.js";
import { createTestApp, WEBHOOK_SECRET } from "./helpers/probot.js";

useGitHubMock();

describe("webhook signatures (verified by Probot)", () => {
  const payload = JSON.stringify(pushEvent({ ref: "refs/heads/feature/x" }));

  it("rejects a delivery whose signature does not match, before any handler runs", async () => {
    const app = await createTestApp();
    await expect(
      app.probot.webhooks.verifyAndReceive({
        id: "forged",
        name: "push",
        payload,
        signature: `sha256=${"0".repeat(64)}`,
      }),
    ).rejects.toThrow(/signature does not match/);
    expect(recorded).toEqual([]);
  });

  it("accepts a delivery signed with the webhook secret", async () => {
    const app = await createTestApp();
    // The push is handled: whether its branch is protected is read from the config.
    new GitHubMock().token().config(null);
    const signature = `sha256=${createHmac("sha256", WEBHOOK_SECRET).update(payload).digest("hex")}`;
    await expect(
      app.probot.webhooks.verifyAndReceive({ id: "genuine", name: "push", payload, signature }),
    ).resolves.toBeUndefined();
  });
});
