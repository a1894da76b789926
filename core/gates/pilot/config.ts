import { z } from "zod";
import { roleName } from "../../config/roles.js";
import { LABEL_NAME_CHARS } from "../../github-limits.js";

/**
 * The activity export's columns, by what pilot-gate reads from them. The
 * defaults are snake_case names a CRM or BI export can be told to use;
 * `pilot.recommend.columns` maps each to a header of your own.
 */
export const DEFAULT_ACTIVITY_COLUMNS = {
  id: "account_id",
  name: "account_name",
  service: "service_activity",
  sales: "sales_activity",
  last_activity: "last_activity",
  technical_contact: "technical_contact",
  business_contact: "business_contact",
  kind: "account_kind",
} as const;

export type ActivityField = keyof typeof DEFAULT_ACTIVITY_COLUMNS;

const COLUMN_DESCRIPTIONS: Record<ActivityField, string> = {
  id: "The account's unique id (one row per account).",
  name: "The account's (client's) name.",
  service:
    "How many service actions (tickets opened, answered, changed) the account made; a non-negative whole number, empty for none.",
  sales:
    "How many sales actions (leads, pipeline moves, proposals) the account made; a non-negative whole number, empty for none.",
  last_activity: "When the account was last active: a date (2026-05-30) or an ISO 8601 date-time.",
  technical_contact:
    "Who answers technical questions, e.g. `Ada <ada@client.example>`; empty when unknown.",
  business_contact:
    "Who decides for the client, e.g. `Grace <grace@client.example>`; empty when unknown.",
  kind: "What the account is: one of `kinds.production` or `kinds.review` (production, demo, homolog by default).",
};

const header = z.string().trim().min(1);

const columnsSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(DEFAULT_ACTIVITY_COLUMNS).map(([field, name]) => [
        field,
        header.default(name).describe(COLUMN_DESCRIPTIONS[field as ActivityField]),
      ]),
    ) as Record<ActivityField, z.ZodDefault<typeof header>>,
  )
  .prefault({})
  .superRefine((columns, ctx) => {
    const seen = new Map<string, string>();
    for (const [field, name] of Object.entries(columns)) {
      const other = seen.get(name.toLowerCase());
      if (other !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `"${name}" is already the ${other} column; each field needs a column of its own`,
        });
      }
      seen.set(name.toLowerCase(), field);
    }
  })
  .describe(
    "The header of each column pilot-gate reads from the activity export (matched ignoring case and surrounding spaces); other columns are ignored.",
  );

/** The separators an activity export may use; `auto` picks the one the header line uses most. */
export const ACTIVITY_DELIMITERS = ["auto", ",", ";", "\t", "|"] as const;

const kindList = z.array(z.string().trim().min(1).toLowerCase()).min(1);

/** A label name: GitHub refuses to create one longer than `LABEL_NAME_CHARS`. */
const label = z
  .string()
  .trim()
  .min(1)
  .max(LABEL_NAME_CHARS, `GitHub takes label names of at most ${LABEL_NAME_CHARS} characters`);

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

/**
 * `pilot:` in `.github/pilot-gate.yml`: how `pilot-gate pilot recommend`
 * reads and classifies the activity export, and what the review and
 * outreach issues carry. The defaults are the playbook's.
 */
export const pilotConfigSchema = z
  .strictObject({
    recommend: z
      .strictObject({
        columns: columnsSchema,
        delimiter: z
          .enum(ACTIVITY_DELIMITERS)
          .default("auto")
          .describe(
            'The field separator: `auto` (the one among `,` `;` tab `|` the header line uses most, so exports from spreadsheets set to a comma-decimal locale work), or one of them. Write tab as "\\t".',
          ),
        active_within_days: z
          .int()
          .positive()
          .default(30)
          .describe(
            "An account is a candidate only when its last activity is at most this many days old.",
          ),
        min_activity: z
          .int()
          .positive()
          .default(1)
          .describe(
            "Actions an account needs in each area (service and sales) to count as active in both: a candidate needs both.",
          ),
        activity_target: z
          .int()
          .positive()
          .default(20)
          .describe(
            "Actions in one area that earn that area's full 40 points of the score (0 to 100: 40 service, 40 sales, 20 recency).",
          ),
        min_score: z
          .int()
          .min(0)
          .max(100)
          .default(60)
          .describe(
            "A candidate scoring below this is REVISAR_PERFIL (its profile is reviewed before it may join).",
          ),
        kinds: z
          .strictObject({
            production: kindList
              .default(["production"])
              .describe(
                "Account kinds that may join the pilot as they are (matched ignoring case).",
              ),
            review: kindList
              .default(["demo", "homolog"])
              .describe(
                "Account kinds whose joining the window is reviewed first: a candidate of one is REVISAR_PERFIL.",
              ),
          })
          .prefault({})
          .superRefine((kinds, ctx) => {
            const both = kinds.production.filter((kind) => kinds.review.includes(kind));
            if (both.length > 0) {
              ctx.addIssue({
                code: "custom",
                path: ["review"],
                message: `${both.map((kind) => `"${kind}"`).join(", ")} is listed under both production and review; keep each kind in one list`,
              });
            }
          })
          .describe(
            "The values of the kind column. Any other value is an error in the export, never a guess.",
          ),
      })
      .prefault({})
      .describe(
        "`pilot-gate pilot recommend`: the activity export's columns and the rules that classify each account SUGERIDO, REVISAR_CONTATO or REVISAR_PERFIL.",
      ),
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
    review: z
      .strictObject({
        label: label
          .default("pilot-review")
          .describe(
            "The label of the review issues `pilot-gate pilot review` opens, one per client under review. A decision is labelled `<label>:accepted` or `<label>:rejected`.",
          ),
        role: roleName
          .optional()
          .describe(
            "A role (under `roles:`) whose holders may resolve any review issue with `/pilot-gate accept|reject`, besides the reviewer the issue names and repository admins.",
          ),
      })
      .prefault({})
      .describe("`pilot-gate pilot review`: the review issues."),
    outreach: z
      .strictObject({
        label: label
          .default("pilot-outreach")
          .describe(
            "The label of the outreach issues `pilot-gate pilot outreach` opens, one per selected client.",
          ),
      })
      .prefault({})
      .describe("`pilot-gate pilot outreach`: the outreach issues."),
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
  .describe(
    "Running a pilot: choosing its clients from an activity export, reviewing them, and reaching out; its functional script, core flows and sign-off.",
  );

export type PilotConfig = z.output<typeof pilotConfigSchema>;
export type RecommendConfig = PilotConfig["recommend"];

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
