import type { Heading, List, ListItem, Nodes, Root, RootContent, Table } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import type { Position } from "../types.js";
import { parseMarkdown } from "./parse.js";

/** A heading and everything under it up to the next heading of the same or a higher level. */
export interface Section {
  /** Id of the configured section this heading matched, if any (e.g. `story_id`). */
  id: string | undefined;
  /** Heading text as written. */
  title: string;
  depth: number;
  /** Text written after a colon in the heading itself: `## Story ID: S-PC-01`. */
  inlineValue: string;
  /** Block nodes under the heading, nested sub-sections included. */
  nodes: RootContent[];
  /** Position of the heading. */
  position: Position;
}

/** The PR body as a Markdown tree with its sections. */
export interface ParsedBody {
  tree: Root;
  sections: Section[];
  /** First section per configured id. */
  byId: Map<string, Section>;
  /**
   * Set when the body could not be read (see `unreadBody`): the tree is
   * empty, and rules judge nothing in it rather than call it empty.
   */
  unread?: true;
}

/** How a configured section is recognised: its title or any alias, compared loosely. */
export interface SectionMatcher {
  id: string;
  title: string;
  aliases: string[];
}

/** A GFM task list item (`- [ ]` / `- [x]`) with its text. */
export interface TaskItem {
  checked: boolean;
  text: string;
  position: Position | undefined;
}

/**
 * Folds a heading to compare it with titles and aliases: case, accents,
 * emoji, punctuation and extra spaces do not matter.
 */
export function normalizeHeading(text: string): string {
  // Most headings are plain ASCII, where decomposing accents changes nothing
  // and letters and digits are [a-z0-9]: a body of 16,000 headings reads
  // them all.
  if (PRINTABLE_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Converts an mdast/unist point range into a finding position. */
export function positionOf(
  node: { position?: Nodes["position"] } | undefined,
): Position | undefined {
  const p = node?.position;
  if (!p) return undefined;
  return {
    line: p.start.line,
    column: p.start.column,
    endLine: p.end.line,
    endColumn: p.end.column,
  };
}

/**
 * Parses a PR body as GitHub Flavored Markdown and splits it into sections by
 * heading. Headings inside code blocks or HTML comments are not headings, which
 * is the point of parsing instead of matching lines.
 *
 * @throws MarkdownTooDeepError when the body nests past the limits in limits.ts.
 */
export function parseBody(body: string, matchers: readonly SectionMatcher[]): ParsedBody {
  const tree = parseMarkdown(body);
  const lookup = new Map<string, string>();
  for (const matcher of matchers) {
    for (const name of [matcher.title, ...matcher.aliases]) {
      const key = normalizeHeading(name);
      if (key && !lookup.has(key)) lookup.set(key, matcher.id);
    }
  }

  const sections: Section[] = [];
  const open: Section[] = [];
  for (const node of tree.children) {
    if (node.type === "heading") {
      while (open.length > 0 && (open.at(-1) as Section).depth >= node.depth) open.pop();
      for (const parent of open) parent.nodes.push(node);
      const section = makeSection(node, lookup);
      sections.push(section);
      open.push(section);
    } else {
      for (const parent of open) parent.nodes.push(node);
    }
  }

  const byId = new Map<string, Section>();
  for (const section of sections) {
    if (section.id && !byId.has(section.id)) byId.set(section.id, section);
  }
  return { tree, sections, byId };
}

/**
 * The stand-in for a body that could not be read, once the caller has
 * reported why: no tree, no sections, and `unread` set.
 */
export function unreadBody(): ParsedBody {
  return { tree: { type: "root", children: [] }, sections: [], byId: new Map(), unread: true };
}

/** Separators between a section name and a value written in the heading itself. */
const HEADING_VALUE_SEPARATORS = [":", " — ", " – ", " - "];

function makeSection(node: Heading, lookup: Map<string, string>): Section {
  // Text a reader sees: a comment in a heading (`## Story ID <!-- e.g. S-1 -->`) is not part of it.
  const title = proseText([node]).trim();
  let id = lookup.get(normalizeHeading(title));
  let inlineValue = "";
  if (!id) {
    // "Story ID: S-PC-01" (or "Story ID — S-PC-01") puts the value in the heading itself.
    for (const separator of HEADING_VALUE_SEPARATORS) {
      const at = title.indexOf(separator);
      if (at <= 0) continue;
      id = lookup.get(normalizeHeading(title.slice(0, at)));
      if (id) {
        inlineValue = title.slice(at + separator.length).trim();
        break;
      }
    }
  }
  return {
    id,
    title,
    depth: node.depth,
    inlineValue,
    nodes: [],
    position: positionOf(node) ?? { line: 1, column: 1 },
  };
}

/** Block nodes of a section that belong to it directly, not to a nested sub-section. */
export function ownNodes(section: Section): RootContent[] {
  const own: RootContent[] = [];
  for (const node of section.nodes) {
    if (node.type === "heading") break;
    own.push(node);
  }
  return own;
}

/**
 * Every GFM task item under the given nodes, at any nesting depth. Task items
 * inside HTML comments never reach the tree, so they are not counted.
 */
export function taskItems(nodes: readonly RootContent[]): TaskItem[] {
  const items: TaskItem[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "listItem" && typeof (node as ListItem).checked === "boolean") {
      const item = node as ListItem;
      const text = item.children
        .filter((child) => child.type !== "list")
        .map((child) => mdastToString(child))
        .join(" ")
        .trim();
      items.push({ checked: item.checked === true, text, position: positionOf(item) });
    }
    if ("children" in node) {
      for (const child of node.children as Nodes[]) visit(child);
    }
  };
  for (const node of nodes) visit(node);
  return items;
}

/** Link targets under the given nodes: URLs from links, autolinks and definitions. */
export function linkTargets(
  nodes: readonly RootContent[],
): { url: string; position: Position | undefined }[] {
  const links: { url: string; position: Position | undefined }[] = [];
  const visit = (node: Nodes): void => {
    if ((node.type === "link" || node.type === "definition" || node.type === "image") && node.url) {
      links.push({ url: node.url, position: positionOf(node) });
    }
    if ("children" in node) {
      for (const child of node.children as Nodes[]) visit(child);
    }
  };
  for (const node of nodes) visit(node);
  return links;
}

/** Tables and lists directly under the given nodes, in document order. */
export function tablesAndLists(nodes: readonly RootContent[]): (Table | List)[] {
  return nodes.filter(
    (node): node is Table | List => node.type === "table" || node.type === "list",
  );
}

/**
 * The readable text of nodes, leaving out what an author did not write for a
 * reader: HTML (comments included) and fenced or indented code. Blocks are
 * joined by newlines.
 */
export function proseText(nodes: readonly RootContent[]): string {
  return nodes
    .map((node) => readableText(node))
    .join("\n")
    .trim();
}

function readableText(node: Nodes): string {
  if (node.type === "html" || node.type === "code") return "";
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return "\n";
  if (!("children" in node)) return "";
  const sep =
    node.type === "list" || node.type === "table" || node.type === "blockquote"
      ? "\n"
      : node.type === "tableRow"
        ? " | "
        : "";
  return (node.children as Nodes[]).map(readableText).join(sep);
}

export { mdastToString };
