/**
 * `pilot-gate site build`: the readiness site from a checkout of the
 * evidence branch. Every pack is verified (with its chain) before anything
 * in it is read; a pack that fails is shown as failed, with why, and its
 * reports are never opened. The pages themselves are rendered by core/site.
 */
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { EVIDENCE_SCOPES, type VerifyOptions } from "../../core/evidence/index.js";
import { UsageError } from "../../core/index.js";
import { REPORT_LIMIT, SITE_MAX_DOCUMENTS_PER_PACK, SITE_MAX_PACKS } from "../../core/limits.js";
import { buildSiteModel, renderSite, type SitePack } from "../../core/site/index.js";
import { kindOf } from "../evidence/files.js";
import { type ChainVerification, verifyPackChain } from "../evidence/verify.js";
import { displayPath, errorCode, readLimitedFile } from "../io.js";

/** Marks a folder as a site this command built, so a rebuild may replace it and nothing else. */
export const SITE_MARKER = ".pilot-gate-site";

export interface SiteBuildRequest {
  cwd: string;
  /** A checkout of the evidence branch: packs are under its `evidence/<scope>/<id>/`. */
  from: string;
  /** The folder to write; must be new, empty, or a site built before. */
  out: string;
  verify: VerifyOptions;
}

/** What `site build --json` prints. */
export interface SiteBuildSummary {
  version: 1;
  kind: "site-build";
  out: string;
  pages: number;
  packs: number;
  verified: number;
  failed: { pack: string; reasons: string[] }[];
  verdict: "GO" | "NO-GO" | null;
  /** The verified pack the current verdict comes from. */
  verdictFrom: string | null;
}

/** Builds the site `request` describes, or throws a `UsageError` that says what to do. */
export async function buildSite(request: SiteBuildRequest): Promise<SiteBuildSummary> {
  const from = resolve(request.cwd, request.from);
  const out = resolve(request.cwd, request.out);
  const root = join(from, "evidence");
  const shownRoot = displayPath(request.cwd, root);
  if ((await kindOf(root)) !== "dir") {
    throw new UsageError(
      `${shownRoot} is not a folder, so there are no evidence packs to build the site from. Pass --from a checkout of the evidence branch, e.g. git worktree add evidence-checkout pilot-evidence.`,
    );
  }
  await checkOut(request.cwd, out);

  const dirs: { scope: (typeof EVIDENCE_SCOPES)[number]; id: string; dir: string }[] = [];
  for (const scope of EVIDENCE_SCOPES) {
    const scopeDir = join(root, scope);
    if ((await kindOf(scopeDir)) !== "dir") continue;
    for (const entry of await readdir(scopeDir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || !entry.isDirectory()) continue;
      dirs.push({ scope, id: entry.name, dir: join(scopeDir, entry.name) });
    }
  }
  if (dirs.length > SITE_MAX_PACKS) {
    throw new UsageError(
      `${shownRoot} holds ${dirs.length} packs, over the site's limit of ${SITE_MAX_PACKS}; nothing was built. Build from a checkout that holds one pilot's evidence.`,
    );
  }
  dirs.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));

  const label = (dir: string) => relativeTo(from, dir);
  const cache = new Map<string, ChainVerification>();
  const packs: SitePack[] = [];
  for (const { scope, id, dir } of dirs) {
    const result = await verifyPackChain(dir, request.verify, label, cache);
    packs.push({
      scope,
      id,
      path: label(dir),
      status: result.status,
      findings: result.findings,
      manifest: result.manifest,
      manifestDigest: result.manifestDigest,
      signed: result.signed,
      verifiedKeyids: result.verifiedKeyids,
      // A failed pack's files are not opened: nothing in it may feed a figure.
      documents: result.status === "pass" ? await documentsOf(dir, result) : [],
    });
  }

  const model = buildSiteModel(packs);
  const files = renderSite(model);
  await writeSite(out, files);
  return {
    version: 1,
    kind: "site-build",
    out: displayPath(request.cwd, out),
    pages: files.filter((f) => f.path.endsWith(".html")).length,
    packs: packs.length,
    verified: packs.filter((p) => p.status === "pass").length,
    failed: model.failed.map((p) => ({
      pack: p.path,
      reasons: p.findings.filter((f) => f.severity === "error").map((f) => f.message),
    })),
    verdict: model.current?.readiness.verdict ?? null,
    verdictFrom: model.current?.entry.pack.path ?? null,
  };
}

