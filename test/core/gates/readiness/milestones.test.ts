import { describe, expect, it } from "vitest";
import { uncheckedItems } from "../../../../core/gates/readiness/milestones.js";

const DOC = [
  "# M6",
  "",
  "## Exit criteria",
  "",
  "- [x] Smoke green",
  "- [ ] Rollback rehearsed",
  "  - [ ] nested item",
  "",
  "```md",
  "- [ ] inside a code block: not an item",
  "```",
  "",
  "## Notes",
  "",
  "- [ ] outside the section",
  "",
].join("\n");

describe("uncheckedItems", () => {
  it("lists every unchecked item with its line", () => {
    expect(uncheckedItems(DOC)).toEqual([
      { text: "Rollback rehearsed", line: 6 },
      { text: "nested item", line: 7 },
      { text: "outside the section", line: 15 },
    ]);
  });

  it("looks only under the section when one is named", () => {
    expect(uncheckedItems(DOC, "Exit criteria").map((i) => i.text)).toEqual([
      "Rollback rehearsed",
      "nested item",
    ]);
  });

  it("counts a document nested too deep to read as unchecked, naming the line", () => {
    const deep = `${DOC}\n${"> ".repeat(30)}- [x] all done\n`;
    expect(uncheckedItems(deep)).toEqual([
      {
        text: "the document nests lists or block quotes more than 20 levels deep, so it was not read",
        line: 17,
      },
    ]);
  });

  it("counts a missing section as unchecked, so a renamed heading cannot pass", () => {
    expect(uncheckedItems(DOC, "Launch criteria")).toEqual([
      { text: 'no "Launch criteria" heading in the document', line: undefined },
    ]);
  });
});
