/**
 * What `pilot-gate rollback run` preserves of the release it rolls back:
 * the incident record packed (scope `incident`) on the evidence branch.
 * Pure: the engine reads the check runs and the freeze issue, and packs.
 */
import type { HeadCheckRun } from "../ci/required-checks.js";
import { PACK_ID_PATTERN } from "../evidence/schema.js";

/** The file of the incident pack that holds the record, under files/. */
export const INCIDENT_FILE = "incident.json";

/** A check run on the rolled-back commit that did not succeed. */
export interface FailedCheck {
  name: string;
  status: string;
  conclusion: string | null;
  url: string | null;
}

/**
 * The check runs read on the rolled-back commit: those that did not
 * succeed, or that they could not all be read (never "none failed" then).
 */
export type CheckRunsRecord =
  | { read: true; total: number; notSucceeded: FailedCheck[] }
  | { read: false; reason: string };

/** `incident.json`: what happened, where, and how to see it again. */
export interface IncidentRecord {
  version: 1;
  kind: "rollback-incident";
  /** The release rolled back and the release rolled back to, each with its commit. */
  rolledBack: { tag: string; sha: string };
  target: { tag: string; sha: string };
  /** The freeze issue; null when it was not opened (a dry run, or no freeze). */
  freeze: { issue: number; url: string } | null;
  checks: CheckRunsRecord;
  /** Shell commands that bring the rolled-back release back and run its smoke. */
  reproduce: string[];
  /** Said when the config names no smoke command, so the list is not read as complete. */
  note?: string;
}

/** The incident pack's id for rolling back `from`: one per release rolled back. */
export function incidentPackId(from: string): string {
  const id = `rollback-${from}`;
  // from is a release tag (vX.Y.Z[-rc.N]), so this holds; a guard, not a branch.
  if (!PACK_ID_PATTERN.test(id))
    throw new Error(`${id} is not a pack id; this is a pilot-gate bug`);
  return id;
}

/**
 * The check runs of a commit that did not succeed, newest run of each
 * name (GitHub lists every re-run), sorted by name. A list cut short
 * (`total` above what was read) is recorded as not read: the runs left out
 * may be the failing ones.
 */
export function checkRunsRecord(runs: readonly HeadCheckRun[], total: number): CheckRunsRecord {
  if (total > runs.length) {
    return {
      read: false,
      reason: `GitHub counts ${total} check runs on the commit and only ${runs.length} were read`,
    };
  }
  const newest = new Map<string, HeadCheckRun>();
  for (const run of runs) {
    const seen = newest.get(run.name);
    if (seen === undefined || run.id > seen.id) newest.set(run.name, run);
  }
  const notSucceeded = [...newest.values()]
    .filter((run) => run.conclusion !== "success")
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((run) => ({
      name: run.name,
      status: run.status,
      conclusion: run.conclusion,
      url: run.url ?? null,
    }));
  return { read: true, total: newest.size, notSucceeded };
}

/**
 * The incident record of a rollback from `rolledBack` to `target`; the
 * reproduce commands check out the rolled-back commit and run the config's
 * smoke commands, in order.
 */
export function rollbackIncident(input: {
  rolledBack: { tag: string; sha: string };
  target: { tag: string; sha: string };
  freeze: IncidentRecord["freeze"];
  checks: CheckRunsRecord;
  smokeCommands: readonly string[];
}): IncidentRecord {
  const { rolledBack, smokeCommands } = input;
  return {
    version: 1,
    kind: "rollback-incident",
    rolledBack,
    target: input.target,
    freeze: input.freeze,
    checks: input.checks,
    reproduce: [
      `git fetch origin ${rolledBack.sha}`,
      `git checkout ${rolledBack.sha}`,
      ...smokeCommands,
    ],
    ...(smokeCommands.length === 0
      ? {
          note: "smoke.commands is empty in the config, so no smoke command is listed; run the smoke suite by hand",
        }
      : {}),
  };
}
