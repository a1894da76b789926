/**
 * Commits a set of files to a branch through GitHub's Git Data API, without a
 * checkout: blobs, a tree on top of the branch's tree, a commit, and a
 * fast-forward of the branch, all through `GitHubClient` with a workflow's
 * token. The executor (engine/execute.ts) calls it for a `commit-files`
 * write; the evidence step plans one to commit a pack to the
 * `pilot-evidence` branch, where concurrent runs may race: a lost race (422,
 * not a fast-forward) rebuilds the tree on the new head and tries again.
 * `pilot record --commit` plans one with a record instead of files, which
 * is appended to the run folder's records.jsonl re-read on every attempt.
 */
import {
  type AppendedRecord,
  appendRecord,
  RECORDS_FILE,
  type RecordFields,
  type ScenarioRecord,
} from "../core/gates/pilot/records.js";
import type { CommitFilesWrite } from "../core/write-plan.js";
import type { GitHubClient } from "./client.js";
import { answerOf, GitHubApiError } from "./errors.js";

export const DEFAULT_EVIDENCE_BRANCH = "pilot-evidence";
/** The folder on the evidence branch that holds `<scope>/<id>/` packs. */
export const EVIDENCE_ROOT = "evidence";
/** Attempts at moving the branch before giving up on a branch that keeps moving. */
export const MAX_ATTEMPTS = 5;
/** Blobs uploaded at once: parallel enough to be quick, few enough not to trip abuse limits. */
const PARALLEL_BLOBS = 4;

/** A record write's record: appended now, or already `present` from the same issue; `count` records in the file. */
export interface CommittedRecord {
  kind: AppendedRecord["kind"];
  record: ScenarioRecord;
  count: number;
}

export interface CommitFilesResult {
  /** The commit that holds the files: the new one, or the head when nothing changed. */
  sha: string;
  /** False when the branch already held exactly these files there (no commit was made). */
  committed: boolean;
  /** True when the branch did not exist and was created. */
  branchCreated: boolean;
  /** Tries at moving the branch (1 unless a concurrent push won a race). */
  attempts: number;
  /** For a record write: the record as sealed on the branch, or the one its issue already filed. */
  record?: CommittedRecord;
}

/** A commit that could not be made; the message says why and what to do. */
export class GitDataError extends Error {
  override readonly name = "GitDataError";
  readonly status: number | undefined;
  constructor(message: string, status?: number, cause?: unknown) {
    super(message, { cause });
    this.status = status;
  }
}

const SEGMENT = /^(?!\.\.?$)[^/\0]+$/;

function checkPath(path: string, what: string): void {
  if (path === "" || !path.split("/").every((s) => SEGMENT.test(s))) {
    throw new GitDataError(
      `${what} "${path}" is not a relative path (no leading or trailing /, no empty, . or .. parts)`,
    );
  }
}

/**
 * A GitDataError for a request GitHub refused or never answered, with the
 * next step; anything else (a bug, a client that may not commit) is
 * returned as it is, to be rethrown.
 */
function requestFailure(where: string, action: string, error: unknown): unknown {
  if (!(error instanceof GitHubApiError)) return error;
  const { status } = error;
  const next =
    status === 404
      ? `the repository ${where} does not exist or the token cannot see it; check the repository name and the token`
      : status === 403
        ? "the token may not write to the repository; grant contents: write (permissions: contents: write in the workflow)"
        : status === 409
          ? `the repository ${where} is empty; push a first commit`
          : status === undefined
            ? "GitHub could not be reached; re-run"
            : "re-run; if it persists, check GitHub's status";
  return new GitDataError(
    `could not ${action} on ${where} (${status ?? "no answer"}: ${answerOf(error)}): ${next}`,
    status,
    error,
  );
}

/** `request`, with a failure turned into a GitDataError that says what was being done. */
async function attempt<T>(where: string, action: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw requestFailure(where, action, error);
  }
}

/**
 * Commits the write's files under its folder on its branch and returns the
 * commit. Costs, for N files: N + 6 requests to append (ref, head commit, N
 * blobs, tree, folder check, commit, ref update; N + 5 with `existing:
 * "merge"`), N + 4 to create the branch, N + 3 when the branch already
 * holds the same files (no commit), and 6 more per lost race (ref, head
 * commit, tree, folder check, commit, ref update; the blobs are kept).
 */
