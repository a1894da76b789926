import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../cli/main.js";
import { parsePilotManifest } from "../../../core/gates/pilot/manifest.js";
import type { CliIO } from "../../../engine/io.js";
import { type RunResult, tempDir } from "../helpers.js";

const NOW = new Date("2025-06-02T10:30:00Z");

/** Runs `pilot-gate <argv>` in-process with a fixed clock. */
async function runWithClock(
  argv: string[],
  options: { cwd: string; now: Date },
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd: options.cwd,
    env: {},
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    now: () => options.now,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe("pilot-gate pilot start", () => {
  it("writes pilot.yml and creates the run folder", async () => {
    const cwd = await tempDir();
    const result = await runWithClock(["pilot", "start", "--name", "m6-pilot"], { cwd, now: NOW });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("wrote pilot.yml");
    expect(result.stdout).toContain("created pilots/m6-pilot/2025-06-02/");
    const manifest = parsePilotManifest(readFileSync(join(cwd, "pilot.yml"), "utf8"));
    expect(manifest.window).toEqual({ start: "2025-06-02", hours: 48 });
    expect(existsSync(join(cwd, "pilots/m6-pilot/2025-06-02/.gitkeep"))).toBe(true);
  });

  it("writes under --dir", async () => {
    const cwd = await tempDir();
    const result = await runWithClock(["pilot", "start", "--name", "p", "--dir", "ops"], {
      cwd,
      now: NOW,
    });
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, "ops/pilot.yml"))).toBe(true);
    expect(existsSync(join(cwd, "ops/pilots/p/2025-06-02"))).toBe(true);
  });

  it("refuses to overwrite an existing manifest", async () => {
    const cwd = await tempDir();
    await runWithClock(["pilot", "start", "--name", "p"], { cwd, now: NOW });
    const result = await runWithClock(["pilot", "start", "--name", "q"], { cwd, now: NOW });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pilot\.yml exists; nothing was written/);
    expect(readFileSync(join(cwd, "pilot.yml"), "utf8")).toContain("name: p\n");
  });

  it.each([
    [["pilot", "start"], /--name is required/],
    [["pilot", "start", "--name", "../x"], /cannot be a folder name/],
  ])("exits 2 on %j", async (argv, message) => {
    const result = await runWithClock(argv, { cwd: await tempDir(), now: NOW });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
