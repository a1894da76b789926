import { describe, expect, it } from "vitest";
import {
  type EnvironmentDescription,
  evaluateParity,
  type ParityCheck,
  type ParityConfig,
  type ParityInput,
  type ParityReport,
  parityConfigSchema,
} from "../../../../core/gates/parity/index.js";

const TODAY = "2026-05-01";

function env(name: string, rest: Partial<EnvironmentDescription> = {}): ParityInput {
  return { file: `${name}.yml`, environment: { name, ...rest } };
}

function config(input: Record<string, unknown> = {}): ParityConfig {
  return parityConfigSchema.parse(input);
}

function evaluate(
  inputs: ParityInput[],
  parity: Record<string, unknown> = {},
  today = TODAY,
): ParityReport {
  return evaluateParity(inputs, { config: config(parity), today });
}

/** The one check of `key` in `facet` of the first pair. */
function check(report: ParityReport, facet: string, key: string): ParityCheck {
  const found = report.pairs[0]?.facets
    .find((f) => f.facet === facet)
    ?.checks.find((c) => c.key === key);
  if (!found) throw new Error(`no check ${facet}.${key}`);
  return found;
}

const BUNDLE = { revision: "r42", digest: "sha256:aa" };
const API = { version: "3.4.1", digest: "sha256:bb" };

