import { branchName } from "./branch-name.js";
import { governanceFiles } from "./governance-files.js";
import { incidentFreeze } from "./incident-freeze.js";
import { incidentStory } from "./incident-story.js";
import { noMergeLabel } from "./no-merge-label.js";
import { prChecklist } from "./pr-checklist.js";
import { requiredChecks } from "./required-checks.js";
import { residualRisks } from "./residual-risks.js";
import { wipLimit } from "./wip-limit.js";

/**
 * Every rule, in the order results are shown. A key under `rules:` in the
 * config that is not an id here is a config error naming it.
 */
export const RULES = [
  branchName,
  prChecklist,
  residualRisks,
  noMergeLabel,
  governanceFiles,
  incidentFreeze,
  incidentStory,
  wipLimit,
  requiredChecks,
] as const;

export type RuleId = (typeof RULES)[number]["id"];
