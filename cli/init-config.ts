import { stringify } from "yaml";
import { DEFAULT_SECTIONS } from "../core/config/sections.js";
import { CONFIG_PATH, type Config, defaultConfig } from "../core/index.js";

/**
 * The `.github/pilot-gate.yml` that `pilot-gate init` writes: every key at its
 * default, each with a comment saying what it does. Values come from
 * `defaultConfig()`, so the file always equals the built-in defaults (a test
 * checks it parses to exactly them); only the comments are written here.
 */
export function initConfigText(config: Config = defaultConfig()): string {
  const r = config.rules;
  const bn = r["branch-name"];
  const pc = r["pr-checklist"];
  const rr = r["residual-risks"];
  const nm = r["no-merge-label"];
  const gf = r["governance-files"];
  const builtIns = Object.entries(DEFAULT_SECTIONS)
    .map(([id, s]) => `#   ${id}: "${s.title}" (also: ${s.aliases.join(", ")})`)
    .join("\n");

  return `# pilot-gate configuration: ${CONFIG_PATH}
#
# Every setting below is at its default, so this file changes nothing until you
# edit it; delete any key you do not change. Check it with
# \`pilot-gate config validate\` and see the result with \`pilot-gate config print\`.
#
# Every rule takes:
#   enabled:  false turns the rule off (it shows as skipped).
#   severity: blocking makes its findings NO_MERGE; warning reports them
#             without blocking, the usual first step when adopting a rule.
#
# Regexes are written in single quotes; inside them only ' needs escaping, as ''.

# Inherit settings from another config, read from its repository's default
# branch: repo or owner/repo (that repository's ${CONFIG_PATH}), or
# owner/repo:path/to/file.yml. This file's settings win; mappings merge key by
# key, and a list here replaces the inherited one. The GitHub App and the
# pull-request Action follow it; the CLI and the other Actions read this file
# alone. A repository without this file gets its organisation's, from the
# .github repository. For example, to share the organisation's:
# _extends: .github

ids:
  # What a story or incident id looks like (regex, no anchors):
  # S-PC-01, RB-M06-001, INC-42.
  pattern: ${quote(config.ids.pattern)}

# How PR body sections are recognised: by id, a heading title and aliases.
# Headings match loosely (case, accents, punctuation and emoji do not matter).
# Entries here are merged over the built-in sections:
${builtIns}
# For example, to accept another heading and add a section of your own:
#   sections:
#     evidence:
#       aliases: [Proof]
#     rollback_plan:
#       title: Rollback plan
${field("sections", config.sections, "")}

# Roles, such as po and pm: GitHub users and/or teams (slugs of this
# repository's organisation). The GitHub App reads them from the default
# branch, so a PR cannot grant itself a role. For example:
#   roles:
#     po:
#       users: [alice]
#     pm:
#       teams: [product-managers]
${field("roles", config.roles, "")}

# The check run the GitHub App and the Action post on each PR.
check:
  # Name branch protection requires.
${field("name", config.check.name, "  ")}
  # Draft PRs: report (real verdict, no label), enforce (label too), or skip.
${field("drafts", config.check.drafts, "  ")}
  # Log the planned check runs and label changes instead of making them.
${field("dry_run", config.check.dry_run, "  ")}

# Who may accept a blocking finding with a PR comment
#   /pilot-gate override <rule> reason: <text>
# Each override and each refusal is recorded as a receipt in the check summary.
overrides:
  # Lowest repository permission that may override: write, maintain or admin.
${field("permission", config.overrides.permission, "  ")}
  # Roles whose holders may override whatever their permission.
${field("roles", config.overrides.roles, "  ")}
  # Keep overrides after a new push (off: an override covers one commit).
${field("carry_over", config.overrides.carry_over, "  ")}
  # Rules a PR's author may not override on their own PR.
${field("not_by_author", config.overrides.not_by_author, "  ")}

rules:
  # The head branch is named after a story or incident.
  branch-name:
${field("enabled", bn.enabled, "    ")}
${field("severity", bn.severity, "    ")}
    # Allowed branch names, first match wins. {story} and {id} match ids.pattern,
    # {slug} is lowercase kebab-case. An entry can also limit which base
    # branches it may target:
    #   - pattern: hotfix/{id}-{slug}
    #     bases: [main]
${field("patterns", bn.patterns, "    ")}
    # Globs of branches the rule skips, e.g. bots' branches.
${field("exempt", bn.exempt, "    ")}

  # The PR body fills every required section of the template.
  pr-checklist:
${field("enabled", pc.enabled, "    ")}
${field("severity", pc.severity, "    ")}
    # Section ids that must be present and filled in (not left as in the template).
${field("required_sections", pc.required_sections, "    ")}
    # Sections whose task items (- [ ]) must all be ticked; an item that does
    # not apply is ticked with its text replaced by "N/A: <reason>".
${field("task_sections", pc.task_sections, "    ")}
    # Placeholder text that does not count as content, as regexes tested
    # against each trimmed line: <angle brackets>, TBD/TODO, ..., ---, [text]().
    placeholders:
${pc.placeholders.map((p) => `      - ${quote(p)}`).join("\n")}
    # The Story ID section must name the same id as the branch.
${field("story_matches_branch", pc.story_matches_branch, "    ")}

  # Residual risks: severity critical, high, medium or low; status open,
  # mitigated, accepted or closed.
  residual-risks:
${field("enabled", rr.enabled, "    ")}
${field("severity", rr.severity, "    ")}
    # Section id that holds the risk table or list.
${field("section", rr.section, "    ")}
    # Severities that block the merge while the risk is open.
${field("block_open", rr.block_open, "    ")}
    # Severities that block while the risk is open and has no owner.
${field("require_owner", rr.require_owner, "    ")}

  # A label on the PR that blocks the merge, whoever put it there.
  no-merge-label:
${field("enabled", nm.enabled, "    ")}
${field("severity", nm.severity, "    ")}
    # The label (compared without regard to case).
${field("label", nm.label, "    ")}

  # Ownership and threshold files need an approving review from a role holder.
  # While no approver role has a holder (and while the default branch has no
  # config, as for the PR that adds this file), an approval from someone with
  # maintain or admin permission counts instead.
  governance-files:
${field("enabled", gf.enabled, "    ")}
${field("severity", gf.severity, "    ")}
    # Globs of governance files; add your thresholds file here.
${field("paths", gf.paths, "    ")}
    # Roles (see roles above) whose approval unblocks a change to these files.
${field("approvers", gf.approvers, "    ")}
    # Only approvals on the latest pushed commit count.
${field("fresh_approval", gf.fresh_approval, "    ")}

  # No merges into frozen branches while a critical incident or a freeze issue
  # is open (runs when incidents.enabled is on; settings under incidents:).
  incident-freeze:
${field("enabled", r["incident-freeze"].enabled, "    ")}
${field("severity", r["incident-freeze"].severity, "    ")}

  # At most incidents.wip_limit open, non-draft PRs per wave (runs when
  # incidents.enabled is on).
  wip-limit:
${field("enabled", r["wip-limit"].enabled, "    ")}
${field("severity", r["wip-limit"].severity, "    ")}

# The smoke gate's inputs, for pilot-gate smoke and the smoke Action when they
# are given no JUnit globs (the pilot cycle and release workflows).
smoke:
  # Commands run in order through the shell first, e.g. [npm run smoke].
${field("commands", config.smoke.commands, "  ")}
  # Globs of the JUnit XML files they write, e.g. [reports/**/*.xml].
${field("junit", config.smoke.junit, "  ")}
  # Suites that must have executed scenarios, e.g. [core, ui].
${field("suites", config.smoke.suites, "  ")}

# Environment parity: pilot-gate parity production.yml staging.yml
parity:
  # The files compared when none is given, the reference first,
  # e.g. [envs/production.yml, envs/staging.yml].
${field("environments", config.parity.environments, "  ")}
  # Facets compared; values is added whenever keys lists a path.
${field("facets", config.parity.facets, "  ")}
  # Extra dotted key paths under each environment's values:, e.g. [db.pool_size].
${field("keys", config.parity.keys, "  ")}
  # One-way rules, e.g. { flag: search_v2, when: production, requires: staging }:
  # a flag on in production must be on in staging.
${field("one_way", config.parity.one_way, "  ")}
  # Declared differences: { facet, key, environment, owner, reason, expires: YYYY-MM-DD };
  # drift again the day after expires.
${field("expected", config.parity.expected, "  ")}

# The go/no-go: pilot-gate readiness --sha <sha> ...
readiness:
  # The pilot manifest (pilot-gate pilot start writes one).
${field("manifest", config.readiness.manifest, "  ")}
  # Check runs that must have succeeded on the exact commit.
${field("required_checks", config.readiness.required_checks, "  ")}
  # Branches whose protection must be Applied.
${field("protected_branches", config.readiness.protected_branches, "  ")}
  # Open issues with any of these labels count as incidents.
  incident_labels:
${commented(config.readiness.incident_labels, "    ", {
  p0: "P0 incidents (multi-tenant, or any the team rates P0).",
  tenant_isolation: "Tenant isolation incidents.",
  core_flow: "Blocked core flows (leads, pipeline, proposals, support tickets).",
  auth: "Authentication regressions.",
})}
  # Tags of failed smoke scenarios that count as blocked core flows or auth regressions.
  smoke_tags:
${commented(config.readiness.smoke_tags, "    ", {
  core_flow: "A failed scenario with this tag is a blocked core flow.",
  auth: "A failed scenario with this tag is an auth regression.",
  tenant_isolation: "A failed scenario with this tag is a tenant isolation failure.",
})}
  # Milestone and sign-off documents: every checklist item ticked, every row
  # of a table with a Status column done, its Evidence paths present. A path,
  # or { file, section } to read only under the headings of that name (all of
  # them: one per phase). None listed: not checked, so never GO unless
  # criteria sets milestones to advisory or off.
${field("milestones", config.readiness.milestones, "  ")}
  thresholds:
${commented(config.readiness.thresholds, "    ", {
  success_rate: "Lowest smoke success rate (passed / executed).",
  max_p0_incidents: "Most open P0 incidents allowed.",
  max_core_flow_blockers: "Most blocked core flows allowed.",
  max_auth_regressions: "Most auth regressions allowed.",
  max_tenant_isolation_incidents: "Most open tenant isolation incidents allowed.",
  min_clients: "Fewest active pilot clients.",
  max_clients: "Most active pilot clients.",
  min_window_hours: "Shortest observation window, in hours.",
})}
  # Per-criterion level: blocking, waivable, advisory or off, e.g. { branch-protection: waivable }.
  # A criterion with no input is not checked, which blocks unless advisory or off.
${field("criteria", config.readiness.criteria, "  ")}
  # Waivers of waivable criteria: { criterion, by, reason, until: YYYY-MM-DD }.
${field("waivers", config.readiness.waivers, "  ")}
  # Public keys the GitHub App trusts (PEM files on the default branch, e.g.
  # .github/pilot-gate/evidence.pub.pem from openssl pkey -in key.pem -pubout).
  # It posts a readiness report pushed to pilot-evidence as the
  # pilot-gate/readiness check only from a pack signed by one of them that
  # verifies; with none listed, that check fails.
${field("evidence_keys", config.readiness.evidence_keys, "  ")}

# Branch protection as code: pilot-gate protection plan|sync --repo owner/name
protection:
  # This App's id, which required-check is pinned to (or pass --app-id / APP_ID).
  # app_id: 123456
${commented(config.protection, "  ", {
  mode: "classic (branch protection) or rulesets (one ruleset named pilot-gate).",
  drift: "The App on a hand edit: enforce (re-apply it) or report (open an issue).",
  branches: "Branches to protect.",
  required_checks: "The team's CI checks, besides check.name: a name, or { context, app_id }.",
  strict: "Branches must be up to date before merging.",
  required_approving_reviews: "Approving reviews a PR needs (0-6).",
  dismiss_stale_reviews: "Dismiss approvals when new commits are pushed.",
  require_code_owner_reviews: "Require a code owner's review.",
  enforce_admins: "Bind administrators too (no bypass).",
  block_force_pushes: "Forbid force pushes.",
  block_deletions: "Forbid deleting the branch.",
  require_linear_history: "Forbid merge commits.",
  require_conversation_resolution: "Require resolved conversations before merging.",
})}

# The incident protocol: incidents are issues with a severity label. While a
# critical incident is open, PRs into the freeze branches fail required-check
# (only its wave's PRs when it has a wave label); a PR from a hotfix branch that
# references the incident (#N or its id) is exempt. An open issue with the
# freeze label freezes the same way: how a team freezes by hand. The GitHub App
# also escalates breached SLA clocks, opens a freeze for repeated critical
# incidents (p0_trigger), escalates PRs that keep failing and checks blocked
# items, as their issues and PRs change; it has no timer, so run
# \`pilot-gate incidents sweep\` on a schedule to catch breaches between events.
incidents:
  # Read incidents, freezes and open PRs on every PR event (off by default).
${field("enabled", config.incidents.enabled, "  ")}
  # Labels that make an issue an incident (any one of them, any case).
  severity_labels:
${commented(config.incidents.severity_labels, "    ", {
  critical: "Critical (P0): freezes merges.",
  high: "High (P1).",
  medium: "Medium (P2).",
})}
  # Prefix of the wave label, e.g. wave:O-02 on incidents and PRs.
${field("wave_label_prefix", config.incidents.wave_label_prefix, "  ")}
  # A PR without a wave label: a regex tried on its branch, then its title,
  # whose first capture group is the wave, e.g. '^\\w+/([A-Z]+-[0-9]+)-'.
  # null: waves come from labels only.
${field("wave_from_story", config.incidents.wave_from_story, "  ")}
  # Labels that say what kind of incident it is.
${field("kind_labels", config.incidents.kind_labels, "  ")}
  # Base branches (globs) frozen while a critical incident is open.
${field("freeze_branches", config.incidents.freeze_branches, "  ")}
  # Head branches (globs) exempt when the PR references the incident.
${field("hotfix_branches", config.incidents.hotfix_branches, "  ")}
  # While an open issue carries this label, merges are frozen as for a critical incident.
${field("freeze_label", config.incidents.freeze_label, "  ")}
  # Labels that stop the containment clock.
${field("contained_labels", config.incidents.contained_labels, "  ")}
  # Labels that stop the recovery clock (closing the issue stops it too).
${field("recovered_labels", config.incidents.recovered_labels, "  ")}
  # SLA targets in minutes from opening: ack (first comment or assignment by a
  # maintainer), contain, recover; null: no such clock. Clocks listed under
  # business count business minutes (see business_hours).
  sla:
${commented(config.incidents.sla, "    ", {
  critical: "5 min to acknowledge, 15 to contain, 60 to recover.",
  high: "15 min to acknowledge, 60 to contain, 72 h to fix.",
  medium: "4 business hours to acknowledge, 14 days to fix.",
})}
  # When business-minute clocks run (no public holidays).
  business_hours:
${commented(config.incidents.business_hours, "    ", {
  timezone: "IANA time zone, e.g. Europe/Paris.",
  start: "First business hour (0-23).",
  end: "Hour business ends (1-24).",
  days: "Business days.",
})}
  # Escalation chain, first level first: { name, mention: [@user, @org/team] }.
  # Each breached clock escalates one level and adds the label escalation:<name>.
${field("escalation", config.incidents.escalation, "  ")}
  # Lowest permission whose comment on or assignment of an incident acknowledges it.
${field("maintainer_permission", config.incidents.maintainer_permission, "  ")}
  # Lowest permission that may /pilot-gate freeze and /pilot-gate unfreeze (and clear a trigger).
${field("freeze_permission", config.incidents.freeze_permission, "  ")}
  # Failing required-check evaluations in a row on one PR that open an escalation issue.
${field("consecutive_failures", config.incidents.consecutive_failures, "  ")}
  # This many critical incidents opened within days trip the trigger id, which
  # freezes until a maintainer clears it.
  p0_trigger:
${commented(config.incidents.p0_trigger, "    ", {
  count: "Critical incidents...",
  days: "...opened within this many days...",
  id: "...trip this trigger.",
})}
  # Issues and PRs labeled blocked must state every field.
  blocked:
${commented(config.incidents.blocked, "    ", {
  label: "The label that marks an item blocked.",
  needs_info_label: "Added, with one comment listing them, when fields are missing.",
  fields: "Fields to state: issue-form headings or two-column table rows.",
  cycle_days: "Blocked longer than this many days is escalated.",
  escalated_label: "Records that escalation (its own label, apart from the SLA levels).",
})}
  # Most open, non-draft PRs per wave; the next one fails wip-limit.
${field("wip_limit", config.incidents.wip_limit, "  ")}
`;
}

/** Every key of a mapping as YAML, each under its own comment. */
function commented<T extends object>(
  values: T,
  indent: string,
  comments: { [K in keyof T]: string },
): string {
  return (Object.keys(values) as (keyof T & string)[])
    .map((key) => `${indent}# ${comments[key]}\n${field(key, values[key], indent)}`)
    .join("\n");
}

/** `key: value` as YAML, every line indented; lists in block style. */
function field(key: string, value: unknown, indent: string): string {
  return stringify({ [key]: value }, { lineWidth: 0 })
    .trimEnd()
    .split("\n")
    .map((line) => indent + line)
    .join("\n");
}

/** A YAML single-quoted scalar: no escapes but '' for a quote, so regexes read as written. */
function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
