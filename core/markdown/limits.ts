import { ISSUE_BODY_CHARS } from "../github-limits.js";

/**
 * GitHub stores at most 65,536 characters of PR body (ISSUE_BODY_CHARS);
 * anything longer can only come from a local file, so it is cut there and
 * reported.
 */
export const MAX_BODY_CHARS = ISSUE_BODY_CHARS;

/*
 * No other limit bounds the time to judge a body: the parser (markdown-it,
 * see parse.ts) and the rules take time in step with its size, and
 * `npm run bench` times bodies of 65,536 characters built to stall a parser
 * against the 250 ms budget. The two limits below bound depth, not time.
 */

/**
 * Deepest nesting of lists and block quotes. Real PR bodies stay under five.
 * markdown-it stops parsing a container past a fixed depth and silently
 * drops what is left of it, which could hide a risk row or an unticked item,
 * so the parser is set to nest a little past this and a deeper body is
 * refused instead.
 */
export const MAX_CONTAINER_DEPTH = 20;

/**
 * Deepest nesting of emphasis, strikethrough and links inside one another.
 * Real bodies nest two or three; the rules walk the tree recursively, and a
 * 64 KB body can nest emphasis thousands deep, enough to overflow the stack,
 * so a deeper body is refused.
 */
export const MAX_INLINE_DEPTH = 32;

/**
 * A body nests deeper than `MAX_CONTAINER_DEPTH` or `MAX_INLINE_DEPTH`, so
 * it was not parsed. `reason` completes "The body …" and `line` is 1-based.
 */
export class MarkdownTooDeepError extends Error {
  override readonly name = "MarkdownTooDeepError";
  readonly reason: string;
  readonly line: number;

  constructor(reason: string, line: number) {
    super(`The Markdown ${reason} (line ${line}): flatten the nesting.`);
    this.reason = reason;
    this.line = line;
  }
}

/** A body as the checks read it (see `boundBody`). */
export interface BoundedBody {
  /** Line endings normalised, cut at `MAX_BODY_CHARS`. */
  text: string;
  /** Characters before the cut, line endings normalised. */
  length: number;
}

/**
 * The text of a PR or issue body that the checks read: line endings
 * normalised and only GitHub's `MAX_BODY_CHARS` kept. Each caller says in
 * its own words what it cut.
 */
export function boundBody(raw: string): BoundedBody {
  const normalized = raw.replace(/\r\n?/g, "\n");
  return { text: normalized.slice(0, MAX_BODY_CHARS), length: normalized.length };
}
