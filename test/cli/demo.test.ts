import { describe, expect, it } from "vitest";
import { judgeExample, runDemo } from "../../cli/commands/demo.js";
import { EXAMPLES, type Example } from "../../cli/examples.js";
import type { CliIO } from "../../cli/io.js";
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
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
    expect(EXAMPLES.filter((e) => e.expect === "pass").length).toBeGreaterThanOrEqual(2);
    for (const example of EXAMPLES) {
      expect(example.snapshot.body.length, example.name).toBeGreaterThan(100);
      if (example.expect === "no_merge") expect(example.blockedBy, example.name).toBeDefined();
    }
    expect(EXAMPLES.map((e) => e.snapshot.branch)).toContain("hotfix/INC-42-checkout-timeout");
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
