import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { z } from "zod";
import { UsageError } from "../../core/errors.js";
import { coreFlows, type PilotConfig } from "../../core/gates/pilot/config.js";
import { type PilotManifest, parsePilotManifest } from "../../core/gates/pilot/manifest.js";
import { parseRecords, RECORDS_FILE } from "../../core/gates/pilot/records.js";
import {
  type MilestoneInput,
  type ParityView,
  parityViewSchema,
  type ReadinessConfig,
  readMilestoneDocument,
  type ScenarioRecords,
  type SmokeView,
  smokeViewSchema,
} from "../../core/gates/readiness/index.js";
import { parseJsonInput } from "../../core/json-input.js";
import {
  type InputLimit,
  MILESTONE_LIMIT,
  PILOT_MANIFEST_LIMIT,
  RECORDS_LIMIT,
  REPORT_LIMIT,
  tooLargeMessage,
} from "../../core/limits.js";
import { displayPath, FileTooLargeError, READ_ERRORS, readLimitedFile } from "../io.js";
import { latestRunFolder } from "../pilot/run-folders.js";

function codeOf(error: unknown): string | undefined {
  return (error as { code?: unknown } | null)?.code as string | undefined;
}

/**
 * Reads a file a person named; a missing or unreadable one is a `UsageError`
 * naming it, and one over `limit` a `FileTooLargeError` (it is not read).
 */
export async function readNamedFile(
  cwd: string,
  path: string,
  what: string,
  limit: InputLimit,
): Promise<string> {
  try {
    return (await readLimitedFile(resolve(cwd, path), `the ${what} ${path}`, limit)).text;
  } catch (error) {
    if (error instanceof FileTooLargeError) throw error;
    const reason = codeOf(error) === "ENOENT" ? "no such file" : (error as Error).message;
    throw new UsageError(`cannot read the ${what} ${path}: ${reason}; nothing was judged.`);
  }
}

