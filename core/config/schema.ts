import { z } from "zod";
import { parityConfigSchema } from "../gates/parity/config.js";
import { pilotConfigSchema } from "../gates/pilot/config.js";
import { readinessConfigSchema } from "../gates/readiness/config.js";
import { smokeConfigSchema } from "../gates/smoke/config.js";
import { DEFAULT_ID_PATTERN } from "../ids.js";
import { incidentsConfigSchema } from "../incidents/config.js";
import { protectionConfigSchema } from "../protection/config.js";
import { branchName } from "../rules/branch-name.js";
import { governanceFiles } from "../rules/governance-files.js";
import { incidentFreeze } from "../rules/incident-freeze.js";
import { noMergeLabel } from "../rules/no-merge-label.js";
import { prChecklist } from "../rules/pr-checklist.js";
import { residualRisks } from "../rules/residual-risks.js";
import { wipLimit } from "../rules/wip-limit.js";
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
              wipLimit.id,
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
        [wipLimit.id]: wipLimit.options.prefault({}).describe(wipLimit.description),
      } as {
        "branch-name": z.ZodPrefault<typeof branchName.options>;
        "pr-checklist": z.ZodPrefault<typeof prChecklist.options>;
        "residual-risks": z.ZodPrefault<typeof residualRisks.options>;
        "no-merge-label": z.ZodPrefault<typeof noMergeLabel.options>;
        "governance-files": z.ZodPrefault<typeof governanceFiles.options>;
        "incident-freeze": z.ZodPrefault<typeof incidentFreeze.options>;
        "wip-limit": z.ZodPrefault<typeof wipLimit.options>;
      })
      .prefault({})
      .describe("Per-rule options, keyed by rule id."),
    smoke: smokeConfigSchema.prefault({}),
    parity: parityConfigSchema.prefault({}),
    readiness: readinessConfigSchema,
    protection: protectionConfigSchema.prefault({}),
    incidents: incidentsConfigSchema.prefault({}),
    pilot: pilotConfigSchema.prefault({}),
  })
  .describe("pilot-gate configuration (.github/pilot-gate.yml).");

/** The config as the engine uses it, every default filled in. */
export type Config = z.output<typeof configSchema>;
/** The config as a team writes it: every key optional. */
export type ConfigInput = z.input<typeof configSchema>;

/** The playbook defaults, what a repository with no config file gets. */
export function defaultConfig(): Config {
  return configSchema.parse({});
}
