import { z } from "zod";
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
    review: z
      .strictObject({
        label: label
          .default("pilot-review")
          .describe(
            "The label of the review issues `pilot-gate pilot review` opens, one per client under review.",
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
  .describe(
    "Running a pilot: choosing its clients from an activity export, reviewing them, and reaching out.",
  );

export type PilotConfig = z.output<typeof pilotConfigSchema>;
export type RecommendConfig = PilotConfig["recommend"];
