import fc from "fast-check";
import type { Nodes, Parent } from "mdast";
import { describe, expect, it } from "vitest";
import {
  closeCut,
  codeBlock,
  codeCell,
  codeSpan,
  handle,
  inertText,
  issueRef,
  link,
  markdownCell,
  mention,
  tableCell,
  titleText,
  truncateMarkdown,
} from "../../../core/render/escape.js";
import { auditMarkdown, parseGfm, userText } from "../../helpers/markdown.js";

const ZWSP = "\u200b";
const text = userText(60);

/** Every node of a tree, depth first. */
function nodes(node: Nodes): Nodes[] {
  return [
    node,
    ...("children" in node ? (node as Parent).children.flatMap((c) => nodes(c as Nodes)) : []),
  ];
}

/** What a reader sees of inert text: ZWSP dropped, whitespace as CommonMark collapses it here. */
function seen(value: string): string {
  return value.replaceAll(ZWSP, "").replace(/\0/g, "\ufffd").replace(/\s+/g, " ").trim();
}

describe("inertText", () => {
  it.each([
    ["feature/S-PC-01-login-page", "feature/S-PC-01-login-page"],
    ["update user_id and R&D notes", "update user_id and R&D notes"],
    ["a < b > c", "a &lt; b &gt; c"],
    ["<img src=x>", "&lt;img src=x&gt;"],
    ["&#64;org", "&amp;#\u200b64;org"],
    ["cc @org/team", "cc @\u200borg/team"],
    ["fixes #12", "fixes #\u200b12"],
    ["[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"],
    ["_em_ *strong* ~del~ $x$ `code`", "\\_em\\_ \\*strong\\* \\~del\\~ \\$x\\$ \\`code\\`"],
    ["# not a heading #", "\\# not a heading \\#"],
    ["- not a list", "\\- not a list"],
    ["1. not a list", "1\\. not a list"],
    ["two\nlines\r\n  here", "two lines here"],
    [
      "see https://x.example or www.x.example",
      `see https:${ZWSP}//x.example or www${ZWSP}.x.example`,
    ],
    ["a | b", "a | b"],
  ])("%j becomes %j", (input, output) => {
    expect(inertText(input)).toBe(output);
  });

  it("caps by code points before escaping, never splitting a pair", () => {
    expect(inertText("🚀🚀🚀<", 3)).toBe("🚀🚀…");
    expect(inertText("abc", 3)).toBe("abc");
  });

  it("renders as the same words and nothing else, wherever a line puts it", () => {
    fc.assert(
      fc.property(text, (value) => {
        for (const markdown of [
          `A ${inertText(value)} B`,
          `- ${inertText(value)}`,
          `## ${inertText(value)}`,
          `> **${inertText(value)}** said`,
          inertText(value),
        ]) {
          const tree = parseGfm(markdown);
          const kinds = new Set(nodes(tree).map((n) => n.type));
          for (const kind of kinds) {
            expect([
              "root",
              "paragraph",
              "text",
              "list",
              "listItem",
              "heading",
              "blockquote",
              "strong",
            ]).toContain(kind);
          }
          const words = nodes(tree)
            .filter((n) => n.type === "text")
            .map((n) => (n as { value: string }).value)
            .join("");
          expect(seen(words)).toContain(seen(value));
          expect(auditMarkdown(markdown)).toEqual([]);
        }
      }),
    );
  });
});

describe("codeSpan", () => {
  it.each([
    ["main", "`main`"],
    ["a`b", "``a`b``"],
    ["`", "`` ` ``"],
    ["``x``", "``` ``x`` ```"],
    [" x ", "`  x  `"],
    ["", "` `"],
    ["a\nb", "`a b`"],
  ])("%j becomes %j", (input, output) => {
    expect(codeSpan(input)).toBe(output);
  });

  it("is one code span holding the text, whatever backticks it has", () => {
    fc.assert(
      fc.property(text, (value) => {
        const tree = parseGfm(`A ${codeSpan(value)} B`);
        const codes = nodes(tree).filter((n) => n.type === "inlineCode");
        expect(codes).toHaveLength(1);
        const want = value.replace(/\r\n?|\n/g, " ").replace(/\0/g, "\ufffd") || " ";
        expect((codes[0] as { value: string }).value).toBe(want);
      }),
    );
  });
});

