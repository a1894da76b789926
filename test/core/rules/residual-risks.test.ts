import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../core/config/load.js";
import { type Config, defaultConfig } from "../../../core/config/schema.js";
import { resolveSections } from "../../../core/config/sections.js";
import { evaluatePullRequest } from "../../../core/evaluate.js";
import { parseBody } from "../../../core/markdown/body.js";
import { isNoRisksStatement } from "../../../core/markdown/risks.js";
import { DEFAULT_PR_TEMPLATE } from "../../../core/pr-template.js";
import { residualRisks } from "../../../core/rules/residual-risks.js";
import type { Finding, PullRequestSnapshot } from "../../../core/types.js";

const HEAD = `## Story ID

S-PC-01

## Definition of Ready

- [x] Acceptance criteria agreed with the PO

## Definition of Done

- [x] Code reviewed
`;

const TAIL = `
## Evidence

- https://ci.example.com/runs/42

## Runbook impact

Not applicable: no ops change
`;

const TABLE_HEAD = "| Risk | Severity | Status | Owner |\n| --- | --- | --- | --- |";

/** A full PR body whose residual-risks section holds `risks`. */
function bodyWith(risks: string, heading = "## Residual risks"): string {
  return `${HEAD}\n${heading}\n\n${risks}\n${TAIL}`;
}

function table(...rows: string[]): string {
  return [TABLE_HEAD, ...rows].join("\n");
}

function pr(body: string): PullRequestSnapshot {
  return {
    branch: "feature/S-PC-01-login-page",
    base: "develop",
    title: "S-PC-01: Login page",
    body,
    labels: [],
  };
}

/** This rule's findings through the whole engine, as the App would report them. */
function riskFindings(body: string, config: Config = defaultConfig()): Finding[] {
  return evaluatePullRequest(pr(body), config).findings.filter(
    (f) => f.ruleId === "residual-risks",
  );
}

/** The rule's check called directly, with a context built as the evaluator builds it. */
function check(body: string, config: Config = defaultConfig()): Finding[] {
  return residualRisks.check(pr(body), config.rules["residual-risks"], {
    config,
    body: parseBody(body, resolveSections(config.sections)),
    branch: undefined,
  });
}

/** 1-based line of the first line of `body` containing `text`. */
function lineOf(body: string, text: string): number {
  const index = body.split("\n").findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`"${text}" is not in the body`);
  return index + 1;
}

