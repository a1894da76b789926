import MarkdownItParser, {
  type MarkdownIt,
  type MarkdownItOptions,
  type StateBlock,
  type StateCore,
  type Token,
} from "markdown-it";
import type {
  AlignType,
  Definition,
  Heading,
  List,
  ListItem,
  Nodes,
  Parents,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
} from "mdast";
import { MAX_CONTAINER_DEPTH, MAX_INLINE_DEPTH, MarkdownTooDeepError } from "./limits.js";

/**
 * GitHub Flavored Markdown to an mdast tree, through markdown-it.
 *
 * markdown-it parses any body of GitHub's 65,536 characters in linear time,
 * where micromark (mdast's own parser, used before) is quadratic on shapes
 * such as `]` or `a\n=\n` repeated: minutes for a body GitHub accepts
 * (`npm run bench` times both on the same bodies). The rules read mdast, so
 * the tokens are turned into the subset they use: heading, paragraph,
 * list/listItem (`checked` on GFM task items), table/tableRow/tableCell,
 * blockquote, code, inlineCode, html, link/definition/image, text, break,
 * emphasis/strong/delete, thematicBreak. Block nodes carry positions (where
 * they start, and the end of their last written line); inline nodes carry
 * none, as no rule points inside a line.
 *
 * Where the tree differs from micromark's: a link reference (`[text][ref]`)
 * is a `link` with its definition's URL, not a `linkReference`, and cells
 * past a table's header width are dropped, both as GitHub renders them;
 * bare `https://` and `www.` addresses (GFM autolink literals) stay text,
 * which the rules scan for; strikethrough takes two tildes, so `~open~`
 * stays text, which can make a risk status ambiguous (it blocks) but never
 * settled; footnotes (`[^1]`) read as link definitions or text; a repeated
 * link definition keeps the first one's URL, the one links use.
 */

type Position = NonNullable<Root["position"]>;
type Point = Position["start"];

/** What one parse keeps beside markdown-it's own tokens. */
interface ParseEnv {
  /** Link reference definitions by normalised label, as markdown-it records them. */
  references?: Record<string, { href: string; title: string }>;
  /** List items made by the lists being parsed, innermost last; see `trackStarts`. */
  items: Token[];
}

/** Where a block token starts, as a character offset; see `trackStarts`. */
const START = Symbol("start");
type TrackedToken = Token & { [START]?: number };

/** markdown-it's block rules, which it does not type: each one is wrapped in place. */
interface BlockRules {
  __rules__: { name: string; fn: BlockRule }[];
  __cache__: unknown;
}
type BlockRule = (
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
) => boolean;

function createParser(): MarkdownIt {
  const md = new MarkdownItParser("default", {
    html: true,
    linkify: false,
    // Past this many open block tokens markdown-it silently drops the rest of
    // a container. A list level opens two (list and item), so the parser only
    // stops after `MAX_CONTAINER_DEPTH` levels, where the body is refused.
    // (A preset option that markdown-it's type definitions leave out.)
    maxNesting: 2 * (MAX_CONTAINER_DEPTH + 1),
  } as MarkdownItOptions);
  // Nothing is rendered to HTML, so unsafe schemes (`javascript:`) need no
  // filtering, and URLs stay as written, as mdast keeps them.
  // Off already (no linkify, no typographer): disabled, they are not even called.
  md.disable(["linkify", "replacements", "smartquotes"]);
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  trackStarts(md);
  md.core.ruler.after("block", "gfm_task_list_item", markTaskItems);
  return md;
}

/**
 * Records the offset where each block token starts, and adds a token for
 * each link reference definition, which markdown-it only files away in
 * `env.references`. markdown-it gives a token only its line span; the column
 * is where the line's content begins inside the token's containers (after
 * `> ` or a list marker), which only the block state knows while the rule
 * that made the token runs.
 */
