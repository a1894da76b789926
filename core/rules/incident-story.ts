import { z } from "zod";
import { findIds } from "../ids.js";
import { STORY_RULE_ID, storyIncidentFindings } from "../incidents/stories.js";
import { ownNodes, proseText } from "../markdown/body.js";
import { inertText } from "../render/escape.js";
import { ruleBaseShape } from "./common.js";
import { defineRule, type RuleContext, type RuleDefinition } from "./rule.js";

const options = z.strictObject({ ...ruleBaseShape });

/** The stories a PR is for: the id in its branch name and the ids of its Story ID section. */
function pullStories(context: RuleContext): string[] {
  const ids = new Set<string>();
  if (context.branch?.storyId) ids.add(context.branch.storyId);
  const section = context.body.byId.get("story_id");
  if (section) {
    const text = `${section.inlineValue}\n${proseText(ownNodes(section))}`;
    for (const id of findIds(text, context.config.ids.pattern)) ids.add(id);
  }
  return [...ids];
}

/**
 * An open high incident that names a story blocks that story's PRs; an open
 * medium one is shown on them with its owner and due date, without
 * blocking. Runs when `incidents.enabled` is on; settings are under
 * `incidents:`.
 */
export const incidentStory: RuleDefinition<typeof options> = defineRule({
  id: STORY_RULE_ID,
  description:
    "No merges for a story while a high incident naming it is open; medium incidents on it are shown.",
  options,
  active: (config) => config.incidents.enabled,
  check(snapshot, _options, context) {
    const stories = pullStories(context);
    if (stories.length === 0) return [];
    const incidents = snapshot.incidentState?.storyIncidents;
    if (!incidents) {
      return [
        {
          ruleId: STORY_RULE_ID,
          severity: "info",
          message: `Open incidents were not read here, so whether one blocks story ${inertText(stories.join(", "))} was not checked; the App and the Action check it on GitHub.`,
        },
      ];
    }
    return storyIncidentFindings(
      { branch: snapshot.branch, base: snapshot.base, title: snapshot.title, body: snapshot.body },
      stories,
      incidents,
      context.config.incidents,
    );
  },
});
