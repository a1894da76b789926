import { describe, expect, it } from "vitest";
import { isQueueRef, pullNumberFromQueueRef } from "../../../engine/verdict/merge-queue.js";

describe("merge queue branches", () => {
  it.each([
    ["refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64", 104],
    ["gh-readonly-queue/release/2024.05/pr-7-929f8209", 7],
    ["refs/heads/gh-readonly-queue/main/odd", undefined],
    ["refs/heads/feature/pr-5-abcdef1", undefined],
  ])("%s names PR %s", (ref, number) => {
    expect(pullNumberFromQueueRef(ref)).toBe(number);
  });

  it("tells queue branches from others", () => {
    expect(isQueueRef("gh-readonly-queue/main/pr-1-abcdef1")).toBe(true);
    expect(isQueueRef("feature/gh-readonly")).toBe(false);
  });
});
