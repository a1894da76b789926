/**
 * What hostile input costs: config validation (unknown keys, duplicate-key
 * checks, the worst 64 KiB shapes found, a 50 MB config refused), JUnit
 * parsing at its limits with the peak memory of each case (each in its own
 * process, since peak RSS only grows), and the requests the App makes for a
 * PR whose own config has 20,000 unknown keys. Figures, not pass/fail.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { composeConfig, readConfigLayer } from "../core/config/compose.js";
import { parseConfig } from "../core/config/load.js";
import { configSchema } from "../core/config/schema.js";
import { ConfigError } from "../core/errors.js";
import { parseJunit } from "../core/gates/smoke/junit.js";
import {
  CONFIG_EXTENDS_LIMIT,
  CONFIG_LIMIT,
  JUNIT_LIMIT,
  JUNIT_MAX_TESTCASES,
  MAX_FILE_ISSUES,
} from "../core/limits.js";
import { parseYamlAs } from "../core/yaml/validate.js";
import { FakeGitHub, loadApp, pullRequestPayload } from "./app-events.js";

const MiB = 1024 * 1024;
const NO_LIMIT = { bytes: Number.POSITIVE_INFINITY, advice: "" };

const bytesOf = (text: string) => Buffer.byteLength(text);
const size = (bytes: number) =>
  bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;

/** Best of a few runs, in ms, and what the last run returned. */
function time<T>(run: () => T, runs = 3): { ms: number; result: T } {
  let best = Number.POSITIVE_INFINITY;
  let result = run();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = run();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

/** What parseConfig says of `text`: valid, or how many problems it listed and counted. */
function validate(text: string): string {
  try {
    parseConfig(text);
    return "valid";
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const first = error.issues[0]?.message ?? "";
    return `${error.problemCount} problem(s), ${error.issues.length} listed: ${first.slice(0, 60)}`;
  }
}

/** The config validated as the App and CLI do, and the same text with no size limit (the parser's own cost). */
function configRow(label: string, text: string): { lines: string[]; ms: number } {
  const bounded = time(() => validate(text));
  const unbounded = time(
    () => parseYamlAs(text, configSchema, { rootDescription: "a mapping", limit: NO_LIMIT }),
    1,
  );
  const found = unbounded.result.ok
    ? "valid"
    : `${unbounded.result.issues.length + unbounded.result.unlisted} problem(s)`;
  return {
    lines: [
      `  ${label} (${size(bytesOf(text))})`,
      `    validate:            ${bounded.ms.toFixed(1)} ms  (${bounded.result})`,
      `    parsed, no limit:    ${unbounded.ms.toFixed(1)} ms  (${found})`,
    ],
    ms: bounded.ms,
  };
}

const keys = (n: number, indent = "") =>
  Array.from({ length: n }, (_, i) => `${indent}k${i}: 1`).join("\n");

/** Text of `build(n)` for the largest n that stays within the config limit. */
function fill(build: (n: number) => string): string {
  let low = 1;
  let high = 1;
  while (bytesOf(build(high)) <= CONFIG_LIMIT.bytes) high *= 2;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (bytesOf(build(mid)) <= CONFIG_LIMIT.bytes) low = mid;
    else high = mid;
  }
  return build(low);
}

/** 64 KiB shapes that stress the parser, the duplicate check, the issue list or the aliases. */
const WORST_CASES: [string, string][] = [
  ["64 KiB of unknown keys", fill((n) => keys(n))],
  ["64 KiB of keys in one mapping (duplicate-checked)", fill((n) => `x:\n${keys(n, "  ")}`)],
  ["64 KiB of one repeated key", fill((n) => `x:\n${"  k: 1\n".repeat(n)}`)],
  ["64 KiB flow list of wrong types", fill((n) => `ids: [${"1,".repeat(n)}1]`)],
  ["64 KiB of syntax errors", fill((n) => "a: b: c\n".repeat(n))],
  ["64 KiB of nested flow lists", fill((n) => `a: ${"[".repeat(n)}${"]".repeat(n)}`)],
  ["64 KiB of aliases", fill((n) => `a: &a [x, x, x, x]\nb: [${Array(n).fill("*a").join(", ")}]`)],
];

