import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, posix, relative } from "node:path";

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Every file under `dir`, by path relative to it (with `/`), sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

/**
 * How the folder `dir` differs from a fresh build (`built`, by path relative
 * to it): one line per stale, missing or extra file, empty when they match.
 */
export function distDifferences(built: ReadonlyMap<string, Uint8Array>, dir: string): string[] {
  const committed = new Set(listFiles(dir));
  const lines: string[] = [];
  for (const [name, bytes] of built) {
    if (!committed.has(name)) lines.push(`${name} is missing`);
    else if (!Buffer.from(bytes).equals(readFileSync(join(dir, name)))) {
      lines.push(`${name} is stale`);
    }
  }
  for (const name of committed) {
    if (!built.has(name)) lines.push(`${name} is not built from any source`);
  }
  return lines;
}

/** What a bundle file loads: the files of `dist/` and the packages it imports. */
export interface ImportClosure {
  /** Files of the folder it loads, the entry first. */
  files: string[];
  /** Bare specifiers (packages and Node built-ins) imported or required by any of them. */
  specifiers: Set<string>;
  /** The source modules bundled into those files, from esbuild's `// path` comments. */
  modules: string[];
}

/**
 * Follows `entry`'s relative imports through the folder `dir`: static ones
 * (what loads when the file starts) and, with `dynamic`, `import()` too (all
 * it may ever load).
 */
export function importClosure(
  dir: string,
  entry: string,
  { dynamic }: { dynamic: boolean },
): ImportClosure {
  const files: string[] = [];
  const specifiers = new Set<string>();
  const modules: string[] = [];
  const pending = [entry];
  for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
    if (files.includes(file)) continue;
    files.push(file);
    const code = readFileSync(join(dir, file), "utf8");
    const found = [
      ...[...code.matchAll(/^(?:import|export)\s+(?:[^;"]*?\bfrom\s*)?"([^"]+)";/gm)],
      ...[...code.matchAll(/\brequire\("([^"]+)"\)/g)],
      ...(dynamic ? [...code.matchAll(/\bimport\("([^"]+)"\)/g)] : []),
    ].map((m) => m[1] ?? "");
    for (const specifier of found) {
      if (specifier.startsWith(".")) {
        pending.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
      } else {
        specifiers.add(specifier);
      }
    }
    modules.push(...[...code.matchAll(/^\/\/ (\S+\.[cm]?[jt]s)$/gm)].map((m) => m[1] ?? ""));
  }
  return { files, specifiers, modules };
}

/** The specifiers that are not Node built-ins, i.e. need node_modules. */
export function packagesOf(specifiers: Iterable<string>): string[] {
  return [...specifiers].filter((name) => !BUILTINS.has(name)).sort();
}
