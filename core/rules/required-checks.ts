import { z } from "zod";
import { judgeRequiredChecks, type RequiredCheckState } from "../ci/required-checks.js";
import { MAX_HEAD_CHECKS } from "../limits.js";
import { codeSpan, link } from "../render/escape.js";
import type { Finding } from "../types.js";
import { ruleBaseShape } from "./common.js";
import { defineRule, type RuleDefinition } from "./rule.js";

const options = z.strictObject({ ...ruleBaseShape });

export const REQUIRED_CHECKS_RULE_ID = "required-checks";

const names = (checks: readonly RequiredCheckState[]) =>
  checks.map((check) => codeSpan(check.name)).join(", ");

/**
 * The team's CI, folded into the one required check: every check named in
 * `check.require` must have passed on the PR's head. Checks still running
 * (or not started yet) block with a finding that says what is awaited, so
 * the check reads "waiting for: …" and turns green only when the last one
 * passes; a check that never appears says so after `check.require_timeout`.
 */
export const requiredChecks: RuleDefinition<typeof options> = defineRule({
  id: REQUIRED_CHECKS_RULE_ID,
  description: "Every CI check in check.require passed on the PR's head.",
  options,
  active: (config) => config.check.require.length > 0,
  check(snapshot, _options, { config }) {
    const id = REQUIRED_CHECKS_RULE_ID;
    if (!snapshot.ci) {
      return [
        {
          ruleId: id,
          severity: "info",
          message:
            "CI checks were not read here, so check.require was not checked; the App checks them on GitHub.",
        },
      ];
    }
    const report = judgeRequiredChecks(
      config.check.require,
      snapshot.ci,
      {
        ownName: config.check.name,
        changedFiles: snapshot.changedFiles,
        partial: snapshot.changedFilesPartial !== undefined,
      },
      config.check.require_timeout,
    );
    const findings: Finding[] = [];
    const of = (state: RequiredCheckState["state"]) =>
      report.checks.filter((check) => check.state === state);
    for (const check of report.checks) {
      if (check.state !== "failed") continue;
      findings.push({
        ruleId: id,
        severity: "blocking",
        message: `CI check ${link(check.name, check.url, { code: true })} ended ${codeSpan(check.conclusion)}: fix it and push, or re-run it if it failed for reasons outside the PR.`,
      });
    }
    const timedOut = report.checks.filter((check) => check.state === "missing" && check.timedOut);
    if (timedOut.length > 0) {
      findings.push({
        ruleId: id,
        severity: "blocking",
        message: `${names(timedOut)} did not appear on this commit within ${config.check.require_timeout} minutes (check.require_timeout): check that the workflow runs for this PR (its \`on:\` triggers and \`paths:\` filters) and that the name in check.require matches the job's name.`,
      });
    }
    const unreadable = of("unreadable");
    if (unreadable.length > 0) {
      findings.push({
        ruleId: id,
        severity: "blocking",
        message: `${names(unreadable)} not checked: this commit has more than ${MAX_HEAD_CHECKS.toLocaleString("en-US")} check runs or statuses, and pilot-gate reads no more; require fewer jobs per commit, or match the matrix with a glob that names the jobs read first.`,
      });
    }
    const waiting = [
      ...of("pending"),
      ...report.checks.filter((check) => check.state === "missing" && !check.timedOut),
    ];
    if (waiting.length > 0) {
      findings.push({
        ruleId: id,
        severity: "blocking",
        waitingFor: waiting.map((check) => check.name),
        message: `Waiting for ${names(waiting)} to finish on this commit; this check updates as each completes.`,
      });
    }
    const passed = of("passed");
    if (passed.length > 0) {
      findings.push({ ruleId: id, severity: "info", message: `Passed: ${names(passed)}.` });
    }
    if (report.notRequired.length > 0) {
      findings.push({
        ruleId: id,
        severity: "info",
        message: `Not required for this PR (it changes none of their paths): ${report.notRequired.map((name) => codeSpan(name)).join(", ")}.`,
      });
    }
    if (report.impostors.length > 0) {
      findings.push({
        ruleId: id,
        severity: "info",
        message: `Ignored, since they reuse this check's name ${codeSpan(config.check.name)} without being it: ${report.impostors.map((name) => codeSpan(name)).join(", ")}. Rename them so nobody mistakes them for the verdict.`,
      });
    }
    return findings;
  },
});
