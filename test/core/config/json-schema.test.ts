import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIG_SCHEMA_FILE, renderConfigJsonSchema } from "../../../core/config/json-schema.js";
import { renderConfigReference, updateReadme } from "../../../scripts/config-reference.js";

describe("generated JSON Schema", () => {
  it(`${CONFIG_SCHEMA_FILE} matches the zod schema (run \`npm run schemas\` when this fails)`, () => {
    const committed = readFileSync(
      new URL(`../../../${CONFIG_SCHEMA_FILE}`, import.meta.url),
      "utf8",
    );
    expect(committed).toBe(renderConfigJsonSchema());
  });

  it("forbids unknown keys, like the loader", () => {
    const schema = JSON.parse(renderConfigJsonSchema());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.rules.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties.rules.properties)).toEqual([
      "branch-name",
      "pr-checklist",
      "residual-risks",
      "no-merge-label",
      "governance-files",
      "incident-freeze",
      "incident-story",
      "wip-limit",
      "required-checks",
    ]);
  });
});

describe("README config reference", () => {
  it("matches the schema (run `npm run schemas` when this fails)", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    expect(updateReadme(readme)).toBe(readme);
  });

  it("documents every rule", () => {
    const table = renderConfigReference();
    for (const id of [
      "branch-name",
      "pr-checklist",
      "residual-risks",
      "no-merge-label",
      "governance-files",
      "incident-freeze",
      "incident-story",
      "wip-limit",
    ]) {
      expect(table).toContain(`| \`rules.${id}\` | mapping |`);
    }
  });
});
