import { z } from "zod";
import { waveOf } from "../incidents/model.js";
import { WIP_RULE_ID, wipFinding } from "../incidents/wip.js";
import { inertText } from "../render/escape.js";
import { ruleBaseShape } from "./common.js";
import { defineRule, type RuleDefinition } from "./rule.js";

const options = z.strictObject({ ...ruleBaseShape });

/**
 * At most `incidents.wip_limit` open, non-draft PRs per wave; the next one
 * is blocked, naming those in flight. Runs when `incidents.enabled` is on.
 */
export const wipLimit: RuleDefinition<typeof options> = defineRule({
  id: WIP_RULE_ID,
  description: "At most incidents.wip_limit open, non-draft PRs per wave.",
  options,
  active: (config) => config.incidents.enabled,
  check(snapshot, _options, { config }) {
    const wave = waveOf(snapshot, config.incidents);
    if (!wave || snapshot.draft) return [];
    const openPulls = snapshot.incidentState?.openPulls;
    if (!openPulls || snapshot.number === undefined) {
      return [
        {
          ruleId: WIP_RULE_ID,
          severity: "info",
          message: `Open PRs were not read here, so the WIP limit of wave ${inertText(wave)} was not checked; the App and the Action check it on GitHub.`,
        },
      ];
    }
    const finding = wipFinding(
      {
        number: snapshot.number,
        branch: snapshot.branch,
        title: snapshot.title,
        labels: snapshot.labels,
        draft: false,
      },
      openPulls,
      config.incidents,
    );
    return finding ? [finding] : [];
  },
});
