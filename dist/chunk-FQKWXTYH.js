import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  latestRunFolder
} from "./chunk-KG6TQEDJ.js";
import {
  parseJsonInput
} from "./chunk-GY54ZMGU.js";
import {
  FileTooLargeError,
  READ_ERRORS,
  displayPath,
  readLimitedFile
} from "./chunk-SSP7UEET.js";
import {
  RECORDS_FILE,
  coreFlows,
  parityViewSchema,
  parsePilotManifest,
  parseRecords,
  readMilestoneDocument,
  smokeViewSchema
} from "./chunk-XRWPT2AM.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  MILESTONE_LIMIT,
  PILOT_MANIFEST_LIMIT,
  RECORDS_LIMIT,
  REPORT_LIMIT,
  tooLargeMessage
} from "./chunk-MSUCSWVI.js";

// engine/readiness/files.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
function codeOf(error) {
  return error?.code;
}
async function readNamedFile(cwd, path, what, limit) {
  try {
    return (await readLimitedFile(resolve(cwd, path), `the ${what} ${path}`, limit)).text;
  } catch (error) {
    if (error instanceof FileTooLargeError) throw error;
    let reason = codeOf(error) === "ENOENT" ? "no such file" : error.message;
    throw new UsageError(`cannot read the ${what} ${path}: ${reason}; nothing was judged.`);
  }
}
async function readOptional(cwd, path, limit) {
  let absolute = resolve(cwd, path);
  try {
    return limit ? (await readLimitedFile(absolute, `the ${limit.what} ${path}`, limit.limit)).text : await readFile(absolute, "utf8");
  } catch (error) {
    if (codeOf(error) === "ENOENT") return;
    throw error instanceof FileTooLargeError ? error : new UsageError(`cannot read ${path}: ${error.message}`);
  }
}
function parseReport(schema, text, file, gate) {
  let next = `Pass the JSON report the ${gate} gate wrote (pilot-gate ${gate} --report <path>).`;
  return parseJsonInput(schema, text, file, next);
}
async function readGateReport(cwd, path, schema, gate, sources) {
  let label = `${gate}:`.padEnd(11);
  if (path === void 0) {
    sources.push(`${label}none (pass --${gate})`);
    return;
  }
  let text = await readNamedFile(cwd, path, `${gate} report`, REPORT_LIMIT), report = parseReport(schema, text, path, gate);
  return sources.push(`${label}${path}`), report;
}
async function readInputFiles(cwd, paths, config, pilot) {
  let out = { milestones: [], sources: [] };
  out.smoke = await readGateReport(cwd, paths.smoke, smokeViewSchema, "smoke", out.sources), out.parity = await readGateReport(cwd, paths.parity, parityViewSchema, "parity", out.sources);
  let manifestPath = paths.manifest ?? config.manifest, manifestText = paths.manifest !== void 0 ? await readNamedFile(cwd, paths.manifest, "pilot manifest", PILOT_MANIFEST_LIMIT) : await readOptional(cwd, manifestPath, {
    what: "pilot manifest",
    limit: PILOT_MANIFEST_LIMIT
  });
  manifestText !== void 0 ? (out.manifest = parsePilotManifest(manifestText, manifestPath), out.sources.push(`manifest:  ${manifestPath}`)) : out.sources.push(`manifest:  none (no ${manifestPath})`);
  let records = await readRecords(cwd, paths, manifestPath, out.manifest);
  records ? (out.records = { records: records.records, script: pilot.script, core: coreFlows(pilot) }, out.sources.push(`records:   ${records.file} (${records.records.length})`)) : out.sources.push("records:   none (pilot-gate pilot record writes them)");
  for (let entry of config.milestones)
    out.milestones.push(await readMilestone(cwd, entry));
  return out.sources.push(
    `milestones: ${out.milestones.map((m) => m.section ? `${m.file} (${m.section})` : m.file).join(", ") || "none (readiness.milestones)"}`
  ), out;
}
async function readRecords(cwd, paths, manifestPath, manifest) {
  if (paths.records !== void 0) {
    if (paths.recordsRoot !== void 0)
      throw new UsageError(
        "the records file and the records root were both given; pass one: the file to judge, or the evidence branch's checkout to read the run folder's records from"
      );
    let text2 = await readNamedFile(cwd, paths.records, "scenario records", RECORDS_LIMIT);
    return { file: paths.records, records: parseRecords(text2, paths.records) };
  }
  if (!manifest) return;
  let folder = await latestRunFolder(dirname(resolve(cwd, manifestPath)), manifest.name);
  if (folder === void 0) return;
  let limit = { what: "scenario records", limit: RECORDS_LIMIT }, file = displayPath(cwd, join(folder, RECORDS_FILE));
  if (paths.recordsRoot !== void 0) {
    let committed = join(paths.recordsRoot, relative(resolve(cwd), folder), RECORDS_FILE), text2 = await readOptional(cwd, committed, limit);
    if (text2 !== void 0) return { file: committed, records: parseRecords(text2, committed) };
  }
  let text = await readOptional(cwd, file, limit);
  return text === void 0 ? void 0 : { file, records: parseRecords(text, file) };
}
async function readMilestone(cwd, entry) {
  let { file, section } = typeof entry == "string" ? { file: entry, section: void 0 } : entry, where = { file, ...section ? { section } : {} }, text;
  try {
    text = (await readLimitedFile(resolve(cwd, file), file, MILESTONE_LIMIT)).text;
  } catch (error) {
    if (error instanceof FileTooLargeError)
      return {
        ...where,
        error: `${tooLargeMessage("the document", error.bytes, MILESTONE_LIMIT)} It was not read.`
      };
    let code = codeOf(error), reason = (code && READ_ERRORS[code]) ?? error.message;
    return {
      ...where,
      error: `cannot read the document: ${reason}; fix its path in readiness.milestones (relative to the repository root)`
    };
  }
  return {
    ...where,
    ...readMilestoneDocument(text, {
      file,
      ...section ? { section } : {},
      exists: (path) => existsSync(join(cwd, path))
    })
  };
}

export {
  readNamedFile,
  readInputFiles
};