describe("residual-risks: sections that pass", () => {
  it.each([
    ["an explicit statement", "No residual risks."],
    ["`None.`", "None."],
    ["a statement with a reason", "No known residual risks: copy change only."],
    ["`N/A` with a reason", "N/A: documentation only"],
    ["Portuguese", "Sem riscos residuais."],
    ["a bold statement", "**No residual risks.**"],
    ["a statement as a list item", "- None"],
    ["a statement row in the table", table("| None | - | - | - |")],
    [
      "an open critical risk that is mitigated",
      table("| Tenant data leak | critical | mitigated | @alice |"),
    ],
    [
      "an open critical risk the PO accepted",
      table("| Tenant data leak | critical | accepted | @po |"),
    ],
    ["a closed critical risk without owner", table("| Tenant data leak | critical | closed | |")],
    ["an open high risk with an owner", table("| Export timeout | high | open | @bob |")],
    ["an open medium risk without owner", table("| Slow login | medium | open | |")],
    ["an open low risk with `-` as owner", table("| Typo | low | open | - |")],
    ["`CRITICAL` / `Mitigado`", table("| Leak | CRITICAL | Mitigado | @a |")],
    ["`Crítico` / `Aceito`", table("| Vazamento | Crítico | Aceito | @po |")],
    ["`Alta` / `Aberto` with owner", table("| Lentidão | Alta | Aberto | @b |")],
    ["`P0` / `resolved`", table("| Leak | P0 | resolved | |")],
    ["`sev1` / `done`", table("| Leak | sev1 | done | |")],
    ["`major` / `in progress` with owner", table("| Leak | major | in progress | @c |")],
    [
      "`moderate`, `med`, `minor`, `P3` open",
      table(
        "| a | moderate | open | |",
        "| b | med | open | |",
        "| c | minor | open | |",
        "| d | P3 | open | |",
      ),
    ],
    [
      "an emoji and a note in cells",
      table("| Leak | 🔴 Critical | ✅ Mitigated ([#123](https://github.com/o/r/pull/123)) | @a |"),
    ],
    ["struck-through status", table("| Leak | critical | ~~open~~ mitigated | @a |")],
    [
      "columns in another order and language",
      "| Severidade | Risco | Responsável | Situação |\n|---|---|---|---|\n| crítica | Vazamento | @ana | fechado |",
    ],
    [
      "header hints in parentheses",
      "| Risk | Severity (critical/high/medium/low) | Status (open/mitigated) | Owner |\n|---|---|---|---|\n| Leak | high | open | @a |",
    ],
    [
      "the template row next to a statement",
      `No residual risks.\n\n${table("| <risk> | <severity> | <status> | <owner> |")}`,
    ],
    [
      "a critical open row inside an HTML comment",
      `<!--\n${table("| Tenant data leak | critical | open | |")}\n-->\n\nNo residual risks.`,
    ],
    [
      "a critical open row inside a code block",
      `No residual risks.\n\n\`\`\`\n${table("| Tenant data leak | critical | open | |")}\n\`\`\``,
    ],
    [
      "prose notes next to a table",
      `Reviewed with the PO on Monday.\n\n${table("| Leak | critical | mitigated | @a |")}`,
    ],
    ["list: tags before a colon", "- Critical, mitigated, @alice: tenant data leak"],
    ["list: bracketed tags and an owner field", "- [high][open] export timeout (owner: @bob)"],
    ["list: tags after a dash", "- Tenant data leak — high / open — @carol"],
    ["list: Portuguese tags", "- Crítico, mitigado, @ana: vazamento de dados"],
    [
      "list: labelled fields in nested items",
      "- Tenant export\n  - Severity: critical\n  - Status: accepted\n  - Owner: Alice Smith",
    ],
    [
      "list: a group heading with risks under it",
      "- Security\n  - critical, mitigated: tenant leak\n  - high, open, @d: token reuse",
    ],
    [
      "list: a description with `no` after the tags",
      "- Critical, mitigated: no tenant isolation on export",
    ],
  ])("%s", (_name, risks) => {
    expect(riskFindings(bodyWith(risks))).toEqual([]);
  });

  it("reads the built-in Portuguese heading `Riscos residuais`", () => {
    expect(riskFindings(bodyWith("Nenhum risco residual.", "## Riscos residuais"))).toEqual([]);
    const body = bodyWith(table("| Vazamento | crítico | aberto | @ana |"), "## Riscos residuais");
    const [finding] = riskFindings(body);
    expect(finding?.message).toContain('Open critical risk "Vazamento"');
    expect(finding?.position?.line).toBe(lineOf(body, "| Vazamento"));
  });

  it("reads a statement in the heading itself", () => {
    expect(riskFindings(bodyWith("", "## Residual risks: none"))).toEqual([]);
  });
});

