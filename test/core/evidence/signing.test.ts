import { createHash, createPublicKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  buildManifest,
  buildStatement,
  canonicalJson,
  checkSignatures,
  DSSE_PAYLOAD_TYPE,
  digestOf,
  keyId,
  pae,
  signStatement,
} from "../../../core/evidence/index.js";
import { UsageError } from "../../../core/index.js";

const COMMIT = "0123456789abcdef0123456789abcdef01234567";

function statement() {
  const manifest = buildManifest({
    scope: "story",
    id: "S-1",
    commit: COMMIT,
    createdAt: "2026-05-01T10:00:00Z",
    files: [{ path: "files/a.log", sha256: "a".repeat(64), size: 3, mediaType: "text/plain" }],
  });
  return buildStatement(manifest, { gates: [] });
}

describe("RFC 8785 digests", () => {
  it("do not depend on key order or whitespace", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "x"] })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(digestOf({ b: 1, a: 2 })).toBe(digestOf(JSON.parse('{ "a": 2,\n "b": 1 }')));
    expect(digestOf({ a: 1 })).toBe(
      `sha256:${createHash("sha256").update('{"a":1}').digest("hex")}`,
    );
  });

  it("refuse a value JSON cannot hold", () => {
    expect(() => digestOf(undefined)).toThrow(TypeError);
  });
});

describe("DSSE", () => {
  it("pre-authentication encoding follows the spec's example", () => {
    // https://github.com/secure-systems-lab/dsse/blob/master/protocol.md
    expect(pae("http://example.com/HelloWorld", Buffer.from("hello world")).toString()).toBe(
      "DSSEv1 29 http://example.com/HelloWorld 11 hello world",
    );
    expect(pae("t", Buffer.from("é")).toString()).toBe("DSSEv1 1 t 2 é");
  });

  it("keyid is the sha256 of the SPKI DER, the same for the private and public key", () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const der = publicKey.export({ type: "spki", format: "der" });
    expect(keyId(publicKey)).toBe(createHash("sha256").update(der).digest("hex"));
    expect(keyId(privateKey)).toBe(keyId(publicKey));
  });

  it("signs with every key and verifies only with the matching ones", () => {
    const one = generateKeyPairSync("ed25519");
    const two = generateKeyPairSync("ed25519");
    const other = generateKeyPairSync("ed25519");
    const envelope = signStatement(statement(), [one.privateKey, two.privateKey]);
    expect(envelope.payloadType).toBe(DSSE_PAYLOAD_TYPE);
    expect(JSON.parse(Buffer.from(envelope.payload, "base64").toString())).toEqual(statement());
    expect(checkSignatures(envelope, [two.publicKey]).map((c) => c.result)).toEqual([
      "unknown",
      "valid",
    ]);
    expect(checkSignatures(envelope, [other.publicKey]).map((c) => c.result)).toEqual([
      "unknown",
      "unknown",
    ]);
    const altered = { ...envelope, payload: Buffer.from("{}").toString("base64") };
    expect(checkSignatures(altered, [one.publicKey])[0]?.result).toBe("invalid");
  });

  it("refuses keys that are not Ed25519 private keys", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
    expect(() => signStatement(statement(), [rsa.privateKey])).toThrow(UsageError);
    expect(() => signStatement(statement(), [rsa.privateKey])).toThrow(/Ed25519/);
    const ed = generateKeyPairSync("ed25519");
    expect(() => signStatement(statement(), [createPublicKey(ed.privateKey)])).toThrow(
      /needs the private key/,
    );
  });
});
