import { XMLParser, XMLValidator } from "fast-xml-parser";
import {
  JUNIT_LIMIT,
  JUNIT_MAX_TESTCASES,
  sizeOverLimit,
  tooLargeMessage,
  tooManyTestcasesMessage,
} from "../../limits.js";
import type { Scenario, ScenarioResult } from "./report.js";

/** A JUnit file that cannot be read as a test report, located as precisely as the parser allows. */
export interface JunitError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export type JunitParse = { ok: true; scenarios: Scenario[] } | { ok: false; error: JunitError };

/** Longest message kept per scenario: enough for an assertion and the top of its stack. */
export const MAX_MESSAGE_CHARS = 2_000;

/** Deeper nesting of <testsuite> is not a report any runner writes; refusing it bounds recursion. */
const MAX_SUITE_DEPTH = 64;

/** Elements that may repeat, so the parser always gives arrays for them. */
const REPEATED = new Set([
  "testsuite",
  "testcase",
  "property",
  "properties",
  "failure",
  "error",
  "skipped",
  "flakyFailure",
  "flakyError",
  "rerunFailure",
  "rerunError",
]);

const ATTEMPT_KINDS = ["flakyFailure", "flakyError", "rerunFailure", "rerunError"] as const;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => REPEATED.has(name),
  // Captured output is never read, and is often most of a file; as stop nodes
  // it is sliced out whole instead of built a character at a time (16 MB of
  // it: 60 ms instead of 2 s and 550 MB).
  stopNodes: ["*.system-out", "*.system-err"],
});

type XmlNode = Record<string, unknown>;

/** Tags written in a test name: `[core-flow]` or `@auth` (after a space or at the start). */
const NAME_TAGS = /\[([A-Za-z0-9][\w:./-]*)\]|(?:^|\s)@([A-Za-z0-9][\w:./-]*)/g;

/**
 * Reads a JUnit XML report (as vitest, Jest, pytest, Maven Surefire and
 * Gradle write it): a <testsuites> or <testsuite> root, suites nested to any
 * depth, and Surefire's rerun elements (`flakyFailure`, `rerunFailure`, ...).
 * Returns every <testcase> as a scenario, or an error with the file and,
 * when the XML is malformed, the line and column the parser stopped at.
 *
 * A file over `JUNIT_LIMIT`, or whose test cases with `testcasesBefore`
 * (those read from earlier files of the same run) pass
 * `JUNIT_MAX_TESTCASES`, is refused before it is parsed.
 */
export function parseJunit(
  xml: string,
  file: string,
  { testcasesBefore = 0 }: { testcasesBefore?: number } = {},
): JunitParse {
  const bytes = sizeOverLimit(xml, JUNIT_LIMIT);
  if (bytes !== undefined) {
    return { ok: false, error: { file, message: tooLargeMessage(file, bytes, JUNIT_LIMIT) } };
  }
  const testcases = countTestcases(xml);
  if (testcasesBefore + testcases > JUNIT_MAX_TESTCASES) {
    return {
      ok: false,
      error: { file, message: tooManyTestcasesMessage(file, testcases, testcasesBefore) },
    };
  }
  if (xml.trim() === "") {
    return fail(file, "is empty: the test runner wrote no report (did it crash before the end?)");
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    const open = unclosedTags(msg);
    if (open.length > 0) {
      // The validator reports unclosed tags at 1:1; the problem is where the file stops.
      return fail(
        file,
        `is not well-formed XML: it ends before ${open.map((t) => `</${t}>`).join(", ")}. The report is cut off: did the test runner crash or get killed while writing it?`,
        xml.split("\n").length,
      );
    }
    return fail(file, `is not well-formed XML: ${msg}`, line, col);
  }
  let document: XmlNode;
  try {
    document = parser.parse(xml) as XmlNode;
  } catch (error) {
    return fail(
      file,
      `cannot be parsed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const roots = Object.keys(document).filter((key) => !key.startsWith("?") && key !== "#text");
  const root = roots[0];
  if (root !== "testsuites" && root !== "testsuite") {
    const found = root === undefined ? "no element" : `<${root}>`;
    return fail(
      file,
      `is not a JUnit report: its root is ${found}, expected <testsuites> or <testsuite>. Point --junit at the file your test runner's JUnit reporter writes.`,
      root === undefined ? undefined : lineOf(xml, `<${root}`),
    );
  }
  const scenarios: Scenario[] = [];
  try {
    // isArray makes every <testsuite> a list, the root one included.
    const value = document[root];
    const node = asNode(Array.isArray(value) ? value[0] : value);
    if (root === "testsuites") {
      const name = attr(node, "name");
      const context = contextOf(node, { suitePath: name ? [name] : [], tags: [] });
      for (const suite of children(node, "testsuite"))
        walkSuite(suite, context, file, scenarios, 1);
      // Some runners put test cases straight under <testsuites>.
      for (const testcase of children(node, "testcase")) {
        scenarios.push(toScenario(testcase, context, file));
      }
    } else {
      walkSuite(node, { suitePath: [], tags: [] }, file, scenarios, 1);
    }
  } catch (error) {
    if (error instanceof NestingError) return fail(file, error.message);
    throw error;
  }
  return { ok: true, scenarios };
}

