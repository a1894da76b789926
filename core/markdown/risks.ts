import type { ListItem, RootContent, Table } from "mdast";
import type { Position } from "../types.js";
import { positionOf } from "./body.js";
import { type ColumnNames, findColumns, tableText } from "./table.js";
import { foldWords, isBlankCell, PhraseLexicon, plainText } from "./text.js";

/**
 * Reads a residual-risks section written as a table or a list into risk
 * entries. It only reads; what blocks is decided by the residual-risks rule.
 *
 * Accepted forms (see test/core/rules/residual-risks.test.ts for the table of cases):
 *
 * - A GFM table whose header names the columns, in any order and case:
 *   risk (risk, description, risco, descrição, …), severity (severity, sev,
 *   severidade, criticality, level; impact or priority only when there is no
 *   severity column), status (status, state, estado, situação) and owner
 *   (owner, assignee, responsible, responsável, dono). Text in parentheses in
 *   a header is a hint and is ignored: `Severity (critical/high/…)`.
 * - A list, one item per risk. An item carries its severity, status and owner
 *   as tags, i.e. pieces of the item made only of known words and `@handles`,
 *   cut from the description by `:`, `,`, `;`, `|`, brackets or a dash:
 *   `- Critical, open, @alice: tenant data leak`,
 *   `- [critical][open] tenant data leak (owner: @bob)`,
 *   `- Tenant data leak — high / mitigated — @carol`; or as labelled fields:
 *   `Severity: critical`, `Status: open`, `Owner: Alice Smith`. Nested items
 *   made only of fields or tags belong to their parent; nested items with
 *   their own description and tags are risks too; other nested items are
 *   details. An item without tags over nested risks (`- Security`) is a group.
 * - A statement that there are none, as a paragraph, a list item, a table row
 *   or in the heading: `No residual risks.`, `None.`, `N/A: <reason>`,
 *   `Nenhum risco residual.`, `Sem riscos residuais.` (see `isNoRisksStatement`).
 *
 * Words are compared without case or accents, so `CRITICAL`, `Crítico` and
 * `critico` are one value. Struck-through text (`~~open~~ mitigated`) is
 * left out, as a reader of the rendered PR sees it withdrawn. A settled status
 * followed by a short hedge (`mitigated (not yet)`, `accepted - pending PO`)
 * is not read as settled. A description word is never read as a tag, which
 * is why `- Low latency matters for critical customers` reads no severity at
 * all rather than a wrong one: an unreadable risk blocks, a misread one might
 * not.
 */

/** Risk severities, worst first. */
export const RISK_SEVERITIES = ["critical", "high", "medium", "low"] as const;
/** One of `RISK_SEVERITIES`. */
export type RiskSeverity = (typeof RISK_SEVERITIES)[number];

/** Risk statuses; only `open` can block. */
export const RISK_STATUSES = ["open", "mitigated", "accepted", "closed"] as const;
/** One of `RISK_STATUSES`. */
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** What a severity or status cell (or list tag) said, as far as it could be read. */
export type FieldReading<T extends string> =
  | { state: "ok"; value: T }
  /** The cell or item says nothing for this field (empty, `-`, `<severity>`). */
  | { state: "missing" }
  /** The table has no column for this field at all. */
  | { state: "no-column" }
  /** Something is written but it is not a known word. */
  | { state: "unknown"; raw: string }
  /** More than one value is written, e.g. `high/critical`. */
  | { state: "ambiguous"; raw: string; values: T[] }
  /** A settled status qualified by a hedge, e.g. `mitigated (not yet)`. */
  | { state: "hedged"; raw: string; value: T; hedge: string };

/** One risk as written in the section. */
export interface RiskEntry {
  form: "table" | "list";
  /** The risk's description, for messages. */
  text: string;
  position: Position | undefined;
  severity: FieldReading<RiskSeverity>;
  status: FieldReading<RiskStatus>;
  /** Who owns it; `undefined` when nobody is named. */
  owner: string | undefined;
  /** What stood in the owner's place when it names nobody (`TBD`, `-`), for messages. */
  ownerPlaceholder: string | undefined;
  /** Whether the risk's table has an owner column (always true for list items). */
  ownerColumn: boolean;
}

/** A table in the section with rows but no severity or status column. */
export interface UnreadableTable {
  position: Position | undefined;
  headers: string[];
}

