import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type ActualProtection,
  applyOutcomes,
  classicProtectionBody,
  defaultProtectionConfig,
  desiredProtection,
  diffSettings,
  PROTECTION_STATUS_SCHEMA_FILE,
  type ProtectionSettings,
  planProtection,
  protectionConfigSchema,
  protectionExitCode,
  protectionStatusSchema,
  renderProtectionStatusJsonSchema,
  renderProtectionText,
  rulesetBody,
  scorecardTier,
  settingsFromClassic,
  settingsFromRules,
  UNPROTECTED,
} from "../../../core/protection/index.js";

const APP = 123;
const desired = desiredProtection(defaultProtectionConfig(), "required-check", APP);
const WANT = desired.settings;
const REPO = "acme/app";

/** The desired settings with some fields changed. */
const want = (change: Partial<ProtectionSettings>): ProtectionSettings => ({ ...WANT, ...change });

describe("desiredProtection", () => {
  it("defaults to the playbook: main and develop, required-check pinned to the App, 1 review", () => {
    expect(desired.branches).toEqual(["main", "develop"]);
    expect(WANT).toEqual({
      requiredChecks: [{ context: "required-check", appId: APP }],
      strict: true,
      requirePullRequest: true,
      approvingReviews: 1,
      dismissStaleReviews: true,
      codeOwnerReviews: false,
      enforceAdmins: true,
      blockForcePushes: true,
      blockDeletions: true,
      linearHistory: false,
      conversationResolution: false,
    });
  });

  it("adds the team's checks once, a name or pinned to an app", () => {
    const config = protectionConfigSchema.parse({
      required_checks: [
        "ci/test",
        { context: "build", app_id: 15368 },
        "required-check",
        "ci/test",
      ],
    });
    expect(desiredProtection(config, "required-check", APP).settings.requiredChecks).toEqual([
      { context: "required-check", appId: APP },
      { context: "ci/test" },
      { context: "build", appId: 15368 },
    ]);
  });

  it("rejects an unknown key and an out-of-range review count", () => {
    expect(protectionConfigSchema.safeParse({ brnaches: ["main"] }).success).toBe(false);
    expect(protectionConfigSchema.safeParse({ required_approving_reviews: 7 }).success).toBe(false);
    expect(protectionConfigSchema.safeParse({ mode: "legacy" }).success).toBe(false);
  });
});

describe("diffSettings", () => {
  const cases: [
    string,
    ProtectionSettings,
    { field: string; desired: unknown; actual: unknown }[],
  ][] = [
    ["identical settings", WANT, []],
    [
      "fewer reviews",
      want({ approvingReviews: 0 }),
      [{ field: "required_approving_reviews", desired: 1, actual: 0 }],
    ],
    [
      "admins may bypass and force pushes are allowed",
      want({ enforceAdmins: false, blockForcePushes: false }),
      [
        { field: "enforce_admins", desired: true, actual: false },
        { field: "block_force_pushes", desired: true, actual: false },
      ],
    ],
    [
      "required-check from any app (a workflow could satisfy it)",
      want({ requiredChecks: [{ context: "required-check" }] }),
      [
        {
          field: "required_checks",
          desired: ["required-check (app 123)"],
          actual: ["required-check (any app)"],
        },
      ],
    ],
    [
      "required-check pinned to another app",
      want({ requiredChecks: [{ context: "required-check", appId: 999 }] }),
      [
        {
          field: "required_checks",
          desired: ["required-check (app 123)"],
          actual: ["required-check (app 999)"],
        },
      ],
    ],
    [
      "an extra required check",
      want({ requiredChecks: [...WANT.requiredChecks, { context: "legacy-ci" }] }),
      [
        {
          field: "required_checks",
          desired: ["required-check (app 123)"],
          actual: ["required-check (app 123)", "legacy-ci (any app)"],
        },
      ],
    ],
    [
      "not up to date, linear history on",
      want({ strict: false, linearHistory: true }),
      [
        { field: "strict", desired: true, actual: false },
        { field: "require_linear_history", desired: false, actual: true },
      ],
    ],
  ];
  it.each(cases)("%s", (_name, actual, expected) => {
    expect(diffSettings(WANT, actual)).toEqual(expected);
  });

  it("an unpinned desired check matches whichever app reports it", () => {
    const loose = want({ requiredChecks: [{ context: "ci/test" }] });
    expect(
      diffSettings(loose, want({ requiredChecks: [{ context: "ci/test", appId: 15368 }] })),
    ).toEqual([]);
  });

  it("an unprotected branch differs in every setting the config turns on", () => {
    expect(diffSettings(WANT, UNPROTECTED).map((d) => d.field)).toEqual([
      "required_checks",
      "strict",
      "require_pull_request",
      "required_approving_reviews",
      "dismiss_stale_reviews",
      "enforce_admins",
      "block_force_pushes",
      "block_deletions",
    ]);
  });
});