describe("residual-risks: open risks that block", () => {
  it.each([
    [
      "critical open",
      table("| Tenant data leak | critical | open | @alice |"),
      "| Tenant data leak",
      ['Open critical risk "Tenant data leak"'],
    ],
    [
      "`CRITICAL` / `Aberto`",
      table("| Tenant data leak | CRITICAL | Aberto | @alice |"),
      "| Tenant data leak",
      ["Open critical risk"],
    ],
    [
      "`Crítico` / `open`",
      table("| Vazamento | Crítico | open | @ana |"),
      "| Vazamento",
      ["Open critical risk"],
    ],
    [
      "`crit` / `ongoing`",
      table("| Leak | crit | ongoing | @a |"),
      "| Leak",
      ["Open critical risk"],
    ],
    [
      "high open, empty owner",
      table("| Export timeout | high | open | |"),
      "| Export timeout",
      ['Open high risk "Export timeout"', "has no owner", "Owner cell"],
    ],
    [
      "high open, `-` owner",
      table("| Export timeout | high | open | - |"),
      "| Export timeout",
      ["has no owner"],
    ],
    [
      "high open, `TBD` owner",
      table("| Export timeout | high | open | TBD |"),
      "| Export timeout",
      ['has no owner ("TBD")'],
    ],
    [
      "high open, `<owner>` owner",
      table("| Export timeout | high | open | <owner> |"),
      "| Export timeout",
      ["has no owner"],
    ],
    [
      "high open, `none` owner",
      table("| Export timeout | high | open | none |"),
      "| Export timeout",
      ['has no owner ("none")'],
    ],
    [
      "high open, no Owner column",
      "| Risk | Severity | Status |\n|---|---|---|\n| Export timeout | high | open |",
      "| Export timeout",
      ["has no owner", "Add an Owner column"],
    ],
    [
      "list: tags before a colon",
      "- Critical, open, @alice: tenant data leak",
      "- Critical, open",
      ['Open critical risk "Critical, open, @\u200balice: tenant data leak"'],
    ],
    [
      "list: bracketed tags",
      "- [critical][open] tenant data leak (owner: @bob)",
      "- [critical]",
      ["Open critical risk", "tenant data leak"],
    ],
    [
      "list: high without owner",
      "- High, open: export timeout",
      "- High, open",
      ["has no owner", "owner: @name"],
    ],
    [
      "list: owner TBD",
      "- High, open: export timeout (owner: TBD)",
      "- High, open",
      ['has no owner ("TBD")'],
    ],
  ])("%s", (_name, risks, rowText, messageParts) => {
    const body = bodyWith(risks);
    const findings = riskFindings(body);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      ruleId: "residual-risks",
      severity: "blocking",
      source: "body",
    });
    expect(finding?.position).toMatchObject({ line: lineOf(body, rowText), column: 1 });
    expect(finding?.message).toContain(`(line ${lineOf(body, rowText)})`);
    for (const part of messageParts) expect(finding?.message).toContain(part);
  });

  it("says how to unblock an open critical risk", () => {
    const [finding] = riskFindings(bodyWith(table("| Tenant data leak | critical | open | @a |")));
    expect(finding?.message).toContain("set its status to `mitigated` with a link to the evidence");
    expect(finding?.message).toContain("have the PO accept it and set its status to `accepted`");
  });

  it("blocks each open critical row and names each", () => {
    const body = bodyWith(
      table(
        "| Tenant data leak | critical | open | @a |",
        "| Slow login | low | open | |",
        "| Lost uploads | critical | open | @b |",
      ),
    );
    const findings = riskFindings(body);
    expect(findings.map((f) => f.position?.line)).toEqual([
      lineOf(body, "| Tenant data leak"),
      lineOf(body, "| Lost uploads"),
    ]);
    expect(findings[1]?.message).toContain('"Lost uploads"');
  });

  it.each([
    [
      "tags in nested items",
      "- Tenant data leak\n  - critical\n  - open\n  - @alice",
      "- Tenant data leak",
    ],
    [
      "a nested risk under a mitigated one",
      "- Critical, mitigated, @a: tenant leak\n  - critical, open, @b: export leak",
      "  - critical, open",
    ],
    [
      "a risk in a group that has an owner",
      "- Security (owner: @sec)\n  - critical, open: token reuse",
      "  - critical, open",
    ],
  ])("reads nested list items: %s", (_name, risks, rowText) => {
    const body = bodyWith(risks);
    const findings = riskFindings(body);
    expect(findings.map((f) => [f.severity, f.position?.line])).toEqual([
      ["blocking", lineOf(body, rowText)],
    ]);
    expect(findings[0]?.message).toContain("Open critical risk");
  });

  it("still blocks a critical open row when the section also says there are no risks", () => {
    const findings = riskFindings(
      bodyWith(`No residual risks.\n\n${table("| Tenant data leak | critical | open | @a |")}`),
    );
    expect(findings.map((f) => f.severity)).toEqual(["blocking"]);
  });

  it("reads a risk under a second heading of the same section", () => {
    const body = `${bodyWith("No residual risks.")}\n## Risks\n\n- critical, open, @a: tenant data leak\n`;
    const [finding] = riskFindings(body);
    expect(finding?.position?.line).toBe(lineOf(body, "- critical, open"));
  });

  it("reads risks under a sub-heading of its own, but not a nested section of another id", () => {
    const underDetails = bodyWith(
      `### Payments\n\n${table("| Card leak | critical | open | @a |")}`,
    );
    expect(riskFindings(underDetails).map((f) => f.position?.line)).toEqual([
      lineOf(underDetails, "| Card leak"),
    ]);
    const nestedEvidence = bodyWith(
      "No residual risks.\n\n### Evidence\n\n- https://ci.example.com/1",
    );
    expect(riskFindings(nestedEvidence)).toEqual([]);
  });

  it("names the row when the check is called directly on the template with a risk filled in", () => {
    const body = DEFAULT_PR_TEMPLATE.replace(
      "| <risk> | <severity> | <status> | <owner> |",
      "| Tenant data leak | critical | open | @alice |",
    );
    expect(check(body)).toEqual([
      {
        ruleId: "residual-risks",
        severity: "blocking",
        source: "body",
        position: { line: 26, column: 1, endLine: 26, endColumn: 48 },
        message: expect.stringContaining('Open critical risk "Tenant data leak" (line 26)'),
      },
    ]);
  });

  it("makes the verdict NO_MERGE and the rule fail", () => {
    const verdict = evaluatePullRequest(
      pr(bodyWith(table("| Tenant data leak | critical | open | @a |"))),
      defaultConfig(),
    );
    expect(verdict.status).toBe("no_merge");
    expect(verdict.rules.find((r) => r.ruleId === "residual-risks")?.status).toBe("fail");
  });
});

