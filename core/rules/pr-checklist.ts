import { z } from "zod";
import { regexSource } from "../config/regex.js";
import { sectionId } from "../config/sections.js";
import { ruleBaseShape } from "./common.js";
import { defineRule } from "./rule.js";

/** Text that stands in for content in templates; a section holding only these is unfilled. */
export const DEFAULT_PLACEHOLDERS = [
  "^<[^>]*>$",
  "^(?:TBD|TBC|TODO|FIXME|XXX)\\.?$",
  "^(?:\\.{3}|…)$",
  "^[-_*]+$",
  "^\\[[^\\]]*\\]\\(\\s*\\)$",
];

export const prChecklist = defineRule({
  id: "pr-checklist",
  description:
    "The PR body fills every required section: Story ID, Definition of Ready/Done, residual risks, evidence, runbook impact.",
  options: z.strictObject({
    ...ruleBaseShape,
    required_sections: z
      .array(sectionId)
      .default([
        "story_id",
        "definition_of_ready",
        "definition_of_done",
        "residual_risks",
        "evidence",
        "runbook_impact",
      ])
      .describe("Section ids that must be present and filled."),
    task_sections: z
      .array(sectionId)
      .default(["definition_of_ready", "definition_of_done"])
      .describe("Sections whose task items must all be checked (or say `N/A: <reason>`)."),
    placeholders: z
      .array(regexSource)
      .default(DEFAULT_PLACEHOLDERS)
      .describe(
        "Regexes for placeholder text that does not count as content, tested against each trimmed line.",
      ),
    story_matches_branch: z
      .boolean()
      .default(true)
      .describe("The Story ID must equal the id in the branch name."),
  }),
  check() {
    return [];
  },
});
