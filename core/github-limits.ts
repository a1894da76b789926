/**
 * Limits GitHub puts on what it lists, in one place so every reader of a
 * list knows when an answer may be only a part of the truth.
 */

/**
 * GitHub's list of a PR's files stops at this many entries, however many
 * the PR changes ("Lists a maximum of 3000 files"). A list this long may be
 * cut, so it is never read as the whole PR.
 */
export const PULL_FILES_LIST_LIMIT = 3_000;
