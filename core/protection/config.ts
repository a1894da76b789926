import { z } from "zod";

/** How protection is written: classic branch protection, or one repository ruleset. */
export const PROTECTION_MODES = ["classic", "rulesets"] as const;
export type ProtectionMode = (typeof PROTECTION_MODES)[number];

/** What the App does when someone changes protection by hand: re-apply it, or only report it. */
export const DRIFT_POLICIES = ["enforce", "report"] as const;
export type DriftPolicy = (typeof DRIFT_POLICIES)[number];

const checkName = z.string().trim().min(1).max(255);

/** A required check a team adds: a name (any source), or a name pinned to an app. */
export const requiredCheckInput = z.union([
  checkName.describe("A check name; any app may report it."),
  z
    .strictObject({
      context: checkName.describe("The check's name, as it appears on a commit."),
      app_id: z
        .number()
        .int()
        .describe(
          "The id of the GitHub App that must report it, e.g. 15368 for GitHub Actions; -1 allows any app.",
        )
        .optional(),
    })
    .describe("A check pinned to the app that must report it."),
]);

/**
 * `protection:` in `.github/pilot-gate.yml`: the branch protection every
 * listed branch should have. The defaults are the playbook: one approving
 * review, stale approvals dismissed, required-check pinned to this App,
 * branches up to date, admins included, no force push and no deletion.
 */
export const protectionConfigSchema = z
  .strictObject({
    mode: z
      .enum(PROTECTION_MODES)
      .default("classic")
      .describe(
        "How sync writes protection: `classic` branch protection (one PUT per branch) or `rulesets` (one ruleset named pilot-gate for all branches). Reading understands both.",
      ),
    drift: z
      .enum(DRIFT_POLICIES)
      .default("enforce")
      .describe(
        "What the App does when protection is changed by hand: `enforce` re-applies it and records who changed what in the pilot-gate/protection check; `report` leaves it and keeps one open issue listing the drift, closed once it is fixed. Installing the App and changing this config apply protection either way.",
      ),
    branches: z
      .array(z.string().trim().min(1))
      .min(1)
      .default(["main", "develop"])
      .describe("Branches to protect, by exact name."),
    app_id: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        "This App's id, which required-check is pinned to (a workflow posting a check with the same name cannot satisfy it). The App knows it; the CLI needs it here, in --app-id or in APP_ID.",
      ),
    required_checks: z
      .array(requiredCheckInput)
      .default([])
      .describe(
        "The team's CI checks, required besides the App's own check (check.name). With the App, prefer `check.require`: the one check then waits for CI itself, and this list stays empty.",
      ),
    strict: z
      .boolean()
      .default(true)
      .describe("Require branches to be up to date with the base before merging."),
    required_approving_reviews: z
      .number()
      .int()
      .min(0)
      .max(6)
      .default(1)
      .describe("Approving reviews a PR needs (0-6)."),
    dismiss_stale_reviews: z
      .boolean()
      .default(true)
      .describe("Dismiss approvals when new commits are pushed."),
    require_code_owner_reviews: z
      .boolean()
      .default(false)
      .describe("Require a review from a code owner of the changed files."),
    enforce_admins: z
      .boolean()
      .default(true)
      .describe("Apply the rules to administrators too (no bypass)."),
    block_force_pushes: z.boolean().default(true).describe("Forbid force pushes."),
    block_deletions: z.boolean().default(true).describe("Forbid deleting the branch."),
    require_linear_history: z
      .boolean()
      .default(false)
      .describe("Forbid merge commits (the repository must allow squash or rebase merging)."),
    require_conversation_resolution: z
      .boolean()
      .default(false)
      .describe("Require every review conversation to be resolved before merging."),
  })
  .describe("Branch protection as code: what `pilot-gate protection plan|sync` checks and writes.");

export type ProtectionConfig = z.output<typeof protectionConfigSchema>;
export type ProtectionConfigInput = z.input<typeof protectionConfigSchema>;

/** The defaults, for tests and callers without a config file. */
export function defaultProtectionConfig(): ProtectionConfig {
  return protectionConfigSchema.parse({});
}
