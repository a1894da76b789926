import { describe, expect, it } from "vitest";
import { configSchema } from "../../../core/config/schema.js";
import { evaluateCycles } from "../../../core/cycles/index.js";
import { gatherCycleInputs, MAX_PULL_PAGES } from "../../../engine/cycles/gather.js";
import { GitHubClient } from "../../../github/client.js";
import { testTokenOctokit } from "../../app/helpers/deps.js";
import {
  API,
  countRequests,
  GitHubMock,
  OWNER,
  REPO,
  REPO_PATH,
  useGitHubMock,
} from "../../app/helpers/github.js";

useGitHubMock();

const NOW = new Date("2026-01-10T00:00:00Z");
const CONFIG = configSchema.parse({
  cycles: {
    "O-01": {
      window: { start: "2026-01-01", end: "2026-01-20" },
      stories: ["S-PC-01", "S-ZZ-99"],
      exit: ["stories_merged_green"],
    },
  },
});

function page(first: number) {
  return Array.from({ length: 100 }, (_, i) => {
    const number = first + i;
    return {
      id: number,
      number,
      state: "closed",
      title: number === 1 ? "S-PC-01: login" : `chore ${number}`,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}`,
      merged_at: "2026-01-05T00:00:00Z",
      labels: [],
      head: { sha: String(number).padStart(40, "0"), ref: `chore/x-${number}` },
      base: { sha: "c".repeat(40), ref: "master" },
    };
  });
}

describe("gatherCycleInputs", () => {
  it("reads at most MAX_PULL_PAGES pages of PRs, and a story not among them is unknown", async () => {
    const gh = new GitHubMock();
    for (let p = 1; p <= MAX_PULL_PAGES; p++) {
      const query = {
        state: "all",
        sort: "updated",
        direction: "desc",
        per_page: "100",
        ...(p > 1 ? { page: String(p) } : {}),
      };
      gh.scope
        .get(`${REPO_PATH}/pulls`)
        .query(query)
        .reply(200, page((p - 1) * 100 + 1), {
          link: `<${API}${REPO_PATH}/pulls?state=all&sort=updated&direction=desc&per_page=100&page=${p + 1}>; rel="next"`,
        });
    }
    const client = new GitHubClient(testTokenOctokit(), { owner: OWNER, repo: REPO });
    // No app id: the merged story's required-check cannot be told from a workflow's, so it is unknown, not read.
    const inputs = await gatherCycleInputs(client, CONFIG, { now: NOW, appId: undefined });

    expect(countRequests().total).toBe(MAX_PULL_PAGES);
    expect(inputs.pulls).toMatchObject({
      available: true,
      truncated: { read: 500, reason: "only the 500 most recently updated PRs are read" },
    });
    const [cycle] = evaluateCycles(CONFIG, inputs).cycles;
    expect(cycle?.stories.map((s) => [s.id, s.state, s.reason])).toEqual([
      [
        "S-PC-01",
        "blocked",
        "#1 was merged but its required-check is unknown (the App's id is unknown, so its required-check cannot be told from another's: set protection.app_id in the config (or APP_ID))",
      ],
      [
        "S-ZZ-99",
        "blocked",
        "unknown: no PR among the 500 read carries it (only the 500 most recently updated PRs are read)",
      ],
    ]);
    expect(cycle?.met).toBe(false);
  });

  it("reads nothing while no cycle has started", async () => {
    const client = new GitHubClient(testTokenOctokit(), { owner: OWNER, repo: REPO });
    const inputs = await gatherCycleInputs(client, CONFIG, {
      now: new Date("2025-01-01T00:00:00Z"),
      appId: 1,
    });
    expect(countRequests().total).toBe(0);
    expect(evaluateCycles(CONFIG, inputs).cycles[0]?.phase).toBe("upcoming");
  });
});
