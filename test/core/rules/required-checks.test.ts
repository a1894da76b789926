import { describe, expect, it } from "vitest";
import type { CiState, HeadCheckRun, HeadStatus } from "../../../core/ci/required-checks.js";
import { isRequiredCheck, judgeRequiredChecks } from "../../../core/ci/required-checks.js";
import { type Config, evaluatePullRequest, parseConfig } from "../../../core/index.js";
import { planPullRequest } from "../../../core/plan.js";
import type { PullRequestSnapshot } from "../../../core/types.js";
import { snapshot as passing } from "../../helpers/pull-request.js";

const OWN_APP = 1;
const ACTIONS = 15368;
const NOW = "2026-01-01T01:00:00Z";

const config = (yaml: string): Config => parseConfig(yaml, ".github/pilot-gate.yml");
const REQUIRE = config("check:\n  require: [lint, unit]\n");

let nextId = 1;
function run(name: string, fields: Partial<HeadCheckRun> = {}): HeadCheckRun {
  return {
    id: nextId++,
    name,
    appId: ACTIONS,
    status: "completed",
    conclusion: "success",
    url: `https://github.com/acme/api/actions/runs/${nextId}`,
    startedAt: "2026-01-01T00:50:00Z",
    ...fields,
  };
}

function status(context: string, state: HeadStatus["state"]): HeadStatus {
  return { context, state, url: "https://ci.example.com/1", createdAt: "2026-01-01T00:55:00Z" };
}

function ci(runs: HeadCheckRun[], extra: Partial<CiState> = {}): CiState {
  return { runs, ownAppId: OWN_APP, now: NOW, ...extra };
}

function snapshot(state: CiState | undefined, files: string[] = ["src/a.ts"]): PullRequestSnapshot {
  return passing({ changedFiles: files, ...(state ? { ci: state } : {}) });
}

function rule(cfg: Config, input: PullRequestSnapshot) {
  const verdict = evaluatePullRequest(input, cfg);
  return { verdict, result: verdict.rules.find((r) => r.ruleId === "required-checks") };
}

const blocking = (cfg: Config, input: PullRequestSnapshot) =>
  rule(cfg, input).result?.findings.filter((f) => f.severity === "blocking") ?? [];

