import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DONE_SYMBOLS,
  DONE_WORDS,
  type MilestoneOptions,
  NOT_DONE_SYMBOLS,
  NOT_DONE_WORDS,
  readMilestoneDocument,
  readStatus,
} from "../../../../core/gates/readiness/milestones.js";
import { MILESTONE_LIMIT } from "../../../../core/limits.js";
import { foldWords } from "../../../../core/markdown/text.js";

/** The checkout the documents point into. */
const FILES = new Set(["docs/runbook.md", "docs/evidence/smoke.json", "reports", "README.md"]);

const options = (extra: Partial<MilestoneOptions> = {}): MilestoneOptions => ({
  file: "docs/m6.md",
  exists: (path) => FILES.has(path),
  ...extra,
});

const lines = (...text: string[]) => `${text.join("\n")}\n`;

const PHASES = lines(
  "# M6 launch", //                                    1
  "",
  "## Phase 1",
  "",
  "### Exit Criteria", //                              5
  "",
  "- [x] Smoke suite green",
  "- [x] Parity clean",
  "",
  "## Phase 2", //                                     10
  "",
  "### Exit Criteria",
  "",
  "- [x] Pilot clients confirmed",
  "- [ ] Rollback rehearsed", //                       15
  "",
  "## Phase 3",
  "",
  "### Exit Criteria",
  "", //                                               20
  "- [ ] DR drill signed off",
  "",
  "```md",
  "- [ ] inside a code block: not an item",
  "```", //                                            25
  "",
  "## Notes",
  "",
  "- [ ] outside every Exit Criteria section",
);

const GO_LIVE = lines(
  "# Go-live checklist", //                                                   1
  "",
  "| Item | Owner | Status | Evidence |",
  "| --- | --- | --- | --- |",
  "| Security review | @sec | Signed | [runbook](runbook.md) |", //          5
  "| Load test | @perf | ✅ | `docs/evidence/smoke.json` |",
  "| DPO sign-off | @dpo | Pendente | |",
  "| Backups verified | @ops | done | [log](evidence/backup.log) |",
  "| Status page | @ops | Passed | https://status.example.com/ |",
  "| Rollback plan | @ops | Concluído | /README.md and reports/ |", //      10
  "|  |  |  |  |",
  "| On-call rota | @ops | maybe | |",
  "| Comms | @pm | | |",
);

type Case = [
  name: string,
  text: string,
  extra: Partial<MilestoneOptions>,
  blocking: { text: RegExp; line: number | undefined }[],
  done: number,
];