class NestingError extends Error {}

const TESTCASE_TAG = /<testcase[\s/>]/g;

/**
 * `<testcase` tags in the text, counted before parsing so that a file with
 * too many is never parsed. One in a comment or CDATA counts too, which can
 * only make the count high, never let a file past the limit.
 */
function countTestcases(xml: string): number {
  let n = 0;
  TESTCASE_TAG.lastIndex = 0;
  while (TESTCASE_TAG.exec(xml) !== null) n++;
  return n;
}

interface Context {
  suitePath: string[];
  tags: string[];
  suite?: string;
}

function walkSuite(
  node: XmlNode,
  parent: Context,
  file: string,
  out: Scenario[],
  depth: number,
): void {
  if (depth > MAX_SUITE_DEPTH) {
    throw new NestingError(`nests <testsuite> more than ${MAX_SUITE_DEPTH} deep`);
  }
  const name = attr(node, "name");
  const context = contextOf(node, {
    suitePath: name ? [...parent.suitePath, name] : parent.suitePath,
    tags: parent.tags,
    ...(name ? { suite: name } : parent.suite ? { suite: parent.suite } : {}),
  });
  for (const testcase of children(node, "testcase")) out.push(toScenario(testcase, context, file));
  for (const child of children(node, "testsuite")) walkSuite(child, context, file, out, depth + 1);
}

/** Adds what a suite's <properties> say (tags, a suite name) to what it inherits. */
function contextOf(node: XmlNode, base: Context): Context {
  const props = properties(node);
  const suite = props.get("suite") ?? base.suite;
  return {
    suitePath: base.suitePath,
    tags: mergeTags(base.tags, splitTags(props.get("tags") ?? props.get("tag"))),
    ...(suite !== undefined ? { suite } : {}),
  };
}

function toScenario(node: XmlNode, context: Context, file: string): Scenario {
  const name = attr(node, "name") ?? "(unnamed)";
  const classname = attr(node, "classname");
  const props = properties(node);
  const tags = mergeTags(
    context.tags,
    splitTags(props.get("tags") ?? props.get("tag")),
    tagsInName(name),
  );
  const failures = children(node, "failure");
  const errors = children(node, "error");
  const skipped = children(node, "skipped");
  const attempts = ATTEMPT_KINDS.flatMap((kind) =>
    children(node, kind).map((attempt) => ({ kind, message: messageOf(attempt) })),
  );
  let result: ScenarioResult = "passed";
  let error: string | undefined;
  if (errors.length > 0) {
    result = "errored";
    error = detailOf(errors[0]);
  } else if (failures.length > 0) {
    result = "failed";
    error = detailOf(failures[0]);
  } else if (skipped.length > 0) {
    result = "skipped";
    error = messageOf(skipped[0]) || undefined;
  } else if (attempts.some((a) => a.kind === "flakyFailure" || a.kind === "flakyError")) {
    result = "flaky";
  }
  const durationMs = seconds(attr(node, "time"));
  const suite = props.get("suite") ?? context.suite ?? classname ?? file;
  return {
    name,
    suite,
    suitePath: context.suitePath,
    ...(classname !== undefined ? { classname } : {}),
    file,
    tags,
    result,
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(error !== undefined ? { error } : {}),
    attempts,
  };
}

