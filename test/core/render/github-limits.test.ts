import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jobSummary, verdictMarkdown } from "../../../actions/pull-request/report.js";
import { refusalText } from "../../../app/handlers/override.js";
import {
  readinessCheckRun,
  unreadableCheckRun,
  unverifiedCheckRun,
} from "../../../app/handlers/readiness.js";
import {
  evaluateParity,
  parityConfigSchema,
  renderParityMarkdown,
} from "../../../core/gates/parity/index.js";
import { renderReadinessMarkdown } from "../../../core/gates/readiness/render.js";
import type { ReadinessReport } from "../../../core/gates/readiness/report.js";
import { renderSmokeMarkdown } from "../../../core/gates/smoke/render.js";
import type { SmokeReport } from "../../../core/gates/smoke/report.js";
import {
  CHECK_RUN_TEXT_BYTES,
  CHECK_RUN_TITLE_CHARS,
  COMMENT_BODY_CHARS,
  ISSUE_BODY_CHARS,
  ISSUE_TITLE_CHARS,
  JOB_SUMMARY_BYTES,
  RELEASE_BODY_CHARS,
} from "../../../core/github-limits.js";
import { MAX_FREEZE_REASON_CHARS } from "../../../core/incidents/freeze-command.js";
import {
  type Config,
  ConfigError,
  decideOverride,
  defaultConfig,
  type Finding,
  planConfigError,
  planEvaluationError,
  planPullRequest,
  type Receipt,
  type Verdict,
} from "../../../core/index.js";
import { utf8Length } from "../../../core/limits.js";
import { MAX_REASON_CHARS } from "../../../core/overrides.js";
import { type ProtectedCommit, planProtectedCommit } from "../../../core/protected-commit.js";
import type { ProtectionReport } from "../../../core/protection/report.js";
import { truncateReleaseBody } from "../../../core/release/index.js";
import { failureIssueBody, recoveredIssueBody } from "../../../engine/incidents/failures.js";
import { freezeIssue, frozenReply } from "../../../engine/incidents/freeze.js";
import {
  driftIssueBody,
  protectionCheckRun,
  protectionErrorCheckRun,
  resolvedIssueBody,
} from "../../../engine/protection/output.js";
import { withReceipts } from "../../../engine/verdict/receipts.js";
import { userText } from "../../helpers/markdown.js";
import { everySeverity } from "../incidents/helpers.js";

/**
 * Every renderer of text pilot-gate sends to GitHub stays within the limit
 * GitHub puts on that field, whatever the user text in it: hostile, astral
 * (4 bytes a character), and huge. user-text.test.ts checks the same
 * renderers show the text safely; this checks they never make GitHub refuse
 * the write.
 */

const SHA = "0123456789abcdef0123456789abcdef01234567";
const RUNS = { numRuns: 12 };

const piece = fc.oneof(userText(12), fc.constantFrom("😀", "é`", "<@a>|", "\ud83d\ude00x"));

/**
 * User text and how many things carry it (findings, branches, reasons): one
 * huge text, some long ones, or thousands of short ones, astral characters
 * included. Each case is megabytes of input, no more, so a run stays in memory.
 */
const input = fc.oneof(
  fc.tuple(
    piece.map((p) => p.repeat(Math.ceil(400_000 / Math.max(1, p.length)))),
    fc.constant(1),
  ),
  fc.tuple(
    piece.map((p) => p.repeat(Math.ceil(5_000 / Math.max(1, p.length)))),
    fc.constant(40),
  ),
  fc.tuple(piece, fc.constant(3_000)),
);

function bytesWithin(text: string | undefined, limit: number): void {
  expect(utf8Length(text ?? "")).toBeLessThanOrEqual(limit);
}

function charsWithin(text: string | undefined, limit: number): void {
  expect((text ?? "").length).toBeLessThanOrEqual(limit);
}

