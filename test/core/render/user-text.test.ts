import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluationErrorSummary,
  jobSummary,
  readOnlyWarning,
  verdictMarkdown,
} from "../../../actions/pull-request/report.js";
import { refusalText } from "../../../app/handlers/override.js";
import { readinessCheckRun, unreadableCheckRun } from "../../../app/handlers/readiness.js";
import { renderEvidenceSummary } from "../../../core/evidence/render.js";
import { recordShown } from "../../../core/fingerprint.js";
import {
  evaluateParity,
  parityConfigSchema,
  renderParityMarkdown,
} from "../../../core/gates/parity/index.js";
import { renderReadinessMarkdown } from "../../../core/gates/readiness/render.js";
import type { ReadinessReport } from "../../../core/gates/readiness/report.js";
import { renderSmokeMarkdown } from "../../../core/gates/smoke/render.js";
import type { SmokeReport } from "../../../core/gates/smoke/report.js";
import { missingFieldsComment } from "../../../core/incidents/blocked.js";
import {
  applyOverrides,
  type Config,
  ConfigError,
  decideOverride,
  defaultConfig,
  evaluatePullRequest,
  parseOverrideCommand,
  planConfigError,
  planEvaluationError,
  planPullRequest,
} from "../../../core/index.js";
import { type ProtectedCommit, planProtectedCommit } from "../../../core/protected-commit.js";
import type { ProtectionReport } from "../../../core/protection/report.js";
import type { Verdict } from "../../../core/types.js";
import { blockedEscalationComment } from "../../../engine/incidents/blocked.js";
import { failureIssueBody, recoveredIssueBody } from "../../../engine/incidents/failures.js";
import { freezeIssue, frozenReply } from "../../../engine/incidents/freeze.js";
import { escalationComment } from "../../../engine/incidents/sla.js";
import {
  driftIssueBody,
  protectionCheckRun,
  protectionErrorCheckRun,
} from "../../../engine/protection/output.js";
import { auditMarkdown, harmless, userText } from "../../helpers/markdown.js";
import { everySeverity } from "../incidents/helpers.js";

/**
 * Every renderer of App-authored Markdown, fed arbitrary and hostile user
 * text where a user puts it, read back as GFM: nothing may come out but the
 * renderer's own markup with the text shown as text.
 */

const SHA = "0123456789abcdef0123456789abcdef01234567";
/** A verdict with nothing to override: refusals decided against it stop before looking. */
const PASSING: Verdict = { status: "pass", rules: [], findings: [] };
const RUNS = { numRuns: 100 };
/** A whole evaluation per run (body parsed, every rule) costs tens of milliseconds. */
const EVALUATION_RUNS = { numRuns: 50 };
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const ISSUE_URL = "https://github.com/o/r/issues/";

function config(change: (config: Config) => void = () => {}): Config {
  const c = structuredClone(defaultConfig());
  change(c);
  return c;
}

function expectClean(markdown: string, options: Parameters<typeof auditMarkdown>[1]): void {
  expect(auditMarkdown(markdown, options), `in:\n${markdown}`).toEqual([]);
}

const text = userText();

describe("the audit", () => {
  const branch = "feature/x`<img src=x>`@org/team";

  it("catches what hand-made interpolation lets through", () => {
    const problems = auditMarkdown(`Branch \`${branch}\` is wrong. Ask @org/team.`, {
      code: [branch],
    });
    expect(problems).toEqual([
      'raw HTML: "<img src=x>"',
      'a live mention @org/team in " is wrong. Ask @org/team."',
      `no code span shows ${JSON.stringify(branch)}`,
    ]);
    expect(auditMarkdown("| a | b |\n| - | - |\n| x | y | z |")).toEqual([
      "table row 1 has 3 cells, the header 2",
    ]);
    expect(auditMarkdown("[x](javascript:alert(1)) ![i](https://e.x/i.png) www.e.x")).toHaveLength(
      3,
    );
    expect(auditMarkdown("**a**", { like: "a" })[0]).toMatch(/^structure differs/);
    expect(
      auditMarkdown("<!-- pilot-gate:streak 1 2 -->\n\nok @octocat", { mentions: ["octocat"] }),
    ).toEqual([]);
  });
});