/** A file that may be absent; with a `limit`, one over it is a `FileTooLargeError`, unread. */
async function readOptional(
  cwd: string,
  path: string,
  limit?: { what: string; limit: InputLimit },
): Promise<string | undefined> {
  const absolute = resolve(cwd, path);
  try {
    return limit
      ? (await readLimitedFile(absolute, `the ${limit.what} ${path}`, limit.limit)).text
      : await readFile(absolute, "utf8");
  } catch (error) {
    if (codeOf(error) === "ENOENT") return undefined;
    if (error instanceof FileTooLargeError) throw error;
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/**
 * Parses a gate's JSON report through readiness's minimal view. Bad JSON or
 * a report without status and counts is an `InputFileError` naming the file
 * and the field.
 */
function parseReport<T extends z.ZodType>(
  schema: T,
  text: string,
  file: string,
  gate: string,
): z.output<T> {
  const next = `Pass the JSON report the ${gate} gate wrote (pilot-gate ${gate} --report <path>).`;
  return parseJsonInput(schema, text, file, next);
}

/**
 * A gate's report, when its path was given, read and parsed through
 * readiness's view; adds the line naming its source (or saying how to pass
 * it) to `sources`.
 */
async function readGateReport<T extends z.ZodType>(
  cwd: string,
  path: string | undefined,
  schema: T,
  gate: "smoke" | "parity",
  sources: string[],
): Promise<z.output<T> | undefined> {
  const label = `${gate}:`.padEnd(11);
  if (path === undefined) {
    sources.push(`${label}none (pass --${gate})`);
    return undefined;
  }
  const text = await readNamedFile(cwd, path, `${gate} report`, REPORT_LIMIT);
  const report = parseReport(schema, text, path, gate);
  sources.push(`${label}${path}`);
  return report;
}

/** Where the input files are; `undefined` for a report that was not given. */
export interface InputPaths {
  smoke: string | undefined;
  parity: string | undefined;
  /** An explicit manifest must exist; the configured default may be absent. */
  manifest: string | undefined;
  /**
   * The scenario records; an explicit file must exist. Not given: the
   * records file of the manifest's latest run folder, when there is one.
   */
  records?: string | undefined;
  /**
   * A checkout of the evidence branch (`pilot record --commit` and the
   * pilot-scenario workflow commit records there, at the run folder's
   * path): its records file, when it has one, is read instead of the
   * checkout's. Not used with `records`.
   */
  recordsRoot?: string | undefined;
}

/** The inputs readiness reads from files, and a line per source for the reader. */
export interface FileInputs {
  smoke?: SmokeView;
  parity?: ParityView;
  manifest?: PilotManifest;
  records?: ScenarioRecords;
  milestones: MilestoneInput[];
  sources: string[];
}

/**
 * Reads the smoke and parity reports, the pilot manifest, its scenario
 * records and the milestone documents. A file someone named that is missing
 * or malformed throws (exit 2, nothing judged), and so does a records file
 * whose chain does not verify; a report not given is simply absent, and its
 * criteria fail closed.
 */
export async function readInputFiles(
  cwd: string,
  paths: InputPaths,
  config: ReadinessConfig,
  pilot: PilotConfig,
): Promise<FileInputs> {
  const out: FileInputs = { milestones: [], sources: [] };
  out.smoke = await readGateReport(cwd, paths.smoke, smokeViewSchema, "smoke", out.sources);
  out.parity = await readGateReport(cwd, paths.parity, parityViewSchema, "parity", out.sources);
  const manifestPath = paths.manifest ?? config.manifest;
  const manifestText =
    paths.manifest !== undefined
      ? await readNamedFile(cwd, paths.manifest, "pilot manifest", PILOT_MANIFEST_LIMIT)
      : await readOptional(cwd, manifestPath, {
          what: "pilot manifest",
          limit: PILOT_MANIFEST_LIMIT,
        });
  if (manifestText !== undefined) {
    out.manifest = parsePilotManifest(manifestText, manifestPath);
    out.sources.push(`manifest:  ${manifestPath}`);
  } else {
    out.sources.push(`manifest:  none (no ${manifestPath})`);
  }
  const records = await readRecords(cwd, paths, manifestPath, out.manifest);
  if (records) {
    out.records = { records: records.records, script: pilot.script, core: coreFlows(pilot) };
    out.sources.push(`records:   ${records.file} (${records.records.length})`);
  } else {
    out.sources.push("records:   none (pilot-gate pilot record writes them)");
  }
  for (const entry of config.milestones) {
    out.milestones.push(await readMilestone(cwd, entry));
  }
  out.sources.push(
    `milestones: ${
      out.milestones.map((m) => (m.section ? `${m.file} (${m.section})` : m.file)).join(", ") ||
      "none (readiness.milestones)"
    }`,
  );
  return out;
}

/**
 * The scenario records: `paths.records` when given (it must exist), else
 * `records.jsonl` of the manifest's latest run folder `pilots/<name>/<date>/`
 * beside the manifest: from the evidence branch's checkout at
 * `paths.recordsRoot` when it holds that file, else from the checkout;
 * `undefined` when there is none.
 */
async function readRecords(
  cwd: string,
  paths: Pick<InputPaths, "records" | "recordsRoot">,
  manifestPath: string,
  manifest: PilotManifest | undefined,
): Promise<{ file: string; records: ScenarioRecords["records"] } | undefined> {
  if (paths.records !== undefined) {
    if (paths.recordsRoot !== undefined) {
      throw new UsageError(
        "the records file and the records root were both given; pass one: the file to judge, or the evidence branch's checkout to read the run folder's records from",
      );
    }
    const text = await readNamedFile(cwd, paths.records, "scenario records", RECORDS_LIMIT);
    return { file: paths.records, records: parseRecords(text, paths.records) };
  }
  if (!manifest) return undefined;
  const folder = await latestRunFolder(dirname(resolve(cwd, manifestPath)), manifest.name);
  if (folder === undefined) return undefined;
  const limit = { what: "scenario records", limit: RECORDS_LIMIT };
  const file = displayPath(cwd, join(folder, RECORDS_FILE));
  if (paths.recordsRoot !== undefined) {
    const committed = join(paths.recordsRoot, relative(resolve(cwd), folder), RECORDS_FILE);
    const text = await readOptional(cwd, committed, limit);
    if (text !== undefined) return { file: committed, records: parseRecords(text, committed) };
  }
  const text = await readOptional(cwd, file, limit);
  return text === undefined ? undefined : { file, records: parseRecords(text, file) };
}

/**
 * Reads one milestone or sign-off document from the checkout. A document
 * that is missing, unreadable or over `MILESTONE_LIMIT` is not read, and the
 * criterion fails naming it; an evidence path it names is looked up in the
 * checkout (`cwd`).
 */
async function readMilestone(
  cwd: string,
  entry: ReadinessConfig["milestones"][number],
): Promise<MilestoneInput> {
  const { file, section } = typeof entry === "string" ? { file: entry, section: undefined } : entry;
  const where = { file, ...(section ? { section } : {}) };
  let text: string;
  try {
    text = (await readLimitedFile(resolve(cwd, file), file, MILESTONE_LIMIT)).text;
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      return {
        ...where,
        error: `${tooLargeMessage("the document", error.bytes, MILESTONE_LIMIT)} It was not read.`,
      };
    }
    const code = codeOf(error);
    const reason = (code && READ_ERRORS[code]) ?? (error as Error).message;
    return {
      ...where,
      error: `cannot read the document: ${reason}; fix its path in readiness.milestones (relative to the repository root)`,
    };
  }
  return {
    ...where,
    ...readMilestoneDocument(text, {
      file,
      ...(section ? { section } : {}),
      exists: (path) => existsSync(join(cwd, path)),
    }),
  };
}
