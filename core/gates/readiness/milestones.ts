import { parseBody, taskItems } from "../../markdown/body.js";

/**
 * The checklist items (`- [ ]`) left unchecked in a milestone document, or
 * only under the heading `section` (e.g. `Exit criteria`) when given. A
 * section that is absent counts as an item, so a renamed heading cannot make
 * the criterion pass by finding nothing.
 */
export function uncheckedItems(
  text: string,
  section?: string,
): { text: string; line: number | undefined }[] {
  const parsed = parseBody(text, section ? [{ id: "section", title: section, aliases: [] }] : []);
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