describe("a PR's check summary", () => {
  it("shows branch, base, title, body, labels, overrides and freezes as text", () => {
    fc.assert(
      fc.property(
        fc.record({
          branch: text,
          base: text,
          title: text,
          story: text,
          item: text,
          risk: text,
          label: text,
          ruleId: text,
          reason: text,
          login: text,
          freezeReason: text,
          incidentTitle: text,
        }),
        (u) => {
          const c = config((c) => {
            c.rules["no-merge-label"].label = u.label;
            c.incidents.enabled = true;
            c.incidents.freeze_branches = ["**"];
          });
          const body = [
            "## Story ID",
            u.story,
            "## Definition of Done",
            `- [ ] ${u.item}`,
            "## Residual risks",
            "| Risk | Severity | Status | Owner |",
            "| --- | --- | --- | --- |",
            `| ${u.risk} | high | open | |`,
          ].join("\n");
          const verdict = evaluatePullRequest(
            {
              branch: u.branch,
              base: u.base,
              title: u.title,
              body,
              labels: [u.label],
              incidentState: {
                incidents: [
                  {
                    number: 7,
                    title: u.incidentTitle,
                    url: `${ISSUE_URL}7`,
                    severity: "critical",
                    kinds: [],
                    open: true,
                    openedAt: new Date("2024-05-01T00:00:00Z"),
                  },
                ],
                freezes: [
                  {
                    id: "FREEZE-8",
                    reason: u.freezeReason,
                    number: 8,
                    url: `${ISSUE_URL}8`,
                    by: u.login,
                    at: "2024-05-01T00:00:00Z",
                  },
                ],
              },
            },
            c,
          );
          const at = "2024-05-02T00:00:00Z";
          // Every finding was shown in the check before the comments.
          const context = {
            sha: SHA,
            at,
            author: undefined,
            verdict,
            shown: recordShown(verdict, {}, "2024-05-01T12:00:00Z"),
          };
          const refusal = decideOverride(
            { ruleId: u.ruleId, reason: u.reason },
            { login: u.login, permission: "read", roleMembers: {} },
            context,
            c,
          );
          const accepted = decideOverride(
            { ruleId: "pr-checklist", reason: u.reason },
            { login: u.login, permission: "admin", roleMembers: {} },
            context,
            c,
          );
          const judged = applyOverrides(verdict, [refusal, accepted], SHA, c);
          const plan = planPullRequest(
            judged,
            { headSha: SHA, draft: false, labels: { current: [u.label], appliedByApp: false } },
            c,
          );
          const branchFinding = judged.findings.some(
            (f) => f.ruleId === "branch-name" && !f.message.startsWith("Branches named"),
          );
          const labelFinding = judged.findings.some((f) => f.ruleId === "no-merge-label");
          const summary = plan.checkRun?.summary ?? "";
          expectClean(summary, {
            links: (url) => url.startsWith(ISSUE_URL),
            code: [
              ...(branchFinding ? [u.branch] : []),
              ...(labelFinding ? [u.label] : []),
              refusal.ruleId,
            ],
            text: [u.reason.slice(0, 500), u.login],
          });
          // The Action's job summary carries the same Markdown.
          expectClean(jobSummary([verdictMarkdown(plan, judged)]), {
            links: (url) => url.startsWith(ISSUE_URL),
          });
        },
      ),
      EVALUATION_RUNS,
    );
  }, 60_000);

  it("shows a config's problems, keys and file as text", () => {
    fc.assert(
      fc.property(text, text, text, (file, path, message) => {
        const render = (f: string, p: string, m: string) =>
          planConfigError(
            new ConfigError(f, [{ path: p, message: m, position: { line: 2, column: 3 } }]),
            SHA,
            "required-check",
          ).checkRun?.summary ?? "";
        expectClean(render(file, path, message), {
          code: [file],
          text: [message],
          like: render(harmless(file), harmless(path), harmless(message)),
        });
      }),
      RUNS,
    );
  });

  it("shows why an evaluation failed as text", () => {
    fc.assert(
      fc.property(text, (reason) => {
        const plan = planEvaluationError(reason, SHA, "required-check");
        expectClean(plan.checkRun?.summary ?? "", {
          text: [reason],
          like: planEvaluationError(harmless(reason), SHA, "required-check").checkRun?.summary,
        });
      }),
      RUNS,
    );
  });
});

