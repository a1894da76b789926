import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { UsageError } from "../core/index.js";

/** Where output goes: `process.stdout`/`process.stderr`, or a buffer in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** True for a terminal; colour is only used on one. */
  isTTY?: boolean;
}

/** What stdin can be: the process stream, or any iterable of chunks (a string in tests). */
export type InputStream = AsyncIterable<string | Uint8Array> & { isTTY?: boolean };

/** Runs git in `cwd` and returns its stdout; throws when git fails or is missing. */
export type GitRunner = (args: string[], cwd: string, env: Environment) => string;

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Everything the CLI takes from the outside world besides argv. `main` gets it
 * as a parameter, so every command runs in-process in tests.
 */
export interface CliIO {
  cwd: string;
  env: Environment;
  stdout: OutputStream;
  stderr: OutputStream;
  stdin?: InputStream | string;
  /**
   * Overrides how git is run to read the current branch and the changed
   * files (tests). Defaults to `runGit`.
   */
  git?: GitRunner;
}

/** Runs git for real; tests pass `io.git` instead. */
export function runGit(args: string[], cwd: string, env: Environment): string {
  return execFileSync("git", args, {
    cwd,
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 10_000,
    // Room for the paths of a very large diff; the default is 1 MiB.
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** A path relative to cwd when it is inside it, for messages people read. */
export function displayPath(cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
}

/** Node's error code for a failed file operation, if any. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOTDIR: "a parent of it is not a directory",
};

/**
 * Reads a UTF-8 text file relative to cwd. Missing or unreadable files become
 * a `UsageError` naming the path as the user wrote it, never a stack trace.
 */
export async function readTextFile(cwd: string, path: string, hint = ""): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), "utf8");
  } catch (error) {
    const code = errorCode(error);
    const reason = (code && READ_ERRORS[code]) ?? (error as Error).message;
    throw new UsageError(`cannot read ${path}: ${reason}${hint}`);
  }
}

/** Reads a file when it exists; `undefined` when it does not. Other errors still throw. */
export async function readOptionalFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return undefined;
    throw error;
  }
}

/** Reads all of stdin as UTF-8 text. */
export async function readAll(input: InputStream | string): Promise<string> {
  if (typeof input === "string") return input;
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of input) {
    text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}
