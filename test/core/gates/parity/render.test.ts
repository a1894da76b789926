import { describe, expect, it } from "vitest";
import {
  evaluateParity,
  type ParityInput,
  parityConfigSchema,
  renderParityMarkdown,
  renderParityText,
} from "../../../../core/gates/parity/index.js";

const inputs: ParityInput[] = [
  {
    file: "production.yml",
    environment: {
      name: "production",
      feature_flags: { new_checkout: true, banner: "a|b" },
      openapi: { version: "3.4.1" },
      policy_bundle: { revision: "r42" },
    },
  },
  {
    file: "staging.yml",
    environment: {
      name: "staging",
      feature_flags: { new_checkout: false, banner: "a|b" },
      openapi: { version: "3.5.0" },
    },
  },
];

const config = parityConfigSchema.parse({
  expected: [{ facet: "openapi", owner: "@api", reason: "rc | under test", expires: "2026-06-30" }],
});
const report = evaluateParity(inputs, { config, today: "2026-05-01" });

describe("renderParityMarkdown", () => {
  const markdown = renderParityMarkdown(report);

  it("leads with the verdict, then the drifts", () => {
    expect(markdown.startsWith("## ❌ Parity: 1 drift between production, staging\n")).toBe(true);
    const order = [
      "### ❌ Drift",
      "### 🟡 Expected differences",
      "### ➖ Not checked",
      "### Facets",
    ];
    const at = order.map((heading) => markdown.indexOf(heading));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("gives each drift both values and how to resolve it", () => {
    expect(markdown).toContain(
      "| production → staging | feature_flags | `new_checkout` | `true` | `false` | set flag new_checkout in staging to true to match production, or declare an expected difference",
    );
  });

  it("shows the owner, reason and expiry of a declared difference, escaping table pipes", () => {
    expect(markdown).toContain("| @\u200bapi | rc \\| under test | 2026-06-30 |");
  });

  it("says why a facet was not checked", () => {
    expect(markdown).toContain(
      "- production → staging, policy_bundle: staging does not describe its policy bundle (production does)",
    );
  });

  it("shows inputs that could not be read", () => {
    const failed = evaluateParity(
      [inputs[0] as ParityInput, { file: "x.yml", error: "x.yml:1:1 bad" }],
      {
        config,
        today: "2026-05-01",
      },
    );
    const text = renderParityMarkdown(failed);
    expect(text).toMatch(/^## ⛔ Parity: could not compare/);
    expect(text).toContain("x.yml:1:1 bad");
  });
});

describe("renderParityText", () => {
  it("lists drifts with their fix before the facet lines, and ends with the verdict", () => {
    const text = renderParityText(report);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "production → staging: drift (1 drift, 1 expected, 1 match, 2 not checked)",
    );
    expect(lines[1]).toMatch(
      /^ {2}drift {4}feature_flags: flag new_checkout: production has true, staging has false$/,
    );
    expect(lines[2]).toMatch(/^ {11}fix: set flag new_checkout in staging to true/);
    expect(lines.at(-1)).toBe("Parity: 1 drift between production, staging");
  });
});
