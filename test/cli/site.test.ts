import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examplePublicKeyPem, writeEvidenceFixture } from "../../scripts/evidence-fixture.js";
import { run, tempDir } from "./helpers.js";

let cwd: string;

// Made once for the file (the helpers' tempDir is removed after each test).
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "pilot-gate-site-"));
  await writeEvidenceFixture(join(cwd, "branch"), { cycles: 6, releases: 3, tamper: true });
  await writeFile(join(cwd, "pub.pem"), examplePublicKeyPem());
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("pilot-gate site build", () => {
  it("builds the site, lists the tampered pack on stderr and in --json, and takes the verdict from a verified pack", async () => {
    const result = await run(
      ["site", "build", "--from", "branch", "--out", "site", "--key", "pub.pem", "--json"],
      { cwd },
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({
      kind: "site-build",
      out: "site",
      packs: 9,
      verified: 8,
      verdict: "GO",
      verdictFrom: "evidence/pilot/cycle-2026-05-09",
    });
    expect(summary.failed).toEqual([
      {
        pack: "evidence/release/v1.1.0",
        reasons: [expect.stringMatching(/^reports\/readiness\.json was modified: /)],
      },
    ]);
    expect(result.stderr).toMatch(/failed verification evidence\/release\/v1\.1\.0: /);
    const pages = await readdir(join(cwd, "site", "releases"));
    expect(pages.sort()).toEqual(["v1.0.0-rc.1.html", "v1.0.0.html", "v1.1.0.html"]);
    const tampered = await readFile(join(cwd, "site", "releases", "v1.1.0.html"), "utf8");
    expect(tampered).toContain("Fails verification");
    expect(tampered).not.toContain("Readiness</h2>");
  });

  it("fails every signed pack checked against a key that did not sign it", async () => {
    const other = await tempDir();
    const { generateKeyPairSync } = await import("node:crypto");
    const { publicKey } = generateKeyPairSync("ed25519");
    await writeFile(join(other, "other.pem"), publicKey.export({ type: "spki", format: "pem" }));
    const result = await run(
      [
        "site",
        "build",
        "--from",
        join(cwd, "branch"),
        "--out",
        "site",
        "--key",
        "other.pem",
        "--json",
      ],
      { cwd: other },
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.verified).toBe(0);
    expect(summary.verdict).toBeNull();
  });

  it("refuses a --from with no evidence folder, and an --out it did not build", async () => {
    const missing = await run(["site", "build", "--from", "nowhere", "--out", "site"], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /nowhere\/evidence is not a folder.*Pass --from a checkout of the evidence branch/,
    );
    const dir = await tempDir();
    await writeFile(join(dir, "keep.txt"), "mine");
    const occupied = await run(["site", "build", "--from", join(cwd, "branch"), "--out", dir], {
      cwd,
    });
    expect(occupied.code).toBe(2);
    expect(occupied.stderr).toMatch(/is not empty and holds no site built by pilot-gate/);
    expect(await readFile(join(dir, "keep.txt"), "utf8")).toBe("mine");
  });

  it("replaces a site it built before", async () => {
    const first = await run(["site", "build", "--from", "branch", "--out", "again"], { cwd });
    expect(first.code).toBe(0);
    const second = await run(["site", "build", "--from", "branch", "--out", "again"], { cwd });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Built again: \d+ pages from 9 packs \(8 verified, 1 failed\)/);
  });

  it("takes the keys the App trusts from --config, and then fails a pack they did not sign", async () => {
    await writeFile(join(cwd, "pilot-gate.yml"), "readiness:\n  evidence_keys: [pub.pem]\n");
    const trusted = await run(
      [
        "site",
        "build",
        "--from",
        "branch",
        "--out",
        "by-config",
        "--config",
        "pilot-gate.yml",
        "--json",
      ],
      { cwd },
    );
    expect(trusted.code).toBe(0);
    expect(JSON.parse(trusted.stdout)).toMatchObject({ packs: 9, verified: 8 });
    await writeFile(join(cwd, "pilot-gate.yml"), "readiness:\n  evidence_keys: [missing.pem]\n");
    const missing = await run(
      ["site", "build", "--from", "branch", "--out", "by-config", "--config", "pilot-gate.yml"],
      { cwd },
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /cannot read missing\.pem: .*readiness\.evidence_keys missing\.pem in pilot-gate\.yml/,
    );
  });

  it("asks for --from and --out", async () => {
    const result = await run(["site", "build", "--out", "x"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--from is required/);
  });
});
