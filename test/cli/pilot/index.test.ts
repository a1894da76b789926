import { describe, expect, it } from "vitest";
import { PILOT_SUBCOMMANDS } from "../../../cli/commands/pilot/index.js";
import { run, tempDir } from "../helpers.js";

describe("pilot-gate pilot (subcommand table)", () => {
  it("names every pilot command when given an unknown one", async () => {
    const result = await run(["pilot", "stop"], { cwd: await tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^pilot-gate: unknown pilot command "stop"; the pilot commands are: start(, [a-z]+)*\n/,
    );
  });

  it("suggests the closest pilot command for a typo", async () => {
    const result = await run(["pilot", "strat"], { cwd: await tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean "pilot-gate pilot start"?');
  });

  it("does not treat an inherited object key as a command", async () => {
    const result = await run(["pilot", "constructor"], { cwd: await tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown pilot command "constructor"');
  });

  it("prints the pilot help, naming every subcommand, with --help and on stderr with no subcommand", async () => {
    const help = await run(["pilot", "--help"]);
    expect(help.code).toBe(0);
    for (const sub of PILOT_SUBCOMMANDS)
      expect(help.stdout).toContain(`  pilot-gate pilot ${sub} `);
    const none = await run(["pilot"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(help.stdout);
  });
});