describe("residual-risks: the HTML comment case", () => {
  const row = "| Tenant data leak | critical | open | |";

  it("ignores a critical open row inside an HTML comment", () => {
    expect(riskFindings(bodyWith(`<!--\n${table(row)}\n-->\n\nNo residual risks.`))).toEqual([]);
  });

  it("blocks the same row in a real table", () => {
    const body = bodyWith(table(row));
    const [finding] = riskFindings(body);
    expect(finding?.severity).toBe("blocking");
    expect(finding?.position?.line).toBe(lineOf(body, row));
  });
});

describe("residual-risks: risks it cannot read fail closed", () => {
  it.each([
    [
      "unknown severity, open",
      table("| Leak | P9 | open | @a |"),
      "| Leak",
      "blocking",
      ['severity "P9"', "could be critical", "`critical`, `high`, `medium`, `low`"],
    ],
    [
      "empty severity, open",
      table("| Leak | | open | @a |"),
      "| Leak",
      "blocking",
      ["has no severity", "could be critical"],
    ],
    [
      "`TBD` severity",
      table("| Leak | TBD | open | @a |"),
      "| Leak",
      "blocking",
      ['severity "TBD"'],
    ],
    [
      "two severities",
      table("| Leak | high/critical | open | @a |"),
      "| Leak",
      "blocking",
      ["more than one severity (high, critical)"],
    ],
    [
      "unknown status, critical",
      table("| Leak | critical | wip-ish | @a |"),
      "| Leak",
      "blocking",
      ['status "wip-ish"', "counts as open", "`open`, `mitigated`, `accepted`, `closed`"],
    ],
    [
      "empty status, critical",
      table("| Leak | critical | | @a |"),
      "| Leak",
      "blocking",
      ["has no status", "counts as open"],
    ],
    [
      "hedged status, critical",
      table("| Leak | critical | Mitigated (not yet) | @a |"),
      "| Leak",
      "blocking",
      ['qualified by "not"', "counts as open"],
    ],
    [
      "hedged list status",
      "- Critical, mitigated (partially): tenant data leak",
      "- Critical",
      "blocking",
      ['qualified by "partially"'],
    ],
    [
      "no Status column, critical",
      "| Risk | Severity | Owner |\n|---|---|---|\n| Leak | critical | @a |",
      "| Leak",
      "blocking",
      ["no Status column", "counts as open"],
    ],
    [
      "unknown severity, open, no owner, only owners required",
      table("| Leak | bad | open | |"),
      "| Leak",
      "blocking",
      ["could be critical"],
    ],
    [
      "a list item with no tags",
      "- Tenant data leak is critical and still open",
      "- Tenant data leak",
      "blocking",
      ["has no severity and has no status", "could be critical"],
    ],
    [
      "a description word is not a tag",
      "- Low latency matters for critical customers",
      "- Low latency",
      "blocking",
      ["has no severity"],
    ],
    [
      "unknown severity, closed",
      table("| Leak | ??? | closed | |"),
      "| Leak",
      "warning",
      ['severity "???"', "does not block because its status is `closed`"],
    ],
    [
      "unknown status, low",
      table("| Typo | low | wip-ish | |"),
      "| Typo",
      "warning",
      ["counts as open", "does not block here"],
    ],
  ])("%s", (_name, risks, rowText, severity, messageParts) => {
    const body = bodyWith(risks);
    const findings = riskFindings(body);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe(severity);
    expect(finding?.position?.line).toBe(lineOf(body, rowText));
    for (const part of messageParts) expect(finding?.message).toContain(part);
  });

  it.each([
    ["prose only", "The tenant leak is critical and still open."],
    ["a statement with an exception", "No residual risks, except the tenant leak."],
    ["`None of …` is not a statement", "None of the risks are mitigated yet."],
  ])("blocks a section it cannot read: %s", (_name, risks) => {
    const body = bodyWith(risks);
    const findings = riskFindings(body);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "blocking",
      position: { line: lineOf(body, risks) },
    });
    expect(findings[0]?.message).toContain("could not be read as risks");
    expect(findings[0]?.message).toContain("| Risk | Severity | Status | Owner |");
    expect(findings[0]?.suggestion).toContain("| Risk | Severity | Status | Owner |");
  });

  it("blocks a table that is not a risk table", () => {
    const body = bodyWith("| Step | Who |\n|---|---|\n| deploy | me |");
    const [finding, ...rest] = riskFindings(body);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("blocking");
    expect(finding?.position?.line).toBe(lineOf(body, "| Step"));
    expect(finding?.message).toContain(
      'none of its columns ("Step", "Who") is a severity or a status',
    );
  });
});

