import { createPrivateKey, type KeyObject } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  assertEd25519,
  buildManifest,
  buildStatement,
  COMMIT_PATTERN,
  digestOf,
  ENVELOPE_FILE,
  EVIDENCE_SCOPES,
  type EvidenceFinding,
  type EvidenceScope,
  type GateResult,
  gateResultOf,
  keyId,
  MANIFEST_FILE,
  type Manifest,
  type ManifestFile,
  manifestSchema,
  mediaTypeOf,
  PACK_ID_PATTERN,
  parseIJson,
  publicKeyFromPem,
  renderVerifyText,
  STATEMENT_FILE,
  signStatement,
  type VerifyReport,
  verifyLink,
  verifyPack,
} from "../../core/evidence/index.js";
import { UsageError } from "../../core/index.js";
import { REPORT_LIMIT } from "../../core/limits.js";
import { safeText } from "../../core/render/safe-text.js";
import { loadConfig } from "../../engine/config/checkout.js";
import { type CliIO, displayPath, errorCode, readTextFile } from "../../engine/io.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import {
  collectInputs,
  copyAndHash,
  kindOf,
  mapLimit,
  type PackInput,
  readPackDir,
} from "../evidence-fs.js";
import { HELP } from "../help.js";

/** The environment variable holding a PEM signing key (e.g. from an Actions secret). */
export const SIGNING_KEY_ENV = "PILOT_GATE_SIGNING_KEY";

