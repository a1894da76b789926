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
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { builtLine, bundle, REQUIRE_BANNER, ROOT } from "./bundle.mjs";

export { ROOT };
export const ACTION_OUTFILE = join(ROOT, "dist", "action.js");

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
  return bundle(entry, {
    outfile,
    write,
    banner: { js: REQUIRE_BANNER },
    plugins: [withoutHttpClient],
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(builtLine(ACTION_OUTFILE, await buildAction()));
  for (const name of gateNames()) console.log(builtLine(gateOutfile(name), await buildGate(name)));
}