function asNode(value: unknown): XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as XmlNode)
    : {};
}

/** Child elements of one name; an element with no attributes or children parses as a string. */
function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => (typeof item === "string" ? { "#text": item } : asNode(item)));
}

function attr(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

function text(node: XmlNode | undefined): string {
  const value = node?.["#text"];
  return typeof value === "string" ? value.trim() : "";
}

/** `<properties><property name=".." value=".."/></properties>`; the value may also be the text. */
function properties(node: XmlNode): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of children(node, "properties")) {
    for (const property of children(group, "property")) {
      const name = attr(property, "name");
      if (name !== undefined) map.set(name, attr(property, "value") ?? text(property));
    }
  }
  return map;
}

/** The short message of a failure or attempt: its `message`, else its first line of text. */
function messageOf(node: XmlNode | undefined): string {
  if (node === undefined) return "";
  const message = attr(node, "message")?.trim();
  if (message) return clip(message);
  const body = text(node) || text(children(node, "stackTrace")[0]);
  return clip(body.split("\n")[0]?.trim() ?? "");
}

/** A failure's message followed by its body (the stack trace), clipped. */
function detailOf(node: XmlNode | undefined): string {
  if (node === undefined) return "";
  const message = attr(node, "message")?.trim() ?? "";
  const type = attr(node, "type")?.trim();
  const body = text(node) || text(children(node, "stackTrace")[0]);
  const head = message || (type ?? "");
  // vitest and Surefire repeat the message at the top of the stack trace.
  const detail = !body ? head : !head || body.includes(head) ? body : `${head}\n${body}`;
  return clip(detail || "failed with no message");
}

function clip(text: string): string {
  return text.length <= MAX_MESSAGE_CHARS ? text : `${text.slice(0, MAX_MESSAGE_CHARS - 1)}…`;
}

/** A JUnit `time` in seconds (Surefire may write `1,234.5`) as milliseconds. */
function seconds(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value.replace(/,/g, ""));
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 1_000_000) / 1_000 : undefined;
}

function splitTags(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[,\s]+/)
    .map((tag) => tag.trim().replace(/^@/, ""))
    .filter((tag) => tag !== "");
}

function tagsInName(name: string): string[] {
  return [...name.matchAll(NAME_TAGS)].map((m) => m[1] ?? m[2] ?? "").filter(Boolean);
}

function mergeTags(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** The tags fast-xml-parser lists as never closed (`Invalid '["a","b"]' found.`), innermost first. */
function unclosedTags(message: string): string[] {
  const list = /^Invalid '(\[[\s\S]*\])' found/.exec(message)?.[1];
  if (list === undefined) return [];
  try {
    const tags: unknown = JSON.parse(list);
    return Array.isArray(tags) ? tags.map(String).reverse() : [];
  } catch {
    return [];
  }
}

function lineOf(xml: string, needle: string): number | undefined {
  const at = xml.indexOf(needle);
  if (at === -1) return undefined;
  let line = 1;
  for (let i = 0; i < at; i++) if (xml.charCodeAt(i) === 10) line++;
  return line;
}

function fail(file: string, message: string, line?: number, column?: number): JunitParse {
  return {
    ok: false,
    error: {
      file,
      message: `${file} ${message}`,
      ...(line !== undefined ? { line } : {}),
      ...(column !== undefined ? { column } : {}),
    },
  };
}
