import { z } from "zod";
import { roleName } from "../../config/roles.js";
import { LABEL_NAME_CHARS } from "../../github-limits.js";

/** The playbook's functional script: what each pilot client runs during the window. */
export const DEFAULT_PILOT_SCRIPT = [
  "Log in and check the company context",
  "Create a lead",
  "Move the lead through the pipeline",
  "Create a proposal",
  "Query the proposal",
  "Open a ticket",
  "Answer the ticket",
  "Change the ticket",
];

/** The playbook's sign-off roles: each must approve the go-live. */
export const DEFAULT_SIGN_OFF_ROLES = ["product", "qa", "security", "ops"];

/** A label name: GitHub refuses to create one longer than `LABEL_NAME_CHARS`. */
const label = z
  .string()
  .trim()
  .min(1)
  .max(LABEL_NAME_CHARS, `GitHub takes label names of at most ${LABEL_NAME_CHARS} characters`);

/**
 * `pilot:` in `.github/pilot-gate.yml`: the functional script the pilot's
 * clients run (what `pilot-gate pilot record` accepts and readiness judges),
 * which of its scenarios are core flows, and who signs the go-live off.
 * The defaults are the playbook's.
 */
export const pilotConfigSchema = z
  .strictObject({
    script: z
      .array(z.string().trim().min(1))
      .min(1)
      .default(DEFAULT_PILOT_SCRIPT)
      .describe(
        "The functional script each pilot client runs during the window, in order: the task list of its outreach issue.",
      ),
    core_flows: z
      .array(z.string().trim().min(1))
      .optional()
      .describe(
        "The scenarios of `script` that are core flows: a client whose latest record of one is a failure blocks readiness. Not set: every scenario of the script is a core flow.",
      ),
    sign_off: z
      .strictObject({
        roles: z
          .array(roleName)
          .min(1)
          .default(DEFAULT_SIGN_OFF_ROLES)
          .describe(
            "Roles (defined under `roles:` with their users and teams) of which at least one holder must approve the sign-off PR before readiness can say GO.",
          ),
        label: label
          .default("pilot-sign-off")
          .describe(
            "The label that marks the sign-off PR: the PR of the commit readiness judges (its head, or the merge that made it) carrying this label.",
          ),
      })
      .prefault({})
      .describe("The go-live sign-off: approvals on the sign-off PR, one per role at least."),
  })
  .superRefine((pilot, ctx) => {
    const script = new Set(pilot.script.map(scenarioKey));
    for (const [index, flow] of (pilot.core_flows ?? []).entries()) {
      if (!script.has(scenarioKey(flow))) {
        ctx.addIssue({
          code: "custom",
          path: ["core_flows", index],
          message: `"${flow}" is not a scenario of pilot.script; list only scenarios of the script`,
        });
      }
    }
  })
  .describe("Running a pilot: its functional script, its core flows and its sign-off.");

export type PilotConfig = z.output<typeof pilotConfigSchema>;

/**
 * The key a scenario is matched by: lowercase, every run of characters other
 * than letters and digits one `-`, so `--scenario create-a-lead` and
 * `--scenario "Create a lead"` name the same step of the script.
 */
export function scenarioKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

/** The scenarios that are core flows: `pilot.core_flows`, or the whole script when it is not set. */
export function coreFlows(pilot: PilotConfig): string[] {
  if (pilot.core_flows === undefined) return [...pilot.script];
  const core = new Set(pilot.core_flows.map(scenarioKey));
  return pilot.script.filter((step) => core.has(scenarioKey(step)));
}
