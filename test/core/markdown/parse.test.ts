import fc from "fast-check";
import type { Nodes, Root } from "mdast";
import { describe, expect, it } from "vitest";
import {
  MAX_CONTAINER_DEPTH,
  MAX_INLINE_DEPTH,
  MarkdownTooDeepError,
} from "../../../core/markdown/limits.js";
import { parseMarkdown } from "../../../core/markdown/parse.js";

/**
 * The tree as an outline, one line per node: type, then what the rules read
 * (`checked`, `depth`, `value`, `url`, `alt`), then where a block starts and
 * ends (`@line:column-line:column`).
 */
function outline(tree: Root): string[] {
  const lines: string[] = [];
  const visit = (node: Nodes, depth: number): void => {
    const parts: string[] = [node.type];
    if (node.type === "listItem" && typeof node.checked === "boolean") {
      parts.push(node.checked ? "[x]" : "[ ]");
    }
    if (node.type === "heading") parts.push(`h${node.depth}`);
    if (node.type === "list" && node.ordered) parts.push(`ordered from ${node.start}`);
    if (node.type === "table") parts.push(`align=${node.align?.join(",")}`);
    if (node.type === "code") parts.push(`lang=${node.lang} meta=${node.meta}`);
    if ("value" in node) parts.push(JSON.stringify(node.value));
    if ("url" in node) parts.push(`<${node.url}>`);
    if (node.type === "image") parts.push(`alt=${JSON.stringify(node.alt)}`);
    const p = node.position;
    if (p && node.type !== "root") {
      parts.push(`@${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`);
    }
    lines.push(`${"  ".repeat(depth)}${parts.join(" ")}`);
    if ("children" in node) for (const child of node.children as Nodes[]) visit(child, depth + 1);
  };
  for (const child of tree.children) visit(child, 0);
  return lines;
}

const tree = (markdown: string) => outline(parseMarkdown(markdown));

