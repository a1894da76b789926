import { generateKeyPairSync } from "node:crypto";
import { existsSync } from "node:fs";
import {
  appendFile,
  cp,
  mkdir,
  readdir,
  readFile,
  rm,
  stat,
  truncate,
  writeFile,
} from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildManifest,
  buildStatement,
  manifestSchema,
  sha256Hex,
  verifyReportSchema,
} from "../../core/evidence/index.js";
import { run, STACK_LINE, tempDir, writeFiles, writeLargeFile } from "./helpers.js";

const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const SMOKE = JSON.stringify({ version: 1, gate: "smoke", status: "pass" });

function pems() {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    pub: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}
const alice = pems();
const bob = pems();

/** A working folder with inputs and keys. */
async function workspace(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, {
    "smoke.json": SMOKE,
    "junit/core.xml": '<testsuite name="core" tests="1"><testcase name="a"/></testsuite>',
    "junit/ui/ui.xml": '<testsuite name="ui" tests="1"><testcase name="b"/></testsuite>',
    "run.log": "all good\n",
    "alice.pem": alice.key,
    "alice.pub": alice.pub,
    "bob.pem": bob.key,
    "bob.pub": bob.pub,
  });
  return dir;
}

const pack = (cwd: string, id: string, extra: string[] = [], env = {}) =>
  run(
    [
      "evidence",
      "pack",
      "--scope",
      "story",
      "--id",
      id,
      "--commit",
      COMMIT,
      "--report",
      "smoke.json",
      "--file",
      "junit",
      "--file",
      "run.log",
      ...extra,
    ],
    { cwd, env },
  );

/** Pack options: signed by alice, made at `time`. */
const signedAt = (time: string) => ["--sign-key-file", "alice.pem", "--created-at", time];

const verify = (cwd: string, dir: string, extra: string[] = []) =>
  run(["evidence", "verify", dir, ...extra], { cwd });

async function verifyJson(cwd: string, dir: string, extra: string[] = []) {
  const result = await verify(cwd, dir, [...extra, "--json"]);
  return { code: result.code, report: verifyReportSchema.parse(JSON.parse(result.stdout)) };
}

const kinds = (report: { findings: { kind: string; path?: string | undefined }[] }) =>
  report.findings.map((f) => `${f.kind} ${f.path ?? ""}`.trim());

