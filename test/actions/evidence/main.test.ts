import { generateKeyPairSync } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getInputs, InputError } from "../../../actions/evidence/inputs.js";
import { canonicalJson } from "../../../core/evidence/index.js";
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
  scope.get(REF_PATH).reply(404, { message: "Not Found" });
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
    expect(countRequests(recorded).total).toBe(4 + 4);
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
    scope.get(REF_PATH).reply(404, { message: "Not Found" });
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
