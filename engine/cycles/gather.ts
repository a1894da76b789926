/**
 * What the cycle exit gates are judged from, read from GitHub with a fixed
 * number of requests: one list of PRs (capped), the `required-check` of
 * each merged PR a started cycle needs (capped), the evidence branch's files
 * in one listing, the open critical incidents (one conditional list per
 * critical label) and a few named reports. Whatever fails or is cut short
 * is handed to core as unknown, which never meets a criterion.
 */
import type { Config } from "../../core/config/schema.js";
import {
  type CycleIncident,
  type CycleInputs,
  type CyclePull,
  type CycleReportFile,
  criterionKindsOf,
  type PullCheck,
  publishedStories,
  pullsToCheck,
  type Read,
  reportNames,
  reportPaths,
} from "../../core/cycles/index.js";
import { REPORT_LIMIT } from "../../core/limits.js";
import type { GitHubClient, TreeEntry } from "../../github/client.js";
import { readFailure } from "../../github/errors.js";
import { DEFAULT_EVIDENCE_BRANCH, EVIDENCE_ROOT } from "../../github/git-data.js";
import { packRefusal, packVerifier, verifiedReport } from "./verify-packs.js";

/** Pages of 100 PRs read at most: the 500 most recently updated PRs hold a cycle's work. */
export const MAX_PULL_PAGES = 5;
/** Merged PRs whose `required-check` is read at most; the rest are unknown. */
export const MAX_CHECK_READS = 100;
/** Files of one named report read at most: the last ones by path, where newer packs sort. */
export const MAX_REPORT_FILES = 5;

/** Why a read failed, in words for the report, with the next step. */
function failed(error: unknown, what: string): { available: false; reason: string } {
  return { available: false, reason: `${readFailure(error, what).reason}; re-run` };
}

const NOT_NEEDED = { available: false as const, reason: "not read: no started cycle needs it" };

async function readPulls(gh: GitHubClient): Promise<Read<CyclePull>> {
  try {
    const { pulls, truncated } = await gh.listRecentPulls(MAX_PULL_PAGES);
    return {
      available: true,
      items: pulls.map((pull) => ({
        number: pull.number,
        url: pull.url,
        title: pull.title,
        branch: pull.headRef,
        base: pull.baseRef,
        labels: pull.labels,
        headSha: pull.headSha,
        state: pull.state === "open" ? "open" : "closed",
        merged: pull.mergedAt !== null,
      })),
      ...(truncated
        ? {
            truncated: {
              read: pulls.length,
              reason: `only the ${pulls.length} most recently updated PRs are read`,
            },
          }
        : {}),
    };
  } catch (error) {
    return failed(error, "the PRs");
  }
}

/** The App's `required-check` on a merged PR's head, pinned to the App: a workflow may post a check of that name. */
async function readCheck(
  gh: GitHubClient,
  pull: CyclePull,
  name: string,
  appId: number | undefined,
): Promise<PullCheck> {
  if (appId === undefined) {
    return {
      state: "unknown",
      reason: `the App's id is unknown, so its ${name} cannot be told from another's: set protection.app_id in the config (or APP_ID)`,
    };
  }
  try {
    const run = await gh.findLatestCheckRun(pull.headSha, name, appId);
    if (!run) return { state: "missing" };
    const url = run.url ? { url: run.url } : {};
    if (run.status !== "completed") return { state: "pending", ...url };
    return { state: run.conclusion === "success" ? "success" : "failure", ...url };
  } catch (error) {
    return { state: "unknown", reason: failed(error, `the ${name} of #${pull.number}`).reason };
  }
}

async function readCritical(gh: GitHubClient, config: Config): Promise<Read<CycleIncident>> {
  const found = new Map<number, CycleIncident>();
  try {
    // One list per label: GitHub wants every listed label on an issue.
    for (const label of config.incidents.severity_labels.critical) {
      for (const issue of await gh.listOpenIssues(label)) {
        if (!issue.isPull) {
          found.set(issue.number, {
            number: issue.number,
            title: issue.title,
            url: issue.html_url,
          });
        }
      }
    }
  } catch (error) {
    return failed(error, "the open critical incidents");
  }
  return { available: true, items: [...found.values()].sort((a, b) => a.number - b.number) };
}

/** The evidence branch's files, or why they are unknown; no branch is a branch with no files. */
async function readEvidenceTree(
  gh: GitHubClient,
  branch: string,
): Promise<{ entries: TreeEntry[]; truncated: boolean } | { available: false; reason: string }> {
  try {
    const head = await gh.getBranchHead(branch);
    if (head === undefined) return { entries: [], truncated: false };
    return await gh.getTree(head, { recursive: true });
  } catch (error) {
    return failed(error, `the files of ${branch}`);
  }
}

/** Options of one gathering. */
export interface GatherOptions {
  now: Date;
  /** The App's id, which its `required-check` is told apart by; undefined leaves every check unknown. */
  appId: number | undefined;
  /** Default `pilot-evidence`. */
  evidenceBranch?: string;
  /** Where readiness.evidence_keys are read; asked of GitHub when unknown. */
  defaultBranch?: string;
}

/**
 * Reads the cycles' inputs. Requests: 1 per page of PRs (at most
 * MAX_PULL_PAGES); 1 per merged PR a started cycle's stories need (at most
 * MAX_CHECK_READS); 2 for the evidence branch (its head, its files) when a
 * started cycle needs evidence or a report; 1 per critical label when one
 * needs no_open_critical (0 while unchanged: conditional); 1 per named
 * report file (at most MAX_REPORT_FILES a name); with readiness.evidence_keys,
 * 1 per key file and 2 per pack not verified before in this process (see
 * verify-packs.ts). Cycles not started read nothing.
 */
