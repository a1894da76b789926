import { describe, expect, it } from "vitest";
import {
  chainHead,
  parseRecords,
  type RecordFields,
  renderRecordLine,
  type ScenarioRecord,
  sealRecord,
} from "../../core/gates/pilot/records.js";
import { GitHubClient } from "../../github/client.js";
import { commitFiles, GitDataError, readScopeManifests } from "../../github/git-data.js";
import { testTokenOctokit } from "../app/helpers/deps.js";
import {
  API,
  countRequests,
  githubScope,
  OWNER,
  REPO,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "../app/helpers/github.js";

useGitHubMock();

const HEAD = "a".repeat(40);
const HEAD_TREE = "b".repeat(40);
const NEW_TREE = "c".repeat(40);
const NEW_COMMIT = "d".repeat(40);
const OTHER_HEAD = "e".repeat(40);
const OTHER_TREE = "f".repeat(40);
const REF_PATH = `${REPO_PATH}/git/ref/heads%2Fpilot-evidence`;
const REFS_PATH = `${REPO_PATH}/git/refs/heads%2Fpilot-evidence`;
const FOLDER_PATH = `${REPO_PATH}/contents/evidence%2Frelease%2Fv1.2.0`;

/** The folder is not on the branch yet at `ref`. */
function folderMissing(scope: ReturnType<typeof githubScope>, ref: string) {
  scope.get(FOLDER_PATH).query({ ref }).reply(404, { message: "Not Found" });
}

const FILES = new Map<string, Uint8Array>([
  ["manifest.json", new TextEncoder().encode('{"a":1}\n')],
  ["files/run.log", new Uint8Array([0, 255, 10])],
]);
const OPTIONS = {
  branch: "pilot-evidence",
  folder: "evidence/release/v1.2.0",
  files: FILES,
  message: "evidence: release v1.2.0",
};

/** The evidence step's client: a workflow token's, the only kind that may commit. */
const client = () => GitHubClient.forWorkflow(testTokenOctokit(), { owner: OWNER, repo: REPO });

const refAnswer = (sha: string) => ({
  ref: "refs/heads/pilot-evidence",
  node_id: "REF",
  url: `${API}${REPO_PATH}/git/refs/heads/pilot-evidence`,
  object: { type: "commit", sha, url: `${API}${REPO_PATH}/git/commits/${sha}` },
});

/** Answers both blob uploads, checking the bytes arrive base64-encoded. */
function blobs(scope: ReturnType<typeof githubScope>): string[] {
  const seen: string[] = [];
  scope
    .post(`${REPO_PATH}/git/blobs`)
    .times(2)
    .reply(201, (_uri, body) => {
      const { content, encoding } = body as { content: string; encoding: string };
      expect(encoding).toBe("base64");
      seen.push(Buffer.from(content, "base64").toString("hex"));
      return { sha: content === "AP8K" ? "1".repeat(40) : "2".repeat(40), url: "" };
    });
  return seen;
}

const EXPECTED_TREE = [
  {
    path: "evidence/release/v1.2.0/files/run.log",
    mode: "100644",
    type: "blob",
    sha: "1".repeat(40),
  },
  {
    path: "evidence/release/v1.2.0/manifest.json",
    mode: "100644",
    type: "blob",
    sha: "2".repeat(40),
  },
];

function headCommit(scope: ReturnType<typeof githubScope>, sha: string, tree: string) {
  scope.get(`${REPO_PATH}/git/commits/${sha}`).reply(200, { sha, tree: { sha: tree, url: "" } });
}

describe("commitFiles", () => {
  it("creates the branch with a parentless commit holding only the folder", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(404, { message: "Not Found" });
    const seen = blobs(scope);
    scope
      .post(`${REPO_PATH}/git/trees`, (body) => {
        expect(body).toEqual({ tree: EXPECTED_TREE });
        return true;
      })
      .reply(201, { sha: NEW_TREE });
    scope
      .post(`${REPO_PATH}/git/commits`, {
        message: "evidence: release v1.2.0",
        tree: NEW_TREE,
        parents: [],
      })
      .reply(201, { sha: NEW_COMMIT });
    scope
      .post(`${REPO_PATH}/git/refs`, { ref: "refs/heads/pilot-evidence", sha: NEW_COMMIT })
      .reply(201, refAnswer(NEW_COMMIT));

    const result = await commitFiles(client(), OPTIONS);

    expect(result).toEqual({ sha: NEW_COMMIT, committed: true, branchCreated: true, attempts: 1 });
    expect(seen.sort()).toEqual(["00ff0a", Buffer.from('{"a":1}\n').toString("hex")].sort());
    expect(countRequests(recorded).total).toBe(FILES.size + 4);
  });

  it("appends a commit on top of the branch, keeping its tree", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    blobs(scope);
    headCommit(scope, HEAD, HEAD_TREE);
    scope
      .post(`${REPO_PATH}/git/trees`, { tree: EXPECTED_TREE, base_tree: HEAD_TREE })
      .reply(201, { sha: NEW_TREE });
    folderMissing(scope, HEAD);
    scope
      .post(`${REPO_PATH}/git/commits`, {
        message: OPTIONS.message,
        tree: NEW_TREE,
        parents: [HEAD],
      })
      .reply(201, { sha: NEW_COMMIT });
    scope.patch(REFS_PATH, { sha: NEW_COMMIT, force: false }).reply(200, refAnswer(NEW_COMMIT));

    const result = await commitFiles(client(), OPTIONS);

    expect(result).toEqual({ sha: NEW_COMMIT, committed: true, branchCreated: false, attempts: 1 });
    expect(countRequests(recorded)).toEqual({
      total: FILES.size + 6,
      byOperation: {
        "GET /repos/{owner}/{repo}/contents/{path}": 1,
        "GET /repos/{owner}/{repo}/git/ref/{ref}": 1,
        "POST /repos/{owner}/{repo}/git/blobs": 2,
        "GET /repos/{owner}/{repo}/git/commits/{commit_sha}": 1,
        "POST /repos/{owner}/{repo}/git/trees": 1,
        "POST /repos/{owner}/{repo}/git/commits": 1,
        "PATCH /repos/{owner}/{repo}/git/refs/{ref}": 1,
      },
    });
  });

  it("rebuilds on the new head when a concurrent push wins the race", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    blobs(scope);
    headCommit(scope, HEAD, HEAD_TREE);
    scope
      .post(`${REPO_PATH}/git/trees`, { tree: EXPECTED_TREE, base_tree: HEAD_TREE })
      .reply(201, { sha: NEW_TREE });
    folderMissing(scope, HEAD);
    scope
      .post(`${REPO_PATH}/git/commits`, {
        message: OPTIONS.message,
        tree: NEW_TREE,
        parents: [HEAD],
      })
      .reply(201, { sha: "9".repeat(40) });
    scope
      .patch(REFS_PATH, { sha: "9".repeat(40), force: false })
      .reply(422, { message: "Update is not a fast forward" });
    // The retry: re-read, rebuild the tree on the new head, no new blobs.
    scope.get(REF_PATH).reply(200, refAnswer(OTHER_HEAD));
    headCommit(scope, OTHER_HEAD, OTHER_TREE);
    scope
      .post(`${REPO_PATH}/git/trees`, { tree: EXPECTED_TREE, base_tree: OTHER_TREE })
      .reply(201, { sha: "8".repeat(40) });
    folderMissing(scope, OTHER_HEAD);
    scope
      .post(`${REPO_PATH}/git/commits`, {
        message: OPTIONS.message,
        tree: "8".repeat(40),
        parents: [OTHER_HEAD],
      })
      .reply(201, { sha: NEW_COMMIT });
    scope.patch(REFS_PATH, { sha: NEW_COMMIT, force: false }).reply(200, refAnswer(NEW_COMMIT));

    const result = await commitFiles(client(), OPTIONS);

    expect(result).toEqual({ sha: NEW_COMMIT, committed: true, branchCreated: false, attempts: 2 });
    expect(countRequests(recorded).total).toBe(FILES.size + 6 + 6);
  });

  it("makes no commit when the branch already holds the same pack", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    blobs(scope);
    headCommit(scope, HEAD, HEAD_TREE);
    scope
      .post(`${REPO_PATH}/git/trees`, { tree: EXPECTED_TREE, base_tree: HEAD_TREE })
      .reply(201, { sha: HEAD_TREE });

    const result = await commitFiles(client(), OPTIONS);

    expect(result).toEqual({ sha: HEAD, committed: false, branchCreated: false, attempts: 1 });
    expect(countRequests(recorded).total).toBe(FILES.size + 3);
  });

  it("refuses to overwrite a folder the branch holds with other content", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    blobs(scope);
    headCommit(scope, HEAD, HEAD_TREE);
    scope.post(`${REPO_PATH}/git/trees`).reply(201, { sha: NEW_TREE });
    scope
      .get(FOLDER_PATH)
      .query({ ref: HEAD })
      .reply(200, [{ type: "file", name: "manifest.json", path: "x", sha: "1".repeat(40) }]);

    await expect(commitFiles(client(), OPTIONS)).rejects.toThrow(
      /evidence\/release\/v1\.2\.0 already exists on pilot-evidence .* never overwritten/,
    );
  });

  it("merges into an existing folder when asked, one request fewer", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    blobs(scope);
    headCommit(scope, HEAD, HEAD_TREE);
    scope.post(`${REPO_PATH}/git/trees`).reply(201, { sha: NEW_TREE });
    scope.post(`${REPO_PATH}/git/commits`).reply(201, { sha: NEW_COMMIT });
    scope.patch(REFS_PATH).reply(200, refAnswer(NEW_COMMIT));

    const result = await commitFiles(client(), { ...OPTIONS, existing: "merge" });

    expect(result.sha).toBe(NEW_COMMIT);
    expect(countRequests(recorded).total).toBe(FILES.size + 5);
  });

  it("says the repository is missing or hidden on a 404", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(404, { message: "Not Found" });
    scope.post(`${REPO_PATH}/git/blobs`).times(2).reply(404, { message: "Not Found" });

    const error = await commitFiles(client(), OPTIONS).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GitDataError);
    expect((error as GitDataError).status).toBe(404);
    expect((error as Error).message).toMatch(
      /repository Codertocat\/Hello-World does not exist or the token cannot see it/,
    );
  });

  it("gives up after the attempts when the branch keeps moving", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    blobs(scope);
    headCommit(scope, HEAD, HEAD_TREE);
    scope.post(`${REPO_PATH}/git/trees`).reply(201, { sha: NEW_TREE });
    folderMissing(scope, HEAD);
    scope.post(`${REPO_PATH}/git/commits`).reply(201, { sha: NEW_COMMIT });
    scope.patch(REFS_PATH).reply(422, { message: "Update is not a fast forward" });
    scope.get(REF_PATH).reply(200, refAnswer(OTHER_HEAD));
    headCommit(scope, OTHER_HEAD, OTHER_TREE);
    scope.post(`${REPO_PATH}/git/trees`).reply(201, { sha: NEW_TREE });
    folderMissing(scope, OTHER_HEAD);
    scope.post(`${REPO_PATH}/git/commits`).reply(201, { sha: NEW_COMMIT });
    scope.patch(REFS_PATH).reply(422, { message: "Update is not a fast forward" });
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));

    const error = await commitFiles(client(), { ...OPTIONS, maxAttempts: 2 }).catch(
      (e: unknown) => e,
    );

    expect((error as Error).message).toMatch(/moved under every one of 2 attempts/);
  });

  it.each([
    ["a folder escaping the root", { folder: "../x" }, /the folder "..\/x"/],
    ["an absolute folder", { folder: "/evidence" }, /not a relative path/],
    ["no files", { files: new Map() }, /nothing to commit/],
    [
      "a file path with ..",
      { files: new Map([["a/../b", new Uint8Array()]]) },
      /the file "a\/..\/b"/,
    ],
  ])("refuses %s before any request", async (_name, overrides, message) => {
    await expect(commitFiles(client(), { ...OPTIONS, ...overrides })).rejects.toThrow(message);
    expect(recorded).toEqual([]);
  });
});

