/**
 * Packing evidence, shared by `pilot-gate evidence pack` and the evidence
 * action: copies the reports and files into a new pack folder under the
 * scope, chained to the scope's latest pack, with its manifest, in-toto
 * statement and (with keys) DSSE envelope. The format and its checks live in
 * core/evidence; this is the file work around them.
 */
import { createPrivateKey, type KeyObject } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import {
  assertEd25519,
  buildManifest,
  buildStatement,
  digestOf,
  ENVELOPE_FILE,
  type EvidenceScope,
  type GateResult,
  gateResultOf,
  keyId,
  MANIFEST_FILE,
  type Manifest,
  type ManifestFile,
  manifestSchema,
  mediaTypeOf,
  parseIJson,
  STATEMENT_FILE,
  signStatement,
} from "../../core/evidence/index.js";
import { UsageError } from "../../core/index.js";
import { REPORT_LIMIT } from "../../core/limits.js";
import { loadConfig } from "../config/checkout.js";
import { type CliIO, displayPath, errorCode, readTextFile } from "../io.js";
import { collectInputs, copyAndHash, kindOf, mapLimit, type PackInput } from "./files.js";

/** The environment variable holding a PEM signing key (e.g. from an Actions secret). */
export const SIGNING_KEY_ENV = "PILOT_GATE_SIGNING_KEY";

/** A signing key: a PEM file to read, or PEM text already at hand, named for messages. */
export type SigningKeySource = { file: string } | { what: string; pem: string };

/** What to pack, checked by the caller (scope, id and commit are valid, something is given). */
export interface PackRequest {
  /** Paths below are relative to it, and messages show paths relative to it. */
  cwd: string;
  /** The evidence root, holding `<scope>/<id>/` packs. */
  root: string;
  scope: EvidenceScope;
  id: string;
  commit: string;
  /** ISO 8601; the pack's time, which the scope's latest pack must not be after. */
  createdAt: string;
  /** Gate reports (JSON), packed under reports/. */
  reports: readonly string[];
  /** Other files and folders, packed under files/. */
  files: readonly string[];
  /** Ed25519 private keys to sign with; none leaves the pack unsigned. */
  keys: readonly SigningKeySource[];
  /** A config whose digest the statement records. */
  config?: string;
}

/** A pack made: what `--json` prints, and the manifest and gate results behind it. */
export interface PackedEvidence {
  summary: {
    version: 1;
    kind: "evidence-pack";
    /** The pack's folder, relative to `cwd` when inside it. */
    pack: string;
    manifestDigest: string;
    files: number;
    bytes: number;
    signed: boolean;
    keyids: string[];
    previous: Manifest["previous"];
  };
  /** The pack's absolute folder. */
  packDir: string;
  manifest: Manifest;
  gates: GateResult[];
}

/**
 * Makes the pack `request` describes, or throws a `UsageError` that says
 * what to do, leaving the tree as it found it: a pack is never overwritten,
 * and one that fails half way is removed.
 */
