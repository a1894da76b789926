import { describe, expect, it } from "vitest";
import { formatConfigIssues } from "../../../../core/errors.js";
import { parseActivityCsv } from "../../../../core/gates/pilot/activity.js";
import { type PilotConfig, pilotConfigSchema } from "../../../../core/gates/pilot/config.js";
import { ACTIVITY_LIMIT } from "../../../../core/limits.js";

const NOW = new Date("2026-06-01T00:00:00Z");
const HEADER =
  "account_id,account_name,service_activity,sales_activity,last_activity,technical_contact,business_contact,account_kind";
const ROW = "A-1,Acme,10,5,2026-05-30,Ada <ada@a.example>,Grace <grace@a.example>,production";

function config(recommend: object = {}): PilotConfig["recommend"] {
  return pilotConfigSchema.parse({ recommend }).recommend;
}

/** The problems of `text` as the CLI prints them. */
function problems(text: string, recommend: object = {}): string {
  const result = parseActivityCsv(text, config(recommend), NOW);
  if (result.ok) throw new Error("expected problems, got accounts");
  return formatConfigIssues("activity.csv", result.issues, result.unlisted);
}

function accounts(text: string, recommend: object = {}) {
  const result = parseActivityCsv(text, config(recommend), NOW);
  if (!result.ok) throw new Error(formatConfigIssues("activity.csv", result.issues));
  return result;
}

