import { describe, expect, it } from "vitest";
import { UsageError } from "../../../core/index.js";
import {
  compareReleases,
  decideRelease,
  parseReleaseTag,
  ReleaseInputError,
  type ReleaseRequest,
  type ReleaseVersion,
} from "../../../core/release/index.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const TAGS = [
  "v1.0.0",
  "v1.1.0-rc.1",
  "v1.1.0-rc.2",
  "v1.1.0",
  "v1.2.0-rc.9",
  "docs-2026",
  "latest",
];

function request(overrides: Partial<ReleaseRequest>): ReleaseRequest {
  return {
    version: "v1.2.0",
    kind: "ga",
    sha: SHA,
    readinessVerdict: "GO",
    blockers: [],
    existingTags: TAGS,
    ...overrides,
  };
}

function version(tag: string): ReleaseVersion {
  const parsed = parseReleaseTag(tag);
  if (!parsed) throw new Error(`${tag} does not parse`);
  return parsed;
}

describe("parseReleaseTag", () => {
  it.each([
    ["v1.2.3", { kind: "ga", major: 1, minor: 2, patch: 3, rc: undefined }],
    ["v0.0.0", { kind: "ga", major: 0, minor: 0, patch: 0, rc: undefined }],
    ["v1.2.3-rc.0", { kind: "rc", major: 1, minor: 2, patch: 3, rc: 0 }],
    ["v10.20.30-rc.11", { kind: "rc", major: 10, minor: 20, patch: 30, rc: 11 }],
  ])("reads %s", (tag, expected) => {
    expect(parseReleaseTag(tag)).toEqual({ tag, ...expected });
  });

  it.each([
    "1.2.3",
    "v1.2",
    "v01.2.3",
    "v1.2.3-rc",
    "v1.2.3-rc.01",
    "v1.2.3-beta.1",
    "v1.2.3+build",
    "v1.2.3-rc.1.2",
    " v1.2.3",
    "",
  ])("refuses %j", (tag) => {
    expect(parseReleaseTag(tag)).toBeUndefined();
  });
});

describe("compareReleases", () => {
  it.each([
    ["v1.0.0", "v2.0.0"],
    ["v1.9.0", "v1.10.0"],
    ["v1.0.9", "v1.0.10"],
    ["v1.2.0-rc.9", "v1.2.0"],
    ["v1.2.0-rc.9", "v1.2.0-rc.10"],
    ["v1.1.0", "v1.2.0-rc.1"],
  ])("%s < %s", (lower, higher) => {
    expect(compareReleases(version(lower), version(higher))).toBeLessThan(0);
    expect(compareReleases(version(higher), version(lower))).toBeGreaterThan(0);
  });

  it("sorts a mixed list by precedence", () => {
    const tags = ["v1.2.0", "v1.2.0-rc.10", "v1.10.0", "v1.2.0-rc.2", "v1.9.9"];
    expect(
      tags
        .map(version)
        .sort(compareReleases)
        .map((v) => v.tag),
    ).toEqual(["v1.2.0-rc.2", "v1.2.0-rc.10", "v1.2.0", "v1.9.9", "v1.10.0"]);
  });
});

describe("decideRelease tags", () => {
  it.each<[string, Partial<ReleaseRequest>, string, string | undefined]>([
    ["the next ga", { version: "v1.2.0" }, "v1.2.0", "v1.1.0"],
    ["readiness of the same commit", { readinessSha: SHA }, "v1.2.0", "v1.1.0"],
    ["a ga without the v", { version: "1.2.0" }, "v1.2.0", "v1.1.0"],
    ["a ga that skips versions", { version: "v3.0.0" }, "v3.0.0", "v1.1.0"],
    [
      "the next rc, numerically",
      { version: "v1.2.0-rc.10", kind: "rc" },
      "v1.2.0-rc.10",
      "v1.2.0-rc.9",
    ],
    [
      "an rc of a new version",
      { version: "v1.3.0-rc.1", kind: "rc" },
      "v1.3.0-rc.1",
      "v1.2.0-rc.9",
    ],
    ["the first release", { version: "v0.1.0", existingTags: [] }, "v0.1.0", undefined],
    [
      "the first rc",
      { version: "v0.1.0-rc.1", kind: "rc", existingTags: ["v0.0.1"] },
      "v0.1.0-rc.1",
      undefined,
    ],
  ])("%s", (_name, overrides, tag, previous) => {
    const decision = decideRelease(request(overrides));
    expect(decision).toMatchObject({ action: "tag", tag, previous, sha: SHA });
    if (decision.action === "tag") expect(decision.message).toContain("readiness GO");
  });
});

