import type { Nodes } from "mdast";
import {
  mdastToString,
  normalizeHeading,
  ownNodes,
  parseBody,
  proseText,
} from "../markdown/body.js";
import { boundBody, MAX_BODY_CHARS, MarkdownTooDeepError } from "../markdown/limits.js";
import { codeSpan, inertText, tableCell } from "../render/escape.js";
import type { IncidentsConfig } from "./config.js";

const DAY = 24 * 60 * 60_000;

/** Values that fill a field in form only: GitHub's empty issue-form answer, TBD, a dash. */
const EMPTY_VALUE = /^(?:_?no response_?|tbd|tbc|todo|\?+|-+|—|n\/a)?$/iu;

function filled(value: string | undefined): boolean {
  return value !== undefined && !EMPTY_VALUE.test(value.trim());
}

/**
 * The configured blocked-item fields (ID, cause, impact, owner, ETA,
 * upstream dependency) a body does not state. A field is stated by an
 * issue-form heading (`### Owner` and text under it, or `### Owner: @bob`)
 * or by a row of a two-column Markdown table (`| Owner | @bob |`). Headings
 * and field names match loosely (case and punctuation do not matter).
 */
export function missingBlockedFields(body: string, config: IncidentsConfig): string[] {
  const fields = config.blocked.fields;
  const parsed = parseBody(
    body,
    fields.map((field) => ({ id: field, title: field, aliases: [] })),
  );
  const stated = new Set<string>();
  for (const section of parsed.sections) {
    if (!section.id) continue;
    if (filled(section.inlineValue) || filled(proseText(ownNodes(section)))) stated.add(section.id);
  }
  const byKey = new Map(fields.map((field) => [normalizeHeading(field), field]));
  const visit = (node: Nodes): void => {
    if (node.type === "table") {
      for (const row of node.children) {
        if (row.children.length < 2) continue;
        const field = byKey.get(normalizeHeading(mdastToString(row.children[0] as Nodes)));
        if (field && filled(mdastToString(row.children[1] as Nodes))) stated.add(field);
      }
      return;
    }
    if ("children" in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(parsed.tree);
  return fields.filter((field) => !stated.has(field));
}

/** The one comment listing what a blocked item is missing (the runtime posts it once, with the needs-info label). */
export function missingFieldsComment(missing: readonly string[], config: IncidentsConfig): string {
  return [
    `This item is labeled ${codeSpan(config.blocked.label)} but does not state: ${missing.map((field) => inertText(field)).join(", ")}.`,
    "",
    "Add each as a heading with the answer under it, or as a row of a two-column table:",
    "",
    "| Field | Value |",
    "|---|---|",
    ...missing.map((field) => `| ${tableCell(field)} | … |`),
    "",
    `The ${codeSpan(config.blocked.needs_info_label)} label comes off once every field is stated.`,
  ].join("\n");
}

/** True once an item has been labeled blocked for longer than one cycle: it is then escalated. */
export function blockedTooLong(labeledAt: Date, now: Date, config: IncidentsConfig): boolean {
  return now.getTime() - labeledAt.getTime() > config.blocked.cycle_days * DAY;
}

/**
 * The fields a body does not state (`missingBlockedFields`), read within
 * the limits the PR check uses: only GitHub's 65,536 characters, and not at
 * all when it nests lists, quotes or emphasis past the parser's limits. A
 * body that cannot be read states nothing, so the item is asked for every
 * field (fail closed); `unreadable` says why, for the comment.
 */
export function readBlockedFields(
  raw: string,
  config: IncidentsConfig,
): { missing: string[]; unreadable?: string } {
  const { text, length } = boundBody(raw);
  const cut =
    length > MAX_BODY_CHARS
      ? `The description is longer than GitHub's limit of ${MAX_BODY_CHARS.toLocaleString("en-US")} characters; only the first ${MAX_BODY_CHARS.toLocaleString("en-US")} were read.`
      : undefined;
  try {
    return { missing: missingBlockedFields(text, config), ...(cut ? { unreadable: cut } : {}) };
  } catch (error) {
    const unreadable =
      error instanceof MarkdownTooDeepError
        ? `The description ${error.reason} (line ${error.line}), so it was not read: flatten it and state each field as a heading or a table row.`
        : `The description could not be read as Markdown (${error instanceof Error ? error.message : String(error)}): simplify it and state each field as a heading or a table row.`;
    return { missing: [...config.blocked.fields], unreadable };
  }
}
