import { describe, expect, it } from "vitest";
import { type WipPullRequest, wipFinding } from "../../../core/incidents/index.js";
import { config } from "./helpers.js";

const pr = (number: number, overrides: Partial<WipPullRequest> = {}): WipPullRequest => ({
  number,
  branch: `feature/S-O-0${number}-x`,
  title: `PR ${number}`,
  labels: ["wave:O-02"],
  draft: false,
  url: `https://github.com/acme/app/pull/${number}`,
  ...overrides,
});

describe("wipFinding", () => {
  const five = [1, 2, 3, 4, 5].map((n) => pr(n));

  it("the fifth PR in a wave passes", () => {
    expect(wipFinding(pr(5), five, config())).toBeUndefined();
  });

  it("the sixth fails, naming the PRs in flight", () => {
    const finding = wipFinding(pr(6), [...five, pr(6)], config());
    expect(finding).toMatchObject({ ruleId: "wip-limit", severity: "blocking" });
    expect(finding?.message).toContain("Wave O-02 already has 5 open PRs");
    expect(finding?.message).toContain("[#1](https://github.com/acme/app/pull/1)");
    expect(finding?.message).toContain("#5");
    expect(finding?.message).not.toContain("#6]");
  });

  it("an earlier PR keeps passing when a sixth is opened", () => {
    expect(wipFinding(pr(3), [...five, pr(6)], config())).toBeUndefined();
  });

  it.each([
    ["drafts in flight do not count", [...five.slice(0, 4), pr(5, { draft: true })], undefined],
    [
      "other waves do not count",
      [...five.slice(0, 4), pr(5, { labels: ["wave:O-03"] })],
      undefined,
    ],
    ["a configured limit", five.slice(0, 3), "wip-limit"],
  ])("%s", (_name, open, ruleId) => {
    const cfg = ruleId ? config({ wip_limit: 3 }) : config();
    expect(wipFinding(pr(6), open, cfg)?.ruleId).toBe(ruleId);
  });

  it("a draft or a PR with no wave is not limited", () => {
    expect(wipFinding(pr(6, { draft: true }), five, config())).toBeUndefined();
    expect(wipFinding(pr(6, { labels: [] }), five, config())).toBeUndefined();
  });

  it("reads the wave from the story prefix when configured", () => {
    const cfg = config({ wave_from_story: "^feature/S-([A-Z]+)-" });
    const open = [1, 2, 3, 4, 5].map((n) => pr(n, { labels: [] }));
    expect(wipFinding(pr(6, { labels: [] }), open, cfg)?.message).toContain("Wave O ");
  });
});
