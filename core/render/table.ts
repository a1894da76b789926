import { CELL_MAX_CHARS, codeSpan, markdownCell, tableCell } from "./escape.js";

/**
 * Markdown a renderer built itself from the escape helpers (a code span, a
 * link, `inertText` joined with its own words), for a cell that must stay
 * Markdown: the table only makes it one line and escapes its pipes.
 */
export interface MarkdownCell {
  markdown: string;
}

/** A table cell: plain text (escaped with `tableCell`), or Markdown the renderer built. */
export type Cell = string | MarkdownCell;

/** Column alignment, as GFM's delimiter row writes it. */
export type Align = "left" | "center" | "right" | "none";

const DELIMITER: Record<Align, string> = {
  none: "---",
  left: ":---",
  center: ":---:",
  right: "---:",
};

/** Wraps Markdown built from the escape helpers as a cell that is not escaped again. */
export function md(markdown: string): MarkdownCell {
  return { markdown };
}

/** User text as a code span cell, at most `max` code points (see `codeSpan`). */
export function code(text: string, max: number = CELL_MAX_CHARS): MarkdownCell {
  return md(codeSpan(text, max));
}

function cellText(cell: Cell): string {
  return typeof cell === "string" ? tableCell(cell) : markdownCell(cell.markdown);
}

/**
 * One GFM table row: `| a | b |`, every cell escaped (plain text through
 * `tableCell`, built Markdown through `markdownCell`), so no cell can add a
 * column or end the row whatever it holds.
 */
export function tableRow(cells: readonly Cell[]): string {
  return `| ${cells.map(cellText).join(" | ")} |`;
}

/**
 * A GFM table's header and delimiter rows, for renderers that add rows one
 * at a time within a byte budget. `align` is per column, none by default.
 */
export function tableHead(header: readonly string[], align: readonly Align[] = []): string {
  const delimiter = header.map((_, index) => DELIMITER[align[index] ?? "none"]);
  // An untitled column (an icon's) is written `| |`, one space, as GitHub's docs do.
  const titles = header.map((title) => (title === "" ? " " : ` ${tableCell(title)} `));
  return `|${titles.join("|")}|\n| ${delimiter.join(" | ")} |`;
}

/**
 * A whole GFM table, one line per row, without a trailing newline. Written
 * here rather than taken from `markdown-table`: that package pads and
 * aligns but escapes nothing, and every cell here must go through the one
 * escaper.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  align: readonly Align[] = [],
): string {
  return [tableHead(header, align), ...rows.map(tableRow)].join("\n");
}
