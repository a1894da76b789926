import type { RootContent } from "mdast";
import { z } from "zod";
import { resolveSections, sectionId } from "../config/sections.js";
import { type ParsedBody, parseBody, proseText } from "../markdown/body.js";
import {
  type FieldReading,
  isNoRisksStatement,
  RISK_SEVERITIES,
  type RiskEntry,
  type RiskSeverity,
  type RiskStatus,
  readRiskSection,
} from "../markdown/risks.js";
import { DEFAULT_PR_TEMPLATE } from "../pr-template.js";
import { codeSpan, inertText } from "../render/escape.js";
import type { Finding, Position, PullRequestSnapshot } from "../types.js";
import { ruleBaseShape } from "./common.js";
import { defineRule, type RuleContext } from "./rule.js";

export { RISK_SEVERITIES } from "../markdown/risks.js";

const RULE_ID = "residual-risks";

const SEVERITY_HELP =
  "one of `critical`, `high`, `medium`, `low` (also read: crit, P0, sev1, major, P1, moderate, P2, minor, P3, and crítico, alto, médio, baixo)";
const STATUS_HELP =
  "one of `open`, `mitigated`, `accepted`, `closed` (also read: in progress, resolved, done, and aberto, mitigado, aceito, fechado)";
const TABLE_HEADER = "| Risk | Severity | Status | Owner |";
const EXAMPLE_TABLE = `${TABLE_HEADER}
| --- | --- | --- | --- |
| Tenant data leak on export | high | mitigated | @alice |`;

/**
 * Contract with pr-checklist, so one problem gets one finding:
 *
 * - This rule reports only what it can read: each open risk that blocks, each
 *   risk whose severity or status cannot be read, each table that is not a
 *   risk table, and a section whose content is neither risks nor a statement
 *   that there are none (`No residual risks.`).
 * - A missing section, or one that is empty or still the template (only
 *   comments, placeholder rows such as `| <risk> | <severity> | … |`, `TBD`),
 *   is pr-checklist's to report, as long as pr-checklist runs and requires the
 *   section. When it does not, this rule reports it, so residual risks are
 *   never silently skipped.
 *
 * Fail-closed readings: a risk whose status cannot be read counts as open,
 * and one whose severity cannot be read counts as the worst severity that
 * would block. So an unreadable risk blocks whenever some reading of it
 * would; when none would (its status is `closed`, say), it is a warning.
 */
export const residualRisks = defineRule({
  id: RULE_ID,
  description: "No open critical residual risk, and every open high risk has an owner.",
  options: z.strictObject({
    ...ruleBaseShape,
    section: sectionId
      .default("residual_risks")
      .describe("Section id that holds the risk table or list."),
    block_open: z
      .array(z.enum(RISK_SEVERITIES))
      .default(["critical"])
      .describe("Severities that block while the risk is open."),
    require_owner: z
      .array(z.enum(RISK_SEVERITIES))
      .default(["high"])
      .describe("Severities that block while open without an owner."),
  }),
  check(snapshot, options, context) {
    const title = sectionTitle(context, options.section);
    const sections = context.body.sections.filter((s) => s.id === options.section);
    const nodes = sectionNodes(context.body, options.section);
    if (sections.length === 0) {
      if (checklistCovers(context, options.section)) return [];
      return [
        {
          ruleId: RULE_ID,
          severity: "blocking",
          source: "body",
          message: `The PR body has no "${inertText(title)}" section, so its residual risks are unknown. Add a ${codeSpan(`## ${title}`)} section with one table row per risk (\`${TABLE_HEADER}\`), or with "No residual risks." if there are none.`,
          suggestion: `## ${title}\n\n${EXAMPLE_TABLE}`,
        },
      ];
    }

    const isPlaceholder = checklistPlaceholders(context);
    const reading = readRiskSection(nodes, isPlaceholder);
    for (const section of sections) {
      // `## Residual risks: none` says it in the heading.
      const inline = section.inlineValue;
      if (!inline || isPlaceholder(inline)) continue;
      if (isNoRisksStatement(inline)) reading.statements.push(section.position);
      else reading.prose.push({ text: inline, position: section.position });
    }
    const findings: Finding[] = [];
    for (const table of reading.unreadableTables) {
      findings.push({
        ruleId: RULE_ID,
        severity: "blocking",
        source: "body",
        ...(table.position ? { position: table.position } : {}),
        message: `The table${at(table.position)} in "${inertText(title)}" is not a risk table: none of its columns (${table.headers.map((h) => `"${inertText(h)}"`).join(", ")}) is a severity or a status, so its rows could not be read as risks. Use the columns \`${TABLE_HEADER}\`, one row per risk, or move the table to another section.`,
        suggestion: EXAMPLE_TABLE,
      });
    }
    for (const risk of reading.risks) {
      const finding = judge(risk, options);
      if (finding) findings.push(finding);
    }
    if (
      reading.risks.length > 0 ||
      reading.statements.length > 0 ||
      reading.unreadableTables.length > 0
    ) {
      return findings;
    }

    const heading = (sections[0] as (typeof sections)[number]).position;
    const firstProse = reading.prose[0];
    if (firstProse) {
      return [
        {
          ruleId: RULE_ID,
          severity: "blocking",
          source: "body",
          position: firstProse.position ?? heading,
          message: `The "${inertText(title)}" section could not be read as risks: it holds no risk table, no risk list and no statement such as "No residual risks.", and a risk written as prose cannot be checked. Write one table row per risk with the columns \`${TABLE_HEADER}\`, or one list item per risk such as \`- critical, open, @alice: tenant data leak\`, or write "No residual risks." if there are none.`,
          suggestion: EXAMPLE_TABLE,
        },
      ];
    }

    // Nothing but placeholders: pr-checklist reports an unfilled section, if it looks.
    if (
      checklistCovers(context, options.section) &&
      (isOnlyPlaceholders(nodes, isPlaceholder) ||
        equalsTemplate(snapshot, context, options.section, nodes))
    ) {
      return [];
    }
    const state =
      proseText(nodes) === "" ? "is empty" : "lists no risks and does not say there are none";
    return [
      {
        ruleId: RULE_ID,
        severity: "blocking",
        source: "body",
        position: heading,
        message: `The "${inertText(title)}" section ${state}. Add one table row per risk (\`${TABLE_HEADER}\`), or write "No residual risks." if there are none.`,
        suggestion: EXAMPLE_TABLE,
      },
    ];
  },
});

