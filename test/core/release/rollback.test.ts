import { describe, expect, it } from "vitest";
import { STATEMENT_FILE } from "../../../core/evidence/index.js";
import { planRollback, rollbackCandidates } from "../../../core/release/index.js";
import { evidencePack } from "../../app/helpers/evidence.js";

const OLD = "1111111111111111111111111111111111111111";
const MID = "2222222222222222222222222222222222222222";

/** statement.json of a release pack for `tag` on `commit` whose readiness said `verdict`. */
function statement(tag: string, commit: string, verdict: string): string {
  const files = evidencePack({
    folder: `evidence/release/${tag}`,
    commit,
    files: { "reports/readiness.json": JSON.stringify({ kind: "readiness", verdict }) },
  });
  return files.get(`evidence/release/${tag}/${STATEMENT_FILE}`) as string;
}

const base = { freezeLabel: "pilot-gate:freeze", evidenceBranch: "pilot-evidence" };

describe("rollbackCandidates", () => {
  it("orders release packs newest first, below the newest when no --from is given", () => {
    expect(
      rollbackCandidates(["v1.2.0", "v1.10.0", "notes", "v1.3.0-rc.1", "v1.3.0"], undefined),
    ).toEqual({ from: "v1.10.0", candidates: ["v1.3.0", "v1.3.0-rc.1", "v1.2.0"] });
  });

  it("keeps only releases strictly below --from", () => {
    expect(rollbackCandidates(["v1.2.0", "v1.3.0", "v1.4.0"], "v1.3.0")).toEqual({
      from: "v1.3.0",
      candidates: ["v1.2.0"],
    });
  });

  it("has no release to roll back from when there is no pack", () => {
    expect(rollbackCandidates([], undefined)).toEqual({ from: undefined, candidates: [] });
  });
});

describe("planRollback", () => {
  it("targets the newest GO pack and passes over the rest with reasons", () => {
    const plan = planRollback({
      ...base,
      from: "v1.4.0",
      packs: [
        { tag: "v1.3.0", statement: statement("v1.3.0", MID, "NO-GO") },
        { tag: "v1.2.1", statement: undefined },
        { tag: "v1.2.0", statement: "{not json" },
        { tag: "v1.1.0", statement: statement("v1.0.0", OLD, "GO") },
        { tag: "v1.0.0", statement: statement("v1.0.0", OLD, "GO") },
      ],
    });
    expect(plan).toMatchObject({
      action: "rollback",
      from: "v1.4.0",
      target: { tag: "v1.0.0", sha: OLD },
      skipped: [
        { tag: "v1.3.0", reason: "its readiness verdict is NO-GO" },
        { tag: "v1.2.1", reason: "its pack has no statement.json" },
        { tag: "v1.2.0", reason: "its statement.json is not a pilot-gate evidence statement" },
        { tag: "v1.1.0", reason: "its statement is for another pack, not release/v1.1.0" },
      ],
    });
    if (plan.action !== "rollback") throw new Error("expected a rollback");
    expect(plan.steps.map((s) => s.id)).toEqual([
      "freeze",
      "preserve-evidence",
      "revert",
      "smoke",
      "lift-freeze",
    ]);
    expect(plan.steps[0]?.what).toContain("pilot-gate:freeze");
    expect(plan.steps[2]?.what).toContain(`v1.0.0 (${OLD})`);
  });

  it("never takes a pack without a readiness gate as GO", () => {
    const files = evidencePack({
      folder: "evidence/release/v1.0.0",
      commit: OLD,
      files: { "files/notes.txt": "hello" },
    });
    const plan = planRollback({
      ...base,
      from: "v1.1.0",
      packs: [{ tag: "v1.0.0", statement: files.get(`evidence/release/v1.0.0/${STATEMENT_FILE}`) }],
    });
    expect(plan).toMatchObject({
      action: "none",
      skipped: [{ tag: "v1.0.0", reason: "its evidence holds no readiness report" }],
    });
  });

  it("never echoes a pack's own id, which lands in job summaries as it is", () => {
    const hostile = statement("v1.0.0", OLD, "GO").replace('"id": "v1.0.0"', '"id": "x```<img>"');
    expect(hostile).toContain("x```<img>");
    const plan = planRollback({
      ...base,
      from: "v1.1.0",
      packs: [{ tag: "v1.0.0", statement: hostile }],
    });
    expect(plan.action).toBe("none");
    expect(JSON.stringify(plan.skipped)).not.toContain("```");
  });

  it("passes over a statement whose commit is not a full commit id", () => {
    const text = statement("v1.0.0", OLD, "GO").replace(
      `"gitCommit": "${OLD}"`,
      '"gitCommit": "main"',
    );
    expect(text).toContain('"main"');
    expect(
      planRollback({ ...base, from: "v1.1.0", packs: [{ tag: "v1.0.0", statement: text }] }),
    ).toMatchObject({
      action: "none",
      skipped: [{ tag: "v1.0.0", reason: "its statement names no commit (a full commit id)" }],
    });
  });

  it("says when there is nothing to roll back, or nothing to roll back to", () => {
    expect(planRollback({ ...base, from: undefined, packs: [] })).toMatchObject({
      action: "none",
      reason: expect.stringContaining("no release pack on pilot-evidence"),
    });
    expect(planRollback({ ...base, from: "v1.0.0", packs: [] })).toMatchObject({
      action: "none",
      reason: expect.stringContaining("there is none below it"),
    });
    expect(
      planRollback({
        ...base,
        from: "v1.9.0",
        packs: [{ tag: "v1.8.0", statement: undefined }],
        unread: 3,
      }),
    ).toMatchObject({ reason: expect.stringContaining("(3 older ones were not)") });
  });
});
