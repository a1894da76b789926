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
      manifest: JSON.stringify(manifest, null, 2),
      statement: JSON.stringify(statement, null, 2),
      envelope: keys.length ? JSON.stringify(signStatement(statement, keys)) : undefined,
      files: new Map(entries.map((e) => [e.path, { sha256: e.sha256, size: e.size }])),
    },
  };
}

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
    const manifest = JSON.parse(contents.manifest ?? "");
    manifest.commit = "f".repeat(40);
    const found = kinds({ ...contents, manifest: JSON.stringify(manifest) });
    expect(found).toContainEqual(["statement-mismatch", "error", "statement.json"]);
  });

  it("catches an edited statement: it is not the one that was signed", () => {
    const { contents } = makePack(FILES);
    const statement = JSON.parse(contents.statement ?? "");
    statement.predicate.gates[0].status = "fail";
    expect(kinds({ ...contents, statement: JSON.stringify(statement) })).toEqual([
      ["statement-mismatch", "error", "statement.json"],
    ]);
  });

  it("catches a swapped signature and a wrong key", () => {
    const { contents } = makePack(FILES);
    const other = makePack({ "files/x": "x" });
    const envelope = JSON.parse(contents.envelope ?? "");
    envelope.signatures = JSON.parse(other.contents.envelope ?? "").signatures;
    expect(kinds({ ...contents, envelope: JSON.stringify(envelope) })).toEqual([
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
    const envelope = JSON.parse(two.envelope ?? "");
    envelope.signatures = envelope.signatures.slice(0, 1);
    const found = verifyPack(
      { ...two, envelope: JSON.stringify(envelope) },
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
    const cut = (contents.manifest ?? "").slice(0, 40);
    const result = verifyPack({ ...contents, manifest: cut }, withKey);
    expect(result.findings[0]?.kind).toBe("manifest-invalid");
    expect(result.findings[0]?.message).toMatch(/not valid JSON/);
  });
});

describe("verifyLink", () => {
  const first = makePack(FILES).manifest;
  const second = makePack(FILES, [alice.privateKey], first).manifest;

  it("accepts the previous manifest it recorded", () => {
    expect(verifyLink(second, "S-2", { label: "S-1", manifest: JSON.stringify(first) })).toEqual(
      [],
    );
    expect(verifyLink(first, "S-1", undefined)).toEqual([]);
  });

  it("names a modified or missing previous pack as a broken chain", () => {
    const edited = JSON.stringify({ ...first, commit: "f".repeat(40) });
    const [modified] = verifyLink(second, "S-2", { label: "S-1", manifest: edited });
    expect(modified?.kind).toBe("broken-chain");
    expect(modified?.message).toMatch(/S-1 was changed after this pack was made/);
    const [missing] = verifyLink(second, "S-2", { label: "S-1", manifest: undefined });
    expect(missing?.message).toMatch(/missing/);
  });
});
