import { describe, expect, it } from "vitest";
import { checkRunsRecord, incidentPackId, rollbackIncident } from "../../../core/release/index.js";
import { rollbackConfigSchema } from "../../../core/release/rollback-config.js";

const run = (id: number, name: string, conclusion: string | null, status = "completed") => ({
  id,
  name,
  appId: 1,
  status,
  conclusion,
  url: `https://ci.example.com/${id}`,
  startedAt: null,
});

describe("checkRunsRecord", () => {
  it("keeps the newest run of each name that did not succeed, by name", () => {
    const record = checkRunsRecord(
      [
        run(1, "unit", "failure"),
        run(5, "unit", "success"),
        run(2, "e2e", "success"),
        run(7, "e2e", "failure"),
        run(3, "lint", null, "in_progress"),
      ],
      5,
    );
    expect(record).toEqual({
      read: true,
      total: 3,
      notSucceeded: [
        {
          name: "e2e",
          status: "completed",
          conclusion: "failure",
          url: "https://ci.example.com/7",
        },
        { name: "lint", status: "in_progress", conclusion: null, url: "https://ci.example.com/3" },
      ],
    });
  });

  it("records a list cut short as not read, even when every run read succeeded", () => {
    expect(checkRunsRecord([run(1, "unit", "success")], 301)).toEqual({
      read: false,
      reason: "GitHub counts 301 check runs on the commit and only 1 were read",
    });
  });
});

describe("rollbackIncident", () => {
  const base = {
    rolledBack: { tag: "v1.3.0", sha: "3".repeat(40) },
    target: { tag: "v1.2.0", sha: "1".repeat(40) },
    freeze: null,
    checks: { read: false as const, reason: "x" },
  };

  it("says so when the config names no smoke command, rather than listing none silently", () => {
    const record = rollbackIncident({ ...base, smokeCommands: [] });
    expect(record.reproduce).toEqual([
      `git fetch origin ${"3".repeat(40)}`,
      `git checkout ${"3".repeat(40)}`,
    ]);
    expect(record.note).toMatch(/smoke.commands is empty/);
    expect(rollbackIncident({ ...base, smokeCommands: ["npm run smoke"] }).note).toBeUndefined();
  });

  it("derives one pack id per release rolled back", () => {
    expect(incidentPackId("v1.4.0-rc.2")).toBe("rollback-v1.4.0-rc.2");
  });
});

describe("rollback config", () => {
  it("defaults to a revert PR", () => {
    expect(rollbackConfigSchema.parse({})).toEqual({ mode: "revert-pr" });
  });

  it.each([
    [{ mode: "deploy-ref" }, /mode deploy-ref needs deploy_ref/],
    [{ mode: "deploy-ref", deploy_ref: "../main" }, /a branch name git accepts/],
    [{ mode: "deploy-ref", deploy_ref: "x".repeat(256) }, /256|255/],
    [{ mode: "force-push" }, /revert-pr|deploy-ref/],
  ])("refuses %j", (input, message) => {
    const parsed = rollbackConfigSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join("; ")).toMatch(message);
  });
});
