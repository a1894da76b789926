/**
 * The PR number in a merge queue branch. GitHub names merge group refs
 * `gh-readonly-queue/<base>/pr-<number>-<head sha>`, with or without
 * `refs/heads/`; the base may itself contain slashes. The number named is the
 * PR the group was created for, the last one in the group.
 */
export function pullNumberFromQueueRef(ref: string): number | undefined {
  const match = /(?:^|\/)gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{7,64}$/.exec(ref);
  const number = match?.[1] ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

/** True for a merge queue branch. */
export function isQueueRef(ref: string): boolean {
  return /(?:^|\/)gh-readonly-queue\//.test(ref);
}
