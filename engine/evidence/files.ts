/**
 * File work for `pilot-gate evidence`: walking inputs, hashing and copying
 * them as streams (memory stays flat however large the pack), reading a pack
 * back for verification. The format and the checks live in core/evidence.
 */
import { createHash } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import { copyFile, lstat, mkdir, readdir, readFile } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { escapedPath, PACK_META_FILES, type PackContents } from "../../core/evidence/index.js";
import { UsageError } from "../../core/index.js";
import { errorCode } from "../io.js";

/** Read in 1 MiB chunks: fewer hash updates and syscalls than the 64 KiB default. */
const CHUNK = 1024 * 1024;
/** Files hashed or copied at once, so disk waits overlap with hashing. */
const PARALLEL = 4;

export interface Digest {
  sha256: string;
  size: number;
}

/** One file to pack: where it is now and its path inside the pack. */
export interface PackInput {
  source: string;
  packPath: string;
}

/** The SHA-256 and size of a file, read as a stream. */
export async function hashFile(path: string): Promise<Digest> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), size };
}

/**
 * Copies `source` to `target` and hashes the copy: the digest is of the bytes
 * that are in the pack. The kernel copies (copy_file_range, or a reflink where
 * the file system has them) and the hash reads the copy back while it is still
 * in the page cache, which measured faster than one streamed pass through
 * JavaScript that both hashes and writes. Memory stays flat either way.
 */
export async function copyAndHash(source: string, target: string): Promise<Digest> {
  await mkdir(dirname(target), { recursive: true });
  await copyFile(source, target, constants.COPYFILE_EXCL);
  return hashFile(target);
}

/**
 * Runs `work` over `items` with at most PARALLEL at a time, keeping the order
 * of results. On the first failure no new item starts, and it rejects with
 * that failure only once the items already started have settled: a caller
 * that cleans up after a failure must not race work still writing.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  if (failure !== undefined) throw failure.error;
  return results;
}

/** Strict UTF-8, for names: Node would turn a byte that is not UTF-8 into U+FFFD, a name that opens nothing. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** A folder's entries with their names as bytes; `name` is undefined when those are not UTF-8. */
async function entriesOf(dir: string) {
  const entries = await readdir(dir, { withFileTypes: true, encoding: "buffer" });
  return entries
    .map((entry) => {
      let name: string | undefined;
      try {
        name = UTF8.decode(entry.name);
      } catch {
        name = undefined;
      }
      return { entry, bytes: entry.name, name };
    })
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes));
}

/** `rel/name` as bytes, for a name that is not UTF-8 under a folder whose path is. */
function pathBytes(rel: string, name: Buffer): Buffer {
  return rel === "" ? name : Buffer.concat([Buffer.from(`${rel}/`), name]);
}

/**
 * The files a `--file` or `--report` argument stands for: a file becomes
 * `<prefix>/<name>`, a folder every regular file under it as
 * `<prefix>/<folder name>/<relative path>`. Symbolic links and special files
 * are refused rather than silently left out.
 */
export async function collectInputs(
  absolute: string,
  shown: string,
  prefix: string,
): Promise<PackInput[]> {
  const stats = await lstatOrExplain(absolute, shown);
  const name = basename(absolute);
  if (stats.isFile()) return [{ source: absolute, packPath: `${prefix}/${name}` }];
  if (!stats.isDirectory()) {
    throw new UsageError(
      `cannot pack ${shown}: it is a symbolic link or special file; pass the file it points to`,
    );
  }
  const inputs: PackInput[] = [];
  for (const rel of await walk(absolute, "", shown)) {
    inputs.push({
      source: join(absolute, ...rel.split("/")),
      packPath: `${prefix}/${name}/${rel}`,
    });
  }
  return inputs;
}

/** Every regular file under `root/rel`, by `/`-separated path from `root`, in byte order. */
async function walk(root: string, rel: string, shown: string): Promise<string[]> {
  const out: string[] = [];
  for (const { entry, bytes, name } of await entriesOf(join(root, rel))) {
    const at = (name: string) => (rel === "" ? name : `${rel}/${name}`);
    if (name === undefined) {
      throw new UsageError(
        `cannot pack ${shown}: ${shown}/${escapedPath(pathBytes(rel, bytes))} in it has a name that is not UTF-8, which no manifest can list; rename it`,
      );
    }
    if (entry.isDirectory()) out.push(...(await walk(root, at(name), shown)));
    else if (entry.isFile()) out.push(at(name));
    else {
      throw new UsageError(
        `cannot pack ${shown}: ${at(name)} in it is a symbolic link or special file`,
      );
    }
  }
  return out;
}

async function lstatOrExplain(path: string, shown: string) {
  try {
    return await lstat(path);
  } catch (error) {
    const code = errorCode(error);
    throw new UsageError(
      `cannot read ${shown}: ${code === "ENOENT" ? "no such file or folder" : (code ?? (error as Error).message)}`,
    );
  }
}

/**
 * Reads a pack folder for `verifyPack`: the bytes of its three own files and
 * the digest of every other file under it. A symbolic link or special file
 * counts as a file with no valid digest, so it shows up as extra or
 * tampered instead of being skipped; a name that is not UTF-8 is passed on
 * as bytes (unopened, whatever it is) for verification to name.
 */
export async function readPackDir(dir: string, label: string): Promise<PackContents> {
  const files = new Map<string, Digest>();
  const meta = new Map<string, Buffer>();
  const invalidNames: Buffer[] = [];
  const paths: string[] = [];
  const visit = async (rel: string): Promise<void> => {
    for (const { entry, bytes, name } of await entriesOf(join(dir, rel))) {
      if (name === undefined) {
        invalidNames.push(pathBytes(rel, bytes));
        continue;
      }
      const path = rel === "" ? name : `${rel}/${name}`;
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile() && (PACK_META_FILES as readonly string[]).includes(path)) {
        meta.set(path, await readFile(join(dir, path)));
      } else if (entry.isFile()) paths.push(path);
      else files.set(path, { sha256: "not-a-regular-file", size: 0 });
    }
  };
  await visit("");
  const digests = await mapLimit(paths, (rel) => hashFile(join(dir, rel)));
  paths.forEach((rel, index) => {
    files.set(rel, digests[index] as Digest);
  });
  return {
    label,
    folder: dir.split(sep).join("/"),
    manifest: meta.get("manifest.json"),
    statement: meta.get("statement.json"),
    envelope: meta.get("statement.dsse.json"),
    files,
    invalidNames,
  };
}

/** What is at `path`: a folder, something else, or nothing. */
export async function kindOf(path: string): Promise<"dir" | "other" | "none"> {
  try {
    return (await lstat(path)).isDirectory() ? "dir" : "other";
  } catch (error) {
    if (errorCode(error) === "ENOENT") return "none";
    throw error;
  }
}