export async function gatherCycleInputs(
  gh: GitHubClient,
  config: Config,
  options: GatherOptions,
): Promise<CycleInputs> {
  const { now, appId } = options;
  const branch = options.evidenceBranch ?? DEFAULT_EVIDENCE_BRANCH;
  const kinds = criterionKindsOf(config, now);
  const web = `https://github.com/${gh.repo.owner}/${gh.repo.repo}`;
  const inputs: CycleInputs = {
    now,
    checkName: config.check.name,
    pulls: NOT_NEEDED,
    evidence: NOT_NEEDED,
    critical: NOT_NEEDED,
    reports: {},
  };
  if (kinds.size === 0) return inputs;

  inputs.pulls = await readPulls(gh);
  if (inputs.pulls.available) {
    const wanted = pullsToCheck(config, inputs.pulls.items, now);
    const checks = new Map<number, PullCheck>();
    for (const [index, pull] of wanted.entries()) {
      checks.set(
        pull.number,
        index < MAX_CHECK_READS
          ? await readCheck(gh, pull, config.check.name, appId)
          : {
              state: "unknown",
              reason: `not read: the cycles need more than ${MAX_CHECK_READS} merged PRs' checks; drop exited cycles`,
            },
      );
    }
    inputs.pulls = {
      ...inputs.pulls,
      items: inputs.pulls.items.map((pull) => {
        const check = checks.get(pull.number);
        return check ? { ...pull, check } : pull;
      }),
    };
  }
  if (kinds.has("no_open_critical")) inputs.critical = await readCritical(gh, config);
  if (kinds.has("evidence_published") || kinds.has("report_passed")) {
    const tree = await readEvidenceTree(gh, branch);
    if ("available" in tree) {
      inputs.evidence = tree;
      for (const name of reportNames(config)) inputs.reports[name] = tree;
    } else {
      const truncated = tree.truncated
        ? { read: tree.entries.length, reason: `${branch} is too large for GitHub to list at once` }
        : undefined;
      const paths = tree.entries.filter((e) => e.type === "blob").map((e) => e.path);
      const verifier = await packVerifier(gh, config, tree.entries, options.defaultBranch);
      inputs.signatures = verifier.kind === "not-checked" ? "not-checked" : "checked";
      const items: { story: string; url: string; unverified?: string }[] = [];
      for (const story of storiesToCheckFirst(config, publishedStories(paths, EVIDENCE_ROOT))) {
        const folder = `${EVIDENCE_ROOT}/story/${story}`;
        const refusal = kinds.has("evidence_published")
          ? await packRefusal(verifier, folder)
          : undefined;
        items.push({
          story,
          url: `${web}/tree/${branch}/${folder}`,
          ...(refusal !== undefined ? { unverified: refusal } : {}),
        });
      }
      inputs.evidence = { available: true, items, ...(truncated ? { truncated } : {}) };
      for (const name of reportNames(config)) {
        const read = await readReports(gh, tree.entries, name, { web, branch, truncated });
        inputs.reports[name] = read.available
          ? { ...read, items: await mapInOrder(read.items, (f) => verifiedReport(verifier, f)) }
          : read;
      }
    }
  }
  return inputs;
}

/** The last MAX_REPORT_FILES files of a named report, each read (a failed read leaves its text unknown). */
async function readReports(
  gh: GitHubClient,
  entries: readonly TreeEntry[],
  name: string,
  where: { web: string; branch: string; truncated: { read: number; reason: string } | undefined },
): Promise<Read<CycleReportFile>> {
  const blobs = new Map(entries.filter((e) => e.type === "blob").map((e) => [e.path, e]));
  const paths = reportPaths([...blobs.keys()], EVIDENCE_ROOT, name).slice(-MAX_REPORT_FILES);
  const items: CycleReportFile[] = [];
  for (const path of paths) {
    const url = `${where.web}/blob/${where.branch}/${path}`;
    const entry = blobs.get(path);
    if (!entry || (entry.size ?? 0) > REPORT_LIMIT.bytes) {
      items.push({
        path,
        url,
        text: undefined,
        unread: `over ${REPORT_LIMIT.bytes} bytes; ${REPORT_LIMIT.advice}`,
      });
      continue;
    }
    try {
      items.push({ path, url, text: (await gh.getBlob(entry.sha)).toString("utf8") });
    } catch (error) {
      items.push({ path, url, text: undefined, unread: failed(error, path).reason });
    }
  }
  return { available: true, items, ...(where.truncated ? { truncated: where.truncated } : {}) };
}

/**
 * The published stories, those a cycle names first: with more packs than
 * one pass verifies, the ones the cycles judge are checked, and the rest
 * (refused as not checked) are stories no cycle lists by id.
 */
function storiesToCheckFirst(config: Config, stories: readonly string[]): string[] {
  const named = new Set(
    Object.values(config.cycles).flatMap((cycle) =>
      (cycle.stories ?? []).map((id) => id.toUpperCase()),
    ),
  );
  const first = stories.filter((story) => named.has(story.toUpperCase()));
  return [...first, ...stories.filter((story) => !named.has(story.toUpperCase()))];
}

/** `fn` over `items` one at a time, in order: each may make a request. */
async function mapInOrder<T, U>(items: readonly T[], fn: (item: T) => Promise<U>): Promise<U[]> {
  const out: U[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}
