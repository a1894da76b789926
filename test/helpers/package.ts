import { execFileSync } from "node:child_process";
import { copyFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Every file under `dir` and their total bytes (what `du -sb` reports, less the folders' own entries). */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/**
 * `npm pack` of the repository into `dest`, as a release is packed: the
 * package.json's `files` (dist/ and schemas/) and nothing built on the way,
 * since dist/ is committed. Returns the tarball's path.
 */
export function packProject(dest: string): string {
  const out = execFileSync(
    "npm",
    ["pack", "--json", "--ignore-scripts", "--pack-destination", dest],
    { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  const [{ filename }] = JSON.parse(out) as [{ filename: string }];
  return join(dest, filename);
}

/**
 * A team's repository (`dir`, with its own package.json) installing the
 * packed CLI as a dev dependency, as the README says, offline: whatever the
 * package needs must come from the tarball or the npm cache, never the
 * registry. `flags` are further `npm install` flags (`--omit=optional`...).
 */
export function installPacked(dir: string, tarball: string, flags: string[] = []): void {
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "a-team-repository", version: "1.0.0", private: true }, null, 2)}\n`,
  );
  execFileSync(
    "npm",
    ["install", "--save-dev", "--offline", "--no-audit", "--no-fund", ...flags, tarball],
    { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
  );
}

/**
 * The App's runtime install (deploy/, what the container's final stage
 * runs): its manifest and lockfile in `dir`, `npm ci --omit=dev` offline
 * from the cache the repository's own `npm ci` filled.
 */
export function installAppRuntime(dir: string): void {
  for (const file of ["package.json", "package-lock.json"]) {
    copyFileSync(join(ROOT, "deploy", file), join(dir, file));
  }
  execFileSync(
    "npm",
    ["ci", "--omit=dev", "--ignore-scripts", "--offline", "--no-audit", "--no-fund"],
    { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
  );
}
