import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  GitHubApiError,
  answerOf
} from "./chunk-T2NOWLVF.js";
import {
  RECORDS_FILE,
  appendRecord
} from "./chunk-XRWPT2AM.js";

// github/git-data.ts
var DEFAULT_EVIDENCE_BRANCH = "pilot-evidence", EVIDENCE_ROOT = "evidence", MAX_ATTEMPTS = 5, PARALLEL_BLOBS = 4, GitDataError = class extends Error {
  name = "GitDataError";
  status;
  constructor(message, status, cause) {
    super(message, { cause }), this.status = status;
  }
}, SEGMENT = /^(?!\.\.?$)[^/\0]+$/;
function checkPath(path, what) {
  if (path === "" || !path.split("/").every((s) => SEGMENT.test(s)))
    throw new GitDataError(
      `${what} "${path}" is not a relative path (no leading or trailing /, no empty, . or .. parts)`
    );
}
function requestFailure(where, action, error) {
  if (!(error instanceof GitHubApiError)) return error;
  let { status } = error, next = status === 404 ? `the repository ${where} does not exist or the token cannot see it; check the repository name and the token` : status === 403 ? "the token may not write to the repository; grant contents: write (permissions: contents: write in the workflow)" : status === 409 ? `the repository ${where} is empty; push a first commit` : status === void 0 ? "GitHub could not be reached; re-run" : "re-run; if it persists, check GitHub's status";
  return new GitDataError(
    `could not ${action} on ${where} (${status ?? "no answer"}: ${answerOf(error)}): ${next}`,
    status,
    error
  );
}
async function attempt(where, action, request) {
  try {
    return await request();
  } catch (error) {
    throw requestFailure(where, action, error);
  }
}
async function commitFiles(gh, write) {
  let { folder, files, message, branch } = write, maxAttempts = write.maxAttempts ?? MAX_ATTEMPTS, where = `${gh.repo.owner}/${gh.repo.repo}`;
  if (checkPath(folder, "the folder"), checkPath(branch, "the branch"), write.record !== void 0)
    return appendRecordCommit(gh, { folder, branch, message, maxAttempts, record: write.record });
  if (files.size === 0) throw new GitDataError("nothing to commit: no files were given");
  for (let path of files.keys()) checkPath(path, "the file");
  let call = (action, request) => attempt(where, action, request), readHead = () => call(`read the branch ${branch}`, () => gh.getRef(`heads/${branch}`)), refuseExisting = async (ref) => {
    if ((await call(
      `check whether ${folder} exists on ${branch}`,
      () => gh.listFolder(folder, ref)
    )).kind !== "missing")
      throw new GitDataError(
        `${folder} already exists on ${branch} in ${where} with other content, and a pack is never overwritten; nothing was committed. Pack under a new id.`,
        409
      );
  }, entries = [...files].sort(([a], [b]) => a < b ? -1 : 1), head = await readHead(), blobs = await mapLimit(
    entries,
    ([path, bytes]) => call(`upload ${folder}/${path}`, () => gh.createBlob(bytes))
  ), tree = entries.map(([path], index) => ({
    path: `${folder}/${path}`,
    mode: "100644",
    type: "blob",
    sha: blobs[index]
  }));
  for (let attempt2 = 1; attempt2 <= maxAttempts; attempt2++) {
    let baseTree;
    if (head !== void 0) {
      let at = head;
      baseTree = await call(`read the head commit of ${branch}`, () => gh.getCommitTree(at));
    }
    let base = baseTree, created = await call("create the tree", () => gh.createTree(tree, base));
    if (head !== void 0 && created === baseTree)
      return { sha: head, committed: !1, branchCreated: !1, attempts: attempt2 };
    head !== void 0 && (write.existing ?? "refuse") === "refuse" && await refuseExisting(head);
    let parents = head === void 0 ? [] : [head], commit = await call(
      "create the commit",
      () => gh.createCommit(message, created, parents)
    ), moved = await moveBranch(gh, { where, branch, head, commit, readHead });
    if (moved.raced) {
      head = moved.head;
      continue;
    }
    return { sha: commit, committed: !0, branchCreated: head === void 0, attempts: attempt2 };
  }
  throw new GitDataError(
    `could not commit to ${branch} on ${where}: the branch moved under every one of ${maxAttempts} attempts; re-run when the other pushes to it are done`,
    422
  );
}
async function moveBranch(gh, at) {
  let { where, branch, head, commit } = at;
  try {
    return head === void 0 ? await gh.createRef(`refs/heads/${branch}`, commit) : await gh.updateRef(`heads/${branch}`, commit), { raced: !1 };
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.status !== 422)
      throw requestFailure(where, `move the branch ${branch}`, error);
    let moved = await at.readHead();
    if (moved === head) throw requestFailure(where, `move the branch ${branch}`, error);
    return { raced: !0, head: moved };
  }
}
async function appendRecordCommit(gh, write) {
  let { folder, branch, message } = write, where = `${gh.repo.owner}/${gh.repo.repo}`, call = (action, request) => attempt(where, action, request), path = `${folder}/${RECORDS_FILE}`, readHead = () => call(`read the branch ${branch}`, () => gh.getRef(`heads/${branch}`)), head = await readHead();
  for (let tries = 1; tries <= write.maxAttempts; tries++) {
    let text = "";
    if (head !== void 0) {
      let at = head, read = await call(`read ${path} on ${branch}`, () => gh.getRawFile(path, at));
      read.kind === "found" && (text = read.text);
    }
    let appended = appendRecord(text, write.record, `${path} on ${branch}`);
    if (appended.kind === "present")
      return {
        sha: head,
        committed: !1,
        branchCreated: !1,
        attempts: tries,
        record: { kind: appended.kind, record: appended.record, count: appended.count }
      };
    let record = { kind: appended.kind, record: appended.record, count: appended.count }, base = head, baseTree = base === void 0 ? void 0 : await call(`read the head commit of ${branch}`, () => gh.getCommitTree(base)), blob = await call(
      `upload ${path}`,
      () => gh.createBlob(new TextEncoder().encode(appended.text))
    ), tree = await call(
      "create the tree",
      () => gh.createTree([{ path, mode: "100644", type: "blob", sha: blob }], baseTree)
    ), commit = await call(
      "create the commit",
      () => gh.createCommit(message, tree, base === void 0 ? [] : [base])
    ), moved = await moveBranch(gh, { where, branch, head, commit, readHead });
    if (moved.raced) {
      head = moved.head;
      continue;
    }
    return {
      sha: commit,
      committed: !0,
      branchCreated: base === void 0,
      attempts: tries,
      record
    };
  }
  throw new GitDataError(
    `could not append to ${path} on ${branch} in ${where}: the branch moved under every one of ${write.maxAttempts} attempts; nothing was recorded, re-run when the other pushes to it are done`,
    422
  );
}
var MANIFEST_NAME = "manifest.json";
async function mapLimit(items, work) {
  let results = new Array(items.length), next = 0, failed, worker = async () => {
    for (; next < items.length && failed === void 0; ) {
      let index = next++;
      try {
        results[index] = await work(items[index]);
      } catch (error) {
        failed ??= { error };
      }
    }
  };
  if (await Promise.all(Array.from({ length: Math.min(PARALLEL_BLOBS, items.length) }, worker)), failed !== void 0) throw failed.error;
  return results;
}
async function readScopeManifests(gh, options) {
  let branch = options.branch ?? DEFAULT_EVIDENCE_BRANCH, where = `${gh.repo.owner}/${gh.repo.repo}`, folder = `${options.root}/${options.scope}`;
  checkPath(folder, "the scope folder"), checkPath(branch, "the branch");
  let requests = 0, call = (action, request) => (requests++, attempt(where, action, request)), head = await call(`read the branch ${branch}`, () => gh.getRef(`heads/${branch}`));
  if (head === void 0) return { head: void 0, packs: [], requests };
  let listTree = (sha, what, recursive = !1) => call(`list ${what} on ${branch}`, () => gh.getTree(sha, { recursive })), found = /* @__PURE__ */ new Map(), whole = await listTree(head, "the files", !0);
  if (whole.truncated) {
    let sha = head, at = "";
    for (let segment of folder.split("/"))
      if (sha = (await listTree(sha, at === "" ? "the top folder" : at)).entries.find((entry) => entry.path === segment && entry.type === "tree")?.sha, at = at === "" ? segment : `${at}/${segment}`, sha === void 0) break;
    if (sha !== void 0) {
      let listing = await listTree(sha, folder);
      if (listing.truncated)
        throw new GitDataError(
          `${folder} on ${branch} in ${where} has more entries than GitHub lists at once, so its last pack cannot be found; nothing was committed. Move old packs out of ${folder}.`
        );
      let packs = listing.entries.filter((entry) => entry.type === "tree"), manifests = await mapLimit(
        packs,
        async (pack) => (await listTree(pack.sha, `${folder}/${pack.path}`)).entries.find(
          (entry) => entry.path === MANIFEST_NAME && entry.type === "blob"
        )?.sha
      );
      packs.forEach((pack, index) => {
        found.set(pack.path, manifests[index]);
      });
    }
  } else {
    let prefix = `${folder}/`;
    for (let entry of whole.entries) {
      if (!entry.path.startsWith(prefix)) continue;
      let [id = "", file, ...deeper] = entry.path.slice(prefix.length).split("/");
      file === void 0 && entry.type === "tree" && !found.has(id) && found.set(id, void 0), file === MANIFEST_NAME && deeper.length === 0 && entry.type === "blob" && found.set(id, entry.sha);
    }
  }
  let ids = [...found.keys()].sort(), texts = await mapLimit(ids, async (id) => {
    let blob = found.get(id);
    return blob === void 0 ? void 0 : (await call(`read ${folder}/${id}/${MANIFEST_NAME}`, () => gh.getBlob(blob))).toString("utf8");
  });
  return {
    head,
    packs: ids.map((id, index) => ({
      id,
      path: `${folder}/${id}/${MANIFEST_NAME}`,
      manifest: texts[index]
    })),
    requests
  };
}

// engine/event.ts
function appLabelKey(repo, number, label) {
  return `${pullKey(repo, number)} ${label.toLowerCase()}`;
}
function labelWriteKey(repo, number, action, label) {
  return `${pullKey(repo, number)} ${action} ${label.toLowerCase()}`;
}
function repoKey(repo) {
  return `${repo.owner}/${repo.repo}`.toLowerCase();
}
function issueKey(repo, number) {
  return `issue:${repoKey(repo)}#${number}`;
}
function pullKey(repo, number) {
  return `${repo.owner}/${repo.repo}#${number}`.toLowerCase();
}

export {
  DEFAULT_EVIDENCE_BRANCH,
  EVIDENCE_ROOT,
  GitDataError,
  commitFiles,
  readScopeManifests,
  appLabelKey,
  labelWriteKey,
  repoKey,
  issueKey,
  pullKey
};
