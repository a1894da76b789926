// Bundles the CLI into one file, dist/cli.js, with every dependency inside it,
// so `npx pilot-gate` works from a fresh clone after `npm ci` with no build
// step. dist/ is committed; test/cli/dist.test.ts rebuilds in memory and fails
// when the committed bundle differs, so the build must be deterministic:
// paths in the output are relative to the repository, and nothing depends on
// the time, the machine or where the output is written.
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const OUTFILE = join(ROOT, "dist", "cli.js");

// yaml's Node build is CommonJS and requires Node built-ins ("process",
// "buffer"); in ESM output esbuild's require shim needs a real `require`.
const BANNER = [
  "#!/usr/bin/env node",
  'import { createRequire as __pilotGateCreateRequire } from "node:module";',
  "const require = __pilotGateCreateRequire(import.meta.url);",
].join("\n");

/** `import text from "./x.md?raw"`, as Vite does it, so Vitest and the bundle read the same files. */
const rawImports = {
  name: "raw-imports",
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.slice(0, -"?raw".length)),
    }));
  },
};

/**
 * Builds the CLI bundle and returns its bytes. Writes `outfile` only when
 * `write` is true; the staleness test builds without writing and compares.
 */
export async function buildCli({ outfile = OUTFILE, write = true } = {}) {
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ["cli/bin.ts"],
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
    banner: { js: BANNER },
    define: { PILOT_GATE_VERSION: JSON.stringify(pkg.version) },
    loader: { ".md": "text" },
    plugins: [rawImports],
    logLevel: "warning",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output");
  if (write) {
    await mkdir(dirname(outfile), { recursive: true });
    await writeFile(outfile, file.contents);
    await chmod(outfile, 0o755);
  }
  return file.contents;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const bytes = await buildCli();
  const kib = (bytes.length / 1024).toFixed(1);
  console.log(`built ${relative(process.cwd(), OUTFILE) || OUTFILE} (${kib} KiB)`);
}