export async function commitFiles(
  gh: GitHubClient,
  write: Omit<CommitFilesWrite, "kind">,
): Promise<CommitFilesResult> {
  const { folder, files, message, branch } = write;
  const maxAttempts = write.maxAttempts ?? MAX_ATTEMPTS;
  const where = `${gh.repo.owner}/${gh.repo.repo}`;
  checkPath(folder, "the folder");
  checkPath(branch, "the branch");
  if (write.record !== undefined) {
    return appendRecordCommit(gh, { folder, branch, message, maxAttempts, record: write.record });
  }
  if (files.size === 0) throw new GitDataError("nothing to commit: no files were given");
  for (const path of files.keys()) checkPath(path, "the file");

  const call = <T>(action: string, request: () => Promise<T>) => attempt(where, action, request);
  // A missing branch and a missing repository both answer 404 (undefined
  // here); the blob upload that follows tells them apart without another request.
  const readHead = () => call(`read the branch ${branch}`, () => gh.getRef(`heads/${branch}`));

  const refuseExisting = async (ref: string): Promise<void> => {
    const found = await call(`check whether ${folder} exists on ${branch}`, () =>
      gh.listFolder(folder, ref),
    );
    if (found.kind === "missing") return;
    throw new GitDataError(
      `${folder} already exists on ${branch} in ${where} with other content, and a pack is never overwritten; nothing was committed. Pack under a new id.`,
      409,
    );
  };

  const entries = [...files].sort(([a], [b]) => (a < b ? -1 : 1));
  let head = await readHead();
  const blobs = await mapLimit(entries, ([path, bytes]) =>
    call(`upload ${folder}/${path}`, () => gh.createBlob(bytes)),
  );
  const tree = entries.map(([path], index) => ({
    path: `${folder}/${path}`,
    mode: "100644" as const,
    type: "blob" as const,
    sha: blobs[index] as string,
  }));

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let baseTree: string | undefined;
    if (head !== undefined) {
      const at = head;
      baseTree = await call(`read the head commit of ${branch}`, () => gh.getCommitTree(at));
    }
    const base = baseTree;
    const created = await call("create the tree", () => gh.createTree(tree, base));
    if (head !== undefined && created === baseTree) {
      return { sha: head, committed: false, branchCreated: false, attempts: attempt };
    }
    if (head !== undefined && (write.existing ?? "refuse") === "refuse") {
      await refuseExisting(head);
    }
    const parents = head === undefined ? [] : [head];
    const commit = await call("create the commit", () =>
      gh.createCommit(message, created, parents),
    );
    const moved = await moveBranch(gh, { where, branch, head, commit, readHead });
    if (moved.raced) {
      head = moved.head;
      continue;
    }
    return { sha: commit, committed: true, branchCreated: head === undefined, attempts: attempt };
  }
  throw new GitDataError(
    `could not commit to ${branch} on ${where}: the branch moved under every one of ${maxAttempts} attempts; re-run when the other pushes to it are done`,
    422,
  );
}

/**
 * Points the branch at `commit`, creating it when `head` is undefined. A
 * 422 means someone else moved (or created) the branch since `head` was
 * read: the commit made here is left unreferenced (GitHub collects it) and
 * the branch's new head is returned for the caller to rebuild on.
 */
async function moveBranch(
  gh: GitHubClient,
  at: {
    where: string;
    branch: string;
    head: string | undefined;
    commit: string;
    readHead: () => Promise<string | undefined>;
  },
): Promise<{ raced: false } | { raced: true; head: string | undefined }> {
  const { where, branch, head, commit } = at;
  try {
    if (head === undefined) await gh.createRef(`refs/heads/${branch}`, commit);
    else await gh.updateRef(`heads/${branch}`, commit);
    return { raced: false };
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.status !== 422) {
      throw requestFailure(where, `move the branch ${branch}`, error);
    }
    const moved = await at.readHead();
    // An unmoved branch means the 422 was not a race; retrying cannot help.
    if (moved === head) throw requestFailure(where, `move the branch ${branch}`, error);
    return { raced: true, head: moved };
  }
}

