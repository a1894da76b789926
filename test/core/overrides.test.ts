import { describe, expect, it } from "vitest";
import { parseConfig } from "../../core/config/load.js";
import { type Config, defaultConfig } from "../../core/config/schema.js";
import { evaluatePullRequest } from "../../core/evaluate.js";
import { fingerprintOf, recordShown } from "../../core/fingerprint.js";
import {
  applyOverrides,
  decideOverride,
  type OverrideCommand,
  type OverrideContext,
  type OverrideRequester,
  parseOverrideCommand,
  receiptId,
} from "../../core/overrides.js";
import type { Receipt, Verdict } from "../../core/types.js";
import { snapshot } from "../helpers/pull-request.js";

const SHA = "c0ffee".padEnd(40, "0");
const OTHER_SHA = "dead".padEnd(40, "0");
const AT = "2025-03-01T10:00:00Z";

describe("parseOverrideCommand", () => {
  it.each<[string, string, ReturnType<typeof parseOverrideCommand>]>([
    [
      "a bare command",
      "/pilot-gate override branch-name reason: vendor release branch",
      { ruleId: "branch-name", reason: "vendor release branch" },
    ],
    [
      "any case and leading spaces",
      "   /Pilot-Gate OVERRIDE pr-checklist Reason:   hotfix, checklist after  ",
      { ruleId: "pr-checklist", reason: "hotfix, checklist after" },
    ],
    [
      "a rule id in capitals",
      "/pilot-gate override Branch-Name reason: x",
      { ruleId: "branch-name", reason: "x" },
    ],
    [
      "a line among others",
      "Thanks for the review.\n\n/pilot-gate override residual-risks reason: accepted by the PO in standup\n\nCheers",
      { ruleId: "residual-risks", reason: "accepted by the PO in standup" },
    ],
    [
      "Windows line endings",
      "hi\r\n/pilot-gate override branch-name reason: windows\r\nbye",
      { ruleId: "branch-name", reason: "windows" },
    ],
    [
      "the first of two commands",
      "/pilot-gate override branch-name reason: one\n/pilot-gate override pr-checklist reason: two",
      { ruleId: "branch-name", reason: "one" },
    ],
    [
      "a command after a closed code fence",
      "```\n/pilot-gate override branch-name reason: in code\n```\n/pilot-gate override pr-checklist reason: real",
      { ruleId: "pr-checklist", reason: "real" },
    ],
    [
      "a command after an HTML comment closes on the same line",
      "<!-- note --> \n/pilot-gate override branch-name reason: real",
      { ruleId: "branch-name", reason: "real" },
    ],
    [
      "a command after a multi-line HTML comment",
      "<!--\n/pilot-gate override branch-name reason: hidden\n-->\n/pilot-gate override pr-checklist reason: shown",
      { ruleId: "pr-checklist", reason: "shown" },
    ],
    ["no command", "LGTM, ship it", undefined],
    ["an empty comment", "", undefined],
    ["another pilot-gate command", "/pilot-gate rerun", undefined],
    ["a longer command word", "/pilot-gate overrides branch-name reason: x", undefined],
    [
      "the command mid-sentence",
      "You can type /pilot-gate override branch-name reason: x",
      undefined,
    ],
    ["a quoted reply", "> /pilot-gate override branch-name reason: x", undefined],
    ["inline code", "`/pilot-gate override branch-name reason: x`", undefined],
    ["a backtick fence", "```text\n/pilot-gate override branch-name reason: x\n```", undefined],
    ["a tilde fence", "~~~\n/pilot-gate override branch-name reason: x\n~~~", undefined],
    [
      "a fence closed only by a longer fence",
      "````\n```\n/pilot-gate override branch-name reason: x\n````",
      undefined,
    ],
    ["an unclosed fence", "```\n/pilot-gate override branch-name reason: x", undefined],
    [
      "an indented code block",
      "Like this:\n\n    /pilot-gate override branch-name reason: x",
      undefined,
    ],
    ["a line indented by a tab", "\t/pilot-gate override branch-name reason: x", undefined],
    [
      "a fence indented inside a list item",
      "- step\n\n    ```\n  /pilot-gate override branch-name reason: x\n    ```",
      undefined,
    ],
    [
      "three spaces of indentation",
      "   /pilot-gate override branch-name reason: x",
      { ruleId: "branch-name", reason: "x" },
    ],
    ["a one-line HTML comment", "<!-- /pilot-gate override branch-name reason: x -->", undefined],
    [
      "a multi-line HTML comment",
      "<!--\n/pilot-gate override branch-name reason: x\n-->",
      undefined,
    ],
  ])("reads %s", (_name, body, expected) => {
    expect(parseOverrideCommand(body)).toEqual(expected);
  });

  it.each([
    ["/pilot-gate override", /names no rule/],
    ["/pilot-gate override   ", /names no rule/],
    ["/pilot-gate override reason: because", /names no rule/],
    ["/pilot-gate override branch-name", /override of `branch-name` gives no reason/],
    ["/pilot-gate override branch-name because vendor", /gives no reason/],
    ["/pilot-gate override branch-name reason:", /has an empty reason/],
    ["/pilot-gate override branch-name reason:    ", /has an empty reason/],
  ])("explains what is missing in %j", (body, message) => {
    const result = parseOverrideCommand(body);
    expect(result).toHaveProperty("error");
    const error = (result as { error: string }).error;
    expect(error).toMatch(message);
    expect(error).toContain("`/pilot-gate override <rule-id> reason: <why this is acceptable>`");
  });

  it("caps the reason at 500 characters without splitting an emoji", () => {
    const long = "🚀".repeat(600);
    const result = parseOverrideCommand(`/pilot-gate override branch-name reason: ${long}`);
    expect(result).toEqual({ ruleId: "branch-name", reason: "🚀".repeat(500) });
  });

  it("reads a reason holding a lone surrogate as U+FFFD, so its receipt can be hashed", () => {
    const parsed = parseOverrideCommand("/pilot-gate override branch-name reason: a\ud800b");
    expect(parsed).toEqual({ ruleId: "branch-name", reason: "a\ufffdb" });
    expect(() =>
      receiptId({
        kind: "override",
        ruleId: "branch-name",
        actor: "dana",
        reason: (parsed as { reason: string }).reason,
        sha: SHA,
        at: AT,
      }),
    ).not.toThrow();
  });

  it("leaves the rule id for decideOverride to check", () => {
    expect(parseOverrideCommand("/pilot-gate override no-such-rule reason: x")).toEqual({
      ruleId: "no-such-rule",
      reason: "x",
    });
  });
});

