import { utf8Length } from "./limits.js";
import { closeCut } from "./render/escape.js";

/**
 * Every limit GitHub puts on what pilot-gate reads from it or writes to it,
 * in one place, each saying where GitHub states it and what it counts.
 * GitHub counts some limits in UTF-8 bytes and some in characters, and a
 * character can be 1 to 4 bytes: text cut by the wrong measure is refused
 * (HTTP 422) or cut by GitHub mid-sentence. Everything written to GitHub is
 * cut here, by `fitBytes` or `fitChars`, which never split a character.
 */

/**
 * GitHub's list of a PR's files stops at this many entries, however many
 * the PR changes ("Lists a maximum of 3000 files"). A list this long may be
 * cut, so it is never read as the whole PR.
 */
export const PULL_FILES_LIST_LIMIT = 3_000;

/**
 * A check run's `output.summary`, and separately its `output.text`, in UTF-8
 * bytes. The REST reference ("Create a check run") says "Maximum length:
 * 65535 characters", but GitHub measures bytes: a summary of 65,535
 * characters with one `é` in it is refused with "Only 65535 characters are
 * allowed; 65536 were supplied".
 */
export const CHECK_RUN_TEXT_BYTES = 65_535;

/**
 * A check run's `output.title`, in characters. GitHub documents no limit
 * for it; it shows the title on one line in the checks list, so pilot-gate
 * keeps it short (the issue title limit, 256, is the nearest GitHub states).
 */
export const CHECK_RUN_TITLE_CHARS = 200;

/**
 * Annotations one check run request takes: "The Checks API limits the
 * number of annotations to a maximum of 50 per API request" (REST reference,
 * "Create a check run"). More are appended with further updates.
 */
export const CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;

/**
 * An annotation's `message`, in bytes: "Maximum length: 64 KB" (REST
 * reference, annotations of "Create a check run").
 */
export const CHECK_RUN_ANNOTATION_MESSAGE_BYTES = 64 * 1024;

/**
 * Buttons on a check run: "A maximum of three actions are accepted" (REST
 * reference, `actions` of "Create a check run").
 */
export const CHECK_RUN_ACTIONS = 3;

/**
 * A check run button's `label` and `identifier`, in characters: "The text
 * to be displayed on a button in the web UI. The maximum size is 20
 * characters" and "a reference for the action on the integrator's system.
 * The maximum size is 20 characters" (REST reference, "Create a check run").
 */
export const CHECK_RUN_ACTION_LABEL_CHARS = 20;

/** A check run button's `description`: "The maximum size is 40 characters" (same page). */
export const CHECK_RUN_ACTION_DESCRIPTION_CHARS = 40;

/**
 * A step's job summary (`GITHUB_STEP_SUMMARY`), in bytes: "Job summaries
 * support ... up to 1MiB per step" (Actions docs, "Workflow commands:
 * adding a job summary"); a bigger one fails the upload and is not shown.
 */
export const JOB_SUMMARY_BYTES = 1024 * 1024;

/**
 * The body of an issue, a PR or a comment, in characters: GitHub refuses
 * longer ones with "body is too long (maximum is 65536 characters)" (the
 * 422 the REST API answers; the docs state no number).
 */
export const ISSUE_BODY_CHARS = 65_536;

/** A comment's body: the same 65,536 characters as an issue's (see ISSUE_BODY_CHARS). */
export const COMMENT_BODY_CHARS = ISSUE_BODY_CHARS;

/**
 * An issue's title, in characters: "title is too long (maximum is 256
 * characters)" (the REST API's 422; not in the docs).
 */
export const ISSUE_TITLE_CHARS = 256;

/**
 * A release's notes (`body`), in characters: GitHub refuses longer ones
 * with "body is too long (maximum is 125000 characters)" (the REST API's
 * 422 on "Create a release").
 */
export const RELEASE_BODY_CHARS = 125_000;

/**
 * A label's name, in characters: "name is too long (maximum is 50
 * characters)" (the REST API's 422 on "Create a label").
 */
export const LABEL_NAME_CHARS = 50;

/** The note `fitBytes` and `fitChars` end cut text with, unless told another. */
export const CUT_NOTE = "\n\n_(shortened to fit GitHub's limit)_";

/**
 * `text` in at most `maxBytes` UTF-8 bytes. Text that fits is returned as it
 * is; longer text is cut on a character boundary, a code span left open by
 * the cut is dropped (see `closeCut`: GitHub-bound text is Markdown), and
 * `note` is appended within the budget. A note that does not fit is left
 * out rather than break the budget. Lone surrogates, which have no UTF-8
 * form, become U+FFFD, as GitHub would store them, so what is returned is
 * always well-formed.
 */
export function fitBytes(text: string, maxBytes: number, note: string = CUT_NOTE): string {
  const max = Math.max(0, Math.floor(maxBytes));
  if (utf8Length(text) <= max) return text.toWellFormed();
  const tail = utf8Length(note) <= max ? note : "";
  const budget = max - utf8Length(tail);
  // Every UTF-16 unit takes at least one byte, so the first `budget + 1`
  // units hold every character that can fit: only those are encoded, which
  // keeps a cut of a huge text cheap.
  const bytes = Buffer.from(text.slice(0, budget + 1), "utf8");
  let end = budget;
  // Step back to a character boundary: UTF-8 continuation bytes are 10xxxxxx.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return `${closeCut(bytes.subarray(0, end).toString("utf8"))}${tail.toWellFormed()}`;
}

/**
 * `text` in at most `maxChars` characters, for the limits GitHub counts in
 * characters. Characters are counted as UTF-16 code units, as JavaScript
 * counts them: an astral character (an emoji) counts 2 here and 1 as a
 * code point, so text that fits by this count fits by either. A surrogate
 * pair is never split; otherwise as `fitBytes` (note within the budget,
 * open code span dropped, well-formed). Plain text (a title, an annotation
 * message) passes `markdown: false`, so a backtick in it is only a character.
 */
export function fitChars(
  text: string,
  maxChars: number,
  note: string = CUT_NOTE,
  { markdown = true }: { markdown?: boolean } = {},
): string {
  const max = Math.max(0, Math.floor(maxChars));
  if (text.length <= max) return text.toWellFormed();
  const tail = note.length <= max ? note : "";
  let end = max - tail.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  const cut = text.slice(0, end).toWellFormed();
  return `${markdown ? closeCut(cut) : cut}${tail.toWellFormed()}`;
}

/**
 * `body` cut by `fitChars` so that it and `marker` after it fit in
 * `maxChars`: the marker (how pilot-gate finds its issue or comment again)
 * is never the part that is cut.
 */
export function fitCharsBefore(body: string, marker: string, maxChars: number): string {
  return `${fitChars(body, maxChars - marker.length)}${marker}`;
}
