/**
 * The smoke gate's inputs, gathered for the CLI's `smoke` command and the
 * smoke action alike: the commands run, the JUnit files found and parsed,
 * and the report written. Judging them is core's (`evaluateSmoke`).
 */
import { spawn } from "node:child_process";
import type { Dirent } from "node:fs";
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import {
  type CommandResult,
  type JunitError,
  parseJunit,
  type SmokeFile,
  type SmokeInput,
  type SmokeReport,
} from "../../core/gates/smoke/index.js";
import { UsageError } from "../../core/index.js";
import { JUNIT_LIMIT } from "../../core/limits.js";
import {
  displayPath,
  type Environment,
  errorCode,
  FileTooLargeError,
  type OutputStream,
  readLimitedFile,
} from "../io.js";

/** Where the JSON report goes unless `--report` says otherwise. */
export const DEFAULT_SMOKE_REPORT = ".pilot-gate/smoke-report.json";

/** Folders a `**` glob never walks into: dependencies and git's own files. */
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

/**
 * Seconds of slack when judging whether a JUnit file predates the run:
 * some filesystems keep modification times to the second only.
 */
const STALE_SLACK_MS = 2_000;

export interface GatherOptions {
  cwd: string;
  env: Environment;
  /** Shell commands to run first, in order; each runs even when an earlier one failed. */
  commands: readonly string[];
  /** Globs of JUnit files, relative to `cwd` (or absolute). */
  patterns: readonly string[];
  suites: readonly string[];
  /** Where the commands' stdout and stderr go, so the report on stdout stays clean. */
  output: OutputStream;
  /** Milliseconds clock, for durations and staleness; `Date.now` by default. */
  now?: () => number;
}

/**
 * The I/O half of the smoke gate, shared by the CLI and the action: runs the
 * commands, finds the JUnit files the globs match, reads and parses them.
 * Never throws for a bad input: every unreadable or oversized file (over
 * `JUNIT_LIMIT`, or past `JUNIT_MAX_TESTCASES` for the run) and every empty
 * glob becomes an input error the evaluator fails on.
 */
export async function gatherSmoke(options: GatherOptions): Promise<SmokeInput> {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const commands: CommandResult[] = [];
  for (const command of options.commands) {
    commands.push(await runCommand(command, options, now));
  }
  const inputErrors: JunitError[] = [];
  const paths: string[] = [];
  for (const pattern of options.patterns) {
    const matched = await matchFiles(options.cwd, pattern);
    if (matched.length === 0) {
      inputErrors.push({
        file: pattern,
        message: `--junit ${pattern} matched no file: the smoke run wrote no JUnit report there. Check the reporter's output path (vitest: --reporter=junit --outputFile=<path>).`,
      });
    }
    for (const path of matched) if (!paths.includes(path)) paths.push(path);
  }
  const files: SmokeFile[] = [];
  let testcases = 0;
  for (const path of paths.sort()) {
    const shown = displayPath(options.cwd, path).split(sep).join("/");
    let text: string;
    let modified: number;
    try {
      ({ text, modified } = await readLimitedFile(path, shown, JUNIT_LIMIT));
    } catch (error) {
      inputErrors.push({
        file: shown,
        message:
          error instanceof FileTooLargeError
            ? error.message
            : `${shown} cannot be read: ${readReason(error)}`,
      });
      continue;
    }
    const parsed = parseJunit(text, shown, { testcasesBefore: testcases });
    if (!parsed.ok) {
      inputErrors.push(parsed.error);
      continue;
    }
    testcases += parsed.scenarios.length;
    const stale = options.commands.length > 0 && modified < startedAt - STALE_SLACK_MS;
    files.push({ path: shown, scenarios: parsed.scenarios, ...(stale ? { stale } : {}) });
  }
  return {
    commands,
    patterns: [...options.patterns],
    files,
    inputErrors,
    expectedSuites: [...options.suites],
  };
}

/**
 * Runs one smoke command through the shell, as the user typed it on their
 * own machine or in their workflow. Its output goes to `options.output`
 * (stderr), never to stdout, where the report goes.
 */
function runCommand(
  command: string,
  options: GatherOptions,
  now: () => number,
): Promise<CommandResult> {
  const start = now();
  return new Promise((done) => {
    let settled = false;
    const finish = (result: Omit<CommandResult, "command" | "durationMs">) => {
      if (settled) return;
      settled = true;
      done({ command, ...result, durationMs: Math.max(0, now() - start) });
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, {
        shell: true,
        cwd: options.cwd,
        env: options.env as NodeJS.ProcessEnv,
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      finish({ exitCode: null, error: (error as Error).message });
      return;
    }
    const forward = (chunk: Buffer) => options.output.write(chunk.toString("utf8"));
    child.stdout?.on("data", forward);
    child.stderr?.on("data", forward);
    child.on("error", (error) => finish({ exitCode: null, error: error.message }));
    child.on("close", (code, signal) => finish({ exitCode: code, ...(signal ? { signal } : {}) }));
  });
}

/**
 * The files a glob matches, absolute and sorted. Walks only below the glob's
 * literal prefix (`reports/` for `reports/**\/*.xml`), and never into
 * node_modules or .git; a pattern with no glob characters is a plain path.
 */
export async function matchFiles(cwd: string, pattern: string): Promise<string[]> {
  const scan = picomatch.scan(pattern);
  const base = resolve(cwd, scan.base === "" ? "." : scan.base);
  if (!scan.isGlob) return (await isFile(base)) ? [base] : [];
  const isMatch = picomatch(scan.glob, { dot: false });
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(full);
        continue;
      }
      if (!entry.isFile() && !(entry.isSymbolicLink() && (await isFile(full)))) continue;
      if (isMatch(relative(base, full).split(sep).join("/"))) found.push(full);
    }
  };
  await walk(base);
  return found.sort();
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function readReason(error: unknown): string {
  const code = errorCode(error);
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  return error instanceof Error ? error.message : String(error);
}

/** Writes the JSON report, creating its folder; returns the path as shown to people. */
export async function writeSmokeReport(
  cwd: string,
  path: string,
  report: SmokeReport,
): Promise<string> {
  const absolute = resolve(cwd, path);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, `${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(
      `cannot write the smoke report to ${path}: ${readReason(error)}. Pass another path with --report.`,
    );
  }
  return displayPath(cwd, path);
}
