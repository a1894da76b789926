import { readFileSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRecords } from "../../../core/gates/pilot/records.js";
import { run as baseRun, type RunResult, tempDir } from "../helpers.js";

const NOW = new Date("2025-06-03T10:30:00Z");
const RECORDS = "pilots/m6-pilot/2025-06-02/records.jsonl";

const run = (argv: string[], cwd: string, now = NOW): Promise<RunResult> =>
  baseRun(argv, { cwd, now: () => now });

/** A started pilot whose placeholder clients are renamed to real ones. */
async function pilot(): Promise<string> {
  const cwd = await tempDir();
  await run(["pilot", "start", "--name", "m6-pilot"], cwd, new Date("2025-06-02T09:00:00Z"));
  const manifest = readFileSync(join(cwd, "pilot.yml"), "utf8");
  writeFileSync(join(cwd, "pilot.yml"), manifest.replace("client-1", "Acme Logistics"));
  return cwd;
}

const record = (cwd: string, ...args: string[]) =>
  run(["pilot", "record", "--client", "Acme Logistics", ...args], cwd);

describe("pilot-gate pilot record", () => {
  it("appends sealed, chained records to the latest run folder", async () => {
    const cwd = await pilot();
    const first = await record(cwd, "--scenario", "create-a-lead", "--result", "pass");
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain(`recorded pass of "Create a lead" for Acme Logistics`);
    const second = await record(
      cwd,
      ...["--scenario", "Query the proposal", "--result", "FAIL", "--error", "HTTP 500"],
      ...["--at", "2025-06-03T09:15:00+02:00", "--json"],
    );
    expect(second.code).toBe(0);
    const written = JSON.parse(second.stdout);
    expect(written.file).toBe(RECORDS);
    const records = parseRecords(readFileSync(join(cwd, RECORDS), "utf8"));
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ at: NOW.toISOString(), result: "pass", prev: null });
    expect(records[1]).toEqual(written.record);
    expect(records[1]).toMatchObject({
      at: "2025-06-03T07:15:00.000Z",
      scenario: "Query the proposal",
      result: "fail",
      error: "HTTP 500",
      prev: records[0]?.digest,
    });
  });

  const acme = ["--client", "Acme Logistics", "--scenario", "create-a-lead"];
  it.each([
    [
      ["--client", "Acme", "--scenario", "create-a-lead", "--result", "pass"],
      /--client "Acme" is not a client of pilot\.yml; did you mean --client "Acme Logistics"/,
    ],
    [
      ["--client", "Acme Logistics", "--scenario", "lead", "--result", "pass"],
      /"lead" is not a scenario .*create-a-lead/,
    ],
    [[...acme, "--result", "ok"], /--result "ok" is neither pass nor fail/],
    [[...acme, "--result", "fail"], /--result fail needs --error/],
    [[...acme, "--result", "pass", "--error", "x"], /--error was given with --result pass/],
    [
      [...acme, "--result", "fail", "--error", "x".repeat(2049)],
      /--error is 2049 bytes, over the 2048-byte limit/,
    ],
    [
      [...acme, "--result", "pass", "--at", "2025-06-03T09:00"],
      /--at "2025-06-03T09:00" is not a date-time with its offset/,
    ],
    [
      [...acme, "--result", "pass", "--at", "2025-06-04T00:00:00Z"],
      /--at 2025-06-04T00:00:00Z is in the future/,
    ],
  ])("refuses %j and writes nothing", async (args, message) => {
    const cwd = await pilot();
    const result = await run(["pilot", "record", ...args], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(() => readFileSync(join(cwd, RECORDS))).toThrow(/ENOENT/);
  });

  it("takes the script from pilot.script in the config", async () => {
    const cwd = await pilot();
    await mkdir(join(cwd, ".github"));
    writeFileSync(join(cwd, ".github/pilot-gate.yml"), "pilot:\n  script: [Issue an invoice]\n");
    expect((await record(cwd, "--scenario", "create-a-lead", "--result", "pass")).code).toBe(2);
    const ok = await record(cwd, "--scenario", "issue-an-invoice", "--result", "pass");
    expect(ok.code).toBe(0);
  });

  it("refuses to chain onto a records file that was edited by hand", async () => {
    const cwd = await pilot();
    await record(cwd, "--scenario", "create-a-lead", "--result", "pass");
    const path = join(cwd, RECORDS);
    writeFileSync(path, readFileSync(path, "utf8").replace('"pass"', '"fail"'));
    const before = readFileSync(path, "utf8");
    const result = await record(cwd, "--scenario", "create-a-lead", "--result", "pass");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${RECORDS}:1:1 the digest does not match the record`);
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  it("says how to start a pilot when there is none", async () => {
    const result = await record(await tempDir(), "--scenario", "create-a-lead", "--result", "pass");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read pilot\.yml: no such file; start a pilot first/);
  });
});
