import { describe, expect, it } from "vitest";
import {
  blockedTooLong,
  missingBlockedFields,
  missingFieldsComment,
  readBlockedFields,
} from "../../../core/incidents/index.js";
import { config, plus } from "./helpers.js";

const ISSUE_FORM = `### ID

BLK-12

### Cause

Vendor API returns 503 for tenant provisioning.

### Impact

_No response_

### Owner

@alice

### ETA

TBD

### Upstream dependency

vendor ticket #8812
`;

const TABLE = `Blocked on the vendor.

| Field | Value |
|---|---|
| ID | BLK-13 |
| Cause | SSO metadata not published |
| Impact | Pilot client cannot log in |
| **Owner** | @bob |
| ETA | 2026-07-01 |
| Upstream dependency | |
`;

describe("missingBlockedFields", () => {
  it.each([
    ["an issue form with empty and TBD answers", ISSUE_FORM, ["Impact", "ETA"]],
    ["a two-column table with an empty cell", TABLE, ["Upstream dependency"]],
    ["an empty body", "", ["ID", "Cause", "Impact", "Owner", "ETA", "Upstream dependency"]],
    [
      "values in headings",
      "## ID: BLK-1\n## Cause: x\n## Impact: y\n## Owner: @a\n## ETA: Friday\n## Upstream dependency: none\n",
      [],
    ],
    [
      "a heading inside a code block does not count",
      "```\n### Owner\n\n@alice\n```\n",
      ["ID", "Cause", "Impact", "Owner", "ETA", "Upstream dependency"],
    ],
  ])("%s", (_name, body, missing) => {
    expect(missingBlockedFields(body, config())).toEqual(missing);
  });

  it("uses the configured fields", () => {
    const custom = config({ blocked: { fields: ["Owner", "Next step"] } });
    expect(missingBlockedFields(ISSUE_FORM, custom)).toEqual(["Next step"]);
  });

  it("the comment lists the missing fields and the label", () => {
    const text = missingFieldsComment(["Impact", "ETA"], config());
    expect(text).toContain("does not state: Impact, ETA.");
    expect(text).toContain("| ETA | … |");
    expect(text).toContain("`needs-info`");
  });
});

describe("readBlockedFields", () => {
  it("reads a body within limits as missingBlockedFields does", () => {
    expect(readBlockedFields(ISSUE_FORM, config())).toEqual({
      missing: missingBlockedFields(ISSUE_FORM, config()),
    });
  });

  it("reads only GitHub's 65,536 characters of a longer body, and says so", () => {
    const result = readBlockedFields(`${ISSUE_FORM}\n${"word ".repeat(20_000)}`, config());
    expect(result.missing).toEqual(missingBlockedFields(ISSUE_FORM, config()));
    expect(result.unreadable).toBe(
      "The description is longer than GitHub's limit of 65,536 characters; only the first 65,536 were read.",
    );
  });

  it("does not parse a body nested past the limits: every field is missing", () => {
    const result = readBlockedFields(`${ISSUE_FORM}\n${"> ".repeat(5_000)}x\n`, config());
    expect(result.missing).toEqual(config().blocked.fields);
    expect(result.unreadable).toMatch(/^The description nests .* so it was not read: flatten it/);
  });
});

describe("blockedTooLong", () => {
  const LABELED = new Date("2026-06-01T00:00:00Z");
  it.each([
    [13 * 24 * 60, false],
    [14 * 24 * 60, false],
    [14 * 24 * 60 + 1, true],
  ])("%d minutes after labeling: %s", (minutes, expected) => {
    expect(blockedTooLong(LABELED, plus(LABELED, minutes), config())).toBe(expected);
  });
});
