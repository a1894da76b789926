import fc from "fast-check";
import type { Nodes, Parent, Root } from "mdast";
// The GFM parser is imported here only, not through core: whatever core uses
// to read PR bodies, the rendered output is judged by an independent reading.
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/** Invisible characters the escaper may put into user text; ignored when looking for it. */
const INVISIBLE = /\u200b/g;

/** Markdown as GitHub reads it (CommonMark with the GFM extensions). */
export function parseGfm(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

export interface AuditOptions {
  /** Raw HTML the renderer writes itself; default: its `<!-- pilot-gate:... -->` markers. */
  html?: RegExp;
  /** Link targets the renderer makes itself; default none. */
  links?: (url: string) => boolean;
  /** Names the renderer pings on purpose (`user`, `org/team`, without `@`). */
  mentions?: readonly string[];
  /** User text that must show as a code span of its own. */
  code?: readonly string[];
  /** User text that must show, as words, in the text. */
  text?: readonly string[];
  /** The same renderer's output for harmless text: the block and inline structure must be the same. */
  like?: string;
}

const MARKER = /^<!-- pilot-gate:[^\n]*-->$/;

/** `@user` or `@org/team` where GitHub would link (and notify) it. */
const MENTION = /@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][\w-]*)?)/g;

/**
 * What is wrong with rendered Markdown that carries user text: raw HTML,
 * links, images and mentions the renderer did not make, table rows that lost
 * or gained columns, user text missing where it belongs (a code span that
 * ended early, text swallowed by markup), and a structure that differs from
 * the same render of harmless text. Empty when nothing is.
 */
export function auditMarkdown(markdown: string, options: AuditOptions = {}): string[] {
  const problems: string[] = [];
  const tree = parseGfm(markdown);
  const html = options.html ?? MARKER;
  const mentions = new Set((options.mentions ?? []).map((m) => m.toLowerCase()));
  const codes: string[] = [];
  const texts: string[] = [];

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case "html":
        if (!html.test(node.value.trim())) problems.push(`raw HTML: ${JSON.stringify(node.value)}`);
        break;
      case "link":
        if (!options.links?.(node.url))
          problems.push(`a link the renderer did not make: ${node.url}`);
        break;
      case "image":
      case "imageReference":
      case "linkReference":
      case "definition":
      case "footnoteReference":
      case "footnoteDefinition":
        problems.push(`a ${node.type}: ${JSON.stringify(node)}`);
        break;
      case "inlineCode":
        codes.push(node.value.replace(INVISIBLE, ""));
        break;
      case "text":
        texts.push(node.value);
        for (const match of node.value.matchAll(MENTION)) {
          if (!mentions.has((match[1] as string).toLowerCase())) {
            problems.push(`a live mention @${match[1]} in ${JSON.stringify(node.value)}`);
          }
        }
        break;
      case "table": {
        const width = node.children[0]?.children.length ?? 0;
        node.children.forEach((row, i) => {
          if (row.children.length !== width) {
            problems.push(`table row ${i} has ${row.children.length} cells, the header ${width}`);
          }
        });
        break;
      }
    }
    if ("children" in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(tree);

  for (const value of options.code ?? []) {
    // As CommonMark reads a span: line endings are spaces, NUL is U+FFFD.
    const want = value.replace(/\r\n?|\n/g, " ").replace(/\0/g, "\ufffd") || " ";
    const found = codes.some(
      (code) => code === want || (code.endsWith("…") && want.startsWith(code.slice(0, -1))),
    );
    if (!found) problems.push(`no code span shows ${JSON.stringify(value)}`);
  }
  const shown = texts.map(words);
  for (const value of options.text ?? []) {
    const want = words(value);
    if (want !== "" && !shown.some((text) => text.includes(want))) {
      problems.push(`no text shows ${JSON.stringify(value)}`);
    }
  }
  if (options.like !== undefined) {
    const got = skeleton(tree);
    const want = skeleton(parseGfm(options.like));
    if (got !== want)
      problems.push(`structure differs from harmless text:\n${got}\nwanted\n${want}`);
  }
  return problems;
}

function words(text: string): string {
  return text.replace(INVISIBLE, "").replace(/\0/g, "\ufffd").replace(/\s+/g, " ").trim();
}

/** Node types in document order, text left out: what markup the render made. */
function skeleton(node: Nodes, depth = 0): string {
  if (node.type === "text") return "";
  const head = `${"  ".repeat(depth)}${node.type}${node.type === "heading" ? node.depth : ""}\n`;
  if (!("children" in node)) return head;
  return (
    head + (node as Parent).children.map((child) => skeleton(child as Nodes, depth + 1)).join("")
  );
}

/**
 * The same text made harmless: every character that is not whitespace
 * becomes `a`, so lengths, line breaks and blank values stay as they were.
 */
export function harmless(text: string): string {
  return text.replace(/\S/g, "a");
}

/** Text that tries to break out of where a renderer puts it. */
const ATTACKS = [
  "feature/x`<img src=x>`@org/team",
  "<img src=x onerror=alert(1)>",
  "<!-- hidden",
  "-->",
  "<script>alert(1)</script>",
  "@org/team",
  "@octocat",
  "cc @org/security-team please",
  "&#64;org/team",
  "x | y | z",
  "a\\|b",
  "\\",
  "line one\nline two",
  "\n\n# Heading\n\n",
  "- [ ] task",
  "1. item",
  "> quote",
  "---",
  "===",
  "[x](javascript:alert(1))",
  "![img](https://evil.example/x.png)",
  "[ref]: https://evil.example",
  "<https://evil.example>",
  "https://evil.example/login",
  "www.evil.example",
  "admin@evil.example",
  "**bold** _em_ ~~strike~~ $x^2$",
  "#12",
  "` ",
  " `",
  "```",
  "~~~",
  "    indented code",
  "|",
  "ｘ＠ｙ ﬁ 🚀 é\u0301 \u202etxt.exe",
  "\u0000\u0007",
];

/** Arbitrary strings, attacks, backtick runs of every length, and all of them mixed. */
export function userText(maxLength = 40): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...ATTACKS),
    fc.integer({ min: 1, max: 12 }).map((n) => "`".repeat(n)),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: "binary", maxLength: 6 }),
    fc.string({ unit: "grapheme", maxLength: 6 }),
  );
  return fc.oneof(
    fc.string({ maxLength }),
    fc.constantFrom(...ATTACKS),
    // Cut by code points: GitHub's text never holds half a surrogate pair.
    fc
      .array(piece, { minLength: 1, maxLength: 4 })
      .map((parts) => Array.from(parts.join("")).slice(0, maxLength).join("")),
  );
}
