import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { z } from "zod";

/**
 * A fence at any indentation: inside a list item a fence may sit deeper than
 * three spaces, and taking too much for a fence only ever stops a command
 * from firing, never makes one fire.
 */
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;

/** Columns of leading white space, tabs to the next multiple of 4 as CommonMark counts them. */
function indentation(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === " ") columns++;
    else if (char === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/**
 * The first line of a comment body that matches `command` (a `/pilot-gate
 * ...` line pattern), as its match. The command must sit on a line of its
 * own, indented by at most three spaces. Lines inside fenced code blocks and
 * HTML comments are skipped, and so are lines indented four columns or more
 * (an indented code block, or a paragraph's continuation), so quoting the
 * syntax in docs or templates does not trigger it, and a quoted reply
 * (`> /pilot-gate ...`) does not either. A
 * line scan is used rather than the Markdown parser because commands are
 * line-based by definition, and the parser would rewrite the arguments
 * (emphasis, escapes, autolinks) when the receipt must keep them as typed.
 */
export function findCommand(body: string, command: RegExp): RegExpExecArray | undefined {
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  for (const rawLine of wellFormed(body).split(/\r\n?|\n/)) {
    if (fence) {
      const close = FENCE.exec(rawLine);
      const marker = close?.[1];
      if (
        marker &&
        marker[0] === fence.char &&
        marker.length >= fence.length &&
        close[2]?.trim() === ""
      ) {
        fence = undefined;
      }
      continue;
    }
    let line = rawLine;
    if (inComment) {
      const end = line.indexOf("-->");
      if (end === -1) continue;
      inComment = false;
      line = line.slice(end + 3);
    }
    // Drop comments that close on this line, then note one left open.
    line = line.replace(/<!--[\s\S]*?-->/g, "");
    const open = line.indexOf("<!--");
    if (open !== -1) {
      inComment = true;
      line = line.slice(0, open);
    }
    const opener = FENCE.exec(line);
    if (opener?.[1]) {
      // A backtick fence's info string may not contain backticks (CommonMark).
      if (!(opener[1][0] === "`" && opener[2]?.includes("`"))) {
        fence = { char: opener[1][0] as string, length: opener[1].length };
        continue;
      }
    }
    if (indentation(line) >= 4) continue;
    const match = command.exec(line);
    if (match) return match;
  }
  return undefined;
}

/** Half of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` with each lone surrogate replaced by U+FFFD, as
 * `String.prototype.toWellFormed` (ES2024, past this project's ES2023 lib)
 * does: a command's arguments end up in canonical JSON, which refuses them.
 */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/**
 * `pg-` and the first 16 hex digits of the SHA-256 of `fields` as RFC 8785
 * canonical JSON: the same request always gets the same id, so a
 * redelivered webhook cannot record it twice.
 */
export function contentId(fields: Record<string, unknown>): string {
  const json = canonicalize(fields) as string;
  return `pg-${createHash("sha256").update(json, "utf8").digest("hex").slice(0, 16)}`;
}

/**
 * A record hidden in an HTML comment of an App-authored issue or comment
 * (`<!-- pilot-gate:<name> {json} -->`), as receipts are kept. `>` is
 * written as `\u003e` (still valid JSON) so no user text in the record can
 * close the HTML comment early.
 */
export function hiddenRecordMarker(name: string, record: object): string {
  return `<!-- pilot-gate:${name} ${JSON.stringify(record).replace(/>/g, "\\u003e")} -->`;
}

/** The first `name` record in `body` that `schema` accepts, or undefined (none, or a damaged one). */
export function readHiddenRecord<T>(
  name: string,
  body: string,
  schema: z.ZodType<T>,
): T | undefined {
  const json = new RegExp(`<!-- pilot-gate:${name} (\\{[\\s\\S]*?\\}) -->`).exec(body)?.[1];
  if (!json) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
