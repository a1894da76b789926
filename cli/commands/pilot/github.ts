import type { PilotIssueKind, PlannedPilotIssue } from "../../../core/gates/pilot/issues.js";
import { UsageError } from "../../../core/index.js";
import type { EventDeps } from "../../../engine/event.js";
import type { CliIO } from "../../../engine/io.js";
import { type SyncedPilotIssue, syncPilotIssues } from "../../../engine/pilot/issues.js";
import { GitHubApiError } from "../../../github/errors.js";
import { repositoryOf } from "../../github.js";
import { stderrLog } from "../../log.js";
import { tokenClient } from "../../repository-config.js";

/** The options every pilot command that opens issues takes, besides its own. */
export const ISSUE_COMMAND_OPTIONS = {
  repo: { type: "string" },
  dir: { type: "string", default: "." },
  config: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** What the pilot commands that open issues need of a token. */
export const PILOT_TOKEN_NEEDS = "Issues: Read and write (Read with --dry-run)";

/** The client and log a pilot command writes issues with, for --repo (or GITHUB_REPOSITORY) and GITHUB_TOKEN. */
export function pilotGitHub(
  io: CliIO,
  repo: string | undefined,
): { deps: Pick<EventDeps, "gh" | "log">; repository: string } {
  const repository = repositoryOf(repo ?? io.env.GITHUB_REPOSITORY);
  const gh = tokenClient(io, repository, {
    unset: "GITHUB_TOKEN is not set, so the pilot's issues cannot be read or written",
    hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${PILOT_TOKEN_NEEDS} on the repository`,
  });
  return {
    deps: { gh, log: stderrLog(io) },
    repository: `${repository.owner}/${repository.repo}`,
  };
}

/**
 * Runs `work`, turning a GitHub failure into a `UsageError` that says what
 * was being done, why it failed and what the token needs; the issues made
 * before it are found again by the next run, so it is safe to re-run.
 */
export async function explainGitHub<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    throw new UsageError(
      `cannot ${what}: ${error.reason}. The token needs ${PILOT_TOKEN_NEEDS}; issues opened before the failure are found again (not duplicated) when you re-run.`,
    );
  }
}

/**
 * Opens, updates or leaves each of a pilot command's issues in --repo (see
 * syncPilotIssues), a GitHub failure explained as `explainGitHub` does.
 */
export async function syncIssuesIn(
  io: CliIO,
  repo: string | undefined,
  request: { kind: PilotIssueKind; pilot: string; label: string; issues: PlannedPilotIssue[] },
  dryRun: boolean,
): Promise<{ synced: SyncedPilotIssue[]; repository: string }> {
  const { deps, repository } = pilotGitHub(io, repo);
  const what = request.kind === "pilot-review" ? "review" : "outreach";
  const synced = await explainGitHub(`sync the ${what} issues in ${repository}`, () =>
    syncPilotIssues(deps, request, { dryRun }),
  );
  return { synced, repository };
}

/**
 * An issue's step as the text output says it: "#12 opened", "#3 updated",
 * "would open" (a write the executor did not make: a dry run), "#3 up to date".
 */
export function stepText(step: SyncedPilotIssue): string {
  const verb = {
    create: ["would open", "opened"],
    update: ["would update", "updated"],
    unchanged: ["up to date", "up to date"],
  }[step.action][Number(step.made)];
  return `${step.number ? `#${step.number} ` : ""}${verb}`;
}

/** How many of the issues' writes were made, in words for the summary line. */
export function writesText(synced: readonly SyncedPilotIssue[]): string {
  const planned = synced.filter((s) => s.action !== "unchanged").length;
  const made = synced.filter((s) => s.made).length;
  return made === planned
    ? `${made} write(s) made`
    : `${made} of ${planned} planned write(s) made (a dry run makes none)`;
}
