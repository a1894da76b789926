import { generateKeyPairSync } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getInputs, InputError } from "../../../actions/evidence/inputs.js";
import { buildManifest, canonicalJson } from "../../../core/evidence/index.js";
import {
  countRequests,
  githubScope,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "../../app/helpers/github.js";
import { coreMock, record, resetCore } from "../helpers/core.js";

vi.mock("@actions/core", () => coreMock);

const { main } = await import("../../../actions/evidence/main.js");
const { runEvidenceAction } = await import("../../../actions/evidence/run.js");

useGitHubMock();

const SHA = "4f2c9a1e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a";
const NEW_TREE = "c".repeat(40);
const NEW_COMMIT = "d".repeat(40);
const REF_PATH = `${REPO_PATH}/git/ref/heads%2Fpilot-evidence`;
const REFS_PATH = `${REPO_PATH}/git/refs/heads%2Fpilot-evidence`;
const HEAD = "a".repeat(40);
const HEAD_TREE = "b".repeat(40);
const OLD_BLOB = "e".repeat(40);
const OTHER_BLOB = "f".repeat(40);

/** The first pack of the release scope, as the branch stores it. */
const FIRST_MANIFEST = `${JSON.stringify(
  buildManifest({
    scope: "release",
    id: "v1.1.0",
    commit: "1".repeat(40),
    createdAt: "2026-04-01T09:00:00Z",
    files: [{ path: "files/a.log", sha256: "2".repeat(64), size: 3, mediaType: "text/plain" }],
  }),
  null,
  2,
)}\n`;

const sha256 = async (text: string) =>
  `sha256:${(await import("node:crypto")).createHash("sha256").update(text).digest("hex")}`;

/** The branch exists and holds release/v1.1.0 (with `manifest` as its manifest) and a story pack. */
function mockBranch(manifest: string): ReturnType<typeof githubScope> {
  const scope = githubScope();
  scope.get(REF_PATH).reply(200, { ref: "refs/heads/pilot-evidence", object: { sha: HEAD } });
  scope
    .get(`${REPO_PATH}/git/trees/${HEAD}`)
    .query({ recursive: "1" })
    .reply(200, {
      sha: HEAD_TREE,
      truncated: false,
      tree: [
        { path: "evidence", mode: "040000", type: "tree", sha: "3".repeat(40) },
        { path: "evidence/release", mode: "040000", type: "tree", sha: "4".repeat(40) },
        { path: "evidence/release/v1.1.0", mode: "040000", type: "tree", sha: "5".repeat(40) },
        {
          path: "evidence/release/v1.1.0/files",
          mode: "040000",
          type: "tree",
          sha: "6".repeat(40),
        },
        {
          path: "evidence/release/v1.1.0/files/a.log",
          mode: "100644",
          type: "blob",
          sha: "7".repeat(40),
        },
        {
          path: "evidence/release/v1.1.0/manifest.json",
          mode: "100644",
          type: "blob",
          sha: OLD_BLOB,
        },
        { path: "evidence/story", mode: "040000", type: "tree", sha: "8".repeat(40) },
        { path: "evidence/story/S-1", mode: "040000", type: "tree", sha: "9".repeat(40) },
        { path: "evidence/story/S-1/manifest.json", mode: "100644", type: "blob", sha: OTHER_BLOB },
      ],
    });
  scope.get(`${REPO_PATH}/git/blobs/${OLD_BLOB}`).reply(200, {
    sha: OLD_BLOB,
    encoding: "base64",
    content: Buffer.from(manifest)
      .toString("base64")
      .replace(/(.{60})/g, "$1\n"),
    size: manifest.length,
  });
  return scope;
}

let workspace: string;

beforeEach(async () => {
  resetCore();
  workspace = await mkdtemp(join(tmpdir(), "pilot-gate-evidence-action-"));
  await writeFile(
    join(workspace, "readiness.json"),
    JSON.stringify({
      version: 1,
      kind: "readiness",
      sha: SHA,
      verdict: "GO",
      evaluated_at: "2026-05-01T10:00:00Z",
      blockers: [],
      warnings: [],
      criteria: [],
      notes: [],
    }),
  );
  await mkdir(join(workspace, "logs"));
  await writeFile(join(workspace, "logs", "smoke.log"), "ok\n");
});

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    INPUT_REPORTS: "readiness.json\n",
    INPUT_FILES: "\n  logs  \n",
    INPUT_SCOPE: "release",
    INPUT_ID: "v1.2.0",
    INPUT_SHA: SHA,
    INPUT_BRANCH: "pilot-evidence",
    INPUT_SIGNING_KEY: "",
    INPUT_TOKEN: "ghs_test",
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: workspace,
    ...extra,
  };
}

