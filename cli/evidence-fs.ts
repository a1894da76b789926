/**
 * File work for `pilot-gate evidence`: walking inputs, hashing and copying
 * them as streams (memory stays flat however large the pack), reading a pack
 * back for verification. The format and the checks live in core/evidence.
 */
import { createHash } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import { copyFile, lstat, mkdir, readdir, readFile } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { PACK_META_FILES, type PackContents } from "../core/evidence/index.js";
import { UsageError } from "../core/index.js";
import { errorCode } from "./io.js";

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

/** Runs `work` over `items` with at most PARALLEL at a time, keeping the order of results. */
export async function mapLimit<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  return results;
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
  for (const file of await walk(absolute, shown)) {
    inputs.push({
      source: file,
      packPath: `${prefix}/${name}/${relative(absolute, file).split(sep).join("/")}`,
    });
  }
  return inputs;
}

async function walk(dir: string, shown: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path, shown)));
    else if (entry.isFile()) out.push(path);
    else {
      throw new UsageError(
        `cannot pack ${shown}: ${relative(dir, path)} in it is a symbolic link or special file`,
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
 * Reads a pack folder for `verifyPack`: the text of its three own files and
 * the digest of every other file under it. A symbolic link or special file
 * counts as a file with no valid digest, so it shows up as extra or
 * tampered instead of being skipped.
 */
export async function readPackDir(dir: string, label: string): Promise<PackContents> {
  const files = new Map<string, Digest>();
  const meta = new Map<string, string>();
  const paths: string[] = [];
  const visit = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(current, entry.name);
      const rel = relative(dir, path).split(sep).join("/");
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile() && (PACK_META_FILES as readonly string[]).includes(rel)) {
        meta.set(rel, await readFile(path, "utf8"));
      } else if (entry.isFile()) paths.push(rel);
      else files.set(rel, { sha256: "not-a-regular-file", size: 0 });
    }
  };
  await visit(dir);
  const digests = await mapLimit(paths, (rel) => hashFile(join(dir, rel)));
  paths.forEach((rel, index) => {
    files.set(rel, digests[index] as Digest);
  });
  return {
    label,
    manifest: meta.get("manifest.json"),
    statement: meta.get("statement.json"),
    envelope: meta.get("statement.dsse.json"),
    files,
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
