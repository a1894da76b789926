import { z } from "zod";
import { regexSource } from "../config/regex.js";
import { LABEL_NAME_CHARS } from "../github-limits.js";

/** Incident severities, most urgent first. */
export const SEVERITIES = ["critical", "high", "medium"] as const;
export type IncidentSeverity = (typeof SEVERITIES)[number];

/** The SLA clocks of an incident: acknowledged, contained, recovered (fixed). */
export const CLOCKS = ["ack", "contain", "recover"] as const;
export type Clock = (typeof CLOCKS)[number];

/** Days of the week as written in config; index = `Date#getUTCDay()`. */
export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A label name: GitHub refuses to create one longer than `LABEL_NAME_CHARS`. */
const label = z
  .string()
  .trim()
  .min(1)
  .max(LABEL_NAME_CHARS, `GitHub takes label names of at most ${LABEL_NAME_CHARS} characters`);
const minutes = z.number().int().positive();
const triggerId = z.string().trim().min(1).max(40);

/** True when `Intl` knows the zone, so a typo is a config error and not a crash at sweep time. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const slaTargetsSchema = (defaults: {
  ack: number;
  contain: number | null;
  recover: number;
  business: Clock[];
}) =>
  z
    .strictObject({
      ack: minutes
        .default(defaults.ack)
        .describe("Minutes from opening to the first comment or assignment by a maintainer."),
      contain: minutes
        .nullable()
        .default(defaults.contain)
        .describe("Minutes from opening to a contained label; null: no containment clock."),
      recover: minutes
        .default(defaults.recover)
        .describe("Minutes from opening to a recovered label (or closing the issue)."),
      business: z
        .array(z.enum(CLOCKS))
        .default(defaults.business)
        .describe(
          "Clocks counted in business minutes (see `business_hours`) instead of wall time.",
        ),
    })
    .prefault({});

export const escalationLevelSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]*$/, {
        message:
          "expected a short kebab-case name such as on-call or eng-lead (it becomes a label)",
      })
      .describe("Level name; the label `escalation:<name>` marks an incident escalated to it."),
    mention: z
      .array(z.string().regex(/^@[\w.-]+(\/[\w.-]+)?$/, { message: "expected @user or @org/team" }))
      .default([])
      .describe("Who the escalation comment mentions: @user or @org/team."),
  })
  .describe("One level of the escalation chain.");

/** The playbook's chain per severity, as level names: the playbook names the roles, a team fills in who holds them. */
export const PLAYBOOK_ESCALATION: Record<IncidentSeverity, readonly string[]> = {
  critical: ["superadmin", "devops-on-call", "architect", "pm-po"],
  high: ["tech-lead", "qa", "devops", "sm"],
  medium: ["story-owner", "sm", "po"],
};

/**
 * The chain whose first level is called for a PR whose required check keeps
 * failing: a broken story is the tech lead's first (the playbook's high chain).
 */
export const FAILURE_CHAIN: IncidentSeverity = "high";

/** The chain whose first level is called for an item blocked longer than a cycle: its story owner first. */
export const BLOCKED_CHAIN: IncidentSeverity = "medium";

/** The playbook's chain of a severity with nobody mentioned; a fresh copy per parse. */
const playbookChain = (severity: IncidentSeverity) => () =>
  PLAYBOOK_ESCALATION[severity].map((name) => ({ name, mention: [] as string[] }));

const chainSchema = z.array(escalationLevelSchema).min(1, {
  message: "an escalation chain needs at least one level, e.g. [{ name: on-call }]",
});

/**
 * `incidents.escalation`: a chain per severity. The single-list form of
 * earlier releases still parses and applies to every severity, so a config
 * written for it keeps escalating as before.
 */
const escalationSchema = z
  .union(
    [
      chainSchema
        .transform((chain) => ({ critical: chain, high: chain, medium: chain }))
        .describe(
          "Earlier single-chain form: one list, first level first, used for every severity.",
        ),
      z
        .strictObject({
          critical: chainSchema
            .default(playbookChain("critical"))
            .describe("Chain of a critical incident, first level first."),
          high: chainSchema
            .default(playbookChain("high"))
            .describe("Chain of a high incident, first level first."),
          medium: chainSchema
            .default(playbookChain("medium"))
            .describe("Chain of a medium incident, first level first."),
        })
        .describe("A chain per severity; a severity left out keeps the playbook's chain."),
    ],
    {
      // zod reports a union that fails as "Invalid input"; the input's shape
      // says which form was meant, so that form's first problem is the message.
      error: (issue) => {
        if (issue.code !== "invalid_union") return undefined;
        const meant = issue.errors[Array.isArray(issue.input) ? 0 : 1]?.[0];
        if (!meant) return undefined;
        const where = meant.path.map((key) =>
          typeof key === "number" ? `[${key}]` : `.${String(key)}`,
        );
        return `${where.join("").replace(/^\./, "")}: ${meant.message}`;
      },
    },
  )
  .prefault({})
  .describe(
    "Escalation chain per severity, first level first; each breached SLA clock of an incident escalates it one level along its severity's chain. Defaults are the playbook's roles with nobody mentioned: fill in `mention` (@user or @org/team) for each level. A single list (the earlier form) applies to every severity.",
  );

