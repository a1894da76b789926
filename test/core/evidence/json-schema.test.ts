import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  buildManifest,
  buildStatement,
  EVIDENCE_SCHEMA_FILES,
  renderEvidenceJsonSchemas,
  signStatement,
} from "../../../core/evidence/index.js";

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

describe("generated evidence schemas (run `npm run schemas` when these fail)", () => {
  for (const { file, text } of renderEvidenceJsonSchemas()) {
    it(`${file} matches the zod schema`, () => {
      expect(read(file)).toBe(text);
    });
  }

  it("accept a manifest, statement and envelope made by the builders", () => {
    const ajv = new Ajv2020.default({ strict: false });
    const manifest = buildManifest({
      scope: "pilot",
      id: "P-1",
      commit: "a".repeat(40),
      createdAt: "2026-05-01T10:00:00Z",
      files: [{ path: "files/a.log", sha256: "b".repeat(64), size: 1, mediaType: "text/plain" }],
    });
    const statement = buildStatement(manifest, { gates: [] });
    const envelope = signStatement(statement, [generateKeyPairSync("ed25519").privateKey]);
    const docs = [manifest, statement, envelope];
    EVIDENCE_SCHEMA_FILES.slice(0, 3).forEach((file, index) => {
      const validate = ajv.compile(JSON.parse(read(file)));
      expect(validate(docs[index]), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    });
  });
});
