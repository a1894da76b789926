import type { Nodes, RootContent, Table } from "mdast";
import { MILESTONE_LIMIT, sizeOverLimit, tooLargeMessage } from "../../limits.js";
import { type ParsedBody, parseBody, taskItems } from "../../markdown/body.js";
import { MarkdownTooDeepError } from "../../markdown/limits.js";
import {
  type ColumnNames,
  findColumns,
  type TableRowText,
  tableText,
} from "../../markdown/table.js";
import { foldWords, isBlankCell, PhraseLexicon } from "../../markdown/text.js";

/**
 * Reads a milestone or sign-off document the way a release manager does:
 * every GFM checklist item (`- [ ]` / `- [x]`) and every row of a table with
 * a status column, under every heading named `section` (a document with one
 * `### Exit Criteria` per phase is read for all of them) or in the whole
 * document. What is not done, or cannot be read as done, blocks; nothing is
 * read as done by default.
 */

/** Status words that mean done (folded: case and accents do not matter). */
export const DONE_WORDS = [
  "done",
  "complete",
  "completed",
  "finished",
  "signed",
  "signed off",
  "approved",
  "accepted",
  "passed",
  "pass",
  "ok",
  "okay",
  "yes",
  "verified",
  "closed",
  "resolved",
  "delivered",
  "ready",
  "green",
  "go",
  "concluido",
  "concluida",
  "feito",
  "feita",
  "assinado",
  "assinada",
  "aprovado",
  "aprovada",
  "aceito",
  "aceita",
  "passou",
  "sim",
  "completo",
  "completa",
  "pronto",
  "pronta",
  "finalizado",
  "finalizada",
  "entregue",
  "verificado",
  "verificada",
  "fechado",
  "fechada",
  "resolvido",
  "resolvida",
] as const;

/** Status words that mean not done; one in a cell makes the row not done, whatever else it says. */
export const NOT_DONE_WORDS = [
  "pending",
  "open",
  "blocked",
  "failed",
  "fail",
  "failing",
  "todo",
  "to do",
  "no",
  "not",
  "not done",
  "not started",
  "not yet",
  "in progress",
  "wip",
  "waiting",
  "awaiting",
  "missing",
  "rejected",
  "incomplete",
  "partial",
  "partially",
  "draft",
  "on hold",
  "deferred",
  "postponed",
  "overdue",
  "unsigned",
  "nok",
  "no go",
  "tbd",
  "red",
  "amber",
  "yellow",
  "pendente",
  "aberto",
  "aberta",
  "em aberto",
  "bloqueado",
  "bloqueada",
  "falhou",
  "falha",
  "falhado",
  "reprovado",
  "reprovada",
  "rejeitado",
  "rejeitada",
  "nao",
  "nao iniciado",
  "em andamento",
  "em progresso",
  "a fazer",
  "aguardando",
  "faltando",
  "incompleto",
  "incompleta",
  "parcial",
  "rascunho",
  "adiado",
  "adiada",
  "atrasado",
  "atrasada",
  "vermelho",
  "amarelo",
] as const;

/**
 * Words a status may carry besides the status itself: `Signed by @alice on
 * 2025-06-01` is done (handles and numbers are skipped too). Any other word
 * makes the status unknown, which blocks.
 */
const STATUS_FILLERS = ["by", "on", "at", "in", "em", "por", "pelo", "pela", "de", "do", "da"];

/** Symbols that mean done, and (below) not done; GitHub's `:shortcode:` of each is read as the symbol. */
export const DONE_SYMBOLS = ["✅", "✔", "✓", "☑", "🟢", "👍", "🆗"];
export const NOT_DONE_SYMBOLS = [
  "❌",
  "❎",
  "✖",
  "✕",
  "✗",
  "✘",
  "☒",
  "⛔",
  "🚫",
  "⏳",
  "⌛",
  "🚧",
  "🔴",
  "🟠",
  "🟡",
  "⚠",
  "❗",
  "❓",
  "👎",
  "⬜",
  "☐",
  "🔲",
  "⏸",
];
const SHORTCODES: Record<string, string> = {
  white_check_mark: "✅",
  heavy_check_mark: "✔",
  ballot_box_with_check: "☑",
  green_circle: "🟢",
  "+1": "👍",
  thumbsup: "👍",
  ok: "🆗",
  x: "❌",
  negative_squared_cross_mark: "❎",
  heavy_multiplication_x: "✖",
  no_entry: "⛔",
  no_entry_sign: "🚫",
  hourglass: "⌛",
  hourglass_flowing_sand: "⏳",
  construction: "🚧",
  red_circle: "🔴",
  orange_circle: "🟠",
  yellow_circle: "🟡",
  warning: "⚠",
  exclamation: "❗",
  question: "❓",
  "-1": "👎",
  thumbsdown: "👎",
  white_large_square: "⬜",
  pause_button: "⏸",
};