describe("scorecardTier", () => {
  const cases: [string, ProtectionSettings | undefined, number, number][] = [
    ["unprotected", undefined, 0, 0],
    ["nothing required", UNPROTECTED, 0, 0],
    ["force push blocked only", { ...UNPROTECTED, blockForcePushes: true }, 0, 1.5],
    [
      "force push and deletion blocked",
      { ...UNPROTECTED, blockForcePushes: true, blockDeletions: true },
      1,
      3,
    ],
    [
      "tier 1 + one review, not up to date",
      {
        ...UNPROTECTED,
        blockForcePushes: true,
        blockDeletions: true,
        requirePullRequest: true,
        approvingReviews: 1,
      },
      1,
      4.5,
    ],
    ["the defaults (1 review, checks, stale dismissed, admins)", WANT, 3, 8],
    ["2 reviews, no code owners", want({ approvingReviews: 2 }), 3, 8.5],
    ["2 reviews and code owners", want({ approvingReviews: 2, codeOwnerReviews: true }), 5, 10],
    [
      "2 reviews and code owners, admins bypass",
      want({ approvingReviews: 2, codeOwnerReviews: true, enforceAdmins: false }),
      4,
      9.5,
    ],
    ["everything but deletion blocked", want({ blockDeletions: false }), 0, 1.5],
  ];
  it.each(cases)("%s", (_name, settings, tier, score) => {
    expect(scorecardTier(settings)).toMatchObject({ tier, score });
  });

  it("names what the next tier needs", () => {
    expect(scorecardTier(WANT).next).toEqual(["two-approving-reviews", "code-owner-review"]);
  });
});

describe("planProtection", () => {
  const actual = (
    branches: ActualProtection["branches"],
    rulesetId?: number,
  ): ActualProtection => ({
    repository: REPO,
    branches,
    ...(rulesetId !== undefined ? { rulesetId } : {}),
  });

  it("plans nothing when every branch is applied", () => {
    const report = planProtection(
      desired,
      actual({ main: { kind: "read", classic: WANT }, develop: { kind: "read", classic: WANT } }),
    );
    expect(report.status).toBe("Applied");
    expect(report.writes).toEqual([]);
    expect(report.scorecard).toMatchObject({ tier: 3, score: 8 });
    expect(protectionExitCode(report)).toBe(0);
  });

  it("classic: one full PUT per drifted or unprotected branch, none for a missing branch", () => {
    const report = planProtection(
      { ...desired, branches: ["main", "develop", "release"] },
      actual({
        main: { kind: "read", classic: want({ approvingReviews: 0 }) },
        develop: { kind: "read" },
        release: { kind: "branch-missing" },
      }),
    );
    expect(report.branches.map((b) => [b.branch, b.status, b.source])).toEqual([
      ["main", "Drifted", "classic"],
      ["develop", "Missing", "none"],
      ["release", "Missing", "unknown"],
    ]);
    expect(report.branches[2]?.message).toContain("create the branch first");
    expect(report.writes.map((w) => [w.method, w.path])).toEqual([
      ["PUT", "/repos/acme/app/branches/main/protection"],
      ["PUT", "/repos/acme/app/branches/develop/protection"],
    ]);
    expect(report.writes[0]?.body).toEqual(classicProtectionBody(WANT));
    expect(report.status).toBe("Missing");
    expect(protectionExitCode(report)).toBe(1);
  });

  it("a branch protected by a ruleset is not missing", () => {
    const report = planProtection(
      desired,
      actual({ main: { kind: "read", rulesets: WANT }, develop: { kind: "read", rulesets: WANT } }),
    );
    expect(report.branches.map((b) => [b.status, b.source])).toEqual([
      ["Applied", "rulesets"],
      ["Applied", "rulesets"],
    ]);
  });

  it("merges classic and ruleset protection, the stricter setting winning", () => {
    const report = planProtection(
      { ...desired, branches: ["main"] },
      actual({
        main: {
          kind: "read",
          classic: want({ blockDeletions: false }),
          rulesets: {
            ...UNPROTECTED,
            requiredChecks: [],
            blockDeletions: true,
            enforceAdmins: true,
          },
        },
      }),
    );
    expect(report.branches[0]).toMatchObject({ status: "Applied", source: "classic+rulesets" });
  });

  it("rulesets: one create for all branches, or an update of the pilot-gate ruleset", () => {
    const rulesets = { ...desired, mode: "rulesets" as const };
    const create = planProtection(
      rulesets,
      actual({ main: { kind: "read" }, develop: { kind: "read", rulesets: WANT } }),
    );
    expect(create.writes).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/repos/acme/app/rulesets",
        branches: ["main", "develop"],
        body: rulesetBody(WANT, ["main", "develop"]),
      }),
    ]);
    const update = planProtection(
      rulesets,
      actual(
        {
          main: { kind: "read", rulesets: want({ strict: false }) },
          develop: { kind: "read", rulesets: WANT },
        },
        42,
      ),
    );
    expect(update.writes.map((w) => [w.method, w.path, w.ruleset_id])).toEqual([
      ["PUT", "/repos/acme/app/rulesets/42", 42],
    ]);
  });

  it("a failed read is reported with its next step and gets no write; exit 2", () => {
    const report = planProtection(
      desired,
      actual({
        main: {
          kind: "failed",
          status: "PermissionNeeded",
          message: "Permission needed: administration: write",
        },
        develop: { kind: "read", classic: WANT },
      }),
    );
    expect(report.status).toBe("PermissionNeeded");
    expect(report.writes).toEqual([]);
    expect(protectionExitCode(report)).toBe(2);
  });

  it("after sync, written branches are Applied and a failed write keeps its reason", () => {
    const plan = planProtection(
      desired,
      actual({
        main: { kind: "read" },
        develop: { kind: "read", classic: want({ enforceAdmins: false }) },
      }),
    );
    const ok = applyOutcomes(plan, desired, [{ ok: true }, { ok: true }]);
    expect(ok.dry_run).toBe(false);
    expect(ok.status).toBe("Applied");
    expect(ok.writes.map((w) => w.outcome)).toEqual(["written", "written"]);
    expect(ok.scorecard).toMatchObject({ tier: 3 });
    const failed = applyOutcomes(plan, desired, [
      { ok: true },
      {
        ok: false,
        status: "Error",
        message: "GitHub rejected the request (422): Invalid request.",
      },
    ]);
    expect(failed.branches.map((b) => b.status)).toEqual(["Applied", "Error"]);
    expect(protectionExitCode(failed)).toBe(2);
  });

  it("renders the diff as key: actual -> desired with the writes and a summary", () => {
    const report = planProtection(
      desired,
      actual({
        main: { kind: "read", classic: want({ approvingReviews: 0 }) },
        develop: { kind: "read", classic: WANT },
      }),
    );
    const text = renderProtectionText(report);
    expect(text).toContain("main: Drifted, from classic; Scorecard tier 1 (4.5/10)");
    expect(text).toContain("  required_approving_reviews: 0 -> 1");
    expect(text).toContain("sync would write: PUT /repos/acme/app/branches/main/protection");
    expect(text.trimEnd().split("\n").at(-1)).toBe(
      "Protection: Drifted (1 Drifted, 1 Applied); lowest Scorecard tier 1 (4.5/10); run `pilot-gate protection sync` to apply",
    );
  });
});

