import { generateKeyPairSync } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENVELOPE_FILE, STATEMENT_FILE } from "../../core/evidence/index.js";
import { evidencePack } from "../app/helpers/evidence.js";
import { countRequests, GitHubMock, OWNER, REPO, useGitHubMock } from "../app/helpers/github.js";
import { run, tempDir } from "./helpers.js";

// Every request the command makes is checked against GitHub's OpenAPI description.
useGitHubMock();

const ENV = { GITHUB_TOKEN: "ghp_test", PILOT_GATE_NO_RETRY: "1" };
const PLAN = ["rollback", "plan", "--repo", `${OWNER}/${REPO}`, "--from", "v1.4.0"];
const BRANCH = "pilot-evidence";
const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const commit = (digit: string) => digit.repeat(40);

/** statement.json and statement.dsse.json of a GO release pack, signed with `privateKey` when `signed`. */
function pack(tag: string, sha: string, signed: boolean) {
  const folder = `evidence/release/${tag}`;
  const files = evidencePack({
    folder,
    commit: sha,
    files: { "reports/readiness.json": JSON.stringify({ kind: "readiness", verdict: "GO" }) },
    ...(signed ? { keys: [privateKey] } : {}),
  });
  return {
    statement: files.get(`${folder}/${STATEMENT_FILE}`) as string,
    envelope: files.get(`${folder}/${ENVELOPE_FILE}`) ?? null,
  };
}

/** The envelope with its first signature's first byte flipped: it no longer verifies. */
function tampered(envelope: string): string {
  const parsed = JSON.parse(envelope) as { signatures: { sig: string }[] };
  const signature = parsed.signatures[0] as { sig: string };
  const bytes = Buffer.from(signature.sig, "base64");
  bytes[0] = (bytes[0] ?? 0) ^ 0xff;
  signature.sig = bytes.toString("base64");
  return JSON.stringify(parsed);
}

function serve(
  gh: GitHubMock,
  tag: string,
  files: { statement: string; envelope: string | null },
  withKey: boolean,
) {
  gh.rawFile(`evidence/release/${tag}/${STATEMENT_FILE}`, BRANCH, files.statement);
  if (withKey) gh.rawFile(`evidence/release/${tag}/${ENVELOPE_FILE}`, BRANCH, files.envelope);
}

async function keyFile(): Promise<string> {
  const cwd = await tempDir();
  await writeFile(join(cwd, "pub.pem"), publicKey.export({ type: "spki", format: "pem" }));
  return cwd;
}

describe("pilot-gate rollback plan: release pack signatures", () => {
  it("with --key, passes over a pack whose signature does not verify and an unsigned one", async () => {
    const cwd = await keyFile();
    const gh = new GitHubMock();
    gh.repository("master");
    gh.config(null);
    gh.folder("evidence/release", BRANCH, ["v1.1.0", "v1.2.0", "v1.3.0", "v1.4.0"]);
    const altered = pack("v1.3.0", commit("3"), true);
    serve(gh, "v1.3.0", { ...altered, envelope: tampered(altered.envelope as string) }, true);
    serve(gh, "v1.2.0", pack("v1.2.0", commit("2"), false), true);
    serve(gh, "v1.1.0", pack("v1.1.0", commit("1"), true), true);

    const result = await run([...PLAN, "--key", "pub.pem"], { env: ENV, cwd });

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Roll back v1.4.0 to v1.1.0 (${commit("1")})`);
    expect(result.stdout).toContain(
      "passed over v1.3.0: its signature does not verify with the evidence key",
    );
    expect(result.stdout).toContain(
      "passed over v1.2.0: its pack is unsigned (no statement.dsse.json) and a signature by the evidence key is required",
    );
    expect(result.stdout).toContain("Signatures: checked with the evidence key(s) given");
    // Per pack: the statement and its envelope.
    expect(countRequests().byOperation["GET /repos/{owner}/{repo}/contents/{path}"]).toBe(9);
  });

  it("with --key, passes over a pack signed by another key and a statement swapped under its envelope", async () => {
    const cwd = await keyFile();
    const gh = new GitHubMock();
    gh.repository("master");
    gh.config(null);
    gh.folder("evidence/release", BRANCH, ["v1.2.0", "v1.3.0", "v1.4.0"]);
    const other = generateKeyPairSync("ed25519").privateKey;
    const folder = "evidence/release/v1.3.0";
    const foreign = evidencePack({
      folder,
      commit: commit("3"),
      files: { "reports/readiness.json": JSON.stringify({ kind: "readiness", verdict: "GO" }) },
      keys: [other],
    });
    serve(
      gh,
      "v1.3.0",
      {
        statement: foreign.get(`${folder}/${STATEMENT_FILE}`) as string,
        envelope: foreign.get(`${folder}/${ENVELOPE_FILE}`) as string,
      },
      true,
    );
    const signed = pack("v1.2.0", commit("2"), true);
    serve(
      gh,
      "v1.2.0",
      { statement: pack("v1.2.0", commit("9"), false).statement, envelope: signed.envelope },
      true,
    );

    const result = await run([...PLAN, "--key", "pub.pem"], { env: ENV, cwd });

    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "passed over v1.3.0: its pack is not signed by any of the evidence keys given",
    );
    expect(result.stdout).toContain(
      "passed over v1.2.0: its statement.json is not the statement that was signed",
    );
  });

  it("without a key, takes an unsigned GO pack and says signatures were not checked", async () => {
    const gh = new GitHubMock();
    gh.repository("master");
    gh.config(null);
    gh.folder("evidence/release", BRANCH, ["v1.3.0", "v1.4.0"]);
    serve(gh, "v1.3.0", pack("v1.3.0", commit("3"), false), false);

    const result = await run([...PLAN, "--json"], { env: ENV });

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      plan: { action: "rollback", target: { tag: "v1.3.0" }, signatures: "not-checked" },
    });
  });

  it("refuses a --key that is not an Ed25519 public key before any request, exit 2", async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, "pub.pem"), "not a key");
    const result = await run([...PLAN, "--key", "pub.pem"], { env: ENV, cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--key pub.pem is not a PEM public key");
    expect(countRequests().total).toBe(0);
  });
});