describe("required-checks", () => {
  it("is skipped while check.require is empty, whatever CI shows", () => {
    const { result } = rule(config(""), snapshot(ci([run("lint", { conclusion: "failure" })])));
    expect(result?.status).toBe("skipped");
  });

  it("says CI was not read rather than passing, where the runtime cannot read it", () => {
    const { result } = rule(REQUIRE, snapshot(undefined));
    expect(result?.findings).toEqual([
      expect.objectContaining({ severity: "info", message: expect.stringContaining("not read") }),
    ]);
  });

  it("passes once every required check passed", () => {
    const { result, verdict } = rule(REQUIRE, snapshot(ci([run("lint"), run("unit")])));
    expect(result?.status).toBe("pass");
    expect(verdict.status).toBe("pass");
  });

  it("waits for a check still running or not yet started, titled `waiting for:`", () => {
    const input = snapshot(ci([run("lint", { status: "in_progress", conclusion: null })]));
    const findings = blocking(REQUIRE, input);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.waitingFor).toEqual(["lint", "unit"]);
    const plan = planPullRequest(
      rule(REQUIRE, input).verdict,
      { headSha: "abc", draft: false, labels: { current: [], appliedByApp: false } },
      REQUIRE,
    );
    expect(plan.checkRun?.conclusion).toBe("failure");
    expect(plan.checkRun?.title).toBe("waiting for: lint, unit");
    expect(plan.checkRun?.waiting).toBe(true);
    // Nothing to fix yet: no NO_MERGE label churn on every push.
    expect(plan.labels.add).toEqual([]);
  });

  it("names what to fix first when a rule fails too, and still says what it waits for", () => {
    const cfg = config("check:\n  require: [lint]\n");
    const input = { ...snapshot(ci([])), branch: "not a branch" };
    const plan = planPullRequest(
      rule(cfg, input).verdict,
      { headSha: "abc", draft: false, labels: { current: [], appliedByApp: false } },
      cfg,
    );
    expect(plan.checkRun?.title).toMatch(
      /^NO_MERGE: \d+ blocking findings? to fix, waiting for: lint$/,
    );
    expect(plan.checkRun?.waiting).toBeUndefined();
    expect(plan.labels.add).toEqual(["NO_MERGE"]);
  });

  it("fails a check that failed, with its details link, and counts the newest run of a name", () => {
    const runs = [
      run("lint"),
      run("unit", { conclusion: "success" }),
      run("unit", { conclusion: "failure", url: "https://github.com/acme/api/runs/9" }),
    ];
    const input = snapshot(ci(runs));
    const findings = blocking(REQUIRE, input);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("[`unit`](https://github.com/acme/api/runs/9)");
    expect(findings[0]?.waitingFor).toBeUndefined();
    // Flapped back: the re-run passed, so it passes.
    const rerun = snapshot(ci([...runs, run("unit")]));
    expect(blocking(REQUIRE, rerun)).toEqual([]);
  });

  it("counts neutral and skipped as passing and cancelled or timed out as failing, as branch protection does", () => {
    for (const [conclusion, passes] of [
      ["neutral", true],
      ["skipped", true],
      ["cancelled", false],
      ["timed_out", false],
      ["action_required", false],
    ] as const) {
      const input = snapshot(ci([run("lint"), run("unit", { conclusion })]));
      expect(blocking(REQUIRE, input).length === 0, conclusion).toBe(passes);
    }
  });

  it("matches every job of a matrix with a glob, and fails on any that failed", () => {
    const cfg = config("check:\n  require: ['test (*)']\n");
    const jobs = Array.from({ length: 300 }, (_, i) => run(`test (${i})`));
    expect(blocking(cfg, snapshot(ci(jobs)))).toEqual([]);
    const oneFails = [...jobs, run("test (7)", { conclusion: "failure" })];
    expect(blocking(cfg, snapshot(ci(oneFails)))).toHaveLength(1);
    const report = judgeRequiredChecks(
      cfg.check.require,
      ci(oneFails),
      { ownName: "required-check", changedFiles: [], partial: false },
      60,
    );
    expect(report.checks.filter((c) => c.state === "failed").map((c) => c.name)).toEqual([
      "test (7)",
    ]);
  });

  it("counts a run pinned to an app only when that app posted it", () => {
    const cfg = config(`check:\n  require: [{ name: lint, app_id: ${ACTIONS} }]\n`);
    expect(blocking(cfg, snapshot(ci([run("lint", { appId: 99 })])))[0]?.waitingFor).toEqual([
      "lint",
    ]);
    expect(blocking(cfg, snapshot(ci([run("lint")])))).toEqual([]);
  });

  it("requires a check with paths only when the PR changes one of them, and always when its file list is partial", () => {
    const cfg = config("check:\n  require: [{ name: e2e, paths: ['web/**'] }]\n");
    expect(blocking(cfg, snapshot(ci([]), ["api/a.ts"]))).toEqual([]);
    expect(blocking(cfg, snapshot(ci([]), ["web/app.tsx"]))[0]?.waitingFor).toEqual(["e2e"]);
    const partial = {
      ...snapshot(ci([]), ["api/a.ts"]),
      changedFilesPartial: { listed: 3000, total: 4000 },
    };
    expect(blocking(cfg, partial)[0]?.waitingFor).toEqual(["e2e"]);
  });

  it("reads commit statuses: pending waits, failure and error fail", () => {
    expect(
      blocking(REQUIRE, snapshot(ci([run("lint")], { statuses: [status("unit", "success")] }))),
    ).toEqual([]);
    expect(
      blocking(REQUIRE, snapshot(ci([run("lint")], { statuses: [status("unit", "pending")] })))[0]
        ?.waitingFor,
    ).toEqual(["unit"]);
    for (const state of ["failure", "error"] as const) {
      const found = blocking(
        REQUIRE,
        snapshot(ci([run("lint")], { statuses: [status("unit", state)] })),
      );
      expect(found[0]?.message).toContain(`ended \`${state}\``);
    }
  });

  it("never counts another app's run or a status using the App's own check name, and says so", () => {
    const cfg = config("check:\n  require: ['*']\n");
    const input = snapshot(
      ci(
        [run("required-check"), run("required-check", { appId: OWN_APP, conclusion: "failure" })],
        {
          statuses: [status("required-check", "success")],
        },
      ),
    );
    const { result } = rule(cfg, input);
    // The glob matches nothing but the impostors and the verdict itself: still waiting.
    expect(result?.findings.find((f) => f.severity === "blocking")?.waitingFor).toEqual(["*"]);
    const note = result?.findings.find((f) => f.message.startsWith("Ignored"));
    expect(note?.message).toContain("check run required-check (app 15368)");
    expect(note?.message).toContain("commit status required-check");
  });

  it("reports a check that never appeared after check.require_timeout, as a failure rather than a wait", () => {
    const cfg = config("check:\n  require: [lint, e2e]\n  require_timeout: 30\n");
    const early = ci([run("lint", { startedAt: "2026-01-01T00:45:00Z" })]);
    expect(blocking(cfg, snapshot(early))[0]?.waitingFor).toEqual(["e2e"]);
    const late = ci([run("lint", { startedAt: "2026-01-01T00:20:00Z" })]);
    const found = blocking(cfg, snapshot(late));
    expect(found).toHaveLength(1);
    expect(found[0]?.waitingFor).toBeUndefined();
    expect(found[0]?.message).toContain("did not appear on this commit within 30 minutes");
  });

  it("fails closed on a check not among the runs read when the head has more than the bound", () => {
    const input = snapshot(ci([run("lint")], { truncated: { listed: 1000, total: 1500 } }));
    const found = blocking(REQUIRE, input);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("`unit` not checked");
  });

  it("renders check names from CI as inert text", () => {
    const cfg = config("check:\n  require: ['*']\n");
    const input = snapshot(
      ci([run("@everyone <img src=x> `x`", { conclusion: "failure", url: "javascript:alert(1)" })]),
    );
    const message = blocking(cfg, input)[0]?.message ?? "";
    // A code span: no mention, tag or link forms inside it; a non-web URL is no link.
    expect(message).toContain("CI check `` @everyone <img src=x> `x` `` ended");
    expect(message).not.toContain("javascript:");
  });
});