describe("reading GitHub's answers", () => {
  it("reads classic protection, absent parts as off", () => {
    expect(
      settingsFromClassic({
        required_status_checks: {
          strict: true,
          checks: [{ context: "required-check", app_id: APP }],
        },
        enforce_admins: { enabled: true },
        required_pull_request_reviews: {
          dismiss_stale_reviews: true,
          required_approving_review_count: 1,
        },
        allow_force_pushes: { enabled: false },
        allow_deletions: { enabled: false },
      }),
    ).toEqual(WANT);
  });

  it("reads a classic body back as the settings it was made from", () => {
    const body = classicProtectionBody(WANT);
    expect(
      settingsFromClassic({
        required_status_checks: body.required_status_checks,
        enforce_admins: { enabled: body.enforce_admins },
        required_pull_request_reviews: body.required_pull_request_reviews,
        allow_force_pushes: { enabled: body.allow_force_pushes },
        allow_deletions: { enabled: body.allow_deletions },
      }),
    ).toEqual(WANT);
  });

  it("reads a ruleset's rules back as the settings it was made from", () => {
    expect(settingsFromRules(rulesetBody(WANT, ["main"]).rules, true)).toEqual(WANT);
    expect(settingsFromRules(rulesetBody(WANT, ["main"]).rules, false).enforceAdmins).toBe(false);
    expect(rulesetBody(want({ enforceAdmins: false }), ["main"]).bypass_actors).toHaveLength(1);
  });
});

describe(`${PROTECTION_STATUS_SCHEMA_FILE} (run \`npm run schemas\` when this fails)`, () => {
  it("matches the zod schema", () => {
    const text = readFileSync(
      new URL(`../../../${PROTECTION_STATUS_SCHEMA_FILE}`, import.meta.url),
      "utf8",
    );
    expect(text).toBe(renderProtectionStatusJsonSchema());
  });

  it("describes the reports plan makes", () => {
    const report = planProtection(desired, {
      repository: REPO,
      branches: { main: { kind: "read" }, develop: { kind: "branch-missing" } },
    });
    expect(protectionStatusSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });
});
