import { PR_TEMPLATE_DIRS, PR_TEMPLATE_NAME, pickPrTemplateName } from "../../core/index.js";
import type { TreeEntry } from "../../github/client.js";
import { readThrough } from "../cache.js";
import { type EventDeps, repoKey } from "../event.js";
import type { CachedTemplate } from "../state.js";

/** Where `pilot-gate init` writes the template, and where most repositories keep it. */
const TEMPLATE_PATH = `.github/${PR_TEMPLATE_NAME}`;

/**
 * The repository's PR template on its default branch, as GitHub would
 * prefill a new PR with it, or `undefined` when it has none (the rules then
 * use the built-in template alone). Cached per repository like the config
 * (see `loadRepoConfig`): no request while younger than
 * `configCacheSeconds`, then revalidated.
 *
 * The lookup asks for `.github/pull_request_template.md` first, with
 * `If-None-Match` once read (a 304 costs no rate limit): one request finds
 * the template where `pilot-gate init` writes it. Only when that file is
 * not there does it follow GitHub's full lookup (`PR_TEMPLATE_DIRS`, the
 * name in any case, `.md`, `.txt` or none) through git trees: the default
 * branch's root tree, and the `.github/` and `docs/` trees it names, each
 * listed again only when its sha changed; a template found there is read by
 * its blob sha, again only when changed. A repository without a template
 * so costs, once per cache period, the 404 and the root tree, plus a tree
 * per template folder it has.
 *
 * A failed read keeps the last template read, or throws when there is none,
 * so the event fails closed through the guard (as for the config).
 */
export async function loadPrTemplate(deps: EventDeps): Promise<string | undefined> {
  const entry = await readThrough(
    deps,
    deps.state.templates,
    repoKey(deps.repo),
    "the PR template",
    (cached, now) => lookUp(deps, cached, now),
  );
  return entry.found?.text;
}

async function lookUp(
  deps: EventDeps,
  cached: CachedTemplate | undefined,
  now: number,
): Promise<CachedTemplate> {
  const { gh, repo } = deps;
  // The usual path is asked first unless the last lookup found the template
  // elsewhere, or none: a template added at the usual path changes the
  // `.github` tree, which the full lookup sees, so a second 404 buys nothing.
  if (!cached || cached.found?.path === TEMPLATE_PATH) {
    const etag = cached?.found?.path === TEMPLATE_PATH ? cached.found.etag : undefined;
    const answer = await gh.getRawFile(TEMPLATE_PATH, repo.defaultBranch, etag);
    if (answer.kind === "not-modified" && cached) return { ...cached, fetchedAt: now };
    if (answer.kind === "found") {
      return {
        fetchedAt: now,
        found: { path: TEMPLATE_PATH, text: answer.text, etag: answer.etag, sha: undefined },
        folders: {},
      };
    }
  }

  const root = await gh.getTree(repo.defaultBranch);
  const folders: CachedTemplate["folders"] = {};
  for (const dir of PR_TEMPLATE_DIRS) {
    let files: TemplateFolder["files"];
    if (dir === "") {
      files = filesOf(root.entries);
    } else {
      const tree = root.entries.find((entry) => entry.path === dir && entry.type === "tree");
      if (!tree) continue;
      const known = cached?.folders[dir];
      files = known?.sha === tree.sha ? known.files : filesOf((await gh.getTree(tree.sha)).entries);
      folders[dir] = { sha: tree.sha, files };
    }
    const name = pickPrTemplateName(files.map((file) => file.name));
    const file = files.find((candidate) => candidate.name === name);
    if (!file) continue;
    const path = dir ? `${dir}/${file.name}` : file.name;
    const text =
      cached?.found?.sha === file.sha
        ? cached.found.text
        : (await gh.getBlob(file.sha)).toString("utf8");
    return { fetchedAt: now, found: { path, text, etag: undefined, sha: file.sha }, folders };
  }
  return { fetchedAt: now, found: undefined, folders };
}

type TemplateFolder = CachedTemplate["folders"][string];

/** The files (blobs) of a tree listing, by name. */
function filesOf(entries: readonly TreeEntry[]): TemplateFolder["files"] {
  return entries.flatMap((entry) =>
    entry.type === "blob" ? [{ name: entry.path, sha: entry.sha }] : [],
  );
}