function requester(overrides: Partial<OverrideRequester> = {}): OverrideRequester {
  return { login: "dana", permission: "write", roleMembers: {}, ...overrides };
}

const COMMAND: OverrideCommand = { ruleId: "branch-name", reason: "vendor branch" };
const EARLIER = "2025-03-01T09:00:00Z";
const LATER = "2025-03-01T11:00:00Z";

/** Fails branch-name (blocking) and pr-checklist (blocking, several findings). */
function failingVerdict(): Verdict {
  return evaluatePullRequest(
    snapshot({ branch: "vendor/release-7", body: "", changedFiles: [] }),
    defaultConfig(),
  );
}

/** Fingerprints of `ruleId`'s blocking findings in `verdict`. */
function fingerprints(ruleId: string, verdict: Verdict = failingVerdict()): string[] {
  return verdict.findings
    .filter((f) => f.ruleId === ruleId && f.severity === "blocking")
    .map(fingerprintOf)
    .sort();
}

/** decideOverride on `SHA` at `AT`, against a check that showed every finding before. */
function decide(
  command: OverrideCommand,
  who: OverrideRequester,
  {
    config = defaultConfig(),
    sha = SHA,
    at = AT,
    author = "pat-author",
    verdict = failingVerdict(),
    shown,
  }: Partial<OverrideContext> & { config?: Config } = {},
): Receipt {
  const context = { sha, at, author, verdict, shown: shown ?? recordShown(verdict, {}, EARLIER) };
  return decideOverride(command, who, context, config);
}

