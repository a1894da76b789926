import { CsvError, parse } from "csv-parse/sync";
import type { ConfigIssue } from "../../errors.js";
import {
  ACTIVITY_LIMIT,
  ACTIVITY_RECORD_BYTES,
  MAX_FILE_ISSUES,
  sizeOverLimit,
  tooLargeIssue,
} from "../../limits.js";
import type { Position } from "../../types.js";
import type { ActivityField, RecommendConfig } from "./config.js";

/** One client account of the activity export, read and checked. */
export interface ActivityAccount {
  id: string;
  name: string;
  /** Service actions (tickets opened, answered, changed). */
  service: number;
  /** Sales actions (leads, pipeline moves, proposals). */
  sales: number;
  /** The last activity, as an ISO 8601 UTC instant. */
  lastActivity: string;
  technicalContact: string | null;
  businessContact: string | null;
  /** The kind column's value, lower case. */
  kind: string;
  /** Whether `kind` is one of `kinds.production` or one of `kinds.review`. */
  kindClass: "production" | "review";
  /** The line the account's row starts on, for messages that point back at the file. */
  line: number;
}

export type ActivityResult =
  | { ok: true; accounts: ActivityAccount[]; delimiter: string }
  | { ok: false; issues: ConfigIssue[]; unlisted: number };

/** A date, or a date-time (seconds and fraction optional) with an optional zone. */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads an activity export (CSV, one row per client account) against
 * `config.columns`: a UTF-8 BOM is dropped, the separator is `config.delimiter`
 * or the one the header line uses most, quoted fields may hold separators
 * and newlines. Every problem is an issue at its `line:column` (a missing
 * column, a malformed quote, a row of the wrong length, a count that is not
 * a whole number, a date that is not one or lies after `now`, a kind not in
 * `config.kinds`, an id seen before): the result is all or nothing, so a
 * roster is never built from half a file. Text over `ACTIVITY_LIMIT` is
 * refused unparsed.
 */
