import type { Heading, Nodes, RootContent } from "mdast";
import { z } from "zod";
import { regexSource } from "../config/regex.js";
import { type ResolvedSection, resolveSections, sectionId } from "../config/sections.js";
import { DEFAULT_ID_PATTERN, findIds, isId } from "../ids.js";
import { MAX_EVIDENCE_PATHS } from "../limits.js";
import {
  linkTargets,
  type ParsedBody,
  parseBody,
  positionOf,
  type Section,
  type SectionMatcher,
  taskItems,
} from "../markdown/body.js";
import { MAX_BODY_CHARS } from "../markdown/limits.js";
import { DEFAULT_PR_TEMPLATE } from "../pr-template.js";
import { codeSpan, inertText } from "../render/escape.js";
import type { Finding, HeadPaths, Position, PullRequestSnapshot } from "../types.js";
import { ruleBaseShape } from "./common.js";
import { defineRule, type RuleContext } from "./rule.js";

/** Text that stands in for content in templates; a section holding only these is unfilled. */
export const DEFAULT_PLACEHOLDERS = [
  "^<[^>]*>$",
  "^(?:TBD|TBC|TODO|FIXME|XXX)\\.?$",
  "^(?:\\.{3}|…)$",
  "^[-_*]+$",
  "^\\[[^\\]]*\\]\\(\\s*\\)$",
];

const RULE_ID = "pr-checklist";

const options = z.strictObject({
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
    .describe(
      "Sections whose task items must all be checked (or say `N/A: <reason>`), keeping every item the repository's own PR template lists there.",
    ),
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
});

type Options = z.output<typeof options>;

/**
 * The PR body carries the launch checklist. A section counts only when the
 * author wrote something a reviewer can read: comments, code, placeholders and
 * text left exactly as in the template do not.
 */
export const prChecklist = defineRule({
  id: RULE_ID,
  description:
    "The PR body fills every required section: Story ID, Definition of Ready/Done, residual risks, evidence, runbook impact.",
  options,
  check(snapshot, opts, context) {
    return checkChecklist(snapshot, opts, context);
  },
});

/** A piece of what a section says, in document order. */
type Piece = { kind: "line"; text: string } | { kind: "task"; checked: boolean };

/** What one present section says once comments, code and other sections are set aside. */
interface SectionContent {
  section: Section;
  /** The heading as the author wrote it, without an inline value. */
  name: string;
  /** Blocks under the heading, minus nested sub-sections that are configured sections themselves. */
  nodes: RootContent[];
  /** Readable, trimmed, non-empty lines: the heading's inline value first, then the blocks. */
  lines: string[];
  /** Lines that are not placeholders. */
  realLines: string[];
  /** Normalised content, to compare with the template. */
  fingerprint: string;
}

interface Analysis {
  body: ParsedBody;
  sectionOf: Map<string, Section>;
  headingOf: Map<string, Heading>;
  placeholders: RegExp[];
}