function trackStarts(md: MarkdownIt): void {
  // A list's items are interleaved with their content, so they are noted as
  // they are made rather than found by scanning everything the list holds.
  const BlockState = md.block.State;
  md.block.State = class extends BlockState {
    override push(type: string, tag: string, nesting: Token["nesting"]): Token {
      const token = super.push(type, tag, nesting);
      if (type === "list_item_open") (this.env as ParseEnv).items.push(token);
      return token;
    }
  };
  const ruler = md.block.ruler as unknown as BlockRules;
  for (const rule of ruler.__rules__) {
    const tokenize = rule.fn;
    const container = rule.name === "blockquote" || rule.name === "list";
    const reference = rule.name === "reference";
    rule.fn = (state, startLine, endLine, silent) => {
      const from = state.tokens.length;
      const items = (state.env as ParseEnv).items;
      const itemsFrom = items.length;
      const matched = tokenize(state, startLine, endLine, silent);
      if (!matched || silent) return matched;
      if (reference) pushDefinition(state, startLine);
      if (!container) {
        for (let i = from; i < state.tokens.length; i++) setStart(state, state.tokens[i] as Token);
        return matched;
      }
      // The content was tracked by its own rules, inside the container: only
      // the container's open token and a list's items are this rule's.
      setStart(state, state.tokens[from] as Token);
      for (let i = itemsFrom; i < items.length; i++) setStart(state, items[i] as Token);
      items.length = itemsFrom;
      return matched;
    };
  }
  ruler.__cache__ = null;
}

function setStart(state: StateBlock, token: TrackedToken): void {
  if (!token.map) return;
  const line = token.map[0];
  const indent = state.tShift[line] ?? 0;
  // Indented code starts where its indentation does, as in mdast.
  const shift = token.type === "code_block" ? Math.min(indent, state.blkIndent) : indent;
  token[START] = (state.bMarks[line] ?? 0) + shift;
}

/**
 * A token for the definition the reference rule just read, from `startLine`
 * up to the line it stopped at. The rule has checked the syntax, so the
 * label is whatever stands up to the first unescaped `]`.
 */
function pushDefinition(state: StateBlock, startLine: number): void {
  const src = state.src;
  let at = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0) + 1;
  const labelStart = at;
  while (at < src.length && src.charCodeAt(at) !== 0x5d /* ] */) {
    at += src.charCodeAt(at) === 0x5c /* \ */ ? 2 : 1;
  }
  const token = state.push("reference_definition", "", 0);
  token.map = [startLine, state.line];
  token.meta = { label: state.md.utils.normalizeReference(src.slice(labelStart, at)) };
}

/**
 * A GFM task item: a list item whose first paragraph begins with `[ ]`,
 * `[x]` or `[X]`, followed by a line ending, or by spaces and more text.
 * Read before inline parsing, as micromark does, so `[x]` cannot become a
 * link when a definition `[x]: …` exists.
 */
const TASK_CHECK = /^\[([ \t\nxX])\](?:\n|[ \t]+[^ \t])/;

function markTaskItems(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const item = tokens[i] as Token;
    const paragraph = tokens[i + 1] as Token;
    const inline = tokens[i + 2] as Token;
    if (
      item.type !== "list_item_open" ||
      paragraph.type !== "paragraph_open" ||
      inline.type !== "inline"
    ) {
      continue;
    }
    const check = TASK_CHECK.exec(inline.content);
    if (!check) continue;
    item.meta = { ...item.meta, checked: check[1] === "x" || check[1] === "X" };
    // The box and the one space after it are markup: the paragraph starts after them, as in mdast.
    inline.content = inline.content.slice(4);
    const start = (paragraph as TrackedToken)[START];
    if (start !== undefined) (paragraph as TrackedToken)[START] = start + 4;
  }
}

const parser = createParser();

/**
 * Parses GitHub Flavored Markdown into an mdast tree.
 *
 * @throws MarkdownTooDeepError when lists and block quotes nest deeper than
 *   `MAX_CONTAINER_DEPTH`, or emphasis and links deeper than
 *   `MAX_INLINE_DEPTH`: the tree would be cut or too deep to walk.
 */
export function parseMarkdown(text: string): Root {
  const env: ParseEnv = { items: [] };
  const tokens = parser.parse(text, env);
  return new TreeBuilder(text, env).build(tokens);
}

class TreeBuilder {
  readonly #env: ParseEnv;
  readonly #lines: SourceLines;

  constructor(text: string, env: ParseEnv) {
    this.#env = env;
    this.#lines = new SourceLines(text);
  }

  build(tokens: readonly Token[]): Root {
    const root: Root = {
      type: "root",
      children: [],
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: this.#lines.endOf(this.#lines.count - 1),
      },
    };
    const stack: Parents[] = [root];
    let containers = 0;
    const open = <T extends Parents & RootContent>(node: T, token: Token): T => {
      const position = this.#position(token);
      if (position) node.position = position;
      (stack[stack.length - 1] as Parents).children.push(node as never);
      stack.push(node);
      return node;
    };
    const append = (node: RootContent, token: Token): void => {
      const position = this.#position(token);
      if (position) node.position = position;
      (stack[stack.length - 1] as Parents).children.push(node as never);
    };