function benchConfig(): string[] {
  const lines = [
    `Config validation (limit ${size(CONFIG_LIMIT.bytes)}, first ${MAX_FILE_ISSUES} problems located):`,
  ];
  lines.push(...configRow("20,000 unknown keys", keys(20_000)).lines);
  lines.push(...configRow("40,000 duplicate-checked keys", `x:\n${keys(40_000, "  ")}`).lines);
  let worst = { label: "", ms: 0 };
  for (const [label, text] of WORST_CASES) {
    const row = configRow(label, text);
    lines.push(...row.lines);
    if (row.ms > worst.ms) worst = { label, ms: row.ms };
  }
  lines.push(`  64 KiB worst case: ${worst.label}, ${worst.ms.toFixed(1)} ms`);
  lines.push(...benchChain());
  const huge = `check:\n  name: gate\n# ${"x".repeat(50 * MiB)}`;
  const refused = time(() => validate(huge));
  lines.push(
    `  50 MiB config refused in ${refused.ms.toFixed(1)} ms (${refused.result.slice(0, 80)}...)`,
  );
  return lines;
}

/**
 * The most one repository's config can cost the App: the repository's file
 * and every file `_extends` may reach (CONFIG_EXTENDS_LIMIT), each the same
 * 64 KiB shape, read and composed as engine/config/repository.ts does. A file that does
 * not parse ends the chain, so only shapes that parse are chained.
 */
function benchChain(): string[] {
  const files = CONFIG_EXTENDS_LIMIT + 1;
  const lines = [
    `  A chain of ${files} files (the repository's and ${CONFIG_EXTENDS_LIMIT} extended), each 64 KiB:`,
  ];
  let worst = { label: "", ms: 0 };
  for (const [label, text] of WORST_CASES) {
    const chain = time(() => {
      try {
        const layers = Array.from({ length: files }, (_, i) =>
          readConfigLayer(`acme/repo-${i}:.github/pilot-gate.yml`, text),
        );
        composeConfig(layers);
        return "valid";
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        return `${error.problemCount} problem(s) in ${error.files.length} file(s)`;
      }
    }, 1);
    lines.push(`    ${label}: ${chain.ms.toFixed(1)} ms (${chain.result})`);
    if (chain.ms > worst.ms) worst = { label, ms: chain.ms };
  }
  lines.push(`    worst chain: ${worst.label}, ${worst.ms.toFixed(1)} ms`);
  return lines;
}

/** JUnit files at the limits: as many test cases as allowed, and 8 MiB of the costliest text. */
const JUNIT_CASES: Record<string, () => string> = {
  [`${JUNIT_MAX_TESTCASES.toLocaleString("en-US")} test cases (the count limit)`]: () =>
    suite(
      Array.from(
        { length: JUNIT_MAX_TESTCASES },
        (_, i) =>
          `<testcase classname="suite.Class${i % 50}" name="scenario ${i} does a thing" time="0.012"/>`,
      ).join("\n"),
    ),
  "8 MiB of failure text (the byte limit)": () =>
    suite(`<testcase name="t"><failure>${filler(JUNIT_LIMIT.bytes - 200)}</failure></testcase>`),
  "8 MiB of captured output (the byte limit)": () =>
    suite(`<testcase name="t"/><system-out>${filler(JUNIT_LIMIT.bytes - 200)}</system-out>`),
  "2,000 failing test cases with 4 KiB stack traces": () =>
    suite(
      Array.from(
        { length: 2_000 },
        (_, i) =>
          `<testcase name="t${i}"><failure message="boom">${filler(4_000)}</failure></testcase>`,
      ).join("\n"),
    ),
};

function suite(cases: string): string {
  return `<?xml version="1.0"?>\n<testsuites><testsuite name="s">${cases}</testsuite></testsuites>`;
}

function filler(bytes: number): string {
  const line = "    at frame (src/file.ts:10:5)\n";
  return line.repeat(Math.floor(bytes / line.length));
}

