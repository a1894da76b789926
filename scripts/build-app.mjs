// Bundles the GitHub App into dist/app.js: app/ and core/ inlined, npm
// packages (probot, zod, yaml, ...) left as imports, since the App runs from
// an install of this package (`npm ci --omit=dev`), not as a single file.
// Deterministic like scripts/build.mjs: same sources, same bytes.
//
//   node scripts/build-app.mjs      build dist/app.js
//   node dist/app.js                run the App (Probot reads APP_ID, PRIVATE_KEY, WEBHOOK_SECRET...)
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const APP_OUTFILE = join(ROOT, "dist", "app.js");

/** Builds the App bundle and returns its bytes; writes `outfile` unless `write` is false. */
export async function buildApp({ outfile = APP_OUTFILE, write = true } = {}) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ["app/main.ts"],
    outfile,
    write: false,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    minifySyntax: true,
    sourcemap: false,
    legalComments: "eof",
    charset: "utf8",
    logLevel: "warning",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output");
  if (write) {
    await mkdir(dirname(outfile), { recursive: true });
    await writeFile(outfile, file.contents);
  }
  return file.contents;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const bytes = await buildApp();
  const kib = (bytes.length / 1024).toFixed(1);
  console.log(`built ${relative(process.cwd(), APP_OUTFILE) || APP_OUTFILE} (${kib} KiB)`);
}
