import fc from "fast-check";
import type { Table } from "mdast";
import { toString as textOf } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { code, markdownTable, md, tableHead, tableRow } from "../../../core/render/table.js";
import { parseGfm, userText } from "../../helpers/markdown.js";

function onlyTable(markdown: string): Table {
  const table = parseGfm(markdown).children.find((node): node is Table => node.type === "table");
  if (!table) throw new Error(`no table in:\n${markdown}`);
  return table;
}

describe("markdownTable", () => {
  it("writes a header, a delimiter row with each column's alignment, and the rows", () => {
    expect(
      markdownTable(["", "Name", "Count"], [["✅", "a", "1"]], ["none", "left", "right"]),
    ).toBe("| | Name | Count |\n| --- | :--- | ---: |\n| ✅ | a | 1 |");
    expect(tableHead(["Mid"], ["center"])).toBe("| Mid |\n| :---: |");
  });

  it("keeps each cell in its column whatever text or built Markdown it holds", () => {
    fc.assert(
      fc.property(userText(), userText(), (text, other) => {
        const table = onlyTable(
          markdownTable(["A", "B", "C"], [[text, code(other), md(`**${text.length}**`)]]),
        );
        const row = table.children[1];
        expect(row?.children).toHaveLength(3);
        expect(textOf(row?.children[2])).toBe(String(text.length));
      }),
    );
  });

  it("escapes the pipes of plain text and keeps built Markdown as Markdown", () => {
    expect(tableRow(["a | b", md("`x|y`"), code("k")])).toBe("| a \\| b | `x\\|y` | `k` |");
  });
});
