import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  tooLargeMessage
} from "./chunk-MSUCSWVI.js";

// engine/io.ts
import { execFileSync } from "node:child_process";
import { open, readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
function runGit(args, cwd, env) {
  return execFileSync("git", args, {
    cwd,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 1e4,
    // Room for the paths of a very large diff; the default is 1 MiB.
    maxBuffer: 64 * 1024 * 1024
  });
}
function displayPath(cwd, path) {
  let absolute = resolve(cwd, path), rel = relative(cwd, absolute);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : absolute;
}
function errorCode(error) {
  return typeof error == "object" && error !== null && "code" in error ? String(error.code) : void 0;
}
var READ_ERRORS = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOTDIR: "a parent of it is not a directory"
}, FileTooLargeError = class extends UsageError {
  /** The file's size; `undefined` for a pipe or device, read only up to the limit. */
  bytes;
  constructor(path, bytes, limit) {
    super(tooLargeMessage(path, bytes, limit)), this.bytes = bytes;
  }
};
async function readTextFile(cwd, path, hint = "", limit) {
  try {
    let absolute = resolve(cwd, path);
    return limit ? (await readLimitedFile(absolute, path, limit)).text : await readFile(absolute, "utf8");
  } catch (error) {
    if (error instanceof FileTooLargeError) throw error;
    let code = errorCode(error), reason = (code && READ_ERRORS[code]) ?? error.message;
    throw new UsageError(`cannot read ${path}: ${reason}${hint}`);
  }
}
async function readOptionalFile(path, limit, shown = path) {
  try {
    return limit ? (await readLimitedFile(path, shown, limit)).text : await readFile(path, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return;
    throw error;
  }
}
async function readLimitedFile(absolute, shown, limit) {
  let handle = await open(absolute, "r");
  try {
    let stats = await handle.stat();
    if (stats.isFile() && stats.size > limit.bytes)
      throw new FileTooLargeError(shown, stats.size, limit);
    let chunks = [], total = 0;
    for await (let chunk of handle.createReadStream({
      start: 0,
      end: limit.bytes,
      // inclusive: one byte past the limit tells a file that grew
      autoClose: !1
    }))
      chunks.push(chunk), total += chunk.length;
    if (total > limit.bytes) throw new FileTooLargeError(shown, void 0, limit);
    return { text: Buffer.concat(chunks, total).toString("utf8"), modified: stats.mtimeMs };
  } finally {
    await handle.close();
  }
}
async function readAll(input) {
  if (typeof input == "string") return input;
  let decoder = new TextDecoder(), text = "";
  for await (let chunk of input)
    text += typeof chunk == "string" ? chunk : decoder.decode(chunk, { stream: !0 });
  return text + decoder.decode();
}

export {
  runGit,
  displayPath,
  errorCode,
  READ_ERRORS,
  FileTooLargeError,
  readTextFile,
  readOptionalFile,
  readLimitedFile,
  readAll
};