const PACK_OPTIONS = {
  root: { type: "string", default: "evidence" },
  scope: { type: "string" },
  id: { type: "string" },
  commit: { type: "string" },
  report: { type: "string", multiple: true },
  file: { type: "string", multiple: true },
  "sign-key-file": { type: "string", multiple: true },
  config: { type: "string" },
  "created-at": { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const VERIFY_OPTIONS = {
  key: { type: "string", multiple: true },
  "require-signature": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate evidence pack|verify`. pack returns 0 once the pack is in
 * place; verify returns 0 when the pack and its chain are intact, 1 when
 * anything fails verification, 2 on usage errors and unreadable input.
 */
export async function runEvidence(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
    (sub === undefined ? io.stderr : io.stdout).write(HELP.evidence);
    return sub === undefined ? 2 : 0;
  }
  if (sub === "pack") return pack(rest, io);
  if (sub === "verify") return verify(rest, io);
  throw new ArgumentError(`unknown evidence command "${sub}"`, "use pack or verify");
}

async function pack(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(PACK_OPTIONS), () =>
    parseArgs({ args, options: PACK_OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.evidence);
    return 0;
  }
  const scope = values.scope;
  if (!scope || !(EVIDENCE_SCOPES as readonly string[]).includes(scope)) {
    throw new ArgumentError(
      scope ? `--scope "${scope}" is not a scope` : "--scope is required",
      `use one of ${EVIDENCE_SCOPES.join(", ")}`,
    );
  }
  const id = values.id;
  if (!id || !PACK_ID_PATTERN.test(id)) {
    throw new ArgumentError(
      id ? `--id "${id}" cannot name a folder` : "--id is required",
      "use letters, digits, . _ - (not starting with a dot), e.g. --id S-PC-01",
    );
  }
  const commit = values.commit;
  if (!commit || !COMMIT_PATTERN.test(commit)) {
    throw new ArgumentError(
      commit ? `--commit "${commit}" is not a full commit id` : "--commit is required",
      "pass all 40 (or 64) hex digits, e.g. --commit $(git rev-parse HEAD)",
    );
  }
  const createdAt = values["created-at"] ?? new Date().toISOString();
  if (
    Number.isNaN(Date.parse(createdAt)) ||
    !manifestSchema.shape.createdAt.safeParse(createdAt).success
  ) {
    throw new ArgumentError(
      `--created-at "${createdAt}" is not an ISO 8601 time`,
      "e.g. --created-at 2026-05-01T12:00:00Z",
    );
  }
  const reports = values.report ?? [];
  const extras = values.file ?? [];
  if (reports.length === 0 && extras.length === 0) {
    throw new ArgumentError(
      "nothing to pack",
      "pass gate reports with --report and other files (JUnit, logs, folders) with --file",
    );
  }

  const root = resolve(io.cwd, values.root);
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

  const keys = await signingKeys(io, values["sign-key-file"] ?? []);
  const inputs = await gatherInputs(io, reports, extras);
  const gates = await readGateResults(io, reports, inputs);
  let configDigest: string | undefined;
  if (values.config !== undefined) {
    configDigest = digestOf((await loadConfig(io.cwd, values.config)).config);
  }
  const previous = await latestPack(io, scopeDir, scope as EvidenceScope, createdAt);

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
      scope: scope as EvidenceScope,
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
  const summary = {
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
  if (values.json) {
    io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const c = palette(useColor(io.stdout, io.env));
    io.stdout.write(
      [
        `${c.green("Packed")} ${safeText(shownPack)}: ${summary.files} file${summary.files === 1 ? "" : "s"}, ${bytes} bytes`,
        `  manifest  ${summary.manifestDigest}`,
        `  previous  ${manifest.previous ? `${manifest.previous.id} (${manifest.previous.digest})` : "none: first pack of this scope"}`,
        `  signed    ${manifest.signed ? manifest.keyids.join(", ") : c.yellow(`no (pass --sign-key-file or set ${SIGNING_KEY_ENV})`)}`,
        ...gates.map((g) => `  gate      ${safeText(g.gate)}: ${safeText(g.status)}`),
        "",
      ].join("\n"),
    );
  }
  return 0;
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

/** Private keys from --sign-key-file and PILOT_GATE_SIGNING_KEY; Ed25519 only. */
async function signingKeys(io: CliIO, files: readonly string[]): Promise<KeyObject[]> {
  const sources: { what: string; pem: string }[] = [];
  for (const file of files) {
    sources.push({ what: file, pem: await readTextFile(io.cwd, file, " (--sign-key-file)") });
  }
  const fromEnv = io.env[SIGNING_KEY_ENV];
  if (fromEnv?.trim()) sources.push({ what: SIGNING_KEY_ENV, pem: fromEnv });
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
  io: CliIO,
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
  io: CliIO,
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
  io: CliIO,
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

async function verify(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOrExplain(Object.keys(VERIFY_OPTIONS), () =>
    parseArgs({ args, options: VERIFY_OPTIONS, strict: true, allowPositionals: true }),
  );
  if (values.help) {
    io.stdout.write(HELP.evidence);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new ArgumentError(
      positionals.length === 0 ? "no pack folder given" : "verify takes one pack folder",
      "e.g. pilot-gate evidence verify evidence/story/S-PC-01 --key pub.pem",
    );
  }
  const given = positionals[0] as string;
  const dir = resolve(io.cwd, given);
  const kind = await kindOf(dir);
  if (kind !== "dir") {
    throw new UsageError(
      `cannot verify ${given}: ${kind === "none" ? "no such folder" : "it is a file; pass the pack's folder"}`,
    );
  }
  const keys = await publicKeys(io, values.key ?? []);
  const options = { keys, requireSignature: values["require-signature"] };

  const findings: EvidenceFinding[] = [];
  const chain: VerifyReport["chain"] = [];
  const first = {
    signed: false,
    verifiedKeyids: [] as string[],
    digest: undefined as string | undefined,
  };
  const seen = new Set<string>();
  let current: string | undefined = dir;
  while (current !== undefined) {
    seen.add(current);
    const label = displayPath(io.cwd, current);
    const result = verifyPack(await readPackDir(current, label), options);
    findings.push(...result.findings);
    chain.push({
      pack: label,
      ...(result.manifestDigest ? { digest: result.manifestDigest } : {}),
    });
    if (current === dir) {
      first.signed = result.signed;
      first.verifiedKeyids = result.verifiedKeyids;
      first.digest = result.manifestDigest;
    }
    const previous = result.manifest?.previous;
    if (!result.manifest || !previous) break;
    const next = join(dirname(current), previous.id);
    if (seen.has(next)) {
      findings.push({
        kind: "broken-chain",
        severity: "error",
        pack: label,
        path: MANIFEST_FILE,
        message: `the chain loops back to ${displayPath(io.cwd, next)}`,
      });
      break;
    }
    const nextKind = await kindOf(next);
    const text = nextKind === "dir" ? await readOptional(join(next, MANIFEST_FILE)) : undefined;
    const link = verifyLink(result.manifest, label, {
      label: displayPath(io.cwd, next),
      manifest: text,
    });
    findings.push(...link);
    current = nextKind === "dir" && text !== undefined ? next : undefined;
  }

  const report: VerifyReport = {
    version: 1,
    kind: "evidence-verify",
    status: findings.some((f) => f.severity === "error") ? "fail" : "pass",
    pack: displayPath(io.cwd, dir),
    ...(first.digest ? { manifestDigest: first.digest } : {}),
    signed: first.signed,
    verifiedKeyids: first.verifiedKeyids,
    chain,
    findings,
  };
  if (values.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const c = palette(useColor(io.stdout, io.env));
    io.stdout.write(safeText(renderVerifyText(report, c)));
  }
  return report.status === "pass" ? 0 : 1;
}

async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return undefined;
    throw error;
  }
}

/** Public keys from --key files; a private key is accepted (its public half is used). */
async function publicKeys(io: CliIO, files: readonly string[]): Promise<KeyObject[]> {
  const keys: KeyObject[] = [];
  for (const file of files) {
    const pem = await readTextFile(io.cwd, file, " (--key)");
    keys.push(publicKeyFromPem(pem, `--key ${file}`));
  }
  return keys;
}