/**
 * Appends a record to `<folder>/records.jsonl` on the branch. Each attempt
 * reads the file at the head it builds on, verifies its chain, seals the
 * record onto its last line and commits the whole file; a lost race (422)
 * starts over from the new head, so a record another run appended
 * meanwhile is kept and chained to, never overwritten. A record whose
 * source issue the file already holds is not appended again (no commit).
 * Costs 7 requests (ref, file, head commit, blob, tree, commit, ref
 * update), 5 when the branch is created, 2 when the record is
 * already there, and the same again per lost race.
 */
async function appendRecordCommit(
  gh: GitHubClient,
  write: {
    folder: string;
    branch: string;
    message: string;
    maxAttempts: number;
    record: RecordFields;
  },
): Promise<CommitFilesResult> {
  const { folder, branch, message } = write;
  const where = `${gh.repo.owner}/${gh.repo.repo}`;
  const call = <T>(action: string, request: () => Promise<T>) => attempt(where, action, request);
  const path = `${folder}/${RECORDS_FILE}`;
  const readHead = () => call(`read the branch ${branch}`, () => gh.getRef(`heads/${branch}`));
  let head = await readHead();
  for (let tries = 1; tries <= write.maxAttempts; tries++) {
    let text = "";
    if (head !== undefined) {
      const at = head;
      const read = await call(`read ${path} on ${branch}`, () => gh.getRawFile(path, at));
      if (read.kind === "found") text = read.text;
    }
    const appended = appendRecord(text, write.record, `${path} on ${branch}`);
    if (appended.kind === "present") {
      return {
        sha: head as string,
        committed: false,
        branchCreated: false,
        attempts: tries,
        record: { kind: appended.kind, record: appended.record, count: appended.count },
      };
    }
    const record = { kind: appended.kind, record: appended.record, count: appended.count };
    const base = head;
    const baseTree =
      base === undefined
        ? undefined
        : await call(`read the head commit of ${branch}`, () => gh.getCommitTree(base));
    const blob = await call(`upload ${path}`, () =>
      gh.createBlob(new TextEncoder().encode(appended.text)),
    );
    const tree = await call("create the tree", () =>
      gh.createTree([{ path, mode: "100644", type: "blob", sha: blob }], baseTree),
    );
    const commit = await call("create the commit", () =>
      gh.createCommit(message, tree, base === undefined ? [] : [base]),
    );
    const moved = await moveBranch(gh, { where, branch, head, commit, readHead });
    if (moved.raced) {
      head = moved.head;
      continue;
    }
    return {
      sha: commit,
      committed: true,
      branchCreated: base === undefined,
      attempts: tries,
      record,
    };
  }
  throw new GitDataError(
    `could not append to ${path} on ${branch} in ${where}: the branch moved under every one of ${write.maxAttempts} attempts; nothing was recorded, re-run when the other pushes to it are done`,
    422,
  );
}

export interface ReadScopeOptions {
  /** Default `pilot-evidence`; a missing branch reads as a scope with no packs. */
  branch?: string;
  /** The evidence folder on the branch, e.g. `evidence`. */
  root: string;
  /** The scope folder under it, e.g. `release`. */
  scope: string;
}

/** One folder of the scope on the branch: a pack, if its manifest says so. */
export interface ScopePack {
  /** The folder's name, which a pack's manifest repeats as its id. */
  id: string;
  /** Where its manifest is (or should be) on the branch, e.g. `evidence/release/v1.2.0/manifest.json`. */
  path: string;
  /** The manifest's text as stored, unchecked; undefined when the folder has no manifest.json. */
  manifest: string | undefined;
}

export interface ScopeManifests {
  /** The branch's head commit the packs were read at; undefined when the branch does not exist. */
  head: string | undefined;
  /** Every sub-folder of `<root>/<scope>`, by id. Files directly in the scope folder are not packs and are left out. */
  packs: ScopePack[];
  /** Requests made (see `readScopeManifests`). */
  requests: number;
}

const MANIFEST_NAME = "manifest.json";

