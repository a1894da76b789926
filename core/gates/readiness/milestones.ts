import { type ParsedBody, parseBody, taskItems } from "../../markdown/body.js";
import { MarkdownTooDeepError } from "../../markdown/limits.js";

/**
 * The checklist items (`- [ ]`) left unchecked in a milestone document, or
 * only under the heading `section` (e.g. `Exit criteria`) when given. A
 * section that is absent counts as an item, so a renamed heading cannot make
 * the criterion pass by finding nothing; so does a document nested too deep
 * to read (see core/markdown/limits.ts).
 */
export function uncheckedItems(
  text: string,
  section?: string,
): { text: string; line: number | undefined }[] {
  let parsed: ParsedBody;
  try {
    parsed = parseBody(text, section ? [{ id: "section", title: section, aliases: [] }] : []);
  } catch (error) {
    // Too deep to read in full: one item says so, so the criterion fails rather than passes.
    if (!(error instanceof MarkdownTooDeepError)) throw error;
    return [{ text: `the document ${error.reason}, so it was not read`, line: error.line }];
  }
  let nodes = parsed.tree.children;
  if (section) {
    const found = parsed.byId.get("section");
    if (!found) return [{ text: `no "${section}" heading in the document`, line: undefined }];
    nodes = found.nodes;
  }
  return taskItems(nodes)
    .filter((item) => !item.checked)
    .map((item) => ({ text: item.text, line: item.position?.line }));
}
