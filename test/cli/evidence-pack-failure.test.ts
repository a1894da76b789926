/**
 * A pack that fails half-way leaves nothing behind: not the pack, not its
 * temporary folder, not the evidence root or scope folder it had to create.
 * The failure is forced by a copy that fails mid-way while other copies are
 * still running (the disk filling up, a file vanishing), which only a
 * stand-in for the file system can do on cue.
 */
import { existsSync } from "node:fs";
import type * as fs from "node:fs/promises";
import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { run, tempDir, writeFiles } from "./helpers.js";

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return {
    ...actual,
    /**
     * Fails the copy of `boom.log` after a while, when the other workers are
     * part-way through the rest; every other copy takes a moment.
     */
    copyFile: async (...args: Parameters<typeof actual.copyFile>) => {
      const boom = basename(String(args[0])) === "boom.log";
      await new Promise((resolve) => setTimeout(resolve, boom ? 20 : 2));
      if (boom) throw Object.assign(new Error("EIO: i/o error, copyfile"), { code: "EIO" });
      return actual.copyFile(...args);
    },
  };
});

const COMMIT = "0123456789abcdef0123456789abcdef01234567";

async function inputs(): Promise<string> {
  const cwd = await tempDir();
  const files: Record<string, string> = { "logs/boom.log": "the copy of this fails\n" };
  for (let i = 0; i < 60; i++) files[`logs/part-${i}/run.log`] = `line ${i}\n`;
  await writeFiles(cwd, files);
  return cwd;
}

const pack = (cwd: string, id: string, extra: string[]) =>
  run(["evidence", "pack", "--scope", "story", "--id", id, "--commit", COMMIT, ...extra], { cwd });

describe("pilot-gate evidence pack that fails mid-way", () => {
  it("leaves no folder behind, not even the evidence root it created", async () => {
    const cwd = await inputs();
    const result = await pack(cwd, "S-2", ["--file", "logs"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "pilot-gate: packing failed, nothing was written to evidence/story/S-2: EIO EIO: i/o error, copyfile\n",
    );
    // Copies still running when the first failed finish after the clean-up.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(join(cwd, "evidence"))).toBe(false);
  });

  it("keeps the scope's earlier packs and removes only what it made", async () => {
    const cwd = await inputs();
    await writeFiles(cwd, { "ok.log": "fine\n" });
    const first = await pack(cwd, "S-1", ["--file", "ok.log"]);
    expect(first.code).toBe(0);
    const result = await pack(cwd, "S-2", ["--file", "logs"]);
    expect(result.code).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await readdir(join(cwd, "evidence"))).toEqual(["story"]);
    expect(await readdir(join(cwd, "evidence/story"))).toEqual(["S-1"]);
  });
});