function checkChecklist(
  snapshot: PullRequestSnapshot,
  opts: Options,
  context: RuleContext,
): Finding[] {
  const resolved = resolveSections(context.config.sections);
  const byId = new Map(resolved.map((s) => [s.id, s]));
  const placeholders = compilePlaceholders(opts.placeholders);
  const required = unique(opts.required_sections);
  const tasks = new Set(opts.task_sections);

  // A body the evaluator could not read has already been reported, and
  // "the body is empty" would be false.
  if (context.body.unread) return [];
  if (isEmptyBody(context.body)) {
    if (required.length === 0) return [];
    const headings = required.map((id) => codeSpan(`## ${titleOf(id, byId)}`)).join(", ");
    return [
      {
        ruleId: RULE_ID,
        severity: "blocking",
        source: "body",
        message: `The PR body is empty (HTML comments do not count). Fill in the PR template: it needs the sections ${headings}, each with real content.`,
      },
    ];
  }

  const analysis = analyse(context.body, placeholders);
  const template = readTemplates(snapshot.template, resolved, opts);
  const branchId = context.branch?.storyId;
  const findings: Finding[] = [];
  if (template.unreadable !== undefined && tasks.size > 0) {
    findings.push({
      ruleId: RULE_ID,
      severity: "blocking",
      source: "config",
      message: `The repository's PR template could not be read as Markdown (${inertText(template.unreadable)}), so its checklist items cannot be compared with the body. Simplify the template on the default branch (flatten its nesting), then re-run the check.`,
    });
  }

  for (const id of unique([...required, ...opts.task_sections, "story_id"])) {
    const isRequired = required.includes(id);
    const section = context.body.byId.get(id);
    const templateItems = tasks.has(id) ? (template.items.get(id) ?? []) : [];
    if (!section) {
      if (isRequired) findings.push(missingFinding(id, byId, context, branchId));
      else if (templateItems.length > 0) {
        findings.push(missingChecklistFinding(titleOf(id, byId), templateItems));
      }
      continue;
    }
    const content = readSection(section, analysis);
    const unchanged =
      content.realLines.length > 0 &&
      template.fingerprints.some((fingerprints) => fingerprints.get(id) === content.fingerprint);
    const filled = content.realLines.length > 0 && !unchanged;

    if (!filled && isRequired) {
      findings.push(unfilledFinding(id, content, unchanged, context, branchId));
      continue;
    }
    if (tasks.has(id)) {
      const items = readItems(content);
      findings.push(...taskFindings(content, items, placeholders));
      findings.push(...deletedItemFindings(content, items, templateItems));
    }
    if (!filled) continue;
    if (id === "story_id") {
      findings.push(...storyFindings(snapshot, opts, content, context, isRequired));
    } else if (isRequired && id === "evidence") {
      findings.push(...evidenceFindings(content, branchId, snapshot.headPaths));
    } else if (isRequired && id === "runbook_impact") {
      findings.push(...runbookFindings(content, placeholders));
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------
// Reading sections

function analyse(body: ParsedBody, placeholders: RegExp[]): Analysis {
  const sectionOf = new Map<string, Section>();
  for (const section of body.sections) sectionOf.set(keyOf(section.position), section);
  const headingOf = new Map<string, Heading>();
  for (const node of body.tree.children) {
    const position = positionOf(node);
    if (node.type === "heading" && position) headingOf.set(keyOf(position), node);
  }
  return { body, sectionOf, headingOf, placeholders };
}

function keyOf(position: Position): string {
  return `${position.line}:${position.column}`;
}

function readSection(section: Section, analysis: Analysis): SectionContent {
  const nodes = contentNodes(section, analysis);
  const inlineValue = readInlineValue(section, analysis);
  const pieces: Piece[] = [];
  for (const line of splitLines(inlineValue)) pieces.push({ kind: "line", text: line });
  collectPieces(nodes, pieces);

  const lines: string[] = [];
  const realLines: string[] = [];
  const fingerprint: string[] = [];
  for (const piece of pieces) {
    if (piece.kind === "task") {
      // Ticking a template's boxes is editing it, so the tick is part of the comparison.
      fingerprint.push(piece.checked ? "[x]" : "[ ]");
      continue;
    }
    lines.push(piece.text);
    if (isPlaceholder(piece.text, analysis.placeholders)) continue;
    realLines.push(piece.text);
    fingerprint.push(foldForComparison(piece.text));
  }
  return {
    section,
    name: shorten(headingName(section), 80),
    nodes,
    lines,
    realLines,
    fingerprint: fingerprint.join("\n"),
  };
}

/**
 * A sub-section belongs to its parent (`### Screenshots` under Evidence), but
 * one that is a configured section of its own is judged on its own, so its
 * links or ticks cannot fill the parent.
 */
function contentNodes(section: Section, analysis: Analysis): RootContent[] {
  const nodes: RootContent[] = [];
  let skipBelow: number | undefined;
  for (const node of section.nodes) {
    if (node.type === "heading") {
      if (skipBelow !== undefined && node.depth > skipBelow) continue;
      skipBelow = undefined;
      const position = positionOf(node);
      const nested = position ? analysis.sectionOf.get(keyOf(position)) : undefined;
      if (nested?.id && nested.id !== section.id && analysis.body.byId.get(nested.id) === nested) {
        skipBelow = node.depth;
        continue;
      }
    } else if (skipBelow !== undefined) {
      continue;
    }
    nodes.push(node);
  }
  return nodes;
}

/** The heading's value after the colon, read from the tree so HTML comments in it are left out. */
function readInlineValue(section: Section, analysis: Analysis): string {
  if (!section.inlineValue) return "";
  const heading = analysis.headingOf.get(keyOf(section.position));
  if (!heading) return section.inlineValue;
  const text = inlineText(heading);
  const colon = text.indexOf(":");
  return colon >= 0 ? text.slice(colon + 1).trim() : "";
}

function headingName(section: Section): string {
  if (!section.inlineValue) return section.title;
  const colon = section.title.indexOf(":");
  return colon > 0 ? section.title.slice(0, colon).trim() : section.title;
}

/**
 * Walks blocks in document order without recursion, so deeply nested lists
 * or quotes cannot overflow the stack. Paragraphs, headings and table cells
 * become lines; a task item also leaves a marker of its box.
 */
function collectPieces(nodes: readonly RootContent[], out: Piece[]): void {
  const stack: Nodes[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    switch (node.type) {
      case "html":
      case "code":
      case "definition":
      case "thematicBreak":
        continue;
      case "paragraph":
      case "heading":
      case "tableCell":
        for (const line of splitLines(inlineText(node))) out.push({ kind: "line", text: line });
        continue;
      case "listItem":
        if (typeof node.checked === "boolean") out.push({ kind: "task", checked: node.checked });
        break;
    }
    if ("children" in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
    }
  }
}

/**
 * Readable text of inline content: HTML dropped, images kept as their target.
 * A link with no target keeps its brackets, `[link]()`, so a placeholder
 * pattern can recognise the template's empty link.
 */
function inlineText(root: Nodes): string {
  let text = "";
  const stack: (Nodes | string)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes | string;
    if (typeof node === "string") {
      text += node;
      continue;
    }
    if (node.type === "text" || node.type === "inlineCode") text += node.value;
    else if (node.type === "break") text += "\n";
    else if (node.type === "image") text += node.url ? ` ${node.alt || "image"} ${node.url} ` : "";
    else if (node.type !== "html" && "children" in node) {
      const emptyLink = node.type === "link" && node.url.trim() === "";
      if (emptyLink) {
        text += "[";
        stack.push("]()");
      }
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
    }
  }
  return text;
}

function splitLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line) lines.push(line);
  }
  return lines;
}