type Meaning = "done" | "not-done" | "filler";

const STATUS_LEXICON = new PhraseLexicon<Meaning>([
  ...DONE_WORDS.map((word) => [word, "done"] as const),
  ...NOT_DONE_WORDS.map((word) => [word, "not-done"] as const),
  ...STATUS_FILLERS.map((word) => [word, "filler"] as const),
]);

/** Pictographs and the check and ballot marks that are not pictographs. */
const SYMBOL = /\p{Extended_Pictographic}|[\u2610-\u2612\u2713-\u2718]/gu;
/** Variation selectors, joiners and skin tones, which only change how a symbol looks. */
const SYMBOL_MODIFIERS = /\uFE0E|\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}]/gu;
const SHORTCODE = /:([a-z0-9_+-]+):/g;
/** A GitHub user or team mention: who signed. */
const HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_-]+(?:\/[\p{L}\p{N}_.-]+)?/gu;

/** What a status cell says. */
export type StatusReading =
  | { state: "done" }
  | { state: "not-done" }
  /** Nothing written: empty, `-`, `<status>`. */
  | { state: "missing" }
  /**
   * Words or symbols that are not status words, so it cannot be read as
   * done; `withStatus` when a done word stands among them (`done except DR`).
   */
  | { state: "unknown"; words: string[]; withStatus: boolean };

/**
 * Reads a status cell: done only when everything in it is a done word or
 * symbol (`DONE_WORDS`, `✅`), besides a few fillers, handles and numbers.
 * A not-done word or symbol anywhere makes it not done (`Done / pending`);
 * any other word makes it unknown. Case and accents do not matter, and
 * struck-through text is already left out by the caller (see `plainText`).
 */
export function readStatus(cell: string): StatusReading {
  const text = cell.trim();
  if (isBlankCell(text)) return { state: "missing" };
  const marked = text
    .replace(/^\[[xX]\]$/, "✅")
    .replace(/^\[ \]$/, "⬜")
    .replace(SHORTCODE, (code, name: string) => SHORTCODES[name] ?? code)
    .replace(SYMBOL_MODIFIERS, "");
  const meanings: Meaning[] = [];
  const unknown: string[] = [];
  for (const [symbol] of marked.matchAll(SYMBOL)) {
    if (DONE_SYMBOLS.includes(symbol)) meanings.push("done");
    else if (NOT_DONE_SYMBOLS.includes(symbol)) meanings.push("not-done");
    else unknown.push(symbol);
  }
  const words = foldWords(marked.replace(SYMBOL, " ").replace(HANDLE, " ")).filter(
    (word) => !/^\p{N}+$/u.test(word),
  );
  const read = STATUS_LEXICON.read(words);
  meanings.push(...read.meanings);
  unknown.push(...read.unknown);
  if (meanings.includes("not-done")) return { state: "not-done" };
  const withStatus = meanings.includes("done");
  if (unknown.length > 0) return { state: "unknown", words: [...new Set(unknown)], withStatus };
  if (withStatus) return { state: "done" };
  // Only fillers and numbers (`by`, `2025`): no status in it.
  return { state: "unknown", words: [text], withStatus };
}