/** Titles are one line of plain text; GitHub (Ruby) counts their characters as code points. */
function titleWithin(title: string | undefined, limit: number): void {
  expect(Array.from(title ?? "").length).toBeLessThanOrEqual(limit);
}

function checkRunWithin(run: { title?: string; summary?: string; text?: string }): void {
  bytesWithin(run.summary, CHECK_RUN_TEXT_BYTES);
  bytesWithin(run.text, CHECK_RUN_TEXT_BYTES);
  titleWithin(run.title, CHECK_RUN_TITLE_CHARS);
}

function config(change: (config: Config) => void = () => {}): Config {
  const c = structuredClone(defaultConfig());
  change(c);
  return c;
}

function finding(text: string, n: number): Finding {
  return {
    ruleId: `rule-${n % 7}`,
    severity: n % 3 === 0 ? "warning" : "blocking",
    message: text,
    fix: text,
  } as Finding;
}

function receipt(text: string, n: number): Receipt {
  return {
    id: `pg-${String(n).padStart(16, "0")}`,
    kind: "override",
    ruleId: "branch-name",
    actor: text.slice(0, 39),
    reason: text,
    sha: SHA,
    at: "2024-05-01T00:00:00Z",
  } as Receipt;
}

describe("a PR's check run and the Action's job summary", () => {
  it("the verdict, with any findings and receipts, fits a check run and a job summary", () => {
    fc.assert(
      fc.property(input, ([text, n]) => {
        const findings = Array.from({ length: n }, (_, i) => finding(text, i));
        const verdict: Verdict = {
          status: "no_merge",
          rules: Array.from({ length: 7 }, (_, i) => ({
            ruleId: `rule-${i}`,
            description: text,
            status: "fail" as const,
            findings: findings.filter((f) => f.ruleId === `rule-${i}`),
          })),
          findings,
        };
        const plan = planPullRequest(
          verdict,
          { headSha: SHA, draft: true, labels: { current: [], appliedByApp: false } },
          config(),
        );
        checkRunWithin(plan.checkRun ?? {});
        // Receipts are never cut (they are the audit trail): their reasons are
        // bounded when the override is read (MAX_REASON_CHARS), and a PR
        // collects a few, so this checks the text around them is cut to fit.
        const receipts = Array.from({ length: Math.min(n, 20) }, (_, i) =>
          receipt(text.slice(0, MAX_REASON_CHARS), i),
        );
        bytesWithin(withReceipts(plan.checkRun?.summary ?? "", receipts), CHECK_RUN_TEXT_BYTES);
        bytesWithin(jobSummary([verdictMarkdown(plan, verdict), text]), JOB_SUMMARY_BYTES);
      }),
      RUNS,
    );
  }, 120_000);

  it("a config error and an evaluation error fit a check run", () => {
    fc.assert(
      fc.property(input, ([text, n]) => {
        const issues = Array.from({ length: n }, (_, i) => ({
          path: text,
          message: text,
          position: { line: i + 1, column: 1 },
        }));
        checkRunWithin(planConfigError(new ConfigError(text, issues), SHA, "c").checkRun ?? {});
        checkRunWithin(planEvaluationError(text, SHA, "c").checkRun ?? {});
      }),
      RUNS,
    );
  }, 60_000);
});

