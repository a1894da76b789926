import { z } from "zod";
import { requiredCheckItem } from "../ci/required-checks.js";
import { cyclesConfigSchema, storyIdIssues } from "../cycles/config.js";
import { parityConfigSchema } from "../gates/parity/config.js";
import { pilotConfigSchema } from "../gates/pilot/config.js";
import { readinessConfigSchema } from "../gates/readiness/config.js";
import { smokeConfigSchema } from "../gates/smoke/config.js";
import { DEFAULT_ID_PATTERN } from "../ids.js";
import { incidentsConfigSchema } from "../incidents/config.js";
import { MAX_REQUIRED_CHECKS } from "../limits.js";
import { protectionConfigSchema } from "../protection/config.js";
import { rollbackConfigSchema } from "../release/rollback-config.js";
import { branchName } from "../rules/branch-name.js";
import { governanceFiles } from "../rules/governance-files.js";
import { incidentFreeze } from "../rules/incident-freeze.js";
import { incidentStory } from "../rules/incident-story.js";
import { noMergeLabel } from "../rules/no-merge-label.js";
import { prChecklist } from "../rules/pr-checklist.js";
import { requiredChecks } from "../rules/required-checks.js";
import { residualRisks } from "../rules/residual-risks.js";
import { wipLimit } from "../rules/wip-limit.js";
import { siteConfigSchema } from "../site/config.js";
import { regexSource } from "./regex.js";
import { roleName, rolesSchema } from "./roles.js";
import { sectionsSchema } from "./sections.js";

export { CONFIG_PATH } from "./path.js";

/**
 * The one source of truth for `.github/pilot-gate.yml`: the types, the
 * defaults (the playbook) and `schemas/pilot-gate.schema.json` all come from
 * here. Every object is strict so a misspelt key is an error, not a silently
 * ignored setting.
 */