/** Header names of the columns a sign-off table is read by. */
const COLUMNS = {
  status: [
    ["status", "state", "estado", "situacao", "current status", "status atual"],
    ["sign off", "signoff", "signed off", "approval", "aprovacao", "assinatura"],
    ["done", "result", "resultado", "feito", "concluido", "ok"],
  ],
  evidence: [
    [
      "evidence",
      "evidences",
      "evidencia",
      "evidencias",
      "proof",
      "prova",
      "provas",
      "artifact",
      "artifacts",
      "artefato",
      "artefatos",
      "link",
      "links",
      "reference",
      "references",
      "referencia",
      "referencias",
    ],
  ],
  item: [
    [
      "item",
      "items",
      "criterion",
      "criteria",
      "criterio",
      "criterios",
      "check",
      "checks",
      "task",
      "tasks",
      "tarefa",
      "tarefas",
      "requirement",
      "requirements",
      "requisito",
      "requisitos",
      "deliverable",
      "entregavel",
      "milestone",
      "marco",
      "step",
      "etapa",
      "description",
      "descricao",
      "name",
      "nome",
      "title",
      "titulo",
    ],
  ],
} as const satisfies ColumnNames<string>;

/** Header names a status column may have, for the message about a table without one. */
const STATUS_HEADERS = "Status, State, Sign-off, Estado or Situação";

/** How a document is read. */
export interface MilestoneOptions {
  /** The document's path in the repository: relative link targets start from its folder. */
  file: string;
  /** Read only under headings of this name, every one of them; the whole document when absent. */
  section?: string;
  /**
   * Whether a path exists in the checkout readiness runs on: relative to
   * the repository root, `/`-separated, with no `.` or `..` part. Asked
   * once per path.
   */
  exists: (path: string) => boolean;
}

/** Something that keeps a document from passing, with its 1-based line when known. */
export interface MilestoneItem {
  text: string;
  line: number | undefined;
}

/** What a document holds: how many items and rows are done, and what blocks. */
export interface MilestoneReading {
  done: number;
  blocking: MilestoneItem[];
}

/**
 * Reads a milestone or sign-off document (see the module comment). Each
 * blocking item names its line: a checklist item or row not done, a status
 * that is not a status word, an evidence path that does not exist, a table
 * with no status column, a section that is absent or holds nothing to check,
 * or a document too large, too deeply nested or not text, which is not read.
 */
export function readMilestoneDocument(text: string, options: MilestoneOptions): MilestoneReading {
  const unread = (reason: string, line?: number): MilestoneReading => ({
    done: 0,
    blocking: [{ text: `the document ${reason}, so it was not read`, line }],
  });
  const bytes = sizeOverLimit(text, MILESTONE_LIMIT);
  if (bytes !== undefined) {
    return {
      done: 0,
      blocking: [
        { text: tooLargeMessage("the document", bytes, MILESTONE_LIMIT), line: undefined },
      ],
    };
  }
  const nul = text.indexOf("\0");
  if (nul !== -1) return unread("is not text (it holds NUL bytes)", lineAt(text, nul));

  const { section } = options;
  let parsed: ParsedBody;
  try {
    parsed = parseBody(text, section ? [{ id: "section", title: section, aliases: [] }] : []);
  } catch (error) {
    if (!(error instanceof MarkdownTooDeepError)) throw error;
    return unread(error.reason, error.line);
  }

  const reader = new DocumentReader(options);
  if (!section) {
    if (reader.read(parsed.tree.children, "") === 0) {
      reader.block(
        "no checklist item (- [ ]) or table with a status column in the document",
        undefined,
      );
    }
    return reader.reading;
  }
  const matched = sectionsNamed(parsed);
  if (matched.length === 0) {
    reader.block(`no "${section}" heading in the document`, undefined);
  }
  for (const { title, nodes, line } of matched) {
    if (reader.read(nodes, `${title}: `) === 0) {
      reader.block(
        `${title}: no checklist item (- [ ]) or table with a status column under this heading`,
        line,
      );
    }
  }
  return reader.reading;
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
  }
  return line;
}

/**
 * Every section whose heading matched, named with the heading it sits under
 * (`Phase 2 › Exit Criteria`), so each phase's items say which phase.
 */
