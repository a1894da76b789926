/**
 * PR bodies that once stalled a Markdown parser, each as long as GitHub
 * allows, plus a realistic long body. The tests check that each gets a
 * verdict; `npm run bench` times them.
 */
import fc from "fast-check";
import { MAX_BODY_CHARS } from "../../core/markdown/limits.js";
import { VALID_BODY } from "./pull-request.js";

/** `unit` repeated up to `length` characters, the last copy cut. */
export function fill(unit: string, length = MAX_BODY_CHARS): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** `prefix`, then `unit` repeated up to `MAX_BODY_CHARS` characters in all. */
function after(prefix: string, unit: string): string {
  return prefix + fill(unit, MAX_BODY_CHARS - prefix.length);
}

/** Lines made by `line(i)` for i = 0, 1, … up to `length` characters. */
function lines(line: (i: number) => string, length = MAX_BODY_CHARS): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const text = `${line(i)}\n`;
    parts.push(text);
    size += text.length;
  }
  return parts.join("").slice(0, length);
}

function wideTable(columns: number): string {
  const row = (cell: string) => `|${`${cell}|`.repeat(columns)}\n`;
  return after(row("a") + row("-"), row("b"));
}

/**
 * Bodies of `MAX_BODY_CHARS` characters, by name. The first four come from a
 * security review (minutes, or hundreds of MB, with micromark); the rest are
 * shapes known to be costly for Markdown parsers: deep or many containers,
 * emphasis and bracket runs, wide tables, unclosed constructs.
 */
export const ADVERSARIAL_BODIES: Record<string, string> = {
  "] repeated": fill("]"),
  "a\\n=\\n repeated (setext headings)": fill("a\n=\n"),
  "- [x]  repeated": fill("- [x] "),
  "[a] repeated": fill("[a]"),
  "mix of the four": fill("]a\n=\n- [x] [a]"),
  "[ repeated": fill("["),
  "![ repeated": fill("!["),
  "*[ repeated": fill("*["),
  "[* repeated": fill("[*"),
  "[< repeated": fill("[<"),
  "[` repeated": fill("[`"),
  "[a]( repeated": fill("[a]("),
  "]( repeated": fill("]("),
  "< repeated": fill("<"),
  "<a  repeated": fill("<a "),
  '<a b=" repeated': fill('<a b="'),
  "<http repeated": fill("<http://a"),
  "` repeated": fill("`"),
  "` a repeated": fill("` a"),
  "*a  repeated (unclosed emphasis)": fill("*a "),
  "**a repeated": fill("**a"),
  "_a* _b* paragraphs": fill("_a* _b*\n\n"),
  "*a **b repeated": fill("*a **b "),
  "~~a repeated": fill("~~a "),
  "emphasis nested 30 deep": lines(() => `${"*a _".repeat(15)}x${"_ a*".repeat(15)}`),
  "\\ repeated": fill("\\"),
  "&# repeated": fill("&#"),
  "lists nested 20 deep per line": lines(() => `${"- ".repeat(20)}x`),
  "quotes nested 20 deep per line": lines(() => `${"> ".repeat(20)}x`),
  "- > nested 10 deep per line": lines(() => `${"- > ".repeat(10)}x`),
  "lists nested by indentation": lines((i) => `${"  ".repeat(i % 20)}- x`),
  "ordered lists nested 6 deep": lines(() => `${"1. ".repeat(6)}x`),
  "task items": after("## Definition of Done\n\n", "- [ ] item\n"),
  headings: fill("# a\n"),
  "thematic breaks": fill("---\n"),
  "setext --- headings": fill("a\n-\n"),
  "table, 2,000 columns": wideTable(2_000),
  "table, 3 columns, many rows": after("| a | b | c |\n|-|-|-|\n", "| b | c | d |\n"),
  "| repeated": fill("|"),
  "|a|\\n|-|\\n repeated": fill("|a|\n|-|\n"),
  "link reference definitions": fill("[a]: b\n"),
  "unclosed definition titles": fill('[a]: b "'),
  "HTML comment left open": after("<!--", "a\n"),
  "<!-- repeated": fill("<!--"),
  "fences left open": fill("```\n"),
  "indented code": fill("    a\n"),
  "bare URLs": fill("https://a.b/c "),
  "www addresses": fill("www.a.b/( "),
  emails: fill("a@b.c "),
  "footnote-like labels": fill("[^1]"),
  "risk rows": after(
    "## Residual risks\n\n| Risk | Severity | Status | Owner |\n|-|-|-|-|\n",
    "| leak | critical | open | @a |\n",
  ),
  "headings with inline values": fill("## Story ID: S-1\n"),
};