/** Everything found in a risks section. */
export interface RiskSectionReading {
  risks: RiskEntry[];
  /** Where the section says there are no risks (`No residual risks.`). */
  statements: (Position | undefined)[];
  unreadableTables: UnreadableTable[];
  /** Paragraphs that are neither a statement nor a placeholder: notes, or risks in prose. */
  prose: { text: string; position: Position | undefined }[];
}

type Token =
  | { kind: "severity"; value: RiskSeverity }
  | { kind: "status"; value: RiskStatus }
  | { kind: "filler" };

const SEVERITY_WORDS: Record<RiskSeverity, string[]> = {
  critical: [
    "critical",
    "crit",
    "critico",
    "critica",
    "blocker",
    "showstopper",
    "catastrophic",
    "catastrofico",
    "very high",
    "muito alto",
    "muito alta",
    "p0",
    "sev0",
    "sev 0",
    "sev1",
    "sev 1",
  ],
  high: ["high", "major", "alto", "alta", "elevado", "elevada", "p1", "sev2", "sev 2"],
  medium: [
    "medium",
    "med",
    "mid",
    "moderate",
    "medio",
    "media",
    "moderado",
    "moderada",
    "p2",
    "sev3",
    "sev 3",
  ],
  low: [
    "low",
    "minor",
    "trivial",
    "very low",
    "baixo",
    "baixa",
    "muito baixo",
    "muito baixa",
    "menor",
    "p3",
    "p4",
    "sev4",
    "sev 4",
    "sev5",
    "sev 5",
  ],
};

const STATUS_WORDS: Record<RiskStatus, string[]> = {
  open: [
    "open",
    "opened",
    "aberto",
    "aberta",
    "em aberto",
    "active",
    "ativo",
    "ativa",
    "in progress",
    "ongoing",
    "em andamento",
    "em progresso",
    "pending",
    "pendente",
    "new",
    "novo",
    "nova",
    "todo",
    "wip",
    "identified",
    "identificado",
    "unmitigated",
    "not mitigated",
    "nao mitigado",
    "nao mitigada",
    "unresolved",
    "nao resolvido",
  ],
  mitigated: ["mitigated", "mitigado", "mitigada"],
  accepted: ["accepted", "aceito", "aceita"],
  closed: [
    "closed",
    "fechado",
    "fechada",
    "resolved",
    "resolvido",
    "resolvida",
    "done",
    "fixed",
    "corrigido",
    "corrigida",
    "concluido",
    "concluida",
  ],
};

/** Words that may stand next to tags without making them prose: `low risk`, `accepted by PO`. */
const FILLER_WORDS = [
  "risk",
  "risks",
  "risco",
  "riscos",
  "severity",
  "severidade",
  "sev",
  "status",
  "estado",
  "situacao",
  "priority",
  "prioridade",
  "impact",
  "impacto",
  "and",
  "e",
  "by",
  "the",
  "po",
  "pelo",
  "pela",
  "owner",
  "dono",
  "responsavel",
];

const LEXICON = new PhraseLexicon<Token>([
  ...Object.entries(SEVERITY_WORDS).flatMap(([value, words]) =>
    words.map((word) => [word, { kind: "severity", value: value as RiskSeverity }] as const),
  ),
  ...Object.entries(STATUS_WORDS).flatMap(([value, words]) =>
    words.map((word) => [word, { kind: "status", value: value as RiskStatus }] as const),
  ),
  ...FILLER_WORDS.map((word) => [word, { kind: "filler" }] as const),
]);

/**
 * Words that, just after `mitigated`/`accepted`/`closed`, mean it is not
 * (yet) so: `mitigated (partially)`, `accepted - pending PO`. Before the
 * status they need no list: `not yet mitigated` is not a tag at all.
 */
const HEDGE_WORDS = new Set([
  "not",
  "no",
  "nao",
  "nem",
  "never",
  "nunca",
  "isn",
  "isnt",
  "aren",
  "arent",
  "wasn",
  "wasnt",
  "hasn",
  "hasnt",
  "haven",
  "havent",
  "yet",
  "ainda",
  "partially",
  "partly",
  "partial",
  "parcialmente",
  "parcial",
  "pending",
  "pendente",
  "awaiting",
  "aguardando",
  "almost",
  "quase",
  "soon",
  "planned",
  "planejado",
  "planejada",
  "will",
  "maybe",
  "talvez",
  "tbd",
  "?",
]);

