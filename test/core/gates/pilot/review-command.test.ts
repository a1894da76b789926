import { describe, expect, it } from "vitest";
import { rosterBranch } from "../../../../core/gates/pilot/review.js";
import {
  classAfter,
  decisionOfLabels,
  parseReviewCommand,
  type ReviewRecord,
  readReviewRecord,
  receiptLines,
  reviewClassOf,
  reviewReceiptId,
  reviewRecordMarker,
} from "../../../../core/gates/pilot/review-command.js";
import { parseOperatorCommand } from "../../../../core/incidents/operator-command.js";
import { OPERATOR_REASON_CHARS } from "../../../../core/limits.js";

describe("parseReviewCommand", () => {
  it.each([
    [
      "/pilot-gate accept demo account approved by sales",
      { decision: "accept", reason: "demo account approved by sales" },
    ],
    [
      "looks fine\n\n/pilot-gate REJECT homolog only\n",
      { decision: "reject", reason: "homolog only" },
    ],
  ])("%j", (body, expected) => {
    expect(parseReviewCommand(body)).toEqual(expected);
  });

  it("ignores other commands, quotes and code, and the operator parser leaves the verbs to it", () => {
    expect(parseReviewCommand("/pilot-gate inspect")).toBeUndefined();
    expect(parseReviewCommand("> /pilot-gate accept quoted")).toBeUndefined();
    expect(parseReviewCommand("```\n/pilot-gate accept in code\n```")).toBeUndefined();
    expect(parseReviewCommand("/pilot-gate acceptx why")).toBeUndefined();
    expect(parseOperatorCommand("/pilot-gate accept why")).toBeUndefined();
    expect(parseOperatorCommand("/pilot-gate reject why")).toBeUndefined();
  });

  it("needs a reason, quoting the syntax", () => {
    expect(parseReviewCommand("/pilot-gate accept")).toEqual({
      error: expect.stringContaining("`/pilot-gate accept <reason>`"),
    });
  });

  it("cuts a long reason to the operator reasons' limit, by code points", () => {
    const parsed = parseReviewCommand(
      `/pilot-gate reject ${"😀".repeat(OPERATOR_REASON_CHARS + 20)}`,
    );
    expect(parsed && "reason" in parsed && Array.from(parsed.reason)).toHaveLength(
      OPERATOR_REASON_CHARS,
    );
  });
});

describe("decisionOfLabels", () => {
  it("reads the decision label, ignoring case, and refuses both", () => {
    expect(decisionOfLabels(["pilot-review", "Pilot-Review:Accepted"], "pilot-review")).toBe(
      "accept",
    );
    expect(decisionOfLabels(["pilot-review:rejected"], "pilot-review")).toBe("reject");
    expect(decisionOfLabels(["pilot-review"], "pilot-review")).toBeUndefined();
    expect(
      decisionOfLabels(["pilot-review:accepted", "pilot-review:rejected"], "pilot-review"),
    ).toEqual({ error: expect.stringContaining("both") });
  });
});

describe("review receipts", () => {
  const record: ReviewRecord = {
    receipt: reviewReceiptId({ issue: 7, via: "comment", event: "1234" }),
    outcome: "done",
    pilot: "m6",
    client: "DELTA|04",
    issue: 7,
    decision: "reject",
    reason: "a | pipe --> @all <b>",
    actor: "rita",
    at: "2026-06-01T10:00:00Z",
    via: "comment",
    from: "REVISAR_PERFIL",
    to: classAfter("reject"),
  };

  it("derive their id from the event alone", () => {
    expect(record.receipt).toBe(reviewReceiptId({ issue: 7, via: "comment", event: "1234" }));
    expect(record.receipt).not.toBe(reviewReceiptId({ issue: 7, via: "comment", event: "1235" }));
  });

  it("round-trip through the hidden marker, whose JSON no reason can close", () => {
    const marker = reviewRecordMarker(record);
    expect(marker.indexOf("-->")).toBe(marker.length - 3);
    expect(readReviewRecord(`hello\n\n${marker}`)).toEqual(record);
    expect(
      readReviewRecord('<!-- pilot-gate:pilot-review-receipt {"receipt":1} -->'),
    ).toBeUndefined();
  });

  it("show the reason escaped inside its table cell, and the classes before and after", () => {
    const lines = receiptLines(record).join("\n");
    expect(lines).toContain("`REVISAR_PERFIL` -> `DESCARTADO`");
    expect(lines).not.toContain("<b>");
    expect(lines).not.toMatch(/@all/);
    expect(lines).toContain("a \\| pipe");
    // Each row keeps its three cells: a pipe in the client id is escaped too.
    for (const line of lines.split("\n")) expect(line.split(/(?<!\\)\|/)).toHaveLength(4);
  });
});

describe("reviewClassOf", () => {
  it("reads the Class field as pilot review writes it, or as a form does", () => {
    expect(reviewClassOf("### Class\n\n`REVISAR_CONTATO`\n\n### Score")).toBe("REVISAR_CONTATO");
    expect(reviewClassOf("### Class\n\nREVISAR_PERFIL\n")).toBe("REVISAR_PERFIL");
    expect(reviewClassOf("### Class\n\nSUGERIDO\n")).toBeUndefined();
  });
});

describe("rosterBranch", () => {
  it("keeps a pilot's name to characters a ref takes", () => {
    expect(rosterBranch("m6")).toBe("pilot-gate/roster-m6");
    expect(rosterBranch("Launch 2026/../x~^:?*[")).toBe("pilot-gate/roster-Launch-2026-.-x");
    expect(rosterBranch("..")).toBe("pilot-gate/roster-pilot");
  });
});