const CASES: Case[] = [
  [
    "every Exit Criteria section, one per phase, is read",
    PHASES,
    { section: "Exit Criteria" },
    [
      { text: /^Phase 2 › Exit Criteria: \[ \] Rollback rehearsed$/, line: 15 },
      { text: /^Phase 3 › Exit Criteria: \[ \] DR drill signed off$/, line: 21 },
    ],
    3,
  ],
  [
    "the whole document when no section is named",
    PHASES,
    {},
    [
      { text: /^\[ \] Rollback rehearsed$/, line: 15 },
      { text: /^\[ \] DR drill signed off$/, line: 21 },
      { text: /^\[ \] outside every Exit Criteria section$/, line: 29 },
    ],
    3,
  ],
  [
    "a sign-off table: status words, English and Portuguese, and evidence paths",
    GO_LIVE,
    {},
    [
      { text: /^DPO sign-off: status "Pendente" is not done$/, line: 7 },
      {
        text: /^Backups verified: evidence docs\/evidence\/backup\.log does not exist in the checkout$/,
        line: 8,
      },
      { text: /^On-call rota: status "maybe" is not a status word; write only a status/, line: 12 },
      { text: /^Comms: no status$/, line: 13 },
    ],
    4,
  ],
  [
    "a table with no status column, named with its line",
    lines("## Exit criteria", "", "| Phase | Date |", "| --- | --- |", "| 1 | 2025-06-02 |"),
    { section: "Exit criteria" },
    [{ text: /^Exit criteria: a table with no status column \(columns: Phase, Date\)/, line: 3 }],
    0,
  ],
  [
    "a section that is absent, so a renamed heading cannot pass",
    PHASES,
    { section: "Launch criteria" },
    [{ text: /^no "Launch criteria" heading in the document$/, line: undefined }],
    0,
  ],
  [
    "a section with nothing to check in it",
    lines("## Exit criteria", "", "TBD", "", "## Notes", "", "- [x] elsewhere"),
    { section: "Exit criteria" },
    [
      {
        text: /^Exit criteria: no checklist item \(- \[ \]\) or table with a status column under this heading$/,
        line: 1,
      },
    ],
    0,
  ],
  [
    "a document with nothing to check in it",
    lines("# M6", "", "Everything is fine."),
    {},
    [
      {
        text: /^no checklist item \(- \[ \]\) or table with a status column in the document$/,
        line: undefined,
      },
    ],
    0,
  ],
  [
    "a document nested too deep to read",
    lines("## Exit criteria", "", `${"> ".repeat(30)}- [x] all done`),
    { section: "Exit criteria" },
    [
      {
        text: /^the document nests lists or block quotes more than 20 levels deep, so it was not read$/,
        line: 3,
      },
    ],
    0,
  ],
  [
    "a binary file",
    "%PDF-1.7\n\u0000\u0001binary",
    {},
    [{ text: /^the document is not text \(it holds NUL bytes\), so it was not read/, line: 2 }],
    0,
  ],
  [
    "evidence outside the repository and URLs, which are not checked",
    lines(
      "| Item | Status | Evidence |",
      "| --- | --- | --- |",
      "| A | done | [x](../../../etc/passwd) |",
      "| B | done | <https://ci.example.com/run/1> |",
      "| C | done | `docs/runbook.md#rollback` |",
      "| D | done | see docs/evidence/missing.json, N/A, and/or 2025/06/01 |",
    ),
    {},
    [
      {
        text: /^A: evidence \.\.\/\.\.\/\.\.\/etc\/passwd points outside the repository$/,
        line: 3,
      },
      {
        text: /^D: evidence docs\/evidence\/missing\.json does not exist in the checkout$/,
        line: 6,
      },
    ],
    2,
  ],
  [
    "the Status column before a Sign-off column, and a Done column when there is no Status",
    lines(
      "| Sign-off | Status |",
      "| --- | --- |",
      "| Legal | pending |",
      "",
      "| Check | Done |",
      "| --- | --- |",
      "| Backups | ✅ |",
    ),
    {},
    [{ text: /^Legal: status "pending" is not done$/, line: 3 }],
    1,
  ],
  [
    "a heading nested under one of the same name, read once",
    lines("## Exit criteria", "", "- [ ] a", "", "### Exit criteria", "", "- [ ] b"),
    { section: "Exit criteria" },
    [
      { text: /^Exit criteria: \[ \] a$/, line: 3 },
      { text: /^Exit criteria: \[ \] b$/, line: 7 },
    ],
    0,
  ],
  [
    "a table inside a list, and struck-through text read as withdrawn",
    lines(
      "- Sign-offs:",
      "",
      "  | Check | Estado |",
      "  | --- | --- |",
      "  | Legal | ~~pendente~~ assinado |",
      "  | Finance | ~~assinado~~ bloqueado |",
    ),
    {},
    [{ text: /^Finance: status "bloqueado" is not done$/, line: 6 }],
    1,
  ],
];