describe("commitFiles with a record", () => {
  const FOLDER = "pilots/m6-pilot/2025-06-02";
  const FILE_PATH = `${REPO_PATH}/contents/pilots%2Fm6-pilot%2F2025-06-02%2Frecords.jsonl`;
  const fields = (client: string, issue?: number): RecordFields => ({
    at: "2025-06-02T10:00:00.000Z",
    client,
    scenario: "Create a lead",
    result: "pass",
    ...(issue !== undefined ? { source: { issue } } : {}),
  });
  const chain = (...list: RecordFields[]): ScenarioRecord[] => {
    const out: ScenarioRecord[] = [];
    for (const f of list) out.push(sealRecord(f, chainHead(out)));
    return out;
  };
  const text = (records: ScenarioRecord[]) => records.map(renderRecordLine).join("");
  const RECORD = {
    branch: "pilot-evidence",
    folder: FOLDER,
    files: new Map<string, Uint8Array>(),
    message: "pilot record",
    record: fields("Ours", 7),
  };

  /** Answers the records file at `ref` with `body` (404 when undefined). */
  function file(scope: ReturnType<typeof githubScope>, ref: string, body: string | undefined) {
    const get = scope.get(FILE_PATH).query({ ref });
    if (body === undefined) get.reply(404, { message: "Not Found" });
    else get.reply(200, body, { "content-type": "application/vnd.github.raw+json" });
  }

  /** Answers one blob upload, keeping its text. */
  function blob(scope: ReturnType<typeof githubScope>, seen: string[], sha: string) {
    scope.post(`${REPO_PATH}/git/blobs`).reply(201, (_uri, body) => {
      seen.push(Buffer.from((body as { content: string }).content, "base64").toString("utf8"));
      return { sha, url: "" };
    });
  }

  it("re-reads and re-appends on the new head when another run appended first", async () => {
    const theirs = chain(fields("Before"), fields("Theirs"));
    const scope = githubScope();
    const uploaded: string[] = [];
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    file(scope, HEAD, text(theirs.slice(0, 1)));
    headCommit(scope, HEAD, HEAD_TREE);
    blob(scope, uploaded, "1".repeat(40));
    scope.post(`${REPO_PATH}/git/trees`).reply(201, { sha: NEW_TREE });
    scope.post(`${REPO_PATH}/git/commits`).reply(201, { sha: "9".repeat(40) });
    scope.patch(REFS_PATH).reply(422, { message: "Update is not a fast forward" });
    // The retry reads the file the other run committed and appends to it.
    scope.get(REF_PATH).reply(200, refAnswer(OTHER_HEAD));
    file(scope, OTHER_HEAD, text(theirs));
    headCommit(scope, OTHER_HEAD, OTHER_TREE);
    blob(scope, uploaded, "2".repeat(40));
    scope
      .post(`${REPO_PATH}/git/trees`, {
        tree: [
          { path: `${FOLDER}/records.jsonl`, mode: "100644", type: "blob", sha: "2".repeat(40) },
        ],
        base_tree: OTHER_TREE,
      })
      .reply(201, { sha: "8".repeat(40) });
    scope
      .post(`${REPO_PATH}/git/commits`, {
        message: "pilot record",
        tree: "8".repeat(40),
        parents: [OTHER_HEAD],
      })
      .reply(201, { sha: NEW_COMMIT });
    scope.patch(REFS_PATH, { sha: NEW_COMMIT, force: false }).reply(200, refAnswer(NEW_COMMIT));

    const result = await commitFiles(client(), RECORD);

    const committed = parseRecords(uploaded[1] as string);
    expect(committed.map((r) => r.client)).toEqual(["Before", "Theirs", "Ours"]);
    expect(committed.slice(0, 2)).toEqual(theirs);
    expect(committed[2]?.prev).toBe(theirs[1]?.digest);
    expect(parseRecords(uploaded[0] as string).map((r) => r.client)).toEqual(["Before", "Ours"]);
    expect(result).toEqual({
      sha: NEW_COMMIT,
      committed: true,
      branchCreated: false,
      attempts: 2,
      record: { kind: "appended", record: committed[2], count: 3 },
    });
    expect(countRequests(recorded).total).toBe(14);
  });

  it("creates the branch with the first record", async () => {
    const scope = githubScope();
    const uploaded: string[] = [];
    scope.get(REF_PATH).reply(404, { message: "Not Found" });
    blob(scope, uploaded, "1".repeat(40));
    scope.post(`${REPO_PATH}/git/trees`).reply(201, { sha: NEW_TREE });
    scope
      .post(`${REPO_PATH}/git/commits`, { message: "pilot record", tree: NEW_TREE, parents: [] })
      .reply(201, { sha: NEW_COMMIT });
    scope
      .post(`${REPO_PATH}/git/refs`, { ref: "refs/heads/pilot-evidence", sha: NEW_COMMIT })
      .reply(201, refAnswer(NEW_COMMIT));

    const result = await commitFiles(client(), RECORD);

    expect(parseRecords(uploaded[0] as string)).toEqual([result.record?.record]);
    expect(result).toMatchObject({ committed: true, branchCreated: true, attempts: 1 });
    expect(countRequests(recorded).total).toBe(5);
  });

  it("adds nothing when the issue's record is already there", async () => {
    const records = chain(fields("Ours", 7), fields("Other", 8));
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    file(scope, HEAD, text(records));

    const result = await commitFiles(client(), { ...RECORD, record: fields("Edited", 7) });

    expect(result).toEqual({
      sha: HEAD,
      committed: false,
      branchCreated: false,
      attempts: 1,
      record: { kind: "present", record: records[0], count: 2 },
    });
    expect(countRequests(recorded).total).toBe(2);
  });

  it("refuses to chain onto a records file that does not verify, committing nothing", async () => {
    const edited = text(chain(fields("Before"))).replace('"pass"', '"fail"');
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    file(scope, HEAD, edited);

    await expect(commitFiles(client(), RECORD)).rejects.toThrow(
      /records\.jsonl on pilot-evidence:1:1 the digest does not match the record/,
    );
    expect(countRequests(recorded).total).toBe(2);
  });
});

