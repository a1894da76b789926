import { describe, expect, it } from "vitest";
import {
  buildManifest,
  buildStatement,
  digestOf,
  gateResultOf,
  IN_TOTO_STATEMENT_TYPE,
  isSafePackPath,
  mediaTypeOf,
  PREDICATE_TYPE,
} from "../../../core/evidence/index.js";

const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const file = (path: string, size = 1) => ({
  path,
  sha256: "b".repeat(64),
  size,
  mediaType: mediaTypeOf(path),
});

describe("buildManifest", () => {
  it("sorts files by path in byte order and records the chain link", () => {
    const manifest = buildManifest({
      scope: "wave",
      id: "W-2",
      commit: COMMIT,
      createdAt: "2026-05-01T10:00:00Z",
      files: [file("files/b.log"), file("files/B.log"), file("reports/smoke.json")],
      previous: { id: "W-1", digest: `sha256:${"c".repeat(64)}` },
    });
    expect(manifest.files.map((f) => f.path)).toEqual([
      "files/B.log",
      "files/b.log",
      "reports/smoke.json",
    ]);
    expect(manifest.previous).toEqual({ id: "W-1", digest: `sha256:${"c".repeat(64)}` });
    expect(manifest.signed).toBe(false);
    expect(manifest.keyids).toEqual([]);
  });

  it("says the pack is signed when keys are given", () => {
    const manifest = buildManifest({
      scope: "story",
      id: "S-1",
      commit: COMMIT,
      createdAt: "2026-05-01T10:00:00Z",
      files: [],
      keyids: ["f".repeat(64), "e".repeat(64)],
    });
    expect(manifest).toMatchObject({ signed: true, keyids: ["e".repeat(64), "f".repeat(64)] });
    expect(manifest.previous).toBeNull();
  });

  it("refuses duplicate paths, unsafe paths and a bad commit", () => {
    const base = {
      scope: "story" as const,
      id: "S-1",
      commit: COMMIT,
      createdAt: "2026-05-01T10:00:00Z",
    };
    expect(() => buildManifest({ ...base, files: [file("a"), file("a")] })).toThrow(/two files/);
    expect(() => buildManifest({ ...base, files: [file("../etc/passwd")] })).toThrow();
    expect(() => buildManifest({ ...base, commit: "HEAD", files: [] })).toThrow();
  });
});

describe("pack paths and media types", () => {
  it.each([
    ["files/a.log", true],
    ["reports/smoke.json", true],
    ["manifest.json", false],
    ["statement.dsse.json", false],
    ["/abs", false],
    ["a/../b", false],
    ["a//b", false],
    ["a\\b", false],
    ["", false],
  ])("%s safe: %s", (path, safe) => {
    expect(isSafePackPath(path)).toBe(safe);
  });

  it.each([
    ["r/junit.XML", "application/xml"],
    ["smoke.json", "application/json"],
    ["run.log", "text/plain"],
    ["blob", "application/octet-stream"],
    [".hidden", "application/octet-stream"],
  ])("%s is %s", (path, type) => {
    expect(mediaTypeOf(path)).toBe(type);
  });
});

describe("buildStatement", () => {
  it("is an in-toto v1 statement over the commit and every file, naming the manifest", () => {
    const manifest = buildManifest({
      scope: "release",
      id: "v1.2.0",
      commit: COMMIT,
      createdAt: "2026-05-01T10:00:00Z",
      files: [file("reports/smoke.json")],
    });
    const statement = buildStatement(manifest, {
      gates: [{ gate: "smoke", status: "pass", path: "reports/smoke.json" }],
      configDigest: digestOf({ any: "config" }),
    });
    expect(statement._type).toBe(IN_TOTO_STATEMENT_TYPE);
    expect(statement.predicateType).toBe(PREDICATE_TYPE);
    expect(statement.subject).toEqual([
      { name: `git+commit:${COMMIT}`, digest: { gitCommit: COMMIT } },
      { name: "reports/smoke.json", digest: { sha256: "b".repeat(64) } },
    ]);
    expect(statement.predicate.manifest.digest).toBe(digestOf(manifest));
    expect(statement.predicate.config).toEqual({ digest: digestOf({ any: "config" }) });
  });

  it("reads the gate and result of each report kind", () => {
    expect(gateResultOf({ gate: "smoke", status: "fail" }, "p")).toEqual({
      gate: "smoke",
      status: "fail",
      path: "p",
    });
    expect(gateResultOf({ kind: "readiness", verdict: "NO-GO" }, "p")?.status).toBe("NO-GO");
    expect(gateResultOf([1], "p")).toBeUndefined();
    expect(gateResultOf({ gate: "smoke" }, "p")).toBeUndefined();
  });
});
