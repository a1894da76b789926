import { readFileSync } from "node:fs";
import { join, posix, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "./helpers/source-files.js";

/**
 * The layers and what each may import (README, "Layout"): imports only point
 * down, from the runtimes (app/, actions/, cli/) through engine/ and github/
 * to core/, and no runtime imports another.
 */
const LAYERS = {
  core: ["core"],
  github: ["core", "github"],
  engine: ["core", "github", "engine"],
  app: ["core", "github", "engine", "app"],
  actions: ["core", "github", "engine", "actions"],
  cli: ["core", "github", "engine", "cli"],
} as const satisfies Record<string, readonly string[]>;

type Layer = keyof typeof LAYERS;

/** Node modules that reach outside the process: core takes what they would give as inputs. */
const IO_MODULES = new Set([
  "child_process",
  "cluster",
  "dgram",
  "dns",
  "dns/promises",
  "fs",
  "fs/promises",
  "http",
  "http2",
  "https",
  "inspector",
  "net",
  "os",
  "process",
  "readline",
  "tls",
  "tty",
  "worker_threads",
]);

/**
 * Packages only some layers may import. Octokit is GitHub's client: only the
 * seam holds it. Probot is the seam's too (its Octokit, its webhook payload
 * types), and the App's wiring (the `Context` a handler gets, `run`), which is
 * what app/ is for; nothing else may depend on it. `@actions/*` is the
 * workflow runtime's toolkit.
 */
const PACKAGES: { matches: (name: string) => boolean; label: string; allowed: Layer[] }[] = [
  { matches: (name) => name.startsWith("@octokit/"), label: "@octokit/*", allowed: ["github"] },
  {
    matches: (name) => name === "probot" || name.startsWith("@probot/"),
    label: "probot",
    allowed: ["github", "app"],
  },
  { matches: (name) => name.startsWith("@actions/"), label: "@actions/*", allowed: ["actions"] },
];

function layerOf(path: string): Layer | undefined {
  const top = path.split("/")[0] ?? "";
  return top in LAYERS ? (top as Layer) : undefined;
}

/** The package an import names (`@scope/name` or `name`), without a subpath. */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? "");
}

/**
 * Every import that breaks the layers, as `file: imports spec (why)`.
 * `files` maps repository paths (`engine/x.ts`) to their text. Imports are
 * read with TypeScript's own pre-processor: static imports and re-exports,
 * `import type`, and dynamic `import()` alike.
 */
function importViolations(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    const layer = layerOf(file);
    if (!layer) continue;
    const { importedFiles } = ts.preProcessFile(text, true, true);
    for (const { fileName: specifier } of importedFiles) {
      const why = violation(file, layer, specifier);
      if (why) found.push(`${file}: imports ${specifier} (${why})`);
    }
  }
  return found.sort();
}

function violation(file: string, layer: Layer, specifier: string): string | undefined {
  if (specifier.startsWith(".")) {
    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    const to = layerOf(target);
    if (to === undefined) return `${layer}/ imports outside the layers`;
    return (LAYERS[layer] as readonly string[]).includes(to)
      ? undefined
      : `${layer}/ may not import ${to}/`;
  }
  const name = specifier.replace(/^node:/, "");
  if (layer === "core" && IO_MODULES.has(name)) return "core/ does no I/O: take it as an input";
  const rule = PACKAGES.find((candidate) => candidate.matches(packageOf(specifier)));
  if (rule && !rule.allowed.includes(layer)) {
    return `only ${rule.allowed.map((l) => `${l}/`).join(" and ")} may import ${rule.label}`;
  }
  return undefined;
}

describe("the layers (core <- github <- engine <- app, actions, cli)", () => {
  it("finds every kind of wrong import in a small tree", () => {
    const fixture = new Map([
      [
        "core/rule.ts",
        [
          'import { readFile } from "node:fs/promises";',
          'import { createHash } from "node:crypto";',
          'import { spawn } from "child_process";',
          'import type { EventDeps } from "../engine/state.js";',
          'import { z } from "zod";',
        ].join("\n"),
      ],
      ["github/client.ts", 'import type { Octokit } from "@octokit/core";'],
      [
        "engine/judge.ts",
        [
          'import type { Octokit } from "@octokit/core";',
          'import type { Context } from "probot";',
          'import { onPullRequest } from "../app/handlers/pull-request.js";',
          'import { GitHubClient } from "../github/client.js";',
        ].join("\n"),
      ],
      ["app/index.ts", 'import type { Context } from "probot";\nexport * from "../cli/main.js";'],
      [
        "actions/smoke/run.ts",
        [
          'import * as core from "@actions/core";',
          'const { gatherSmoke } = await import("../../cli/commands/smoke.js");',
        ].join("\n"),
      ],
      ["cli/main.ts", 'import * as core from "@actions/core";\nimport "../actions/runner.js";'],
      ["scripts/build.mjs", 'import "../app/index.js";'],
    ]);
    expect(importViolations(fixture)).toEqual([
      "actions/smoke/run.ts: imports ../../cli/commands/smoke.js (actions/ may not import cli/)",
      "app/index.ts: imports ../cli/main.js (app/ may not import cli/)",
      "cli/main.ts: imports ../actions/runner.js (cli/ may not import actions/)",
      "cli/main.ts: imports @actions/core (only actions/ may import @actions/*)",
      "core/rule.ts: imports ../engine/state.js (core/ may not import engine/)",
      "core/rule.ts: imports child_process (core/ does no I/O: take it as an input)",
      "core/rule.ts: imports node:fs/promises (core/ does no I/O: take it as an input)",
      "engine/judge.ts: imports ../app/handlers/pull-request.js (engine/ may not import app/)",
      "engine/judge.ts: imports @octokit/core (only github/ may import @octokit/*)",
      "engine/judge.ts: imports probot (only github/ and app/ may import probot)",
    ]);
  });

  it("holds for every source file", () => {
    const files = new Map<string, string>();
    for (const layer of Object.keys(LAYERS)) {
      const found = sourceFiles(join(ROOT, layer));
      // A layer with no file found would pass vacuously: the scan must see each one.
      expect(found.length, `files under ${layer}/`).toBeGreaterThan(0);
      for (const path of found) {
        files.set(relative(ROOT, path).split("\\").join("/"), readFileSync(path, "utf8"));
      }
    }
    expect(importViolations(files)).toEqual([]);
  });
});
