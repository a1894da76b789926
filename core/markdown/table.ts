import type { Table, TableCell } from "mdast";
import type { Position } from "../types.js";
import { normalizeHeading, positionOf } from "./body.js";
import { isBlankCell, plainText } from "./text.js";

/**
 * GFM tables read as data: which column is which by its header, in any order
 * and case, and each row's cells as text. Shared by the residual-risks reader
 * (risks.ts) and readiness's sign-off tables (core/gates/readiness/milestones.ts).
 */

/**
 * Header names of each kind of column, best first, in tiers: a later tier is
 * used only when no header matches an earlier one (`Impact` is a severity
 * only in a table with no `Severity` column).
 */
export type ColumnNames<K extends string> = Readonly<Record<K, readonly (readonly string[])[]>>;

/** One row of a table that is not blank. */
export interface TableRowText {
  /** Each cell's plain text (see `plainText`), in column order. */
  cells: string[];
  /** The cells themselves, for what plain text drops: link targets, code spans. */
  nodes: TableCell[];
  position: Position | undefined;
}

/** A table's header texts and its rows that are not blank. */
export interface TableText {
  headers: string[];
  rows: TableRowText[];
  position: Position | undefined;
}

/** Reads a table's header and its rows, leaving out rows whose every cell is blank (`| | - |`). */
export function tableText(table: Table): TableText {
  const [header, ...rows] = table.children;
  const read: TableText = {
    headers: header ? header.children.map((cell) => plainText(cell.children)) : [],
    rows: [],
    position: positionOf(table),
  };
  for (const row of rows) {
    const cells = row.children.map((cell) => plainText(cell.children));
    if (cells.every(isBlankCell)) continue;
    read.rows.push({ cells, nodes: row.children, position: positionOf(row) });
  }
  return read;
}

/**
 * Which column holds what, by header name. Headers are compared as headings
 * are (case, accents and punctuation do not matter), and text in parentheses
 * or brackets is a hint that is ignored: `Severity (critical/high/…)`. An
 * exact name beats a name followed by more words (`Status date`); each column
 * serves one kind at most, claimed in the order of `names`' keys.
 */
export function findColumns<K extends string>(
  headers: readonly string[],
  names: ColumnNames<K>,
): Partial<Record<K, number>> {
  const folded = headers.map((header) =>
    // `[^()]` rather than `[^)]` keeps this linear on a header of many unclosed `(`.
    normalizeHeading(header.replace(/\([^()]*\)|\[[^[\]]*\]/g, " ")),
  );
  const taken = new Set<number>();
  const columns: Partial<Record<K, number>> = {};
  for (const kind of Object.keys(names) as K[]) {
    let best: { index: number; score: number } | undefined;
    folded.forEach((header, index) => {
      if (taken.has(index) || !header) return;
      const score = columnScore(header, names[kind]);
      if (score !== undefined && (!best || score < best.score)) best = { index, score };
    });
    if (best) {
      columns[kind] = best.index;
      taken.add(best.index);
    }
  }
  return columns;
}

function columnScore(header: string, tiers: readonly (readonly string[])[]): number | undefined {
  // Exact names beat a name followed by more words (`Status date`), and tiers keep their order.
  for (const [tier, names] of tiers.entries()) {
    if (names.includes(header)) return tier;
  }
  for (const [tier, names] of tiers.entries()) {
    if (names.some((name) => header.startsWith(`${name} `))) return tiers.length + tier;
  }
  return undefined;
}
