import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "../helpers/source-files.js";

const require = createRequire(import.meta.url);

/**
 * Variable names a source reads: `env.NAME`, `env["NAME"]`, and the App's
 * readers' `(env, "NAME", ...)` (engine/options.ts).
 */
function variablesRead(source: string): string[] {
  const patterns = [
    /\benv\.([A-Z][A-Z0-9_]*)\b/g,
    /\benv\[["']([A-Z][A-Z0-9_]*)["']\]/g,
    /\(env, "([A-Z][A-Z0-9_]*)"/g,
  ];
  return patterns.flatMap((pattern) =>
    [...source.matchAll(pattern)].map((match) => match[1] as string),
  );
}

/** Names .env.example documents, set (`NAME=`) or commented out (`# NAME=`). */
const documented = new Set(
  [...readFileSync(join(ROOT, ".env.example"), "utf8").matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map(
    (match) => match[1],
  ),
);

describe(".env.example", () => {
  it("documents every variable the App reads", () => {
    const read = new Set(
      // The App's own files, and the options reader it shares with the Action.
      [...sourceFiles(join(ROOT, "app"), /\.[jt]s$/), join(ROOT, "engine", "options.ts")].flatMap(
        (file) => variablesRead(readFileSync(file, "utf8")),
      ),
    );
    expect(read).toContain("PILOT_GATE_EVALUATION_WORKERS");
    expect([...read].filter((name) => !documented.has(name)).sort()).toEqual([]);
  });

  it("documents every variable Probot's server reads, and where its key comes from", () => {
    // Probot's own reader, so an upgrade that reads a new variable fails here.
    const probot = dirname(require.resolve("probot"));
    const read = new Set([
      ...variablesRead(readFileSync(join(probot, "bin", "read-env-options.js"), "utf8")),
      "PRIVATE_KEY",
      "PRIVATE_KEY_PATH",
    ]);
    expect(read).toContain("WEBHOOK_SECRET");
    expect([...read].filter((name) => !documented.has(name)).sort()).toEqual([]);
  });

  it("is not ignored, while .env is", () => {
    const ignored = readFileSync(join(ROOT, ".gitignore"), "utf8").split("\n");
    expect(ignored).toContain(".env");
    expect(ignored).not.toContain(".env*");
  });
});