describe("pilot-gate evidence pack + verify", () => {
  it("round-trips a signed pack", async () => {
    const cwd = await workspace();
    const packed = await pack(cwd, "S-1", signedAt("2026-05-01T10:00:00Z"));
    expect(packed.stderr).toBe("");
    expect(packed.code).toBe(0);
    expect(packed.stdout).toContain("Packed evidence/story/S-1: 4 files");
    expect(packed.stdout).toContain("gate      smoke: pass");

    const dir = join(cwd, "evidence/story/S-1");
    expect((await readdir(dir)).sort()).toEqual([
      "files",
      "manifest.json",
      "reports",
      "statement.dsse.json",
      "statement.json",
    ]);
    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")),
    );
    expect(manifest.files.map((f) => f.path)).toEqual([
      "files/junit/core.xml",
      "files/junit/ui/ui.xml",
      "files/run.log",
      "reports/smoke.json",
    ]);
    expect(manifest.signed).toBe(true);

    const result = await verify(cwd, "evidence/story/S-1", [
      "--key",
      "alice.pub",
      "--require-signature",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Evidence intact: evidence\/story\/S-1, 1 pack in the chain, signature valid/,
    );
    // Nothing is left behind but the pack.
    expect(await readdir(join(cwd, "evidence/story"))).toEqual(["S-1"]);
  });

  it("chains packs of a scope, and verify follows the chain to the first", async () => {
    const cwd = await workspace();
    await pack(cwd, "S-1", ["--created-at", "2026-05-01T10:00:00Z"]);
    await pack(cwd, "S-2", ["--created-at", "2026-05-02T10:00:00Z"]);
    const third = await pack(cwd, "S-3", ["--created-at", "2026-05-03T10:00:00Z", "--json"]);
    expect(JSON.parse(third.stdout).previous.id).toBe("S-2");
    const { code, report } = await verifyJson(cwd, "evidence/story/S-3");
    expect(code).toBe(0);
    expect(report.chain.map((c) => c.pack)).toEqual([
      "evidence/story/S-3",
      "evidence/story/S-2",
      "evidence/story/S-1",
    ]);
  });

  it("refuses a --created-at earlier than the scope's last pack", async () => {
    const cwd = await workspace();
    await pack(cwd, "S-1", ["--created-at", "2026-05-02T10:00:00Z"]);
    const result = await pack(cwd, "S-0", ["--created-at", "2026-05-01T10:00:00Z"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/only moves forward in time/);
  });

  it("warns on an unsigned pack; --require-signature fails it", async () => {
    const cwd = await workspace();
    await pack(cwd, "S-1");
    const plain = await verify(cwd, "evidence/story/S-1");
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("⚠ unsigned evidence/story/S-1");
    expect(plain.stdout).toContain("Evidence intact");
    const strict = await verify(cwd, "evidence/story/S-1", ["--require-signature"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("Evidence NOT intact");
  });

  it("signs with the key in PILOT_GATE_SIGNING_KEY, and with two keys verifies with one", async () => {
    const cwd = await workspace();
    const result = await pack(cwd, "S-1", ["--sign-key-file", "bob.pem"], {
      PILOT_GATE_SIGNING_KEY: alice.key,
    });
    expect(result.code).toBe(0);
    const envelope = JSON.parse(
      await readFile(join(cwd, "evidence/story/S-1/statement.dsse.json"), "utf8"),
    );
    expect(envelope.signatures).toHaveLength(2);
    const { code, report } = await verifyJson(cwd, "evidence/story/S-1", ["--key", "alice.pub"]);
    expect(code).toBe(0);
    expect(report.verifiedKeyids).toHaveLength(1);
    expect(report.findings).toEqual([]);
  });

  describe("names what was tampered with", () => {
    async function signedPack() {
      const cwd = await workspace();
      await pack(cwd, "S-1", ["--sign-key-file", "alice.pem"]);
      return { cwd, dir: join(cwd, "evidence/story/S-1") };
    }
    const check = async (cwd: string, expected: string[], key = "alice.pub") => {
      const { code, report } = await verifyJson(cwd, "evidence/story/S-1", ["--key", key]);
      expect(code).toBe(1);
      expect(kinds(report)).toEqual(expected);
    };

    it("a modified file", async () => {
      const { cwd, dir } = await signedPack();
      await appendFile(join(dir, "files/run.log"), "and one more line\n");
      await check(cwd, ["tampered files/run.log"]);
    });

    it("a deleted file", async () => {
      const { cwd, dir } = await signedPack();
      await rm(join(dir, "files/junit/ui/ui.xml"));
      await check(cwd, ["missing files/junit/ui/ui.xml"]);
    });

    it("an extra file", async () => {
      const { cwd, dir } = await signedPack();
      await writeFile(join(dir, "files/junit/late.xml"), "<testsuite/>");
      await check(cwd, ["extra files/junit/late.xml"]);
    });

    it("a truncated file", async () => {
      const { cwd, dir } = await signedPack();
      await truncate(join(dir, "reports/smoke.json"), 10);
      await check(cwd, ["truncated reports/smoke.json"]);
    });

    it("an edited manifest (a file's recorded digest replaced to hide a change)", async () => {
      const { cwd, dir } = await signedPack();
      await appendFile(join(dir, "files/run.log"), "forged\n");
      const path = join(dir, "manifest.json");
      const manifest = JSON.parse(await readFile(path, "utf8"));
      const entry = manifest.files.find((f: { path: string }) => f.path === "files/run.log");
      const { createHash } = await import("node:crypto");
      const body = await readFile(join(dir, "files/run.log"));
      entry.sha256 = createHash("sha256").update(body).digest("hex");
      entry.size = body.length;
      await writeFile(path, JSON.stringify(manifest, null, 2));
      await check(cwd, ["statement-mismatch statement.json", "statement-mismatch statement.json"]);
    });

    it("an edited statement", async () => {
      const { cwd, dir } = await signedPack();
      const path = join(dir, "statement.json");
      const statement = JSON.parse(await readFile(path, "utf8"));
      statement.predicate.gates[0].status = "GO";
      await writeFile(path, JSON.stringify(statement));
      await check(cwd, ["statement-mismatch statement.json"]);
    });

    it("a swapped signature", async () => {
      const { cwd, dir } = await signedPack();
      await pack(cwd, "S-2", ["--sign-key-file", "alice.pem"]);
      const other = JSON.parse(
        await readFile(join(cwd, "evidence/story/S-2/statement.dsse.json"), "utf8"),
      );
      const path = join(dir, "statement.dsse.json");
      const envelope = JSON.parse(await readFile(path, "utf8"));
      envelope.signatures = other.signatures;
      await writeFile(path, JSON.stringify(envelope));
      await check(cwd, ["bad-signature statement.dsse.json"]);
    });

    it("a wrong key", async () => {
      const { cwd } = await signedPack();
      await check(cwd, ["wrong-key statement.dsse.json"], "bob.pub");
    });

    it("a broken chain: the previous pack's manifest was modified", async () => {
      const { cwd, dir } = await signedPack();
      await pack(cwd, "S-2", ["--sign-key-file", "alice.pem"]);
      const path = join(dir, "manifest.json");
      const manifest = JSON.parse(await readFile(path, "utf8"));
      manifest.commit = "f".repeat(40);
      await writeFile(path, JSON.stringify(manifest, null, 2));
      const { code, report } = await verifyJson(cwd, "evidence/story/S-2", ["--key", "alice.pub"]);
      expect(code).toBe(1);
      const broken = report.findings.find((f) => f.kind === "broken-chain");
      expect(broken?.pack).toBe("evidence/story/S-2");
      expect(broken?.message).toMatch(/evidence\/story\/S-1 was changed after this pack was made/);
      // The modified pack itself is reported too.
      expect(report.findings.some((f) => f.pack === "evidence/story/S-1")).toBe(true);
    });

    it("a broken chain: the previous pack was deleted", async () => {
      const { cwd, dir } = await signedPack();
      await pack(cwd, "S-2");
      await rm(dir, { recursive: true });
      const { code, report } = await verifyJson(cwd, "evidence/story/S-2");
      expect(code).toBe(1);
      expect(kinds(report)).toContain("broken-chain manifest.json");
    });
  });

  describe("verify binds the pack it names", () => {
    it("an older pack copied into a newer pack's folder, or into another scope's, fails", async () => {
      const cwd = await workspace();
      await pack(cwd, "S-1", signedAt("2026-05-01T10:00:00Z"));
      await pack(cwd, "S-2", signedAt("2026-05-02T10:00:00Z"));
      await rm(join(cwd, "evidence/story/S-2"), { recursive: true });
      await cp(join(cwd, "evidence/story/S-1"), join(cwd, "evidence/story/S-2"), {
        recursive: true,
      });
      await cp(join(cwd, "evidence/story/S-1"), join(cwd, "evidence/wave/S-1"), {
        recursive: true,
      });
      for (const folder of ["evidence/story/S-2", "evidence/wave/S-1"]) {
        const { code, report } = await verifyJson(cwd, folder, ["--key", "alice.pub"]);
        expect(code).toBe(1);
        expect(kinds(report)).toEqual(["misplaced manifest.json"]);
        expect(report.findings[0]?.message).toContain(`the folder ${join(cwd, folder)}`);
        expect(report.findings[0]?.message).toContain("holds pack story/S-1");
      }
    });

    it("a duplicate key in the manifest fails, though JSON.parse would keep the signed value", async () => {
      const cwd = await workspace();
      await pack(cwd, "S-1", ["--sign-key-file", "alice.pem"]);
      const path = join(cwd, "evidence/story/S-1/manifest.json");
      const text = await readFile(path, "utf8");
      await writeFile(
        path,
        text.replace('"commit":', `"commit": "${"f".repeat(40)}",\n  "commit":`),
      );
      const { code, report } = await verifyJson(cwd, "evidence/story/S-1", ["--key", "alice.pub"]);
      expect(code).toBe(1);
      expect(kinds(report)).toEqual(["manifest-invalid manifest.json"]);
      expect(report.findings[0]?.message).toMatch(/the key "commit" appears twice/);
    });

    it("--key refuses a signed pack downgraded to an unsigned forgery", async () => {
      const cwd = await workspace();
      await pack(cwd, "S-1", signedAt("2026-05-01T10:00:00Z"));
      const dir = join(cwd, "evidence/story/S-1");
      // The forger edits a file, drops the signature and rewrites what no key covers.
      await writeFile(join(dir, "files/run.log"), "all bad, but who will know\n");
      const old = manifestSchema.parse(
        JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")),
      );
      const body = await readFile(join(dir, "files/run.log"));
      const manifest = buildManifest({
        ...old,
        files: old.files.map((f) =>
          f.path === "files/run.log" ? { ...f, sha256: sha256Hex(body), size: body.length } : f,
        ),
        previous: undefined,
        keyids: [],
      });
      await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
      const statement = buildStatement(manifest, { gates: [] });
      await writeFile(join(dir, "statement.json"), JSON.stringify(statement, null, 2));
      await rm(join(dir, "statement.dsse.json"));

      const { code, report } = await verifyJson(cwd, "evidence/story/S-1", ["--key", "alice.pub"]);
      expect(code).toBe(1);
      expect(report.findings).toEqual([
        expect.objectContaining({ kind: "unsigned", severity: "error" }),
      ]);
      const text = await verify(cwd, "evidence/story/S-1", ["--key", "alice.pub"]);
      expect(text.stdout).toContain("a signature by one of the given keys is required");
    });

    it("a file or folder whose name is not UTF-8 is named, escaped, not a crash", async () => {
      const cwd = await workspace();
      await pack(cwd, "S-1", ["--sign-key-file", "alice.pem"]);
      const files = Buffer.from(join(cwd, "evidence/story/S-1/files/"));
      await writeFile(Buffer.concat([files, Buffer.from("caf\xe9.log", "latin1")]), "late\n");
      const folder = Buffer.concat([files, Buffer.from([0xff, 0x2d, 0x5c])]);
      await mkdir(folder);
      await writeFile(Buffer.concat([folder, Buffer.from("/inside.log")]), "hidden\n");
      const result = await verify(cwd, "evidence/story/S-1", ["--key", "alice.pub", "--json"]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(1);
      const report = verifyReportSchema.parse(JSON.parse(result.stdout));
      expect(kinds(report)).toEqual([
        "invalid-name files/caf\\xe9.log",
        "invalid-name files/\\xff-\\\\",
      ]);
      const text = await verify(cwd, "evidence/story/S-1", ["--key", "alice.pub"]);
      expect(text.stdout).toContain("files/caf\\xe9.log is in the pack, but its name is not UTF-8");
    });

    it("pack refuses an input whose name is not UTF-8, naming it, and writes nothing", async () => {
      const cwd = await workspace();
      await writeFile(
        Buffer.concat([Buffer.from(join(cwd, "junit/")), Buffer.from([0x6f, 0xe9])]),
        "x",
      );
      const result = await pack(cwd, "S-1");
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        "pilot-gate: cannot pack junit: junit/o\\xe9 in it has a name that is not UTF-8, which no manifest can list; rename it\n",
      );
      expect(existsSync(join(cwd, "evidence"))).toBe(false);
    });
  });

  describe("bad input is a clear error that loses no evidence", () => {
    it("a pack root that is a file", async () => {
      const cwd = await workspace();
      await writeFile(join(cwd, "evidence"), "not a folder");
      const result = await pack(cwd, "S-1");
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("the evidence root evidence is a file, not a folder");
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(await readFile(join(cwd, "evidence"), "utf8")).toBe("not a folder");
    });

    it("an existing pack folder is never touched", async () => {
      const cwd = await workspace();
      await pack(cwd, "S-1", ["--created-at", "2026-05-01T10:00:00Z"]);
      const before = await readFile(join(cwd, "evidence/story/S-1/manifest.json"), "utf8");
      const mtime = (await stat(join(cwd, "evidence/story/S-1/manifest.json"))).mtimeMs;
      await writeFile(join(cwd, "run.log"), "changed\n");
      const result = await pack(cwd, "S-1", ["--created-at", "2026-05-02T10:00:00Z"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        "evidence/story/S-1 already exists and a pack is never overwritten",
      );
      expect(await readFile(join(cwd, "evidence/story/S-1/manifest.json"), "utf8")).toBe(before);
      expect((await stat(join(cwd, "evidence/story/S-1/manifest.json"))).mtimeMs).toBe(mtime);
      expect(await readdir(join(cwd, "evidence/story"))).toEqual(["S-1"]);
    });

    it("pack will not chain to a pack of another scope, or to a manifest with a duplicate key", async () => {
      const cwd = await workspace();
      const wave = await run(
        [
          "evidence",
          "pack",
          "--scope",
          "wave",
          "--id",
          "W-1",
          "--commit",
          COMMIT,
          "--file",
          "run.log",
        ],
        { cwd },
      );
      expect(wave.code).toBe(0);
      await cp(join(cwd, "evidence/wave/W-1"), join(cwd, "evidence/story/W-1"), {
        recursive: true,
      });
      const moved = await pack(cwd, "S-2");
      expect(moved.code).toBe(2);
      expect(moved.stderr).toContain(
        "evidence/story/W-1/manifest.json says it is pack wave/W-1, but its folder is story/W-1; nothing was packed",
      );
      await rm(join(cwd, "evidence/story/W-1"), { recursive: true });
      await pack(cwd, "S-1");
      const path = join(cwd, "evidence/story/S-1/manifest.json");
      const text = await readFile(path, "utf8");
      await writeFile(
        path,
        text.replace('"commit":', `"commit": "${"f".repeat(40)}",\n  "commit":`),
      );
      const duplicate = await pack(cwd, "S-2");
      expect(duplicate.code).toBe(2);
      expect(duplicate.stderr).toContain(
        "cannot find the chain's last pack: evidence/story/S-1/manifest.json is not a valid manifest",
      );
    });

    it("a missing input writes nothing", async () => {
      const cwd = await workspace();
      const result = await pack(cwd, "S-1", ["--file", "nope.log"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("cannot read nope.log: no such file or folder");
      await expect(stat(join(cwd, "evidence"))).rejects.toThrow();
    });

    it("a report that is not a pilot-gate report", async () => {
      const cwd = await workspace();
      const result = await run(
        [
          "evidence",
          "pack",
          "--scope",
          "story",
          "--id",
          "S-1",
          "--commit",
          COMMIT,
          "--report",
          "run.log",
        ],
        { cwd },
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--report run.log is not JSON/);
    });

    it("a signing key that is not Ed25519, and a --key that is not a key", async () => {
      const cwd = await workspace();
      const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
      await writeFile(
        join(cwd, "rsa.pem"),
        rsa.privateKey.export({ type: "pkcs8", format: "pem" }),
      );
      const result = await pack(cwd, "S-1", ["--sign-key-file", "rsa.pem"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/rsa\.pem is a rsa key; evidence is signed with Ed25519/);
      await pack(cwd, "S-1");
      const bad = await verify(cwd, "evidence/story/S-1", ["--key", "run.log"]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("--key run.log is not a PEM public key");
    });

    it("refuses a --report over 64 MiB unread, and packs nothing (exit 2)", async () => {
      const cwd = await workspace();
      await writeLargeFile(cwd, "smoke.json", 65 * 1024 * 1024, "{");
      const result = await pack(cwd, "S-big");
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /smoke\.json is 68,157,440 bytes, over the limit of 67,108,864 bytes \(64 MiB\)/,
      );
      expect(existsSync(join(cwd, "evidence/story/S-big"))).toBe(false);
    });

    it("usage errors: no scope, a bad commit, a folder that is not there", async () => {
      const cwd = await workspace();
      const noScope = await run(["evidence", "pack", "--id", "x", "--commit", COMMIT], { cwd });
      expect(noScope.code).toBe(2);
      expect(noScope.stderr).toContain(
        "--scope is required; use one of story, wave, release, pilot",
      );
      const short = await run(
        [
          "evidence",
          "pack",
          "--scope",
          "wave",
          "--id",
          "x",
          "--commit",
          "abc123",
          "--file",
          "run.log",
        ],
        { cwd },
      );
      expect(short.stderr).toContain('--commit "abc123" is not a full commit id');
      const missing = await verify(cwd, "evidence/story/none");
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe(
        "pilot-gate: cannot verify evidence/story/none: no such folder\n",
      );
    });

    it("verify on a folder that is not a pack fails verification", async () => {
      const cwd = await workspace();
      const { code, report } = await verifyJson(cwd, "junit");
      expect(code).toBe(1);
      expect(kinds(report)[0]).toBe("missing manifest.json");
    });
  });
});