describe("residual-risks: missing, empty and template sections", () => {
  const checklistOff = () => parseConfig("rules:\n  pr-checklist:\n    enabled: false\n");
  const notRequired = () =>
    parseConfig(
      "rules:\n  pr-checklist:\n    required_sections: [story_id, definition_of_ready, definition_of_done, evidence, runbook_impact]\n",
    );
  const template = bodyWith(table("| <risk> | <severity> | <status> | <owner> |"));
  const missing = `${HEAD}${TAIL}`;

  it("leaves the unfilled template row to pr-checklist", () => {
    expect(riskFindings(template)).toEqual([]);
    expect(check(DEFAULT_PR_TEMPLATE)).toEqual([]);
  });

  it("leaves a missing section to pr-checklist", () => {
    expect(riskFindings(missing)).toEqual([]);
  });

  it("leaves a section with only a comment or TBD to pr-checklist", () => {
    expect(riskFindings(bodyWith("<!-- write your risks -->"))).toEqual([]);
    expect(riskFindings(bodyWith("TBD"))).toEqual([]);
  });

  it("reports a table with no rows, which is neither empty nor the template", () => {
    const body = bodyWith(TABLE_HEAD);
    const [finding, ...rest] = riskFindings(body);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("blocking");
    expect(finding?.position?.line).toBe(lineOf(body, "## Residual risks"));
    expect(finding?.message).toContain("lists no risks and does not say there are none");
  });

  it.each([
    ["pr-checklist is disabled", checklistOff],
    ["pr-checklist does not require the section", notRequired],
  ])("reports the unfilled template itself when %s", (_name, config) => {
    const [finding, ...rest] = riskFindings(template, config());
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("blocking");
    expect(finding?.message).toContain('"Residual risks" section lists no risks');
  });

  it.each([
    ["pr-checklist is disabled", checklistOff],
    ["pr-checklist does not require the section", notRequired],
  ])("reports a missing section itself when %s", (_name, config) => {
    const [finding, ...rest] = riskFindings(missing, config());
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("blocking");
    expect(finding?.message).toContain('no "Residual risks" section');
  });

  it("reports an empty section itself when pr-checklist is disabled", () => {
    const [finding] = riskFindings(bodyWith(""), checklistOff());
    expect(finding?.message).toContain('"Residual risks" section is empty');
  });
});