type Options = { block_open: readonly RiskSeverity[]; require_owner: readonly RiskSeverity[] };

/** The finding for one risk, or `undefined` when it does not need one. */
function judge(risk: RiskEntry, options: Options): Finding | undefined {
  const { severity, status } = risk;
  const statusKnown = status.state === "ok";
  const severityKnown = severity.state === "ok";
  const base = {
    ruleId: RULE_ID,
    source: "body" as const,
    ...(risk.position ? { position: risk.position } : {}),
  };
  const name = `"${inertText(risk.text, 80)}"${at(risk.position)}`;

  if (statusKnown && status.value !== "open") {
    if (severityKnown) return undefined;
    return {
      ...base,
      severity: "warning",
      message: `Risk ${name} ${describeSeverity(severity)}. It does not block because its status is ${codeSpan(status.value)}, but write its severity as ${SEVERITY_HELP}.`,
    };
  }

  // Open, or read as open. Which severities could it have?
  const possible = severityKnown ? [severity.value] : RISK_SEVERITIES;
  const blockingSeverity = possible.find((s) => options.block_open.includes(s));
  const ownerSeverity = risk.owner
    ? undefined
    : possible.find((s) => options.require_owner.includes(s));
  const blocks = blockingSeverity !== undefined || ownerSeverity !== undefined;

  if (severityKnown && statusKnown) {
    if (blockingSeverity) {
      const ownerNote = ownerSeverity ? ` It also has no owner: ${ownerFix(risk)}.` : "";
      return {
        ...base,
        severity: "blocking",
        message: `Open ${severity.value} risk ${name} blocks the merge. Mitigate it and set its status to \`mitigated\` with a link to the evidence, or have the PO accept it and set its status to \`accepted\`.${ownerNote}`,
      };
    }
    if (ownerSeverity) {
      return {
        ...base,
        severity: "blocking",
        message: `Open ${severity.value} risk ${name} has no owner${risk.ownerPlaceholder ? ` ("${inertText(risk.ownerPlaceholder)}")` : ""}, which an open ${severity.value} risk needs. ${capitalise(ownerFix(risk))}, or mitigate it and set its status to \`mitigated\`.`,
      };
    }
    return undefined;
  }

  const problems: string[] = [];
  const fixes: string[] = [];
  if (!severityKnown) {
    problems.push(describeSeverity(severity));
    fixes.push(`its severity as ${SEVERITY_HELP}`);
  }
  if (!statusKnown) {
    problems.push(describeStatus(status));
    fixes.push(`its status as ${STATUS_HELP}`);
  }
  const assumed = statusKnown ? "" : ", so it counts as open";
  let consequence: string;
  if (blockingSeverity) {
    consequence = severityKnown
      ? `${assumed}, and an open ${blockingSeverity} risk blocks the merge`
      : `${assumed}; it could be ${blockingSeverity}, and an open ${blockingSeverity} risk blocks the merge`;
  } else if (ownerSeverity) {
    consequence = severityKnown
      ? `${assumed}, and an open ${ownerSeverity} risk without an owner blocks the merge`
      : `${assumed}; it could be ${ownerSeverity}, and it has no owner, which blocks the merge`;
  } else {
    consequence = `${assumed}. That does not block here`;
  }
  return {
    ...base,
    severity: blocks ? "blocking" : "warning",
    message: `Risk ${name} ${problems.join(" and ")}${consequence}. Write ${fixes.join(", and ")}.`,
  };
}

