import type { Receipt } from "../../core/index.js";
import type { Plan } from "../../core/plan.js";
import { appLabelKey, type EventDeps, type KnownCheckRun, labelWriteKey } from "../state.js";
import { toCheckRunWrite, writeCheckRun } from "./check-runs.js";

/** Where and how a plan is applied. */
export interface ApplyTarget {
  /** Commit the check run goes on. */
  checkSha: string;
  /** PR whose labels the plan may change; `undefined` leaves labels alone (merge groups, errors). */
  pullNumber: number | undefined;
  existing: KnownCheckRun | undefined;
  /** Every receipt to keep in the check run. */
  receipts: Receipt[];
  dryRun: boolean;
}

/**
 * The executor: makes the plan's writes in order (the check run first, so
 * the verdict is visible even if a label write fails), or in dry run only
 * logs them. Label writes happen only when the plan changes labels, and a
 * failed one is logged, not thrown (see `followUp`).
 */
export async function applyPlan(deps: EventDeps, plan: Plan, target: ApplyTarget): Promise<void> {
  const checkRun =
    plan.checkRun && !deps.state.options.checkRunButtons
      ? { ...plan.checkRun, actions: [] }
      : plan.checkRun;
  const write = checkRun
    ? toCheckRunWrite(checkRun, target.receipts, deps.state.options.now())
    : undefined;
  const labels = target.pullNumber === undefined ? { add: [], remove: [] } : plan.labels;

  if (target.dryRun) {
    const writes = [
      ...(write
        ? [
            `${target.existing && target.existing.annotationsCount === 0 ? "update" : "create"} check run "${write.name}" on ${target.checkSha}: ${write.conclusion}, "${write.title}", ${write.annotations.length} annotation(s)`,
          ]
        : []),
      ...labels.add.map((label) => `add label ${label} to #${target.pullNumber}`),
      ...labels.remove.map((label) => `remove label ${label} from #${target.pullNumber}`),
    ];
    deps.log.info(
      { dryRun: true, writes, plan: { checkRun: write, labels } },
      `dry run: ${writes.length} planned write(s) not made${writes.length > 0 ? `: ${writes.join("; ")}` : ""}`,
    );
    return;
  }

  if (write) await writeCheckRun(deps, target.checkSha, write, target.receipts, target.existing);
  const pull = target.pullNumber;
  if (pull !== undefined) {
    const made = (action: "labeled" | "unlabeled", label: string) => {
      deps.state.labelWrites.set(labelWriteKey(deps.repo, pull, action, label), true);
      const key = appLabelKey(deps.repo, pull, label);
      if (action === "labeled") deps.state.appLabels.set(key, true);
      else deps.state.appLabels.delete(key);
    };
    if (labels.add.length > 0) {
      const added = await followUp(deps, `add ${labels.add.join(", ")} to #${pull}`, () =>
        deps.gh.addLabels(pull, labels.add),
      );
      if (added) for (const label of labels.add) made("labeled", label);
    }
    for (const label of labels.remove) {
      const removed = await followUp(deps, `remove ${label} from #${pull}`, () =>
        deps.gh.removeLabel(pull, label),
      );
      if (removed) made("unlabeled", label);
    }
  }
}

/**
 * A write that follows the verdict (a label, a reply, a reaction): its
 * failure is logged and left for the next event, which plans the same write
 * again, and never replaces the verdict already published with "could not
 * evaluate". Returns whether it was made.
 */
export async function followUp(
  deps: Pick<EventDeps, "log" | "followUpErrors">,
  what: string,
  write: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    deps.followUpErrors?.push(error);
    deps.log.warn(
      { err: error },
      `could not ${what} (${error instanceof Error ? error.message : String(error)}); the verdict stands, and the next event tries again`,
    );
    return false;
  }
}