describe("readScopeManifests", () => {
  const READ = { root: "evidence", scope: "release" };
  /** A tree listing; each entry gets the mode GitHub always sends with it. */
  const list = (
    sha: string,
    tree: { path: string; type: string; sha: string }[],
    truncated = false,
  ) => ({
    sha,
    truncated,
    tree: tree.map((entry) => ({ mode: entry.type === "tree" ? "040000" : "100644", ...entry })),
  });
  const blob = (text: string) => ({
    sha: "x",
    size: text.length,
    encoding: "base64",
    content: Buffer.from(text).toString("base64"),
  });

  it("reads no packs, in 1 request, when the branch does not exist", async () => {
    githubScope().get(REF_PATH).reply(404, { message: "Not Found" });

    const result = await readScopeManifests(client(), READ);

    expect(result).toEqual({ head: undefined, packs: [], requests: 1 });
    expect(countRequests(recorded).total).toBe(1);
  });

  it("lists the branch once and reads only the scope's manifests: 2 + M requests", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    scope
      .get(`${REPO_PATH}/git/trees/${HEAD}`)
      .query({ recursive: "1" })
      .reply(
        200,
        list(HEAD_TREE, [
          { path: "evidence/release", type: "tree", sha: "1".repeat(40) },
          { path: "evidence/release/README.md", type: "blob", sha: "2".repeat(40) },
          { path: "evidence/release/v1/manifest.json", type: "blob", sha: "3".repeat(40) },
          { path: "evidence/release/v1", type: "tree", sha: "4".repeat(40) },
          { path: "evidence/release/v1/files/manifest.json", type: "blob", sha: "5".repeat(40) },
          { path: "evidence/release/v2", type: "tree", sha: "6".repeat(40) },
          { path: "evidence/releases/v9/manifest.json", type: "blob", sha: "7".repeat(40) },
        ]),
      );
    scope.get(`${REPO_PATH}/git/blobs/${"3".repeat(40)}`).reply(200, blob('{"id":"v1"}\n'));

    const result = await readScopeManifests(client(), READ);

    expect(result).toEqual({
      head: HEAD,
      packs: [
        { id: "v1", path: "evidence/release/v1/manifest.json", manifest: '{"id":"v1"}\n' },
        { id: "v2", path: "evidence/release/v2/manifest.json", manifest: undefined },
      ],
      requests: 3,
    });
    expect(countRequests(recorded).total).toBe(3);
  });

  it("walks down to the scope when the branch is too large to list at once: 5 + P + M", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    scope
      .get(`${REPO_PATH}/git/trees/${HEAD}`)
      .query({ recursive: "1" })
      .reply(200, list(HEAD_TREE, [], true));
    scope
      .get(`${REPO_PATH}/git/trees/${HEAD}`)
      .reply(200, list(HEAD_TREE, [{ path: "evidence", type: "tree", sha: "1".repeat(40) }]));
    scope
      .get(`${REPO_PATH}/git/trees/${"1".repeat(40)}`)
      .reply(200, list("1".repeat(40), [{ path: "release", type: "tree", sha: "2".repeat(40) }]));
    scope.get(`${REPO_PATH}/git/trees/${"2".repeat(40)}`).reply(
      200,
      list("2".repeat(40), [
        { path: "v1", type: "tree", sha: "3".repeat(40) },
        { path: "notes.md", type: "blob", sha: "4".repeat(40) },
      ]),
    );
    scope
      .get(`${REPO_PATH}/git/trees/${"3".repeat(40)}`)
      .reply(
        200,
        list("3".repeat(40), [{ path: "manifest.json", type: "blob", sha: "5".repeat(40) }]),
      );
    scope.get(`${REPO_PATH}/git/blobs/${"5".repeat(40)}`).reply(200, blob("{}"));

    const result = await readScopeManifests(client(), READ);

    expect(result.packs).toEqual([
      { id: "v1", path: "evidence/release/v1/manifest.json", manifest: "{}" },
    ]);
    expect(result.requests).toBe(5 + 1 + 1);
    expect(countRequests(recorded).total).toBe(7);
  });

  it("reads no packs when a large branch has no such scope", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    scope
      .get(`${REPO_PATH}/git/trees/${HEAD}`)
      .query({ recursive: "1" })
      .reply(200, list(HEAD_TREE, [], true));
    scope
      .get(`${REPO_PATH}/git/trees/${HEAD}`)
      .reply(200, list(HEAD_TREE, [{ path: "evidence", type: "tree", sha: "1".repeat(40) }]));
    scope.get(`${REPO_PATH}/git/trees/${"1".repeat(40)}`).reply(200, list("1".repeat(40), []));

    const result = await readScopeManifests(client(), READ);

    expect(result).toEqual({ head: HEAD, packs: [], requests: 4 });
  });

  it("names the next step when the token cannot read the branch", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    scope
      .get(`${REPO_PATH}/git/trees/${HEAD}`)
      .query({ recursive: "1" })
      .reply(403, { message: "Resource not accessible by integration" });

    await expect(readScopeManifests(client(), READ)).rejects.toThrow(
      /could not list the files on pilot-evidence .*grant contents: write/,
    );
  });
});
