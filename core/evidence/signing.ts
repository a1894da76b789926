import { createHash, createPublicKey, type KeyObject, sign, verify } from "node:crypto";
import { UsageError } from "../errors.js";
import { canonicalJson } from "./digest.js";
import { DSSE_PAYLOAD_TYPE, type Envelope, type Statement } from "./schema.js";

/**
 * The DSSE pre-authentication encoding: `DSSEv1 SP len(type) SP type SP
 * len(body) SP body`, lengths in bytes as ASCII decimal. Signing this rather
 * than the bare payload binds the payload type, so a signature over one kind
 * of document cannot be replayed as another.
 */
export function pae(type: string, body: Uint8Array): Buffer {
  const typeBytes = Buffer.from(type, "utf8");
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${typeBytes.length} `, "utf8"),
    typeBytes,
    Buffer.from(` ${body.length} `, "utf8"),
    body,
  ]);
}

/** A key's id: the hex SHA-256 of its public key as SPKI DER (a private key's public half). */
export function keyId(key: KeyObject): string {
  const der = publicHalf(key).export({ type: "spki", format: "der" });
  return createHash("sha256").update(der).digest("hex");
}

function publicHalf(key: KeyObject): KeyObject {
  return key.type === "public" ? key : createPublicKey(key);
}

/** Refuses anything but an Ed25519 key, naming what was given. */
export function assertEd25519(key: KeyObject, what: string): void {
  if (key.asymmetricKeyType !== "ed25519") {
    throw new UsageError(
      `${what} is a ${key.asymmetricKeyType ?? key.type} key; evidence is signed with Ed25519 (make one with: openssl genpkey -algorithm ed25519 -out key.pem)`,
    );
  }
}

/**
 * An Ed25519 public key from PEM text (a private key's public half is taken).
 * Throws a `UsageError` naming `what` when the text is not a PEM key or the
 * key is not Ed25519, with the command that makes a right one.
 */
export function publicKeyFromPem(pem: string, what: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new UsageError(
      `${what} is not a PEM public key; export one with: openssl pkey -in key.pem -pubout -out pub.pem`,
    );
  }
  assertEd25519(key, what);
  return key;
}

/** The bytes a statement is signed as: its RFC 8785 canonical JSON. */
export function statementPayload(statement: Statement): Buffer {
  return Buffer.from(canonicalJson(statement), "utf8");
}

/**
 * Wraps a statement in a DSSE envelope with one Ed25519 signature per
 * private key. Throws a `UsageError` for a key that is not Ed25519.
 */
export function signStatement(statement: Statement, privateKeys: readonly KeyObject[]): Envelope {
  const payload = statementPayload(statement);
  const message = pae(DSSE_PAYLOAD_TYPE, payload);
  const signatures = privateKeys.map((key, index) => {
    if (key.type !== "private") {
      throw new UsageError(
        `signing key ${index + 1} is a public key; signing needs the private key`,
      );
    }
    assertEd25519(key, `signing key ${index + 1}`);
    return { keyid: keyId(key), sig: sign(null, message, key).toString("base64") };
  });
  return { payloadType: DSSE_PAYLOAD_TYPE, payload: payload.toString("base64"), signatures };
}

/** How each signature of an envelope fared against the keys given. */
export interface SignatureCheck {
  keyid: string;
  /** `valid`/`invalid` when a key with this id was given; `unknown` when none was. */
  result: "valid" | "invalid" | "unknown";
}

/** Checks each signature of an envelope whose key is among `publicKeys`. */
export function checkSignatures(
  envelope: Envelope,
  publicKeys: readonly KeyObject[],
): SignatureCheck[] {
  const byId = new Map(publicKeys.map((key) => [keyId(key), key]));
  const message = pae(envelope.payloadType, Buffer.from(envelope.payload, "base64"));
  return envelope.signatures.map(({ keyid, sig }) => {
    const key = byId.get(keyid);
    if (!key) return { keyid, result: "unknown" };
    let ok = false;
    try {
      ok = verify(null, message, key, Buffer.from(sig, "base64"));
    } catch {
      ok = false;
    }
    return { keyid, result: ok ? "valid" : "invalid" };
  });
}
