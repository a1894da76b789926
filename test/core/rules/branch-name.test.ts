import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../core/config/load.js";
import { defaultConfig } from "../../../core/config/schema.js";
import { evaluatePullRequest } from "../../../core/evaluate.js";
import { compileBranchPattern, matchBranch, slugify } from "../../../core/rules/branch-patterns.js";
import { snapshot } from "../../helpers/pull-request.js";

function branchFindings(overrides: Parameters<typeof snapshot>[0], config = defaultConfig()) {
  const verdict = evaluatePullRequest(snapshot(overrides), config);
  return verdict.findings.filter((f) => f.ruleId === "branch-name");
}

describe("branch-name with the playbook defaults", () => {
  it.each([
    ["feature/S-PC-01-login-page", "S-PC-01"],
    ["feature/RB-M06-001-tenant-switch", "RB-M06-001"],
    ["hotfix/INC-42-null-tenant", "INC-42"],
    ["fix/typo-in-banner", undefined],
    ["chore/bump-deps", undefined],
    ["docs/runbook-login", undefined],
    ["feature/S-PC-01-v2", "S-PC-01"],
  ])("accepts %s", (branch, storyId) => {
    expect(branchFindings({ branch })).toEqual([]);
    const patterns = defaultConfig().rules["branch-name"].patterns.map((p) =>
      compileBranchPattern(p, defaultConfig().ids.pattern),
    );
    expect(matchBranch(branch, "develop", patterns)?.storyId).toBe(storyId);
  });

  it.each([
    ["feature/login-page", "no id"],
    ["feature/s-pc-01-login", "lowercase id"],
    ["feature/S-PC-01", "no slug"],
    ["feature/S-PC-01-Login-Page", "uppercase slug"],
    ["feature/S-PC-01-login--page", "double hyphen"],
    ["feature/S-PC-01_login", "underscore"],
    ["Feature/S-PC-01-login", "capitalised kind"],
    ["hotfix/urgent", "hotfix without incident id"],
    ["my-branch", "no kind"],
    ["feature/S-PC-login", "id without digits"],
    ["release/1.0", "unknown kind"],
    ["", "empty name"],
  ])("blocks %s (%s) and lists the allowed names", (branch) => {
    const [finding, ...rest] = branchFindings({ branch });
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("blocking");
    expect(finding?.message).toContain("does not match any allowed name");
    expect(finding?.message).toContain("`feature/{story}-{slug}`");
  });

  it("suggests a name from the Story ID and the PR title", () => {
    const [finding] = branchFindings({
      branch: "feature/login",
      title: "Login page: SSO for tenants",
    });
    expect(finding?.suggestion).toBe("feature/S-PC-01-login-page-sso-for-tenants");
    expect(finding?.message).toContain("`feature/S-PC-01-login-page-sso-for-tenants`");
  });

  it("takes the id out of the title when building the slug", () => {
    const [finding] = branchFindings({
      branch: "feature/x_y",
      title: "S-PC-01 — Login page",
      body: "",
    });
    expect(finding?.suggestion).toBe("feature/S-PC-01-login-page");
  });

  it("suggests a hotfix name for a hotfix branch", () => {
    const [finding] = branchFindings({
      branch: "hotfix/urgent",
      title: "INC-42 null tenant on login",
      body: "",
    });
    expect(finding?.suggestion).toBe("hotfix/INC-42-null-tenant-on-login");
  });

  it("falls back to a kind without an id when the PR names none", () => {
    const [finding] = branchFindings({ branch: "fix/Typo", title: "Fix typo in banner", body: "" });
    expect(finding?.suggestion).toBe("fix/fix-typo-in-banner");
  });

  it.each(["dependabot/npm_and_yarn/zod-4.1.0", "renovate/major-vitest"])(
    "exempts bot branch %s with an info note",
    (branch) => {
      const findings = branchFindings({ branch });
      expect(findings).toHaveLength(1);
      expect(findings[0]?.severity).toBe("info");
      expect(findings[0]?.message).toContain("exempt");
    },
  );
});

describe("branch-name with team patterns", () => {
  const config = parseConfig(`
rules:
  branch-name:
    patterns:
      - feature/{story}-{slug}
      - pattern: fix/m6-p2-pilot-{slug}
        bases: [chore/m6-integration]
`);

  it("lets a restricted branch target its base", () => {
    expect(
      branchFindings({ branch: "fix/m6-p2-pilot-login", base: "chore/m6-integration" }, config),
    ).toEqual([]);
  });

  it("blocks a restricted branch that targets another base, naming both", () => {
    const [finding] = branchFindings({ branch: "fix/m6-p2-pilot-login", base: "main" }, config);
    expect(finding?.severity).toBe("blocking");
    expect(finding?.message).toContain("may only target `chore/m6-integration`");
    expect(finding?.message).toContain("targets `main`");
  });

  it("escapes literal text: a dot in a pattern is a dot", () => {
    const dotted = parseConfig("rules:\n  branch-name:\n    patterns: ['release/v1.{slug}']\n");
    expect(branchFindings({ branch: "release/v1.final" }, dotted)).toEqual([]);
    expect(branchFindings({ branch: "release/v1xfinal" }, dotted)).toHaveLength(1);
  });

  it("keeps the story id right when the team's id pattern has its own groups", () => {
    const grouped = parseConfig("ids:\n  pattern: '(PROJ|OPS)-[0-9]+'\n");
    const patterns = grouped.rules["branch-name"].patterns.map((p) =>
      compileBranchPattern(p, grouped.ids.pattern),
    );
    const match = matchBranch("feature/OPS-7-login", "develop", patterns);
    expect(match).toMatchObject({ storyId: "OPS-7", slug: "login" });
  });

  it("can be downgraded to a warning", () => {
    const warn = parseConfig("rules:\n  branch-name:\n    severity: warning\n");
    const verdict = evaluatePullRequest(snapshot({ branch: "wip" }), warn);
    expect(verdict.findings.find((f) => f.ruleId === "branch-name")?.severity).toBe("warning");
    expect(verdict.status).toBe("pass");
  });
});

describe("slugify", () => {
  it.each([
    ["Login page: SSO!", "login-page-sso"],
    ["  Ação rápida  ", "acao-rapida"],
    ["---", ""],
    ["a".repeat(60), "a".repeat(48)],
    ["word ".repeat(20), "word-word-word-word-word-word-word-word-word"],
  ])("%j -> %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});
