import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "./helpers/source-files.js";

/**
 * Dry run is one branch: the executor logs the planned writes instead of
 * making them (engine/execute.ts), and the option readers decide it once
 * per event. Any other file that branches on it is a second place a write
 * can slip past the dry run.
 */
const DECIDES = new Set([
  // The executor: the one branch.
  "engine/execute.ts",
  // The option reader that joins `DRY_RUN` / `dry-run` and `check.dry_run` (`isDryRun`).
  "engine/options.ts",
]);

const LAYERS = ["app", "engine", "actions", "cli", "github"];

/** Whether an expression reads a dry-run flag (`dryRun`, `dry_run`, `"dry-run"`, `DRY_RUN`). */
function readsDryRun(node: ts.Node): boolean {
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
    return /^(dryRun|dry_run|DRY_RUN)$/.test(node.text);
  }
  if (ts.isStringLiteral(node)) return /^(dry-run|DRY_RUN|dry_run)$/.test(node.text);
  return ts.forEachChild(node, (child) => readsDryRun(child) || undefined) === true;
}

/**
 * Files that branch on dry run: an `if`, a `?:`, a `switch`, or a `&&`/`||`
 * whose condition reads the flag. Passing the decision on (`{ dryRun }`) or
 * choosing whose decision counts (`??`) is not a branch.
 */
function dryRunBranches(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    let branches = false;
    const visit = (node: ts.Node): void => {
      if (branches) return;
      const condition = ts.isIfStatement(node)
        ? node.expression
        : ts.isConditionalExpression(node)
          ? node.condition
          : ts.isSwitchStatement(node)
            ? node.expression
            : ts.isBinaryExpression(node) &&
                (node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ||
                  node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
              ? node.left
              : undefined;
      if (condition && readsDryRun(condition)) branches = true;
      else ts.forEachChild(node, visit);
    };
    visit(source);
    if (branches) found.push(file);
  }
  return found.sort();
}

describe("dry run is decided once and honoured in one place", () => {
  it("finds every way a file can branch on dry run, and nothing else", () => {
    const fixture = new Map([
      ["engine/a.ts", "if (deps.state.options.dryRun) return;"],
      ["engine/b.ts", "const x = config.check.dry_run ? 1 : 2;"],
      ["engine/c.ts", "return scope.dryRun && log();"],
      ["engine/d.ts", "const raw = readBoolean(env, 'dry-run', false) || other;"],
      ["engine/e.ts", "switch (options.dryRun) { default: }"],
      ["engine/f.ts", "await executePlan(deps, writes, { dryRun });"],
      ["engine/g.ts", "const dryRun = scope.dryRun ?? isDryRun(options);"],
      ["engine/h.ts", "if (write.failure === 'follow-up') retry();"],
    ]);
    expect(dryRunBranches(fixture)).toEqual([
      "engine/a.ts",
      "engine/b.ts",
      "engine/c.ts",
      "engine/d.ts",
      "engine/e.ts",
    ]);
  });

  it("branches only in the executor and the option reader", () => {
    const files = new Map<string, string>();
    for (const layer of LAYERS) {
      const found = sourceFiles(join(ROOT, layer));
      expect(found.length, `files under ${layer}/`).toBeGreaterThan(0);
      for (const path of found) {
        files.set(relative(ROOT, path).split("\\").join("/"), readFileSync(path, "utf8"));
      }
    }
    const branching = dryRunBranches(files);
    expect(branching.filter((file) => !DECIDES.has(file))).toEqual([]);
    // The allow-list names only files that still branch, so it cannot go stale.
    expect([...DECIDES].filter((file) => !branching.includes(file))).toEqual([]);
  });
});