describe("decideOverride", () => {
  it.each([
    ["none", "maintain", "refusal"],
    ["read", "maintain", "refusal"],
    ["triage", "maintain", "refusal"],
    ["write", "maintain", "refusal"],
    ["maintain", "maintain", "override"],
    ["admin", "maintain", "override"],
    ["write", "write", "override"],
    ["triage", "write", "refusal"],
    ["maintain", "admin", "refusal"],
    ["admin", "admin", "override"],
    ["ADMIN", "admin", "override"],
    ["something-new", "write", "refusal"],
  ] as const)("%s permission against %s required gives %s", (permission, needed, kind) => {
    const config = parseConfig(`overrides:\n  permission: ${needed}\n`);
    const receipt = decide(COMMAND, requester({ permission }), { config });
    expect(receipt.kind).toBe(kind);
    expect(receipt.detail === undefined).toBe(kind === "override");
  });

  it("records who, what, why, where and when", () => {
    const receipt = decide(COMMAND, requester({ permission: "admin" }));
    expect(receipt).toEqual({
      id: expect.stringMatching(/^pg-[0-9a-f]{16}$/),
      kind: "override",
      ruleId: "branch-name",
      actor: "dana",
      reason: "vendor branch",
      sha: SHA,
      at: AT,
      findings: fingerprints("branch-name"),
    });
    expect(receipt.findings).toHaveLength(1);
  });

  it("says what permission or role was needed and what the requester has", () => {
    const config = parseConfig("overrides:\n  roles: [po, pm]\n");
    const receipt = decide(COMMAND, requester(), { config });
    expect(receipt.kind).toBe("refusal");
    expect(receipt.detail).toBe(
      "needs maintain permission or one of roles [po, pm]; @dana has write.",
    );
    const noRoles = decide(COMMAND, requester({ permission: "read" }));
    expect(noRoles.detail).toBe("needs maintain permission; @dana has read.");
  });

  it.each([
    ["dana", "override"],
    ["DANA", "override"],
    ["erin", "refusal"],
  ] as const)(
    "lets a holder of an override role override whatever their permission (%s)",
    (member, kind) => {
      const config = parseConfig("overrides:\n  roles: [po]\n");
      const receipt = decide(
        COMMAND,
        requester({ permission: "read", roleMembers: { po: [member], pm: ["dana"] } }),
        { config },
      );
      expect(receipt.kind).toBe(kind);
    },
  );

  it("does not count a role that is not an override role", () => {
    const receipt = decide(COMMAND, requester({ roleMembers: { pm: ["dana"] } }), {
      config: parseConfig("overrides:\n  roles: [po]\n"),
    });
    expect(receipt.kind).toBe("refusal");
  });

  it("refuses an unknown rule and lists the rules that can be overridden", () => {
    const receipt = decide(
      { ruleId: "no-such-rule", reason: "x" },
      requester({ permission: "admin" }),
    );
    expect(receipt.kind).toBe("refusal");
    expect(receipt.detail).toBe(
      'unknown rule "no-such-rule"; rules that can be overridden: branch-name, pr-checklist, residual-risks, governance-files, incident-freeze, incident-story, wip-limit, required-checks.',
    );
  });

  it.each([
    ["no-merge-label", /removing the label/],
    ["pr-body", /not a rule/],
  ])("refuses to override %s even for an admin", (ruleId, detail) => {
    const receipt = decide({ ruleId, reason: "x" }, requester({ permission: "admin" }));
    expect(receipt.kind).toBe("refusal");
    expect(receipt.detail).toMatch(detail);
  });

  it("gives the same request the same id, and any change a different one", () => {
    const config = defaultConfig();
    const admin = requester({ permission: "admin" });
    const id = decide(COMMAND, admin, { config }).id;
    expect(decide({ ...COMMAND }, { ...admin }, { config }).id).toBe(id);
    const variants = [
      decide({ ...COMMAND, reason: "another reason" }, admin, { config }).id,
      decide({ ...COMMAND, ruleId: "pr-checklist" }, admin, { config }).id,
      decide(COMMAND, { ...admin, login: "erin" }, { config }).id,
      decide(COMMAND, admin, { config, sha: OTHER_SHA }).id,
      decide(COMMAND, admin, { config, at: "2025-03-01T10:00:01Z" }).id,
      decide(COMMAND, requester({ permission: "read" }), { config }).id,
    ];
    expect(new Set([id, ...variants]).size).toBe(variants.length + 1);
  });

  it("derives the id from the RFC 8785 canonical JSON of the fields", () => {
    // sha256 of {"actor":"dana","at":"2025-03-01T10:00:00Z","kind":"override","reason":"vendor branch","ruleId":"branch-name","sha":"c0ffee00…"}
    const fields = { kind: "override", ruleId: "branch-name", actor: "dana" } as const;
    expect(receiptId({ ...fields, reason: "vendor branch", sha: SHA, at: AT })).toBe(EXPECTED_ID);
    // The findings an override covers are part of what it is.
    expect(
      receiptId({ ...fields, reason: "vendor branch", sha: SHA, at: AT, findings: ["pg-1"] }),
    ).not.toBe(EXPECTED_ID);
  });

  it("covers only the findings the check showed before the comment", () => {
    // Five sections missing: five pr-checklist findings.
    const verdict = evaluatePullRequest(
      snapshot({ body: "## Story ID\n\nS-PC-01\n", changedFiles: [] }),
      defaultConfig(),
    );
    const [first, ...rest] = fingerprints("pr-checklist", verdict);
    expect(rest.length).toBeGreaterThan(0);
    const shown = recordShown(verdict, {}, LATER);
    shown[first as string] = EARLIER;
    const receipt = decide(
      { ruleId: "pr-checklist", reason: "accepted" },
      requester({ permission: "admin" }),
      { verdict, shown },
    );
    expect(receipt).toMatchObject({ kind: "override", findings: [first] });
    const applied = applyOverrides(verdict, [receipt], SHA, defaultConfig());
    expect(applied.rules.find((rule) => rule.ruleId === "pr-checklist")?.status).toBe("fail");
    expect(applied.findings.filter((f) => f.acceptedBy)).toHaveLength(1);
  });

  it("refuses when nothing of the rule was shown before the comment (a push or an edit since)", () => {
    const verdict = failingVerdict();
    const receipt = decide(COMMAND, requester({ permission: "admin" }), {
      verdict,
      shown: recordShown(verdict, {}, LATER),
    });
    expect(receipt.kind).toBe("refusal");
    expect(receipt.detail).toMatch(
      /^the PR changed after the comment: no finding of "branch-name"/,
    );
    expect(receipt.detail).toContain("Read the check again");
    expect(decide(COMMAND, requester({ permission: "admin" }), { shown: {} }).kind).toBe("refusal");
  });

  it("refuses a rule with no open blocking finding: there is nothing to cover", () => {
    const verdict = evaluatePullRequest(snapshot({ changedFiles: [] }), defaultConfig());
    const receipt = decide(COMMAND, requester({ permission: "admin" }), { verdict });
    expect(receipt.kind).toBe("refusal");
    expect(receipt.detail).toBe(
      `"branch-name" has no open blocking finding on c0ffee0, so there is nothing to override.`,
    );
  });

  it("keeps the PR's author from overriding governance-files on their own PR", () => {
    const verdict = evaluatePullRequest(
      snapshot({ changedFiles: ["CODEOWNERS"], headSha: SHA }),
      defaultConfig(),
    );
    const governance = { ruleId: "governance-files", reason: "my own change" };
    const admin = requester({ login: "Pat-Author", permission: "admin" });
    const refused = decide(governance, admin, { verdict });
    expect(refused.kind).toBe("refusal");
    expect(refused.detail).toBe(
      `the author of a PR cannot override "governance-files" on it (overrides.not_by_author): another person who may override has to.`,
    );
    expect(decide(governance, { ...admin, login: "someone-else" }, { verdict }).kind).toBe(
      "override",
    );
    // Other rules stay the author's to override, and the list is configurable.
    expect(decide(COMMAND, admin).kind).toBe("override");
    const open = parseConfig("overrides:\n  not_by_author: []\n");
    expect(decide(governance, admin, { verdict, config: open }).kind).toBe("override");
    const strict = parseConfig("overrides:\n  not_by_author: [branch-name]\n");
    expect(decide(COMMAND, admin, { config: strict }).kind).toBe("refusal");
  });
});

