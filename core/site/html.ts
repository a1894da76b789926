/**
 * HTML for the readiness site, built so user text cannot become markup: the
 * `html` tag escapes every interpolated value with html-escaper (the
 * well-kept escaper for `& < > " '`) unless the value is itself `Html` made
 * by this tag. Pages are built from these pieces and constant text only.
 */
import { escape as escapeHtml } from "html-escaper";

/** Markup that is already safe: made by `html`, never from user text directly. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text (escaped), numbers, markup, lists of these, or nothing. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function part(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(part).join("");
  return escapeHtml(String(value));
}

/**
 * A template tag: constant markup in the template, every `${value}` escaped
 * as text (so it is safe in element content and in quoted attribute values)
 * unless it is `Html`.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += part(value) + (strings[index + 1] ?? "");
  });
  return new Html(out);
}

/** Joins pieces of markup with `separator` (constant markup). */
export function join(pieces: readonly Html[], separator = ""): Html {
  return new Html(pieces.map((piece) => piece.value).join(separator));
}

/**
 * A link target inside the site: each `/`-separated segment
 * percent-encoded, so an id can only name a file, never a scheme or a
 * parent folder.
 */
export function href(path: string): string {
  return path
    .split("/")
    .map((segment) => (segment === ".." ? ".." : encodeURIComponent(segment)))
    .join("/");
}
