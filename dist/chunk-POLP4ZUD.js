import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  kindOf,
  readPackDir
} from "./chunk-NSO7L2AE.js";
import {
  errorCode
} from "./chunk-SSP7UEET.js";
import {
  MANIFEST_FILE,
  verifyLink,
  verifyPack
} from "./chunk-XRWPT2AM.js";

// engine/evidence/verify.ts
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
async function verifyPackChain(dir, options, label, cache) {
  let cached = cache?.get(dir);
  if (cached) return cached;
  let findings = [], chain = [], out = {
    status: "pass",
    findings,
    chain,
    manifest: void 0,
    manifestDigest: void 0,
    signed: !1,
    verifiedKeyids: []
  }, seen = /* @__PURE__ */ new Set(), starts = [], current = dir;
  for (; current !== void 0; ) {
    let below = current === dir ? void 0 : cache?.get(current);
    if (below) {
      findings.push(...below.findings), chain.push(...below.chain);
      break;
    }
    seen.add(current);
    let shown = label(current), result = verifyPack(await readPackDir(current, shown), options);
    starts.push({ dir: current, findings: findings.length, chain: chain.length, pack: result }), findings.push(...result.findings), chain.push({
      pack: shown,
      ...result.manifestDigest ? { digest: result.manifestDigest } : {}
    }), current === dir && (out.signed = result.signed, out.verifiedKeyids = result.verifiedKeyids, out.manifest = result.manifest, out.manifestDigest = result.manifestDigest);
    let previous = result.manifest?.previous;
    if (!result.manifest || !previous) break;
    let next = join(dirname(current), previous.id);
    if (seen.has(next)) {
      findings.push({
        kind: "broken-chain",
        severity: "error",
        pack: shown,
        path: MANIFEST_FILE,
        message: `the chain loops back to ${label(next)}`
      });
      break;
    }
    let nextKind = await kindOf(next), text = nextKind === "dir" ? await readOptional(join(next, MANIFEST_FILE)) : void 0;
    findings.push(...verifyLink(result.manifest, shown, { label: label(next), manifest: text })), current = nextKind === "dir" && text !== void 0 ? next : void 0;
  }
  out.status = statusOf(findings);
  for (let start of starts) {
    let own = findings.slice(start.findings);
    cache?.set(start.dir, {
      status: statusOf(own),
      findings: own,
      chain: chain.slice(start.chain),
      manifest: start.pack.manifest,
      manifestDigest: start.pack.manifestDigest,
      signed: start.pack.signed,
      verifiedKeyids: start.pack.verifiedKeyids
    });
  }
  return out;
}
function statusOf(findings) {
  return findings.some((f) => f.severity === "error") ? "fail" : "pass";
}
async function readOptional(path) {
  try {
    return await readFile(path);
  } catch (error) {
    let code = errorCode(error);
    if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return;
    throw error;
  }
}

export {
  verifyPackChain
};
