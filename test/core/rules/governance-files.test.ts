import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../core/config/load.js";
import type { Config } from "../../../core/config/schema.js";
import { evaluatePullRequest } from "../../../core/evaluate.js";
import { reviewersToCheck } from "../../../core/rules/governance-files.js";
import type { Finding, PullRequestReview } from "../../../core/types.js";
import { snapshot } from "../../helpers/pull-request.js";

const HEAD = "a".repeat(40);
const OLD = "b".repeat(40);

/** po is alice and bob by login; pm is a team the runtime expanded to carol. */
const CONFIG = parseConfig(`
roles:
  po:
    users: [alice, bob]
  pm:
    teams: [product-managers]
`);
const MEMBERS = { po: ["alice", "bob"], pm: ["carol"] };

function governance(overrides: Parameters<typeof snapshot>[0], config: Config = CONFIG): Finding[] {
  const verdict = evaluatePullRequest(
    snapshot({ headSha: HEAD, roleMembers: MEMBERS, ...overrides }),
    config,
  );
  return verdict.findings.filter((f) => f.ruleId === "governance-files");
}

function review(
  login: string,
  state: PullRequestReview["state"],
  commitId: string | undefined = HEAD,
): PullRequestReview {
  return { login, state, commitId };
}

describe("governance-files", () => {
  it.each<[string, Parameters<typeof snapshot>[0]]>([
    ["no file changed", { changedFiles: [] }],
    ["only ordinary files changed", { changedFiles: ["src/login.ts", "docs/README.md"] }],
    [
      "a file that only looks like one",
      { changedFiles: ["src/CODEOWNERS.ts", "x/.github/CODEOWNERS"] },
    ],
  ])("finds nothing when %s", (_name, overrides) => {
    expect(governance(overrides)).toEqual([]);
  });

  it.each<[string, PullRequestReview[]]>([
    ["a po user approves on the head commit", [review("alice", "approved")]],
    ["the login differs only in case", [review("ALICE", "approved")]],
    ["a pm team member (expanded by the runtime) approves", [review("carol", "approved")]],
    [
      "a later comment leaves the approval standing",
      [review("bob", "approved"), review("bob", "commented")],
    ],
    [
      "changes requested, then approved",
      [review("bob", "changes_requested"), review("bob", "approved")],
    ],
    [
      "one approver of two still approves",
      [review("alice", "approved"), review("bob", "changes_requested")],
    ],
  ])("passes when %s", (_name, reviews) => {
    expect(governance({ changedFiles: ["CODEOWNERS"], reviews })).toEqual([]);
  });

  it("blocks a touched governance file with no review, saying who may approve", () => {
    const [finding, ...rest] = governance({
      changedFiles: ["src/app.ts", ".github/CODEOWNERS", ".github/pilot-gate.yml"],
    });
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("blocking");
    expect(finding?.files).toEqual([".github/CODEOWNERS", ".github/pilot-gate.yml"]);
    expect(finding?.message).toBe(
      "This PR changes governance files: `.github/CODEOWNERS`, `.github/pilot-gate.yml`. " +
        "Changes to them need an approving review from po (@\u200balice, @\u200bbob) or pm (@\u200bcarol). " +
        "To unblock, ask a holder of one of the roles above to approve the PR on its latest commit, " +
        "or revert the changes to these files.",
    );
  });

  it.each<[string, PullRequestReview[], RegExp]>([
    [
      "an approval on an older commit",
      [review("alice", "approved", OLD)],
      /Approved by @\u200balice on an older commit; approvals must be on the latest push\./,
    ],
    [
      "an approval with no commit",
      [{ login: "alice", state: "approved", commitId: undefined }],
      /Approved by @\u200balice on an older commit/,
    ],
    [
      "an approval then a request for changes",
      [review("alice", "approved"), review("alice", "changes_requested")],
      /need an approving review from po/,
    ],
    [
      "an approval that was dismissed",
      [review("alice", "approved"), review("alice", "dismissed")],
      /need an approving review from po/,
    ],
    [
      "an approval by someone holding no role",
      [review("mallory", "approved")],
      /Approved by @\u200bmallory, who holds none of these roles\./,
    ],
    ["a pending review", [review("alice", "pending")], /need an approving review/],
    ["only a comment", [review("alice", "commented")], /need an approving review/],
  ])("blocks on %s", (_name, reviews, message) => {
    const findings = governance({ changedFiles: ["CODEOWNERS"], reviews });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe("blocking");
    expect(findings[0]?.message).toMatch(message);
  });

  it("treats every approval as stale when the head commit is unknown", () => {
    const findings = governance({
      headSha: undefined,
      changedFiles: ["CODEOWNERS"],
      reviews: [review("alice", "approved")],
    });
    expect(findings[0]?.message).toMatch(/Approved by @\u200balice on an older commit/);
  });

  it("accepts an approval on an older commit when fresh_approval is off", () => {
    const config = parseConfig(`
roles:
  po:
    users: [alice]
rules:
  governance-files:
    fresh_approval: false
`);
    const reviews = [review("alice", "approved", OLD)];
    expect(governance({ changedFiles: ["CODEOWNERS"], reviews }, config)).toEqual([]);
    expect(
      governance({ changedFiles: ["CODEOWNERS"], reviews, headSha: undefined }, config),
    ).toEqual([]);
    // A request for changes still cancels it.
    expect(
      governance(
        {
          changedFiles: ["CODEOWNERS"],
          reviews: [...reviews, review("alice", "changes_requested")],
        },
        config,
      ),
    ).toHaveLength(1);
  });

  it.each([
    ["config/thresholds/latency.yml", 1],
    ["config/thresholds/.hidden.yml", 1],
    ["config/thresholds/nested/latency.yml", 0],
    ["config/thresholds/latency.json", 0],
    ["CODEOWNERS", 0],
  ])("matches globs: %s gives %i finding(s)", (file, count) => {
    const config = parseConfig(`
roles:
  po:
    users: [alice]
rules:
  governance-files:
    paths: ["config/thresholds/*.yml"]
`);
    expect(governance({ changedFiles: [file] }, config)).toHaveLength(count);
  });

  it("lists ten touched files and counts the rest, but annotates all", () => {
    const changedFiles = Array.from({ length: 13 }, (_, i) => `gov/file-${i}.yml`);
    const config = parseConfig(`
roles:
  po:
    users: [alice]
rules:
  governance-files:
    paths: ["gov/**"]
    approvers: [po]
`);
    const [finding] = governance({ changedFiles, roleMembers: { po: ["alice"] } }, config);
    expect(finding?.message).toContain("`gov/file-9.yml` and 3 more.");
    expect(finding?.message).not.toContain("file-10");
    expect(finding?.message).toContain("from po (@\u200balice).");
    expect(finding?.message).toContain("ask a holder of the role above");
    expect(finding?.files).toHaveLength(13);
  });

  it("says the config must define a role that is missing or has no members", () => {
    const config = parseConfig(`
roles:
  po:
    users: []
  pm:
    teams: [product-managers]
rules:
  governance-files:
    approvers: [po, pm, qa]
`);
    const [finding] = governance({ changedFiles: ["CODEOWNERS"], roleMembers: {} }, config);
    expect(finding?.message).toContain(
      "po (no members: the config must list them in `roles.po.users` or `roles.po.teams`), " +
        "pm (no members; team `product-managers` has no members pilot-gate can see: the config must list them in `roles.pm.users` or `roles.pm.teams`) " +
        "or qa (not defined: the config must define `roles.qa.users` or `roles.qa.teams`)",
    );
  });

  it("names the roles with the default config, which defines none", () => {
    const [finding] = governance(
      { changedFiles: ["CODEOWNERS"], roleMembers: undefined },
      parseConfig(""),
    );
    expect(finding?.severity).toBe("blocking");
    expect(finding?.message).toContain("the config must define `roles.po.users`");
    expect(finding?.message).toContain("the config must define `roles.pm.users`");
  });

  it("notes, without blocking, that it could not check when the changed files are unknown", () => {
    const findings = governance({ changedFiles: undefined });
    expect(findings).toEqual([
      {
        ruleId: "governance-files",
        severity: "info",
        message:
          "The changed files were not known, so governance files (`CODEOWNERS`, `.github/CODEOWNERS`, `docs/CODEOWNERS`, `.github/pilot-gate.yml`) were not checked. The required check on GitHub checks them.",
      },
    ]);
    expect(evaluatePullRequest(snapshot({ changedFiles: undefined }), CONFIG).status).toBe("pass");
  });

  it("blocks a partial file list as a possible governance change until approved", () => {
    const partial = { listed: 3_000, total: 3_001 };
    const [finding] = governance({ changedFiles: ["src/a.ts"], changedFilesPartial: partial });
    expect(finding?.severity).toBe("blocking");
    expect(finding?.message).toContain(
      "GitHub listed only 3,000 of this PR's 3,001 changed files, so pilot-gate cannot rule out changes to governance files",
    );
    expect(finding?.message).toContain("Split the PR");
    expect(finding?.files).toEqual([]);
    expect(
      governance({
        changedFiles: ["src/a.ts"],
        changedFilesPartial: partial,
        reviews: [review("alice", "approved")],
      }),
    ).toEqual([]);
  });

  it("names the governance files a partial list does show", () => {
    const [finding] = governance({
      changedFiles: ["CODEOWNERS"],
      changedFilesPartial: { listed: 3_000, total: undefined },
    });
    expect(finding?.message).toContain("this PR's changed files (its list stops there)");
    expect(finding?.message).toContain("among those listed it changes `CODEOWNERS`");
  });

  it("checks nothing when paths is empty", () => {
    const config = parseConfig("rules:\n  governance-files:\n    paths: []\n");
    expect(governance({ changedFiles: ["CODEOWNERS"] }, config)).toEqual([]);
    expect(governance({ changedFiles: undefined }, config)).toEqual([]);
  });

  it("reports a severity: warning rule without blocking", () => {
    const config = parseConfig("rules:\n  governance-files:\n    severity: warning\n");
    const verdict = evaluatePullRequest(snapshot({ changedFiles: ["CODEOWNERS"] }), config);
    expect(verdict.status).toBe("pass");
    expect(verdict.rules.find((r) => r.ruleId === "governance-files")?.status).toBe("warn");
  });

  describe("with no config on the default branch, or no role holders", () => {
    const NO_CONFIG = parseConfig("");
    const PERMISSIONS = { mia: "maintain", ada: "admin", wes: "write" };

    it.each<[string, PullRequestReview[]]>([
      ["a maintainer approves on the head commit", [review("mia", "approved")]],
      ["an admin approves, the login in another case", [review("ADA", "approved")]],
      ["one approver of two has maintain", [review("wes", "approved"), review("mia", "approved")]],
    ])("passes the PR that adds the config when %s", (_name, reviews) => {
      const findings = governance(
        {
          changedFiles: [".github/pilot-gate.yml"],
          reviews,
          roleMembers: {},
          configAbsent: true,
          reviewerPermissions: PERMISSIONS,
        },
        NO_CONFIG,
      );
      expect(findings).toEqual([]);
    });

    it("blocks without a maintainer's approval, and says who may give it and why", () => {
      const [finding] = governance(
        {
          changedFiles: [".github/pilot-gate.yml"],
          reviews: [review("wes", "approved")],
          roleMembers: {},
          configAbsent: true,
          reviewerPermissions: PERMISSIONS,
        },
        NO_CONFIG,
      );
      expect(finding?.message).toBe(
        "This PR changes governance files: `.github/pilot-gate.yml`. " +
          "The default branch has no pilot-gate config yet, so no role can approve governance changes: " +
          "an approving review from someone with maintain or admin permission on the repository counts instead. " +
          "Approved by @\u200bwes (write permission), which is not maintain or admin. " +
          "To unblock, ask someone with maintain or admin permission to approve the PR on its latest commit, " +
          "or revert the changes to these files.",
      );
    });

    it("counts a maintainer while the configured roles name nobody, naming the roles to fill", () => {
      const config = parseConfig("roles:\n  po:\n    teams: [product-owners]\n");
      const base = { changedFiles: ["CODEOWNERS"], roleMembers: { po: [] } };
      const [finding] = governance({ ...base, reviews: [] }, config);
      expect(finding?.message).toContain(
        "Changes to them need an approving review from po (no members; team `product-owners` has no members pilot-gate can see: the config must list them in `roles.po.users` or `roles.po.teams`) or pm (not defined: the config must define `roles.pm.users` or `roles.pm.teams`). " +
          "While these roles name nobody, an approving review from someone with maintain or admin permission on the repository counts instead.",
      );
      expect(
        governance(
          { ...base, reviews: [review("mia", "approved")], reviewerPermissions: PERMISSIONS },
          config,
        ),
      ).toEqual([]);
    });

    it("does not count a maintainer once a role has holders", () => {
      const findings = governance({
        changedFiles: ["CODEOWNERS"],
        reviews: [review("mia", "approved")],
        reviewerPermissions: PERMISSIONS,
      });
      expect(findings[0]?.message).toMatch(/Approved by @\u200bmia, who holds none of these roles/);
    });

    it("wants the maintainer's approval fresh, as a role holder's", () => {
      const [finding] = governance(
        {
          changedFiles: ["CODEOWNERS"],
          reviews: [review("mia", "approved", OLD)],
          roleMembers: {},
          configAbsent: true,
          reviewerPermissions: PERMISSIONS,
        },
        NO_CONFIG,
      );
      expect(finding?.message).toMatch(/Approved by @\u200bmia on an older commit/);
    });

    it("does not count an approval whose permission the runtime did not read", () => {
      const [finding] = governance(
        {
          changedFiles: ["CODEOWNERS"],
          reviews: [review("mia", "approved")],
          roleMembers: {},
          configAbsent: true,
        },
        NO_CONFIG,
      );
      expect(finding?.message).toContain(
        "Approved by @\u200bmia (permission not known), which is not maintain or admin.",
      );
    });

    it("names the reviewers whose permission decides, once each, only when it can", () => {
      const options = NO_CONFIG.rules["governance-files"];
      const reviews = [
        review("mia", "approved"),
        review("MIA", "approved"),
        review("wes", "approved", OLD),
        review("ada", "approved"),
        review("ada", "changes_requested"),
        review("cy", "commented"),
      ];
      const headSha = HEAD;
      expect(reviewersToCheck({ reviews, roleMembers: {}, headSha }, options)).toEqual(["MIA"]);
      expect(
        reviewersToCheck({ reviews, roleMembers: { po: ["alice"] }, headSha }, options),
      ).toEqual([]);
    });
  });
});
