// What every pilot-gate bundle shares: esbuild settings that make the output
// deterministic (same sources, same bytes, whatever the machine or the
// output path), so the committed bundles in dist/ can be checked for
// staleness by rebuilding them in memory.
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Some bundled packages are CommonJS and require Node built-ins (yaml's Node
 * build calls require("process")); in ESM output esbuild's require shim
 * needs a real `require`.
 */
export const REQUIRE_BANNER = [
  'import { createRequire as __pilotGateCreateRequire } from "node:module";',
  "const require = __pilotGateCreateRequire(import.meta.url);",
].join("\n");

/**
 * Bundles `entry` (relative to the repository) and returns the bytes; writes
 * `outfile` only when `write` is true (the staleness tests build without
 * writing and compare). `options` adds to or overrides the shared settings.
 */
export async function bundle(entry, { outfile, write = true, mode, ...options }) {
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile,
    write: false,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Readable output: dead code and constants folded, names and layout kept.
    minifySyntax: true,
    sourcemap: false,
    legalComments: "eof",
    charset: "utf8",
    define: { PILOT_GATE_VERSION: JSON.stringify(pkg.version) },
    // jsonc-parser's "main" is a UMD build that loads its parts with a
    // require() esbuild cannot follow; its ES module build bundles whole.
    alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
    logLevel: "warning",
    ...options,
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output");
  if (write) {
    await mkdir(dirname(outfile), { recursive: true });
    await writeFile(outfile, file.contents);
    if (mode !== undefined) await chmod(outfile, mode);
  }
  return file.contents;
}

/** One line for the build log: the bundle and its size. */
export function builtLine(outfile, bytes) {
  return `built ${relative(process.cwd(), outfile) || outfile} (${(bytes.length / 1024).toFixed(1)} KiB)`;
}