describe("comments and issues", () => {
  it("override replies, escalation and freeze issues fit GitHub's body and title limits", () => {
    fc.assert(
      fc.property(input, ([text]) => {
        const c = config((c) => {
          // The config schema takes check names of at most 100 characters.
          c.check.name = text.slice(0, 100);
          c.incidents.freeze_branches = [text, text];
          c.incidents.escalation = everySeverity([{ name: "on-call", mention: ["@org/oncall"] }]);
        });
        const refusal = decideOverride(
          { ruleId: text, reason: text },
          { login: "octocat", permission: "read", roleMembers: {} },
          {
            sha: SHA,
            at: "2024-05-02T00:00:00Z",
            author: undefined,
            verdict: { status: "pass", rules: [], findings: [] },
            shown: {},
          },
          c,
        );
        charsWithin(refusalText(refusal, c), COMMENT_BODY_CHARS);
        // GitHub takes PR titles of at most 256 characters.
        const pull = { number: 12, title: text.slice(0, ISSUE_TITLE_CHARS), headSha: SHA };
        const streak = { before: 3, failures: 4 };
        charsWithin(failureIssueBody(c, pull, streak), ISSUE_BODY_CHARS);
        charsWithin(recoveredIssueBody(c, pull, streak), ISSUE_BODY_CHARS);
        const comment = { issue: 5, login: "octocat", at: "2024-05-01T00:00:00Z" };
        const record = {
          kind: "freeze" as const,
          receipt: "pg-1",
          actor: "octocat",
          at: comment.at,
          reason: text,
          source: 5,
        };
        // A freeze command keeps at most MAX_FREEZE_REASON_CHARS of its reason.
        const reason = text.slice(0, MAX_FREEZE_REASON_CHARS);
        const issue = freezeIssue(c, comment, reason, { ...record, reason });
        titleWithin(issue.title, ISSUE_TITLE_CHARS);
        charsWithin(issue.body, ISSUE_BODY_CHARS);
        charsWithin(frozenReply(c, comment, reason, 6, "pg-1"), COMMENT_BODY_CHARS);
      }),
      RUNS,
    );
  }, 60_000);

  it("a commit reaching a protected branch: its check and its audit issue", () => {
    fc.assert(
      fc.property(input, ([text, n]) => {
        const commit: ProtectedCommit = {
          sha: SHA,
          branch: text,
          checkName: text,
          pushedBy: "octocat",
          commits: Array.from({ length: n }, () => ({ sha: SHA, message: text, author: text })),
          commitCount: n,
          pull: {
            number: 12,
            title: text,
            url: "https://github.com/o/r/pull/12",
            headSha: SHA,
            headCheck: { conclusion: "failure", title: text },
          },
        };
        const plan = planProtectedCommit(commit);
        checkRunWithin(plan.checkRun);
        titleWithin(plan.audit?.title, ISSUE_TITLE_CHARS);
        charsWithin(plan.audit?.body, ISSUE_BODY_CHARS);
      }),
      RUNS,
    );
  }, 60_000);
});

describe("protection", () => {
  it("its check run and drift issue fit, however many branches drift", () => {
    fc.assert(
      fc.property(input, ([text, n]) => {
        const branches = Array.from({ length: n }, (_, i) => ({
          branch: `${i}${text}`,
          status: "Drifted" as const,
          source: "classic" as const,
          message: text,
          diff: [{ field: text, desired: [text], actual: text }],
          scorecard: { tier: 1, score: 3, next: [text] },
        }));
        const report: ProtectionReport = {
          version: 1,
          repository: "o/r",
          mode: "classic",
          dry_run: false,
          status: "Drifted",
          branches,
          writes: [],
          scorecard: { tier: 1, score: 3, next: [text] },
        } as ProtectionReport;
        const trigger = {
          reason: "hand-edit" as const,
          event: text,
          sender: text,
          at: "2024-05-01T00:00:00Z",
        };
        const record = {
          policy: "enforce" as const,
          trigger,
          rewritten: branches,
          reported: true,
          issue: 4,
        };
        const now = new Date("2024-05-01T00:00:00Z");
        checkRunWithin(protectionCheckRun(report, record, now));
        checkRunWithin(protectionErrorCheckRun(text, now));
        const body = driftIssueBody(report, trigger);
        charsWithin(body, ISSUE_BODY_CHARS);
        charsWithin(resolvedIssueBody(body, trigger), ISSUE_BODY_CHARS);
      }),
      RUNS,
    );
  }, 60_000);
});

