/**
 * Verifying a pack on disk and the chain below it, shared by
 * `pilot-gate evidence verify` and the readiness site (which shows a pack
 * only once it verifies). The checks live in core/evidence; this follows the
 * chain from folder to folder.
 */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  type EvidenceFinding,
  MANIFEST_FILE,
  type Manifest,
  type PackVerification,
  type VerifyOptions,
  type VerifyReport,
  verifyLink,
  verifyPack,
} from "../../core/evidence/index.js";
import { errorCode } from "../io.js";
import { kindOf, readPackDir } from "./files.js";

/** A pack and its chain, verified: the findings of every pack followed, newest first. */
export interface ChainVerification {
  status: VerifyReport["status"];
  findings: EvidenceFinding[];
  chain: VerifyReport["chain"];
  /** The first pack's manifest, when valid (what the site shows from it). */
  manifest: Manifest | undefined;
  manifestDigest: string | undefined;
  signed: boolean;
  verifiedKeyids: string[];
}

/**
 * Verifies the pack in `dir` and every pack its chain links to, down to the
 * first of its scope; `label` names a folder in findings. Any `error`
 * finding, in the pack or in a link, fails it. With a `cache` shared across
 * calls (same options and labels), each pack is read and hashed once: a
 * chain reaching a pack already verified takes that pack's result, so
 * verifying every pack of a scope costs one pass, not one per pack.
 */
export async function verifyPackChain(
  dir: string,
  options: VerifyOptions,
  label: (dir: string) => string,
  cache?: Map<string, ChainVerification>,
): Promise<ChainVerification> {
  const cached = cache?.get(dir);
  if (cached) return cached;
  const findings: EvidenceFinding[] = [];
  const chain: VerifyReport["chain"] = [];
  const out: ChainVerification = {
    status: "pass",
    findings,
    chain,
    manifest: undefined,
    manifestDigest: undefined,
    signed: false,
    verifiedKeyids: [],
  };
  const seen = new Set<string>();
  // Where each pack's own part of the chain starts, so each gets its own result in the cache.
  const starts: { dir: string; findings: number; chain: number; pack: PackVerification }[] = [];
  let current: string | undefined = dir;
  while (current !== undefined) {
    const below = current === dir ? undefined : cache?.get(current);
    if (below) {
      findings.push(...below.findings);
      chain.push(...below.chain);
      break;
    }
    seen.add(current);
    const shown = label(current);
    const result = verifyPack(await readPackDir(current, shown), options);
    starts.push({ dir: current, findings: findings.length, chain: chain.length, pack: result });
    findings.push(...result.findings);
    chain.push({
      pack: shown,
      ...(result.manifestDigest ? { digest: result.manifestDigest } : {}),
    });
    if (current === dir) {
      out.signed = result.signed;
      out.verifiedKeyids = result.verifiedKeyids;
      out.manifest = result.manifest;
      out.manifestDigest = result.manifestDigest;
    }
    const previous = result.manifest?.previous;
    if (!result.manifest || !previous) break;
    const next = join(dirname(current), previous.id);
    if (seen.has(next)) {
      findings.push({
        kind: "broken-chain",
        severity: "error",
        pack: shown,
        path: MANIFEST_FILE,
        message: `the chain loops back to ${label(next)}`,
      });
      break;
    }
    const nextKind = await kindOf(next);
    const text = nextKind === "dir" ? await readOptional(join(next, MANIFEST_FILE)) : undefined;
    findings.push(...verifyLink(result.manifest, shown, { label: label(next), manifest: text }));
    current = nextKind === "dir" && text !== undefined ? next : undefined;
  }
  out.status = statusOf(findings);
  for (const start of starts) {
    const own = findings.slice(start.findings);
    cache?.set(start.dir, {
      status: statusOf(own),
      findings: own,
      chain: chain.slice(start.chain),
      manifest: start.pack.manifest,
      manifestDigest: start.pack.manifestDigest,
      signed: start.pack.signed,
      verifiedKeyids: start.pack.verifiedKeyids,
    });
  }
  return out;
}

function statusOf(findings: readonly EvidenceFinding[]): VerifyReport["status"] {
  return findings.some((f) => f.severity === "error") ? "fail" : "pass";
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
