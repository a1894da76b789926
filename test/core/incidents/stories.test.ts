import { describe, expect, it } from "vitest";
import { DEFAULT_ID_PATTERN } from "../../../core/ids.js";
import {
  incidentOwnerField,
  incidentStories,
  MAX_INCIDENT_STORIES,
  storyIncidentFindings,
} from "../../../core/incidents/index.js";
import { config, incident } from "./helpers.js";

const stories = (body: string) => incidentStories(body, DEFAULT_ID_PATTERN);

describe("incidentStories", () => {
  it.each([
    [
      "an issue-form heading",
      "### Affected stories\n\nS-PC-01, S-PC-02\n\n### Impact\n\nS-X-9",
      ["S-PC-01", "S-PC-02"],
    ],
    ["a heading with its value", "## Story ID: S-PC-01", ["S-PC-01"]],
    ["a Story: line", "Broken since Monday.\nStory: S-PC-01\nImpact: S-X-9", ["S-PC-01"]],
    ["a bold list item", "- **Stories**: S-1, S-2", ["S-1", "S-2"]],
    ["GitHub's empty form answer", "### Affected stories\n\n_No response_", []],
    ["ids outside a story field", "Seen while testing S-PC-01 and INC-4", []],
  ])("reads %s", (_name, body, expected) => {
    expect(stories(body)).toEqual(expected);
  });

  it(`keeps at most ${MAX_INCIDENT_STORIES} ids, however many the body lists`, () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `S-${i + 1}`).join(", ");
    const ids = stories(`Story: ${many}`);
    expect(ids).toHaveLength(MAX_INCIDENT_STORIES);
    expect(ids[0]).toBe("S-1");
  });

  it("still reads Story: lines in a body too deeply nested to parse", () => {
    const deep = `${">".repeat(200)} x\n\nStory: S-PC-01`;
    expect(stories(deep)).toEqual(["S-PC-01"]);
  });

  it("reads the Owner field of an incident form", () => {
    expect(incidentOwnerField("### Owner\n\n@acme/platform\n\n### ETA\n\nFriday")).toBe(
      "@acme/platform",
    );
    expect(incidentOwnerField("### Owner\n\n_No response_")).toBeUndefined();
  });
});

describe("storyIncidentFindings", () => {
  const pr = {
    branch: "feature/S-PC-01-login",
    base: "develop",
    title: "S-PC-01: login",
    body: "",
  };
  const high = incident({
    number: 51,
    url: "https://github.com/acme/app/issues/51",
    id: "INC-51",
    severity: "high",
    stories: ["S-PC-01"],
  });

  it("blocks the PRs of a story an open high incident names", () => {
    const [finding] = storyIncidentFindings(pr, ["S-PC-01"], [high], config());
    expect(finding).toMatchObject({ ruleId: "incident-story", severity: "blocking" });
    expect(finding?.message).toContain("[#51](https://github.com/acme/app/issues/51)");
  });

  it.each([
    ["another story", ["S-PC-02"], high],
    ["a closed incident", ["S-PC-01"], { ...high, open: false }],
    ["a recovered incident", ["S-PC-01"], { ...high, recoveredLabel: true }],
    [
      "a critical incident (the freeze's business)",
      ["S-PC-01"],
      { ...high, severity: "critical" as const },
    ],
  ])("does not block for %s", (_name, prStories, inc) => {
    expect(storyIncidentFindings(pr, prStories, [inc], config())).toEqual([]);
  });

  it("lets the hotfix that references the incident through, and only that", () => {
    const hotfix = { ...pr, branch: "hotfix/INC-51-sso", title: "Fix SSO login (INC-51)" };
    expect(storyIncidentFindings(hotfix, ["S-PC-01"], [high], config())).toEqual([]);
    const unrelated = { ...hotfix, title: "Fix SSO login" };
    expect(storyIncidentFindings(unrelated, ["S-PC-01"], [high], config())).toHaveLength(1);
  });

  it("shows a medium incident with its assignee and recovery due date, not blocking", () => {
    const medium = incident({
      number: 52,
      severity: "medium",
      stories: ["s-pc-01"],
      assignee: "bob",
      openedAt: new Date("2026-06-01T10:00:00Z"),
    });
    const [finding] = storyIncidentFindings(pr, ["S-PC-01"], [medium], config());
    expect(finding?.severity).toBe("info");
    expect(finding?.message).toContain("owner @\u200bbob, recovery due 2026-06-15T10:00:00.000Z");
  });
});