/** In a child process: parses one JUnit case and prints its figures as JSON. */
function junitChild(name: string): void {
  const build = JUNIT_CASES[name];
  if (!build) throw new Error(`no JUnit case ${name}`);
  const xml = build();
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const parsed = parseJunit(xml, "bench.xml");
  const ms = performance.now() - start;
  process.stdout.write(
    JSON.stringify({
      ms,
      bytes: bytesOf(xml),
      scenarios: parsed.ok ? parsed.scenarios.length : parsed.error.message,
      rssBeforeMb: before / MiB,
      peakMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

function benchJunit(): string[] {
  const lines = [
    `JUnit parsing at the limits (${size(JUNIT_LIMIT.bytes)} a file, ${JUNIT_MAX_TESTCASES.toLocaleString("en-US")} test cases a run), each in its own process:`,
  ];
  for (const name of Object.keys(JUNIT_CASES)) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), "--junit-case", name],
      { encoding: "utf8", maxBuffer: 1024 * 1024 },
    );
    if (child.status !== 0) throw new Error(`JUnit case ${name} failed: ${child.stderr}`);
    const figures = JSON.parse(child.stdout) as {
      ms: number;
      bytes: number;
      scenarios: number | string;
      rssBeforeMb: number;
      peakMb: number;
    };
    lines.push(
      `  ${name}: ${size(figures.bytes)}, ${figures.ms.toFixed(0)} ms, peak RSS ${figures.peakMb.toFixed(0)} MiB (${figures.rssBeforeMb.toFixed(0)} MiB before parsing), ${figures.scenarios} scenarios`,
    );
  }
  for (const testcases of [JUNIT_MAX_TESTCASES * 2, 1_000_000]) {
    const xml = suite('<testcase name="t"/>'.repeat(testcases));
    const refused = time(() => parseJunit(xml, "huge.xml"));
    const why = refused.result.ok ? "parsed" : refused.result.error.message.slice(0, 70);
    lines.push(
      `  ${testcases.toLocaleString("en-US")} test cases (${size(bytesOf(xml))}) refused unparsed in ${refused.ms.toFixed(1)} ms: ${why}...`,
    );
  }
  return lines;
}

/** The App judging a push to a PR whose own config is `text`: requests by route, and what it wrote. */
async function benchPullConfig(): Promise<string[]> {
  const lines = ["Requests for a push to a PR that edits its own config:"];
  for (const [label, text] of [
    ["20,000 unknown keys", keys(20_000)],
    ["5,000 unknown keys (within 64 KiB)", keys(5_000)],
  ] as const) {
    const github = new FakeGitHub();
    const probot = await loadApp(github);
    const head = "a".repeat(40);
    github.setFiles(7, [".github/pilot-gate.yml"]);
    github.setConfigAt(head, text);
    const start = performance.now();
    await probot.receive({
      id: `input-cost-${label}`,
      name: "pull_request",
      payload: pullRequestPayload(7, "synchronize", { body: "", head }),
    } as Parameters<typeof probot.receive>[0]);
    const ms = performance.now() - start;
    const routes = [...github.counts]
      .filter(([route]) => !route.startsWith("POST /app/"))
      .map(([route, n]) => `${route} x${n}`)
      .join("; ");
    const annotations = github.checkRunWrites.map((body) => body.output?.annotations?.length ?? 0);
    lines.push(
      `  ${label} (${size(bytesOf(text))}): ${github.total()} requests in ${ms.toFixed(0)} ms, ${github.checkRunWrites.length} check run write(s) with ${annotations.join(", ")} annotation(s)`,
      `    ${routes}`,
    );
  }
  return lines;
}

/** Runs the input-cost section and returns the lines to print. */
export async function benchInputCost(): Promise<string[]> {
  return [...benchConfig(), "", ...benchJunit(), "", ...(await benchPullConfig())];
}

const caseFlag = process.argv.indexOf("--junit-case");
if (caseFlag !== -1) junitChild(process.argv[caseFlag + 1] ?? "");
