import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  statusOf
} from "./chunk-O7KWS2PP.js";

// github/git-data.ts
var DEFAULT_EVIDENCE_BRANCH = "pilot-evidence", MAX_ATTEMPTS = 5, PARALLEL_BLOBS = 4, GitDataError = class extends Error {
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
function reason(error) {
  let message = error?.message;
  return typeof message == "string" ? message : String(error);
}
function requestFailure(where, action, error) {
  let status = statusOf(error), next = status === 404 ? `the repository ${where} does not exist or the token cannot see it; check the repository name and the token` : status === 403 ? "the token may not write to the repository; grant contents: write (permissions: contents: write in the workflow)" : status === 409 ? `the repository ${where} is empty; push a first commit` : status === void 0 ? "GitHub could not be reached; re-run" : "re-run; if it persists, check GitHub's status";
  return new GitDataError(
    `could not ${action} on ${where} (${status ?? "no answer"}: ${reason(error)}): ${next}`,
    status,
    error
  );
}
async function commitFiles(octokit, options) {
  let { owner, repo, folder, files, message } = options, branch = options.branch ?? DEFAULT_EVIDENCE_BRANCH, maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS, where = `${owner}/${repo}`;
  if (checkPath(folder, "the folder"), checkPath(branch, "the branch"), files.size === 0) throw new GitDataError("nothing to commit: no files were given");
  for (let path of files.keys()) checkPath(path, "the file");
  let fail = (action, error) => requestFailure(where, action, error), call = async (action, route, params) => {
    try {
      return (await octokit.request(route, { owner, repo, ...params })).data;
    } catch (error) {
      throw fail(action, error);
    }
  }, readHead = async () => {
    try {
      let { data } = await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
        owner,
        repo,
        ref: `heads/${branch}`
      });
      return data.object.sha;
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw fail(`read the branch ${branch}`, error);
    }
  }, refuseExisting = async (ref) => {
    try {
      await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
        owner,
        repo,
        path: folder,
        ref
      });
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw fail(`check whether ${folder} exists on ${branch}`, error);
    }
    throw new GitDataError(
      `${folder} already exists on ${branch} in ${where} with other content, and a pack is never overwritten; nothing was committed. Pack under a new id.`,
      409
    );
  }, entries = [...files].sort(([a], [b]) => a < b ? -1 : 1), head = await readHead(), blobs = new Array(entries.length), next = 0, failure, upload = async () => {
    for (; next < entries.length && failure === void 0; ) {
      let index = next++, [path, bytes] = entries[index];
      try {
        let blob = await call(
          `upload ${folder}/${path}`,
          "POST /repos/{owner}/{repo}/git/blobs",
          { content: Buffer.from(bytes).toString("base64"), encoding: "base64" }
        );
        blobs[index] = blob.sha;
      } catch (error) {
        failure ??= error;
      }
    }
  };
  if (await Promise.all(Array.from({ length: Math.min(PARALLEL_BLOBS, entries.length) }, upload)), failure !== void 0) throw failure;
  let tree = entries.map(([path], index) => ({
    path: `${folder}/${path}`,
    mode: "100644",
    type: "blob",
    sha: blobs[index]
  }));
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let baseTree;
    head !== void 0 && (baseTree = (await call(
      `read the head commit of ${branch}`,
      "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
      { commit_sha: head }
    )).tree.sha);
    let created = await call(
      "create the tree",
      "POST /repos/{owner}/{repo}/git/trees",
      baseTree === void 0 ? { tree } : { tree, base_tree: baseTree }
    );
    if (head !== void 0 && created.sha === baseTree)
      return { sha: head, committed: !1, branchCreated: !1, attempts: attempt };
    head !== void 0 && (options.existing ?? "refuse") === "refuse" && await refuseExisting(head);
    let commit = await call(
      "create the commit",
      "POST /repos/{owner}/{repo}/git/commits",
      { message, tree: created.sha, parents: head === void 0 ? [] : [head] }
    );
    try {
      return head === void 0 ? (await octokit.request("POST /repos/{owner}/{repo}/git/refs", {
        owner,
        repo,
        ref: `refs/heads/${branch}`,
        sha: commit.sha
      }), { sha: commit.sha, committed: !0, branchCreated: !0, attempts: attempt }) : (await octokit.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        owner,
        repo,
        ref: `heads/${branch}`,
        sha: commit.sha,
        force: !1
      }), { sha: commit.sha, committed: !0, branchCreated: !1, attempts: attempt });
    } catch (error) {
      if (statusOf(error) !== 422) throw fail(`move the branch ${branch}`, error);
      let moved = await readHead();
      if (moved === head) throw fail(`move the branch ${branch}`, error);
      head = moved;
    }
  }
  throw new GitDataError(
    `could not commit to ${branch} on ${where}: the branch moved under every one of ${maxAttempts} attempts; re-run when the other pushes to it are done`,
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
async function readScopeManifests(octokit, options) {
  let { owner, repo } = options, branch = options.branch ?? DEFAULT_EVIDENCE_BRANCH, where = `${owner}/${repo}`, folder = `${options.root}/${options.scope}`;
  checkPath(folder, "the scope folder"), checkPath(branch, "the branch");
  let requests = 0, get = async (action, route, params) => {
    requests++;
    try {
      return (await octokit.request(route, { owner, repo, ...params })).data;
    } catch (error) {
      throw requestFailure(where, action, error);
    }
  }, head;
  requests++;
  try {
    let { data } = await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
      owner,
      repo,
      ref: `heads/${branch}`
    });
    head = data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return { head: void 0, packs: [], requests };
    throw requestFailure(where, `read the branch ${branch}`, error);
  }
  let listTree = (sha, what, recursive = !1) => get(
    `list ${what} on ${branch}`,
    "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
    recursive ? { tree_sha: sha, recursive: "1" } : { tree_sha: sha }
  ), found = /* @__PURE__ */ new Map(), whole = await listTree(head, "the files", !0);
  if (whole.truncated) {
    let sha = head, at = "";
    for (let segment of folder.split("/"))
      if (sha = (await listTree(sha, at === "" ? "the top folder" : at)).tree.find((entry) => entry.path === segment && entry.type === "tree")?.sha, at = at === "" ? segment : `${at}/${segment}`, sha === void 0) break;
    if (sha !== void 0) {
      let listing = await listTree(sha, folder);
      if (listing.truncated)
        throw new GitDataError(
          `${folder} on ${branch} in ${where} has more entries than GitHub lists at once, so its last pack cannot be found; nothing was committed. Move old packs out of ${folder}.`
        );
      let packs = listing.tree.filter((entry) => entry.type === "tree"), manifests = await mapLimit(
        packs,
        async (pack) => (await listTree(pack.sha, `${folder}/${pack.path}`)).tree.find(
          (entry) => entry.path === MANIFEST_NAME && entry.type === "blob"
        )?.sha
      );
      packs.forEach((pack, index) => {
        found.set(pack.path, manifests[index]);
      });
    }
  } else {
    let prefix = `${folder}/`;
    for (let entry of whole.tree) {
      if (!entry.path.startsWith(prefix)) continue;
      let [id = "", file, ...deeper] = entry.path.slice(prefix.length).split("/");
      file === void 0 && entry.type === "tree" && !found.has(id) && found.set(id, void 0), file === MANIFEST_NAME && deeper.length === 0 && entry.type === "blob" && found.set(id, entry.sha);
    }
  }
  let ids = [...found.keys()].sort(), texts = await mapLimit(ids, async (id) => {
    let blob = found.get(id);
    if (blob === void 0) return;
    let data = await get(
      `read ${folder}/${id}/${MANIFEST_NAME}`,
      "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
      { file_sha: blob }
    );
    return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString(
      "utf8"
    );
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

export {
  DEFAULT_EVIDENCE_BRANCH,
  commitFiles,
  readScopeManifests
};
