import { z } from "zod";
import { LABEL_NAME_CHARS } from "../github-limits.js";
import { codeSpan } from "../render/escape.js";
import { ruleBaseShape } from "./common.js";
import { defineRule } from "./rule.js";

/** A `NO_MERGE` label on the PR blocks it, whoever put it there. */
export const noMergeLabel = defineRule({
  id: "no-merge-label",
  description: "A NO_MERGE label on the PR blocks the merge.",
  options: z.strictObject({
    ...ruleBaseShape,
    label: z
      .string()
      .min(1)
      .max(LABEL_NAME_CHARS, `GitHub takes label names of at most ${LABEL_NAME_CHARS} characters`)
      .default("NO_MERGE")
      .describe("Label that blocks a merge."),
  }),
  check(snapshot, options) {
    const wanted = options.label.toLowerCase();
    const found = snapshot.labels.find((label) => label.toLowerCase() === wanted);
    if (!found) return [];
    return [
      {
        ruleId: "no-merge-label",
        severity: "blocking",
        source: "labels",
        message: `The PR carries the ${codeSpan(found)} label. Resolve what it was added for, then remove the label to unblock the merge.`,
      },
    ];
  },
});
