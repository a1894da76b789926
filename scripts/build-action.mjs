// Bundles the GitHub Action into dist/action.js: one file with every
// dependency inside it (app/, core/, @actions/core, Octokit and its plugins,
// zod, yaml...), since an action runs from a checkout of this repository at
// the ref a workflow names, with no node_modules. Probot is not in it: the
// entry builds its Octokit from a token (app/github/token-octokit.ts) and
// imports only types from Probot. Deterministic like scripts/build.mjs: same
// sources, same bytes; test/actions/bundle.test.ts fails when the committed
// file is stale.
//
//   node scripts/build-action.mjs      build dist/action.js
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const ACTION_OUTFILE = join(ROOT, "dist", "action.js");

// Some bundled packages are CommonJS and require Node built-ins; in ESM
// output esbuild's require shim needs a real `require`.
const BANNER = [
  'import { createRequire as __pilotGateCreateRequire } from "node:module";',
  "const require = __pilotGateCreateRequire(import.meta.url);",
].join("\n");

/**
 * `@actions/core` imports its HTTP client (and with it undici, a third of the
 * bundle) only for `getIDToken`, the OIDC token this action never asks for.
 * A stub takes its place; calling it says why it is missing.
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
 * The gate actions (smoke, parity, readiness...): every folder under actions/
 * with a main.ts, except pull-request, whose bundle is the root action's
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

/** Where a gate's bundle goes. */
export function gateOutfile(name) {
  return join(ROOT, "dist", `${name}.js`);
}

/** Builds one gate action's bundle and returns its bytes; writes it unless `write` is false. */
export async function buildGate(name, { outfile = gateOutfile(name), write = true } = {}) {
  return buildEntry(`actions/${name}/main.ts`, { outfile, write });
}

/** Builds the action bundle and returns its bytes; writes `outfile` unless `write` is false. */
export async function buildAction({ outfile = ACTION_OUTFILE, write = true } = {}) {
  return buildEntry("actions/pull-request/main.ts", { outfile, write });
}

async function buildEntry(entry, { outfile, write }) {
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
    minifySyntax: true,
    sourcemap: false,
    legalComments: "eof",
    charset: "utf8",
    banner: { js: BANNER },
    define: { PILOT_GATE_VERSION: JSON.stringify(pkg.version) },
    plugins: [withoutHttpClient],
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
  const built = [[ACTION_OUTFILE, await buildAction()]];
  for (const name of gateNames()) built.push([gateOutfile(name), await buildGate(name)]);
  for (const [file, bytes] of built) {
    const kib = (bytes.length / 1024).toFixed(1);
    console.log(`built ${relative(process.cwd(), file) || file} (${kib} KiB)`);
  }
}
