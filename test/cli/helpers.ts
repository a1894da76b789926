import { mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";
import { main } from "../../cli/main.js";
import type { CliIO, GitRunner, InputStream } from "../../engine/io.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: InputStream | string;
  /** Stands in for git; by default a git that says "not a git repository". */
  git?: GitRunner;
  isTTY?: boolean;
  /** The CLI's clock (`io.now`); the real time when left out. */
  now?: () => Date;
}

const noGit: GitRunner = () => {
  throw new Error("fatal: not a git repository");
};

/** Runs `pilot-gate <argv>` in-process and collects its output. */
export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd: options.cwd ?? (await tempDir()),
    env: options.env ?? {},
    stdout: {
      write: (chunk: string) => {
        stdout += chunk;
      },
      isTTY: options.isTTY ?? false,
    },
    stderr: {
      write: (chunk: string) => {
        stderr += chunk;
      },
    },
    git: options.git ?? noGit,
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const dirs: string[] = [];

/** A fresh directory under the OS temp dir, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "pilot-gate-cli-"));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes files (path relative to `dir` -> text), creating folders. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

/**
 * Writes `head`, then extends the file to `bytes` with zero bytes without
 * writing them (a sparse file): an input over a size limit that costs no disk.
 */
export async function writeLargeFile(
  dir: string,
  path: string,
  bytes: number,
  head = "",
): Promise<void> {
  await writeFiles(dir, { [path]: head });
  await truncate(join(dir, path), bytes);
}

/** A stack trace line, which expected errors must never print. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
export const ANSI = /\u001b\[/;
