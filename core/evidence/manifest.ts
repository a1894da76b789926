import { type EvidenceScope, type Manifest, type ManifestFile, manifestSchema } from "./schema.js";

/** Media types by extension; anything else is application/octet-stream. */
const MEDIA_TYPES: Record<string, string> = {
  json: "application/json",
  xml: "application/xml",
  yml: "application/yaml",
  yaml: "application/yaml",
  txt: "text/plain",
  log: "text/plain",
  md: "text/markdown",
  csv: "text/csv",
  html: "text/html",
  htm: "text/html",
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  svg: "image/svg+xml",
  gz: "application/gzip",
  tgz: "application/gzip",
  zip: "application/zip",
  tar: "application/x-tar",
};

/** The media type recorded for a file, from its extension (case-insensitive). */
export function mediaTypeOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  return MEDIA_TYPES[extension] ?? "application/octet-stream";
}

/** What a manifest is made from; the clock (`createdAt`) is an input like the rest. */
export interface ManifestInput {
  scope: EvidenceScope;
  id: string;
  commit: string;
  createdAt: string;
  files: readonly ManifestFile[];
  /** The latest pack of the same scope, or undefined for the chain's first pack. */
  previous?: { id: string; digest: string } | undefined;
  /** Fingerprints of the signing keys (`keyId`); empty for an unsigned pack. */
  keyids?: readonly string[];
}

/**
 * Builds `manifest.json`: files sorted by path (byte order, so the text does
 * not depend on the machine's locale), the chain link, and whether the pack
 * is signed. Throws on a duplicate path or a value the schema refuses.
 */
export function buildManifest(input: ManifestInput): Manifest {
  const files = [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < files.length; i++) {
    if (files[i]?.path === files[i - 1]?.path) {
      throw new Error(`two files would be packed as ${files[i]?.path}`);
    }
  }
  const keyids = [...new Set(input.keyids ?? [])].sort();
  return manifestSchema.parse({
    version: 1,
    scope: input.scope,
    id: input.id,
    commit: input.commit,
    createdAt: input.createdAt,
    files,
    previous: input.previous ? { id: input.previous.id, digest: input.previous.digest } : null,
    signed: keyids.length > 0,
    keyids,
  });
}
