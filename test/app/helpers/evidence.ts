/**
 * Evidence packs as `pilot-gate evidence pack` writes them, built in memory
 * with the same core functions, and the git objects GitHub would list for
 * them: for the App's readiness tests.
 */
import { createHash, generateKeyPairSync, type KeyObject } from "node:crypto";
import {
  buildManifest,
  buildStatement,
  ENVELOPE_FILE,
  gateResultOf,
  keyId,
  MANIFEST_FILE,
  mediaTypeOf,
  STATEMENT_FILE,
  sha256Hex,
  signStatement,
} from "../../../core/evidence/index.js";

/** An Ed25519 key pair: the private key signs packs, the PEM is what a repository commits. */
export interface TestKey {
  privateKey: KeyObject;
  publicPem: string;
  id: string;
}

export function ed25519Key(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKey,
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    id: keyId(publicKey),
  };
}

export interface PackOptions {
  /** The pack's folder on the branch, e.g. `evidence/release/v1.2.0`. */
  folder: string;
  commit: string;
  /** Files by path in the pack (`reports/readiness.json`, `files/junit.xml`). */
  files: Record<string, string>;
  /** Signing keys; none makes an unsigned pack. */
  keys?: readonly KeyObject[];
  /** The pack's scope; default release. */
  scope?: "story" | "wave" | "release" | "pilot" | "incident";
}

/**
 * The files of a pack by their full path on the branch: the inputs, then
 * manifest.json, statement.json and (when signed) statement.dsse.json,
 * written as the CLI writes them.
 */
export function evidencePack(options: PackOptions): Map<string, string> {
  const inputs = Object.entries(options.files);
  const manifest = buildManifest({
    scope: options.scope ?? "release",
    id: options.folder.split("/").pop() ?? "pack",
    commit: options.commit,
    createdAt: "2024-05-01T11:30:00Z",
    files: inputs.map(([path, text]) => ({
      path,
      sha256: sha256Hex(text),
      size: Buffer.byteLength(text),
      mediaType: mediaTypeOf(path),
    })),
    keyids: (options.keys ?? []).map(keyId),
  });
  const gates = inputs.flatMap(([path, text]) => {
    if (!path.startsWith("reports/")) return [];
    const result = gateResultOf(JSON.parse(text), path);
    return result ? [result] : [];
  });
  const statement = buildStatement(manifest, { gates });
  const out = new Map<string, string>();
  const at = (path: string) => `${options.folder}/${path}`;
  for (const [path, text] of inputs) out.set(at(path), text);
  out.set(at(MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  out.set(at(STATEMENT_FILE), `${JSON.stringify(statement, null, 2)}\n`);
  if (options.keys && options.keys.length > 0) {
    const envelope = signStatement(statement, options.keys);
    out.set(at(ENVELOPE_FILE), `${JSON.stringify(envelope, null, 2)}\n`);
  }
  return out;
}

/** Git's blob id of some text: sha1 of `blob <size>\0<bytes>`. */
export function blobSha(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** One entry of a git tree listing, as GitHub's API answers it. */
export interface RawTreeEntry {
  path: string;
  mode: string;
  type: "blob" | "tree";
  sha: string;
  size?: number;
  url: string;
}

/**
 * The recursive listing GitHub gives of a commit holding `files` (full
 * paths): every folder and every file, paths relative to `under` when given.
 */
export function treeEntries(files: ReadonlyMap<string, string>, under = ""): RawTreeEntry[] {
  const prefix = under === "" ? "" : `${under}/`;
  const entries = new Map<string, RawTreeEntry>();
  for (const [full, text] of files) {
    if (!full.startsWith(prefix)) continue;
    const path = full.slice(prefix.length);
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join("/");
      entries.set(folder, {
        path: folder,
        mode: "040000",
        type: "tree",
        sha: createHash("sha1").update(`tree ${prefix}${folder}`).digest("hex"),
        url: "",
      });
    }
    const sha = blobSha(text);
    entries.set(path, {
      path,
      mode: "100644",
      type: "blob",
      sha,
      size: Buffer.byteLength(text),
      url: "",
    });
  }
  return [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}