describe("parseMarkdown: the mdast the rules read", () => {
  it("marks GFM task items checked or not, with the box taken out of the text", () => {
    expect(tree("- [x] Code reviewed\n- [ ] Smoke suite green\n- [X] Docs\n")).toEqual([
      "list @1:1-3:11",
      "  listItem [x] @1:1-1:20",
      "    paragraph @1:7-1:20",
      '      text "Code reviewed"',
      "  listItem [ ] @2:1-2:24",
      "    paragraph @2:7-2:24",
      '      text "Smoke suite green"',
      "  listItem [x] @3:1-3:11",
      "    paragraph @3:7-3:11",
      '      text "Docs"',
    ]);
  });

  it.each([
    ["a box with nothing after it", "- [ ]\n"],
    ["a box glued to the text", "- [x]done\n"],
    ["a box that is not first", "- done [x]\n"],
    ["a box outside a list", "[x] done\n"],
    ["another character in the box", "- [-] done\n"],
  ])("reads %s as text, as GitHub does", (_name, markdown) => {
    expect(tree(markdown).filter((line) => line.includes("listItem ["))).toEqual([]);
  });

  it("reads a task item whose text starts on the next line, and a [x] link label as a box", () => {
    expect(tree("- [x]\n  done\n\n[x]: https://example.com\n")).toEqual([
      "list @1:1-2:7",
      "  listItem [x] @1:1-2:7",
      "    paragraph @1:7-2:7",
      '      text "done"',
      "definition <https://example.com> @4:1-4:25",
    ]);
  });

  it("nests lists and task items, and reads them inside block quotes", () => {
    expect(tree("- [ ] Tests\n  - [x] Unit\n  1. E2E\n\n> - [ ] Quoted\n>   > deeper\n")).toEqual([
      "list @1:1-3:9",
      "  listItem [ ] @1:1-3:9",
      "    paragraph @1:7-1:12",
      '      text "Tests"',
      "    list @2:3-2:13",
      "      listItem [x] @2:3-2:13",
      "        paragraph @2:9-2:13",
      '          text "Unit"',
      "    list ordered from 1 @3:3-3:9",
      "      listItem @3:3-3:9",
      "        paragraph @3:6-3:9",
      '          text "E2E"',
      "blockquote @5:1-6:13",
      "  list @5:3-6:13",
      "    listItem [ ] @5:3-6:13",
      "      paragraph @5:9-5:15",
      '        text "Quoted"',
      "      blockquote @6:5-6:13",
      "        paragraph @6:7-6:13",
      '          text "deeper"',
    ]);
  });

  it("keeps task items written inside an HTML comment out of the tree", () => {
    expect(tree("<!--\n- [ ] hidden\n-->\n- [ ] shown\n")).toEqual([
      'html "<!--\\n- [ ] hidden\\n-->" @1:1-3:4',
      "list @4:1-4:12",
      "  listItem [ ] @4:1-4:12",
      "    paragraph @4:7-4:12",
      '      text "shown"',
    ]);
  });

  it("reads a comment left open as HTML up to the end of the body", () => {
    expect(tree("## Story ID\n<!-- S-PC-01\n## Evidence\n- [ ] x\n")).toEqual([
      "heading h2 @1:1-1:12",
      '  text "Story ID"',
      'html "<!-- S-PC-01\\n## Evidence\\n- [ ] x" @2:1-4:8',
    ]);
  });

  it("does not read headings or task items inside code blocks", () => {
    expect(tree("```md title\n## Story ID\n- [ ] x\n```\n\n    ## indented\n")).toEqual([
      'code lang=md meta=title "## Story ID\\n- [ ] x" @1:1-4:4',
      'code lang=null meta=null "## indented" @6:1-6:16',
    ]);
  });

  it("reads ATX and setext headings with their level", () => {
    expect(tree("# One #\nTwo\n---\n  ### Three\n")).toEqual([
      "heading h1 @1:1-1:8",
      '  text "One"',
      "heading h2 @2:1-3:4",
      '  text "Two"',
      "heading h3 @4:3-4:12",
      '  text "Three"',
    ]);
  });

  it("reads a GFM table: alignment, one row per line, short rows filled, extra cells dropped", () => {
    expect(
      tree("| Risk | Severity |\n| :-- | --: |\n| leak | *high* |\n| short |\n| a | b | c |\n"),
    ).toEqual([
      "table align=left,right @1:1-5:14",
      "  tableRow @1:1-1:20",
      "    tableCell",
      '      text "Risk"',
      "    tableCell",
      '      text "Severity"',
      "  tableRow @3:1-3:18",
      "    tableCell",
      '      text "leak"',
      "    tableCell",
      "      emphasis",
      '        text "high"',
      "  tableRow @4:1-4:10",
      "    tableCell",
      '      text "short"',
      "    tableCell",
      "  tableRow @5:1-5:14",
      "    tableCell",
      '      text "a"',
      "    tableCell",
      '      text "b"',
    ]);
  });

  it("reads links, autolinks, images and definitions with their URLs", () => {
    expect(
      tree(
        '[run](https://ci.example.com/1 "CI") <https://ci.example.com/2> ![shot *one*](img/a.png)\n[log][ref] [path](evidence/x.json)\n\n[ref]: https://logs.example.com/3\n',
      ),
    ).toEqual([
      "paragraph @1:1-2:35",
      "  link <https://ci.example.com/1>",
      '    text "run"',
      '  text " "',
      "  link <https://ci.example.com/2>",
      '    text "https://ci.example.com/2"',
      '  text " "',
      '  image <img/a.png> alt="shot one"',
      '  text "\\n"',
      "  link <https://logs.example.com/3>",
      '    text "log"',
      '  text " "',
      "  link <evidence/x.json>",
      '    text "path"',
      "definition <https://logs.example.com/3> @4:1-4:34",
    ]);
  });

  it("keeps bare URLs as text, for the rules to find, and URLs exactly as written", () => {
    expect(
      tree("See https://ci.example.com/1 and www.example.com. [a](<b c>) [j](javascript:x)\n"),
    ).toEqual([
      "paragraph @1:1-1:79",
      '  text "See https://ci.example.com/1 and www.example.com. "',
      "  link <b c>",
      '    text "a"',
      '  text " "',
      "  link <javascript:x>",
      '    text "j"',
    ]);
  });

  it("reads emphasis, strikethrough, code, HTML, breaks, entities and escapes", () => {
    expect(tree("*a* **b** ~~c~~ `d` <b>e</b> &amp; \\*f\\*  \ng\nh\n")).toEqual([
      "paragraph @1:1-3:2",
      "  emphasis",
      '    text "a"',
      '  text " "',
      "  strong",
      '    text "b"',
      '  text " "',
      "  delete",
      '    text "c"',
      '  text " "',
      '  inlineCode "d"',
      '  text " "',
      '  html "<b>"',
      '  text "e"',
      '  html "</b>"',
      '  text " & *f*"',
      "  break",
      '  text "g\\nh"',
    ]);
  });

  it("reads a thematic break and block HTML", () => {
    expect(tree("a\n\n***\n\n<details>\n<summary>s</summary>\n</details>\n")).toEqual([
      "paragraph @1:1-1:2",
      '  text "a"',
      "thematicBreak @3:1-3:4",
      'html "<details>\\n<summary>s</summary>\\n</details>" @5:1-7:11',
    ]);
  });
});

