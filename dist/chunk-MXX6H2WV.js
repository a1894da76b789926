import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  collectInputs,
  copyAndHash,
  kindOf,
  mapLimit
} from "./chunk-NSO7L2AE.js";
import {
  loadConfig
} from "./chunk-4YV5M6XR.js";
import {
  displayPath,
  errorCode,
  readTextFile
} from "./chunk-SSP7UEET.js";
import {
  ENVELOPE_FILE,
  MANIFEST_FILE,
  STATEMENT_FILE,
  assertEd25519,
  buildManifest,
  buildStatement,
  digestOf,
  gateResultOf,
  keyId,
  manifestSchema,
  mediaTypeOf,
  parseIJson,
  signStatement
} from "./chunk-XRWPT2AM.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  REPORT_LIMIT
} from "./chunk-MSUCSWVI.js";

// engine/evidence/pack.ts
import { createPrivateKey } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
var SIGNING_KEY_ENV = "PILOT_GATE_SIGNING_KEY";
async function packEvidence(request) {
  let { cwd, scope, id, commit, createdAt, reports, files: extras } = request, io = { cwd }, root = resolve(cwd, request.root), scopeDir = join(root, scope), packDir = join(scopeDir, id), shownPack = displayPath(io.cwd, packDir);
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
  let previous = await latestPack(io, scopeDir, scope, createdAt), made = await mkdir(scopeDir, { recursive: !0 }), temp, manifest;
  try {
    temp = await mkdtemp(join(scopeDir, `.tmp-${id}-`));
    let into = temp, digests = await mapLimit(
      inputs,
      (input) => copyAndHash(input.source, join(into, input.packPath))
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
    if (await writeFile(join(temp, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}
`), await writeFile(join(temp, STATEMENT_FILE), `${JSON.stringify(statement, null, 2)}
`), keys.length > 0) {
      let envelope = signStatement(statement, keys);
      await writeFile(join(temp, ENVELOPE_FILE), `${JSON.stringify(envelope, null, 2)}
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
    for (let at = dir; ; at = dirname(at)) {
      try {
        await rmdir(at);
      } catch (error) {
        if (errorCode(error) === "ENOTEMPTY" || errorCode(error) === "EEXIST") return;
        if (errorCode(error) !== "ENOENT") return at;
      }
      if (at === made || dirname(at) === at) return;
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
    entries = await readdir(scopeDir);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  let latest;
  for (let name of entries.sort()) {
    if (name.startsWith(".")) continue;
    let path = join(scopeDir, name, MANIFEST_FILE), shown = displayPath(io.cwd, path), manifest;
    try {
      let json = parseIJson(await readFile(path));
      if (!json.ok) throw new Error(json.error);
      manifest = manifestSchema.parse(json.value);
    } catch (error) {
      throw new UsageError(
        `cannot find the chain's last pack: ${shown} ${errorCode(error) === "ENOENT" ? "is missing" : errorCode(error) === "ENOTDIR" ? "is not in a folder" : "is not a valid manifest"}; nothing was packed. Run pilot-gate evidence verify ${displayPath(io.cwd, dirname(path))} to see what is wrong, and restore the pack from git.`
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
  SIGNING_KEY_ENV,
  packEvidence
};