function describeSeverity(reading: FieldReading<RiskSeverity>): string {
  switch (reading.state) {
    case "no-column":
      return "has no severity (its table has no Severity column)";
    case "unknown":
      return `has severity "${inertText(reading.raw, 80)}", which is not a severity this rule reads`;
    case "ambiguous":
      return `gives more than one severity (${reading.values.map((v) => inertText(v)).join(", ")})`;
    default:
      return "has no severity";
  }
}

function describeStatus(reading: FieldReading<RiskStatus>): string {
  switch (reading.state) {
    case "no-column":
      return "has no status (its table has no Status column)";
    case "unknown":
      return `has status "${inertText(reading.raw, 80)}", which is not a status this rule reads`;
    case "ambiguous":
      return `gives more than one status (${reading.values.map((v) => inertText(v)).join(", ")})`;
    case "hedged":
      return `is ${codeSpan(reading.value)} but qualified by "${inertText(reading.hedge)}" ("${inertText(reading.raw, 80)}")`;
    default:
      return "has no status";
  }
}

function ownerFix(risk: RiskEntry): string {
  if (risk.form === "list") return "add `owner: @name` to the item, naming who is responsible";
  if (!risk.ownerColumn) return "add an Owner column to the table and name who is responsible";
  return "put who is responsible in its Owner cell, e.g. `@alice`";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function at(position: Position | undefined): string {
  return position ? ` (line ${position.line})` : "";
}

function sectionTitle(context: RuleContext, id: string): string {
  return resolveSections(context.config.sections).find((s) => s.id === id)?.title ?? id;
}

/**
 * The block nodes of every section with this id (a body may repeat a heading,
 * and a risk under the second one still counts), leaving out sub-sections
 * that are configured sections of their own, which their rules read.
 */
function sectionNodes(body: ParsedBody, id: string): RootContent[] {
  const configured = new Set<number>();
  for (const section of body.sections) if (section.id) configured.add(section.position.line);
  const nodes: RootContent[] = [];
  for (const section of body.sections) {
    if (section.id !== id) continue;
    let skipBelow: number | undefined;
    for (const node of section.nodes) {
      if (node.type === "heading") {
        if (skipBelow !== undefined && node.depth > skipBelow) continue;
        skipBelow = undefined;
        const line = node.position?.start.line;
        if (line !== undefined && configured.has(line)) {
          skipBelow = node.depth;
          continue;
        }
      } else if (skipBelow !== undefined) {
        continue;
      }
      nodes.push(node);
    }
  }
  return nodes;
}

/** Whether pr-checklist will report this section when it is missing or unfilled. */
function checklistCovers(context: RuleContext, id: string): boolean {
  const checklist = context.config.rules["pr-checklist"];
  return checklist.enabled && checklist.required_sections.includes(id);
}

/** pr-checklist's placeholder test, so both rules agree on what counts as unfilled. */
function checklistPlaceholders(context: RuleContext): (line: string) => boolean {
  const patterns: RegExp[] = [];
  for (const source of context.config.rules["pr-checklist"].placeholders) {
    try {
      patterns.push(new RegExp(source, "u"));
    } catch {
      // The config schema rejects invalid patterns; a bad one here only means fewer placeholders.
    }
  }
  return (line) => patterns.some((pattern) => pattern.test(line));
}

function isOnlyPlaceholders(
  nodes: readonly RootContent[],
  isPlaceholder: (line: string) => boolean,
): boolean {
  return proseText(nodes)
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || isPlaceholder(line));
}

/**
 * Whether the section reads the same as in the repository's template or the
 * built-in one, which pr-checklist treats as unfilled. Compared as prose so
 * table alignment and comments do not matter.
 */
function equalsTemplate(
  snapshot: PullRequestSnapshot,
  context: RuleContext,
  id: string,
  nodes: readonly RootContent[],
): boolean {
  const text = normalise(proseText(nodes));
  const sections = resolveSections(context.config.sections);
  for (const template of [snapshot.template, DEFAULT_PR_TEMPLATE]) {
    if (template === undefined) continue;
    const body = parseBody(template.replace(/\r\n?/g, "\n"), sections);
    if (!body.byId.has(id)) continue;
    if (normalise(proseText(sectionNodes(body, id))) === text) return true;
  }
  return false;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