/** A first pack: the branch is created; captures each blob's decoded text. */
function mockFirstCommit(blobCount: number): Map<string, string> {
  const blobs = new Map<string, string>();
  const scope = githubScope();
  // Once to read the scope's earlier packs, once to commit.
  scope.get(REF_PATH).times(2).reply(404, { message: "Not Found" });
  scope
    .post(`${REPO_PATH}/git/blobs`)
    .times(blobCount)
    .reply(201, (_uri, body) => {
      const text = Buffer.from((body as { content: string }).content, "base64").toString("utf8");
      const sha = String(blobs.size + 1).repeat(40);
      blobs.set(sha, text);
      return { sha, url: "" };
    });
  scope.post(`${REPO_PATH}/git/trees`).reply(201, (_uri, body) => {
    const paths = (body as { tree: { path: string }[] }).tree.map((entry) => entry.path);
    blobs.set("paths", paths.join("\n"));
    return { sha: NEW_TREE };
  });
  scope
    .post(`${REPO_PATH}/git/commits`, {
      message: /^evidence: release\/v1\.2\.0 for /,
      tree: NEW_TREE,
      parents: [],
    })
    .reply(201, { sha: NEW_COMMIT });
  scope
    .post(`${REPO_PATH}/git/refs`, { ref: "refs/heads/pilot-evidence", sha: NEW_COMMIT })
    .reply(201, { ref: "refs/heads/pilot-evidence", object: { sha: NEW_COMMIT } });
  return blobs;
}