describe("decideRelease refuses", () => {
  it.each<[string, Partial<ReleaseRequest>, RegExp]>([
    ["an empty version", { version: " " }, /no version given/],
    ["a malformed version", { version: "v1.2" }, /not a release version; a ga is vX\.Y\.Z/],
    ["leading zeros", { version: "v1.02.0" }, /not a release version/],
    ["a beta", { version: "v1.2.0-beta.1", kind: "rc" }, /vX\.Y\.Z-rc\.N/],
    ["an rc passed as ga", { version: "v1.2.0-rc.1" }, /is a release candidate but kind is ga/],
    ["a ga passed as rc", { version: "v1.2.0", kind: "rc" }, /is a ga version but kind is rc/],
    ["an existing tag", { version: "v1.1.0" }, /v1\.1\.0 already exists/],
    ["an existing rc", { version: "v1.2.0-rc.9", kind: "rc" }, /already exists/],
    ["a lower ga", { version: "v1.0.5" }, /not higher than the last ga release v1\.1\.0/],
    [
      "a lower rc",
      { version: "v1.2.0-rc.3", kind: "rc" },
      /not higher than the last rc release v1\.2\.0-rc\.9/,
    ],
    ["a short sha", { sha: "0123abc" }, /not a full commit id/],
    ["an uppercase sha", { sha: SHA.toUpperCase() }, /not a full commit id/],
    [
      "NO-GO, listing the blockers",
      { readinessVerdict: "NO-GO", blockers: ["smoke_pass_rate", "incidents"] },
      /readiness is NO-GO .*blockers: smoke_pass_rate, incidents/,
    ],
    ["readiness of another commit", { readinessSha: "f".repeat(40) }, /judged f{40}, not 0123/],
  ])("%s", (_name, overrides, reason) => {
    const decision = decideRelease(request(overrides));
    expect(decision.action).toBe("refuse");
    if (decision.action === "refuse") expect(decision.reasons.join("\n")).toMatch(reason);
  });

  it("lists every reason at once", () => {
    const decision = decideRelease(
      request({
        version: "v1.0.0",
        sha: "HEAD",
        readinessVerdict: "NO-GO",
        blockers: ["incidents"],
      }),
    );
    expect(decision).toMatchObject({ action: "refuse", tag: "v1.0.0" });
    if (decision.action === "refuse") expect(decision.reasons).toHaveLength(3);
  });
});

describe("decideRelease refuses inconsistent input (ReleaseInputError, a usage error)", () => {
  const thrown = (overrides: Partial<ReleaseRequest>): Error => {
    try {
      decideRelease(request(overrides));
    } catch (error) {
      return error as Error;
    }
    throw new Error("decideRelease did not throw");
  };

  it.each<[string, Partial<ReleaseRequest>, string]>([
    [
      "an rc of a version below the last shipped ga",
      { version: "v1.0.5-rc.1", kind: "rc", existingTags: ["v1.0.0", "v1.1.0"] },
      "v1.0.5-rc.1 is below v1.1.0, the last ga release: a release candidate comes before its release, never after it. Pass an rc of a version above v1.1.0, e.g. v1.2.0-rc.1.",
    ],
    [
      "an rc of the shipped ga itself",
      { version: "v1.1.0-rc.3", kind: "rc", existingTags: ["v1.1.0"] },
      "v1.1.0-rc.3 is below v1.1.0, the last ga release: a release candidate comes before its release, never after it. Pass an rc of a version above v1.1.0, e.g. v1.2.0-rc.1.",
    ],
    [
      "GO with blockers",
      { blockers: ["p0-incidents", "smoke-green"] },
      "the readiness verdict is GO but it lists blockers (p0-incidents, smoke-green): the report contradicts itself. Regenerate it with pilot-gate readiness --report.",
    ],
    [
      "NO-GO with no blocker",
      { readinessVerdict: "NO-GO", blockers: [] },
      "the readiness verdict is NO-GO but it lists no blocker: the report contradicts itself. Regenerate it with pilot-gate readiness --report.",
    ],
  ])("%s", (_name, overrides, message) => {
    const error = thrown(overrides);
    expect(error).toBeInstanceOf(ReleaseInputError);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(`nothing was decided: ${message}`);
  });

  it("still tags an rc above the last ga, and an rc when no ga has shipped", () => {
    expect(
      decideRelease(request({ version: "v1.1.1-rc.1", kind: "rc", existingTags: ["v1.1.0"] })),
    ).toMatchObject({ action: "tag", tag: "v1.1.1-rc.1" });
    expect(
      decideRelease(request({ version: "v0.0.1-rc.1", kind: "rc", existingTags: ["v0.0.1-rc.0"] })),
    ).toMatchObject({ action: "tag", previous: "v0.0.1-rc.0" });
  });
});