describe("evaluateParity", () => {
  it("passes when every facet matches", () => {
    const same = { feature_flags: { a: true, b: "v2" }, policy_bundle: BUNDLE, openapi: API };
    const report = evaluate([env("production", same), env("staging", same)]);
    expect(report.status).toBe("pass");
    expect(report.reference).toBe("production");
    expect(report.counts).toEqual({ match: 6, drift: 0, expected: 0, not_checked: 0, error: 0 });
    expect(report.pairs[0]?.facets.map((f) => [f.facet, f.status])).toEqual([
      ["feature_flags", "match"],
      ["policy_bundle", "match"],
      ["openapi", "match"],
    ]);
  });

  it.each([
    ["a flag with another value", { a: true }, { a: false }, "a", true, false],
    ["a flag only the reference has", { a: true }, {}, "a", true, undefined],
    ["a flag only the target has", {}, { a: "v2" }, "a", undefined, "v2"],
  ])(
    "reports %s as drift with both values",
    (_, refFlags, targetFlags, key, refValue, targetValue) => {
      const report = evaluate([
        env("production", { feature_flags: refFlags }),
        env("staging", { feature_flags: targetFlags }),
      ]);
      expect(report.status).toBe("drift");
      const c = check(report, "feature_flags", key);
      expect(c.status).toBe("drift");
      expect(c.reference).toEqual(refValue);
      expect(c.target).toEqual(targetValue);
      expect("reference" in c).toBe(refValue !== undefined);
      expect("target" in c).toBe(targetValue !== undefined);
      expect(c.resolve).toContain("or declare an expected difference in parity.expected");
    },
  );

  it("says how to resolve a flag drift in the words of the issue", () => {
    const report = evaluate([
      env("production", { feature_flags: { new_checkout: true } }),
      env("staging", { feature_flags: { new_checkout: false } }),
    ]);
    expect(check(report, "feature_flags", "new_checkout").resolve).toMatch(
      /^set flag new_checkout in staging to true to match production, or declare an expected difference .*owner, reason, expires: YYYY-MM-DD/,
    );
  });

  it("compares the policy bundle and the OpenAPI description key by key", () => {
    const report = evaluate([
      env("production", { policy_bundle: BUNDLE, openapi: API }),
      env("staging", {
        policy_bundle: { ...BUNDLE, digest: "sha256:cc" },
        openapi: { version: "3.4.1" },
      }),
    ]);
    expect(check(report, "policy_bundle", "revision").status).toBe("match");
    expect(check(report, "policy_bundle", "digest")).toMatchObject({
      status: "drift",
      reference: "sha256:aa",
      target: "sha256:cc",
    });
    expect(check(report, "openapi", "digest")).toMatchObject({
      status: "drift",
      reference: "sha256:bb",
    });
    expect(check(report, "openapi", "digest").resolve).toContain(
      "deploy the API production serves",
    );
  });

  it("does not check a facet one environment does not describe, and says why", () => {
    const report = evaluate([
      env("production", { feature_flags: { a: true }, policy_bundle: BUNDLE }),
      env("staging", { feature_flags: { a: true } }),
    ]);
    const facets = report.pairs[0]?.facets ?? [];
    expect(facets.find((f) => f.facet === "policy_bundle")).toMatchObject({
      status: "not_checked",
      why: expect.stringContaining("staging does not describe its policy bundle (production does)"),
    });
    expect(facets.find((f) => f.facet === "openapi")?.why).toBe(
      "neither production nor staging describes its OpenAPI description",
    );
    expect(report.status).toBe("pass");
    expect(report.counts.not_checked).toBe(2);
  });

  it("does not check a key absent from both", () => {
    const report = evaluate([
      env("production", { openapi: { version: "1" } }),
      env("staging", { openapi: { version: "1" } }),
    ]);
    expect(check(report, "openapi", "digest")).toMatchObject({ status: "not_checked" });
    expect(report.pairs[0]?.facets.find((f) => f.facet === "openapi")?.status).toBe("match");
  });

  it("only compares the facets configured", () => {
    const report = evaluate(
      [
        env("production", { feature_flags: { a: true }, openapi: API }),
        env("staging", { feature_flags: { a: false }, openapi: { version: "9" } }),
      ],
      { facets: ["openapi"] },
    );
    expect(report.pairs[0]?.facets.map((f) => f.facet)).toEqual(["openapi"]);
  });

  describe("keys under values", () => {
    it("finds nested and dotted spellings of the same path", () => {
      const report = evaluate(
        [
          env("production", { values: { db: { pool_size: 20 }, "payments.retries": 3 } }),
          env("staging", { values: { "db.pool_size": 20, payments: { retries: 4 } } }),
        ],
        { keys: ["db.pool_size", "payments.retries", "absent.key"] },
      );
      expect(check(report, "values", "db.pool_size").status).toBe("match");
      expect(check(report, "values", "payments.retries")).toMatchObject({
        status: "drift",
        reference: 3,
        target: 4,
      });
      expect(check(report, "values", "absent.key").status).toBe("not_checked");
    });

    it("compares mappings and lists by content, not key order", () => {
      const report = evaluate(
        [
          env("production", { values: { limits: { a: 1, b: [1, 2] } } }),
          env("staging", { values: { limits: { b: [1, 2], a: 1 } } }),
        ],
        { keys: ["limits"] },
      );
      expect(check(report, "values", "limits").status).toBe("match");
    });

    it("is an error when a path runs into a value that is not a mapping", () => {
      const report = evaluate(
        [env("production", { values: { db: "postgres" } }), env("staging", { values: {} })],
        { keys: ["db.pool_size"] },
      );
      expect(check(report, "values", "db.pool_size")).toMatchObject({
        status: "error",
        message: 'production: db is "postgres", not a mapping, so it has no pool_size',
      });
      expect(report.status).toBe("error");
    });

    it("is an error when two spellings of a path disagree", () => {
      const report = evaluate(
        [
          env("production", { values: { "db.pool_size": 20, db: { pool_size: 10 } } }),
          env("staging", { values: { "db.pool_size": 20 } }),
        ],
        { keys: ["db.pool_size"] },
      );
      expect(check(report, "values", "db.pool_size").status).toBe("error");
    });
  });

  describe("one-way rules", () => {
    const rule = { one_way: [{ flag: "beta", when: "production", requires: "staging" }] };
    it.each([
      [true, true, "match"],
      [false, true, "match"],
      [false, false, "match"],
      [undefined, true, "match"],
      [true, false, "drift"],
      [true, undefined, "drift"],
    ] as const)("production %s, staging %s: %s", (prod, staging, status) => {
      const flags = (value: boolean | undefined): Record<string, boolean> =>
        value === undefined ? {} : { beta: value };
      const report = evaluate(
        [
          env("production", { feature_flags: flags(prod) }),
          env("staging", { feature_flags: flags(staging) }),
        ],
        rule,
      );
      const c = check(report, "feature_flags", "beta");
      expect(c.status).toBe(status);
      expect(c.rule).toEqual({ kind: "one_way", when: "production", requires: "staging" });
    });

    it("applies when the reference is the downstream environment", () => {
      const report = evaluate(
        [
          env("staging", { feature_flags: { beta: false } }),
          env("production", { feature_flags: { beta: true } }),
        ],
        rule,
      );
      expect(check(report, "feature_flags", "beta").status).toBe("drift");
      expect(check(report, "feature_flags", "beta").resolve).toMatch(
        /^set flag beta in staging to true/,
      );
    });

    it("does not apply to other environment pairs", () => {
      const report = evaluate(
        [
          env("production", { feature_flags: { beta: false } }),
          env("dev", { feature_flags: { beta: true } }),
        ],
        rule,
      );
      expect(check(report, "feature_flags", "beta").status).toBe("drift");
      expect(check(report, "feature_flags", "beta").rule).toBeUndefined();
    });

    it("is an error on a flag that is not true or false", () => {
      const report = evaluate(
        [
          env("production", { feature_flags: { beta: "on" } }),
          env("staging", { feature_flags: { beta: true } }),
        ],
        rule,
      );
      expect(check(report, "feature_flags", "beta").status).toBe("error");
      expect(report.status).toBe("error");
    });
  });

  describe("expected differences", () => {
    const pair = [
      env("production", { openapi: { version: "3.4.1" } }),
      env("staging", { openapi: { version: "3.5.0-rc.1" } }),
    ];
    const declared = (expires: string, extra: Record<string, unknown> = {}) => ({
      expected: [
        {
          facet: "openapi",
          key: "version",
          owner: "@api-team",
          reason: "release candidate",
          expires,
          ...extra,
        },
      ],
    });

    it("turns a declared drift into expected until its expiry date, inclusive", () => {
      for (const today of ["2026-04-01", "2026-06-30"]) {
        const report = evaluate(pair, declared("2026-06-30"), today);
        expect(report.status).toBe("pass");
        const c = check(report, "openapi", "version");
        expect(c.status).toBe("expected");
        expect(c.expected).toEqual({
          owner: "@api-team",
          reason: "release candidate",
          expires: "2026-06-30",
          expired: false,
        });
        expect(c.resolve).toBeUndefined();
        expect(c.reference).toBe("3.4.1");
        expect(c.target).toBe("3.5.0-rc.1");
      }
    });

    it("is drift again the day after it expires, saying when it expired", () => {
      const report = evaluate(pair, declared("2026-06-30"), "2026-07-01");
      expect(report.status).toBe("drift");
      const c = check(report, "openapi", "version");
      expect(c.status).toBe("drift");
      expect(c.expected?.expired).toBe(true);
      expect(c.message).toContain("expired on 2026-06-30");
      expect(c.resolve).toContain("move the declaration's expires date forward");
    });

    it("covers the whole facet when it names no key", () => {
      const report = evaluate(pair, declared("2026-06-30", { key: undefined }));
      expect(check(report, "openapi", "version").status).toBe("expected");
    });

    it("applies only to the environment it names", () => {
      expect(evaluate(pair, declared("2026-06-30", { environment: "qa" })).status).toBe("drift");
      expect(evaluate(pair, declared("2026-06-30", { environment: "staging" })).status).toBe(
        "pass",
      );
    });

    it("says when a declaration is no longer needed", () => {
      const same = [
        env("production", { openapi: { version: "1" } }),
        env("staging", { openapi: { version: "1" } }),
      ];
      const c = check(evaluate(same, declared("2026-06-30")), "openapi", "version");
      expect(c.status).toBe("match");
      expect(c.message).toContain("no longer needed");
    });

    it("can accept a one-way rule's drift", () => {
      const report = evaluate(
        [
          env("production", { feature_flags: { beta: true } }),
          env("staging", { feature_flags: { beta: false } }),
        ],
        {
          one_way: [{ flag: "beta", when: "production", requires: "staging" }],
          expected: [
            { facet: "feature_flags", key: "beta", owner: "o", reason: "r", expires: "2026-12-31" },
          ],
        },
      );
      expect(check(report, "feature_flags", "beta").status).toBe("expected");
    });
  });

  it("compares the reference with every other environment", () => {
    const report = evaluate([
      env("production", { feature_flags: { a: true } }),
      env("staging", { feature_flags: { a: true } }),
      env("dev", { feature_flags: { a: false } }),
    ]);
    expect(report.pairs.map((p) => [p.reference, p.target, p.status])).toEqual([
      ["production", "staging", "pass"],
      ["production", "dev", "drift"],
    ]);
    expect(report.status).toBe("drift");
  });

  describe("fails closed", () => {
    it("on an input that could not be read", () => {
      const report = evaluate([
        env("production"),
        { file: "staging.yml", error: "staging.yml:3:1 syntax error" },
      ]);
      expect(report.status).toBe("error");
      expect(report.errors).toEqual([
        { file: "staging.yml", message: "staging.yml:3:1 syntax error" },
      ]);
      expect(report.pairs).toEqual([]);
      expect(report.environments).toEqual([
        { file: "production.yml", name: "production" },
        { file: "staging.yml" },
      ]);
    });

    it("on fewer than two environments", () => {
      expect(evaluate([env("production")]).status).toBe("error");
    });

    it("on two environments with the same name", () => {
      const report = evaluate([
        env("production"),
        { file: "copy.yml", environment: { name: "production" } },
      ]);
      expect(report.status).toBe("error");
      expect(report.errors[0]?.message).toContain('are both named "production"');
    });

    it("on a date that is not YYYY-MM-DD", () => {
      expect(() => evaluate([env("a"), env("b")], {}, "2026-02-30")).toThrow(/YYYY-MM-DD/);
    });
  });
});

describe("parityConfigSchema", () => {
  it("defaults to comparing flags, policy bundle and OpenAPI, with no environment files listed", () => {
    expect(config()).toEqual({
      environments: [],
      facets: ["feature_flags", "policy_bundle", "openapi"],
      keys: [],
      one_way: [],
      expected: [],
    });
  });

  it.each([
    [
      { expected: [{ facet: "openapi", owner: "o", reason: "r", expires: "2026-13-01" }] },
      "YYYY-MM-DD",
    ],
    [{ expected: [{ facet: "openapi", owner: "o", expires: "2026-01-01" }] }, "reason"],
    [{ facets: ["flags"] }, "feature_flags"],
    [{ keys: ["db..pool"] }, "dotted key path"],
    [{ one_way: [{ flag: "x", when: "production" }] }, "requires"],
  ])("refuses %j", (input, words) => {
    const result = parityConfigSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(words);
  });
});