function sectionsNamed(
  parsed: ParsedBody,
): { title: string; nodes: RootContent[]; line: number }[] {
  const found: { title: string; nodes: RootContent[]; line: number }[] = [];
  const open: { depth: number; title: string }[] = [];
  for (const s of parsed.sections) {
    while (open.length > 0 && (open.at(-1) as { depth: number }).depth >= s.depth) open.pop();
    open.push({ depth: s.depth, title: s.title });
    if (s.id === "section") {
      found.push({
        title: open
          .slice(-2)
          .map((o) => o.title)
          .join(" › "),
        nodes: s.nodes,
        line: s.position.line,
      });
    }
  }
  return found;
}

/** Reads the nodes of one document into its reading. */
class DocumentReader {
  readonly reading: MilestoneReading = { done: 0, blocking: [] };
  readonly #options: MilestoneOptions;
  /** Items and rows found in each node read so far. */
  readonly #found = new Map<RootContent, number>();
  readonly #exists = new Map<string, boolean>();
  readonly #folder: string;

  constructor(options: MilestoneOptions) {
    this.#options = options;
    const file = repositoryPath(options.file, "") ?? "";
    this.#folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
  }

  block(text: string, line: number | undefined): void {
    this.reading.blocking.push({ text, line });
  }

  /**
   * Reads the checklist items and tables in `nodes`; returns how many items
   * and rows they hold. A node read before (under a matched heading nested
   * in another) is counted again but not read twice.
   */
  read(nodes: readonly RootContent[], prefix: string): number {
    let found = 0;
    for (const node of nodes) {
      let count = this.#found.get(node);
      if (count === undefined) {
        count = this.#node(node, prefix);
        this.#found.set(node, count);
      }
      found += count;
    }
    return found;
  }

  #node(node: RootContent, prefix: string): number {
    let found = 0;
    for (const item of taskItems([node])) {
      found++;
      if (item.checked) this.reading.done++;
      else this.block(`${prefix}[ ] ${item.text}`, item.position?.line);
    }
    for (const table of tablesIn([node])) found += this.#table(table, prefix);
    return found;
  }

  #table(table: Table, prefix: string): number {
    const { headers, rows, position } = tableText(table);
    const columns = findColumns(headers, COLUMNS);
    if (columns.status === undefined) {
      if (rows.length === 0) return 0;
      this.block(
        `${prefix}a table with no status column (columns: ${headers.join(", ")}); name its status column ${STATUS_HEADERS} to have its rows read, or name a section that leaves it out`,
        position?.line,
      );
      return 1;
    }
    for (const row of rows) this.#row(row, columns, prefix);
    return rows.length;
  }

  #row(
    row: TableRowText,
    columns: Partial<Record<keyof typeof COLUMNS, number>>,
    prefix: string,
  ): void {
    const line = row.position?.line;
    const statusCell = row.cells[columns.status as number] ?? "";
    const name = `${prefix}${rowName(row.cells, columns)}`;
    const status = readStatus(statusCell);
    switch (status.state) {
      case "missing":
        this.block(`${name}: no status`, line);
        return;
      case "not-done":
        this.block(`${name}: status "${statusCell.trim()}" is not done`, line);
        return;
      case "unknown": {
        const what = status.withStatus
          ? `has words that are not status words (${status.words.join(", ")})`
          : "is not a status word";
        this.block(
          `${name}: status "${statusCell.trim()}" ${what}; write only a status such as done, signed, passed, ok or pending, open, blocked (or concluído, assinado, pendente, bloqueado), and notes in another column`,
          line,
        );
        return;
      }
    }
    const evidence = columns.evidence === undefined ? undefined : row.nodes[columns.evidence];
    let proven = true;
    for (const written of evidence ? evidencePaths(evidence.children) : []) {
      const problem = this.#missing(written);
      if (problem) {
        this.block(`${name}: evidence ${problem}`, line);
        proven = false;
      }
    }
    if (proven) this.reading.done++;
  }

  /** Why an evidence path fails (`… does not exist`), or `undefined` when it exists. */
  #missing({ path, linked }: EvidencePath): string | undefined {
    const resolved = repositoryPath(path, linked && !path.startsWith("/") ? this.#folder : "");
    if (resolved === undefined) return `${path} points outside the repository`;
    let exists = this.#exists.get(resolved);
    if (exists === undefined) {
      exists = resolved === "" || this.#options.exists(resolved);
      this.#exists.set(resolved, exists);
    }
    return exists ? undefined : `${resolved} does not exist in the checkout`;
  }
}

