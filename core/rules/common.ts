import { z } from "zod";

/**
 * Keys every rule accepts. `severity: warning` keeps a rule visible but stops
 * it from blocking, the usual first step when a team adopts a rule.
 */
export const ruleBaseShape = {
  enabled: z.boolean().default(true).describe("Run this rule."),
  severity: z
    .enum(["blocking", "warning"])
    .default("blocking")
    .describe(
      "`blocking` findings make the verdict NO_MERGE; `warning` reports them without blocking.",
    ),
};
