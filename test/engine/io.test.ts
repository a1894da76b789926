import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../core/index.js";
import { FileTooLargeError, readLimitedFile, readTextFile } from "../../engine/io.js";
import { tempDir, writeFiles, writeLargeFile } from "../cli/helpers.js";

const LIMIT = { bytes: 1_024, advice: "make it smaller" };

describe("readLimitedFile", () => {
  it("reads a file up to the limit, with its modification time", async () => {
    const dir = await tempDir();
    await writeFiles(dir, { "a.txt": "é".repeat(512) });
    const read = await readLimitedFile(join(dir, "a.txt"), "a.txt", LIMIT);
    expect(read.text).toBe("é".repeat(512));
    expect(read.modified).toBeGreaterThan(0);
  });

  it("refuses a file over the limit by its size, naming it as the user wrote it", async () => {
    const dir = await tempDir();
    await writeLargeFile(dir, "big.txt", 50 * 1024 * 1024);
    const refused = readLimitedFile(join(dir, "big.txt"), "in/big.txt", LIMIT);
    await expect(refused).rejects.toThrow(FileTooLargeError);
    await expect(refused).rejects.toThrow(
      "in/big.txt is 52,428,800 bytes, over the limit of 1,024 bytes (1 KiB); make it smaller.",
    );
  });

  it("reads a stream with no size only up to the limit", async () => {
    // /dev/zero never ends: only the cap stops the read.
    const refused = readLimitedFile("/dev/zero", "/dev/zero", LIMIT);
    await expect(refused).rejects.toThrow(
      "/dev/zero is over the limit of 1,024 bytes (1 KiB); make it smaller.",
    );
  });
});

describe("readTextFile with a limit", () => {
  it("is a usage error (exit 2) for a file over it, and reads one within it", async () => {
    const dir = await tempDir();
    await writeLargeFile(dir, "big.json", 2_048);
    await writeFiles(dir, { "small.json": "{}" });
    await expect(readTextFile(dir, "big.json", "", LIMIT)).rejects.toBeInstanceOf(UsageError);
    expect(await readTextFile(dir, "small.json", "", LIMIT)).toBe("{}");
    await expect(readTextFile(dir, "none.json", "", LIMIT)).rejects.toThrow(
      "cannot read none.json: no such file",
    );
    await expect(readTextFile(dir, ".", "", LIMIT)).rejects.toThrow(
      "cannot read .: it is a directory",
    );
  });
});