/** Pieces Markdown is made of, for generated bodies: markers, brackets, delimiters, HTML. */
const PIECES = [
  "- ",
  "* ",
  "1. ",
  "> ",
  "  ",
  "    ",
  "\t",
  "\n",
  "\n\n",
  "- [x] ",
  "- [ ] ",
  "[x]",
  "#",
  "## Story ID",
  "## Residual risks",
  "=",
  "-",
  "---",
  "|",
  "|-|",
  "```",
  "~~~",
  "`",
  "*",
  "**",
  "_",
  "~~",
  "[",
  "]",
  "(",
  ")",
  "![",
  "](",
  "<",
  ">",
  "<!--",
  "-->",
  "<a ",
  "</b>",
  '"',
  "&",
  "&#",
  ";",
  "\\",
  ":",
  "https://",
  "www.",
  "@",
  "a",
  "word ",
];

/** A fast-check arbitrary of short runs of Markdown pieces, and now and then other characters. */
export const generatedUnit: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), {
    minLength: 1,
    maxLength: 24,
  })
  .map((pieces) => pieces.join("") || "a");

/**
 * A fast-check arbitrary of bodies of `MAX_BODY_CHARS` characters: a
 * generated unit repeated, since repetition is what turns a costly construct
 * into a stall.
 */
export const generatedBody: fc.Arbitrary<string> = generatedUnit.map((unit) => fill(unit));

/**
 * A long, well-formed PR body of about `length` characters, like a real one
 * for a large change: every section filled, with a long Definition of Done,
 * a long risk table, many evidence links, notes and a log excerpt.
 */
export function realisticBody(length = MAX_BODY_CHARS): string {
  const head = VALID_BODY.slice(0, VALID_BODY.indexOf("## Definition of Done"));
  const done: string[] = [];
  const risks: string[] = [];
  const evidence: string[] = [];
  const notes: string[] = [];
  const severities = ["low", "medium", "high", "low"];
  const statuses = ["mitigated", "accepted", "closed", "mitigated"];
  const build = (n: number): string =>
    [
      head,
      "## Definition of Done\n\n",
      '<!-- An item that does not apply: replace its text with "N/A: <reason>" and tick it. -->\n\n',
      ...done.slice(0, n),
      "\n## Residual risks\n\n| Risk | Severity | Status | Owner |\n| --- | --- | --- | --- |\n",
      ...risks.slice(0, n),
      "\n## Evidence\n\n",
      ...evidence.slice(0, n),
      "\n### Notes\n\n",
      ...notes.slice(0, n),
      "\n```text\n",
      ...Array.from({ length: Math.ceil(n / 4) }, (_, i) => `[${i}] smoke: login ok in ${i}ms\n`),
      "```\n\n## Runbook impact\n\nUpdated [the login runbook](docs/runbooks/login.md).\n",
    ].join("");
  for (let i = 0; ; i++) {
    done.push(
      i % 9 === 8
        ? `- [x] N/A: step ${i} does not apply to this service\n`
        : `- [x] Step ${i}: tests for the *login* flow added and **green**\n`,
    );
    risks.push(
      `| Export ${i} may time out under load (see \`jobs/export-${i}.ts\`) | ${severities[i % 4]} | ${statuses[i % 4]} | @owner-${i % 7} |\n`,
    );
    evidence.push(
      `- [CI run ${i}](https://ci.example.com/runs/${1000 + i}) and evidence/story/S-PC-01/run-${i}.json\n`,
    );
    notes.push(
      `Note ${i}: the retry budget is ${i % 5} attempts; see <https://wiki.example.com/retry/${i}>.\n\n`,
    );
    const body = build(i + 1);
    if (body.length >= length) return build(i);
  }
}
