/**
 * The evidence behind a readiness report pushed to the evidence branch: the
 * pack it belongs to, read at the pushed commit through the GitHub API and
 * verified by core/evidence's `verifyPack` exactly as `pilot-gate evidence
 * verify --require-signature` verifies a folder on disk, with the public keys
 * the default branch's config trusts. Only a report that is one of the files
 * of such a pack may become a `pilot-gate/readiness` verdict.
 */
import {
  COMMIT_PATTERN,
  ENVELOPE_FILE,
  MANIFEST_FILE,
  manifestSchema,
  PACK_META_FILES,
  type PackContents,
  STATEMENT_FILE,
  sha256Hex,
  verifyPack,
} from "../core/evidence/index.js";
import type { ReadinessReport } from "../core/gates/readiness/report.js";
import type { EventDeps } from "../engine/event.js";
import { readTrustedKeys } from "../engine/evidence/trusted-keys.js";
import type { LoadedConfig } from "../engine/state.js";
import type { GitHubClient, TreeEntry } from "../github/client.js";

/**
 * Files one pack may hold for the App to verify it: each costs a request, and
 * an installation has a few thousand an hour. Bigger packs are verified with
 * the CLI.
 */
export const MAX_PACK_FILES = 100;
/** Bytes of one file the App reads. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Bytes the App reads for one push, reports and pack together: bounds its memory. */
export const MAX_TOTAL_BYTES = 50 * 1024 * 1024;
/** Folders walked down to a pack when the commit is too big to list at once. */
const MAX_DEPTH = 16;

/** Git's mode for a symbolic link: not a file of the pack, whatever it points to. */
const SYMLINK_MODE = "120000";

/** Evidence that cannot be read within the bounds; the message says why and what to do. */
export class EvidenceReadError extends Error {
  override readonly name = "EvidenceReadError";
}

/**
 * The files of one commit, read lazily and each once: one recursive listing
 * of the commit, or when GitHub truncates it, one listing per folder down to
 * the folder asked for and one recursive listing of that folder. Blobs are
 * read by id, at most MAX_FILE_BYTES each and MAX_TOTAL_BYTES in all.
 */
export class CommitFiles {
  readonly #gh: GitHubClient;
  readonly commit: string;
  #whole: Promise<{ entries: TreeEntry[]; truncated: boolean }> | undefined;
  readonly #folders = new Map<string, Promise<Map<string, TreeEntry>>>();
  readonly #blobs = new Map<string, Buffer>();
  /** Bytes read so far, against MAX_TOTAL_BYTES. */
  bytesRead = 0;

  constructor(gh: GitHubClient, commit: string) {
    this.#gh = gh;
    this.commit = commit;
  }

  /** Every entry under `folder` ("" for the whole commit), by path relative to it; empty when there is no such folder. */
  folder(folder: string): Promise<Map<string, TreeEntry>> {
    let listing = this.#folders.get(folder);
    if (!listing) {
      listing = this.#listFolder(folder);
      this.#folders.set(folder, listing);
    }
    return listing;
  }

