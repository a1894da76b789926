import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-H3CMQPMM.js";
import {
  displayPath,
  errorCode,
  readTextFile
} from "./chunk-2WRDFAE2.js";
import {
  ENVELOPE_FILE,
  MANIFEST_FILE,
  PACK_META_FILES,
  STATEMENT_FILE,
  assertEd25519,
  buildManifest,
  buildStatement,
  digestOf,
  escapedPath,
  gateResultOf,
  keyId,
  manifestSchema,
  mediaTypeOf,
  parseIJson,
  signStatement
} from "./chunk-7HE3ZHCI.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  REPORT_LIMIT
} from "./chunk-5FFKKTMT.js";

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

// engine/evidence/pack.ts
import { createPrivateKey } from "node:crypto";
import { mkdir as mkdir2, mkdtemp, readdir as readdir2, readFile as readFile2, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join2, resolve } from "node:path";
var SIGNING_KEY_ENV = "PILOT_GATE_SIGNING_KEY";
async function packEvidence(request) {
  let { cwd, scope, id, commit, createdAt, reports, files: extras } = request, io = { cwd }, root = resolve(cwd, request.root), scopeDir = join2(root, scope), packDir = join2(scopeDir, id), shownPack = displayPath(io.cwd, packDir);
  for (let [path, what] of [
    [root, "the evidence root"],
    [scopeDir, "the scope folder"]
  ])
    if (await kindOf(path) === "other")
      throw new UsageError(
        `${what} ${displayPath(io.cwd, path)} is a file, not a folder; nothing was packed. Pass --root <folder> or move the file away.`
      );
  if (await kindOf(packDir) !== "none")
    throw new UsageError(
      `${shownPack} already exists and a pack is never overwritten; nothing was changed. Pack under a new --id.`
    );
  let keys = await signingKeys(io, request.keys), inputs = await gatherInputs(io, reports, extras), gates = await readGateResults(io, reports, inputs), configDigest;
  request.config !== void 0 && (configDigest = digestOf((await loadConfig(io.cwd, request.config)).config));
  let previous = await latestPack(io, scopeDir, scope, createdAt), made = await mkdir2(scopeDir, { recursive: !0 }), temp, manifest;
  try {
    temp = await mkdtemp(join2(scopeDir, `.tmp-${id}-`));
    let into = temp, digests = await mapLimit(
      inputs,
      (input) => copyAndHash(input.source, join2(into, input.packPath))
    ), files = inputs.map((input, index) => ({
      path: input.packPath,
      sha256: digests[index].sha256,
      size: digests[index].size,
      mediaType: mediaTypeOf(input.packPath)
    }));
    manifest = buildManifest({
      scope,
      id,
      commit,
      createdAt,
      files,
      previous,
      keyids: keys.map(keyId)
    });
    let statement = buildStatement(manifest, { gates, configDigest });
    if (await writeFile(join2(temp, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}
`), await writeFile(join2(temp, STATEMENT_FILE), `${JSON.stringify(statement, null, 2)}
`), keys.length > 0) {
      let envelope = signStatement(statement, keys);
      await writeFile(join2(temp, ENVELOPE_FILE), `${JSON.stringify(envelope, null, 2)}
`);
    }
    if (await kindOf(packDir) !== "none")
      throw new UsageError(
        `${shownPack} appeared while packing and a pack is never overwritten; nothing was changed. Pack under a new --id.`
      );
    await rename(temp, packDir);
  } catch (error) {
    let left = await removeFailedPack(temp, scopeDir, made), note = left ? `; remove ${displayPath(io.cwd, left)} by hand` : "";
    if (error instanceof UsageError)
      throw note ? new UsageError(`${error.message}${note}`) : error;
    let code = errorCode(error);
    throw new UsageError(
      `packing failed, nothing was written to ${shownPack}: ${code ? `${code} ` : ""}${error.message}${note}`
    );
  }
  let bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
  return { summary: {
    version: 1,
    kind: "evidence-pack",
    pack: shownPack,
    manifestDigest: digestOf(manifest),
    files: manifest.files.length,
    bytes,
    signed: manifest.signed,
    keyids: manifest.keyids,
    previous: manifest.previous
  }, packDir, manifest, gates };
}
async function removeFailedPack(temp, dir, made) {
  if (temp !== void 0)
    try {
      await rm(temp, { recursive: !0, force: !0 });
    } catch {
      return temp;
    }
  if (made !== void 0)
    for (let at = dir; ; at = dirname2(at)) {
      try {
        await rmdir(at);
      } catch (error) {
        if (errorCode(error) === "ENOTEMPTY" || errorCode(error) === "EEXIST") return;
        if (errorCode(error) !== "ENOENT") return at;
      }
      if (at === made || dirname2(at) === at) return;
    }
}
async function signingKeys(io, given) {
  let sources = [];
  for (let source of given)
    sources.push(
      "file" in source ? {
        what: source.file,
        pem: await readTextFile(io.cwd, source.file, " (--sign-key-file)")
      } : source
    );
  let keys = sources.map(({ what, pem }) => {
    let key;
    try {
      key = createPrivateKey(pem);
    } catch {
      throw new UsageError(
        `${what} is not a PEM private key; nothing was packed. Make one with: openssl genpkey -algorithm ed25519 -out key.pem`
      );
    }
    return assertEd25519(key, what), key;
  });
  if (new Set(keys.map(keyId)).size !== keys.length) throw new UsageError("the same signing key was given twice");
  return keys;
}
async function gatherInputs(io, reports, extras) {
  let inputs = [];
  for (let report of reports) {
    let found = await collectInputs(resolve(io.cwd, report), report, "reports");
    if (found.length !== 1 || found[0]?.source !== resolve(io.cwd, report))
      throw new UsageError(`--report ${report} is a folder; pass folders with --file`);
    inputs.push(...found);
  }
  for (let file of extras)
    inputs.push(...await collectInputs(resolve(io.cwd, file), file, "files"));
  let seen = /* @__PURE__ */ new Map();
  for (let input of inputs) {
    let other = seen.get(input.packPath);
    if (other !== void 0)
      throw new UsageError(
        `${displayPath(io.cwd, other)} and ${displayPath(io.cwd, input.source)} would both be packed as ${input.packPath}; rename one or put it in a folder`
      );
    seen.set(input.packPath, input.source);
  }
  return inputs;
}
async function readGateResults(io, reports, inputs) {
  let results = [];
  for (let [index, report] of reports.entries()) {
    let text = await readTextFile(io.cwd, report, "", REPORT_LIMIT), value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UsageError(
        `--report ${report} is not JSON (${error.message}); pass other files with --file`
      );
    }
    let result = gateResultOf(value, inputs[index].packPath);
    if (!result)
      throw new UsageError(
        `--report ${report} is not a pilot-gate report (no gate/kind and status/verdict); pass it with --file`
      );
    results.push(result);
  }
  return results;
}
async function latestPack(io, scopeDir, scope, createdAt) {
  let entries;
  try {
    entries = await readdir2(scopeDir);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  let latest;
  for (let name of entries.sort()) {
    if (name.startsWith(".")) continue;
    let path = join2(scopeDir, name, MANIFEST_FILE), shown = displayPath(io.cwd, path), manifest;
    try {
      let json = parseIJson(await readFile2(path));
      if (!json.ok) throw new Error(json.error);
      manifest = manifestSchema.parse(json.value);
    } catch (error) {
      throw new UsageError(
        `cannot find the chain's last pack: ${shown} ${errorCode(error) === "ENOENT" ? "is missing" : errorCode(error) === "ENOTDIR" ? "is not in a folder" : "is not a valid manifest"}; nothing was packed. Run pilot-gate evidence verify ${displayPath(io.cwd, dirname2(path))} to see what is wrong, and restore the pack from git.`
      );
    }
    if (manifest.id !== name || manifest.scope !== scope)
      throw new UsageError(
        `${shown} says it is pack ${manifest.scope}/${manifest.id}, but its folder is ${scope}/${name}; nothing was packed. Restore the pack from git.`
      );
    (!latest || Date.parse(manifest.createdAt) > Date.parse(latest.createdAt) || manifest.createdAt === latest.createdAt && manifest.id > latest.id) && (latest = manifest);
  }
  if (latest) {
    if (Date.parse(latest.createdAt) > Date.parse(createdAt))
      throw new UsageError(
        `the scope's last pack ${latest.id} was made at ${latest.createdAt}, after --created-at ${createdAt}; a chain only moves forward in time`
      );
    return { id: latest.id, digest: digestOf(latest) };
  }
}

export {
  readPackDir,
  kindOf,
  SIGNING_KEY_ENV,
  packEvidence
};