describe("check.require in the config", () => {
  const error = (yaml: string) => {
    try {
      config(yaml);
    } catch (thrown) {
      return (thrown as Error).message;
    }
    return "";
  };

  it("rejects the App's own check name, unknown keys, and lists or names over their bounds", () => {
    expect(error("check:\n  require: [required-check]\n")).toContain(
      "remove it from check.require",
    );
    expect(error("check:\n  require: [{ name: lint, app: 1 }]\n")).toContain("app");
    expect(
      error(`check:\n  require: [${Array.from({ length: 101 }, (_, i) => `c${i}`).join(", ")}]\n`),
    ).toContain("check.require");
    expect(error(`check:\n  require: [${"x".repeat(256)}]\n`)).toContain("check.require");
    expect(error("check:\n  require_timeout: 0\n")).toContain("require_timeout");
  });
});

describe("isRequiredCheck", () => {
  it("tells an event about a required check from one about any other", () => {
    const items = config(
      `check:\n  require: [lint, 'test (*)', { name: e2e, app_id: ${ACTIONS} }]\n`,
    ).check.require;
    expect(isRequiredCheck(items, "lint", 5)).toBe(true);
    expect(isRequiredCheck(items, "test (node 20)", 5)).toBe(true);
    expect(isRequiredCheck(items, "e2e", ACTIONS)).toBe(true);
    expect(isRequiredCheck(items, "e2e", 5)).toBe(false);
    expect(isRequiredCheck(items, "docs", 5)).toBe(false);
  });
});