describe("parseActivityCsv", () => {
  it("reads each row into an account, with the line it starts on", () => {
    const { accounts: read } = accounts(`${HEADER}\n${ROW}\n`);
    expect(read).toEqual([
      {
        id: "A-1",
        name: "Acme",
        service: 10,
        sales: 5,
        lastActivity: "2026-05-30T00:00:00.000Z",
        technicalContact: "Ada <ada@a.example>",
        businessContact: "Grace <grace@a.example>",
        kind: "production",
        kindClass: "production",
        line: 2,
      },
    ]);
  });

  it("drops a UTF-8 BOM, so the first column's header is still found", () => {
    expect(accounts(`\uFEFF${HEADER}\r\n${ROW}\r\n`).accounts).toHaveLength(1);
  });

  it("detects ; as the separator from the header, with commas inside values", () => {
    const text = `${HEADER.replaceAll(",", ";")}\nA-1;Acme, Ltda;10;5;2026-05-30;Ada;Grace;production\n`;
    const result = accounts(text);
    expect(result.delimiter).toBe(";");
    expect(result.accounts[0]?.name).toBe("Acme, Ltda");
  });

  it("takes the configured separator over the guess", () => {
    const text = `${HEADER.replaceAll(",", "\t")}\nA-1\tAcme\t10\t5\t2026-05-30\tAda\tGrace\tproduction\n`;
    expect(accounts(text, { delimiter: "\t" }).accounts[0]?.name).toBe("Acme");
    expect(problems(text, { delimiter: ";" })).toMatch(/^activity\.csv:1:1 account_id: no column/);
  });

  it("keeps a quoted newline in a value, and counts lines after it right", () => {
    const text = `${HEADER}\nA-1,"Acme\nNorth",10,5,2026-05-30,Ada,Grace,production\nA-2,Beta,1,1,someday,Ada,Grace,production\n`;
    expect(problems(text)).toBe(
      'activity.csv:4:14 last_activity: "someday" is not a date; expected a date such as 2026-05-30 or an ISO 8601 date-time such as 2026-05-30T14:00:00Z (day/month orders are ambiguous, so only year-month-day is read)',
    );
  });

  it("names each missing column at line 1 with the config key that renames it", () => {
    const text = "account_id,account_name,service_activity\nA-1,Acme,3\n";
    const out = problems(text);
    expect(out).toContain(
      'activity.csv:1:1 sales_activity: no column "sales_activity" in the header (it holds sales); rename the export\'s column, or set pilot.recommend.columns.sales to its header. The header has: account_id, account_name, service_activity',
    );
    expect(out.split("\n")).toHaveLength(5);
  });

  it("reads headers by the configured names, ignoring case", () => {
    const text = `ID,${HEADER.split(",").slice(1).join(",").toUpperCase()}\n${ROW}\n`;
    expect(accounts(text, { columns: { id: "id" } }).accounts[0]?.id).toBe("A-1");
  });

  it("points at the second row of a duplicate id, naming the first", () => {
    const text = `${HEADER}\n${ROW}\n${ROW}\n`;
    expect(problems(text)).toBe(
      'activity.csv:3:1 account_id: id "A-1" is also on line 2; the export needs one row per account',
    );
  });

  it.each([
    ["2026-02-30", '"2026-02-30" is not a real date'],
    ["30/05/2026", '"30/05/2026" is not a date'],
    ["", "the last activity date is empty"],
    ["2026-07-01", '"2026-07-01" is after now (2026-06-01T00:00:00.000Z)'],
  ])("refuses the date %j", (date, message) => {
    const text = `${HEADER}\nA-1,Acme,10,5,${date},Ada,Grace,production\n`;
    expect(problems(text)).toContain(`activity.csv:2:15 last_activity: ${message}`);
  });

  it("reads a date-time with a zone, and one without as UTC", () => {
    const text = `${HEADER}\nA-1,Acme,1,1,2026-05-30T10:00:00-03:00,A,B,production\nA-2,Beta,1,1,2026-05-30 10:00,A,B,demo\n`;
    expect(accounts(text).accounts.map((a) => a.lastActivity)).toEqual([
      "2026-05-30T13:00:00.000Z",
      "2026-05-30T10:00:00.000Z",
    ]);
  });

  it("refuses counts that are not whole numbers, reads an empty count as none", () => {
    const text = `${HEADER}\nA-1,Acme,3.5,,2026-05-30,Ada,Grace,production\n`;
    expect(problems(text)).toBe(
      'activity.csv:2:10 service_activity: "3.5" is not a count; expected a whole number of actions such as 12 (empty for none)',
    );
    const ok = `${HEADER}\nA-1,Acme,3,,2026-05-30,Ada,Grace,production\n`;
    expect(accounts(ok).accounts[0]?.sales).toBe(0);
  });

  it("refuses an account kind the config does not list, and classes the listed ones", () => {
    const text = `${HEADER}\nA-1,Acme,1,1,2026-05-30,A,B,sandbox\n`;
    expect(problems(text)).toContain(
      '"sandbox" is not an account kind; expected one of production, demo, homolog (pilot.recommend.kinds lists them)',
    );
    const ok = `${HEADER}\nA-1,Acme,1,1,2026-05-30,A,B,Homolog\n`;
    expect(accounts(ok).accounts[0]).toMatchObject({ kind: "homolog", kindClass: "review" });
  });

  it("reports a row with too many fields, naming the separator", () => {
    const text = `${HEADER}\n${ROW},extra\n`;
    expect(problems(text)).toMatch(
      /^activity\.csv:2:1 Invalid Record Length: expect 8, got 9 on line 2; every row needs as many fields as the header \(fields are separated by ","/,
    );
  });

  it("reports a quote that is never closed", () => {
    const text = `${HEADER}\nA-1,"Acme,10,5,2026-05-30,A,B,production\n`;
    expect(problems(text)).toMatch(/^activity\.csv:\d+:1 Quote Not Closed/);
  });

  it("stops a runaway quote at 64 KiB rather than reading the rest of the file into one value", () => {
    const text = `${HEADER}\nA-1,"Acme${"x".repeat(70_000)}\n${ROW}\n`;
    expect(problems(text)).toMatch(
      /^activity\.csv:2:1 Max Record Size: record exceed the maximum number of tolerated bytes of 65536/,
    );
  });

  it("says what an empty file needs", () => {
    expect(problems("")).toMatch(/^activity\.csv:1:1 the file is empty; expected a header line/);
  });

  it("refuses a file over ACTIVITY_LIMIT before parsing it", () => {
    const big = `${HEADER}\n${`${ROW}\n`.repeat(Math.ceil(ACTIVITY_LIMIT.bytes / ROW.length) + 1)}`;
    expect(problems(big)).toMatch(/^activity\.csv the file is [\d,]+ bytes, over the limit of/);
  });

  it("lists every row's problems, up to the file limit", () => {
    const rows = Array.from({ length: 150 }, (_, i) => `A-${i},Acme,x,1,2026-05-30,A,B,production`);
    const out = problems(`${HEADER}\n${rows.join("\n")}\n`);
    expect(out.split("\n")).toHaveLength(101);
    expect(out).toContain("50 more problems not listed");
  });
});