    for (const token of tokens) {
      switch (token.type) {
        case "blockquote_open":
        case "bullet_list_open":
        case "ordered_list_open":
          containers++;
          if (containers > MAX_CONTAINER_DEPTH) {
            throw new MarkdownTooDeepError(
              `nests lists or block quotes more than ${MAX_CONTAINER_DEPTH} levels deep`,
              (token.map?.[0] ?? 0) + 1,
            );
          }
          if (token.type === "blockquote_open") open({ type: "blockquote", children: [] }, token);
          else open(listOf(token), token);
          break;
        case "blockquote_close":
        case "bullet_list_close":
        case "ordered_list_close":
          containers--;
          stack.pop();
          break;
        case "list_item_open": {
          const checked = token.meta?.checked;
          open<ListItem>(
            {
              type: "listItem",
              spread: false,
              checked: typeof checked === "boolean" ? checked : null,
              children: [],
            },
            token,
          );
          break;
        }
        case "paragraph_open":
          open({ type: "paragraph", children: [] }, token);
          break;
        case "heading_open":
          open<Heading>(
            {
              type: "heading",
              depth: Number(token.tag.slice(1)) as Heading["depth"],
              children: [],
            },
            token,
          );
          break;
        case "table_open":
          open<Table>({ type: "table", align: [], children: [] }, token);
          break;
        case "tr_open":
          open({ type: "tableRow", children: [] }, token);
          break;
        case "th_open":
        case "td_open": {
          open<TableCell>({ type: "tableCell", children: [] }, token);
          if (token.type === "th_open") {
            const table = stack.at(-3) as Table;
            table.align?.push(alignOf(token));
          }
          break;
        }
        case "list_item_close":
        case "paragraph_close":
        case "heading_close":
        case "table_close":
        case "tr_close":
        case "th_close":
        case "td_close":
          stack.pop();
          break;
        case "inline":
          this.#inline(stack[stack.length - 1] as Parents, token);
          break;
        case "fence": {
          const [lang = "", ...meta] = token.info.trim().split(/\s+/);
          append(
            {
              type: "code",
              lang: lang || null,
              meta: meta.join(" ") || null,
              value: withoutFinalNewline(token.content),
            },
            token,
          );
          break;
        }
        case "code_block":
          append(
            { type: "code", lang: null, meta: null, value: withoutFinalNewline(token.content) },
            token,
          );
          break;
        case "html_block":
          append({ type: "html", value: withoutFinalNewline(token.content) }, token);
          break;
        case "hr":
          append({ type: "thematicBreak" }, token);
          break;
        case "reference_definition":
          append(this.#definition(token), token);
          break;
      }
    }
    return root;
  }

  #definition(token: Token): Definition {
    const label = String(token.meta?.label ?? "");
    const reference = this.#env.references?.[label];
    return {
      type: "definition",
      identifier: label.toLowerCase(),
      label,
      url: reference?.href ?? "",
      title: reference?.title || null,
    };
  }

  /** Inline tokens are flat, with open and close tokens; nesting is rebuilt with a stack. */
  #inline(parent: Parents, token: Token): void {
    const children = token.children ?? [];
    const stack: Parents[] = [parent];
    let siblings = parent.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Token;
      const node = phrasingOf(child);
      if (node) {
        const last = siblings[siblings.length - 1];
        if (node.type === "text" && last?.type === "text") last.value += node.value;
        else siblings.push(node);
        if (child.nesting === 1) {
          if (stack.length > MAX_INLINE_DEPTH) {
            throw new MarkdownTooDeepError(
              `nests emphasis or links more than ${MAX_INLINE_DEPTH} levels deep`,
              (token.map?.[0] ?? 0) + 1,
            );
          }
          stack.push(node as Parents);
          siblings = (node as Parents).children as Nodes[];
        }
      } else if (child.nesting === -1 && stack.length > 1) {
        stack.pop();
        siblings = (stack[stack.length - 1] as Parents).children as Nodes[];
      }
    }
  }

  #position(token: Token): Position | undefined {
    const map = token.map;
    if (!map) return undefined;
    return new BlockPosition(this.#lines, map[0], map[1], (token as TrackedToken)[START]);
  }
}