describe("table cells", () => {
  it("keep every row at its columns, showing the text or the code as it is", () => {
    fc.assert(
      fc.property(text, text, (plain, code) => {
        const markdown = [
          "| a | b | c |",
          "| --- | --- | --- |",
          `| ${tableCell(plain)} | ${codeCell(code)} | ${markdownCell(`${handle(plain)} ${codeSpan(code)}`)} |`,
        ].join("\n");
        expect(auditMarkdown(markdown, { code: [code], text: [plain] })).toEqual([]);
      }),
    );
  });

  it("escape a pipe in code, and one after a backslash too", () => {
    expect(codeCell("a|b")).toBe("`a\\|b`");
    expect(codeCell("a\\|b")).toBe(`\`a\\${ZWSP}\\|b\``);
    expect(tableCell("a | b")).toBe("a \\| b");
  });

  it("cap the text at 600 code points by default", () => {
    expect(tableCell("x".repeat(700))).toBe(`${"x".repeat(599)}…`);
  });
});

describe("codeBlock", () => {
  it("holds any text verbatim: no line of it closes the block", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (lines) => {
        const value = lines.join("\n");
        const tree = parseGfm(`${codeBlock(value)}\n\nafter`);
        const code = tree.children[0];
        expect(code?.type).toBe("code");
        expect((code as { value: string }).value).toBe(
          value.replace(/\r\n?/g, "\n").replace(/\0/g, "\ufffd"),
        );
        expect(tree.children).toHaveLength(2);
      }),
    );
  });
});

describe("mentions and logins", () => {
  it("mentions a well-formed login only; anything else is shown without pinging", () => {
    expect(mention("octocat")).toBe("@octocat");
    expect(mention("org/team")).toBe(`@${ZWSP}org/team`);
    expect(mention("a<b>")).toBe(`@${ZWSP}a&lt;b&gt;`);
    expect(handle("octocat")).toBe(`@${ZWSP}octocat`);
  });
});

describe("links", () => {
  it("links only absolute web URLs, with parentheses and entities kept out of the way", () => {
    expect(link("run", "https://ci.example/runs/(42)")).toBe(
      "[run](https://ci.example/runs/%2842%29)",
    );
    expect(link("x", "javascript:alert(1)")).toBe("x");
    expect(link("x", "data:text/html,<b>")).toBe("x");
    expect(link("x", "/relative/path")).toBe("x");
    expect(link("x", undefined)).toBe("x");
    expect(link("a/b", "https://x.example/a&lt;", { code: true })).toBe(
      "[`a/b`](https://x.example/a&amp;lt;)",
    );
    expect(issueRef(12, "https://github.com/o/r/issues/12")).toBe(
      "[#12](https://github.com/o/r/issues/12)",
    );
    expect(issueRef(12, "javascript:x")).toBe("#12");
  });

  it("makes no link but its own, whatever the label and target", () => {
    fc.assert(
      fc.property(text, fc.oneof(text, fc.webUrl()), (label, url) => {
        const markdown = link(label, url);
        const links = nodes(parseGfm(markdown)).filter((n) => n.type === "link");
        expect(links.length).toBeLessThanOrEqual(1);
        for (const made of links) expect((made as { url: string }).url).toMatch(/^https?:\/\//);
        expect(
          auditMarkdown(markdown, { links: (u) => /^https?:\/\//.test(u), text: [label] }),
        ).toEqual([]);
      }),
    );
  });
});

describe("cutting Markdown", () => {
  it("never leaves a code span open, wherever the cut falls", () => {
    fc.assert(
      fc.property(text, text, fc.nat(), (code, plain, at) => {
        const whole = `Branch ${codeSpan(code)} and ${inertText(plain)}: ${codeSpan(code)}`;
        const cut = closeCut(whole.slice(0, at % (whole.length + 1)));
        expect(whole.startsWith(cut)).toBe(true);
        expect(auditMarkdown(cut)).toEqual([]);
        expect(auditMarkdown(truncateMarkdown(whole, (at % 40) + 1))).toEqual([]);
      }),
    );
  });

  it("keeps a cut inside a fenced block as it is: the block runs to the end", () => {
    const markdown = `## x\n\n${codeBlock("line `one`\nline two")}`;
    const cut = markdown.slice(0, markdown.indexOf("two"));
    expect(closeCut(cut)).toBe(cut);
  });

  it("drops an open span and what follows it", () => {
    expect(closeCut("see `<img src=x>")).toBe("see");
    expect(closeCut("see `a` and ``b`")).toBe("see `a` and");
    expect(closeCut("an escaped \\` stays")).toBe("an escaped \\` stays");
    expect(truncateMarkdown("short", 10)).toBe("short");
  });
});

describe("titleText", () => {
  it("is one line of at most `max` code points", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 50 }), (value, max) => {
        const title = titleText(value, max);
        expect(title).not.toMatch(/[\r\n]/);
        expect(Array.from(title).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});
