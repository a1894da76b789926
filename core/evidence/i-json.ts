import { type JSONPath, visit } from "jsonc-parser";

/** Strict UTF-8: a byte sequence that is not UTF-8 is an error, not U+FFFD; a byte order mark is kept, so JSON.parse refuses it. */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Code points no I-JSON string may hold (RFC 7493 §2.1): surrogates (only ever lone here) and noncharacters. */
const FORBIDDEN = /[\p{Cs}\p{Noncharacter_Code_Point}]/u;

export type IJsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Parses an I-JSON document (RFC 7493): UTF-8 with no byte order mark, valid
 * JSON, no object with two members of the same name (compared after
 * escapes, so `"a"` and `"\u0061"` are the same), and no string holding a
 * lone surrogate or a noncharacter. `JSON.parse` keeps the last of two equal
 * keys without a word, so a document with one reads differently in readers
 * that keep the first; and RFC 8785 digests are defined over I-JSON only (a
 * lone surrogate hashes like U+FFFD). Either way a digest or signature would
 * not pin down one meaning, so such a document is refused. The error reads
 * after the file's name: `manifest.json <error>`.
 *
 * A string is taken as already decoded text; bytes are decoded strictly.
 */
export function parseIJson(input: Uint8Array | string): IJsonResult {
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    try {
      text = UTF8.decode(input);
    } catch {
      return { ok: false, error: "is not UTF-8 (I-JSON is UTF-8 only; was it re-encoded?)" };
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `is not valid JSON (truncated or edited?): ${(error as Error).message}`,
    };
  }
  const problem = firstIJsonProblem(text);
  if (problem !== undefined) return { ok: false, error: `is not I-JSON (RFC 7493): ${problem}` };
  return { ok: true, value };
}

/**
 * What keeps valid JSON `text` from being I-JSON, or undefined. One pass
 * with jsonc-parser's visitor, which reports each member name decoded and
 * builds no tree, so time is linear and memory is the nesting depth plus the
 * names of the open objects.
 */
function firstIJsonProblem(text: string): string | undefined {
  const open: Set<string>[] = [];
  let problem: string | undefined;
  const where = (path: JSONPath) => (path.length === 0 ? "the document" : path.join("."));
  const forbidden = (value: string) => {
    const match = FORBIDDEN.exec(value);
    const code = match?.[0].codePointAt(0);
    return code === undefined ? undefined : `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  };
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (name, _offset, _length, _line, _column, path) => {
        if (problem !== undefined) return;
        const names = open.at(-1);
        const bad = forbidden(name);
        if (bad !== undefined) {
          problem = `a key in ${where(path())} holds ${bad}, which I-JSON forbids`;
        } else if (names?.has(name)) {
          problem = `the key ${JSON.stringify(name)} appears twice in ${where(path())}, so readers may disagree on its value`;
        }
        names?.add(name);
      },
      onLiteralValue: (value, _offset, _length, _line, _column, path) => {
        if (problem !== undefined || typeof value !== "string") return;
        const bad = forbidden(value);
        if (bad !== undefined) problem = `${where(path())} holds ${bad}, which I-JSON forbids`;
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return problem;
}