export async function packEvidence(request: PackRequest): Promise<PackedEvidence> {
  const { cwd, scope, id, commit, createdAt, reports, files: extras } = request;
  const io = { cwd };
  const root = resolve(cwd, request.root);
  const scopeDir = join(root, scope);
  const packDir = join(scopeDir, id);
  const shownPack = displayPath(io.cwd, packDir);
  for (const [path, what] of [
    [root, "the evidence root"],
    [scopeDir, "the scope folder"],
  ] as const) {
    if ((await kindOf(path)) === "other") {
      throw new UsageError(
        `${what} ${displayPath(io.cwd, path)} is a file, not a folder; nothing was packed. Pass --root <folder> or move the file away.`,
      );
    }
  }
  if ((await kindOf(packDir)) !== "none") {
    throw new UsageError(
      `${shownPack} already exists and a pack is never overwritten; nothing was changed. Pack under a new --id.`,
    );
  }

  const keys = await signingKeys(io, request.keys);
  const inputs = await gatherInputs(io, reports, extras);
  const gates = await readGateResults(io, reports, inputs);
  let configDigest: string | undefined;
  if (request.config !== undefined) {
    configDigest = digestOf((await loadConfig(io.cwd, request.config)).config);
  }
  const previous = await latestPack(io, scopeDir, scope, createdAt);

  // The folders mkdir makes here (the first one, or none) are removed again
  // if packing fails, so a failed pack leaves the tree as it found it.
  const made = await mkdir(scopeDir, { recursive: true });
  // Built beside its final place and renamed in one step, so a failed or
  // interrupted pack never leaves a half-written pack where verify looks.
  let temp: string | undefined;
  let manifest: Manifest;
  try {
    temp = await mkdtemp(join(scopeDir, `.tmp-${id}-`));
    const into = temp;
    const digests = await mapLimit(inputs, (input) =>
      copyAndHash(input.source, join(into, input.packPath)),
    );
    const files: ManifestFile[] = inputs.map((input, index) => ({
      path: input.packPath,
      sha256: (digests[index] as { sha256: string }).sha256,
      size: (digests[index] as { size: number }).size,
      mediaType: mediaTypeOf(input.packPath),
    }));
    manifest = buildManifest({
      scope: scope,
      id,
      commit,
      createdAt,
      files,
      previous,
      keyids: keys.map(keyId),
    });
    const statement = buildStatement(manifest, { gates, configDigest });
    await writeFile(join(temp, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await writeFile(join(temp, STATEMENT_FILE), `${JSON.stringify(statement, null, 2)}\n`);
    if (keys.length > 0) {
      const envelope = signStatement(statement, keys);
      await writeFile(join(temp, ENVELOPE_FILE), `${JSON.stringify(envelope, null, 2)}\n`);
    }
    if ((await kindOf(packDir)) !== "none") {
      throw new UsageError(
        `${shownPack} appeared while packing and a pack is never overwritten; nothing was changed. Pack under a new --id.`,
      );
    }
    await rename(temp, packDir);
  } catch (error) {
    const left = await removeFailedPack(temp, scopeDir, made);
    const note = left ? `; remove ${displayPath(io.cwd, left)} by hand` : "";
    if (error instanceof UsageError) {
      throw note ? new UsageError(`${error.message}${note}`) : error;
    }
    const code = errorCode(error);
    throw new UsageError(
      `packing failed, nothing was written to ${shownPack}: ${code ? `${code} ` : ""}${(error as Error).message}${note}`,
    );
  }

  const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
  const summary: PackedEvidence["summary"] = {
    version: 1,
    kind: "evidence-pack",
    pack: shownPack,
    manifestDigest: digestOf(manifest),
    files: manifest.files.length,
    bytes,
    signed: manifest.signed,
    keyids: manifest.keyids,
    previous: manifest.previous,
  };
  return { summary, packDir, manifest, gates };
}

/**
 * Removes what a failed pack made: its temporary folder, then `dir` and the
 * folders above it up to `made` (the first folder mkdir created), each only
 * while empty, since another pack may have used them meanwhile. Returns the
 * path it could not remove, if any.
 */
async function removeFailedPack(
  temp: string | undefined,
  dir: string,
  made: string | undefined,
): Promise<string | undefined> {
  if (temp !== undefined) {
    try {
      await rm(temp, { recursive: true, force: true });
    } catch {
      return temp;
    }
  }
  if (made === undefined) return undefined;
  for (let at = dir; ; at = dirname(at)) {
    try {
      await rmdir(at);
    } catch (error) {
      // Not empty: someone else's pack is in it now, so it stays.
      if (errorCode(error) === "ENOTEMPTY" || errorCode(error) === "EEXIST") return undefined;
      if (errorCode(error) !== "ENOENT") return at;
    }
    if (at === made || dirname(at) === at) return undefined;
  }
}

/** Private keys from files and PEM text; Ed25519 only, each once. */
async function signingKeys(
  io: Pick<CliIO, "cwd">,
  given: readonly SigningKeySource[],
): Promise<KeyObject[]> {
  const sources: { what: string; pem: string }[] = [];
  for (const source of given) {
    sources.push(
      "file" in source
        ? {
            what: source.file,
            pem: await readTextFile(io.cwd, source.file, " (--sign-key-file)"),
          }
        : source,
    );
  }
  const keys = sources.map(({ what, pem }) => {
    let key: KeyObject;
    try {
      key = createPrivateKey(pem);
    } catch {
      throw new UsageError(
        `${what} is not a PEM private key; nothing was packed. Make one with: openssl genpkey -algorithm ed25519 -out key.pem`,
      );
    }
    assertEd25519(key, what);
    return key;
  });
  const ids = new Set(keys.map(keyId));
  if (ids.size !== keys.length) throw new UsageError("the same signing key was given twice");
  return keys;
}

/** Every file to pack, reports under reports/ and the rest under files/; no two may collide. */
async function gatherInputs(
  io: Pick<CliIO, "cwd">,
  reports: readonly string[],
  extras: readonly string[],
): Promise<PackInput[]> {
  const inputs: PackInput[] = [];
  for (const report of reports) {
    const found = await collectInputs(resolve(io.cwd, report), report, "reports");
    if (found.length !== 1 || found[0]?.source !== resolve(io.cwd, report)) {
      throw new UsageError(`--report ${report} is a folder; pass folders with --file`);
    }
    inputs.push(...found);
  }
  for (const file of extras)
    inputs.push(...(await collectInputs(resolve(io.cwd, file), file, "files")));
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const other = seen.get(input.packPath);
    if (other !== undefined) {
      throw new UsageError(
        `${displayPath(io.cwd, other)} and ${displayPath(io.cwd, input.source)} would both be packed as ${input.packPath}; rename one or put it in a folder`,
      );
    }
    seen.set(input.packPath, input.source);
  }
  return inputs;
}

async function readGateResults(
  io: Pick<CliIO, "cwd">,
  reports: readonly string[],
  inputs: readonly PackInput[],
): Promise<GateResult[]> {
  const results: GateResult[] = [];
  for (const [index, report] of reports.entries()) {
    const text = await readTextFile(io.cwd, report, "", REPORT_LIMIT);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UsageError(
        `--report ${report} is not JSON (${(error as Error).message}); pass other files with --file`,
      );
    }
    const result = gateResultOf(value, (inputs[index] as PackInput).packPath);
    if (!result) {
      throw new UsageError(
        `--report ${report} is not a pilot-gate report (no gate/kind and status/verdict); pass it with --file`,
      );
    }
    results.push(result);
  }
  return results;
}