/** `dir` relative to `from`, `/`-separated, as findings and pages name packs. */
function relativeTo(from: string, dir: string): string {
  const prefix = from.endsWith("/") ? from : `${from}/`;
  return (dir.startsWith(prefix) ? dir.slice(prefix.length) : dir).split("\\").join("/");
}

/**
 * The JSON documents and pilot manifests of a verified pack, from the files
 * its manifest lists (and so were just hashed): at most
 * SITE_MAX_DOCUMENTS_PER_PACK, each within REPORT_LIMIT. A JSON file that
 * does not parse is no report, and is left out like any other file.
 */
async function documentsOf(dir: string, result: ChainVerification): Promise<SitePack["documents"]> {
  const wanted = (result.manifest?.files ?? [])
    .map((file) => file.path)
    .filter((path) => path.endsWith(".json") || /(^|\/)pilot\.ya?ml$/.test(path))
    .slice(0, SITE_MAX_DOCUMENTS_PER_PACK);
  const documents: { path: string; json?: unknown; text?: string }[] = [];
  for (const path of wanted) {
    const { text } = await readLimitedFile(join(dir, path), path, REPORT_LIMIT);
    if (!path.endsWith(".json")) {
      documents.push({ path, text });
      continue;
    }
    try {
      documents.push({ path, json: JSON.parse(text) });
    } catch {
      // Not JSON: a packed file, not a report.
    }
  }
  return documents;
}

/** Refuses an output folder that holds something other than a site built before. */
async function checkOut(cwd: string, out: string): Promise<void> {
  const kind = await kindOf(out);
  if (kind === "none") return;
  const shown = displayPath(cwd, out);
  if (kind === "other") {
    throw new UsageError(
      `--out ${shown} is a file; pass a new or empty folder. Nothing was built.`,
    );
  }
  const entries = await readdir(out);
  if (entries.length > 0 && !entries.includes(SITE_MARKER)) {
    throw new UsageError(
      `--out ${shown} is not empty and holds no site built by pilot-gate (no ${SITE_MARKER}), so it is not replaced; pass a new or empty folder. Nothing was built.`,
    );
  }
}

/**
 * Writes the site beside `out` and swaps it in, so a failed build leaves the
 * previous site whole and a rebuild leaves no page of a pack since removed.
 */
async function writeSite(
  out: string,
  files: readonly { path: string; text: string }[],
): Promise<void> {
  await mkdir(dirname(out), { recursive: true });
  const temp = await mkdtemp(join(dirname(out), `.${basename(out)}-`));
  // The previous site is moved aside, not deleted, until the new one is in place.
  const previous = `${temp}-previous`;
  let moved = false;
  try {
    for (const file of files) {
      await mkdir(dirname(join(temp, file.path)), { recursive: true });
      await writeFile(join(temp, file.path), file.text);
    }
    await writeFile(
      join(temp, SITE_MARKER),
      "built by pilot-gate site build; replaced on rebuild\n",
    );
    if ((await kindOf(out)) === "dir") {
      await rename(out, previous);
      moved = true;
    }
    await rename(temp, out);
  } catch (error) {
    if (moved) await rename(previous, out).catch(() => undefined);
    await rm(temp, { recursive: true, force: true });
    throw new UsageError(
      `cannot write the site to ${out}: ${errorCode(error) ?? (error as Error).message}; the previous site, if any, was left in place`,
    );
  }
  if (moved) await rm(previous, { recursive: true, force: true });
}