  async #listFolder(folder: string): Promise<Map<string, TreeEntry>> {
    this.#whole ??= this.#gh.getTree(this.commit, { recursive: true });
    const whole = await this.#whole;
    if (!whole.truncated) {
      const prefix = folder === "" ? "" : `${folder}/`;
      return new Map(
        whole.entries
          .filter((entry) => entry.path.startsWith(prefix))
          .map((entry) => [entry.path.slice(prefix.length), entry]),
      );
    }
    const segments = folder === "" ? [] : folder.split("/");
    if (segments.length > MAX_DEPTH) {
      throw new EvidenceReadError(
        `${folder} is ${segments.length} folders deep and the branch is too big to list at once; keep packs at most ${MAX_DEPTH} folders deep (evidence/<scope>/<id>)`,
      );
    }
    let sha = this.commit;
    let at = "";
    for (const segment of segments) {
      const listing = await this.#gh.getTree(sha);
      const next = listing.entries.find((entry) => entry.path === segment && entry.type === "tree");
      at = at === "" ? segment : `${at}/${segment}`;
      if (!next) {
        if (listing.truncated) {
          throw new EvidenceReadError(
            `GitHub truncated the listing of the folder holding ${at}, so it cannot be found; move old packs off the evidence branch`,
          );
        }
        return new Map();
      }
      sha = next.sha;
    }
    const listing = await this.#gh.getTree(sha, { recursive: true });
    if (listing.truncated) {
      throw new EvidenceReadError(
        `GitHub truncated the listing of ${folder || "the commit"}, so not every file of it can be checked; keep evidence packs small (at most ${MAX_PACK_FILES} files)`,
      );
    }
    return new Map(listing.entries.map((entry) => [entry.path, entry]));
  }

  /**
   * The blob at `path`, looked up in the listing of `within` (a folder above
   * it, so the pack's one listing serves its reports too); undefined when
   * there is none (a folder, a submodule, a symbolic link, nothing).
   */
  async file(path: string, within: string): Promise<Buffer | undefined> {
    const entry = (await this.folder(within)).get(
      within === "" ? path : path.slice(within.length + 1),
    );
    if (entry?.type !== "blob" || entry.mode === SYMLINK_MODE) return undefined;
    return this.blob(entry, path);
  }

  /** A blob's bytes within the bounds; `path` names it in errors. */
  async blob(entry: TreeEntry, path: string): Promise<Buffer> {
    const known = this.#blobs.get(entry.sha);
    if (known) return known;
    const size = entry.size ?? 0;
    if (size > MAX_FILE_BYTES) {
      throw new EvidenceReadError(
        `${path} is ${size} bytes; the App reads files of at most ${MAX_FILE_BYTES} bytes (verify it with pilot-gate evidence verify instead)`,
      );
    }
    if (this.bytesRead + size > MAX_TOTAL_BYTES) {
      throw new EvidenceReadError(
        `reading ${path} would take the push past the ${MAX_TOTAL_BYTES} bytes the App reads at most; push one evidence pack at a time and keep it small`,
      );
    }
    const bytes = await this.#gh.getBlob(entry.sha);
    this.bytesRead += bytes.length;
    // The listing's size is GitHub's word; the bytes that came are the fact.
    if (bytes.length > MAX_FILE_BYTES || this.bytesRead > MAX_TOTAL_BYTES) {
      throw new EvidenceReadError(
        `${path} is ${bytes.length} bytes, past what the App reads (${MAX_FILE_BYTES} bytes a file, ${MAX_TOTAL_BYTES} a push); verify it with pilot-gate evidence verify instead`,
      );
    }
    if (entry.size !== undefined && bytes.length !== entry.size) {
      throw new EvidenceReadError(
        `GitHub answered ${bytes.length} bytes for ${path}, which the tree lists as ${entry.size}; re-run`,
      );
    }
    this.#blobs.set(entry.sha, bytes);
    return bytes;
  }
}

/** What checking a report's evidence found. */
export type EvidenceVerdict =
  | {
      verified: true;
      /** The pack's folder, "" at the root of the branch. */
      pack: string;
      manifestDigest: string;
      /** Trusted keys whose signature is valid. */
      keyids: string[];
      files: number;
    }
  | { verified: false; pack: string; reasons: string[] };

/** Where the report sits in its pack, e.g. `reports/readiness.json`. */
function pathInPack(pack: string, path: string): string {
  return pack === "" ? path : path.slice(pack.length + 1);
}

/**
 * Verifies the evidence behind `report`: the trusted keys from the config,
 * then the pack at `pack` read from the pushed commit (its own three files
 * and every file its manifest lists), signature required, the report one of
 * the manifest's files, and the pack about the commit the report judged.
 * Any problem is a reason, never a pass. Throws only what GitHub's API
 * throws, for the caller to report as an API error.
 */
