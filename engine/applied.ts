import type { ExecutedWrite } from "./execute.js";

/**
 * What the executor did with a check's writes, so a report words itself
 * from what happened rather than from the dry-run option: no write was due,
 * the writes were only planned (a dry run logs them), or they were written.
 */
export type Applied = "none" | "planned" | "written";

/**
 * The `Applied` of writes the executor returned, read from its `fails-event`
 * writes: one of those that fails throws, so one not made was only planned.
 * A `follow-up` write not made may have failed instead (see `followUp`), so
 * it says nothing about a dry run and is left out.
 */
export function appliedOf(executed: readonly ExecutedWrite[]): Applied {
  const decisive = executed.filter(({ write }) => write.failure === "fails-event");
  if (decisive.length === 0) return "none";
  return decisive.every((write) => write.made) ? "written" : "planned";
}
