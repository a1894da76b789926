import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  buildManifest,
  buildStatement,
  digestOf,
  type Manifest,
  mediaTypeOf,
  type PackContents,
  sha256Hex,
  signStatement,
  verifyLink,
  verifyPack,
} from "../../../core/evidence/index.js";

const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const alice = generateKeyPairSync("ed25519");
const bob = generateKeyPairSync("ed25519");

/** A pack as verifyPack sees it, built in memory from file texts. */
function makePack(
  files: Record<string, string>,
  keys: KeyObject[] = [alice.privateKey],
  previous?: Manifest,
): { contents: PackContents; manifest: Manifest } {
  const entries = Object.entries(files).map(([path, text]) => ({
    path,
    sha256: sha256Hex(text),
    size: Buffer.byteLength(text),
    mediaType: mediaTypeOf(path),
  }));
  const manifest = buildManifest({
    scope: "story",
    id: previous ? "S-2" : "S-1",
    commit: COMMIT,
    createdAt: previous ? "2026-05-02T10:00:00Z" : "2026-05-01T10:00:00Z",
    files: entries,
    previous: previous ? { id: previous.id, digest: digestOf(previous) } : undefined,
    keyids: keys.map((k) => keyIdOf(k)),
  });
  const statement = buildStatement(manifest, {
    gates: [{ gate: "smoke", status: "pass", path: "reports/smoke.json" }],
  });
  return {
    manifest,
    contents: {
      label: `story/${manifest.id}`,
      folder: `/work/evidence/story/${manifest.id}`,
      manifest: bytes(JSON.stringify(manifest, null, 2)),
      statement: bytes(JSON.stringify(statement, null, 2)),
      envelope: keys.length ? bytes(JSON.stringify(signStatement(statement, keys))) : undefined,
      files: new Map(entries.map((e) => [e.path, { sha256: e.sha256, size: e.size }])),
    },
  };
}

/** A file's bytes as the readers pass them: JSON written as UTF-8. */
const bytes = (text: string): Uint8Array => Buffer.from(text, "utf8");
/** The JSON value of one of a pack's own files, to edit it. */
const json = (file: Uint8Array | undefined) => JSON.parse(Buffer.from(file ?? []).toString());

function keyIdOf(key: KeyObject): string {
  return signStatement(buildStatement(minimal(), { gates: [] }), [key]).signatures[0]?.keyid ?? "";
}
function minimal(): Manifest {
  return buildManifest({
    scope: "story",
    id: "x",
    commit: COMMIT,
    createdAt: "2026-01-01T00:00:00Z",
    files: [],
  });
}

const FILES = { "reports/smoke.json": '{"gate":"smoke","status":"pass"}', "files/run.log": "ok\n" };
const withKey = { keys: [alice.publicKey], requireSignature: false };
const kinds = (contents: PackContents, options = withKey) =>
  verifyPack(contents, options).findings.map((f) => [f.kind, f.severity, f.path]);

