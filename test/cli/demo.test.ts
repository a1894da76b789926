import { describe, expect, it } from "vitest";
import { judgeExample, runDemo } from "../../cli/commands/demo.js";
import { EXAMPLES, type Example } from "../../cli/examples.js";
import type { CliIO } from "../../engine/io.js";
import { run } from "./helpers.js";

function io(): CliIO & { out: () => string; err: () => string } {
  let stdout = "";
  let stderr = "";
  return {
    cwd: process.cwd(),
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    out: () => stdout,
    err: () => stderr,
  };
}

const labelled: Example = {
  name: "Labelled",
  shows: "A label blocks.",
  snapshot: {
    branch: "feature/S-PC-01-x",
    base: "develop",
    title: "",
    body: "",
    labels: ["NO_MERGE"],
  },
  expect: "no_merge",
  blockedBy: ["no-merge-label"],
};

describe("pilot-gate demo", () => {
  it("bundles the examples the demo promises", () => {
    expect(EXAMPLES).toHaveLength(9);
    expect(EXAMPLES.filter((e) => e.expect === "pass").length).toBeGreaterThanOrEqual(2);
    for (const example of EXAMPLES) {
      expect(example.snapshot.body.length, example.name).toBeGreaterThan(100);
      expect(example.snapshot.changedFiles?.length, example.name).toBeGreaterThan(0);
      if (example.expect === "no_merge") expect(example.blockedBy, example.name).toBeDefined();
    }
    expect(EXAMPLES.map((e) => e.snapshot.branch)).toContain("hotfix/INC-42-checkout-timeout");
  });

  it("knows every example's changed files, so no example carries a note that they were not", () => {
    for (const example of EXAMPLES) {
      const { verdict } = judgeExample(example);
      expect(
        verdict.findings.filter((f) => f.severity === "info"),
        example.name,
      ).toEqual([]);
    }
  });

  it("includes a CODEOWNERS change that only governance-files blocks", () => {
    const example = EXAMPLES.find((e) => e.snapshot.changedFiles?.includes(".github/CODEOWNERS"));
    expect(example?.name).toBe("A CODEOWNERS change without PO/PM approval");
    const { verdict, problem } = judgeExample(example as Example);
    expect(problem).toBeUndefined();
    expect(verdict.status).toBe("no_merge");
    expect(verdict.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual([
      "governance-files blocking",
    ]);
  });

  // One test per example, so a failure names the example and why.
  it.each(EXAMPLES.map((example, i) => [`${i + 1}. ${example.name}`, example] as const))(
    "example %s gets the verdict it expects",
    (_, example) => {
      expect(judgeExample(example).problem).toBeUndefined();
    },
  );

  it("exits 0 and shows every example, then how to go on", async () => {
    const result = await run(["demo"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    EXAMPLES.forEach((example, i) => {
      expect(result.stdout).toContain(`── ${i + 1}/${EXAMPLES.length} ${example.name} `);
      expect(result.stdout).toContain(`${example.snapshot.branch} → ${example.snapshot.base}`);
    });
    expect(result.stdout).toContain(
      `✔ All ${EXAMPLES.length} examples got the verdict they expect.`,
    );
    expect(result.stdout).toContain("pilot-gate check --body-file pr.md --base main");
    expect(result.stdout).toContain("pilot-gate init");
    expect(result.stdout).not.toContain("The changed files were not known");
  });

  it("shows each example's changed files and why a CODEOWNERS change blocks", async () => {
    const result = await run(["demo"]);
    expect(result.stdout).toContain(
      "   files: src/login/LoginPage.tsx, src/login/LoginPage.module.css, src/login/useLogin.ts and 2 more\n",
    );
    expect(result.stdout).toContain("── 9/9 A CODEOWNERS change without PO/PM approval ");
    expect(result.stdout).toContain("   files: .github/CODEOWNERS, docs/runbooks/checkout.md\n");
    expect(result.stdout).toContain(
      "   ✖ governance-files\n     This PR changes governance files: `.github/CODEOWNERS`.",
    );
  });

  it("shows findings with how to fix them and the suggested branch name", async () => {
    const result = await run(["demo"]);
    expect(result.stdout).toContain("suggestion: feature/S-PC-07-password-reset-email");
    expect(result.stdout).toContain("how to fix: Resolve what it was added for");
  });

  it("passes with examples that get their verdicts", async () => {
    const out = io();
    expect(await runDemo([], out, [EXAMPLES[0] as Example, labelled])).toBe(0);
    expect(out.out()).toContain("── 2/2 Labelled ");
    expect(out.err()).toBe("");
  });

  it("exits 1 naming an example whose verdict differs from what it expects", async () => {
    const out = io();
    const wrong: Example = { ...labelled, name: "Wrong", expect: "pass", blockedBy: [] };
    expect(await runDemo([], out, [EXAMPLES[0] as Example, wrong])).toBe(1);
    expect(out.out()).toContain("✖ This example expects ready to merge, but got NO_MERGE.");
    expect(out.err()).toContain("1 of 2 examples did not get the verdict they expect (#2)");
  });

  it("exits 1 when an example is blocked, but not by the rule it is about", async () => {
    const out = io();
    const wrong: Example = { ...labelled, name: "Wrong rule", blockedBy: ["residual-risks"] };
    expect(await runDemo([], out, [wrong])).toBe(1);
    expect(out.out()).toContain("should be blocked by residual-risks");
  });
});