describe("readMilestoneDocument", () => {
  it.each(CASES)("%s", (_name, text, extra, blocking, done) => {
    const reading = readMilestoneDocument(text, options(extra));
    expect(reading.blocking).toHaveLength(blocking.length);
    reading.blocking.forEach((item, i) => {
      expect(item.text).toMatch(blocking[i]?.text as RegExp);
      expect(item.line).toBe(blocking[i]?.line);
    });
    expect(reading.done).toBe(done);
  });

  it("refuses a document over its size bound, unread", () => {
    const text = `- [x] done\n${"x".repeat(MILESTONE_LIMIT.bytes)}`;
    const reading = readMilestoneDocument(text, options());
    expect(reading).toEqual({
      done: 0,
      blocking: [
        {
          text: expect.stringMatching(/^the document is [\d,]+ bytes, over the limit of [\d,]+/),
          line: undefined,
        },
      ],
    });
  });

  it("asks whether each evidence path exists once, repository-relative", () => {
    const asked: string[] = [];
    readMilestoneDocument(
      lines(
        "| Item | Status | Evidence |",
        "| --- | --- | --- |",
        "| A | done | [a](../README.md) [b](/docs/runbook.md) `./reports/` |",
        "| B | done | [a](../README.md) |",
      ),
      options({
        exists: (path) => {
          asked.push(path);
          return true;
        },
      }),
    );
    expect(asked).toEqual(["README.md", "docs/runbook.md", "reports"]);
  });
});

describe("readStatus", () => {
  const done = [
    "done",
    "Done",
    "DONE ✅",
    "signed",
    "Signed off",
    "passed",
    "OK",
    "complete",
    "yes",
    "✅",
    "✔️",
    ":white_check_mark:",
    "[x]",
    "Concluído",
    "concluido",
    "feito",
    "Assinado",
    "aprovado",
    "sim",
    "Signed by @alice on 2025-06-01",
  ];
  const notDone = [
    "pending",
    "Open",
    "blocked",
    "FAILED",
    "todo",
    "to do",
    "no",
    "not done",
    "Not signed",
    "❌",
    ":x:",
    "⏳ waiting",
    "[ ]",
    "pendente",
    "Em aberto",
    "bloqueado",
    "falhou",
    "não",
    "Done / pending",
    "✅ but ❌",
  ];
  const unknown: [string, string[], boolean][] = [
    ["maybe", ["maybe"], false],
    ["N/A", ["n", "a"], false],
    ["2025-06-01", ["2025-06-01"], false],
    ["Signed by Alice", ["alice"], true],
    ["🦄", ["🦄"], false],
    [":unicorn:", ["unicorn"], false],
    ["done except DR", ["except", "dr"], true],
  ];

  it.each(done)("reads %j as done", (cell) => {
    expect(readStatus(cell)).toEqual({ state: "done" });
  });
  it.each(notDone)("reads %j as not done", (cell) => {
    expect(readStatus(cell).state).toBe("not-done");
  });
  it.each(unknown)(
    "reads %j as unknown, naming what it did not know",
    (cell, words, withStatus) => {
      expect(readStatus(cell)).toEqual({ state: "unknown", words, withStatus });
    },
  );
  it.each(["", " - ", "<status>"])("reads %j as no status", (cell) => {
    expect(readStatus(cell)).toEqual({ state: "missing" });
  });

  it("lists no word as both done and not done", () => {
    const overlap = DONE_WORDS.filter((w) => (NOT_DONE_WORDS as readonly string[]).includes(w));
    expect(overlap).toEqual([]);
  });
});

describe("the README's list of status words", () => {
  const readme = readFileSync(new URL("../../../../README.md", import.meta.url), "utf8");
  // The README writes `concluído/a` for concluído and concluída, `complete(d)` for both forms.
  const expanded = readme
    .replace(/(\p{L}+)o\/a\b/gu, "$1o $1a")
    .replace(/(\p{L}+)\((\p{L}+)\)/gu, "$1 $1$2");
  const words = ` ${foldWords(expanded).join(" ")} `;

  it.each([...DONE_WORDS, ...NOT_DONE_WORDS])("names %j", (word) => {
    expect(words).toContain(` ${word} `);
  });
  it.each([...DONE_SYMBOLS, ...NOT_DONE_SYMBOLS])("shows %s", (symbol) => {
    expect(readme).toContain(symbol);
  });
});
