import type { EventDeps } from "../../engine/event.js";
import { executePlan } from "../../engine/execute.js";

/** A reply to a command: after the verdict, so its failure is only logged (see `followUp`). */
export async function replyOn(deps: EventDeps, issue: number, body: string, dryRun: boolean) {
  const write = { kind: "create-comment" as const, issue, body };
  await executePlan(deps, [{ ...write, failure: "follow-up", what: `reply on #${issue}` }], {
    dryRun,
  });
}