export const configSchema = z
  .strictObject({
    _extends: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Inherit settings from another config, read from its repository's default branch: `repo` or `owner/repo` (that repository's `.github/pilot-gate.yml`), or `owner/repo:path/to/file.yml`. This file's settings win; mappings merge key by key, lists are replaced whole. The GitHub App and the pull-request Action follow it; the CLI and the other Actions read this file alone. A repository without this file gets its organisation's, from its `.github` repository.",
      ),
    ids: z
      .strictObject({
        pattern: regexSource
          .default(DEFAULT_ID_PATTERN)
          .describe(
            "Regex (no anchors) for story and incident ids such as S-PC-01, RB-M06-001, INC-42.",
          ),
      })
      .prefault({})
      .describe("What a story or incident id looks like."),
    sections: sectionsSchema,
    roles: rolesSchema,
    check: z
      .strictObject({
        name: z
          .string()
          .min(1)
          .max(100)
          .default("required-check")
          .describe("Name of the check run branch protection requires."),
        drafts: z
          .enum(["report", "enforce", "skip", "neutral"])
          // GitHub counts a neutral conclusion as passing, and a draft's check
          // stays on its head when it is marked ready: were that event missed,
          // the PR would be mergeable unjudged. `neutral` is kept so configs
          // written for it still load, and means `report`.
          .default("report")
          .transform((value) => (value === "neutral" ? "report" : value))
          .describe(
            "Draft PRs: `report` posts the real verdict (titled `Draft:`) without adding the NO_MERGE label, `enforce` treats them like any PR, `skip` posts nothing. `neutral`, from older configs, means `report`: a draft's check is never neutral, since GitHub counts neutral as passing.",
          ),
        dry_run: z
          .boolean()
          .default(false)
          .describe(
            "Log the planned check runs and label changes instead of making them (also DRY_RUN=true).",
          ),
        require: z
          .array(requiredCheckItem)
          .max(MAX_REQUIRED_CHECKS)
          .default([])
          .describe(
            "The team's CI checks this check folds in: it passes only once each has passed on the PR's head, and reads `waiting for: …` while any is still running. Branch protection then needs this check alone.",
          ),
        require_timeout: z
          .number()
          .int()
          .min(1)
          .max(7 * 24 * 60)
          .default(60)
          .describe(
            "Minutes after CI starts on a commit before a required check that has not appeared is reported as missing rather than awaited.",
          ),
      })
      .superRefine((check, ctx) => {
        check.require.forEach((item, index) => {
          const name = typeof item === "string" ? item : item.name;
          if (name === check.name) {
            ctx.addIssue({
              code: "custom",
              path: ["require", index],
              message: `${name} is this check's own name (check.name): remove it from check.require, the check cannot wait for itself`,
            });
          }
        });
      })
      .prefault({})
      .describe("The check run the App and the Action post."),
    overrides: z
      .strictObject({
        permission: z
          .enum(["write", "maintain", "admin"])
          .default("maintain")
          .describe(
            "Lowest repository permission that may override a rule with `/pilot-gate override`.",
          ),
        roles: z
          .array(roleName)
          .default([])
          .describe("Roles whose holders may override whatever their permission."),
        carry_over: z
          .boolean()
          .default(false)
          .describe(
            "Keep overrides after a new push. Off: an override covers only the commit it was made on. On: it keeps covering the same findings (by fingerprint) on later commits, never new ones.",
          ),
        not_by_author: z
          .array(
            z.enum([
              branchName.id,
              prChecklist.id,
              residualRisks.id,
              noMergeLabel.id,
              governanceFiles.id,
              incidentFreeze.id,
              incidentStory.id,
              wipLimit.id,
              requiredChecks.id,
            ]),
          )
          .default([governanceFiles.id])
          .describe(
            "Rules a PR's author may not override on their own PR, whatever their permission (separation of duties): by default `governance-files`, so changing ownership or thresholds always takes a second person.",
          ),
      })
      .prefault({})
      .describe("Who may accept a blocking finding with a comment, leaving a receipt."),
    rules: z
      .strictObject({
        [branchName.id]: branchName.options.prefault({}).describe(branchName.description),
        [prChecklist.id]: prChecklist.options.prefault({}).describe(prChecklist.description),
        [residualRisks.id]: residualRisks.options.prefault({}).describe(residualRisks.description),
        [noMergeLabel.id]: noMergeLabel.options.prefault({}).describe(noMergeLabel.description),
        [governanceFiles.id]: governanceFiles.options
          .prefault({})
          .describe(governanceFiles.description),
        [incidentFreeze.id]: incidentFreeze.options
          .prefault({})
          .describe(incidentFreeze.description),
        [incidentStory.id]: incidentStory.options.prefault({}).describe(incidentStory.description),
        [wipLimit.id]: wipLimit.options.prefault({}).describe(wipLimit.description),
        [requiredChecks.id]: requiredChecks.options
          .prefault({})
          .describe(requiredChecks.description),
      } as {
        "branch-name": z.ZodPrefault<typeof branchName.options>;
        "pr-checklist": z.ZodPrefault<typeof prChecklist.options>;
        "residual-risks": z.ZodPrefault<typeof residualRisks.options>;
        "no-merge-label": z.ZodPrefault<typeof noMergeLabel.options>;
        "governance-files": z.ZodPrefault<typeof governanceFiles.options>;
        "incident-freeze": z.ZodPrefault<typeof incidentFreeze.options>;
        "incident-story": z.ZodPrefault<typeof incidentStory.options>;
        "wip-limit": z.ZodPrefault<typeof wipLimit.options>;
        "required-checks": z.ZodPrefault<typeof requiredChecks.options>;
      })
      .prefault({})
      .describe("Per-rule options, keyed by rule id."),
    smoke: smokeConfigSchema.prefault({}),
    parity: parityConfigSchema.prefault({}),
    readiness: readinessConfigSchema,
    protection: protectionConfigSchema.prefault({}),
    incidents: incidentsConfigSchema.prefault({}),
    // The readiness site (issue 19): its own section, so other keys added beside it merge cleanly.
    site: siteConfigSchema.prefault({}),
    pilot: pilotConfigSchema.prefault({}),
    cycles: cyclesConfigSchema,
    rollback: rollbackConfigSchema.prefault({}),
  })
  // Here, where ids.pattern is known: a story id no PR could ever carry is a
  // typo, better named when the config loads than as a story never found.
  .superRefine((config, ctx) => storyIdIssues(config, ctx))
  .describe("pilot-gate configuration (.github/pilot-gate.yml).");

/** The config as the engine uses it, every default filled in. */
export type Config = z.output<typeof configSchema>;
/** The config as a team writes it: every key optional. */
export type ConfigInput = z.input<typeof configSchema>;

/** The playbook defaults, what a repository with no config file gets. */
export function defaultConfig(): Config {
  return configSchema.parse({});
}
