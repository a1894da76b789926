import { describe, expect, it } from "vitest";
import {
  freezeReceiptId,
  freezeRecordMarker,
  parseFreezeCommand,
  readFreezeRecord,
} from "../../../core/incidents/index.js";

describe("parseFreezeCommand", () => {
  it.each([
    ["/pilot-gate freeze launch rehearsal", { kind: "freeze", reason: "launch rehearsal" }],
    ["  /PILOT-GATE Freeze  db migration  ", { kind: "freeze", reason: "db migration" }],
    ["thanks\n/pilot-gate unfreeze\n", { kind: "unfreeze" }],
  ])("reads %j", (body, expected) => {
    expect(parseFreezeCommand(body)).toEqual(expected);
  });

  it.each([
    ["no command", "please freeze merges"],
    ["a quoted reply", "> /pilot-gate freeze x"],
    ["a code block", "```\n/pilot-gate freeze x\n```"],
    ["an HTML comment", "<!-- /pilot-gate freeze x -->"],
    ["an override", "/pilot-gate override branch-name reason: vendor"],
  ])("finds nothing in %s", (_name, body) => {
    expect(parseFreezeCommand(body)).toBeUndefined();
  });

  it("asks for a reason when there is none", () => {
    expect(parseFreezeCommand("/pilot-gate freeze")).toEqual({
      error: expect.stringContaining("/pilot-gate freeze <reason>"),
    });
  });

  it("keeps at most 500 characters of the reason", () => {
    const parsed = parseFreezeCommand(`/pilot-gate freeze ${"x".repeat(2_000)}`);
    expect(parsed).toEqual({ kind: "freeze", reason: "x".repeat(500) });
  });
});

describe("freeze records", () => {
  const fields = {
    kind: "freeze" as const,
    actor: "mia",
    at: "2024-05-01T10:00:00Z",
    reason: "a reason with --> and <!-- in it",
    source: 5,
  };

  it("round-trips through the hidden marker, whatever the reason holds", () => {
    const record = { ...fields, receipt: freezeReceiptId(fields) };
    const body = `Merges are frozen.\n\n${freezeRecordMarker(record)}\n`;
    expect(body.match(/-->/g)).toHaveLength(1);
    expect(readFreezeRecord(body)).toEqual(record);
  });

  it("derives the receipt from the request, so a redelivery gets the same one", () => {
    expect(freezeReceiptId(fields)).toBe(freezeReceiptId({ ...fields }));
    expect(freezeReceiptId(fields)).not.toBe(
      freezeReceiptId({ ...fields, at: "2024-05-01T10:00:01Z" }),
    );
  });

  it.each([
    ["no marker", "just text"],
    ["broken JSON", "<!-- pilot-gate:freeze {nope} -->"],
    ["a record of the wrong shape", '<!-- pilot-gate:freeze {"kind":"other"} -->'],
  ])("reads nothing from %s", (_name, body) => {
    expect(readFreezeRecord(body)).toBeUndefined();
  });
});
