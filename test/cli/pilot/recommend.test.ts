import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoster } from "../../../core/gates/pilot/roster.js";
import { run, STACK_LINE, tempDir, writeFiles } from "../helpers.js";

const NOW = () => new Date("2026-06-01T00:00:00Z");
const EXAMPLE = resolve("examples/pilot/activity.csv");
const ROSTER = "pilots/m6/2026-06-01/roster.json";

/** A folder with a started pilot (pilot.yml and its run folder). */
async function started(): Promise<string> {
  const cwd = await tempDir();
  const start = await run(["pilot", "start", "--name", "m6"], { cwd, now: NOW });
  expect(start.code).toBe(0);
  return cwd;
}

describe("pilot-gate pilot recommend", () => {
  it("writes the classified roster into the latest run folder and prints each class", async () => {
    const cwd = await started();
    const result = await run(["pilot", "recommend", "--activity", EXAMPLE], { cwd, now: NOW });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `wrote ${ROSTER}: 3 SUGERIDO, 1 REVISAR_CONTATO, 3 REVISAR_PERFIL, 2 excluded of 9 account(s).`,
    );
    expect(result.stdout).toContain(
      "REVISAR_CONTATO  97  DELTA-04 Delta Saúde: no business contact",
    );
    const roster = parseRoster(readFileSync(join(cwd, ROSTER), "utf8"), ROSTER);
    expect(roster.candidates).toHaveLength(7);
    expect(roster.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("prints a versioned JSON report with --json", async () => {
    const cwd = await started();
    const result = await run(["pilot", "recommend", "--activity", EXAMPLE, "--json"], {
      cwd,
      now: NOW,
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      version: 1,
      kind: "pilot-recommend",
      outcome: "written",
      roster: ROSTER,
      counts: { SUGERIDO: 3, REVISAR_CONTATO: 1, REVISAR_PERFIL: 3, excluded: 2 },
    });
  });

  it("reads the columns and rules of the config", async () => {
    const cwd = await started();
    await writeFiles(cwd, {
      "export.csv": "ID;Nome;Atend;Vendas;Ultima;Tec;Neg;Tipo\nX-1;Xis;3;3;2026-05-31;T;N;prod\n",
      ".github/pilot-gate.yml": [
        "pilot:",
        "  recommend:",
        "    min_score: 10",
        "    columns: { id: ID, name: Nome, service: Atend, sales: Vendas, last_activity: Ultima, technical_contact: Tec, business_contact: Neg, kind: Tipo }",
        "    kinds: { production: [prod] }",
        "",
      ].join("\n"),
    });
    const result = await run(["pilot", "recommend", "--activity", "export.csv", "--json"], {
      cwd,
      now: NOW,
    });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).candidates[0]).toMatchObject({ id: "X-1", class: "SUGERIDO" });
  });

  it("exits 1 with line:column problems and writes nothing when the export is bad", async () => {
    const cwd = await started();
    const header = readFileSync(EXAMPLE, "utf8").split("\n")[0];
    await writeFiles(cwd, {
      "bad.csv": `${header}\nA,Acme,1,1,2026-05-30,T,B,production\nA,Acme,x,1,31/05/2026,T,B,demo\n`,
    });
    const result = await run(["pilot", "recommend", "--activity", "bad.csv"], { cwd, now: NOW });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'bad.csv:3:8 service_activity: "x" is not a count; expected a whole number of actions such as 12 (empty for none)',
        'bad.csv:3:12 last_activity: "31/05/2026" is not a date; expected a date such as 2026-05-30 or an ISO 8601 date-time such as 2026-05-30T14:00:00Z (day/month orders are ambiguous, so only year-month-day is read)',
        "pilot-gate: bad.csv has 2 problems; nothing was written. Fix the export (or pilot.recommend in defaults (no .github/pilot-gate.yml)) and re-run.",
        "",
      ].join("\n"),
    );
    expect(existsSync(join(cwd, ROSTER))).toBe(false);
  });

  it("refuses to replace a roster without --force, and replaces it with --force", async () => {
    const cwd = await started();
    const argv = ["pilot", "recommend", "--activity", EXAMPLE];
    expect((await run(argv, { cwd, now: NOW })).code).toBe(0);
    const again = await run(argv, { cwd, now: NOW });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`${ROSTER} exists; nothing was written. Pass --force`);
    expect((await run([...argv, "--force"], { cwd, now: NOW })).code).toBe(0);
  });

  it("writes into --run, judging dates at --now", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, { "session/.keep": "" });
    const result = await run(
      [
        "pilot",
        "recommend",
        "--activity",
        EXAMPLE,
        "--run",
        "session",
        "--now",
        "2026-06-01T00:00:00Z",
      ],
      { cwd },
    );
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, "session/roster.json"))).toBe(true);
  });

  it.each([
    [["pilot", "recommend"], /--activity is required/],
    [["pilot", "recommend", "--activity", "nope.csv"], /cannot read nope\.csv: no such file/],
    [
      ["pilot", "recommend", "--activity", EXAMPLE, "--run", "nowhere"],
      /--run nowhere is not a folder/,
    ],
    [["pilot", "recommend", "--activity", EXAMPLE, "--now", "soon"], /--now "soon" is not a time/],
  ])("exits 2 on %j", async (argv, message) => {
    const cwd = await started();
    const result = await run(argv, { cwd, now: NOW });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("says to start a pilot when there is no pilot.yml and no --run", async () => {
    const result = await run(["pilot", "recommend", "--activity", EXAMPLE], {
      cwd: await tempDir(),
      now: NOW,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot read pilot.yml: no such file; start a pilot first");
  });
});
