import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  packEvidence
} from "./chunk-MXX6H2WV.js";
import {
  EVIDENCE_ROOT
} from "./chunk-AN4NO4AL.js";
import {
  MANIFEST_FILE,
  manifestSchema,
  parseIJson
} from "./chunk-XRWPT2AM.js";

// engine/evidence/branch-pack.ts
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var EvidenceBranchError = class extends Error {
  name = "EvidenceBranchError";
};
async function readTree(dir) {
  let files = /* @__PURE__ */ new Map(), walk = async (at) => {
    for (let entry of await readdir(at, { withFileTypes: !0 })) {
      let path = join(at, entry.name);
      entry.isDirectory() ? await walk(path) : files.set(relative(dir, path).split(sep).join("/"), await readFile(path));
    }
  };
  return await walk(dir), files;
}
async function materialise(root, request, existing) {
  let { branch, scope } = request, on = `on ${branch}`, restore = `nothing was committed. Fix or restore that pack on ${branch} (git history has it), then re-run.`;
  for (let pack of existing.packs) {
    if (pack.id === request.id)
      throw new EvidenceBranchError(
        `${EVIDENCE_ROOT}/${scope}/${pack.id} already exists ${on} and a pack is never overwritten; nothing was committed. Pack under a new id.`
      );
    if (pack.manifest === void 0)
      throw new EvidenceBranchError(
        `${pack.path} is missing ${on}, so the chain's last pack cannot be found; ${restore}`
      );
    let json = parseIJson(pack.manifest);
    if (!json.ok)
      throw new EvidenceBranchError(
        `${pack.path} ${on} ${json.error}, so the chain cannot continue from it; ${restore}`
      );
    let parsed = manifestSchema.safeParse(json.value);
    if (!parsed.success) {
      let issue = parsed.error.issues[0], at = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
      throw new EvidenceBranchError(
        `${pack.path} ${on} is not a valid manifest (${issue?.message ?? "invalid"}${at}), so the chain cannot continue from it; ${restore}`
      );
    }
    if (parsed.data.id !== pack.id || parsed.data.scope !== scope)
      throw new EvidenceBranchError(
        `${pack.path} ${on} says it is pack ${parsed.data.scope}/${parsed.data.id}, but its folder is ${scope}/${pack.id}; ${restore}`
      );
    let dir = join(root, scope, pack.id);
    await mkdir(dir, { recursive: !0 }), await writeFile(join(dir, MANIFEST_FILE), pack.manifest);
  }
}
async function packForBranch(request, existing) {
  let root = await mkdtemp(join(request.temp, "pilot-gate-evidence-"));
  try {
    await materialise(root, request, existing);
    let { branch: _branch, temp: _temp, ...pack } = request, { summary, packDir } = await packEvidence({ ...pack, root });
    return {
      packed: summary,
      files: await readTree(packDir),
      packPath: `${EVIDENCE_ROOT}/${request.scope}/${request.id}`
    };
  } finally {
    await rm(root, { recursive: !0, force: !0 });
  }
}

export {
  EvidenceBranchError,
  packForBranch
};