/** Runs `work` over `items`, PARALLEL_BLOBS at a time; the first failure stops new work and is thrown once the rest settle. */
async function mapLimit<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && failed === undefined) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T);
      } catch (error) {
        failed ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_BLOBS, items.length) }, worker));
  if (failed !== undefined) throw failed.error;
  return results;
}

/**
 * Reads the manifests of the packs in `<root>/<scope>/` on `branch`, so a
 * new pack can chain to the latest one without a checkout. Costs 1 request
 * when the branch does not exist; otherwise 2 + M for M manifests (the ref,
 * the head commit's tree listed recursively, one blob per manifest). When
 * the branch is too large for one recursive listing (GitHub sets
 * `truncated`), it walks down to the scope folder instead: 1 listing per
 * folder on the way (2 for `evidence/<scope>`), 1 for the scope and 1 per
 * pack folder, so 5 + P + M for P pack folders.
 */
export async function readScopeManifests(
  gh: GitHubClient,
  options: ReadScopeOptions,
): Promise<ScopeManifests> {
  const branch = options.branch ?? DEFAULT_EVIDENCE_BRANCH;
  const where = `${gh.repo.owner}/${gh.repo.repo}`;
  const folder = `${options.root}/${options.scope}`;
  checkPath(folder, "the scope folder");
  checkPath(branch, "the branch");
  let requests = 0;
  const call = <T>(action: string, request: () => Promise<T>) => {
    requests++;
    return attempt(where, action, request);
  };

  const head = await call(`read the branch ${branch}`, () => gh.getRef(`heads/${branch}`));
  if (head === undefined) return { head: undefined, packs: [], requests };

  // A commit names its tree, so the listing needs no separate commit read.
  const listTree = (sha: string, what: string, recursive = false) =>
    call(`list ${what} on ${branch}`, () => gh.getTree(sha, { recursive }));

  /** Pack folder -> its manifest's blob, or undefined when it has none. */
  const found = new Map<string, string | undefined>();
  const whole = await listTree(head, "the files", true);
  if (!whole.truncated) {
    const prefix = `${folder}/`;
    for (const entry of whole.entries) {
      if (!entry.path.startsWith(prefix)) continue;
      const [id = "", file, ...deeper] = entry.path.slice(prefix.length).split("/");
      if (file === undefined && entry.type === "tree" && !found.has(id)) found.set(id, undefined);
      if (file === MANIFEST_NAME && deeper.length === 0 && entry.type === "blob") {
        found.set(id, entry.sha);
      }
    }
  } else {
    let sha: string | undefined = head;
    let at = "";
    for (const segment of folder.split("/")) {
      const listing = await listTree(sha, at === "" ? "the top folder" : at);
      sha = listing.entries.find((entry) => entry.path === segment && entry.type === "tree")?.sha;
      at = at === "" ? segment : `${at}/${segment}`;
      if (sha === undefined) break;
    }
    if (sha !== undefined) {
      const listing = await listTree(sha, folder);
      if (listing.truncated) {
        throw new GitDataError(
          `${folder} on ${branch} in ${where} has more entries than GitHub lists at once, so its last pack cannot be found; nothing was committed. Move old packs out of ${folder}.`,
        );
      }
      const packs = listing.entries.filter((entry) => entry.type === "tree");
      const manifests = await mapLimit(
        packs,
        async (pack) =>
          (await listTree(pack.sha, `${folder}/${pack.path}`)).entries.find(
            (entry) => entry.path === MANIFEST_NAME && entry.type === "blob",
          )?.sha,
      );
      packs.forEach((pack, index) => {
        found.set(pack.path, manifests[index]);
      });
    }
  }

  const ids = [...found.keys()].sort();
  const texts = await mapLimit(ids, async (id) => {
    const blob = found.get(id);
    if (blob === undefined) return undefined;
    const bytes = await call(`read ${folder}/${id}/${MANIFEST_NAME}`, () => gh.getBlob(blob));
    return bytes.toString("utf8");
  });
  return {
    head,
    packs: ids.map((id, index) => ({
      id,
      path: `${folder}/${id}/${MANIFEST_NAME}`,
      manifest: texts[index],
    })),
    requests,
  };
}