/** Header names per column, best first; a later tier is used only when no earlier one matches. */
const COLUMN_NAMES = {
  severity: [
    [
      "severity",
      "sev",
      "severidade",
      "criticality",
      "criticidade",
      "risk level",
      "nivel de risco",
      "nivel do risco",
      "level",
      "nivel",
      "rating",
    ],
    ["impact", "impacto", "priority", "prioridade"],
  ],
  status: [["status", "state", "estado", "situacao", "current status", "status atual"]],
  owner: [
    [
      "owner",
      "owners",
      "risk owner",
      "assignee",
      "assigned to",
      "responsible",
      "responsavel",
      "responsaveis",
      "dono",
      "dono do risco",
      "responsavel pelo risco",
    ],
  ],
  risk: [
    [
      "risk",
      "risks",
      "risco",
      "riscos",
      "description",
      "descricao",
      "risk description",
      "descricao do risco",
      "summary",
      "resumo",
      "title",
      "titulo",
      "item",
      "issue",
      "name",
      "nome",
    ],
  ],
} as const satisfies ColumnNames<string>;
type ColumnKind = keyof typeof COLUMN_NAMES;

/** Labels of fields written inside a list item: `Severity: critical`. */
const LABELS = {
  severity: ["severity", "severidade", "sev"],
  /** Weaker: read only when their value is a known severity, since `Impact: users cannot pay` is prose. */
  severityHint: ["impact", "impacto", "priority", "prioridade", "criticality", "criticidade"],
  status: ["status", "state", "estado", "situação", "situacao"],
  owner: [
    "owners",
    "owner",
    "assignee",
    "assigned to",
    "responsible",
    "responsáveis",
    "responsaveis",
    "responsável",
    "responsavel",
    "dono",
    "dona",
  ],
} as const;
type LabelKind = keyof typeof LABELS;

const LABEL_OF = new Map<string, LabelKind>();
for (const [kind, labels] of Object.entries(LABELS)) {
  for (const label of labels) LABEL_OF.set(label, kind as LabelKind);
}
const LABEL_ALTERNATIVES = [...LABEL_OF.keys()].sort((a, b) => b.length - a.length).join("|");
// The value stops at a separator, so `(owner: @bob)` and `Severity: high, Status: open` split cleanly.
const LABELLED_FIELD = new RegExp(
  `(?<![\\p{L}\\p{N}])(${LABEL_ALTERNATIVES})\\s*[:=]\\s*([^,;|\\n()[\\]]*)`,
  "giu",
);
const FIELD_LINE = new RegExp(`^\\s*(?:${LABEL_ALTERNATIVES})\\s*[:=]`, "iu");

/** Where a piece of an item or a cell ends: punctuation, brackets, or a dash between spaces. */
const SEGMENT_BREAK = /[\n:;|()[\]{},•·]|\s[-–—]\s|[–—]/u;
/** A GitHub user or team mention: `@alice`, `@org/team`. */
const HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_-]+(?:\/[\p{L}\p{N}_.-]+)?/gu;

/** Owner cells and values that name nobody. */
const NO_OWNER = new Set([
  "",
  "tbd",
  "tbc",
  "todo",
  "none",
  "nobody",
  "no one",
  "noone",
  "unassigned",
  "unknown",
  "n a",
  "na",
  "?",
  "owner",
  "a definir",
  "ninguem",
  "nenhum",
  "sem dono",
  "sem responsavel",
  "to be defined",
  "to be assigned",
]);

/**
 * "There are no risks", as a whole paragraph, list item or table cell. A
 * reason may follow after punctuation (`No residual risks: copy change only.`),
 * but not an exception (`No residual risks, except…` is a risk in prose).
 */
