import { describe, expect, it } from "vitest";
import {
  operatorHelp,
  operatorReceiptId,
  operatorRecordMarker,
  parseOperatorCommand,
  readOperatorRecord,
} from "../../../core/incidents/operator-command.js";
import { OPERATOR_REASON_CHARS } from "../../../core/limits.js";

describe("parseOperatorCommand", () => {
  it.each([
    ["/pilot-gate inspect", { kind: "inspect" }],
    ["/pilot-gate OWNER", { kind: "owner" }],
    [
      "/pilot-gate escalate customer data at risk",
      { kind: "escalate", reason: "customer data at risk" },
    ],
    [
      "/pilot-gate unblock vendor shipped the fix",
      { kind: "unblock", reason: "vendor shipped the fix" },
    ],
    ["/pilot-gate close duplicate of #12", { kind: "close", reason: "duplicate of #12" }],
    [
      "/pilot-gate assign @bob on call this week",
      { kind: "assign", assignee: "bob", reason: "on call this week" },
    ],
    [
      "/pilot-gate reassign carol-2 handover",
      { kind: "reassign", assignee: "carol-2", reason: "handover" },
    ],
    ["/pilot-gate", { kind: "help" }],
    ["/pilot-gate help", { kind: "help" }],
    ["/pilot-gate frobnicate now", { kind: "help", unknown: "frobnicate" }],
    ["thanks!\n\n/pilot-gate inspect\n", { kind: "inspect" }],
  ])("%j", (body, expected) => {
    expect(parseOperatorCommand(body)).toEqual(expected);
  });

  it.each([
    "no command here",
    "/pilot-gate override branch-name reason: vendor",
    "/pilot-gate freeze launch",
    "/pilot-gate unfreeze",
    "/pilot-gatex inspect",
    "> /pilot-gate close quoted",
    "```\n/pilot-gate close in a fence\n```",
    "<!-- /pilot-gate close in a comment -->",
    "    /pilot-gate close indented code",
  ])("leaves %j to others (or to nobody)", (body) => {
    expect(parseOperatorCommand(body)).toBeUndefined();
  });

  it.each([
    ["/pilot-gate escalate", /needs a reason.*\/pilot-gate escalate <reason>/],
    ["/pilot-gate close   ", /needs a reason.*\/pilot-gate close <reason>/],
    ["/pilot-gate assign", /needs a GitHub user first \(none was given\)/],
    ["/pilot-gate assign @acme/sre triage", /needs a GitHub user first .*is not a login/],
    ["/pilot-gate reassign @bob", /needs a reason after the user.*reassign @user <reason>/],
  ])("%j is an error with the syntax", (body, message) => {
    const parsed = parseOperatorCommand(body);
    expect(parsed).toHaveProperty("error");
    expect((parsed as { error: string }).error).toMatch(message);
  });

  it("keeps at most the bounded number of code points of a reason, never half an emoji", () => {
    const parsed = parseOperatorCommand(
      `/pilot-gate close ${"🚒".repeat(OPERATOR_REASON_CHARS + 10)}`,
    );
    const reason = (parsed as { reason: string }).reason;
    expect(Array.from(reason)).toHaveLength(OPERATOR_REASON_CHARS);
    expect(reason).toBe("🚒".repeat(OPERATOR_REASON_CHARS));
  });

  it("lists every command in help", () => {
    const help = operatorHelp();
    for (const verb of ["inspect", "escalate", "assign", "reassign", "owner", "unblock", "close"]) {
      expect(help).toContain(`/pilot-gate ${verb}`);
    }
  });
});

describe("operator receipts", () => {
  const request = {
    command: "close",
    actor: "mia",
    at: "2024-05-01T10:00:00Z",
    issue: 5,
    reason: "done --> <b>x</b>",
  };

  it("derives the same receipt from the same request, another from another", () => {
    expect(operatorReceiptId(request)).toMatch(/^pg-[0-9a-f]{16}$/);
    expect(operatorReceiptId(request)).toBe(operatorReceiptId({ ...request }));
    expect(operatorReceiptId(request)).not.toBe(
      operatorReceiptId({ ...request, at: "2024-05-01T10:00:01Z" }),
    );
  });

  it("round-trips through the marker, which no reason can close early", () => {
    const record = { ...request, receipt: operatorReceiptId(request), outcome: "done" as const };
    const marker = operatorRecordMarker(record);
    expect(marker.indexOf("-->")).toBe(marker.length - 3);
    expect(readOperatorRecord(`reply\n\n${marker}`)).toEqual(record);
    expect(readOperatorRecord('<!-- pilot-gate:operator {"receipt": 1} -->')).toBeUndefined();
    expect(readOperatorRecord("<!-- pilot-gate:operator {not json} -->")).toBeUndefined();
  });
});