/**
 * `incidents:` in `.github/pilot-gate.yml`: the incident protocol run on GitHub
 * issues. Incidents are issues with a severity label; critical ones freeze
 * merges, every one runs SLA clocks that escalate along a chain when breached.
 */
export const incidentsConfigSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(false)
      .describe(
        "Run the incident protocol in the required check: incident freezes and the WIP limit. Off until a team turns it on, because it reads the repository's issues and open PRs on every PR event.",
      ),
    severity_labels: z
      .strictObject({
        critical: z
          .array(label)
          .min(1)
          .default(["P0", "critical"])
          .describe("Labels of a critical (P0) incident: it freezes merges."),
        high: z
          .array(label)
          .min(1)
          .default(["P1", "high"])
          .describe("Labels of a high (P1) incident."),
        medium: z
          .array(label)
          .min(1)
          .default(["P2", "medium"])
          .describe("Labels of a medium (P2) incident."),
      })
      .prefault({})
      .describe(
        "Labels that make an issue an incident of each severity (compared without regard to case).",
      ),
    wave_label_prefix: label
      .default("wave:")
      .describe("Prefix of the wave label, e.g. `wave:` for wave:O-02."),
    wave_from_story: regexSource
      .nullable()
      .default(null)
      .describe(
        "Regex tried on a PR's branch, then its title, when it has no wave label; its first capture group is the wave. Null: waves come from labels only.",
      ),
    kind_labels: z
      .array(label)
      .default(["tenant-isolation", "core-flow", "security"])
      .describe("Labels that say what kind of incident it is."),
    freeze_branches: z
      .array(label)
      .min(1)
      .default(["main", "develop"])
      .describe("Base branches (globs) frozen while a critical incident is open."),
    hotfix_branches: z
      .array(label)
      .min(1)
      .default(["hotfix/*"])
      .describe("Head branches (globs) exempt from a freeze when the PR references the incident."),
    freeze_label: label
      .default("pilot-gate:freeze")
      .describe(
        "Label that freezes merges while an issue carrying it is open, as a critical incident does: how a team freezes by hand.",
      ),
    contained_labels: z
      .array(label)
      .min(1)
      .default(["contained"])
      .describe("Labels that stop the containment clock."),
    recovered_labels: z
      .array(label)
      .min(1)
      .default(["recovered"])
      .describe("Labels that stop the recovery clock (closing the issue stops it too)."),
    sla: z
      .strictObject({
        critical: slaTargetsSchema({ ack: 5, contain: 15, recover: 60, business: [] }).describe(
          "Clocks of a critical incident.",
        ),
        high: slaTargetsSchema({ ack: 15, contain: 60, recover: 72 * 60, business: [] }).describe(
          "Clocks of a high incident.",
        ),
        medium: slaTargetsSchema({
          ack: 4 * 60,
          contain: null,
          recover: 14 * 24 * 60,
          business: ["ack"],
        }).describe("Clocks of a medium incident."),
      })
      .prefault({})
      .describe("SLA targets per severity, in minutes."),
    business_hours: z
      .strictObject({
        timezone: z
          .string()
          .refine(isTimeZone, { message: "expected an IANA time zone such as Europe/Paris or UTC" })
          .default("UTC")
          .describe("IANA time zone business hours are in."),
        start: z.number().int().min(0).max(23).default(9).describe("First business hour (0-23)."),
        end: z.number().int().min(1).max(24).default(18).describe("Hour business ends (1-24)."),
        days: z
          .array(z.enum(WEEKDAYS))
          .min(1)
          .default(["mon", "tue", "wed", "thu", "fri"])
          .describe("Business days."),
      })
      .refine((hours) => hours.start < hours.end, {
        message: "start must be before end, e.g. start: 9, end: 18",
      })
      .prefault({})
      .describe("When business-minute clocks run."),
    escalation: escalationSchema,
    maintainer_permission: z
      .enum(["triage", "write", "maintain", "admin"])
      .default("write")
      .describe(
        "Lowest repository permission whose comment on or assignment of an incident acknowledges it (stops its ACK clock).",
      ),
    freeze_permission: z
      .enum(["write", "maintain", "admin"])
      .default("maintain")
      .describe(
        "Lowest repository permission that may `/pilot-gate freeze` and `/pilot-gate unfreeze`, and so clear a tripped trigger.",
      ),
    consecutive_failures: z
      .number()
      .int()
      .min(1)
      .default(3)
      .describe(
        "Consecutive failing evaluations of required-check on one PR that open an escalation issue.",
      ),
    p0_trigger: z
      .strictObject({
        count: z.number().int().min(1).default(2).describe("Critical incidents opened..."),
        days: z.number().int().min(1).default(14).describe("...within this many days..."),
        id: z
          .string()
          .trim()
          .min(1)
          .default("PC-P1-01")
          .describe("...trip this trigger, which freezes until a maintainer clears it."),
      })
      .prefault({})
      .describe("Repeated critical incidents trip a named trigger."),
    triggers: z
      .strictObject({
        security: z
          .strictObject({
            enabled: z
              .boolean()
              .default(true)
              .describe(
                "Freeze when a critical code-scanning or Dependabot alert opens (the App's code_scanning_alert and dependabot_alert events).",
              ),
            id: triggerId
              .default("PC-SEC-01")
              .describe("Id of the trigger, as the freeze cites it."),
            clear: z
              .enum(["resolved", "maintainer"])
              .default("resolved")
              .describe(
                "resolved: the freeze lifts when the alert is fixed or dismissed (or a maintainer clears it first); maintainer: it holds until a maintainer clears it.",
              ),
          })
          .prefault({})
          .describe("An open critical security alert."),
        restore: z
          .strictObject({
            id: triggerId
              .default("PC-DR-01")
              .describe("Id of the trigger, as the freeze cites it."),
            rpo_minutes: minutes
              .default(15)
              .describe("Most data loss a restore drill may measure (RPO), in minutes."),
            rto_minutes: minutes
              .default(60)
              .describe("Longest a restore drill may take to recover (RTO), in minutes."),
          })
          .prefault({})
          .describe(
            "A restore-drill report (`pilot-gate incidents restore-report`) measuring RPO or RTO over these targets. Set them to your own objectives.",
          ),
        replay: z
          .strictObject({
            label: label
              .default("critical replay")
              .describe("Label of an issue recording a critical replay finding."),
            days: z
              .number()
              .int()
              .min(2)
              .default(3)
              .describe(
                "Consecutive days (UTC) with an issue opened carrying the label that trip `p0_trigger.id`, as repeated critical incidents do.",
              ),
          })
          .prefault({})
          .describe("Critical replays on consecutive days."),
      })
      .prefault({})
      .describe(
        "Immediate triggers besides repeated critical incidents. Each opens one freeze issue, saying which trigger and its evidence, and holds until a maintainer clears it (`/pilot-gate unfreeze` on it, or closing it) unless said otherwise.",
      ),
    blocked: z
      .strictObject({
        label: label.default("blocked").describe("Label that marks an issue or PR blocked."),
        needs_info_label: label
          .default("needs-info")
          .describe("Label added when required fields are missing."),
        fields: z
          .array(label)
          .min(1)
          .default(["ID", "Cause", "Impact", "Owner", "ETA", "Upstream dependency"])
          .describe("Fields a blocked item must state (issue-form headings or table rows)."),
        cycle_days: z
          .number()
          .int()
          .min(1)
          .default(14)
          .describe("Length of one cycle; blocked longer than this is escalated."),
        escalated_label: label
          .default("blocked:escalated")
          .describe(
            "Label that records a blocked item's escalation. Its own, so an incident that is also blocked keeps its SLA escalation level.",
          ),
      })
      .prefault({})
      .describe("Blocked items."),
    wip_limit: z.number().int().min(1).default(5).describe("Most open, non-draft PRs per wave."),
  })
  .describe(
    "The incident protocol: incident severities, freeze, SLA clocks, escalation, blocked items and WIP limits. Incidents are issues with a severity label. While a critical incident is open, PRs into the freeze branches fail required-check (only its wave's PRs when it has a wave label); a PR from a hotfix branch that references the incident (#N or its id) is exempt. An open issue with the freeze label freezes the same way. The GitHub App also escalates breached SLA clocks, opens a freeze for repeated critical incidents (p0_trigger), escalates PRs that keep failing and checks blocked items as their issues and PRs change; it has no timer, so run `pilot-gate incidents sweep` on a schedule to catch breaches between events.",
  );

export type IncidentsConfig = z.output<typeof incidentsConfigSchema>;
export type EscalationLevel = z.output<typeof escalationLevelSchema>;

/** The escalation chain an incident of `severity` climbs. */
export function escalationChain(
  config: IncidentsConfig,
  severity: IncidentSeverity,
): readonly EscalationLevel[] {
  return config.escalation[severity];
}

/** The incident settings when a config has no `incidents:` key. */
export function defaultIncidentsConfig(): IncidentsConfig {
  return incidentsConfigSchema.parse({});
}