/** Tables under the nodes, at any depth (in a list item or a block quote too). */
function tablesIn(nodes: readonly RootContent[]): Table[] {
  const tables: Table[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "table") tables.push(node);
    else if ("children" in node && node.type !== "paragraph" && node.type !== "heading") {
      for (const child of node.children as Nodes[]) visit(child);
    }
  };
  for (const node of nodes) visit(node);
  return tables;
}

/** What a row is about: its item column, else its first other cell with text. */
function rowName(
  cells: readonly string[],
  columns: Partial<Record<keyof typeof COLUMNS, number>>,
): string {
  const own = columns.item === undefined ? undefined : cells[columns.item];
  if (own && !isBlankCell(own)) return oneLine(own);
  const other = cells.find(
    (text, index) => index !== columns.status && index !== columns.evidence && !isBlankCell(text),
  );
  return other ? oneLine(other) : "(unnamed row)";
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A path written in an evidence cell; `linked` when it is a link's target, relative to the document. */
interface EvidencePath {
  path: string;
  linked: boolean;
}

/** A URL scheme (`https:`, `mailto:`) of two letters or more, so `C:` is not one. */
const SCHEME = /^[a-z][a-z0-9+.-]+:/i;
const FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,9}$/;
/** Punctuation around a path written in prose: `(see docs/x.md).` */
const LEADING_PUNCTUATION = /^[("'“‘[<]+/u;
const TRAILING_PUNCTUATION = /[)"'”’\]>,.;:!?]+$/u;

/**
 * The repository paths an evidence cell names: link targets that are not
 * URLs (relative to the document's folder, or to the root with a leading
 * `/`, as GitHub resolves them); code spans with a `/` or a file extension
 * (`` `reports/smoke.json` ``); and words of prose with a `/` and a file
 * extension, a leading `./` or a trailing `/` (`docs/signoff.pdf`), which
 * leaves `N/A`, `and/or` and dates as prose. Anchors and queries are dropped.
 */
function evidencePaths(nodes: readonly Nodes[]): EvidencePath[] {
  const paths: EvidencePath[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case "link":
      case "image": {
        const target = withoutAnchor(decoded(node.url.trim()));
        if (target && !isUrl(node.url.trim())) paths.push({ path: target, linked: true });
        return;
      }
      case "inlineCode": {
        const token = withoutAnchor(node.value.trim());
        if (token && !/\s/.test(token) && !isUrl(token)) {
          if (token.includes("/") || FILE_EXTENSION.test(token)) {
            paths.push({ path: token, linked: false });
          }
        }
        return;
      }
      case "text":
        for (const raw of node.value.split(/\s+/u)) {
          const token = raw.replace(LEADING_PUNCTUATION, "").replace(TRAILING_PUNCTUATION, "");
          if (isUrl(token) || token.startsWith("www.") || !token.includes("/")) continue;
          if (FILE_EXTENSION.test(token) || token.startsWith("./") || token.endsWith("/")) {
            paths.push({ path: withoutAnchor(token), linked: false });
          }
        }
        return;
      case "html":
      case "code":
      case "delete":
        return;
    }
    if ("children" in node) for (const child of node.children as Nodes[]) visit(child);
  };
  for (const node of nodes) visit(node);
  return paths;
}

function isUrl(target: string): boolean {
  return SCHEME.test(target) || target.startsWith("//") || target.startsWith("#");
}

function withoutAnchor(target: string): string {
  return target.replace(/[?#].*$/su, "");
}

/** A link target as written, percent-escapes decoded (`my%20file.md`) when they are valid. */
function decoded(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

/**
 * `path` inside the repository, from `folder`: `/`-separated, `.` parts and
 * empty parts dropped, `..` applied, a leading `/` meaning the root; the
 * root itself is "". `undefined` when `..` climbs out of the repository.
 */
function repositoryPath(path: string, folder: string): string | undefined {
  const parts = path.startsWith("/") || folder === "" ? [] : folder.split("/");
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join("/");
}