const NO_RISKS = new RegExp(
  [
    "^(?:there (?:are|is) )?(?:no|zero) (?:known |new |open |outstanding |remaining |other |additional |significant |identified )?(?:residual )?risks?(?: (?:were |was |have been |has been |are |is )?(?:identified|found|known|expected|introduced|left|remaining))?",
    "^none(?: (?:identified|known|found|expected))?",
    "^n\\/a",
    "^not applicable",
    "^nenhum(?: risco)?(?: residual)?(?: (?:identificado|conhecido|encontrado|previsto))?",
    "^sem riscos?(?: residua(?:l|is))?(?: (?:identificados?|conhecidos?|encontrados?|previstos?))?",
    "^nao (?:ha|existem|temos|foram identificados) riscos?(?: residua(?:l|is))?(?: (?:identificados?|conhecidos?))?",
    "^nao se aplica",
    "^nao aplicavel",
  ].join("|"),
  "u",
);
const STATEMENT_CONTINUATION = /^(?:$|[.!:;(—–-])/u;
const EXCEPTION_WORDS =
  /(?<![\p{L}\p{N}])(?:except|but|besides|apart|other than|however|although|though|unless|exceto|mas|alem|salvo|porem|embora|menos|a nao ser)(?![\p{L}\p{N}])/u;

/** Whether the text says there are no (residual) risks, in English or Portuguese. */
export function isNoRisksStatement(text: string): boolean {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .trim();
  const match = NO_RISKS.exec(folded);
  if (!match) return false;
  const rest = folded.slice(match[0].length).trim();
  return STATEMENT_CONTINUATION.test(rest) && !EXCEPTION_WORDS.test(rest);
}

/**
 * Reads the risks in a section's block nodes. HTML (comments included) and
 * code are skipped, so a risk shown as an example inside a comment or a code
 * block is not a risk. `isPlaceholder` tells template filler lines (`TBD`,
 * `<risk>`) from content.
 */
export function readRiskSection(
  nodes: readonly RootContent[],
  isPlaceholder: (line: string) => boolean,
): RiskSectionReading {
  const reading: RiskSectionReading = {
    risks: [],
    statements: [],
    unreadableTables: [],
    prose: [],
  };
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case "table":
        readTable(node, reading);
        return;
      case "list":
        for (const item of node.children) readListItem(item, reading, isPlaceholder);
        return;
      case "blockquote":
        for (const child of node.children) visit(child);
        return;
      case "html":
      case "code":
      case "heading":
      case "thematicBreak":
      case "definition":
        return;
      default: {
        const text = plainText([node]);
        if (isNoRisksStatement(text)) reading.statements.push(positionOf(node));
        else if (!allPlaceholder(text, isPlaceholder)) {
          reading.prose.push({ text, position: positionOf(node) });
        }
      }
    }
  };
  for (const node of nodes) visit(node);
  return reading;
}

function allPlaceholder(text: string, isPlaceholder: (line: string) => boolean): boolean {
  return text
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || isBlankCell(line) || isPlaceholder(line));
}

interface Tags {
  severities: Set<RiskSeverity>;
  statuses: Set<RiskStatus>;
  handles: string[];
}

/** The tags in a piece of text: its segments made only of known words and handles. */
function readTags(text: string): Tags {
  const tags: Tags = { severities: new Set(), statuses: new Set(), handles: [] };
  for (const segment of text.split(SEGMENT_BREAK)) {
    const handles = segment.match(HANDLE) ?? [];
    const tokens = LEXICON.lex(foldWords(segment.replace(HANDLE, " ")));
    if (!tokens) continue;
    if (tokens.every((token) => token.kind === "filler") && handles.length === 0) continue;
    for (const token of tokens) {
      if (token.kind === "severity") tags.severities.add(token.value);
      else if (token.kind === "status") tags.statuses.add(token.value);
    }
    tags.handles.push(...handles);
  }
  return tags;
}

/**
 * The hedge qualifying a settled status tag, looking at the short piece right
 * after it: `mitigated (not yet)`. A longer piece is the description, where
 * `no` or `not` say nothing about the status.
 */
function hedgeAfterSettled(text: string): string | undefined {
  const segments = text
    .split(SEGMENT_BREAK)
    .map(foldWords)
    .filter((words) => words.length > 0);
  for (let i = 0; i < segments.length - 1; i++) {
    const tokens = LEXICON.lex(segments[i] as string[]);
    const settled = tokens?.some((token) => token.kind === "status" && token.value !== "open");
    if (!settled) continue;
    const next = segments[i + 1] as string[];
    if (next.length > 3) continue;
    const hedge = next.find((word) => HEDGE_WORDS.has(word));
    if (hedge) return hedge;
  }
  return undefined;
}

