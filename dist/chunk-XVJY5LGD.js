import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  HELP
} from "./chunk-G2ENX27S.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-H3DEAR5S.js";
import {
  loadConfig
} from "./chunk-VREFOROO.js";
import {
  safeText
} from "./chunk-YZ6USMIH.js";
import {
  displayPath,
  errorCode,
  readTextFile
} from "./chunk-FNNITM3J.js";
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import {
  COMMIT_PATTERN,
  ENVELOPE_FILE,
  EVIDENCE_SCOPES,
  MANIFEST_FILE,
  PACK_ID_PATTERN,
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
  publicKeyFromPem,
  renderVerifyText,
  signStatement,
  verifyLink,
  verifyPack
} from "./chunk-XE4ZK74N.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  REPORT_LIMIT
} from "./chunk-INB42JDJ.js";

// cli/commands/evidence.ts
import { createPrivateKey } from "node:crypto";
import { mkdir as mkdir2, mkdtemp, readdir as readdir2, readFile as readFile2, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join2, resolve } from "node:path";
import { parseArgs } from "node:util";

// cli/evidence-fs.ts
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

// cli/commands/evidence.ts
var SIGNING_KEY_ENV = "PILOT_GATE_SIGNING_KEY", PACK_OPTIONS = {
  root: { type: "string", default: "evidence" },
  scope: { type: "string" },
  id: { type: "string" },
  commit: { type: "string" },
  report: { type: "string", multiple: !0 },
  file: { type: "string", multiple: !0 },
  "sign-key-file": { type: "string", multiple: !0 },
  config: { type: "string" },
  "created-at": { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, VERIFY_OPTIONS = {
  key: { type: "string", multiple: !0 },
  "require-signature": { type: "boolean", default: !1 },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runEvidence(args, io) {
  let [sub, ...rest] = args;
  if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help")
    return (sub === void 0 ? io.stderr : io.stdout).write(HELP.evidence), sub === void 0 ? 2 : 0;
  if (sub === "pack") return pack(rest, io);
  if (sub === "verify") return verify(rest, io);
  throw new ArgumentError(`unknown evidence command "${sub}"`, "use pack or verify");
}
async function pack(args, io) {
  let { values } = parseOrExplain(
    Object.keys(PACK_OPTIONS),
    () => parseArgs({ args, options: PACK_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.evidence), 0;
  let scope = values.scope;
  if (!scope || !EVIDENCE_SCOPES.includes(scope))
    throw new ArgumentError(
      scope ? `--scope "${scope}" is not a scope` : "--scope is required",
      `use one of ${EVIDENCE_SCOPES.join(", ")}`
    );
  let id = values.id;
  if (!id || !PACK_ID_PATTERN.test(id))
    throw new ArgumentError(
      id ? `--id "${id}" cannot name a folder` : "--id is required",
      "use letters, digits, . _ - (not starting with a dot), e.g. --id S-PC-01"
    );
  let commit = values.commit;
  if (!commit || !COMMIT_PATTERN.test(commit))
    throw new ArgumentError(
      commit ? `--commit "${commit}" is not a full commit id` : "--commit is required",
      "pass all 40 (or 64) hex digits, e.g. --commit $(git rev-parse HEAD)"
    );
  let createdAt = values["created-at"] ?? (/* @__PURE__ */ new Date()).toISOString();
  if (Number.isNaN(Date.parse(createdAt)) || !manifestSchema.shape.createdAt.safeParse(createdAt).success)
    throw new ArgumentError(
      `--created-at "${createdAt}" is not an ISO 8601 time`,
      "e.g. --created-at 2026-05-01T12:00:00Z"
    );
  let reports = values.report ?? [], extras = values.file ?? [];
  if (reports.length === 0 && extras.length === 0)
    throw new ArgumentError(
      "nothing to pack",
      "pass gate reports with --report and other files (JUnit, logs, folders) with --file"
    );
  let root = resolve(io.cwd, values.root), scopeDir = join2(root, scope), packDir = join2(scopeDir, id), shownPack = displayPath(io.cwd, packDir);
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
  let keys = await signingKeys(io, values["sign-key-file"] ?? []), inputs = await gatherInputs(io, reports, extras), gates = await readGateResults(io, reports, inputs), configDigest;
  values.config !== void 0 && (configDigest = digestOf((await loadConfig(io.cwd, values.config)).config));
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
  let bytes = manifest.files.reduce((sum, file) => sum + file.size, 0), summary = {
    version: 1,
    kind: "evidence-pack",
    pack: shownPack,
    manifestDigest: digestOf(manifest),
    files: manifest.files.length,
    bytes,
    signed: manifest.signed,
    keyids: manifest.keyids,
    previous: manifest.previous
  };
  if (values.json)
    io.stdout.write(`${JSON.stringify(summary, null, 2)}
`);
  else {
    let c = palette(useColor(io.stdout, io.env));
    io.stdout.write(
      [
        `${c.green("Packed")} ${safeText(shownPack)}: ${summary.files} file${summary.files === 1 ? "" : "s"}, ${bytes} bytes`,
        `  manifest  ${summary.manifestDigest}`,
        `  previous  ${manifest.previous ? `${manifest.previous.id} (${manifest.previous.digest})` : "none: first pack of this scope"}`,
        `  signed    ${manifest.signed ? manifest.keyids.join(", ") : c.yellow(`no (pass --sign-key-file or set ${SIGNING_KEY_ENV})`)}`,
        ...gates.map((g) => `  gate      ${safeText(g.gate)}: ${safeText(g.status)}`),
        ""
      ].join(`
`)
    );
  }
  return 0;
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
async function signingKeys(io, files) {
  let sources = [];
  for (let file of files)
    sources.push({ what: file, pem: await readTextFile(io.cwd, file, " (--sign-key-file)") });
  let fromEnv = io.env[SIGNING_KEY_ENV];
  fromEnv?.trim() && sources.push({ what: SIGNING_KEY_ENV, pem: fromEnv });
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
async function verify(args, io) {
  let { values, positionals } = parseOrExplain(
    Object.keys(VERIFY_OPTIONS),
    () => parseArgs({ args, options: VERIFY_OPTIONS, strict: !0, allowPositionals: !0 })
  );
  if (values.help)
    return io.stdout.write(HELP.evidence), 0;
  if (positionals.length !== 1)
    throw new ArgumentError(
      positionals.length === 0 ? "no pack folder given" : "verify takes one pack folder",
      "e.g. pilot-gate evidence verify evidence/story/S-PC-01 --key pub.pem"
    );
  let given = positionals[0], dir = resolve(io.cwd, given), kind = await kindOf(dir);
  if (kind !== "dir")
    throw new UsageError(
      `cannot verify ${given}: ${kind === "none" ? "no such folder" : "it is a file; pass the pack's folder"}`
    );
  let options = { keys: await publicKeys(io, values.key ?? []), requireSignature: values["require-signature"] }, findings = [], chain = [], first = {
    signed: !1,
    verifiedKeyids: [],
    digest: void 0
  }, seen = /* @__PURE__ */ new Set(), current = dir;
  for (; current !== void 0; ) {
    seen.add(current);
    let label = displayPath(io.cwd, current), result = verifyPack(await readPackDir(current, label), options);
    findings.push(...result.findings), chain.push({
      pack: label,
      ...result.manifestDigest ? { digest: result.manifestDigest } : {}
    }), current === dir && (first.signed = result.signed, first.verifiedKeyids = result.verifiedKeyids, first.digest = result.manifestDigest);
    let previous = result.manifest?.previous;
    if (!result.manifest || !previous) break;
    let next = join2(dirname2(current), previous.id);
    if (seen.has(next)) {
      findings.push({
        kind: "broken-chain",
        severity: "error",
        pack: label,
        path: MANIFEST_FILE,
        message: `the chain loops back to ${displayPath(io.cwd, next)}`
      });
      break;
    }
    let nextKind = await kindOf(next), text = nextKind === "dir" ? await readOptional(join2(next, MANIFEST_FILE)) : void 0, link = verifyLink(result.manifest, label, {
      label: displayPath(io.cwd, next),
      manifest: text
    });
    findings.push(...link), current = nextKind === "dir" && text !== void 0 ? next : void 0;
  }
  let report = {
    version: 1,
    kind: "evidence-verify",
    status: findings.some((f) => f.severity === "error") ? "fail" : "pass",
    pack: displayPath(io.cwd, dir),
    ...first.digest ? { manifestDigest: first.digest } : {},
    signed: first.signed,
    verifiedKeyids: first.verifiedKeyids,
    chain,
    findings
  };
  if (values.json)
    io.stdout.write(`${JSON.stringify(report, null, 2)}
`);
  else {
    let c = palette(useColor(io.stdout, io.env));
    io.stdout.write(safeText(renderVerifyText(report, c)));
  }
  return report.status === "pass" ? 0 : 1;
}
async function readOptional(path) {
  try {
    return await readFile2(path);
  } catch (error) {
    let code = errorCode(error);
    if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return;
    throw error;
  }
}
async function publicKeys(io, files) {
  let keys = [];
  for (let file of files) {
    let pem = await readTextFile(io.cwd, file, " (--key)");
    keys.push(publicKeyFromPem(pem, `--key ${file}`));
  }
  return keys;
}

export {
  SIGNING_KEY_ENV,
  runEvidence
};
