import { describe, expect, it } from "vitest";
import { GitHubClient, type SeamOctokit } from "../../github/client.js";

/** An Octokit whose only use here is `auth({ type: "app" })`, counting the JWTs it would sign. */
function countingOctokit(): { octokit: SeamOctokit; signed: () => number } {
  let signed = 0;
  const octokit = {
    hook: { before() {} },
    auth: async () => {
      signed++;
      return { appId: 123 };
    },
  } as unknown as SeamOctokit;
  return { octokit, signed: () => signed };
}

describe("GitHubClient.appId", () => {
  it("reads the App id from the credentials once for all the events that share the memo", async () => {
    const { octokit, signed } = countingOctokit();
    const memo = { appId: undefined };
    const repo = { owner: "o", repo: "r" };
    for (let event = 0; event < 3; event++) {
      const client = new GitHubClient(octokit, repo, undefined, undefined, memo);
      expect(await client.appId()).toBe(123);
      expect(await client.appId()).toBe(123);
    }
    expect(signed()).toBe(1);
    expect(memo.appId).toBe(123);
  });
});