describe("verifyPack", () => {
  it("passes an intact signed pack and names the key that verified", () => {
    const { contents, manifest } = makePack(FILES);
    const result = verifyPack(contents, withKey);
    expect(result.findings).toEqual([]);
    expect(result.verifiedKeyids).toEqual(manifest.keyids);
    expect(result.manifestDigest).toBe(digestOf(manifest));
  });

  it("names a modified, a truncated, a missing and an extra file", () => {
    const { contents } = makePack({ ...FILES, "files/gone.txt": "bye" });
    const files = new Map(contents.files);
    files.set("files/run.log", { sha256: sha256Hex("ok!\n"), size: 4 });
    files.set("reports/smoke.json", { sha256: sha256Hex('{"gate"'), size: 7 });
    files.delete("files/gone.txt");
    files.set("files/new.txt", { sha256: sha256Hex("new"), size: 3 });
    expect(kinds({ ...contents, files })).toEqual([
      ["missing", "error", "files/gone.txt"],
      ["tampered", "error", "files/run.log"],
      ["truncated", "error", "reports/smoke.json"],
      ["extra", "error", "files/new.txt"],
    ]);
  });

  it("catches an edited manifest: statement and signature no longer match it", () => {
    const { contents } = makePack(FILES);
    const manifest = json(contents.manifest);
    manifest.commit = "f".repeat(40);
    const found = kinds({ ...contents, manifest: bytes(JSON.stringify(manifest)) });
    expect(found).toContainEqual(["statement-mismatch", "error", "statement.json"]);
  });

  it("catches an edited statement: it is not the one that was signed", () => {
    const { contents } = makePack(FILES);
    const statement = json(contents.statement);
    statement.predicate.gates[0].status = "fail";
    expect(kinds({ ...contents, statement: bytes(JSON.stringify(statement)) })).toEqual([
      ["statement-mismatch", "error", "statement.json"],
    ]);
  });

  it("catches a swapped signature and a wrong key", () => {
    const { contents } = makePack(FILES);
    const other = makePack({ "files/x": "x" });
    const envelope = json(contents.envelope);
    envelope.signatures = json(other.contents.envelope).signatures;
    expect(kinds({ ...contents, envelope: bytes(JSON.stringify(envelope)) })).toEqual([
      ["bad-signature", "error", "statement.dsse.json"],
    ]);
    expect(kinds(contents, { keys: [bob.publicKey], requireSignature: false })).toEqual([
      ["wrong-key", "error", "statement.dsse.json"],
    ]);
  });

  it("passes two signatures with one of the keys given", () => {
    const { contents } = makePack(FILES, [alice.privateKey, bob.privateKey]);
    const result = verifyPack(contents, { keys: [bob.publicKey], requireSignature: true });
    expect(result.findings).toEqual([]);
    expect(result.verifiedKeyids).toHaveLength(1);
  });

  it("warns on an unsigned pack, and fails it with requireSignature", () => {
    const { contents } = makePack(FILES, []);
    expect(kinds(contents, { keys: [], requireSignature: false })).toEqual([
      ["unsigned", "warning", undefined],
    ]);
    expect(kinds(contents, { keys: [], requireSignature: true })).toEqual([
      ["unsigned", "error", undefined],
    ]);
  });

  it("warns when a signed pack is checked without a key", () => {
    const { contents } = makePack(FILES);
    expect(kinds(contents, { keys: [], requireSignature: false })).toEqual([
      ["signature-unverified", "warning", "statement.dsse.json"],
    ]);
  });

  it("fails when the envelope of a signed pack was deleted, or signatures removed", () => {
    const { contents } = makePack(FILES);
    expect(kinds({ ...contents, envelope: undefined })).toEqual([
      ["missing", "error", "statement.dsse.json"],
    ]);
    const { contents: two } = makePack(FILES, [alice.privateKey, bob.privateKey]);
    const envelope = json(two.envelope);
    envelope.signatures = envelope.signatures.slice(0, 1);
    const found = verifyPack(
      { ...two, envelope: bytes(JSON.stringify(envelope)) },
      {
        keys: [alice.publicKey, bob.publicKey],
        requireSignature: false,
      },
    ).findings.map((f) => f.kind);
    expect(found).toContain("envelope-invalid");
  });

  it("reports a missing or truncated manifest without crashing", () => {
    const { contents } = makePack(FILES);
    expect(kinds({ ...contents, manifest: undefined })).toEqual([
      ["missing", "error", "manifest.json"],
    ]);
    const cut = (contents.manifest ?? new Uint8Array()).slice(0, 40);
    const result = verifyPack({ ...contents, manifest: cut }, withKey);
    expect(result.findings[0]?.kind).toBe("manifest-invalid");
    expect(result.findings[0]?.message).toMatch(/not valid JSON/);
  });
});

