// Bundles the GitHub App into dist/app.js: app/ and core/ inlined, npm
// packages (probot, zod, yaml, ...) left as imports, since the App runs from
// an install of this package (`npm ci --omit=dev`), not as a single file.
// Deterministic like scripts/build.mjs: same sources, same bytes.
//
//   node scripts/build-app.mjs      build dist/app.js
//   node dist/app.js                run the App (Probot reads APP_ID, PRIVATE_KEY, WEBHOOK_SECRET...)
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { builtLine, bundle, ROOT } from "./bundle.mjs";

export { ROOT };
export const APP_OUTFILE = join(ROOT, "dist", "app.js");
/**
 * The App's evaluation worker, beside dist/app.js, which starts it by that
 * name (app/evaluation-pool.ts): the engine, judging PRs off the event loop.
 */
export const WORKER_OUTFILE = join(ROOT, "dist", "evaluation-worker.js");

/**
 * No aliases: they exist to inline packages (jsonc-parser's ES module
 * build), but here packages stay imports, and an aliased one would be
 * imported by a file path Node cannot load (its ES module build imports its
 * parts without extensions): `node dist/app.js` failed at start. Node loads
 * the package by its name.
 */
const PACKAGES_AS_NAMED = {};

/** Builds the App bundle and returns its bytes; writes `outfile` unless `write` is false. */
export async function buildApp({ outfile = APP_OUTFILE, write = true } = {}) {
  return bundle("app/main.ts", { outfile, write, packages: "external", alias: PACKAGES_AS_NAMED });
}

/** Builds the evaluation worker's bundle, as `buildApp` builds the App's. */
export async function buildWorker({ outfile = WORKER_OUTFILE, write = true } = {}) {
  return bundle("app/evaluation-worker.ts", {
    outfile,
    write,
    packages: "external",
    alias: PACKAGES_AS_NAMED,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(builtLine(APP_OUTFILE, await buildApp()));
  console.log(builtLine(WORKER_OUTFILE, await buildWorker()));
}
