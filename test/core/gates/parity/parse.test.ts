import { describe, expect, it } from "vitest";
import { EnvironmentFileError, parseEnvironment } from "../../../../core/gates/parity/index.js";
import { ENVIRONMENT_LIMIT, MAX_FILE_ISSUES } from "../../../../core/limits.js";

function problems(text: string, file = "env.yml"): string {
  try {
    parseEnvironment(text, file);
  } catch (error) {
    if (error instanceof EnvironmentFileError) return error.message;
    throw error;
  }
  throw new Error("expected an EnvironmentFileError");
}

describe("parseEnvironment", () => {
  it("reads a YAML description", () => {
    expect(
      parseEnvironment(
        [
          "name: staging",
          "feature_flags: { a: true, b: v2, c: 10 }",
          "policy_bundle: { revision: r42, digest: 'sha256:aa' }",
          "openapi: { version: 3.4.1 }",
          "values: { db.pool_size: 20 }",
        ].join("\n"),
        "staging.yml",
      ),
    ).toEqual({
      name: "staging",
      feature_flags: { a: true, b: "v2", c: 10 },
      policy_bundle: { revision: "r42", digest: "sha256:aa" },
      openapi: { version: "3.4.1" },
      values: { "db.pool_size": 20 },
    });
  });

  it("reads JSON", () => {
    expect(
      parseEnvironment('{\n  "name": "dev",\n  "feature_flags": { "a": false }\n}', "dev.json"),
    ).toEqual({ name: "dev", feature_flags: { a: false } });
  });

  it.each([
    ["a syntax error", "name: x\nfeature_flags: {a: true\n", /^env\.yml:3:1 YAML syntax error: /],
    [
      "malformed JSON",
      '{\n  "name": "dev",\n  "feature_flags": {"a": }\n}',
      /^env\.json JSON syntax error: Unexpected token '}'$/,
    ],
    [
      "a trailing comma in JSON",
      '{\n  "name": "dev",\n}',
      /^env\.json:3:1 JSON syntax error: Expected double-quoted property name/,
    ],
    [
      "a misspelt facet",
      "name: x\nfeature_flag:\n  a: true\n",
      /^env\.yml:2:1 feature_flag: unknown key "feature_flag"; allowed here: name, feature_flags, policy_bundle, openapi, values$/,
    ],
    [
      "a misspelt key inside a facet, alone",
      "name: x\npolicy_bundle:\n  rev: 1\n",
      /^env\.yml:3:3 policy_bundle\.rev: unknown key "rev"; allowed here: revision, digest$/,
    ],
    [
      "a flag that is a list",
      "name: x\nfeature_flags:\n  a: [1]\n",
      /^env\.yml:3:6 feature_flags\.a: a flag is true\/false, a variant string or a number$/,
    ],
    ["no name", "feature_flags: {}\n", /^env\.yml:1:1 name: /],
    ["an empty file", "", /^env\.yml the file is empty/],
    ["a list", "- a\n", /^env\.yml:1:1 the file must be an environment description: a mapping/],
    ["a duplicate key", "name: a\nname: b\n", /^env\.yml:2:1 YAML syntax error: .*unique/i],
  ])("locates %s", (_, text, message) => {
    const file = text.startsWith("{") ? "env.json" : "env.yml";
    expect(problems(text, file)).toMatch(message);
  });

  it("lists every problem in file order", () => {
    const message = problems("openapi:\n  ver: 1\nname: x\nflags: {}\n");
    expect(message.split("\n").map((line) => line.split(" ")[0])).toEqual([
      "env.yml:2:3",
      "env.yml:4:1",
    ]);
  });
});

describe("parseEnvironment: the cost of a hostile file is bounded", () => {
  it("refuses a file over 256 KiB before parsing, YAML or JSON", () => {
    const flags = (n: number) =>
      Array.from({ length: n }, (_, i) => `"flag_${i}": true`).join(", ");
    const json = `{"name": "staging", "feature_flags": {${flags(20_000)}}}`;
    expect(json.length).toBeGreaterThan(ENVIRONMENT_LIMIT.bytes);
    expect(problems(json, "env.json")).toMatch(
      /^env\.json the file is [\d,]+ bytes, over the limit of 262,144 bytes \(256 KiB\); describe documents by version and digest/,
    );
    expect(problems(json, "env.yml")).toMatch(/^env\.yml the file is [\d,]+ bytes, over the limit/);
    // The same description, smaller, is read.
    expect(
      parseEnvironment(`{"name": "staging", "feature_flags": {${flags(100)}}}`, "env.json").name,
    ).toBe("staging");
  });

  it("lists the first 100 problems and counts the rest", () => {
    const keys = Array.from({ length: 300 }, (_, i) => `typo_${i}: 1`).join("\n");
    const lines = problems(`name: x\n${keys}\n`).split("\n");
    expect(lines).toHaveLength(MAX_FILE_ISSUES + 1);
    expect(lines.at(-1)).toBe(
      "env.yml: 200 more problems not listed; fix the ones above and validate again to see them.",
    );
  });
});
