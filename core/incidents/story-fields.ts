import { findIds } from "../ids.js";
import { ownNodes, parseBody, proseText } from "../markdown/body.js";
import { boundBody, MarkdownTooDeepError } from "../markdown/limits.js";

/**
 * Most story ids read from one incident: an incident names the few stories
 * it hits, and a body listing hundreds would make every PR's check long.
 */
export const MAX_INCIDENT_STORIES = 20;

/** Issue-form headings (or table-less `Field: value` lines) that name an incident's stories. */
const STORY_FIELDS = [
  "Story",
  "Stories",
  "Story ID",
  "Story IDs",
  "Affected story",
  "Affected stories",
];

/** `Story: S-PC-01`, `- **Stories**: S-1, S-2`, `Affected stories - S-1`: one line, one field. */
const STORY_LINE =
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:affected[ \t]+)?stor(?:y|ies)(?:[ \t]+ids?)?(?:\*\*|__)?[ \t]*(?::|—|–)(?:\*\*|__)?[ \t]*(.+)$/gimu;

/** The Owner field of an incident form, when nobody is assigned. */
const OWNER_FIELDS = ["Owner"];

function fieldValues(body: string, fields: readonly string[]): string[] {
  try {
    const parsed = parseBody(
      body,
      fields.map((field) => ({ id: field, title: field, aliases: [] })),
    );
    return parsed.sections
      .filter((section) => section.id !== undefined)
      .map((section) => `${section.inlineValue}\n${proseText(ownNodes(section))}`);
  } catch (error) {
    // Too deep to parse: the `Story:` lines are still read below.
    if (error instanceof MarkdownTooDeepError) return [];
    throw error;
  }
}

/**
 * The story ids an incident issue names: under an issue-form heading such
 * as `### Affected stories`, or on a `Story: S-PC-01` line. Reads GitHub's
 * bounded body (`boundBody`) and keeps the first `MAX_INCIDENT_STORIES`
 * distinct ids, so an oversized body costs no more than a large one.
 */
export function incidentStories(body: string, idPattern: string): string[] {
  const { text } = boundBody(body);
  const values = fieldValues(text, STORY_FIELDS);
  for (const match of text.matchAll(STORY_LINE)) values.push(match[1] ?? "");
  const ids = new Set<string>();
  for (const value of values) {
    for (const id of findIds(value, idPattern)) {
      if (ids.size >= MAX_INCIDENT_STORIES) return [...ids];
      ids.add(id);
    }
  }
  return [...ids];
}

/** The owner an incident form states (`### Owner` and the answer under it), when it states one. */
export function incidentOwnerField(body: string): string | undefined {
  const value = fieldValues(boundBody(body).text, OWNER_FIELDS)
    .map((text) => text.trim())
    .find((text) => text.length > 0 && !/^_?no response_?$/iu.test(text));
  return value?.split("\n")[0]?.trim();
}
