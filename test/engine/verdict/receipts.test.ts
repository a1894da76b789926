import { describe, expect, it } from "vitest";
import { fitBytes } from "../../../core/github-limits.js";
import type { Receipt } from "../../../core/index.js";
import {
  MAX_RECEIPTS,
  mergeReceipts,
  readReceipts,
  withReceipts,
} from "../../../engine/verdict/receipts.js";

function receipt(n: number, extra: Partial<Receipt> = {}): Receipt {
  return {
    id: `pg-${String(n).padStart(16, "0")}`,
    kind: "override",
    ruleId: "branch-name",
    actor: "maintainer-mia",
    reason: `reason ${n} --> with "quotes" and <html>`,
    sha: "a".repeat(40),
    at: "2024-05-01T10:00:00Z",
    ...extra,
  };
}

describe("receipts in the check run summary", () => {
  it("round-trips through a hidden marker the reason cannot break out of", () => {
    const receipts = [receipt(1), receipt(2, { kind: "refusal", detail: "needs maintain" })];
    const summary = withReceipts("## Verdict", receipts);
    expect(summary).toMatch(/^## Verdict\n\n<!-- pilot-gate:receipts [A-Za-z0-9+/=]+ -->$/);
    expect(readReceipts(summary)).toEqual(receipts);
  });

  it("replaces an earlier marker instead of stacking a second one", () => {
    const once = withReceipts("## Verdict", [receipt(1)]);
    const twice = withReceipts(once, [receipt(1), receipt(2)]);
    expect(twice.match(/pilot-gate:receipts/g)).toHaveLength(1);
    expect(readReceipts(twice)).toHaveLength(2);
  });

  it("reads nothing from a summary without a marker, or a damaged one", () => {
    expect(readReceipts("## Verdict")).toEqual([]);
    expect(readReceipts("x\n<!-- pilot-gate:receipts bm90IGpzb24= -->")).toEqual([]);
    expect(readReceipts(`x\n<!-- pilot-gate:receipts ${btoa('[{"id":1}]')} -->`)).toEqual([]);
  });

  it("shortens the visible summary, never the marker, to fit GitHub's limit", () => {
    const summary = withReceipts("é".repeat(40_000), [receipt(1)], 65_535);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(65_535);
    expect(summary).toContain("_(shortened to fit GitHub's limit)_");
    expect(readReceipts(summary)).toEqual([receipt(1)]);
  });

  it("keeps each receipt once, in order, and at most the newest MAX_RECEIPTS", () => {
    expect(
      mergeReceipts([receipt(1), receipt(2)], [receipt(2), receipt(3)]).map((r) => r.id),
    ).toEqual([receipt(1).id, receipt(2).id, receipt(3).id]);
    const many = Array.from({ length: MAX_RECEIPTS + 5 }, (_, i) => receipt(i));
    const kept = mergeReceipts(many);
    expect(kept).toHaveLength(MAX_RECEIPTS);
    expect(kept[0]?.id).toBe(receipt(5).id);
  });

  it("cuts text on a character boundary", () => {
    const cut = fitBytes(`${"a".repeat(50)}😀😀😀`, 60);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(60);
    expect(cut).not.toContain("\uFFFD");
  });
});
