// Bundles every pilot-gate entry into dist/ in one esbuild run with code
// splitting: each entry (the CLI, the App and its evaluation worker, the
// actions) is a small file, and what they share lives once in chunk files
// beside them, instead of each entry carrying its own copy of zod, yaml and
// the engine.
//
// dist/ is committed, so `npx pilot-gate` and the actions run from a checkout
// with no build step and no node_modules. test/dist.test.ts rebuilds in memory
// and fails when dist/ differs in any file, so the build must be deterministic:
// paths in the output are relative to the repository, chunk names are hashes
// of their content, and nothing depends on the time, the machine or where the
// output is written.
//
//   npm run build      (node scripts/build.mjs) rebuilds dist/
import { existsSync, readdirSync } from "node:fs";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(ROOT, "dist");

/**
 * The gate actions (smoke, parity, readiness...): every folder under actions/
 * with a main.ts, except pull-request, whose entry is the root action's
 * dist/action.js. Each becomes dist/<name>.js.
 */
export function gateNames() {
  const dir = join(ROOT, "actions");
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== "pull-request")
    .filter((e) => existsSync(join(dir, e.name, "main.ts")))
    .map((e) => e.name)
    .sort();
}

/**
 * Each entry's file name in dist/ (without `.js`) and its source. Other files
 * name these outputs: package.json (`bin`, `npm start`), the App's worker pool
 * (app/evaluation-pool.ts loads its sibling evaluation-worker.js) and every
 * action.yml.
 */
export const ENTRIES = {
  cli: "cli/bin.ts",
  app: "app/main.ts",
  "evaluation-worker": "app/evaluation-worker.ts",
  action: "actions/pull-request/main.ts",
  ...Object.fromEntries(gateNames().map((name) => [name, `actions/${name}/main.ts`])),
};

/** The entries that run from a checkout with no node_modules: all but the App's. */
export const SELF_CONTAINED = Object.keys(ENTRIES).filter(
  (name) => name !== "app" && name !== "evaluation-worker",
);

/**
 * Packages left as imports. Only the App imports Probot at run time (the
 * actions build their Octokit from a token and import only its types), and
 * the App runs from an install of this package, where Probot is a dependency.
 */
const EXTERNAL = ["probot"];

/**
 * Some bundled packages are CommonJS and require Node built-ins (yaml's Node
 * build calls require("process")); in ESM output esbuild's require shim
 * needs a real `require`. Every file gets it, since any chunk may hold them.
 */
const REQUIRE_BANNER = [
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
 * `@actions/core` imports its HTTP client (and with it undici, a third of an
 * action's code) only for `getIDToken`, the OIDC token pilot-gate never asks
 * for. A stub takes its place; calling it says why it is missing.
 */
const withoutHttpClient = {
  name: "without-actions-http-client",
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, (args) => ({
      path: args.path,
      namespace: "stub",
    }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents: [
        "class NotBundled {",
        "  constructor() {",
        '    throw new Error("pilot-gate\'s action bundles no HTTP client for OIDC tokens (core.getIDToken)");',
        "  }",
        "}",
        "export { NotBundled as HttpClient, NotBundled as BearerCredentialHandler };",
      ].join("\n"),
      loader: "js",
    }));
  },
};

/**
 * zod exports every locale it ships (`z.locales`, ~270 KiB) on the `z`
 * namespace, so esbuild cannot drop them, though pilot-gate only speaks
 * English. zod registers English itself, from its own en.js; the locale index
 * is narrowed to that one, so messages are the same and `z.locales.en` stays.
 */
const englishOnlyZod = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)) return undefined;
      // Relative to the root: the path is printed in the bundle, which must
      // not depend on where the repository is checked out.
      const path = relative(ROOT, resolve(args.resolveDir, "../locales/index.js"));
      return { path: path.split(sep).join("/"), namespace: "zod-locales" };
    });
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: dirname(join(ROOT, args.path)),
      loader: "js",
    }));
  },
};

/**
 * Builds dist/ in memory and returns its files, by path relative to dist/
 * (with `/`), in a stable order. `npm run build` writes them; the staleness
 * test compares them with the committed folder.
 */
export async function buildDist() {
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: DIST,
    write: false,
    bundle: true,
    splitting: true,
    chunkNames: "chunk-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    // Readable output: dead code and constants folded, names and layout kept.
    minifySyntax: true,
    sourcemap: false,
    legalComments: "eof",
    charset: "utf8",
    banner: { js: REQUIRE_BANNER },
    define: { PILOT_GATE_VERSION: JSON.stringify(pkg.version) },
    // jsonc-parser's "main" is a UMD build that loads its parts with a
    // require() esbuild cannot follow; its ES module build bundles whole.
    alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
    external: EXTERNAL,
    loader: { ".md": "text" },
    plugins: [rawImports, withoutHttpClient, englishOnlyZod],
    logLevel: "warning",
  });
  const files = new Map(
    result.outputFiles.map((file) => [
      relative(DIST, file.path).split("\\").join("/"),
      file.contents,
    ]),
  );
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Replaces `outdir` with `files`: dist/ holds only the build's output, so a
 * chunk the sources no longer produce does not linger. The CLI's entry is
 * made executable, as the package's `bin`.
 */
export async function writeDist(files, outdir = DIST) {
  await rm(outdir, { recursive: true, force: true });
  for (const [name, bytes] of files) {
    const file = join(outdir, name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  await chmod(join(outdir, "cli.js"), 0o755);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const files = await buildDist();
  await writeDist(files);
  const bytes = [...files.values()].reduce((sum, b) => sum + b.length, 0);
  const entries = Object.keys(ENTRIES).map((name) => `${name}.js`);
  console.log(
    `built dist/: ${entries.join(", ")} and ${files.size - entries.length} shared chunks (${(bytes / 1024).toFixed(1)} KiB in all)`,
  );
}