function fromValues<T extends string>(values: Set<T>, raw: string): FieldReading<T> {
  if (values.size === 0) return { state: "missing" };
  if (values.size > 1) return { state: "ambiguous", raw, values: [...values] };
  return { state: "ok", value: [...values][0] as T };
}

/** Reads one severity or status written on its own: a table cell or a labelled value. */
function readValue<K extends "severity" | "status">(
  raw: string,
  kind: K,
): FieldReading<K extends "severity" ? RiskSeverity : RiskStatus> {
  type T = K extends "severity" ? RiskSeverity : RiskStatus;
  const text = raw.trim();
  if (isBlankCell(text)) return { state: "missing" };
  const tags = readTags(text);
  if (kind === "severity") {
    if (tags.severities.size === 0) return { state: "unknown", raw: text } as FieldReading<T>;
    return fromValues(tags.severities, text) as FieldReading<T>;
  }
  if (tags.statuses.size === 0) return { state: "unknown", raw: text } as FieldReading<T>;
  return checkHedge(fromValues(tags.statuses, text), text) as FieldReading<T>;
}

function checkHedge<T extends string>(reading: FieldReading<T>, text: string): FieldReading<T> {
  if (reading.state !== "ok" || reading.value === "open") return reading;
  const hedge = hedgeAfterSettled(text);
  return hedge ? { state: "hedged", raw: text.trim(), value: reading.value, hedge } : reading;
}

function ownerOf(raw: string): { owner: string | undefined; placeholder: string | undefined } {
  const text = raw.trim();
  if (isBlankCell(text) || NO_OWNER.has(foldWords(text).join(" "))) {
    return { owner: undefined, placeholder: text || undefined };
  }
  return { owner: text, placeholder: undefined };
}

function readTable(table: Table, reading: RiskSectionReading): void {
  const { headers, rows, position: tablePosition } = tableText(table);
  const columns = findColumns(headers, COLUMN_NAMES);
  const isRiskTable = columns.severity !== undefined || columns.status !== undefined;
  let unreadable = false;
  for (const { cells, position } of rows) {
    if (isStatementRow(cells)) {
      reading.statements.push(position);
      continue;
    }
    if (!isRiskTable) {
      unreadable = true;
      continue;
    }
    const cell = (kind: ColumnKind): string | undefined => {
      const index = columns[kind];
      return index === undefined ? undefined : (cells[index] ?? "");
    };
    const severityCell = cell("severity");
    const statusCell = cell("status");
    const ownerCell = cell("owner");
    const owner = ownerOf(ownerCell ?? "");
    reading.risks.push({
      form: "table",
      text: rowText(cells, columns),
      position,
      severity:
        severityCell === undefined ? { state: "no-column" } : readValue(severityCell, "severity"),
      status: statusCell === undefined ? { state: "no-column" } : readValue(statusCell, "status"),
      owner: owner.owner,
      ownerPlaceholder: owner.placeholder,
      ownerColumn: ownerCell !== undefined,
    });
  }
  if (unreadable) reading.unreadableTables.push({ position: tablePosition, headers });
}

/** `| None | - | - | - |` or `| No residual risks | | | |`: a statement written in the table. */
function isStatementRow(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => !isBlankCell(cell));
  return filled.length > 0 && filled.every(isNoRisksStatement);
}

function rowText(cells: readonly string[], columns: Partial<Record<ColumnKind, number>>): string {
  const own = columns.risk === undefined ? undefined : cells[columns.risk];
  if (own && !isBlankCell(own)) return own;
  const fields = new Set([columns.severity, columns.status, columns.owner]);
  const other = cells.find((text, index) => !fields.has(index) && !isBlankCell(text));
  return other ?? "(no description)";
}

/**
 * A list item is a risk. Its nested items either add to it (`- Severity:
 * critical`, or tags alone: `- critical`, `- @alice`), are risks of their own
 * (they carry a severity or status next to a description), or are details,
 * which are not read. An item with no severity or status of its own but
 * risks under it is a group heading (`- Security`), not a risk.
 */
