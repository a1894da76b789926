import type { Config } from "../../core/config/schema.js";
import { evaluateWithLabels } from "../../core/evaluate.js";
import type { PullRequestSnapshot, Verdict } from "../../core/types.js";

/**
 * How the App judges a PR: `evaluateWithLabels`, here (the Action and the
 * CLI, one event at a time) or in a pool of workers (`EvaluationPool`).
 */
export interface Evaluator {
  evaluate(
    snapshot: PullRequestSnapshot,
    config: Config,
    labelSets: readonly (readonly string[])[],
  ): Promise<Verdict[]>;
}

/** Evaluates on the caller's thread: for a process that handles one event. */
export const INLINE_EVALUATOR: Evaluator = {
  evaluate: async (snapshot, config, labelSets) => evaluateWithLabels(snapshot, config, labelSets),
};
