import { stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import type { HeadPaths } from "../core/index.js";
import { errorCode } from "../engine/io.js";

/**
 * Which of `paths` (repository paths, as the rules ask for them) exist in
 * the checkout at `cwd`: the CLI judges the PR as it is checked out, so its
 * evidence files are the working tree's. A path that cannot be looked at
 * (no permission) is left unanswered with the reason, so it is reported as
 * not checked rather than present or missing.
 */
export async function checkoutPaths(cwd: string, paths: readonly string[]): Promise<HeadPaths> {
  const root = resolve(cwd);
  const exists: Record<string, boolean> = {};
  const unreadable: string[] = [];
  await Promise.all(
    paths.map(async (path) => {
      const full = resolve(root, path);
      // The rules hand over paths from the repository root; one that still
      // resolves outside it is not in the repository.
      if (!full.startsWith(`${root}${sep}`)) {
        exists[path] = false;
        return;
      }
      try {
        await stat(full);
        exists[path] = true;
      } catch (error) {
        const code = errorCode(error);
        if (code === "ENOENT" || code === "ENOTDIR") exists[path] = false;
        else unreadable.push(`${path} (${code ?? "unreadable"})`);
      }
    }),
  );
  return unreadable.length > 0
    ? { exists, unchecked: `the checkout could not be read at ${unreadable.join(", ")}` }
    : { exists };
}