/** The body's lines, to turn markdown-it's line spans into mdast points. */
class SourceLines {
  readonly text: string;
  readonly starts: number[] = [0];
  readonly #lengths: Int32Array;

  constructor(text: string) {
    this.text = text;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
      this.starts.push(at + 1);
    }
    this.#lengths = new Int32Array(this.starts.length).fill(-1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** Length of a 0-based line without trailing whitespace (0 for a blank line), computed once. */
  length(line: number): number {
    let length = this.#lengths[line] ?? -1;
    if (length === -1) {
      const start = this.starts[line] ?? this.text.length;
      let end = (this.starts[line + 1] ?? this.text.length + 1) - 1;
      while (end > start && WHITESPACE.has(this.text.charCodeAt(end - 1))) end--;
      length = end - start;
      this.#lengths[line] = length;
    }
    return length;
  }

  /** The point after the last written character of a 0-based line. */
  endOf(line: number): Point {
    const length = this.length(line);
    return { line: line + 1, column: length + 1, offset: (this.starts[line] ?? 0) + length };
  }
}

/**
 * A block node's position, worked out when it is read: a body of 64 KB can
 * hold a hundred thousand blocks, and rules read the position of few.
 */
class BlockPosition implements Position {
  readonly #lines: SourceLines;
  readonly #first: number;
  readonly #after: number;
  readonly #offset: number | undefined;

  /** Lines `first` (0-based) up to `after` (exclusive), starting at character `offset`. */
  constructor(lines: SourceLines, first: number, after: number, offset: number | undefined) {
    this.#lines = lines;
    this.#first = first;
    this.#after = after;
    this.#offset = offset;
  }

  get start(): Point {
    const lineStart = this.#lines.starts[this.#first] ?? 0;
    const offset = this.#offset ?? lineStart;
    return { line: this.#first + 1, column: offset - lineStart + 1, offset };
  }

  get end(): Point {
    // A block's span may take in blank lines after it; it ends on its last written line.
    let last = Math.max(this.#first, this.#after - 1);
    while (last > this.#first && this.#lines.length(last) === 0) last--;
    return this.#lines.endOf(last);
  }
}

/** The mdast node an inline token opens or stands for; `undefined` for a closing token. */
function phrasingOf(token: Token): PhrasingContent | undefined {
  switch (token.type) {
    case "text":
    case "text_special":
      // Delimiters used up by emphasis leave empty text tokens behind.
      return token.content ? { type: "text", value: token.content } : undefined;
    case "softbreak":
      return { type: "text", value: "\n" };
    case "hardbreak":
      return { type: "break" };
    case "code_inline":
      return { type: "inlineCode", value: token.content };
    case "html_inline":
      return { type: "html", value: token.content };
    case "image":
      return {
        type: "image",
        url: String(token.attrGet("src") ?? ""),
        title: (token.attrGet("title") as string | null) || null,
        alt: altText(token.children ?? []),
      };
    case "em_open":
      return { type: "emphasis", children: [] };
    case "strong_open":
      return { type: "strong", children: [] };
    case "s_open":
      return { type: "delete", children: [] };
    case "link_open":
      return {
        type: "link",
        url: String(token.attrGet("href") ?? ""),
        title: (token.attrGet("title") as string | null) || null,
        children: [],
      };
    default:
      return undefined;
  }
}

function listOf(token: Token): List {
  const ordered = token.type === "ordered_list_open";
  const start = ordered ? Number(token.attrGet("start") ?? 1) : null;
  return { type: "list", ordered, start, spread: false, children: [] };
}

function alignOf(token: Token): AlignType {
  const style = String(token.attrGet("style") ?? "");
  if (style.includes("left")) return "left";
  if (style.includes("right")) return "right";
  if (style.includes("center")) return "center";
  return null;
}

/** The plain text of an image's description, as mdast's `alt`. */
function altText(tokens: readonly Token[]): string {
  let alt = "";
  for (const token of tokens) {
    if (token.type === "image") alt += altText(token.children ?? []);
    else if (token.type === "softbreak" || token.type === "hardbreak") alt += "\n";
    else if (
      token.type === "text" ||
      token.type === "text_special" ||
      token.type === "code_inline"
    ) {
      alt += token.content;
    }
  }
  return alt;
}

/** Space, tab, and the line endings markdown-it keeps inside a line. */
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

function withoutFinalNewline(value: string): string {
  return value.endsWith("\n") ? value.slice(0, -1) : value;
}
