import type { HeadPaths } from "../../core/index.js";
import type { PullInfo } from "../../github/pull.js";
import { type EventDeps, repoKey } from "../event.js";
import { settleAll } from "../settle.js";
import type { CachedFiles } from "../state.js";

/** GitHub lists at most this many entries of a folder (`GET /contents`). */
const FOLDER_LIST_LIMIT = 1_000;

/**
 * What the App knows of paths at the PR's head without asking: the files
 * the PR changes (present, or absent when it removes them) and the answers
 * of earlier lookups on this commit. Evidence committed with the PR is
 * answered here, so the rules ask for nothing more.
 */
export function knownHeadPaths(deps: EventDeps, pull: PullInfo, files: CachedFiles): HeadPaths {
  const exists: Record<string, boolean> = {};
  for (const file of files.files) exists[file.path] = file.status !== "removed";
  Object.assign(exists, deps.state.headPaths.get(headKey(deps, pull)));
  return { exists };
}

/**
 * Looks up at the PR's head the paths the rules asked for (see
 * `pathsToCheck`; at most `MAX_EVIDENCE_PATHS`), and returns `known` with
 * their answers. One request per folder that holds them: the folder's
 * listing (`GET /contents`), or the head's root tree for a path at the
 * root. A listing is small and exact, where one recursive tree read of the
 * head would grow with the repository (megabytes for a large one) and is
 * cut past about 100,000 entries; cited evidence sits in one or two
 * folders. A folder GitHub lists only in part (1,000 entries) leaves the
 * paths it does not show unanswered, reported as not checked. Answers are
 * kept per commit. A failed request throws: the event fails closed through
 * the guard, never passes on a path it could not look at.
 */
export async function lookUpHeadPaths(
  deps: EventDeps,
  pull: PullInfo,
  known: HeadPaths,
  paths: readonly string[],
): Promise<HeadPaths> {
  const byFolder = new Map<string, string[]>();
  for (const path of paths) {
    const slash = path.lastIndexOf("/");
    const folder = slash === -1 ? "" : path.slice(0, slash);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path]);
  }
  const answers: Record<string, boolean> = {};
  const cut = new Set<string>();
  await settleAll(
    [...byFolder].map(async ([folder, inFolder]) => {
      const listing = await listFolder(deps, pull, folder);
      for (const path of inFolder) {
        const name = path.slice(folder === "" ? 0 : folder.length + 1);
        if (listing.names.has(name)) answers[path] = true;
        else if (listing.cut !== undefined) cut.add(listing.cut);
        else answers[path] = false;
      }
    }),
  );
  const key = headKey(deps, pull);
  deps.state.headPaths.set(key, { ...deps.state.headPaths.get(key), ...answers });
  return {
    exists: { ...known.exists, ...answers },
    ...(cut.size > 0 ? { unchecked: [...cut].join("; ") } : {}),
  };
}

/**
 * The names in a folder at the PR's head; `cut` says why a name missing
 * from them may still be there (GitHub listed only part of the folder).
 */
async function listFolder(
  deps: EventDeps,
  pull: PullInfo,
  folder: string,
): Promise<{ names: Set<string>; cut: string | undefined }> {
  if (folder === "") {
    const root = await deps.gh.getTree(pull.headSha);
    return {
      names: new Set(root.entries.map((entry) => entry.path)),
      cut: root.truncated ? "GitHub listed only part of the repository's root" : undefined,
    };
  }
  const listing = await deps.gh.listFolder(folder, pull.headSha);
  if (listing.kind !== "folder") return { names: new Set(), cut: undefined };
  return {
    names: new Set(listing.entries),
    cut:
      listing.entries.length >= FOLDER_LIST_LIMIT
        ? `GitHub lists only the first ${FOLDER_LIST_LIMIT.toLocaleString("en-US")} entries of the folder ${folder}`
        : undefined,
  };
}

function headKey(deps: EventDeps, pull: PullInfo): string {
  return `${repoKey(deps.repo)}@${pull.headSha}`;
}
