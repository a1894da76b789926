import { z } from "zod";
import { FREEZE_RULE_ID, freezeFindings } from "../incidents/freeze.js";
import { ruleBaseShape } from "./common.js";
import { defineRule, type RuleDefinition } from "./rule.js";

const options = z.strictObject({ ...ruleBaseShape });

/**
 * While a critical incident is open, or an issue carrying the freeze label,
 * PRs into the frozen branches are blocked; a hotfix PR that references the
 * incident is exempt. Runs when `incidents.enabled` is on; settings are
 * under `incidents:`.
 */
export const incidentFreeze: RuleDefinition<typeof options> = defineRule({
  id: FREEZE_RULE_ID,
  description: "No merges into frozen branches while a critical incident or a freeze is open.",
  options,
  active: (config) => config.incidents.enabled,
  check(snapshot, _options, { config }) {
    if (!snapshot.incidentState) {
      return [
        {
          ruleId: FREEZE_RULE_ID,
          severity: "info",
          message:
            "Open incidents and freezes were not read here, so merge freezes were not checked; the App and the Action check them on GitHub.",
        },
      ];
    }
    return freezeFindings(
      {
        branch: snapshot.branch,
        base: snapshot.base,
        title: snapshot.title,
        body: snapshot.body,
        labels: snapshot.labels,
      },
      snapshot.incidentState.incidents,
      snapshot.incidentState.freezes,
      config.incidents,
    );
  },
});
