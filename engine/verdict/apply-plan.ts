import type { Receipt } from "../../core/index.js";
import type { Plan } from "../../core/plan.js";
import type { Write } from "../../core/write-plan.js";
import { appLabelKey, type EventDeps, labelWriteKey } from "../event.js";
import { type ExecutedWrite, executePlan } from "../execute.js";
import type { KnownCheckRun } from "../state.js";
import { checkRunWrite, rememberCheckRun, toCheckRunWrite } from "./check-runs.js";

/** Where and how a verdict plan is published. */
export interface ApplyTarget {
  /** Commit the check run goes on. */
  checkSha: string;
  /** PR whose labels the plan may change; `undefined` leaves labels alone (merge groups, errors). */
  pullNumber: number | undefined;
  existing: KnownCheckRun | undefined;
  /** Every receipt to keep in the check run. */
  receipts: Receipt[];
}

/**
 * The writes that publish a verdict plan, complete: the check run first
 * (receipts and markers in its summary, or nothing when it is unchanged), so
 * the verdict is visible even if a label write fails, then the label
 * changes as follow-ups (see `followUp`).
 */
export function verdictWrites(deps: EventDeps, plan: Plan, target: ApplyTarget): Write[] {
  const checkRun =
    plan.checkRun && !deps.state.options.checkRunButtons
      ? { ...plan.checkRun, actions: [] }
      : plan.checkRun;
  const writes: Write[] = [];
  if (checkRun) {
    const body = toCheckRunWrite(checkRun, target.receipts, deps.state.options.now());
    const write = checkRunWrite(deps, target.checkSha, body, target.existing);
    if (write) writes.push(write);
  }
  const issue = target.pullNumber;
  if (issue === undefined) return writes;
  if (plan.labels.add.length > 0) {
    const labels = plan.labels.add;
    writes.push({
      kind: "add-labels",
      issue,
      labels,
      failure: "follow-up",
      what: `add ${labels.join(", ")} to #${issue}`,
    });
  }
  for (const label of plan.labels.remove) {
    writes.push({
      kind: "remove-label",
      issue,
      label,
      failure: "follow-up",
      what: `remove ${label} from #${issue}`,
    });
  }
  return writes;
}

/**
 * What this process remembers of writes made: the check run (so the next
 * event on the commit needs no lookup) and its own label changes (so their
 * echoes are recognised and the label is known to be the App's).
 */
export function rememberWrites(
  deps: EventDeps,
  executed: readonly ExecutedWrite[],
  receipts: Receipt[],
): void {
  for (const { write, made, id } of executed) {
    if (!made) continue;
    const runId = write.kind === "check-run" ? (write.update ?? id) : undefined;
    if (write.kind === "check-run" && runId !== undefined) {
      rememberCheckRun(deps, write, runId, receipts);
    } else if (write.kind === "add-labels") {
      for (const label of write.labels) rememberLabel(deps, write.issue, "labeled", label);
    } else if (write.kind === "remove-label") {
      rememberLabel(deps, write.issue, "unlabeled", write.label);
    }
  }
}

function rememberLabel(
  deps: EventDeps,
  pull: number,
  action: "labeled" | "unlabeled",
  label: string,
): void {
  deps.state.labelWrites.set(labelWriteKey(deps.repo, pull, action, label), true);
  const key = appLabelKey(deps.repo, pull, label);
  if (action === "labeled") deps.state.appLabels.set(key, true);
  else deps.state.appLabels.delete(key);
}

/** Publishes a verdict plan on its own: its writes, executed, then remembered. */
export async function applyPlan(
  deps: EventDeps,
  plan: Plan,
  target: ApplyTarget,
  { dryRun }: { dryRun: boolean },
): Promise<void> {
  const executed = await executePlan(deps, verdictWrites(deps, plan, target), { dryRun });
  rememberWrites(deps, executed, target.receipts);
}
