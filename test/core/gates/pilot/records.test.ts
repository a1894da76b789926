import { describe, expect, it } from "vitest";
import { coreFlows, pilotConfigSchema, scenarioKey } from "../../../../core/gates/pilot/config.js";
import { InputFileError } from "../../../../core/gates/pilot/manifest.js";
import {
  appendRecord,
  chainHead,
  latestRecords,
  pairKey,
  parseRecords,
  type RecordFields,
  renderRecordLine,
  resolveScenario,
  type ScenarioRecord,
  sealRecord,
} from "../../../../core/gates/pilot/records.js";
import { RECORD_ERROR_LIMIT, RECORDS_LIMIT } from "../../../../core/limits.js";

const fields = (overrides: Partial<RecordFields> = {}): RecordFields => ({
  at: "2025-06-02T10:00:00.000Z",
  client: "Acme",
  scenario: "Create a lead",
  result: "pass",
  ...overrides,
});

/** Seals each record onto the one before, as `pilot record` does. */
function chain(...list: RecordFields[]): ScenarioRecord[] {
  const out: ScenarioRecord[] = [];
  for (const f of list) out.push(sealRecord(f, chainHead(out)));
  return out;
}

const file = (records: ScenarioRecord[]) => records.map(renderRecordLine).join("");

function problems(text: string): string {
  try {
    parseRecords(text, "records.jsonl");
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as Error).message;
  }
  throw new Error("parseRecords accepted the file");
}

describe("scenario records", () => {
  it("reads back the records it sealed, chained to each other", () => {
    const records = chain(fields(), fields({ result: "fail", error: "HTTP 500" }));
    expect(records[0]?.prev).toBeNull();
    expect(records[1]?.prev).toBe(records[0]?.digest);
    expect(parseRecords(file(records))).toEqual(records);
    expect(parseRecords("")).toEqual([]);
  });

  it("refuses a line whose content changed after it was sealed", () => {
    const text = file(chain(fields(), fields())).replace('"pass"', '"fail"');
    expect(problems(text)).toMatch(/records\.jsonl:1:1 the digest does not match/);
  });

  it("refuses a chain with a line removed or moved", () => {
    const [a, b, c] = chain(fields(), fields({ client: "Borealis" }), fields({ client: "Cobalt" }));
    if (!a || !b || !c) throw new Error("three records");
    expect(problems(file([a, c]))).toMatch(/records\.jsonl:2:1 prev is not the digest/);
    expect(problems(file([b, c]))).toMatch(/records\.jsonl:1:1 the first record must have prev/);
    expect(problems(file([a, c, b]))).toMatch(/:2:1 prev.*\n.*:3:1 prev/);
  });

  it("locates lines that are not records, without blaming the next line's chain", () => {
    const [a, b] = chain(fields(), fields());
    if (!a || !b) throw new Error("two records");
    const message = problems(`${renderRecordLine(a)}{"at":1\n${renderRecordLine(b)}`);
    expect(message).toMatch(/records\.jsonl:2:1 the line is not valid JSON/);
    expect(message).not.toMatch(/:3:1/);
    expect(problems('{"at":"2025-06-02T10:00:00Z","client":"a","a":1}\n')).toMatch(
      /records\.jsonl:1:1 .*Unrecognized key/,
    );
  });

  it("refuses an error text over the limit, and a file over its limit unparsed", () => {
    const long = sealRecord(
      fields({ result: "fail", error: "x".repeat(RECORD_ERROR_LIMIT.bytes + 1) }),
      null,
    );
    expect(problems(renderRecordLine(long))).toMatch(/error: longer than 2048 bytes/);
    expect(problems(" ".repeat(RECORDS_LIMIT.bytes + 1))).toMatch(/over 4194304 bytes/);
  });

  it("keeps the latest record of each client and scenario, by time and then by line", () => {
    const records = chain(
      fields({ at: "2025-06-02T12:00:00Z", result: "fail", error: "down" }),
      fields({ at: "2025-06-02T11:00:00Z" }),
      fields({ at: "2025-06-02T12:00:00Z", scenario: "create-a-lead" }),
    );
    const latest = latestRecords(records);
    expect(latest.size).toBe(1);
    expect(latest.get(pairKey("Acme", "Create a lead"))).toBe(records[2]);
  });
});

describe("appendRecord", () => {
  const file = (records: ScenarioRecord[]) => records.map(renderRecordLine).join("");

  it("chains a record with a source issue onto older lines without one, which still verify", () => {
    const older = chain(fields(), fields({ result: "fail", error: "HTTP 500" }));
    const appended = appendRecord(file(older), fields({ source: { issue: 12 } }));
    expect(appended.kind).toBe("appended");
    if (appended.kind !== "appended") return;
    const records = parseRecords(appended.text);
    expect(records.slice(0, 2)).toEqual(older);
    expect(records[2]).toEqual({
      ...appended.record,
      source: { issue: 12 },
      prev: older[1]?.digest,
    });
    expect(appended.count).toBe(3);
  });

  it("adds no second record for an issue the file already holds", () => {
    const text = file(chain(fields({ source: { issue: 12 } }), fields()));
    const again = appendRecord(text, fields({ result: "fail", error: "x", source: { issue: 12 } }));
    expect(again).toEqual({ kind: "present", record: parseRecords(text)[0], count: 2 });
    expect(appendRecord(text, fields({ source: { issue: 13 } })).kind).toBe("appended");
  });

  it("refuses a source that is not an issue number", () => {
    const [record] = chain(fields({ source: { issue: 12 } }));
    const line = JSON.stringify({ ...record, source: { issue: "12" } });
    expect(() => parseRecords(line)).toThrow(/source\.issue/);
  });
});

describe("the pilot's script", () => {
  const script = pilotConfigSchema.parse({}).script;

  it("matches a scenario by its text or its key, and lists the keys otherwise", () => {
    expect(resolveScenario("create-a-lead", script)).toBe("Create a lead");
    expect(resolveScenario("  CREATE a Lead ", script)).toBe("Create a lead");
    expect(() => resolveScenario("lead", script)).toThrow(/create-a-lead, move-the-lead/);
    expect(() => resolveScenario("---", script)).toThrow(/not a scenario/);
    expect(scenarioKey("Log in and check the company context")).toBe(
      "log-in-and-check-the-company-context",
    );
  });

  it("takes every scenario as a core flow unless core_flows narrows them", () => {
    expect(coreFlows(pilotConfigSchema.parse({}))).toEqual(script);
    expect(coreFlows(pilotConfigSchema.parse({ core_flows: ["create-a-lead"] }))).toEqual([
      "Create a lead",
    ]);
    const bad = pilotConfigSchema.safeParse({ core_flows: ["Fly to the moon"] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/"Fly to the moon" is not a scenario/);
  });
});
