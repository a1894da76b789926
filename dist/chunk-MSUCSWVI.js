import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);

// core/limits.ts
var CONFIG_LIMIT = {
  bytes: 65536,
  advice: "keep only the keys you change (every key is optional; `pilot-gate init` writes all the defaults, commented, in about 14 KB)"
}, CONFIG_EXTENDS_LIMIT = 5, ENVIRONMENT_LIMIT = {
  bytes: 256 * 1024,
  advice: "describe documents by version and digest rather than copying them in (openapi: {version, digest}), and list only the values that must match"
}, PILOT_MANIFEST_LIMIT = {
  bytes: 64 * 1024,
  advice: "a pilot manifest holds a name, a window and its clients; compare it with the template `pilot-gate pilot start` writes"
}, ACTIVITY_LIMIT = {
  bytes: 4 * 1048576,
  advice: "export only the accounts that could join the pilot (e.g. leave out those inactive for months) and only the columns pilot.recommend.columns names"
}, ACTIVITY_RECORD_BYTES = 64 * 1024, ROSTER_LIMIT = {
  bytes: 32 * 1048576,
  advice: "write it again from a smaller activity export (pilot-gate pilot recommend --activity <csv> --force)"
}, MILESTONE_LIMIT = {
  bytes: 1 * 1048576,
  advice: "split it into one document per milestone and list each under readiness.milestones, or name the section to read ({file, section})"
}, RECORDS_LIMIT = {
  bytes: 4 * 1048576,
  advice: "start a new run folder (pilot-gate pilot start) for a new pilot session, and record each scenario run once"
}, ISSUE_EVENT_LIMIT = {
  bytes: 2 * 1048576,
  advice: "pass the issues event's payload file (GITHUB_EVENT_PATH), nothing else"
}, RECORD_ERROR_LIMIT = {
  bytes: 2 * 1024,
  advice: "say what failed in a few lines and name the log or screenshot (attach it to the evidence pack) rather than pasting it"
}, JUNIT_LIMIT = {
  bytes: 8 * 1048576,
  advice: "have the runner write one file per suite or class (Surefire and Gradle do by default) and pass a glob of them, or point --junit at the smoke run's reports only"
}, JUNIT_MAX_TESTCASES = 5e4, JUNIT_TESTCASES_ADVICE = "the smoke gate judges a smoke suite, not a whole test run: point --junit at the smoke run's reports only", REPORT_LIMIT = {
  bytes: 64 * 1048576,
  advice: "pass the JSON report a pilot-gate gate wrote with --report; a smoke report this large lists too many scenarios, so point the smoke gate at the smoke suite's reports only"
}, SITE_MAX_PACKS = 5e3, SITE_MAX_DOCUMENTS_PER_PACK = 32, RESTORE_REPORT_LIMIT = {
  bytes: 64 * 1024,
  advice: `pass the restore drill's own report: one JSON object with kind "restore-drill", drill, at, rpo_minutes and rto_minutes`
}, MAX_FILE_ISSUES = 100, MAX_EVIDENCE_PATHS = 10, MAX_REQUIRED_CHECKS = 100, MAX_REQUIRED_CHECK_CHARS = 255, MAX_HEAD_CHECKS = 1e3, OPERATOR_REASON_CHARS = 500;
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
function sizeOverLimit(text, limit) {
  if (text.length * 3 <= limit.bytes) return;
  let bytes = utf8Length(text);
  return bytes > limit.bytes ? bytes : void 0;
}
function tooLargeMessage(subject, bytes, limit) {
  let size = bytes === void 0 ? "" : ` ${count(bytes)} bytes,`;
  return `${subject} is${size} over the limit of ${count(limit.bytes)} bytes (${humanSize(limit.bytes)}); ${limit.advice}.`;
}
function tooLargeIssue(bytes, limit) {
  return { path: "", message: tooLargeMessage("the file", bytes, limit) };
}
function tooManyTestcasesMessage(subject, testcases, before = 0) {
  let together = before > 0 ? ` (with the ${count(before)} read before it, ${count(before + testcases)})` : "";
  return `${subject} has ${count(testcases)} test cases${together}, over the limit of ${count(JUNIT_MAX_TESTCASES)} for one smoke run; ${JUNIT_TESTCASES_ADVICE}.`;
}
function count(n) {
  return n.toLocaleString("en-US");
}
function humanSize(bytes) {
  return bytes >= 1048576 ? `${bytes / 1048576} MiB` : `${bytes / 1024} KiB`;
}
var ROLLBACK_MAX_PACKS = 20, DOCTOR_FOLDER_FILES = 50, ROLLBACK_MAX_CHECK_RUNS = 300, CYCLE_VERIFIED_PACKS = 100;

export {
  CONFIG_LIMIT,
  CONFIG_EXTENDS_LIMIT,
  ENVIRONMENT_LIMIT,
  PILOT_MANIFEST_LIMIT,
  ACTIVITY_LIMIT,
  ACTIVITY_RECORD_BYTES,
  ROSTER_LIMIT,
  MILESTONE_LIMIT,
  RECORDS_LIMIT,
  ISSUE_EVENT_LIMIT,
  RECORD_ERROR_LIMIT,
  JUNIT_LIMIT,
  JUNIT_MAX_TESTCASES,
  REPORT_LIMIT,
  SITE_MAX_PACKS,
  SITE_MAX_DOCUMENTS_PER_PACK,
  RESTORE_REPORT_LIMIT,
  MAX_FILE_ISSUES,
  MAX_EVIDENCE_PATHS,
  MAX_REQUIRED_CHECKS,
  MAX_REQUIRED_CHECK_CHARS,
  MAX_HEAD_CHECKS,
  OPERATOR_REASON_CHARS,
  utf8Length,
  sizeOverLimit,
  tooLargeMessage,
  tooLargeIssue,
  tooManyTestcasesMessage,
  ROLLBACK_MAX_PACKS,
  DOCTOR_FOLDER_FILES,
  ROLLBACK_MAX_CHECK_RUNS,
  CYCLE_VERIFIED_PACKS
};