function readListItem(
  item: ListItem,
  reading: RiskSectionReading,
  isPlaceholder: (line: string) => boolean,
): void {
  const ownText = itemText(item);
  const fieldTexts: string[] = [];
  const nestedRisks: ListItem[] = [];
  for (const list of item.children) {
    if (list.type !== "list") continue;
    for (const child of list.children) {
      const text = itemText(child);
      if (FIELD_LINE.test(text) || isTagsOnly(text)) fieldTexts.push(text);
      else if (hasSeverityOrStatus(text)) nestedRisks.push(child);
    }
  }

  const fields = readItemFields([ownText, ...fieldTexts].join("\n"));
  const grouping =
    nestedRisks.length > 0 &&
    fields.severity.state === "missing" &&
    fields.status.state === "missing";
  if (grouping || (fieldTexts.length === 0 && allPlaceholder(ownText, isPlaceholder))) {
    // Nothing to read here; the nested risks below still count.
  } else if (fieldTexts.length === 0 && isNoRisksStatement(ownText)) {
    reading.statements.push(positionOf(item));
  } else {
    reading.risks.push({
      form: "list",
      text: ownText.split("\n")[0]?.trim() || (fieldTexts[0] ?? "(no description)"),
      position: positionOf(item),
      severity: fields.severity,
      status: fields.status,
      owner: fields.owner,
      ownerPlaceholder: fields.ownerPlaceholder,
      ownerColumn: true,
    });
  }
  for (const child of nestedRisks) readListItem(child, reading, isPlaceholder);
}

/** The item's own text, without its nested lists. */
function itemText(item: ListItem): string {
  return plainText(item.children.filter((child) => child.type !== "list"));
}

function hasSeverityOrStatus(text: string): boolean {
  const fields = readItemFields(text);
  return fields.severity.state !== "missing" || fields.status.state !== "missing";
}

/** Whether every piece of the text is a tag, so it describes nothing on its own: `critical, open`. */
function isTagsOnly(text: string): boolean {
  let tagged = false;
  for (const segment of text.split(SEGMENT_BREAK)) {
    const handles = segment.match(HANDLE) ?? [];
    const words = foldWords(segment.replace(HANDLE, " "));
    if (words.length === 0 && handles.length === 0) continue;
    const tokens = LEXICON.lex(words);
    if (!tokens) return false;
    if (handles.length > 0 || tokens.some((token) => token.kind !== "filler")) tagged = true;
  }
  return tagged;
}

interface ItemFields {
  severity: FieldReading<RiskSeverity>;
  status: FieldReading<RiskStatus>;
  owner: string | undefined;
  ownerPlaceholder: string | undefined;
}

/** Severity, status and owner of a list item, from labelled fields and tags together. */
function readItemFields(text: string): ItemFields {
  const labelled: Record<LabelKind, string[]> = {
    severity: [],
    severityHint: [],
    status: [],
    owner: [],
  };
  const rest = text.replace(LABELLED_FIELD, (_match, label: string, value: string) => {
    const kind = LABEL_OF.get(label.toLowerCase());
    if (kind) labelled[kind].push(value.trim());
    return "\n";
  });
  const tags = readTags(rest);

  const severityReadings = labelled.severity.map((value) => readValue(value, "severity"));
  for (const value of labelled.severityHint) {
    const hint = readValue(value, "severity");
    if (hint.state === "ok" || hint.state === "ambiguous") severityReadings.push(hint);
  }
  const severity = merge(severityReadings, tags.severities);
  const status = checkHedge(
    merge(
      labelled.status.map((value) => readValue(value, "status")),
      tags.statuses,
    ),
    text,
  );

  let owner: string | undefined;
  let ownerPlaceholder: string | undefined;
  for (const value of labelled.owner) {
    const read = ownerOf(value);
    owner ??= read.owner;
    ownerPlaceholder ??= read.placeholder;
  }
  owner ??= tags.handles[0];
  return { severity, status, owner, ownerPlaceholder: owner ? undefined : ownerPlaceholder };
}

/** Joins what labels and tags say: anything unreadable wins, then all values must agree. */
function merge<T extends string>(readings: FieldReading<T>[], tagged: Set<T>): FieldReading<T> {
  const values = new Set<T>(tagged);
  for (const reading of readings) {
    if (reading.state === "ok") values.add(reading.value);
    else if (reading.state !== "missing") return reading;
  }
  const raw = [...values].join(" / ");
  return fromValues(values, raw);
}