describe("replies to override commands", () => {
  it("pings only the person who asked, and shows their rule and reason as text", () => {
    fc.assert(
      fc.property(text, text, text, (ruleId, reason, login) => {
        const c = config();
        const reply = (r: string, l: string) =>
          refusalText(
            decideOverride(
              { ruleId: r, reason },
              { login: l, permission: "read", roleMembers: {} },
              {
                sha: SHA,
                at: "2024-05-02T00:00:00Z",
                author: undefined,
                verdict: PASSING,
                shown: {},
              },
              c,
            ),
            c,
          );
        expectClean(reply(ruleId, login), {
          mentions: LOGIN.test(login) ? [login] : [],
          code: [ruleId],
          like: reply(harmless(ruleId), LOGIN.test(login) ? login : harmless(login)),
        });
      }),
      RUNS,
    );
  });

  it("says what is wrong with a malformed command without rendering it", () => {
    fc.assert(
      fc.property(text, (rest) => {
        const parsed = parseOverrideCommand(`/pilot-gate override ${rest}`);
        if (parsed && "error" in parsed) expectClean(parsed.error, {});
      }),
      RUNS,
    );
  });
});

describe("escalation issues and comments", () => {
  it("the failing-check issue shows the PR title and check name as text", () => {
    fc.assert(
      fc.property(text, text, (title, checkName) => {
        const c = config((c) => {
          c.check.name = checkName;
          c.incidents.escalation = everySeverity([{ name: "on-call", mention: ["@org/oncall"] }]);
        });
        const pull = { number: 12, title, headSha: SHA };
        const streak = { before: 3, failures: 4 };
        for (const render of [failureIssueBody, recoveredIssueBody]) {
          const harmlessConfig = config((h) => {
            h.check.name = harmless(checkName);
            h.incidents.escalation = c.incidents.escalation;
          });
          expectClean(render(c, pull, streak), {
            mentions: ["org/oncall"],
            code: [checkName],
            text: [title],
            like: render(harmlessConfig, { ...pull, title: harmless(title) }, streak),
          });
        }
      }),
      RUNS,
    );
  });

  it("blocked-item and SLA comments show configured labels and fields as text", () => {
    fc.assert(
      fc.property(text, text, text, (label, field, contained) => {
        const c = config((c) => {
          c.incidents.blocked.label = label;
          c.incidents.blocked.needs_info_label = label;
          c.incidents.blocked.escalated_label = label;
          c.incidents.contained_labels = [contained];
          c.incidents.escalation = everySeverity([{ name: "on-call", mention: ["@octocat"] }]);
        });
        expectClean(missingFieldsComment([field], c.incidents), { code: [label], text: [field] });
        expectClean(
          blockedEscalationComment(
            3,
            new Date("2024-05-01T00:00:00Z"),
            new Date("2024-05-20T00:00:00Z"),
            { name: "on-call", mention: ["@octocat"] },
            c.incidents,
          ),
          { mentions: ["octocat"], code: [label] },
        );
        const step = {
          level: 1,
          name: "on-call",
          label: "escalation:on-call",
          mention: ["@octocat"],
          breached: ["contain" as const],
        };
        const openedAt = new Date("2024-05-01T00:00:00Z");
        expectClean(
          escalationComment(
            { number: 3, title: label, severity: "critical", kinds: [], open: true, openedAt },
            step,
            [
              {
                clock: "contain",
                target: 60,
                business: false,
                dueAt: openedAt,
                breached: true,
                overdueBy: 5,
              },
            ],
            c.incidents,
          ),
          { mentions: ["octocat"], code: [contained] },
        );
      }),
      RUNS,
    );
  });
});