describe("parseMarkdown: depth limits", () => {
  const nested = (depth: number, marker: string) =>
    `a\n\n${Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}${marker} x`).join("\n")}\n`;

  it.each([
    ["lists nested on one line", (depth: number) => `${"- ".repeat(depth)}x\n`, 1],
    ["quotes nested on one line", (depth: number) => `${"> ".repeat(depth)}x\n`, 1],
    ["lists nested by indentation", (depth: number) => nested(depth, "-"), MAX_CONTAINER_DEPTH + 3],
  ])("reads %s up to the limit and refuses one level more", (_name, body, line) => {
    expect(() => parseMarkdown(body(MAX_CONTAINER_DEPTH))).not.toThrow();
    const error = catchError(() => parseMarkdown(body(MAX_CONTAINER_DEPTH + 1)));
    expect(error).toBeInstanceOf(MarkdownTooDeepError);
    expect(error).toMatchObject({
      reason: `nests lists or block quotes more than ${MAX_CONTAINER_DEPTH} levels deep`,
      line,
    });
  });

  it("keeps the content at the deepest level allowed, which the parser would otherwise drop", () => {
    const text = parseMarkdown(`${"> ".repeat(MAX_CONTAINER_DEPTH - 1)}- [ ] deepest\n`);
    expect(JSON.stringify(text)).toContain('"value":"deepest"');
    expect(JSON.stringify(text)).toContain('"checked":false');
  });

  it("reads emphasis nested up to the limit and refuses one level more", () => {
    const body = (depth: number) =>
      `x\n\n${"*a _".repeat(depth / 2)}b${"_ a*".repeat(depth / 2)}\n`;
    expect(() => parseMarkdown(body(MAX_INLINE_DEPTH))).not.toThrow();
    const error = catchError(() => parseMarkdown(body(MAX_INLINE_DEPTH + 2)));
    expect(error).toMatchObject({
      reason: `nests emphasis or links more than ${MAX_INLINE_DEPTH} levels deep`,
      line: 3,
    });
  });

  it("never fails on any text but by refusing it as too deep", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 4 }),
            fc.constantFrom(
              "- ",
              "> ",
              "1. ",
              "  ",
              "\n",
              "[x] ",
              "*",
              "_",
              "[",
              "](",
              "|",
              "`",
              "<!--",
            ),
          ),
          { maxLength: 60 },
        ),
        (pieces) => {
          const error = catchError(() => parseMarkdown(pieces.join("")));
          expect(error === undefined || error instanceof MarkdownTooDeepError).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return error;
  }
}
