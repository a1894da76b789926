import { parentPort } from "node:worker_threads";
import type { Config } from "../core/config/schema.js";
import { evaluateWithLabels } from "../core/evaluate.js";
import type { PullRequestSnapshot } from "../core/types.js";

/** One evaluation, as `EvaluationPool` posts it. */
export interface EvaluationTask {
  id: number;
  snapshot: PullRequestSnapshot;
  config: Config;
  labelSets: string[][];
}

/**
 * A worker of the App's evaluation pool (bundled to dist/evaluation-worker.js):
 * judges one PR at a time off the App's event loop, so a PR built to be slow
 * to judge holds one worker, which the pool stops at its time budget, and
 * never the App's other events.
 */
parentPort?.on("message", (task: EvaluationTask) => {
  const verdicts = evaluateWithLabels(task.snapshot, task.config, task.labelSets);
  parentPort?.postMessage({ id: task.id, verdicts });
});
// Loaded: the pool's clock for a task starts now, not while the worker starts.
parentPort?.postMessage({ ready: true });