export async function verifyReportEvidence(
  deps: Pick<EventDeps, "gh" | "repo">,
  files: CommitFiles,
  config: LoadedConfig,
  entry: { path: string; report: ReadinessReport },
  pack: string,
): Promise<EvidenceVerdict> {
  const fail = (...reasons: string[]): EvidenceVerdict => ({ verified: false, pack, reasons });
  if (!config.ok) {
    return fail(
      `the config on ${deps.repo.defaultBranch} does not parse, so there are no trusted keys (${config.error.message.split("\n")[0]}); fix .github/pilot-gate.yml`,
    );
  }
  const paths = config.config.readiness.evidence_keys;
  if (paths.length === 0) {
    return fail(
      `no trusted key is configured: list the public key(s) the packs are signed with under readiness.evidence_keys in .github/pilot-gate.yml on ${deps.repo.defaultBranch}`,
    );
  }
  const keys = await readTrustedKeys(deps, paths);
  if ("reasons" in keys) return fail(...keys.reasons);

  let contents: PackContents;
  try {
    contents = await readPack(files, pack);
  } catch (error) {
    if (error instanceof EvidenceReadError) return fail(error.message);
    throw error;
  }
  const result = verifyPack(contents, { keys: keys.keys, requireSignature: true });
  const reasons = result.findings
    .filter((finding) => finding.severity === "error")
    .map((finding) => finding.message);
  const manifest = result.manifest;
  if (manifest) {
    const own = pathInPack(pack, entry.path);
    if (!manifest.files.some((file) => file.path === own)) {
      reasons.push(
        `${own} is not one of the files ${MANIFEST_FILE} lists, so the signature does not cover it; pack the report with --report`,
      );
    }
    if (manifest.commit !== entry.report.sha) {
      reasons.push(
        `the pack is evidence about commit ${manifest.commit}, but the report judged ${entry.report.sha}; pack it with --commit ${COMMIT_PATTERN.test(entry.report.sha) ? entry.report.sha : "<the full commit id the report judged>"}`,
      );
    }
  }
  if (reasons.length > 0 || !manifest || !result.manifestDigest) return fail(...reasons);
  return {
    verified: true,
    pack,
    manifestDigest: result.manifestDigest,
    keyids: result.verifiedKeyids,
    files: manifest.files.length,
  };
}

/**
 * Reads a pack for `verifyPack`: the text of its three own files and the
 * digest of every file its manifest lists. Other files are counted but not
 * read (verification reports them as extra whatever they hold); symbolic
 * links and submodules count as files with no valid digest, as on disk.
 */
async function readPack(files: CommitFiles, pack: string): Promise<PackContents> {
  const entries = [...(await files.folder(pack))].filter(([, entry]) => entry.type !== "tree");
  const label = pack || "/";
  if (entries.length > MAX_PACK_FILES + PACK_META_FILES.length) {
    throw new EvidenceReadError(
      `${label} holds ${entries.length} files; the App verifies packs of at most ${MAX_PACK_FILES} files (verify bigger ones with pilot-gate evidence verify)`,
    );
  }
  const total = entries.reduce((sum, [, entry]) => sum + (entry.size ?? 0), 0);
  if (total > MAX_TOTAL_BYTES) {
    throw new EvidenceReadError(
      `${label} holds ${total} bytes; the App verifies packs of at most ${MAX_TOTAL_BYTES} bytes (verify bigger ones with pilot-gate evidence verify)`,
    );
  }
  const full = (path: string) => (pack === "" ? path : `${pack}/${path}`);
  const regular = (entry: TreeEntry) => entry.type === "blob" && entry.mode !== SYMLINK_MODE;

  const meta = new Map<string, Buffer>();
  for (const name of PACK_META_FILES) {
    const entry = entries.find(([path]) => path === name)?.[1];
    if (entry && regular(entry)) meta.set(name, await files.blob(entry, full(name)));
  }
  const listed = listedPaths(meta.get(MANIFEST_FILE));
  const digests = new Map<string, { sha256: string; size: number }>();
  for (const [path, entry] of entries) {
    if (meta.has(path)) continue;
    if (!regular(entry)) {
      digests.set(path, { sha256: "not-a-regular-file", size: 0 });
    } else if (listed.has(path)) {
      const bytes = await files.blob(entry, full(path));
      digests.set(path, { sha256: sha256Hex(bytes), size: bytes.length });
    } else {
      digests.set(path, { sha256: "not-read", size: entry.size ?? 0 });
    }
  }
  return {
    label,
    folder: pack,
    manifest: meta.get(MANIFEST_FILE),
    statement: meta.get(STATEMENT_FILE),
    envelope: meta.get(ENVELOPE_FILE),
    files: digests,
  };
}

/** The paths a manifest lists, read leniently: `verifyPack` says what is wrong with a bad one. */
function listedPaths(bytes: Buffer | undefined): Set<string> {
  if (bytes === undefined) return new Set();
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(bytes.toString("utf8")));
    return new Set(parsed.success ? parsed.data.files.map((file) => file.path) : []);
  } catch {
    return new Set();
  }
}