function compilePlaceholders(sources: readonly string[]): RegExp[] {
  const compiled: RegExp[] = [];
  for (const source of sources) {
    try {
      compiled.push(new RegExp(source, "u"));
    } catch {
      // Config loading rejects bad patterns; one that slips through is ignored rather than fatal.
    }
  }
  return compiled;
}

function isPlaceholder(line: string, placeholders: readonly RegExp[]): boolean {
  return placeholders.some((re) => re.test(line));
}

function foldForComparison(line: string): string {
  return line.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

function isEmptyBody(body: ParsedBody): boolean {
  return body.tree.children.every((node) => node.type === "html");
}

// ---------------------------------------------------------------------------
// The template: sections left as shipped count as unfilled, and the
// repository's own checklist items must all be there

/** A task item of the repository's template. */
interface TemplateItem {
  /** As the template words it, for messages. */
  text: string;
  /** Folded for comparison (see `itemKey`). */
  key: string;
}

interface TemplateInfo {
  /** Section fingerprints of the built-in template and the repository's, keyed by section id. */
  fingerprints: Map<string, string>[];
  /** Task items of each task section of the repository's template; none without one. */
  items: Map<string, TemplateItem[]>;
  /** Why the repository's template could not be read, so its items are unknown. */
  unreadable?: string;
}

const templateCache = new Map<string, TemplateInfo>();
const TEMPLATE_CACHE_SIZE = 8;

/**
 * What the templates say, read once per template and config: every
 * evaluation compares against the same few. Only the repository's own
 * template lists items a body must keep: without one, the built-in
 * template only tells unedited text from filled text, as it always has.
 */
function readTemplates(
  repositoryTemplate: string | undefined,
  sections: readonly ResolvedSection[],
  opts: Pick<Options, "placeholders" | "task_sections">,
): TemplateInfo {
  const own =
    typeof repositoryTemplate === "string" && repositoryTemplate.trim() !== ""
      ? repositoryTemplate
          .replace(/^\uFEFF/, "")
          .replace(/\r\n?/g, "\n")
          .slice(0, MAX_BODY_CHARS)
      : undefined;
  const key = JSON.stringify([sections, opts.placeholders, opts.task_sections, own]);
  const cached = templateCache.get(key);
  if (cached) return cached;

  const matchers: SectionMatcher[] = sections.map((s) => ({ ...s }));
  const placeholders = compilePlaceholders(opts.placeholders);
  const result: TemplateInfo = { fingerprints: [], items: new Map() };
  const texts = unique([DEFAULT_PR_TEMPLATE, ...(own === undefined ? [] : [own])]);
  for (const text of texts) {
    let parsed: ParsedBody;
    try {
      parsed = parseBody(text, matchers);
    } catch (error) {
      if (text === own) result.unreadable = (error as Error).message;
      continue;
    }
    const analysis = analyse(parsed, placeholders);
    const fingerprints = new Map<string, string>();
    for (const [id, section] of parsed.byId) {
      fingerprints.set(id, readSection(section, analysis).fingerprint);
    }
    result.fingerprints.push(fingerprints);
    // Also when the repository's template is the built-in one, as `pilot-gate init` writes it.
    if (text !== own) continue;
    for (const id of opts.task_sections) {
      const section = parsed.byId.get(id);
      if (!section) continue;
      const items = templateItems(readSection(section, analysis), placeholders);
      if (items.length > 0) result.items.set(id, items);
    }
  }
  if (templateCache.size >= TEMPLATE_CACHE_SIZE) {
    const oldest = templateCache.keys().next().value;
    if (oldest !== undefined) templateCache.delete(oldest);
  }
  templateCache.set(key, result);
  return result;
}

/** The items a template's checklist asks for; its placeholders and `N/A` lines ask for nothing. */
function templateItems(content: SectionContent, placeholders: readonly RegExp[]): TemplateItem[] {
  const items: TemplateItem[] = [];
  for (const item of readItems(content)) {
    if (item.notApplicable || item.key === "" || isPlaceholder(item.text, placeholders)) continue;
    items.push({ text: item.text, key: item.key });
  }
  return items;
}

// ---------------------------------------------------------------------------
// Findings

function finding(message: string, position?: Position, suggestion?: string): Finding {
  return {
    ruleId: RULE_ID,
    severity: "blocking",
    source: "body",
    message,
    ...(position ? { position } : {}),
    ...(suggestion ? { suggestion } : {}),
  };
}

function titleOf(id: string, byId: Map<string, ResolvedSection>): string {
  return byId.get(id)?.title ?? id;
}

function missingFinding(
  id: string,
  byId: Map<string, ResolvedSection>,
  context: RuleContext,
  branchId: string | undefined,
): Finding {
  const definition = byId.get(id);
  if (!definition) {
    return {
      ruleId: RULE_ID,
      severity: "blocking",
      source: "config",
      message: `The config requires a section "${inertText(id)}", but no section with that id is defined under \`sections:\`, so no heading can ever match it. Define it with a \`title\` (the heading to look for), or remove it from \`required_sections\`.`,
    };
  }
  const aliases = definition.aliases.slice(0, 3).map((a) => `"${inertText(a)}"`);
  const more = definition.aliases.length - aliases.length;
  const aliasText =
    aliases.length > 0
      ? ` (also recognised: ${aliases.join(", ")}${more > 0 ? ` and ${more} more` : ""})`
      : "";
  const heading = `## ${definition.title}`;
  const example = id === "story_id" ? exampleId(context, branchId) : undefined;
  const suggestion = example ? `${heading}: ${example}` : heading;
  return finding(
    `The PR body has no "${inertText(definition.title)}" section. Add a ${codeSpan(heading)} heading${aliasText}. ${whatToWrite(id, context, branchId)}`,
    undefined,
    suggestion,
  );
}

function unfilledFinding(
  id: string,
  content: SectionContent,
  unchanged: boolean,
  context: RuleContext,
  branchId: string | undefined,
): Finding {
  const where = `The "${inertText(content.name)}" section (line ${content.section.position.line})`;
  const what = unchanged
    ? `${where} is unchanged from the PR template.`
    : `${where} is empty: comments, code blocks and placeholders such as \`TBD\`, \`...\` or \`<link>\` do not count.`;
  return finding(
    `${what} ${whatToWrite(id, context, branchId, unchanged)}`,
    content.section.position,
  );
}

/** The fix for an empty or missing section, in the words a PR author needs. */
function whatToWrite(
  id: string,
  context: RuleContext,
  branchId: string | undefined,
  unchanged = false,
): string {
  switch (id) {
    case "story_id": {
      const example = exampleId(context, branchId);
      const source = branchId ? " (the id in the branch name)" : "";
      return example
        ? `Write the story or incident id, e.g. ${codeSpan(example)}${source}.`
        : `Write the story or incident id (it must match ${codeSpan(context.config.ids.pattern)}).`;
    }
    case "definition_of_ready":
    case "definition_of_done":
      return unchanged
        ? "Tick each item that is done (`- [x]`), and replace the text of one that does not apply with `N/A: <reason>`."
        : "Add its checklist as task items and tick each one that is done (`- [x] ...`); for one that does not apply, write `N/A: <reason>`.";
    case "residual_risks":
      return "List each risk with its severity, status and owner (a table works), or write `No residual risks.`";
    case "evidence":
      return `Add at least one link to a test run, screenshot or log, or the path of an evidence file in this repository, e.g. ${codeSpan(evidenceExample(branchId))}.`;
    case "runbook_impact":
      return "Link the runbook you changed, or write `Not applicable: <reason>`.";
    default:
      return "Write what this section asks for.";
  }
}

function describeIdFormat(pattern: string): string {
  return pattern === DEFAULT_ID_PATTERN
    ? "an id is upper-case letters and digits in hyphen-separated groups, ending in a number, like `S-PC-01` or `INC-42`"
    : `an id must match ${codeSpan(pattern)}`;
}

function exampleId(context: RuleContext, branchId: string | undefined): string | undefined {
  if (branchId) return branchId;
  return isId("S-PC-01", context.config.ids.pattern) ? "S-PC-01" : undefined;
}

function evidenceExample(branchId: string | undefined): string {
  return `evidence/story/${branchId ?? "S-PC-01"}/`;
}

// Task items ---------------------------------------------------------------

/** `N/A` at the start of an item; group 1 is the separator, group 2 the reason. */
const NOT_APPLICABLE_ITEM = /^n\/a(?![\p{L}\p{N}])\s*(:|[-–—])?\s*(.*)$/iu;

/** A task item of a section, read once for every check on it. */
interface Item {
  /** Readable text, HTML comments and tags left out. */
  text: string;
  /** Folded for comparison with the template (see `itemKey`). */
  key: string;
  checked: boolean;
  position: Position | undefined;
  /** Starts with `N/A`; `reason` is what follows its separator, `undefined` without one. */
  notApplicable: { reason: string | undefined } | undefined;
}

function readItems(content: SectionContent): Item[] {
  return taskItems(content.nodes).map((item) => {
    const text = stripHtml(item.text).trim();
    const na = NOT_APPLICABLE_ITEM.exec(text);
    return {
      text,
      key: itemKey(text),
      checked: item.checked,
      position: item.position,
      notApplicable: na ? { reason: na[1] ? (na[2] ?? "") : undefined } : undefined,
    };
  });
}

/**
 * An item's text as compared with the template's: case, Unicode forms,
 * spacing and a trailing full stop do not matter; wording does.
 */
function itemKey(text: string): string {
  return foldForComparison(text)
    .replace(/[.。]+$/u, "")
    .trimEnd();
}

/**
 * Every task item must be ticked; one that does not apply may say
 * `N/A: <reason>` instead, ticked or not. A bare `N/A` is not a reason, so it
 * does not count even when ticked, and the fix is a reason, not a tick.
 */
function taskFindings(
  content: SectionContent,
  items: readonly Item[],
  placeholders: readonly RegExp[],
): Finding[] {
  const unticked: Item[] = [];
  const noReason: Item[] = [];
  for (const item of items) {
    if (item.notApplicable) {
      const reason = item.notApplicable.reason;
      if (reason === undefined || !isReason(reason, placeholders)) noReason.push(item);
    } else if (!item.checked) {
      unticked.push(item);
    }
  }
  const name = inertText(content.name);
  const findings: Finding[] = [];
  if (unticked.length > 0) {
    const count =
      unticked.length === 1
        ? "1 item that is not done"
        : `${unticked.length} items that are not done`;
    findings.push(
      finding(
        `The "${name}" checklist has ${count}: ${quoteList(unticked)}. Tick ${unticked.length === 1 ? "it" : "them"}, or write \`N/A: <reason>\` for one that does not apply.`,
        unticked[0]?.position ?? content.section.position,
      ),
    );
  }
  if (noReason.length > 0) {
    const count =
      noReason.length === 1
        ? "1 `N/A` item without a reason"
        : `${noReason.length} \`N/A\` items without a reason`;
    findings.push(
      finding(
        `The "${name}" checklist has ${count}: ${quoteList(noReason)}. Add a reason after it, e.g. \`N/A: no UI in this change\`: a bare \`N/A\` does not count, ticked or not.`,
        noReason[0]?.position ?? content.section.position,
      ),
    );
  }
  return findings;
}

/**
 * Every item of the repository template's checklist must still be in the
 * body, so a checklist cannot be passed by deleting what is not done.
 *
 * Items are matched by their text (see `itemKey`), in any order. An item
 * that does not apply is written, as the template says, by replacing its
 * text with `N/A: <reason>`: such an item stands for one unmatched template
 * item between the same matched neighbours, the place the template item
 * had. A reworded or renamed item is not the template's item: fail closed,
 * the template's item counts as deleted (and the reworded one is judged as
 * an extra item), so the message says to keep the template's wording.
 */
function deletedItemFindings(
  content: SectionContent,
  items: readonly Item[],
  template: readonly TemplateItem[],
): Finding[] {
  const deleted = deletedItems(template, items);
  if (deleted.length === 0) return [];
  const count = deleted.length === 1 ? "1 item" : `${deleted.length} items`;
  return [
    finding(
      `The "${inertText(content.name)}" checklist is missing ${count} of the repository's PR template: ${quoteList(deleted)}. Put ${deleted.length === 1 ? "it" : "each"} back and tick it, or write \`N/A: <reason>\` in its place; a reworded item does not count, so keep the template's wording.`,
      content.section.position,
    ),
  ];
}

/** A task section the template has and the body left out altogether (one that is not required). */
function missingChecklistFinding(title: string, template: readonly TemplateItem[]): Finding {
  return finding(
    `The PR body has no "${inertText(title)}" section, and the repository's PR template lists ${template.length === 1 ? "1 item" : `${template.length} items`} in it: ${quoteList(template)}. Add the section with each item ticked, or with \`N/A: <reason>\` in place of one that does not apply.`,
    undefined,
    `## ${title}`,
  );
}

/** The template's items the body does not have, in template order (see `deletedItemFindings`). */
function deletedItems(template: readonly TemplateItem[], items: readonly Item[]): TemplateItem[] {
  const byKey = new Map<string, number[]>();
  items.forEach((item, index) => {
    const queue = byKey.get(item.key);
    if (queue) queue.push(index);
    else byKey.set(item.key, [index]);
  });
  const used = new Set<number>();
  // The body item each template item matched by text, or -1.
  const matched = template.map((item) => {
    const index = byKey.get(item.key)?.shift();
    if (index === undefined) return -1;
    used.add(index);
    return index;
  });

  // Matched neighbours of each template item: the body items it must sit between.
  const after = new Array<number>(template.length);
  const before = new Array<number>(template.length);
  for (let t = 0, last = -1; t < template.length; t++) {
    after[t] = last;
    last = Math.max(last, matched[t] ?? -1);
  }
  for (let t = template.length - 1, next = items.length; t >= 0; t--) {
    before[t] = next;
    if ((matched[t] ?? -1) >= 0) next = matched[t] as number;
  }
  // The first unused N/A item at or after an index, in near-constant time
  // (a disjoint-set forest), so a long checklist costs linear time.
  const next = Int32Array.from({ length: items.length + 1 }, (_, i) =>
    i < items.length && items[i]?.notApplicable && !used.has(i) ? i : i + 1,
  );
  const firstFree = (from: number): number => {
    let root = from;
    while (root < items.length && next[root] !== root) root = next[root] as number;
    for (let i = from; i < root; ) {
      const step = next[i] as number;
      next[i] = root;
      i = step;
    }
    return root;
  };

  const deleted: TemplateItem[] = [];
  template.forEach((item, t) => {
    if ((matched[t] ?? -1) >= 0) return;
    const standIn = firstFree((after[t] as number) + 1);
    if (standIn < (before[t] as number)) next[standIn] = standIn + 1;
    else deleted.push(item);
  });
  return deleted;
}

/** `"a", "b" and 3 more`: at most five items, each shortened. */
function quoteList(items: readonly { text: string }[]): string {
  const shown = items.slice(0, 5).map((item) => quote(item.text));
  const rest = items.length - shown.length;
  return `${shown.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
}

function isReason(text: string, placeholders: readonly RegExp[]): boolean {
  const reason = text.trim();
  return /[\p{L}\p{N}]/u.test(reason) && !isPlaceholder(reason, placeholders);
}

/** Drops HTML comments and tags from text that `mdast-util-to-string` kept them in. Linear. */
function stripHtml(text: string): string {
  let out = "";
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("<!--", at);
    if (open === -1) {
      out += text.slice(at);
      break;
    }
    out += text.slice(at, open);
    const close = text.indexOf("-->", open + 4);
    if (close === -1) break;
    at = close + 3;
  }
  return out.replace(/<\/?[A-Za-z][^<>]*>/g, "");
}

function quote(text: string): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (!flat) return "(an empty item)";
  return `"${inertText(flat, 60)}"`;
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

// Story ID -----------------------------------------------------------------

/**
 * The Story ID must hold an id, and, when the branch names one, that id.
 * Several ids are allowed (a story and the incident it fixes); the branch's
 * id only has to be among them, since the order authors list them in means
 * nothing.
 */
function storyFindings(
  snapshot: PullRequestSnapshot,
  opts: Options,
  content: SectionContent,
  context: RuleContext,
  isRequired: boolean,
): Finding[] {
  const pattern = context.config.ids.pattern;
  const text = content.lines.join("\n");
  const ids = unique(findIds(text, pattern));
  const position = content.section.position;
  const branchId = context.branch?.storyId;

  if (ids.length === 0) {
    if (!isRequired) return [];
    const written = quote(content.realLines.join(" "));
    const upper = unique(findIds(text.toUpperCase(), pattern))[0];
    const example = upper ?? exampleId(context, branchId);
    const hint = upper
      ? ` Ids are upper case: write ${codeSpan(upper)}.`
      : example
        ? ` Write it like ${codeSpan(example)}${branchId ? " (the id in the branch name)" : ""}.`
        : "";
    return [
      finding(
        `The "${inertText(content.name)}" section (line ${position.line}) has no story or incident id: it says ${written}, and ${describeIdFormat(pattern)}.${hint}`,
        position,
        example,
      ),
    ];
  }

  if (!opts.story_matches_branch || !branchId || ids.includes(branchId)) return [];
  const first = ids[0] as string;
  const said =
    ids.length === 1
      ? `The "${inertText(content.name)}" section says ${inertText(first)}`
      : `The "${inertText(content.name)}" section lists ${ids.map((id) => inertText(id)).join(", ")}, none of them ${inertText(branchId)}`;
  const renamed = snapshot.branch.includes(branchId)
    ? snapshot.branch.replace(branchId, first)
    : undefined;
  const rename = renamed ? `rename the branch to ${codeSpan(renamed)}` : "rename the branch";
  return [
    finding(
      `${said}, but the branch ${codeSpan(snapshot.branch)} is for ${inertText(branchId)}. Change the Story ID to ${inertText(branchId)}; if this PR really delivers ${inertText(first)}, ${rename} instead (renaming a branch on GitHub keeps its open PR).`,
      position,
      branchId,
    ),
  ];
}

// Evidence and runbook -----------------------------------------------------

const URL_TOKEN = /^https?:\/\/[^\s/?#]+/i;
/**
 * A bare web address, which GitHub links (GFM autolink literals): `http(s)://`
 * after anything but a letter, `www.` at the start or after a space, `(`,
 * `*`, `_`, `[`, `]` or `~`. The parser leaves these as text.
 */
const BARE_URL = /(?:^|[^a-z])https?:\/\/[^\s/?#]|(?:^|[\s(*_[\]~])www\.[\p{L}\p{N}_-]/iu;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const PATH_TOKEN = /^(?:\.{1,2}\/|\/)?(?:[\p{L}\p{N}_.@~+-]+\/)+[\p{L}\p{N}_.@~+-]*$/u;
const FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,9}$/;

/** Where a section points: whether it has a web link, and the repository paths it cites as written. */
interface Links {
  url: boolean;
  paths: string[];
}

/**
 * Whether a section points somewhere a reviewer can follow: a web URL (links,
 * autolinks, bare URLs) or a file in the repository, either as a relative
 * link target or as a path written in the text.
 */
function hasLink(content: SectionContent): boolean {
  const links = readLinks(content);
  return links.url || links.paths.length > 0;
}

function readLinks(content: SectionContent): Links {
  const links: Links = { url: false, paths: [] };
  for (const { url } of linkTargets(content.nodes)) {
    if (!isLinkTarget(url)) continue;
    const target = url.trim();
    // A target from `/` is a page of the GitHub site (`/org/repo/actions/runs/1`),
    // which is where a PR body's links resolve, not a file in the repository.
    if (URL_TOKEN.test(target) || target.startsWith("/")) links.url = true;
    else links.paths.push(decodePath(target.replace(/[?#].*$/su, "")));
  }
  for (const line of content.lines) {
    if (BARE_URL.test(line)) links.url = true;
    for (const raw of line.split(/\s+/u)) {
      const token = raw.replace(/^[("'`“‘[<]+/u, "").replace(/[)"'`”’\]>,.;:!?]+$/u, "");
      if (isRepoPath(token)) links.paths.push(token);
    }
  }
  return links;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function isLinkTarget(url: string): boolean {
  const target = url.trim();
  if (URL_TOKEN.test(target)) return true;
  if (SCHEME.test(target) || target.startsWith("#") || target.startsWith("//")) return false;
  const path = target.replace(/[?#].*$/su, "");
  return /\p{L}/u.test(path) && (path.includes("/") || FILE_EXTENSION.test(path));
}

/**
 * A path written as text. One slash is not enough (`and/or`, `N/A`), so it
 * also needs a leading `./`, a second slash, a trailing slash or a file
 * extension.
 */
function isRepoPath(token: string): boolean {
  if (!token.includes("/") || !PATH_TOKEN.test(token) || !/\p{L}/u.test(token)) return false;
  const slashes = token.split("/").length - 1;
  return (
    token.startsWith("./") ||
    token.startsWith("../") ||
    slashes >= 2 ||
    token.endsWith("/") ||
    FILE_EXTENSION.test(token)
  );
}

/**
 * A path as the repository names it: from its root, `.` and `..` resolved,
 * no leading or trailing `/`. `undefined` for one that leaves the root, ""
 * for the root itself.
 */
function repoPathOf(written: string): string | undefined {
  const segments: string[] = [];
  for (const segment of written.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.join("/");
}

/**
 * Whether `path` exists at the PR's head, as far as `head` says: listed
 * itself, or as the folder of a file listed as existing. `undefined` when
 * `head` does not tell.
 */
function existsAtHead(path: string, head: HeadPaths | undefined): boolean | undefined {
  if (!head) return undefined;
  if (Object.hasOwn(head.exists, path)) return head.exists[path];
  const folder = `${path}/`;
  for (const [other, exists] of Object.entries(head.exists)) {
    if (exists && other.startsWith(folder)) return true;
  }
  return undefined;
}

/**
 * Evidence needs a link, and a repository path it cites must exist at the
 * PR's head: a path that does not is no evidence, even next to a link. A
 * path the runtime could not check is reported as not checked (and still
 * counts as a link), never taken as present in silence.
 */
function evidenceFindings(
  content: SectionContent,
  branchId: string | undefined,
  head: HeadPaths | undefined,
): Finding[] {
  const links = readLinks(content);
  const where = `The "${inertText(content.name)}" section (line ${content.section.position.line})`;
  if (!links.url && links.paths.length === 0) {
    return [
      finding(
        `${where} has no link. Add at least one URL of a test run, screenshot or log, or the path of an evidence file in this repository, e.g. ${codeSpan(evidenceExample(branchId))}; placeholders such as \`<link>\` do not count.`,
        content.section.position,
      ),
    ];
  }

  // Each path once, in the order written; one that leaves the root is kept as written.
  const cited = new Map<string, { written: string; path: string | undefined }>();
  for (const written of links.paths) {
    const path = repoPathOf(written);
    if (path === "") continue;
    const key = path ?? `..${written}`;
    if (!cited.has(key)) cited.set(key, { written, path });
  }
  const missing: string[] = [];
  const outside: string[] = [];
  const unchecked: string[] = [];
  let checked = 0;
  let over = 0;
  for (const { written, path } of cited.values()) {
    if (path === undefined) {
      outside.push(written);
    } else if (checked >= MAX_EVIDENCE_PATHS) {
      over++;
    } else {
      checked++;
      const exists = existsAtHead(path, head);
      if (exists === false) missing.push(path);
      else if (exists === undefined) unchecked.push(path);
    }
  }

  const findings: Finding[] = [];
  const absent = [...missing, ...outside];
  if (absent.length > 0) {
    const leaves =
      outside.length > 0 ? " Paths are read from the repository root, so `../` leaves it." : "";
    findings.push(
      finding(
        `${where} cites ${pathList(absent)}, which ${absent.length === 1 ? "does" : "do"} not exist in the repository at the PR's head commit, so ${absent.length === 1 ? "it is" : "they are"} no evidence. Commit the evidence with this PR, or correct the path.${leaves}`,
        content.section.position,
      ),
    );
  }
  if (unchecked.length > 0) {
    const reason = head?.unchecked ?? "this check had no copy of the repository's files";
    findings.push({
      ruleId: RULE_ID,
      severity: "info",
      source: "body",
      message: `${where} cites ${pathList(unchecked)}, which ${unchecked.length === 1 ? "was" : "were"} not checked against the repository: ${inertText(reason)}. Make sure ${unchecked.length === 1 ? "it is" : "they are"} committed.`,
      position: content.section.position,
      pathsToCheck: unchecked,
    });
  }
  if (over > 0) {
    findings.push({
      ruleId: RULE_ID,
      severity: "info",
      source: "body",
      message: `${where} cites ${over} more repository ${over === 1 ? "path" : "paths"} than the ${MAX_EVIDENCE_PATHS} that are checked; ${over === 1 ? "it was" : "they were"} not checked. Link a folder of evidence rather than each file.`,
      position: content.section.position,
    });
  }
  return findings;
}

/** `` `a`, `b` and 3 more ``: at most five paths, each as code. */
function pathList(paths: readonly string[]): string {
  const shown = paths.slice(0, 5).map((path) => codeSpan(shorten(path, 120)));
  const rest = paths.length - shown.length;
  return `${shown.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
}

/** `Not applicable` or `N/A` at the start of a line; group 1 is the separator, group 2 the reason. */
const NOT_APPLICABLE_LINE = /^(?:not\s+applicable|n\/a)(?![\p{L}\p{N}])\s*(:|[-–—])?\s*(.*)$/iu;

function runbookFindings(content: SectionContent, placeholders: readonly RegExp[]): Finding[] {
  if (hasLink(content)) return [];
  let saysNotApplicable = false;
  for (const line of content.lines) {
    const match = NOT_APPLICABLE_LINE.exec(line);
    if (!match) continue;
    if (match[1] && isReason(match[2] ?? "", placeholders)) return [];
    saysNotApplicable = true;
  }
  const where = `The "${inertText(content.name)}" section (line ${content.section.position.line})`;
  const message = saysNotApplicable
    ? `${where} says it is not applicable but gives no reason. Write \`Not applicable: <reason>\` with the reason the runbook does not change, or link the runbook you changed.`
    : `${where} has neither a runbook link nor a reason it does not apply. Link the runbook you changed (a URL or a path in this repository), or write \`Not applicable: <reason>\`.`;
  return [finding(message, content.section.position)];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