describe("commits reaching a protected branch", () => {
  it("the check and the audit issue show the branch, check, PR title, pusher and commits as text", () => {
    fc.assert(
      fc.property(
        fc.record({ branch: text, checkName: text, title: text, pusher: text, message: text }),
        fc.constantFrom("success", "failure", "missing", "direct"),
        (u, how) => {
          const commit = (v: typeof u): ProtectedCommit => ({
            sha: SHA,
            branch: v.branch,
            checkName: v.checkName,
            pushedBy: v.pusher,
            commits: [{ sha: SHA, message: v.message, author: v.pusher }],
            commitCount: 1,
            ...(how === "direct"
              ? {}
              : {
                  pull: {
                    number: 12,
                    title: v.title,
                    url: `${ISSUE_URL}12`,
                    headSha: SHA,
                    headCheck: how === "missing" ? undefined : { conclusion: how, title: v.title },
                  },
                }),
          });
          const harmlessFields = Object.fromEntries(
            Object.entries(u).map(([k, v]) => [k, harmless(v)]),
          ) as typeof u;
          const plan = planProtectedCommit(commit(u));
          const like = planProtectedCommit(commit(harmlessFields));
          const links = (url: string) => url === `${ISSUE_URL}12`;
          expectClean(plan.checkRun.summary, {
            links,
            code: [u.branch, u.checkName],
            like: like.checkRun.summary,
          });
          if (plan.audit) {
            expectClean(plan.audit.body, { links, like: like.audit?.body ?? "" });
          }
        },
      ),
      RUNS,
    );
  });
});

describe("freezes", () => {
  it("the freeze issue and the reply show the reason, who froze and the branches as text", () => {
    fc.assert(
      fc.property(text, text, text, text, (reason, login, branch, checkName) => {
        const c = config((c) => {
          c.check.name = checkName;
          c.incidents.freeze_branches = [branch];
        });
        const comment = { issue: 5, login, at: "2024-05-01T00:00:00Z" };
        const record = {
          kind: "freeze" as const,
          receipt: "pg-1",
          actor: login,
          at: comment.at,
          reason,
          source: 5,
        };
        const issue = freezeIssue(c, comment, reason, record);
        expect(issue.title).not.toMatch(/[\r\n]/);
        expectClean(issue.body, { code: [branch, checkName], text: [reason, login] });
        expectClean(frozenReply(c, comment, reason, 6, "pg-1"), {
          code: [branch],
          text: [reason, login],
        });
      }),
      RUNS,
    );
  });
});

function smokeReport(u: Record<string, string>): SmokeReport {
  return {
    version: 1,
    gate: "smoke",
    status: "fail",
    counts: { total: 3, executed: 3, passed: 1, failed: 1, errored: 0, skipped: 0, flaky: 1 },
    reasons: [
      { code: "tests-failed", message: u.reason as string, file: u.file as string, line: 3 },
    ],
    commands: [{ command: u.command as string, exitCode: 1, durationMs: 20 }],
    junit: { patterns: [u.file as string], files: [{ path: u.file as string, scenarios: 3 }] },
    suites: { expected: [u.suite as string], found: [u.suite as string], missing: [] },
    scenarios: (["failed", "flaky", "passed"] as const).map((result) => ({
      name: u.name as string,
      suite: u.suite as string,
      suitePath: [u.suite as string],
      file: u.file as string,
      tags: [u.tag as string],
      result,
      durationMs: 5,
      ...(result === "failed" ? { error: u.error as string } : {}),
      attempts:
        result === "flaky" ? [{ kind: "flakyFailure" as const, message: u.error as string }] : [],
    })),
  };
}

/** A parity config declaring one expected difference; the file's schema limits only the key's form. */
function parityConfig(key: string, owner: string, reason: string) {
  const config = parityConfigSchema.parse({
    keys: ["a.b"],
    expected: [
      { facet: "feature_flags", key: "k", owner: "o", reason: "r", expires: "2030-01-01" },
    ],
  });
  Object.assign(config.expected[0] as object, { key, owner, reason });
  return config;
}