export function parseActivityCsv(text: string, config: RecommendConfig, now: Date): ActivityResult {
  const over = sizeOverLimit(text, ACTIVITY_LIMIT);
  if (over !== undefined) return failed([tooLargeIssue(over, ACTIVITY_LIMIT)]);
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const delimiter = config.delimiter === "auto" ? guessDelimiter(body) : config.delimiter;
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    // With `info` and `raw` csv-parse returns each record with its line and text.
    records = parse(body, {
      delimiter,
      info: true,
      raw: true,
      skip_empty_lines: true,
      max_record_size: ACTIVITY_RECORD_BYTES,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return failed([csvIssue(error, delimiter)]);
  }
  const [head, ...rows] = records;
  if (head === undefined) {
    return failed([
      {
        path: "",
        message: `the file is empty; expected a header line naming the columns (${Object.values(config.columns).join(", ")})`,
        position: { line: 1, column: 1 },
      },
    ]);
  }
  const columns = headerColumns(head, config, delimiter);
  if (!columns.ok) return failed(columns.issues);
  const issues: ConfigIssue[] = [];
  let unlisted = 0;
  // Past the listed ones a problem is only counted: a file of bad rows
  // costs no more than a good one.
  const report = (issue: () => ConfigIssue) => {
    if (issues.length < MAX_FILE_ISSUES) issues.push(issue());
    else unlisted++;
  };
  const accounts: ActivityAccount[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const start = startLine(row);
    // Walked only for a row with a problem: most rows have none.
    const at = (field: ActivityField): Position =>
      fieldPositions(row.raw, delimiter, start)[columns.index[field]] ?? { line: start, column: 1 };
    const read = readAccount(row.record, columns.index, config, now);
    for (const problem of read.problems) {
      report(() => ({
        path: config.columns[problem.field],
        message: problem.message,
        position: at(problem.field),
      }));
    }
    if (read.account === undefined) continue;
    const seen = firstLine.get(read.account.id);
    if (seen !== undefined) {
      const id = read.account.id;
      report(() => ({
        path: config.columns.id,
        message: `id "${id}" is also on line ${seen}; the export needs one row per account`,
        position: at("id"),
      }));
      continue;
    }
    firstLine.set(read.account.id, start);
    accounts.push({ ...read.account, line: start });
  }
  if (issues.length > 0) return { ok: false, issues, unlisted };
  return { ok: true, accounts, delimiter };
}

function failed(issues: ConfigIssue[]): ActivityResult {
  return {
    ok: false,
    issues: issues.slice(0, MAX_FILE_ISSUES),
    unlisted: Math.max(0, issues.length - MAX_FILE_ISSUES),
  };
}

const CANDIDATES = [",", ";", "\t", "|"] as const;

/**
 * The separator the header line uses most (comma on a tie or none). Chosen
 * here rather than with csv-parse's `delimiter_auto`, which (7.0) crashes on
 * a BOM and is thrown off by quoted fields holding newlines, both of which
 * activity exports have; a header of column names holds neither.
 */
function guessDelimiter(text: string): string {
  const end = text.search(/\r?\n/);
  const line = end === -1 ? text : text.slice(0, end);
  let best: string = ",";
  let most = 0;
  for (const candidate of CANDIDATES) {
    const count = countOutsideQuotes(line, candidate);
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, char: string): number {
  let quoted = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}

/** A parse error from csv-parse at its line, with the separator named when a wrong one is the likely cause. */
function csvIssue(error: CsvError, delimiter: string): ConfigIssue {
  const line = (error as CsvError & { lines?: number }).lines ?? 1;
  const shown = delimiter === "\t" ? "tab" : `"${delimiter}"`;
  const hint =
    error.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH"
      ? `; every row needs as many fields as the header (fields are separated by ${shown}; a value holding ${shown} must be quoted)`
      : error.code === "CSV_QUOTE_NOT_CLOSED" || error.code === "INVALID_OPENING_QUOTE"
        ? '; a quoted value must be quoted whole, with "" for a quote inside it'
        : "";
  return {
    path: "",
    message: `${error.message.replace(/\.$/, "")}${hint}`,
    position: { line, column: 1 },
  };
}

/** The line a record starts on: csv-parse counts the line it ends on, and a quoted value may span lines. */
function startLine(row: { raw: string; info: { lines: number } }): number {
  const inner = row.raw.endsWith("\n") ? row.raw.slice(0, -1) : row.raw;
  let breaks = 0;
  for (let i = inner.indexOf("\n"); i !== -1; i = inner.indexOf("\n", i + 1)) breaks++;
  return row.info.lines - breaks;
}

/**
 * Where each field of a raw record starts. csv-parse reports lines but not
 * field offsets, so the record's raw text is walked again: quotes toggle
 * (a doubled quote toggles twice), separators outside quotes start a field.
 */
function fieldPositions(raw: string, delimiter: string, line: number): Position[] {
  const positions: Position[] = [{ line, column: 1 }];
  let quoted = false;
  let current = line;
  let column = 1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    if (c === "\n") {
      current++;
      column = 1;
      continue;
    }
    column++;
    if (!quoted && raw.startsWith(delimiter, i)) {
      positions.push({ line: current, column });
    }
  }
  return positions;
}

type ColumnIndex = Record<ActivityField, number>;

/** Each configured column's index in the header, or an issue for each one missing or given twice. */
function headerColumns(
  head: { record: string[]; raw: string },
  config: RecommendConfig,
  delimiter: string,
): { ok: true; index: ColumnIndex } | { ok: false; issues: ConfigIssue[] } {
  const names = head.record.map((name) => name.trim().toLowerCase());
  const positions = fieldPositions(head.raw, delimiter, 1);
  const issues: ConfigIssue[] = [];
  const index = {} as ColumnIndex;
  for (const [field, column] of Object.entries(config.columns) as [ActivityField, string][]) {
    const at = names.indexOf(column.toLowerCase());
    if (at === -1) {
      issues.push({
        path: column,
        message: `no column "${column}" in the header (it holds ${field}); rename the export's column, or set pilot.recommend.columns.${field} to its header. The header has: ${head.record.map((name) => name.trim()).join(", ")}`,
        position: { line: 1, column: 1 },
      });
      continue;
    }
    const again = names.indexOf(column.toLowerCase(), at + 1);
    if (again !== -1) {
      issues.push({
        path: column,
        message: `column "${column}" appears twice in the header; keep one`,
        position: positions[again] ?? { line: 1, column: 1 },
      });
    }
    index[field] = at;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, index };
}

interface Problem {
  field: ActivityField;
  message: string;
}

/** One row read into an account, or the problems of its fields. */
function readAccount(
  record: string[],
  index: ColumnIndex,
  config: RecommendConfig,
  now: Date,
): { account?: Omit<ActivityAccount, "line">; problems: Problem[] } {
  const problems: Problem[] = [];
  const cell = (field: ActivityField) => (record[index[field]] ?? "").trim();
  const id = cell("id");
  if (id === "")
    problems.push({ field: "id", message: "the id is empty; every account needs one" });
  const name = cell("name");
  if (name === "") {
    problems.push({ field: "name", message: "the name is empty; every account needs one" });
  }
  const count = (field: "service" | "sales") => {
    const text = cell(field);
    if (text === "") return 0;
    if (/^\d{1,9}$/.test(text)) return Number(text);
    problems.push({
      field,
      message: `"${text}" is not a count; expected a whole number of actions such as 12 (empty for none)`,
    });
    return 0;
  };
  const service = count("service");
  const sales = count("sales");
  const lastActivity = readDate(cell("last_activity"), now);
  if (typeof lastActivity !== "string") problems.push({ field: "last_activity", ...lastActivity });
  const kind = cell("kind").toLowerCase();
  const kindClass = config.kinds.production.includes(kind)
    ? "production"
    : config.kinds.review.includes(kind)
      ? "review"
      : undefined;
  if (kindClass === undefined) {
    const known = [...config.kinds.production, ...config.kinds.review].join(", ");
    problems.push({
      field: "kind",
      message: `${kind === "" ? "the account kind is empty" : `"${cell("kind")}" is not an account kind`}; expected one of ${known} (pilot.recommend.kinds lists them)`,
    });
  }
  if (problems.length > 0 || kindClass === undefined || typeof lastActivity !== "string") {
    return { problems };
  }
  const contact = (field: ActivityField) => cell(field) || null;
  return {
    account: {
      id,
      name,
      service,
      sales,
      lastActivity,
      technicalContact: contact("technical_contact"),
      businessContact: contact("business_contact"),
      kind,
      kindClass,
    },
    problems,
  };
}

/** An ISO 8601 UTC instant, or what is wrong with `text`. A date-time with no zone is UTC. */
function readDate(text: string, now: Date): string | { message: string } {
  const match = DATE_TIME.exec(text);
  const expected =
    "expected a date such as 2026-05-30 or an ISO 8601 date-time such as 2026-05-30T14:00:00Z";
  if (text === "") return { message: `the last activity date is empty; ${expected}` };
  if (!match) {
    return {
      message: `"${text}" is not a date; ${expected} (day/month orders are ambiguous, so only year-month-day is read)`,
    };
  }
  const [, year, month, day, hour, , zone] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const calendar = new Date(Date.UTC(y, m - 1, d));
  if (calendar.getUTCMonth() !== m - 1 || calendar.getUTCDate() !== d || y < 1970) {
    return { message: `"${text}" is not a real date; ${expected}` };
  }
  const iso =
    hour === undefined ? `${text}T00:00:00Z` : `${text.replace(" ", "T")}${zone ? "" : "Z"}`;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return { message: `"${text}" is not a real time; ${expected}` };
  // A day of slack: an export written in a zone ahead of UTC dates today's activity tomorrow.
  if (time > now.getTime() + 24 * 60 * 60 * 1000) {
    return {
      message: `"${text}" is after now (${now.toISOString()}); the export's dates must be past activity`,
    };
  }
  return new Date(time).toISOString();
}