function smokeReport(text: string, n: number): SmokeReport {
  return {
    version: 1,
    gate: "smoke",
    status: "fail",
    counts: { total: n, executed: n, passed: 0, failed: n, errored: 0, skipped: 0, flaky: 0 },
    reasons: Array.from({ length: n }, () => ({ code: "tests-failed", message: text })),
    commands: [{ command: text, exitCode: 1, durationMs: 20 }],
    junit: { patterns: [text], files: [{ path: text, scenarios: n }] },
    suites: { expected: [text], found: [text], missing: [] },
    scenarios: Array.from({ length: n }, () => ({
      name: text,
      suite: text,
      suitePath: [text],
      file: text,
      tags: [text],
      result: "failed" as const,
      durationMs: 5,
      error: text,
      attempts: [],
    })),
  } as SmokeReport;
}

function readinessReport(text: string, n: number): ReadinessReport {
  return {
    version: 1,
    kind: "readiness",
    sha: SHA,
    verdict: "NO-GO",
    evaluated_at: "2024-05-01T00:00:00Z",
    pilot: { name: text, window_start: "2024-05-01", window_hours: 48 },
    blockers: ["smoke-green"],
    warnings: ["parity"],
    criteria: Array.from({ length: n }, () => ({
      id: "smoke-green" as const,
      title: text,
      level: "blocking" as const,
      status: "fail" as const,
      summary: text,
      evidence: { values: {}, items: Array.from({ length: 30 }, () => ({ text, file: text })) },
      fix: text,
    })),
    notes: [text],
  };
}

describe("the gates' job summaries and check runs", () => {
  it("smoke, parity and readiness fit a job summary; readiness fits a check run", () => {
    fc.assert(
      fc.property(input, ([text, n]) => {
        bytesWithin(renderSmokeMarkdown(smokeReport(text, n)), JOB_SUMMARY_BYTES);
        const keys = Array.from(
          { length: Math.min(n, 400) },
          (_, i) => `k${i}${text.slice(0, 60)}`,
        );
        const environment = (name: string, value: string) => ({
          file: `${name}.json`,
          environment: {
            name,
            feature_flags: Object.fromEntries(keys.map((k) => [k, value])),
            values: Object.fromEntries(keys.map((k) => [k, value])),
          },
        });
        const parityOptions = {
          config: parityConfigSchema.parse({ keys: ["a.b"] }),
          today: "2026-05-01",
        };
        const parity = evaluateParity(
          [environment("a", text), environment("b", `${text}!`)],
          parityOptions,
        );
        bytesWithin(renderParityMarkdown(parity), JOB_SUMMARY_BYTES);
        const report = readinessReport(text, Math.min(n, 200));
        bytesWithin(renderReadinessMarkdown(report), JOB_SUMMARY_BYTES);
        const packUrl = `https://github.com/o/r/tree/${SHA}/evidence`;
        const entry = { path: text, report };
        const now = new Date();
        checkRunWithin(
          readinessCheckRun(entry, packUrl, now, {
            verified: true,
            pack: text,
            manifestDigest: text,
            keyids: [text],
            files: 3,
          }),
        );
        checkRunWithin(
          unverifiedCheckRun(
            entry,
            { verified: false, pack: text, reasons: Array.from({ length: n }, () => text) },
            packUrl,
            now,
          ),
        );
        checkRunWithin(
          unreadableCheckRun(
            Array.from({ length: n }, () => ({ path: text, reason: text })),
            text,
            now,
          ),
        );
      }),
      RUNS,
    );
  }, 120_000);
});

describe("release notes", () => {
  it("fit GitHub's 125,000 characters and say when they were cut", () => {
    fc.assert(
      fc.property(input, fc.constantFrom(1, 3), ([text], times) => {
        const notes = text.repeat(times);
        const { body, truncated } = truncateReleaseBody(notes);
        charsWithin(body, RELEASE_BODY_CHARS);
        expect(truncated).toBe(notes.length > RELEASE_BODY_CHARS);
        expect(Buffer.from(body, "utf8").toString("utf8")).toBe(body);
      }),
      RUNS,
    );
  });
});