describe("job summaries of the gates", () => {
  it("smoke: test names, suites, tags, commands and messages", () => {
    const fields = ["name", "suite", "tag", "error", "command", "reason", "file"] as const;
    fc.assert(
      fc.property(fc.record(Object.fromEntries(fields.map((f) => [f, text]))), (u) => {
        const harmlessFields = Object.fromEntries(fields.map((f) => [f, harmless(u[f] as string)]));
        expectClean(renderSmokeMarkdown(smokeReport(u), { reportPath: u.file }), {
          code: [u.suite as string, u.tag as string, u.command as string],
          text: [u.name as string, u.reason as string],
          like: renderSmokeMarkdown(smokeReport(harmlessFields), {
            reportPath: harmlessFields.file,
          }),
        });
      }),
      RUNS,
    );
  });

  it("parity: environment names, files, keys, values, owners and reasons", () => {
    fc.assert(
      fc.property(text, text, text, text, text, text, (name, file, key, value, owner, reason) => {
        const reference = {
          file,
          environment: {
            name: `${name}1`,
            feature_flags: { [key]: value, [`${key}.x`]: true },
            values: { [key]: value },
          },
        };
        const target = {
          file: `${file}2`,
          environment: {
            name: `${name}2`,
            feature_flags: { [key]: `${value}!`, [`${key}.x`]: false },
            values: {},
          },
        };
        const options = { config: parityConfig(`${key}.x`, owner, reason), today: "2026-05-01" };
        expectClean(renderParityMarkdown(evaluateParity([reference, target], options)), {
          code: [key],
          text: [`${name}1`, owner, reason],
        });
        const unreadable = { file: `${file}3`, error: `${file}3: ${reason}` };
        expectClean(renderParityMarkdown(evaluateParity([reference, unreadable], options)), {
          text: [`${name}1`],
        });
      }),
      RUNS,
    );
  });

  it("readiness: every field of a report read from the evidence branch", () => {
    fc.assert(
      fc.property(
        fc.record({
          title: text,
          summary: text,
          fix: text,
          item: text,
          url: fc.oneof(
            text,
            fc.constant("https://example.com/a(b)c"),
            fc.constant("javascript:alert(1)"),
          ),
          file: text,
          by: text,
          note: text,
          pilot: text,
          path: text,
        }),
        (u) => {
          const report = (v: typeof u): ReadinessReport => ({
            version: 1,
            kind: "readiness",
            sha: SHA,
            verdict: "NO-GO",
            evaluated_at: "2024-05-01T00:00:00Z",
            pilot: { name: v.pilot, window_start: "2024-05-01", window_hours: 48 },
            blockers: ["smoke-green"],
            warnings: ["parity"],
            criteria: [
              {
                id: "smoke-green",
                title: v.title,
                level: "blocking",
                status: "fail",
                summary: v.summary,
                evidence: {
                  values: {},
                  items: [
                    { text: v.item, url: v.url },
                    { text: v.item, file: v.file, line: 2 },
                  ],
                },
                fix: v.fix,
              },
              {
                id: "parity",
                title: v.title,
                level: "waivable",
                status: "waived",
                summary: v.summary,
                evidence: { values: {}, items: [] },
                waiver: { by: v.by, reason: v.note, until: "2030-01-01" },
              },
            ],
            notes: [v.note],
          });
          const harmlessFields = Object.fromEntries(
            Object.entries(u).map(([k, v]) => [k, k === "url" ? v : harmless(v)]),
          ) as typeof u;
          const links = (url: string) => url.startsWith("https://") || url.startsWith("http://");
          const packUrl = `https://github.com/o/r/tree/${SHA}/evidence`;
          expectClean(renderReadinessMarkdown(report(u)), {
            links,
            text: [u.title, u.summary, u.fix, u.item, u.note, u.pilot],
            like: renderReadinessMarkdown(report(harmlessFields)),
          });
          expectClean(
            readinessCheckRun({ path: u.path, report: report(u) }, packUrl, new Date(), {
              verified: true,
              pack: u.path,
              manifestDigest: u.file,
              keyids: [u.by],
              files: 3,
            }).summary ?? "",
            { links, code: [u.path] },
          );
          expectClean(
            unreadableCheckRun([{ path: u.path, reason: u.note }], u.file, new Date()).summary ??
              "",
            {
              code: [u.path, u.file],
              text: [u.note],
              like: unreadableCheckRun(
                [{ path: harmless(u.path), reason: harmless(u.note) }],
                harmless(u.file),
                new Date(),
              ).summary,
            },
          );
        },
      ),
      RUNS,
    );
  });

  it("protection: branches, messages, settings, and who edited them", () => {
    fc.assert(
      fc.property(
        fc.record({
          branch: text,
          message: text,
          field: text,
          value: text,
          sender: text,
          next: text,
          event: text,
        }),
        (u) => {
          const report = (v: typeof u): ProtectionReport => ({
            version: 1,
            repository: "o/r",
            mode: "classic",
            dry_run: false,
            status: "Drifted",
            branches: [
              {
                branch: v.branch,
                status: "Drifted",
                source: "classic",
                message: v.message,
                diff: [{ field: v.field, desired: [v.value], actual: v.value }],
                scorecard: { tier: 1, score: 3, next: [v.next] },
              },
            ],
            writes: [
              {
                method: "PUT",
                path: `/repos/o/r/branches/${v.branch}/protection`,
                branches: [v.branch],
                body: {},
                outcome: "failed",
              },
            ],
            scorecard: { tier: 1, score: 3, next: [v.next] },
          });
          const trigger = (v: typeof u) => ({
            reason: "hand-edit" as const,
            event: v.event,
            sender: v.sender,
            at: "2024-05-01T00:00:00Z",
          });
          const record = (v: typeof u) => ({
            policy: "enforce" as const,
            trigger: trigger(v),
            rewritten: report(v).branches,
            reported: true,
            issue: 4,
          });
          const h = Object.fromEntries(
            Object.entries(u).map(([k, v]) => [k, harmless(v)]),
          ) as typeof u;
          const now = new Date("2024-05-01T00:00:00Z");
          expectClean(protectionCheckRun(report(u), record(u), now).summary ?? "", {
            code: [u.branch, u.field, u.event],
            text: [u.message, u.value, u.sender],
            like: protectionCheckRun(report(h), record(h), now).summary,
          });
          expectClean(driftIssueBody(report(u), trigger(u)), {
            code: [u.branch],
            text: [u.message],
            like: driftIssueBody(report(h), trigger(h)),
          });
          expectClean(protectionErrorCheckRun(u.message, now).summary ?? "", {
            text: [u.message],
            like: protectionErrorCheckRun(h.message, now).summary,
          });
        },
      ),
      RUNS,
    );
  });

  it("evidence: the pack, its branch and its chain", () => {
    fc.assert(
      fc.property(text, text, text, (branch, id, previous) => {
        const summary = (b: string, i: string, p: string) =>
          renderEvidenceSummary({
            packPath: `evidence/pilot/${i}`,
            branch: b,
            commitSha: SHA,
            committed: true,
            branchCreated: false,
            judgedSha: SHA,
            files: 3,
            statementDigest: "sha256:1",
            manifestDigest: "sha256:2",
            previous: { id: p, digest: "sha256:0" },
            signed: false,
          });
        expectClean(summary(branch, id, previous), {
          code: [branch, previous],
          like: summary(harmless(branch), harmless(id), harmless(previous)),
        });
      }),
      RUNS,
    );
  });

  it("the pull-request action: a fork's name, the writes it could not make, and why it failed", () => {
    fc.assert(
      fc.property(text, text, (fork, label) => {
        const warn = (f: string, l: string) =>
          jobSummary([readOnlyWarning({ notWritten: [`the ${l} label (add)`], fork: f })]);
        expectClean(warn(fork, label), {
          text: [fork, label],
          like: warn(harmless(fork), harmless(label)),
        });
        expectClean(jobSummary([evaluationErrorSummary(fork)]), {
          text: [fork],
          like: jobSummary([evaluationErrorSummary(harmless(fork))]),
        });
      }),
      RUNS,
    );
  });
});
