/**
 * Packing straight onto the evidence branch, with no checkout of it: the
 * scope's earlier manifests are read from the branch and laid out in a
 * temporary folder, so `packEvidence` chains the new pack to the scope's
 * latest exactly as it would in a checkout; the pack is then read back as
 * files for a `commit-files` write. Shared by the evidence action and
 * `pilot-gate rollback run` (its incident pack).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { MANIFEST_FILE, manifestSchema, parseIJson } from "../../core/evidence/index.js";
import { EVIDENCE_ROOT, type ScopeManifests } from "../../github/git-data.js";
import { type PackedEvidence, type PackRequest, packEvidence } from "./pack.js";

/** The evidence branch holds something the new pack cannot chain to; nothing was committed. */
export class EvidenceBranchError extends Error {
  override readonly name = "EvidenceBranchError";
}

/** What to pack onto `branch`: a pack request without its root, which is made here. */
export type BranchPackRequest = Omit<PackRequest, "root"> & {
  branch: string;
  /** Where the temporary evidence root is made (and removed again). */
  temp: string;
};

/** A pack made for the branch: its files by path inside the pack, and where it goes. */
export interface BranchPack {
  packed: PackedEvidence["summary"];
  files: Map<string, Uint8Array>;
  /** `evidence/<scope>/<id>`, the folder of the commit-files write. */
  packPath: string;
}

/** Every file under `dir`, by `/`-separated path relative to it. */
async function readTree(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dir, path).split(sep).join("/"), await readFile(path));
    }
  };
  await walk(dir);
  return files;
}

/**
 * Writes the manifests of the scope's packs on the branch into `root`, as
 * `<root>/<scope>/<id>/manifest.json`, so `packEvidence` finds the latest one
 * and chains to it exactly as it does in a checkout (it reads only the
 * manifests of earlier packs). Each manifest is checked first so a broken
 * pack is named by its place on the branch, not in the temporary folder.
 */
async function materialise(
  root: string,
  request: BranchPackRequest,
  existing: ScopeManifests,
): Promise<void> {
  const { branch, scope } = request;
  const on = `on ${branch}`;
  const restore = `nothing was committed. Fix or restore that pack on ${branch} (git history has it), then re-run.`;
  for (const pack of existing.packs) {
    if (pack.id === request.id) {
      throw new EvidenceBranchError(
        `${EVIDENCE_ROOT}/${scope}/${pack.id} already exists ${on} and a pack is never overwritten; nothing was committed. Pack under a new id.`,
      );
    }
    if (pack.manifest === undefined) {
      throw new EvidenceBranchError(
        `${pack.path} is missing ${on}, so the chain's last pack cannot be found; ${restore}`,
      );
    }
    const json = parseIJson(pack.manifest);
    if (!json.ok) {
      throw new EvidenceBranchError(
        `${pack.path} ${on} ${json.error}, so the chain cannot continue from it; ${restore}`,
      );
    }
    const parsed = manifestSchema.safeParse(json.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
      throw new EvidenceBranchError(
        `${pack.path} ${on} is not a valid manifest (${issue?.message ?? "invalid"}${at}), so the chain cannot continue from it; ${restore}`,
      );
    }
    if (parsed.data.id !== pack.id || parsed.data.scope !== scope) {
      throw new EvidenceBranchError(
        `${pack.path} ${on} says it is pack ${parsed.data.scope}/${parsed.data.id}, but its folder is ${scope}/${pack.id}; ${restore}`,
      );
    }
    const dir = join(root, scope, pack.id);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, MANIFEST_FILE), pack.manifest);
  }
}

/**
 * Packs `request` as `packEvidence` does (same format, same checks) in a
 * temporary evidence root holding the scope's `existing` manifests (as
 * `readScopeManifests` read them from the branch), and returns the pack's
 * files, ready to commit. The temporary root is removed whatever happens.
 */
export async function packForBranch(
  request: BranchPackRequest,
  existing: ScopeManifests,
): Promise<BranchPack> {
  const root = await mkdtemp(join(request.temp, "pilot-gate-evidence-"));
  try {
    await materialise(root, request, existing);
    const { branch: _branch, temp: _temp, ...pack } = request;
    const { summary, packDir } = await packEvidence({ ...pack, root });
    return {
      packed: summary,
      files: await readTree(packDir),
      packPath: `${EVIDENCE_ROOT}/${request.scope}/${request.id}`,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
