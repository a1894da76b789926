import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../core/config/load.js";
import { defaultConfig } from "../../../core/config/schema.js";
import { ConfigError } from "../../../core/errors.js";

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