/** An override receipt covering every blocking finding of its rule in `failingVerdict`. */
function receipt(overrides: Partial<Receipt> = {}): Receipt {
  const ruleId = overrides.ruleId ?? "branch-name";
  return {
    id: `pg-${ruleId.padEnd(16, "0").slice(0, 16)}`,
    kind: "override",
    ruleId,
    actor: "dana",
    reason: "vendor branch",
    sha: SHA,
    at: AT,
    findings: fingerprints(ruleId),
    ...overrides,
  };
}

describe("applyOverrides", () => {
  it("accepts one rule's blocking findings, keeps the verdict NO_MERGE while another rule blocks", () => {
    const verdict = failingVerdict();
    const r = receipt();
    const result = applyOverrides(verdict, [r], SHA, defaultConfig());
    expect(result.status).toBe("no_merge");
    const branch = result.rules.find((rule) => rule.ruleId === "branch-name");
    expect(branch?.status).toBe("overridden");
    expect(branch?.findings.map((f) => [f.severity, f.acceptedBy?.id])).toEqual([
      ["blocking", r.id],
    ]);
    expect(result.rules.find((rule) => rule.ruleId === "pr-checklist")?.status).toBe("fail");
    expect(result.findings.filter((f) => f.acceptedBy)).toHaveLength(1);
    expect(result.receipts).toEqual([r]);
  });

  it("passes once every blocking rule is overridden", () => {
    const verdict = failingVerdict();
    const receipts = [
      receipt(),
      receipt({ id: "pg-2", ruleId: "pr-checklist", at: "2025-03-01T10:05:00Z" }),
    ];
    const result = applyOverrides(verdict, receipts, SHA, defaultConfig());
    expect(result.status).toBe("pass");
    expect(result.findings.filter((f) => f.severity === "blocking" && !f.acceptedBy)).toEqual([]);
    const checklist = result.rules.find((rule) => rule.ruleId === "pr-checklist");
    expect(checklist?.status).toBe("overridden");
    expect(
      checklist?.findings.every((f) => f.severity !== "blocking" || f.acceptedBy?.id === "pg-2"),
    ).toBe(true);
  });

  it("ignores an override made on another commit", () => {
    const verdict = failingVerdict();
    const result = applyOverrides(verdict, [receipt({ sha: OTHER_SHA })], SHA, defaultConfig());
    expect(result).toEqual(verdict);
    expect(result.receipts).toBeUndefined();
  });

  it("carries an override to a new commit when carry_over is on", () => {
    const config = parseConfig("overrides:\n  carry_over: true\n");
    const old = receipt({ sha: OTHER_SHA });
    const oldRefusal = receipt({ id: "pg-refused", kind: "refusal", sha: OTHER_SHA, detail: "no" });
    const result = applyOverrides(failingVerdict(), [old, oldRefusal], SHA, config);
    expect(result.rules.find((rule) => rule.ruleId === "branch-name")?.status).toBe("overridden");
    expect(result.receipts).toEqual([old]);
  });

  it("never applies a refusal, and never accepts a NO_MERGE label or an unreadable body", () => {
    const verdict = evaluatePullRequest(
      snapshot({ labels: ["NO_MERGE"], body: `${">".repeat(5_000)} x`, changedFiles: [] }),
      defaultConfig(),
    );
    const receipts = [
      receipt({ id: "pg-a", ruleId: "no-merge-label" }),
      receipt({ id: "pg-b", ruleId: "pr-body" }),
      receipt({ id: "pg-c", kind: "refusal", ruleId: "pr-checklist", detail: "needs maintain" }),
    ];
    const result = applyOverrides(verdict, receipts, SHA, defaultConfig());
    expect(result.status).toBe("no_merge");
    expect(result.findings.some((f) => f.acceptedBy)).toBe(false);
    expect(result.rules.map((rule) => rule.status)).toEqual(
      verdict.rules.map((rule) => rule.status),
    );
    expect(result.receipts?.map((r) => r.id)).toEqual(["pg-a", "pg-b", "pg-c"]);
  });

  it("attaches receipts for this commit once each, oldest first, merged with any already there", () => {
    const a = receipt({ id: "pg-a", at: "2025-03-01T12:00:00Z" });
    const b = receipt({
      id: "pg-b",
      kind: "refusal",
      detail: "x",
      at: "2025-03-01T11:00:00+02:00",
    });
    const c = receipt({ id: "pg-c", at: "2025-03-01T09:30:00Z", ruleId: "pr-checklist" });
    const other = receipt({ id: "pg-other", sha: OTHER_SHA });
    const verdict: Verdict = { ...failingVerdict(), receipts: [c] };
    const result = applyOverrides(verdict, [a, b, a, other, c], SHA, defaultConfig());
    // 11:00+02:00 is 09:00Z, before c at 09:30Z.
    expect(result.receipts?.map((r) => r.id)).toEqual(["pg-b", "pg-c", "pg-a"]);
  });

  it("cites the latest override of a rule", () => {
    const early = receipt({ id: "pg-early", at: "2025-03-01T09:00:00Z" });
    const late = receipt({ id: "pg-late", at: "2025-03-01T11:00:00Z" });
    const result = applyOverrides(failingVerdict(), [late, early], SHA, defaultConfig());
    const finding = result.findings.find((f) => f.ruleId === "branch-name");
    expect(finding?.acceptedBy?.id).toBe("pg-late");
  });

  it("leaves a passing rule as it is", () => {
    const verdict = evaluatePullRequest(snapshot({ changedFiles: [] }), defaultConfig());
    const result = applyOverrides(verdict, [receipt()], SHA, defaultConfig());
    expect(result.status).toBe("pass");
    expect(result.rules).toEqual(verdict.rules);
    expect(result.receipts).toHaveLength(1);
  });

  it("does not change its input", () => {
    const verdict = failingVerdict();
    const before = structuredClone(verdict);
    const receipts = [receipt(), receipt({ id: "pg-2", ruleId: "pr-checklist" })];
    const receiptsBefore = structuredClone(receipts);
    const result = applyOverrides(verdict, receipts, SHA, defaultConfig());
    expect(result.status).toBe("pass");
    expect(verdict).toEqual(before);
    expect(receipts).toEqual(receiptsBefore);
  });

  it("covers nothing with a receipt that names no findings (recorded before they were named)", () => {
    const legacy = receipt();
    delete legacy.findings;
    const result = applyOverrides(failingVerdict(), [legacy], SHA, defaultConfig());
    expect(result.findings.some((f) => f.acceptedBy)).toBe(false);
    expect(result.receipts).toEqual([legacy]);
  });

  it("does not cover a new finding of the same rule, on this commit or carried over", () => {
    const other = receipt({ findings: ["pg-0000000000000000"] });
    const carried = parseConfig("overrides:\n  carry_over: true\n");
    for (const [r, config] of [
      [other, defaultConfig()],
      [{ ...other, sha: OTHER_SHA }, carried],
    ] as const) {
      const result = applyOverrides(failingVerdict(), [r], SHA, config);
      expect(result.rules.find((rule) => rule.ruleId === "branch-name")?.status).toBe("fail");
    }
  });

  it("is idempotent", () => {
    const receipts = [receipt()];
    const once = applyOverrides(failingVerdict(), receipts, SHA, defaultConfig());
    expect(applyOverrides(once, receipts, SHA, defaultConfig())).toEqual(once);
  });
});

/** Computed independently: sha256 of the keys sorted by hand, as RFC 8785 orders them. */
const EXPECTED_ID = "pg-70703978191f7d7c";
