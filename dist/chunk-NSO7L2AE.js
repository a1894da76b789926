import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  errorCode
} from "./chunk-SSP7UEET.js";
import {
  PACK_META_FILES,
  escapedPath
} from "./chunk-XRWPT2AM.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";

// engine/evidence/files.ts
import { createHash } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import { copyFile, lstat, mkdir, readdir, readFile } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
var CHUNK = 1024 * 1024, PARALLEL = 4;
async function hashFile(path) {
  let hash = createHash("sha256"), size = 0;
  for await (let chunk of createReadStream(path, { highWaterMark: CHUNK }))
    hash.update(chunk), size += chunk.length;
  return { sha256: hash.digest("hex"), size };
}
async function copyAndHash(source, target) {
  return await mkdir(dirname(target), { recursive: !0 }), await copyFile(source, target, constants.COPYFILE_EXCL), hashFile(target);
}
async function mapLimit(items, work) {
  let results = new Array(items.length), next = 0, failure, worker = async () => {
    for (; failure === void 0 && next < items.length; ) {
      let index = next++;
      try {
        results[index] = await work(items[index]);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  if (await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker)), failure !== void 0) throw failure.error;
  return results;
}
var UTF8 = new TextDecoder("utf-8", { fatal: !0 });
async function entriesOf(dir) {
  return (await readdir(dir, { withFileTypes: !0, encoding: "buffer" })).map((entry) => {
    let name;
    try {
      name = UTF8.decode(entry.name);
    } catch {
      name = void 0;
    }
    return { entry, bytes: entry.name, name };
  }).sort((a, b) => Buffer.compare(a.bytes, b.bytes));
}
function pathBytes(rel, name) {
  return rel === "" ? name : Buffer.concat([Buffer.from(`${rel}/`), name]);
}
async function collectInputs(absolute, shown, prefix) {
  let stats = await lstatOrExplain(absolute, shown), name = basename(absolute);
  if (stats.isFile()) return [{ source: absolute, packPath: `${prefix}/${name}` }];
  if (!stats.isDirectory())
    throw new UsageError(
      `cannot pack ${shown}: it is a symbolic link or special file; pass the file it points to`
    );
  let inputs = [];
  for (let rel of await walk(absolute, "", shown))
    inputs.push({
      source: join(absolute, ...rel.split("/")),
      packPath: `${prefix}/${name}/${rel}`
    });
  return inputs;
}
async function walk(root, rel, shown) {
  let out = [];
  for (let { entry, bytes, name } of await entriesOf(join(root, rel))) {
    let at = (name2) => rel === "" ? name2 : `${rel}/${name2}`;
    if (name === void 0)
      throw new UsageError(
        `cannot pack ${shown}: ${shown}/${escapedPath(pathBytes(rel, bytes))} in it has a name that is not UTF-8, which no manifest can list; rename it`
      );
    if (entry.isDirectory()) out.push(...await walk(root, at(name), shown));
    else if (entry.isFile()) out.push(at(name));
    else
      throw new UsageError(
        `cannot pack ${shown}: ${at(name)} in it is a symbolic link or special file`
      );
  }
  return out;
}
async function lstatOrExplain(path, shown) {
  try {
    return await lstat(path);
  } catch (error) {
    let code = errorCode(error);
    throw new UsageError(
      `cannot read ${shown}: ${code === "ENOENT" ? "no such file or folder" : code ?? error.message}`
    );
  }
}
async function readPackDir(dir, label) {
  let files = /* @__PURE__ */ new Map(), meta = /* @__PURE__ */ new Map(), invalidNames = [], paths = [], visit = async (rel) => {
    for (let { entry, bytes, name } of await entriesOf(join(dir, rel))) {
      if (name === void 0) {
        invalidNames.push(pathBytes(rel, bytes));
        continue;
      }
      let path = rel === "" ? name : `${rel}/${name}`;
      entry.isDirectory() ? await visit(path) : entry.isFile() && PACK_META_FILES.includes(path) ? meta.set(path, await readFile(join(dir, path))) : entry.isFile() ? paths.push(path) : files.set(path, { sha256: "not-a-regular-file", size: 0 });
    }
  };
  await visit("");
  let digests = await mapLimit(paths, (rel) => hashFile(join(dir, rel)));
  return paths.forEach((rel, index) => {
    files.set(rel, digests[index]);
  }), {
    label,
    folder: dir.split(sep).join("/"),
    manifest: meta.get("manifest.json"),
    statement: meta.get("statement.json"),
    envelope: meta.get("statement.dsse.json"),
    files,
    invalidNames
  };
}
async function kindOf(path) {
  try {
    return (await lstat(path)).isDirectory() ? "dir" : "other";
  } catch (error) {
    if (errorCode(error) === "ENOENT") return "none";
    throw error;
  }
}

export {
  copyAndHash,
  mapLimit,
  collectInputs,
  readPackDir,
  kindOf
};
