import { describe, expect, it } from "vitest";
import { RELEASE_BODY_CHARS } from "../../../core/github-limits.js";
import { planRelease, truncateReleaseBody } from "../../../core/release/index.js";
import { describeWrite } from "../../../core/write-plan.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const OPTIONS = {
  tag: "v1.2.0-rc.1",
  sha: SHA,
  message: `v1.2.0-rc.1 (release candidate) on ${SHA}`,
  name: "v1.2.0-rc.1",
  body: "## Readiness: GO\n",
  prerelease: true,
};

describe("planRelease", () => {
  it("plans the tag, its ref and the release with the notes as given", () => {
    const planned = planRelease(OPTIONS);
    expect(planned).toEqual({ kind: "release", ...OPTIONS, truncated: false });
    expect(describeWrite(planned)).toBe(
      `tag v1.2.0-rc.1 on ${SHA} (annotated: ${OPTIONS.message}), then create the GitHub release v1.2.0-rc.1 (prerelease) with notes of 17 characters`,
    );
  });

  it("plans notes over the limit already cut, and says so", () => {
    const planned = planRelease({ ...OPTIONS, body: "y".repeat(RELEASE_BODY_CHARS + 1) });
    expect(planned.body).toHaveLength(RELEASE_BODY_CHARS);
    expect(planned.truncated).toBe(true);
    expect(describeWrite(planned)).toMatch(/notes of 125000 characters \(truncated\)$/);
  });

  it.each([
    ["a short sha", { sha: "abc1234" }, /not a full commit id/],
    ["a tag with ..", { tag: "v1..2" }, /not a valid tag name/],
    ["an empty message", { message: " " }, /tag message is empty/],
  ])("refuses %s", (_name, overrides, message) => {
    expect(() => planRelease({ ...OPTIONS, ...overrides })).toThrow(message);
  });
});

describe("truncateReleaseBody", () => {
  it("keeps a body within the limit as is", () => {
    const body = "x".repeat(RELEASE_BODY_CHARS);
    expect(truncateReleaseBody(body)).toEqual({ body, truncated: false });
  });

  it("cuts a longer body to exactly the limit, ending with a note", () => {
    const { body, truncated } = truncateReleaseBody("x".repeat(RELEASE_BODY_CHARS + 10));
    expect(truncated).toBe(true);
    expect(body).toHaveLength(RELEASE_BODY_CHARS);
    expect(body).toMatch(/were 125,010 characters, over GitHub's 125,000-character limit/);
  });

  it("never splits a surrogate pair", () => {
    const { body } = truncateReleaseBody("😀".repeat(RELEASE_BODY_CHARS));
    expect(body.length).toBeLessThanOrEqual(RELEASE_BODY_CHARS);
    // A lone high surrogate would be a broken character.
    expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
