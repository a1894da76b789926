// Writes examples/evidence-branch: the bundled example evidence branch the
// README's `pilot-gate site build --from examples/evidence-branch` builds a
// site from (14 daily pilot runs, 4 releases, the last one tampered), and
// the example key's public half beside it.
//
//   npm run examples:evidence
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { examplePublicKeyPem, writeEvidenceFixture } from "./evidence-fixture.js";

const dir = join(
  resolve(dirname(fileURLToPath(import.meta.url)), ".."),
  "examples",
  "evidence-branch",
);
await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });
await writeEvidenceFixture(dir, { cycles: 14, releases: 4, tamper: true });
await writeFile(join(dir, "example-key.pub.pem"), examplePublicKeyPem());
console.log(`wrote ${dir}`);
