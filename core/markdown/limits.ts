/**
 * GitHub stores at most 65,536 characters of PR body; anything longer can only
 * come from a local file, so it is cut there and reported.
 */
export const MAX_BODY_CHARS = 65_536;

/**
 * Deepest nesting of block quotes and lists on one line. Real PR bodies stay
 * under five; micromark's time grows steeply with nesting (a 64 KB body of
 * 32-deep lists takes seconds, 32,000 deep takes minutes and overflows the
 * stack), so deeper bodies are rejected before parsing.
 */
export const MAX_CONTAINER_DEPTH = 20;

/**
 * Budget of nested containers over the whole body (each line adds its depth
 * beyond the first level). Parse time follows this count, not the body size:
 * 1,400 lines of 20-deep lists take seconds even though each line is legal.
 */
export const MAX_NESTED_CONTAINERS = 2_000;

/**
 * Emphasis delimiter runs (`*`, `_`, `~`) per paragraph and per body.
 * micromark pairs delimiters in time that grows with the square of the open
 * ones in a paragraph: 3,000 nested openers and closers take ten seconds and
 * then overflow the stack. Real bodies use a few dozen.
 */
export const MAX_DELIMITER_RUNS_PER_BLOCK = 1_000;
export const MAX_DELIMITER_RUNS = 5_000;

const DELIMITER_RUN = /[*_~]+/g;

const CONTAINER_MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/** Why a body cannot be parsed safely, or `undefined` when it can. */
export function checkBodyLimits(body: string): { reason: string; line: number } | undefined {
  let lineNumber = 0;
  let start = 0;
  let nested = 0;
  let blockRuns = 0;
  let totalRuns = 0;
  while (start <= body.length) {
    lineNumber++;
    let end = body.indexOf("\n", start);
    if (end === -1) end = body.length;
    const line = body.slice(start, end);
    if (line.trim() === "") blockRuns = 0;
    const runs = line.match(DELIMITER_RUN)?.length ?? 0;
    blockRuns += runs;
    totalRuns += runs;
    if (blockRuns > MAX_DELIMITER_RUNS_PER_BLOCK || totalRuns > MAX_DELIMITER_RUNS) {
      return {
        reason: `has more than ${blockRuns > MAX_DELIMITER_RUNS_PER_BLOCK ? `${MAX_DELIMITER_RUNS_PER_BLOCK} emphasis markers (*, _, ~) in one paragraph` : `${MAX_DELIMITER_RUNS} emphasis markers (*, _, ~)`}`,
        line: lineNumber,
      };
    }
    let rest = line.slice(0, 4 * (MAX_CONTAINER_DEPTH + 1) + 8);
    let depth = 0;
    for (
      let m = CONTAINER_MARKER.exec(rest);
      m && m[0].length > 0;
      m = CONTAINER_MARKER.exec(rest)
    ) {
      depth++;
      if (depth > MAX_CONTAINER_DEPTH) {
        return {
          reason: `nests lists or block quotes more than ${MAX_CONTAINER_DEPTH} levels deep`,
          line: lineNumber,
        };
      }
      rest = rest.slice(m[0].length);
    }
    nested += Math.max(0, depth - 1);
    if (nested > MAX_NESTED_CONTAINERS) {
      return {
        reason: `nests lists or block quotes in more than ${MAX_NESTED_CONTAINERS} places`,
        line: lineNumber,
      };
    }
    start = end + 1;
  }
  return undefined;
}

/** A body as the checks read it (see `boundBody`). */
export interface BoundedBody {
  /** Line endings normalised, cut at `MAX_BODY_CHARS`. */
  text: string;
  /** Characters before the cut, line endings normalised. */
  length: number;
  /** Set when `text` nests or emphasises past the limits above: it must not be parsed. */
  unsafe?: { reason: string; line: number };
}

/**
 * The text of a PR or issue body that is safe to read: line endings
 * normalised, only GitHub's `MAX_BODY_CHARS` kept, and `unsafe` set when
 * parsing it could take seconds. Each caller says in its own words what it
 * skipped.
 */
export function boundBody(raw: string): BoundedBody {
  const normalized = raw.replace(/\r\n?/g, "\n");
  const text = normalized.slice(0, MAX_BODY_CHARS);
  const unsafe = checkBodyLimits(text);
  return { text, length: normalized.length, ...(unsafe ? { unsafe } : {}) };
}