describe("evidence action", () => {
  it("packs with the CLI's code and commits the pack to the evidence branch", async () => {
    const blobs = mockFirstCommit(4);

    await runEvidenceAction(getInputs(env()), { retries: false });

    expect(record.failed).toEqual([]);
    expect(blobs.get("paths")?.split("\n")).toEqual([
      "evidence/release/v1.2.0/files/logs/smoke.log",
      "evidence/release/v1.2.0/manifest.json",
      "evidence/release/v1.2.0/reports/readiness.json",
      "evidence/release/v1.2.0/statement.json",
    ]);
    const statement = [...blobs.values()].find((text) => text.includes('"_type"'));
    expect(statement).toBeDefined();
    const { createHash } = await import("node:crypto");
    const digest = `sha256:${createHash("sha256")
      .update(canonicalJson(JSON.parse(statement as string)))
      .digest("hex")}`;
    expect(record.outputs).toEqual({
      "commit-sha": NEW_COMMIT,
      "statement-digest": digest,
      "pack-path": "evidence/release/v1.2.0",
    });
    expect(record.summaries[0]).toContain("Committed `pilot-evidence`");
    expect(record.summaries[0]).toContain("(branch created)");
    expect(record.secrets).toContain("ghs_test");
    const manifest = [...blobs.values()].find((text) => text.includes('"files"'));
    expect(JSON.parse(manifest as string).previous).toBeNull();
    expect(record.summaries[0]).toContain("Previous: none (first pack of this scope)");
    // 1 to find no branch (so no earlier packs), then N + 4 to create it.
    expect(countRequests(recorded).total).toBe(1 + 4 + 4);
  });

  it("chains a second pack of the scope to the latest pack on the branch", async () => {
    const scope = mockBranch(FIRST_MANIFEST);
    const blobs = new Map<string, string>();
    scope.get(REF_PATH).reply(200, { ref: "refs/heads/pilot-evidence", object: { sha: HEAD } });
    scope
      .post(`${REPO_PATH}/git/blobs`)
      .times(4)
      .reply(201, (_uri, body) => {
        const text = Buffer.from((body as { content: string }).content, "base64").toString("utf8");
        const sha = String(blobs.size + 1).repeat(40);
        blobs.set(sha, text);
        return { sha, url: "" };
      });
    scope
      .get(`${REPO_PATH}/git/commits/${HEAD}`)
      .reply(200, { sha: HEAD, tree: { sha: HEAD_TREE, url: "" } });
    scope.post(`${REPO_PATH}/git/trees`).reply(201, { sha: NEW_TREE });
    scope
      .get(`${REPO_PATH}/contents/evidence%2Frelease%2Fv1.2.0`)
      .query({ ref: HEAD })
      .reply(404, { message: "Not Found" });
    scope
      .post(
        `${REPO_PATH}/git/commits`,
        (body) => body.tree === NEW_TREE && body.parents[0] === HEAD,
      )
      .reply(201, { sha: NEW_COMMIT });
    scope.patch(REFS_PATH, { sha: NEW_COMMIT, force: false }).reply(200, {
      ref: "refs/heads/pilot-evidence",
      object: { sha: NEW_COMMIT },
    });

    await runEvidenceAction(getInputs(env()), {
      retries: false,
      now: () => new Date("2026-05-01T12:00:00Z"),
    });

    expect(record.failed).toEqual([]);
    const manifest = JSON.parse(
      [...blobs.values()].find((text) => text.includes('"files"')) as string,
    );
    expect(manifest.previous).toEqual({
      id: "v1.1.0",
      digest: await sha256(canonicalJson(JSON.parse(FIRST_MANIFEST))),
    });
    expect(record.summaries[0]).toContain("Previous: `v1.1.0`");
    // Reading: ref, recursive tree, 1 manifest blob; committing: N + 6.
    expect(countRequests(recorded)).toEqual({
      total: 3 + 4 + 6,
      byOperation: {
        "GET /repos/{owner}/{repo}/git/ref/{ref}": 2,
        "GET /repos/{owner}/{repo}/git/trees/{tree_sha}": 1,
        "GET /repos/{owner}/{repo}/git/blobs/{file_sha}": 1,
        "POST /repos/{owner}/{repo}/git/blobs": 4,
        "GET /repos/{owner}/{repo}/git/commits/{commit_sha}": 1,
        "POST /repos/{owner}/{repo}/git/trees": 1,
        "GET /repos/{owner}/{repo}/contents/{path}": 1,
        "POST /repos/{owner}/{repo}/git/commits": 1,
        "PATCH /repos/{owner}/{repo}/git/refs/{ref}": 1,
      },
    });
  });

  it.each([
    [
      "a manifest with a typo",
      FIRST_MANIFEST.replace('"createdAt"', '"created"'),
      /is not a valid manifest/,
    ],
    ["a manifest that is not JSON", "{ not json", /is not valid JSON/],
    [
      "a manifest with a duplicate key",
      FIRST_MANIFEST.replace('"id": "v1.1.0"', '"id": "v1.0.0", "id": "v1.1.0"'),
      /is not I-JSON \(RFC 7493\): the key "id" appears twice/,
    ],
    [
      "a manifest naming another pack",
      FIRST_MANIFEST.replace('"id": "v1.1.0"', '"id": "v1.0.0"'),
      /says it is pack release\/v1\.0\.0, but its folder is release\/v1\.1\.0/,
    ],
    [
      "a manifest of another scope",
      FIRST_MANIFEST.replace('"scope": "release"', '"scope": "wave"'),
      /says it is pack wave\/v1\.1\.0, but its folder is release\/v1\.1\.0/,
    ],
  ])("fails the step on %s on the branch, committing nothing", async (_name, text, message) => {
    mockBranch(text);

    await main(env());

    expect(record.failed).toEqual([
      expect.stringMatching(/^evidence\/release\/v1\.1\.0\/manifest\.json on pilot-evidence /),
    ]);
    expect(record.failed[0]).toMatch(message);
    expect(record.failed[0]).toMatch(/nothing was committed/);
    expect(record.outputs).toEqual({});
    expect(recorded.filter((request) => request.method !== "GET")).toEqual([]);
  });

  it("refuses an id the scope already has on the branch, before packing", async () => {
    mockBranch(FIRST_MANIFEST);

    await main(env({ INPUT_ID: "v1.1.0" }));

    expect(record.failed).toEqual([
      expect.stringMatching(
        /evidence\/release\/v1\.1\.0 already exists on pilot-evidence .*Pack under a new id/,
      ),
    ]);
  });

  it("signs with the signing key and keeps the key secret", async () => {
    const { privateKey } = generateKeyPairSync("ed25519");
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const blobs = mockFirstCommit(5);

    await runEvidenceAction(getInputs(env({ INPUT_SIGNING_KEY: pem })), { retries: false });

    expect(record.failed).toEqual([]);
    expect(blobs.get("paths")).toContain("evidence/release/v1.2.0/statement.dsse.json");
    expect(record.secrets).toContain(pem.trim());
    expect(record.summaries[0]).toContain("Signed: yes");
  });

  it("fails the step with the CLI's message when a report is not a report", async () => {
    await writeFile(join(workspace, "readiness.json"), "{}");
    // The branch is read first (a missing one: no earlier packs), then the pack fails.
    githubScope().get(REF_PATH).reply(404, { message: "Not Found" });

    await main(env());

    expect(record.failed).toEqual([expect.stringMatching(/is not a pilot-gate report/)]);
    expect(record.outputs).toEqual({});
  });

  it("fails the step on an input it cannot use, before any request", async () => {
    await main(env({ INPUT_SCOPE: "sprint" }));

    expect(record.failed).toEqual([expect.stringMatching(/not a scope/)]);
  });

  it("fails the step when GitHub refuses, naming the next step", async () => {
    const scope = githubScope();
    scope.get(REF_PATH).times(2).reply(404, { message: "Not Found" });
    scope
      .post(`${REPO_PATH}/git/blobs`)
      .times(4)
      .reply(403, { message: "Resource not accessible by integration" });

    await expect(runEvidenceAction(getInputs(env()), { retries: false })).rejects.toThrow(
      /grant contents: write/,
    );
    expect(record.outputs).toEqual({});
  });
});

describe("getInputs", () => {
  it.each([
    ["nothing to pack", { INPUT_REPORTS: "", INPUT_FILES: " \n" }, /Nothing to pack/],
    ["a bad scope", { INPUT_SCOPE: "sprint" }, /scope input "sprint" is not a scope/],
    ["a bad id", { INPUT_ID: "../x" }, /id input "..\/x" cannot name a folder/],
    ["a short sha", { INPUT_SHA: "4f2c9a1" }, /not a full commit id/],
    ["no token", { INPUT_TOKEN: "" }, /token input is empty/],
    ["no repository", { GITHUB_REPOSITORY: "" }, /expected format \{owner\}\/\{repo\}/],
  ])("refuses %s", (_name, extra, message) => {
    expect(() => getInputs(env(extra))).toThrow(InputError);
    expect(() => getInputs(env(extra))).toThrow(message);
  });

  it("defaults the branch and reads multiline paths", () => {
    const inputs = getInputs(env({ INPUT_BRANCH: "" }));
    expect(inputs).toMatchObject({
      branch: "pilot-evidence",
      reports: ["readiness.json"],
      files: ["logs"],
      signingKey: undefined,
    });
  });
});