describe("residual-risks: options", () => {
  it("blocks open high risks too with block_open: [critical, high]", () => {
    const config = parseConfig("rules:\n  residual-risks:\n    block_open: [critical, high]\n");
    const body = bodyWith(
      table("| Export timeout | high | open | @bob |", "| Slow login | medium | open | |"),
    );
    const findings = riskFindings(body, config);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('Open high risk "Export timeout"');
    expect(findings[0]?.position?.line).toBe(lineOf(body, "| Export timeout"));
    expect(riskFindings(body)).toEqual([]);
  });

  it("mentions a missing owner on a risk that already blocks", () => {
    const config = parseConfig("rules:\n  residual-risks:\n    block_open: [critical, high]\n");
    const [finding] = riskFindings(bodyWith(table("| Export timeout | high | open | |")), config);
    expect(finding?.message).toContain("blocks the merge");
    expect(finding?.message).toContain("It also has no owner");
  });

  it("requires owners for medium risks with require_owner: [high, medium]", () => {
    const config = parseConfig("rules:\n  residual-risks:\n    require_owner: [high, medium]\n");
    const [finding] = riskFindings(bodyWith(table("| Slow login | medium | open | |")), config);
    expect(finding?.message).toContain('Open medium risk "Slow login" (line 17) has no owner');
  });

  it("lets nothing block with empty lists, but still warns about unreadable rows", () => {
    const config = parseConfig(
      "rules:\n  residual-risks:\n    block_open: []\n    require_owner: []\n",
    );
    expect(riskFindings(bodyWith(table("| Leak | critical | open | |")), config)).toEqual([]);
    const [finding] = riskFindings(bodyWith(table("| Leak | P9 | open | |")), config);
    expect(finding?.severity).toBe("warning");
  });

  it("reads another section with `section`", () => {
    const config = parseConfig(
      "sections:\n  known_issues:\n    title: Known issues\nrules:\n  residual-risks:\n    section: known_issues\n",
    );
    const body = `${bodyWith("No residual risks.")}\n## Known issues\n\n${table("| Leak | critical | open | @a |")}\n`;
    const [finding] = riskFindings(body, config);
    expect(finding?.position?.line).toBe(lineOf(body, "| Leak"));
  });

  it("turns findings into warnings with severity: warning", () => {
    const config = parseConfig("rules:\n  residual-risks:\n    severity: warning\n");
    const verdict = evaluatePullRequest(
      pr(bodyWith(table("| Leak | critical | open | @a |"))),
      config,
    );
    expect(verdict.rules.find((r) => r.ruleId === "residual-risks")?.status).toBe("warn");
  });
});

describe("isNoRisksStatement", () => {
  it.each([
    "No residual risks.",
    "no residual risk",
    "No known residual risks",
    "No risks identified.",
    "There are no known risks.",
    "None",
    "None identified.",
    "N/A: docs only",
    "Not applicable (copy change).",
    "Nenhum risco residual.",
    "Nenhum",
    "Sem riscos residuais",
    "Não há riscos residuais.",
  ])("accepts %s", (text) => {
    expect(isNoRisksStatement(text)).toBe(true);
  });

  it.each([
    "None of the risks are mitigated yet.",
    "No residual risks, except the tenant leak.",
    "No residual risks: but the export is slow.",
    "Noneed",
    "Risks: none reviewed",
    "Nenhum risco residual, exceto o vazamento.",
    "",
  ])("rejects %s", (text) => {
    expect(isNoRisksStatement(text)).toBe(false);
  });
});

describe("residual-risks: robustness", () => {
  const fragments = [
    "| Risk | Severity | Status | Owner |\n",
    "| --- | --- | --- | --- |\n",
    "| x | critical | open | |\n",
    "| ",
    " |",
    "\n",
    "- ",
    "  - ",
    "[critical]",
    "(owner: ",
    ")",
    "Severity: ",
    "Status:",
    "mitigated",
    "not yet",
    "@a/b",
    "<!--",
    "-->",
    "```\n",
    "## Residual risks\n",
    "### Evidence\n",
    "No residual risks",
    "Crítico",
    "~~",
    ">",
    ":",
    ",",
    "?",
  ];

  it("never throws, whatever the body", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string()), { maxLength: 40 }),
        (parts) => {
          const body = `## Residual risks\n\n${parts.join("")}`;
          expect(Array.isArray(check(body))).toBe(true);
          const results = riskFindings(body);
          expect(results.every((f) => !f.message.includes("could not finish"))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads a 60 KB risk table quickly", () => {
    const rows = Array.from(
      { length: 1_500 },
      (_, i) => `| Risk ${i} | medium | open | @owner${i} |`,
    );
    const body = bodyWith(table(...rows));
    const started = performance.now();
    expect(riskFindings(body)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