describe("verifyPack binds what it verifies", () => {
  const messages = (contents: PackContents, options = withKey) =>
    verifyPack(contents, options).findings.map((f) => `${f.kind} ${f.path ?? ""}: ${f.message}`);

  it("accepts the pack in its own folder, absolute or relative", () => {
    const { contents } = makePack(FILES);
    expect(kinds({ ...contents, folder: "evidence/story/S-1" })).toEqual([]);
    expect(kinds({ ...contents, folder: "C:/packs/story/S-1/" })).toEqual([]);
  });

  it.each([
    ["a newer pack's folder", "/work/evidence/story/S-2"],
    ["another scope's folder", "/work/evidence/wave/S-1"],
    ["a folder with no scope above it", "S-1"],
    ["the root of a branch", ""],
  ])("names a pack copied into %s, with both names", (_name, folder) => {
    const { contents } = makePack(FILES);
    const found = verifyPack({ ...contents, folder }, withKey).findings;
    expect(found.map((f) => [f.kind, f.severity, f.path])).toEqual([
      ["misplaced", "error", "manifest.json"],
    ]);
    expect(found[0]?.message).toContain("story/S-1");
    expect(found[0]?.message).toContain(folder === "" ? "the root" : folder);
  });

  it("refuses a duplicate key anywhere in manifest.json (I-JSON), even one spelled with an escape", () => {
    const { contents } = makePack(FILES);
    const text = Buffer.from(contents.manifest ?? []).toString();
    const other = "f".repeat(40);
    const top = text.replace('"commit":', `"commit": "${other}",\n  "commit":`);
    const escaped = text.replace('"commit":', `"\\u0063ommit": "${other}",\n  "commit":`);
    const nested = text.replace('"sha256":', `"sha256": "${"0".repeat(64)}", "sha256":`);
    // JSON.parse keeps the last value, so each of these still hashes as the signed manifest.
    for (const edited of [top, escaped, nested]) {
      expect(digestOf(JSON.parse(edited))).toBe(digestOf(json(contents.manifest)));
    }
    expect(messages({ ...contents, manifest: bytes(top) })).toEqual([
      'manifest-invalid manifest.json: manifest.json is not I-JSON (RFC 7493): the key "commit" appears twice in the document, so readers may disagree on its value',
    ]);
    expect(messages({ ...contents, manifest: bytes(escaped) })[0]).toMatch(
      /the key "commit" appears twice in the document/,
    );
    expect(messages({ ...contents, manifest: bytes(nested) })[0]).toMatch(
      /the key "sha256" appears twice in files\.0/,
    );
  });

  it("refuses a duplicate key in statement.json and statement.dsse.json", () => {
    const { contents } = makePack(FILES);
    const statement = Buffer.from(contents.statement ?? [])
      .toString()
      .replace('"predicateType":', '"predicateType": "x", "predicateType":');
    expect(kinds({ ...contents, statement: bytes(statement) })).toEqual([
      ["statement-invalid", "error", "statement.json"],
    ]);
    const envelope = Buffer.from(contents.envelope ?? [])
      .toString()
      .replace('"keyid":', '"keyid":"0","keyid":');
    expect(messages({ ...contents, envelope: bytes(envelope) })).toEqual([
      expect.stringMatching(
        /^envelope-invalid statement\.dsse\.json: .*"keyid" appears twice in signatures\.0/,
      ),
    ]);
  });

  it("refuses a signed payload with a duplicate key", () => {
    const { contents } = makePack(FILES);
    const envelope = json(contents.envelope);
    const payload = Buffer.from(envelope.payload, "base64")
      .toString()
      .replace('"_type":', '"_type":"x","_type":');
    envelope.payload = Buffer.from(payload).toString("base64");
    expect(messages({ ...contents, envelope: bytes(JSON.stringify(envelope)) })).toContainEqual(
      expect.stringMatching(
        /^envelope-invalid statement\.dsse\.json: .*payload .*"_type" appears twice/,
      ),
    );
  });

  it("refuses a path listed twice in the manifest, and a subject listed twice in the statement", () => {
    const { contents } = makePack(FILES);
    const manifest = json(contents.manifest);
    manifest.files.push(manifest.files[0]);
    expect(messages({ ...contents, manifest: bytes(JSON.stringify(manifest)) })).toEqual([
      expect.stringMatching(/^manifest-invalid manifest\.json: .*files\/run\.log is listed twice/),
    ]);
    const statement = json(contents.statement);
    statement.subject.push(statement.subject[1]);
    expect(messages({ ...contents, statement: bytes(JSON.stringify(statement)) })).toContainEqual(
      expect.stringMatching(
        /^statement-invalid statement\.json: .*files\/run\.log is listed twice/,
      ),
    );
  });

  it("refuses text that is not UTF-8, a byte order mark and a lone surrogate", () => {
    const { contents } = makePack(FILES);
    const text = Buffer.from(contents.manifest ?? []);
    const latin1 = Buffer.concat([text.subarray(0, -3), Buffer.from([0xe9]), text.subarray(-3)]);
    expect(messages({ ...contents, manifest: latin1 })[0]).toMatch(
      /^manifest-invalid manifest\.json: manifest\.json is not UTF-8/,
    );
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]);
    expect(messages({ ...contents, manifest: bom })[0]).toMatch(/is not valid JSON/);
    const statement = json(contents.statement);
    statement.predicate.gates[0].status = "\ud800";
    expect(messages({ ...contents, statement: bytes(JSON.stringify(statement)) })[0]).toMatch(
      /statement\.json is not I-JSON \(RFC 7493\): predicate\.gates\.0\.status holds U\+D800/,
    );
  });

  it("with keys given, an unsigned pack fails: a signature cannot be downgraded away", () => {
    const { contents } = makePack(FILES, []);
    expect(messages(contents, { keys: [alice.publicKey], requireSignature: false })).toEqual([
      "unsigned : the pack is unsigned, and a signature by one of the given keys is required",
    ]);
  });

  it("names a file whose name is not UTF-8, escaped, instead of hashing it", () => {
    const { contents } = makePack(FILES);
    const name = Buffer.concat([
      Buffer.from("files/caf"),
      Buffer.from([0xe9]),
      Buffer.from(".log"),
    ]);
    expect(messages({ ...contents, invalidNames: [name] })).toEqual([
      "invalid-name files/caf\\xe9.log: files/caf\\xe9.log is in the pack, but its name is not UTF-8, so no manifest can list it (renamed or added after packing?)",
    ]);
  });
});

describe("verifyLink", () => {
  const first = makePack(FILES).manifest;
  const second = makePack(FILES, [alice.privateKey], first).manifest;

  it("accepts the previous manifest it recorded", () => {
    expect(
      verifyLink(second, "S-2", { label: "S-1", manifest: bytes(JSON.stringify(first)) }),
    ).toEqual([]);
    expect(verifyLink(first, "S-1", undefined)).toEqual([]);
  });

  it("names a modified or missing previous pack as a broken chain", () => {
    const edited = bytes(JSON.stringify({ ...first, commit: "f".repeat(40) }));
    const [modified] = verifyLink(second, "S-2", { label: "S-1", manifest: edited });
    expect(modified?.kind).toBe("broken-chain");
    expect(modified?.message).toMatch(/S-1 was changed after this pack was made/);
    const [missing] = verifyLink(second, "S-2", { label: "S-1", manifest: undefined });
    expect(missing?.message).toMatch(/missing/);
  });
});
