// Bundles the CLI into one file, dist/cli.js, with every dependency inside it,
// so `npx pilot-gate` works from a fresh clone after `npm ci` with no build
// step. dist/ is committed; test/cli/dist.test.ts rebuilds in memory and fails
// when the committed bundle differs, so the build must be deterministic:
// paths in the output are relative to the repository, and nothing depends on
// the time, the machine or where the output is written.
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { builtLine, bundle, REQUIRE_BANNER, ROOT } from "./bundle.mjs";

export { ROOT };
export const OUTFILE = join(ROOT, "dist", "cli.js");

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
  return bundle("cli/bin.ts", {
    outfile,
    write,
    mode: 0o755,
    banner: { js: `#!/usr/bin/env node\n${REQUIRE_BANNER}` },
    loader: { ".md": "text" },
    plugins: [rawImports],
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(builtLine(OUTFILE, await buildCli()));
}
