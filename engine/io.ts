import { execFileSync } from "node:child_process";
import { open, readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { UsageError } from "../core/index.js";
import { type InputLimit, tooLargeMessage } from "../core/limits.js";

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
  /** The clock of commands that read the time (tests set it); the real time when unset. */
  now?: () => Date;
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

/** What a failed read's error code means, in words for a message. */
export const READ_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOTDIR: "a parent of it is not a directory",
};

/**
 * A file over its `InputLimit`, which was not read. The message names the
 * file as the user wrote it, its size and what to do.
 */
export class FileTooLargeError extends UsageError {
  /** The file's size; `undefined` for a pipe or device, read only up to the limit. */
  readonly bytes: number | undefined;

  constructor(path: string, bytes: number | undefined, limit: InputLimit) {
    super(tooLargeMessage(path, bytes, limit));
    this.bytes = bytes;
  }
}

/**
 * Reads a UTF-8 text file relative to cwd. Missing or unreadable files become
 * a `UsageError` naming the path as the user wrote it, never a stack trace;
 * with a `limit`, a larger file is a `FileTooLargeError` and is not read.
 */
export async function readTextFile(
  cwd: string,
  path: string,
  hint = "",
  limit?: InputLimit,
): Promise<string> {
  try {
    const absolute = resolve(cwd, path);
    return limit
      ? (await readLimitedFile(absolute, path, limit)).text
      : await readFile(absolute, "utf8");
  } catch (error) {
    if (error instanceof FileTooLargeError) throw error;
    const code = errorCode(error);
    const reason = (code && READ_ERRORS[code]) ?? (error as Error).message;
    throw new UsageError(`cannot read ${path}: ${reason}${hint}`);
  }
}

/**
 * Reads a file when it exists; `undefined` when it does not. Other errors
 * still throw; with a `limit`, a larger file is a `FileTooLargeError`.
 */
export async function readOptionalFile(
  path: string,
  limit?: InputLimit,
  shown: string = path,
): Promise<string | undefined> {
  try {
    return limit ? (await readLimitedFile(path, shown, limit)).text : await readFile(path, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return undefined;
    throw error;
  }
}

/**
 * Reads a UTF-8 text file of at most `limit.bytes`, and its modification
 * time. A regular file over the limit is refused by its size, unread; any
 * other file (a pipe, a device) is read only up to one byte past the limit,
 * so memory stays bounded either way. `shown` names it in the error.
 */
export async function readLimitedFile(
  absolute: string,
  shown: string,
  limit: InputLimit,
): Promise<{ text: string; modified: number }> {
  const handle = await open(absolute, "r");
  try {
    const stats = await handle.stat();
    if (stats.isFile() && stats.size > limit.bytes) {
      throw new FileTooLargeError(shown, stats.size, limit);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of handle.createReadStream({
      start: 0,
      end: limit.bytes, // inclusive: one byte past the limit tells a file that grew
      autoClose: false,
    })) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
    }
    if (total > limit.bytes) throw new FileTooLargeError(shown, undefined, limit);
    return { text: Buffer.concat(chunks, total).toString("utf8"), modified: stats.mtimeMs };
  } finally {
    await handle.close();
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
