import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../core/config/load.js";
import { defaultConfig } from "../../../core/config/schema.js";
import { ConfigError } from "../../../core/errors.js";
import { CONFIG_LIMIT, MAX_FILE_ISSUES } from "../../../core/limits.js";

function issuesOf(text: string) {
  try {
    parseConfig(text, ".github/pilot-gate.yml");
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it.each([
    ["an empty file", ""],
    ["a comment only", "# nothing yet\n"],
    ["an empty mapping", "{}\n"],
  ])("gives the playbook defaults for %s", (_name, text) => {
    expect(parseConfig(text)).toEqual(defaultConfig());
  });

  it("encodes the playbook in its defaults", () => {
    const config = defaultConfig();
    expect(config.rules["branch-name"].patterns).toEqual([
      "feature/{story}-{slug}",
      "hotfix/{id}-{slug}",
      "fix/{slug}",
      "chore/{slug}",
      "docs/{slug}",
    ]);
    expect(config.rules["branch-name"].exempt).toEqual(["dependabot/**", "renovate/**"]);
    expect(config.rules["pr-checklist"].required_sections).toEqual([
      "story_id",
      "definition_of_ready",
      "definition_of_done",
      "residual_risks",
      "evidence",
      "runbook_impact",
    ]);
    expect(config.rules["no-merge-label"].label).toBe("NO_MERGE");
    expect(config.rules["residual-risks"].block_open).toEqual(["critical"]);
  });

  it("keeps defaults for keys a team leaves out", () => {
    const config = parseConfig("rules:\n  no-merge-label:\n    label: do-not-merge\n");
    expect(config.rules["no-merge-label"].label).toBe("do-not-merge");
    expect(config.rules["no-merge-label"].enabled).toBe(true);
    expect(config.rules["branch-name"]).toEqual(defaultConfig().rules["branch-name"]);
  });

  it("names the path, line and column of an unknown key and lists the allowed ones", () => {
    const issues = issuesOf("rules:\n  branch-name:\n    patern: feature/{slug}\n");
    expect(issues).toEqual([
      {
        path: "rules.branch-name.patern",
        message: 'unknown key "patern"; allowed here: enabled, severity, patterns, exempt',
        position: { line: 3, column: 5 },
      },
    ]);
  });

  it("calls an unknown rule id an unknown rule", () => {
    const [issue] = issuesOf("rules:\n  branch-names: {}\n");
    expect(issue?.message).toMatch(
      /^unknown rule "branch-names"; allowed here: branch-name, pr-checklist/,
    );
    expect(issue?.position).toEqual({ line: 2, column: 3 });
  });

  it("rejects a regex that does not compile, at its line", () => {
    const [issue] = issuesOf("ids:\n  pattern: '[A-Z'\n");
    expect(issue?.path).toBe("ids.pattern");
    expect(issue?.message).toMatch(/is not a valid regular expression/);
    expect(issue?.position).toEqual({ line: 2, column: 12 });
  });

  it("rejects a placeholder regex that does not compile", () => {
    const [issue] = issuesOf("rules:\n  pr-checklist:\n    placeholders:\n      - '(unclosed'\n");
    expect(issue?.path).toBe("rules.pr-checklist.placeholders.0");
    expect(issue?.position?.line).toBe(4);
  });

  it("rejects unknown branch placeholders with the ones that exist", () => {
    const [issue] = issuesOf("rules:\n  branch-name:\n    patterns: ['feature/{ticket}-{slug}']\n");
    expect(issue?.message).toBe(
      'unknown placeholder {ticket} in "feature/{ticket}-{slug}"; use {story}, {id} or {slug}',
    );
  });

  it("reports YAML syntax errors with their position", () => {
    const [issue] = issuesOf("rules:\n  branch-name: [\n");
    expect(issue?.message).toMatch(/^YAML syntax error/);
    expect(issue?.position?.line).toBeGreaterThanOrEqual(2);
  });

  it("rejects duplicate keys instead of letting the last one win", () => {
    const [issue] = issuesOf("ids:\n  pattern: a\n  pattern: b\n");
    expect(issue?.message).toMatch(/YAML syntax error: .*unique/i);
  });

  it("rejects a top level that is not a mapping", () => {
    const [issue] = issuesOf("- rules\n");
    expect(issue?.message).toMatch(/must be a mapping/);
    expect(issue?.position).toEqual({ line: 1, column: 1 });
  });

  it("reports wrong types at the value", () => {
    const [issue] = issuesOf("rules:\n  no-merge-label:\n    enabled: maybe\n");
    expect(issue?.path).toBe("rules.no-merge-label.enabled");
    expect(issue?.message).toMatch(/expected boolean/);
    expect(issue?.position).toEqual({ line: 3, column: 14 });
  });

  it("requires a title for a section that is not built in", () => {
    const [issue] = issuesOf("sections:\n  rollback_plan:\n    aliases: [Rollback]\n");
    expect(issue?.path).toBe("sections.rollback_plan.title");
  });

  it("lists every problem, not only the first", () => {
    const issues = issuesOf("idz: {}\nrules:\n  no-merge-label:\n    label: ''\n    colour: red\n");
    expect(issues.map((i) => i.path).sort()).toEqual([
      "idz",
      "rules.no-merge-label.colour",
      "rules.no-merge-label.label",
    ]);
  });

  it("formats the error as file:line:column lines", () => {
    expect(() => parseConfig("rules:\n  bogus: {}\n", "cfg.yml")).toThrow(
      /^cfg\.yml:2:3 rules\.bogus: unknown rule "bogus"/,
    );
  });

  it("stops alias bombs instead of expanding them", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ].join("\n");
    expect(() => parseConfig(bomb)).toThrow(ConfigError);
  });
});

