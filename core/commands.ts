import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * The first line of a comment body that matches `command` (a `/pilot-gate
 * ...` line pattern), as its match. The command must sit on a line of its
 * own (leading spaces allowed). Lines inside fenced code blocks and HTML
 * comments are skipped, so quoting the syntax in docs or templates does not
 * trigger it, and a quoted reply (`> /pilot-gate ...`) does not either. A
 * line scan is used rather than the Markdown parser because commands are
 * line-based by definition, and the parser would rewrite the arguments
 * (emphasis, escapes, autolinks) when the receipt must keep them as typed.
 */
export function findCommand(body: string, command: RegExp): RegExpExecArray | undefined {
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  for (const rawLine of body.split(/\r\n?|\n/)) {
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
    const match = command.exec(line);
    if (match) return match;
  }
  return undefined;
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