/**
 * The latest pack of the scope, which the new one chains to. Every folder in
 * the scope must be a valid pack: an unreadable one would silently fork the
 * chain, so packing stops and names it instead.
 */
async function latestPack(
  io: Pick<CliIO, "cwd">,
  scopeDir: string,
  scope: EvidenceScope,
  createdAt: string,
): Promise<{ id: string; digest: string } | undefined> {
  let entries: string[];
  try {
    entries = await readdir(scopeDir);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
  let latest: Manifest | undefined;
  for (const name of entries.sort()) {
    if (name.startsWith(".")) continue;
    const path = join(scopeDir, name, MANIFEST_FILE);
    const shown = displayPath(io.cwd, path);
    let manifest: Manifest;
    try {
      const json = parseIJson(await readFile(path));
      if (!json.ok) throw new Error(json.error);
      manifest = manifestSchema.parse(json.value);
    } catch (error) {
      throw new UsageError(
        `cannot find the chain's last pack: ${shown} ${errorCode(error) === "ENOENT" ? "is missing" : errorCode(error) === "ENOTDIR" ? "is not in a folder" : "is not a valid manifest"}; nothing was packed. Run pilot-gate evidence verify ${displayPath(io.cwd, dirname(path))} to see what is wrong, and restore the pack from git.`,
      );
    }
    if (manifest.id !== name || manifest.scope !== scope) {
      throw new UsageError(
        `${shown} says it is pack ${manifest.scope}/${manifest.id}, but its folder is ${scope}/${name}; nothing was packed. Restore the pack from git.`,
      );
    }
    if (
      !latest ||
      Date.parse(manifest.createdAt) > Date.parse(latest.createdAt) ||
      (manifest.createdAt === latest.createdAt && manifest.id > latest.id)
    ) {
      latest = manifest;
    }
  }
  if (!latest) return undefined;
  if (Date.parse(latest.createdAt) > Date.parse(createdAt)) {
    throw new UsageError(
      `the scope's last pack ${latest.id} was made at ${latest.createdAt}, after --created-at ${createdAt}; a chain only moves forward in time`,
    );
  }
  return { id: latest.id, digest: digestOf(latest) };
}
