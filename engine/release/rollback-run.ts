/**
 * `pilot-gate rollback run`: the plan's first three steps in order (freeze,
 * preserve evidence, revert), each idempotent and each through the executor,
 * and a report of what each did: done now, would be done (a dry run), or
 * found done by an earlier run. Smoke re-run and lifting the freeze are left.
 */
import { type Config, UsageError } from "../../core/index.js";
import type { RollbackPlan, RollbackStep } from "../../core/release/index.js";
import { GitHubApiError } from "../../github/errors.js";
import { GitDataError } from "../../github/git-data.js";
import type { Applied } from "../applied.js";
import type { EventDeps } from "../event.js";
import { EvidenceBranchError } from "../evidence/branch-pack.js";
import type { SigningKeySource } from "../evidence/pack.js";
import type { ImmediateOutcome } from "../incidents/immediate-triggers.js";
import { openRollbackFreeze } from "./rollback.js";
import { type IncidentEvidenceOutcome, preserveIncidentEvidence } from "./rollback-evidence.js";
import { type RevertOutcome, revertToTarget } from "./rollback-revert.js";

/** One step of a run: what the executor did with it, and the same in words. */
export interface RollbackStepReport {
  id: "freeze" | "preserve-evidence" | "revert";
  /** none: nothing written (found done before, or nothing to do); planned: a dry run; written: done now. */
  applied: Applied;
  /** True when an earlier run (or a person) had already done it. */
  found: boolean;
  what: string;
}

export interface RollbackRunReport {
  freeze: ImmediateOutcome;
  evidence: IncidentEvidenceOutcome;
  revert: RevertOutcome;
  steps: RollbackStepReport[];
  /** The plan's steps run does not make: the smoke re-run and lifting the freeze. */
  left: RollbackStep[];
}

export interface RollbackRunOptions {
  now: Date;
  dryRun: boolean;
  evidenceBranch: string;
  keys: readonly SigningKeySource[];
  temp: string;
}

/**
 * Runs the freeze, evidence and revert steps of `plan`. A GitHub failure in
 * a later step is a UsageError that names the step and says the earlier
 * ones stand: every step finds its own earlier work, so re-running is safe.
 */
export async function runRollbackSteps(
  deps: EventDeps,
  config: Config,
  plan: Extract<RollbackPlan, { action: "rollback" }>,
  options: RollbackRunOptions,
): Promise<RollbackRunReport> {
  const freeze = await step("freeze", () =>
    openRollbackFreeze(deps, config, plan, options.now, options.dryRun),
  );
  const issue =
    freeze.status === "already-frozen" ||
    (freeze.status === "tripped" && freeze.applied === "written")
      ? freeze.issue
      : undefined;
  const evidence = await step("preserve-evidence", () =>
    preserveIncidentEvidence(deps, config, plan, {
      evidenceBranch: options.evidenceBranch,
      freeze: issue,
      now: options.now,
      dryRun: options.dryRun,
      keys: options.keys,
      temp: options.temp,
    }),
  );
  const revert = await step("revert", () =>
    revertToTarget(deps, config, plan, {
      dryRun: options.dryRun,
      freeze: issue,
      incidentPack: evidence.pack,
    }),
  );
  return {
    freeze,
    evidence,
    revert,
    steps: [
      freezeStep(freeze),
      evidenceStep(evidence, options.evidenceBranch),
      revertStep(revert, plan),
    ],
    left: plan.steps.filter((s) => s.id === "smoke" || s.id === "lift-freeze"),
  };
}

/** `work`, with a GitHub or evidence-branch failure said as the step that failed. */
async function step<T>(id: RollbackStepReport["id"], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (
      error instanceof GitHubApiError ||
      error instanceof GitDataError ||
      error instanceof EvidenceBranchError
    ) {
      throw new UsageError(
        `the ${id} step failed: ${error.message}. The steps before it stand, and each step finds its own earlier work: fix this and re-run rollback run.`,
      );
    }
    throw error;
  }
}

function freezeStep(outcome: ImmediateOutcome): RollbackStepReport {
  const id = "freeze";
  switch (outcome.status) {
    case "tripped":
      return outcome.applied === "written"
        ? {
            id,
            applied: "written",
            found: false,
            what: `opened freeze issue #${outcome.issue} (receipt ${outcome.receipt})`,
          }
        : { id, applied: "planned", found: false, what: "would open the freeze issue" };
    case "already-frozen":
      return {
        id,
        applied: "none",
        found: true,
        what: `freeze issue #${outcome.issue} covers this rollback already`,
      };
    case "not-tripped":
      return { id, applied: "none", found: false, what: `not frozen: ${outcome.reason}` };
    case "refused":
      return { id, applied: "none", found: false, what: `not frozen: ${outcome.error}` };
    default:
      return { id, applied: "none", found: false, what: `not frozen: ${outcome.status}` };
  }
}

function evidenceStep(outcome: IncidentEvidenceOutcome, branch: string): RollbackStepReport {
  const id = "preserve-evidence";
  if (outcome.status === "found") {
    return {
      id,
      applied: "none",
      found: true,
      what: `${outcome.pack} is on ${branch} already; packs are never overwritten`,
    };
  }
  const { checks } = outcome.record;
  const read = checks.read
    ? `${checks.notSucceeded.length} of ${checks.total} check runs did not succeed`
    : `check runs not read: ${checks.reason}`;
  const signed = outcome.signed ? "signed" : "unsigned";
  return outcome.applied === "written"
    ? {
        id,
        applied: "written",
        found: false,
        what: `committed ${outcome.pack} (${signed}) to ${branch} in ${outcome.commit}; ${read}`,
      }
    : {
        id,
        applied: "planned",
        found: false,
        what: `would commit ${outcome.pack} (${signed}) to ${branch}; ${read}`,
      };
}

function revertStep(
  outcome: RevertOutcome,
  plan: Extract<RollbackPlan, { action: "rollback" }>,
): RollbackStepReport {
  const id = "revert";
  const { target } = plan;
  const base = { id, applied: outcome.applied } as const;
  if (outcome.mode === "deploy-ref") {
    if (outcome.status === "found") {
      return {
        ...base,
        found: true,
        what: `${outcome.branch} points at ${target.tag} (${target.sha}) already`,
      };
    }
    const verb = outcome.applied === "written" ? "re-pointed" : "would re-point";
    return {
      ...base,
      found: false,
      what: `${verb} ${outcome.branch} from ${outcome.was} to ${target.tag} (${target.sha})`,
    };
  }
  switch (outcome.status) {
    case "found":
      return {
        ...base,
        found: true,
        what: `revert PR #${outcome.pull?.number} (${outcome.pull?.state}) from ${outcome.branch} is there already: ${outcome.pull?.url}`,
      };
    case "at-target":
      return {
        ...base,
        found: true,
        what: `${outcome.base} already has the tree of ${target.tag}; nothing to revert`,
      };
    default:
      return outcome.applied === "written"
        ? {
            ...base,
            found: false,
            what: `opened revert PR #${outcome.pull?.number} from ${outcome.branch} into ${outcome.base}: ${outcome.pull?.url}`,
          }
        : {
            ...base,
            found: false,
            what: `would open a revert PR from ${outcome.branch} into ${outcome.base} (its one commit: the tree of ${target.tag} on ${outcome.base})`,
          };
  }
}