function errorOf(text: string): ConfigError {
  try {
    parseConfig(text, ".github/pilot-gate.yml");
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

/** A valid config of exactly `bytes` UTF-8 bytes: a check name, then a comment of `fill`. */
function validConfigOf(bytes: number, fill = "x"): string {
  const head = "check:\n  name: gate\n# ";
  const fillBytes = new TextEncoder().encode(fill).length;
  const room = bytes - head.length;
  return head + fill.repeat(Math.floor(room / fillBytes)) + "y".repeat(room % fillBytes);
}

describe("parseConfig: the cost of a hostile config is bounded", () => {
  it("refuses a config over 64 KiB before parsing, with one issue that says what to do", () => {
    const error = errorOf(validConfigOf(CONFIG_LIMIT.bytes + 1));
    expect(error.issues).toEqual([
      {
        path: "",
        message: expect.stringMatching(
          /^the file is 65,537 bytes, over the limit of 65,536 bytes \(64 KiB\); keep only the keys you change/,
        ),
      },
    ]);
    expect(error.message).toMatch(/^\.github\/pilot-gate\.yml the file is 65,537 bytes/);
  });

  it("reads a config of exactly 64 KiB", () => {
    expect(parseConfig(validConfigOf(CONFIG_LIMIT.bytes)).check.name).toBe("gate");
  });

  it("counts the limit in UTF-8 bytes, not characters", () => {
    const text = validConfigOf(CONFIG_LIMIT.bytes + 2, "é");
    expect(text.length).toBeLessThan(CONFIG_LIMIT.bytes);
    expect(errorOf(text).issues[0]?.message).toMatch(/^the file is 65,538 bytes/);
  });

  it("finds a duplicate key among thousands, at the repeated key", () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `  k${i}: 1`);
    keys.splice(4_000, 0, "  k17: 2");
    const issues = issuesOf(`ids:\n${keys.join("\n")}\n`);
    expect(issues).toEqual([
      {
        path: "",
        message: 'YAML syntax error: duplicate key "k17": map keys must be unique',
        position: { line: 4_002, column: 3 },
      },
    ]);
  });

  it("tells keys apart by value as YAML does, and checks each mapping on its own", () => {
    // `1` and `"1"` are different keys; the same key in two mappings is no duplicate.
    const text =
      'sections:\n  a: {title: A, aliases: [x]}\n  b: {title: B, aliases: [x]}\nx: {1: a, "1": b}\n';
    expect(issuesOf(text).map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^unknown key "x"/),
    ]);
  });

  it("finds duplicate keys in flow mappings and nested mappings", () => {
    const issues = issuesOf(
      "ids: {pattern: a, pattern: b}\nrules:\n  branch-name:\n    enabled: true\n    enabled: false\n",
    );
    expect(issues.map((issue) => issue.position)).toEqual([
      { line: 1, column: 19 },
      { line: 5, column: 5 },
    ]);
  });

  it("lists the first 100 problems and counts the rest", () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `k${i}: 1`).join("\n");
    const error = errorOf(keys);
    expect(error.issues).toHaveLength(MAX_FILE_ISSUES);
    expect(error.unlisted).toBe(4_900);
    expect(error.problemCount).toBe(5_000);
    expect(error.issues.at(-1)).toEqual({
      path: "k99",
      message: expect.stringMatching(/^unknown key "k99"; allowed here: /),
      position: { line: 100, column: 1 },
    });
    expect(error.message.split("\n").at(-1)).toBe(
      ".github/pilot-gate.yml: 4,900 more problems not listed; fix the ones above and validate again to see them.",
    );
  });

  it("caps syntax errors as it caps schema problems", () => {
    const error = errorOf(Array.from({ length: 300 }, () => "a: b: c").join("\n"));
    expect(error.issues).toHaveLength(MAX_FILE_ISSUES);
    expect(error.unlisted).toBeGreaterThan(0);
    expect(error.issues.every((issue) => issue.message.startsWith("YAML syntax error"))).toBe(true);
  });

  it("stops an alias bomb that fits in 64 KiB", () => {
    const levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 40; i++) {
      levels.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(", ")}]`,
      );
    }
    const text = levels.join("\n");
    expect(new TextEncoder().encode(text).length).toBeLessThan(CONFIG_LIMIT.bytes);
    expect(issuesOf(text)).toEqual([
      { path: "", message: expect.stringMatching(/^cannot read YAML: Excessive alias count/) },
    ]);
  });
});
