import { describe, expect, it } from "vitest";
import { DEFAULT_PILOT_SCRIPT } from "../../../../core/gates/pilot/config.js";
import type { PilotManifest } from "../../../../core/gates/pilot/manifest.js";
import {
  chainHead,
  type RecordFields,
  type ScenarioRecord,
  sealRecord,
} from "../../../../core/gates/pilot/records.js";
import {
  type CriterionId,
  evaluateReadiness,
  parityViewSchema,
  type ReadinessInputs,
  readinessConfigSchema,
  readinessReportSchema,
  renderReadinessMarkdown,
  renderReadinessText,
  type SignOffInput,
  smokeViewSchema,
} from "../../../../core/gates/readiness/index.js";

const SHA = "4f2c9a1e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a";
const NOW = new Date("2025-06-10T12:00:00Z");

const contact = (n: string) => `${n} <${n.toLowerCase()}@client.example>`;
const client = (name: string): PilotManifest["clients"][number] => ({
  name,
  status: "suggested",
  technical_contact: contact(`T${name}`),
  business_contact: contact(`B${name}`),
});

/** Records sealed in a chain, as `pilot record` writes them. */
function sealed(list: RecordFields[]): ScenarioRecord[] {
  const out: ScenarioRecord[] = [];
  for (const fields of list) out.push(sealRecord(fields, chainHead(out)));
  return out;
}

/** Every client of `green()` passing every scenario of the default script once. */
function passingRuns(): RecordFields[] {
  return ["A", "B", "C"].flatMap((name) =>
    DEFAULT_PILOT_SCRIPT.map((scenario) => ({
      at: "2025-06-03T10:00:00.000Z",
      client: name,
      scenario,
      result: "pass" as const,
    })),
  );
}

const recordsOf = (list: RecordFields[], core = DEFAULT_PILOT_SCRIPT) => ({
  records: sealed(list),
  script: DEFAULT_PILOT_SCRIPT,
  core,
});

/** Sign-off PR #5, approved on its head by a holder of each default sign-off role. */
function signedOff(): SignOffInput {
  const roles = ["product", "qa", "security", "ops"];
  return {
    label: "pilot-sign-off",
    roles: roles.map((role) => ({ role, holders: [`${role}-lead`] })),
    pulls: [
      {
        number: 5,
        headSha: SHA,
        reviews: roles.map((role) => ({ login: `${role}-lead`, state: "approved", commitId: SHA })),
      },
    ],
  };
}

function green(): ReadinessInputs {
  return {
    sha: SHA,
    smoke: smokeViewSchema.parse({
      status: "pass",
      counts: { executed: 20, passed: 20, failed: 0 },
    }),
    parity: parityOf("pass", 0),
    manifest: {
      name: "m6",
      window: { start: "2025-06-02", hours: 48 },
      clients: [client("A"), client("B"), client("C")],
    },
    records: recordsOf(passingRuns()),
    github: {
      requiredChecks: {
        available: true,
        items: [{ name: "required-check", conclusion: "success" }],
      },
      protection: {
        available: true,
        items: [
          { branch: "main", status: "Applied" },
          { branch: "develop", status: "Applied" },
        ],
      },
      incidents: { available: true, items: [] },
      signOff: { available: true, value: signedOff() },
    },
    milestones: [{ file: "docs/m6.md", section: "Exit criteria", done: 3, blocking: [] }],
  };
}

const parityOf = (status: string, drift: number) =>
  parityViewSchema.parse({ status, counts: { drift } });

const config = (input: unknown = {}) => readinessConfigSchema.parse(input);

function statusOf(report: ReturnType<typeof evaluateReadiness>, id: CriterionId) {
  return report.criteria.find((c) => c.id === id);
}

describe("evaluateReadiness", () => {
  it("says GO when every criterion passes, in a report its schema accepts", () => {
    const report = evaluateReadiness(green(), config(), NOW);
    expect(report.verdict).toBe("GO");
    expect(report.blockers).toEqual([]);
    expect(report.criteria.every((c) => c.status === "pass")).toBe(true);
    expect(readinessReportSchema.parse(report)).toEqual(report);
  });

  const cases: [string, (i: ReadinessInputs) => void, CriterionId, RegExp][] = [
    [
      "a scenario success rate under 0.95",
      (i) => {
        const runs = passingRuns();
        for (const run of runs.slice(0, 2)) Object.assign(run, { result: "fail", error: "500" });
        runs.push(...passingRuns().slice(0, 2));
        // Non-core scenarios, so only the rate fails: 24 passed of 26 runs.
        i.records = recordsOf(runs, ["Change the ticket"]);
      },
      "success-rate",
      /24\/26 scenario runs passed \(92.3%\)/,
    ],
    [
      "a client that never ran a scenario of the script",
      (i) => {
        i.records = recordsOf(
          passingRuns().filter((r) => !(r.client === "B" && r.scenario === "Create a lead")),
        );
      },
      "success-rate",
      /23\/23 scenario runs passed \(100%\), threshold 95%; 1 client scenario\(s\) never run/,
    ],
    [
      "a core flow whose latest record for a client is a failure",
      (i) => {
        i.records = recordsOf([
          ...passingRuns(),
          {
            at: "2025-06-04T10:00:00.000Z",
            client: "C",
            scenario: "Create a lead",
            result: "fail",
            error: "lead form 500\nstack...",
          },
        ]);
      },
      "core-flows",
      /1 blocked core flow/,
    ],
    [
      "a failed smoke scenario tagged tenant-isolation",
      (i) => {
        i.smoke = smokeViewSchema.parse({
          status: "fail",
          counts: { executed: 40, passed: 39, failed: 1 },
          scenarios: [{ name: "switches tenant", result: "failed", tags: ["tenant-isolation"] }],
        });
      },
      "tenant-isolation",
      /1 tenant isolation failure/,
    ],
    [
      "an open auth-regression issue",
      (i) => {
        i.github.incidents = {
          available: true,
          items: [{ number: 7, title: "SSO loop", labels: ["auth-regression"] }],
        };
      },
      "auth-regressions",
      /1 auth regression/,
    ],
    [
      "an open P0",
      (i) => {
        i.github.incidents = {
          available: true,
          items: [{ number: 3, title: "down", labels: ["P0"] }],
        };
      },
      "p0-incidents",
      /1 open issue labelled P0/,
    ],
    [
      "parity drift",
      (i) => {
        i.parity = parityOf("drift", 2);
      },
      "parity",
      /2 drifted/,
    ],
    [
      "a smoke report for another commit",
      (i) => {
        i.smoke = { ...(i.smoke as NonNullable<ReadinessInputs["smoke"]>), sha: "abcdef1" };
      },
      "smoke-green",
      /for commit abcdef1/,
    ],
    [
      "a required check that failed",
      (i) => {
        i.github.requiredChecks = {
          available: true,
          items: [{ name: "required-check", conclusion: "failure" }],
        };
      },
      "required-checks",
      /0\/1 required checks green/,
    ],
    [
      "protection unknown for lack of permission",
      (i) => {
        i.github.protection = {
          available: true,
          items: [
            { branch: "main", status: "unknown", detail: "Permission needed" },
            { branch: "develop", status: "Applied" },
          ],
        };
      },
      "branch-protection",
      /1\/2 protected branches Applied/,
    ],
    [
      "an exit criterion not done, in a later phase",
      (i) => {
        i.milestones = [
          {
            file: "docs/m6.md",
            section: "Exit criteria",
            done: 2,
            blocking: [{ text: "Phase 2 › Exit criteria: [ ] Rollback rehearsed", line: 9 }],
          },
        ];
      },
      "milestones",
      /^1 item\(s\) not done \(2 done, 1 document\(s\)\)$/,
    ],
    [
      "a milestone document that is missing",
      (i) => {
        i.milestones = [{ file: "docs/m6.md", error: "no such file" }];
      },
      "milestones",
      /1 unreadable document/,
    ],
    [
      "2 clients",
      (i) => {
        i.manifest?.clients.pop();
      },
      "pilot-manifest",
      /2 client/,
    ],
    [
      "6 clients",
      (i) => {
        i.manifest?.clients.push(client("D"), client("E"), client("F"));
      },
      "pilot-manifest",
      /6 client/,
    ],
  ];

  it("has no scenario records checked as missing, never a pass, with the command that records them", () => {
    for (const records of [undefined, recordsOf([])]) {
      const inputs = green();
      if (records) inputs.records = records;
      else delete inputs.records;
      const report = evaluateReadiness(inputs, config(), NOW);
      expect(report.verdict).toBe("NO-GO");
      for (const id of ["success-rate", "core-flows"] as const) {
        expect(statusOf(report, id)).toMatchObject({ status: "not_checked" });
        expect(statusOf(report, id)?.summary).toMatch(/no scenario records/);
        expect(statusOf(report, id)?.fix).toMatch(/pilot-gate pilot record --client/);
      }
    }
  });

  it("blocks on a core flow's latest failure only: a later pass lifts it, a non-core failure never blocks", () => {
    const fail = (at: string, client: string, scenario: string): RecordFields => ({
      at,
      client,
      scenario,
      result: "fail",
      error: "timeout",
    });
    const runs = [
      ...passingRuns(),
      fail("2025-06-04T10:00:00Z", "A", "Create a lead"),
      {
        ...fail("2025-06-04T11:00:00Z", "A", "Create a lead"),
        result: "pass" as const,
        error: undefined,
      },
      fail("2025-06-04T12:00:00Z", "B", "Answer the ticket"),
      // Not a client of the manifest: not counted.
      fail("2025-06-04T12:00:00Z", "Z", "Create a lead"),
    ].map(({ error, ...r }) => (error ? { ...r, error } : r));
    const report = evaluateReadiness(
      { ...green(), records: recordsOf(runs, ["Create a lead"]) },
      config(),
      NOW,
    );
    expect(statusOf(report, "core-flows")).toMatchObject({ status: "pass" });
    expect(statusOf(report, "success-rate")?.evidence.values).toMatchObject({
      passed: 25,
      executed: 27,
      ignored: 1,
    });
    const blocked = evaluateReadiness({ ...green(), records: recordsOf(runs) }, config(), NOW);
    expect(statusOf(blocked, "core-flows")?.evidence.items).toEqual([
      { text: "B: Answer the ticket failed at 2025-06-04T12:00:00Z: timeout" },
    ]);
  });

  it("records who signed each role off in the report", () => {
    const report = evaluateReadiness(green(), config(), NOW);
    expect(statusOf(report, "sign-off")).toMatchObject({
      status: "pass",
      summary: "4/4 sign-off roles approved (#5)",
    });
    expect(report.sign_off).toEqual({
      label: "pilot-sign-off",
      signers: ["product", "qa", "security", "ops"].map((role) => ({
        role,
        login: `${role}-lead`,
        pull: 5,
      })),
    });
  });

  const signOffCases: [string, (s: SignOffInput) => void, RegExp, string[]][] = [
    [
      "no sign-off PR",
      (s) => {
        s.pulls = [];
      },
      /no PR of this commit is labelled pilot-sign-off/,
      [],
    ],
    [
      "an approval on an older push",
      (s) => {
        const review = s.pulls[0]?.reviews[1];
        if (review) review.commitId = "0".repeat(40);
      },
      /3\/4 sign-off roles approved/,
      [
        "qa: no approval on the head commit from a holder of the role; @qa-lead approved an older push",
      ],
    ],
    [
      "an approval withdrawn by a later request for changes",
      (s) => {
        s.pulls[0]?.reviews.push({ login: "OPS-lead", state: "changes_requested", commitId: SHA });
      },
      /3\/4/,
      ["ops: no approval on the head commit from a holder of the role"],
    ],
    [
      "an approval by someone holding no sign-off role",
      (s) => {
        s.roles[0] = { role: "product", holders: ["someone-else"] };
      },
      /3\/4/,
      ["product: no approval on the head commit from a holder of the role"],
    ],
    [
      "a role not defined under roles:",
      (s) => {
        s.roles[2] = { role: "security", holders: undefined };
      },
      /3\/4/,
      ["security: not defined under roles:, so nobody can sign it off"],
    ],
  ];

  it.each(signOffCases)("fails the sign-off on %s", (_name, change, summary, items) => {
    const inputs = green();
    if (inputs.github.signOff.available) change(inputs.github.signOff.value);
    const report = evaluateReadiness(inputs, config(), NOW);
    const result = statusOf(report, "sign-off");
    expect(report.verdict).toBe("NO-GO");
    expect(result?.status).toBe("fail");
    expect(result?.summary).toMatch(summary);
    expect(result?.fix).toBeTruthy();
    for (const text of items) expect(result?.evidence.items).toContainEqual({ text });
  });

  it("leaves a failed smoke scenario tagged core-flow to smoke-green, not to the core flows", () => {
    const inputs = green();
    inputs.smoke = smokeViewSchema.parse({
      status: "fail",
      counts: { executed: 40, passed: 39, failed: 1 },
      scenarios: [{ name: "checkout", result: "failed", tags: ["core-flow"] }],
    });
    const report = evaluateReadiness(inputs, config(), NOW);
    expect(statusOf(report, "smoke-green")?.status).toBe("fail");
    expect(statusOf(report, "core-flows")?.status).toBe("pass");
  });

  it.each(cases)("says NO-GO on %s", (_name, change, id, summary) => {
    const inputs = green();
    change(inputs);
    const report = evaluateReadiness(inputs, config(), NOW);
    expect(report.verdict).toBe("NO-GO");
    expect(report.blockers).toContain(id);
    expect(statusOf(report, id)?.status).toBe("fail");
    expect(statusOf(report, id)?.summary).toMatch(summary);
    expect(statusOf(report, id)?.fix).toBeTruthy();
  });

  it.each([
    [
      "a client under review",
      { status: "review_profile" as const },
      /under review \(review_profile\)/,
    ],
    ["a missing contact", { business_contact: null }, /no business contact/],
    ["an empty contact", { technical_contact: "  " }, /no technical contact/],
  ])("blocks the pilot on %s", (_name, change, item) => {
    const inputs = green();
    Object.assign(inputs.manifest?.clients[0] ?? {}, change);
    const result = statusOf(evaluateReadiness(inputs, config(), NOW), "pilot-manifest");
    expect(result?.status).toBe("fail");
    expect(result?.evidence.items.map((i) => i.text).join("\n")).toMatch(item);
  });

  it("blocks a window shorter than 48 h, and accepts a configured shorter minimum", () => {
    const inputs = green();
    if (inputs.manifest) inputs.manifest.window.hours = 24;
    expect(statusOf(evaluateReadiness(inputs, config(), NOW), "pilot-manifest")?.status).toBe(
      "fail",
    );
    const relaxed = config({ thresholds: { min_window_hours: 24 } });
    expect(evaluateReadiness(inputs, relaxed, NOW).verdict).toBe("GO");
  });

  it("keeps GitHub criteria from GO offline, and only warns of them when advisory", () => {
    const inputs = green();
    const none = { available: false as const, reason: "offline" };
    inputs.github = { requiredChecks: none, protection: none, incidents: none, signOff: none };
    const strict = evaluateReadiness(inputs, config(), NOW);
    expect(strict.verdict).toBe("NO-GO");
    expect(strict.blockers).toEqual([
      "core-flows",
      "auth-regressions",
      "p0-incidents",
      "tenant-isolation",
      "required-checks",
      "branch-protection",
      "sign-off",
    ]);
    expect(statusOf(strict, "required-checks")?.status).toBe("not_checked");
    const advisory = config({
      incident_labels: { core_flow: [], auth: [] },
      criteria: {
        "p0-incidents": "advisory",
        "tenant-isolation": "advisory",
        "required-checks": "advisory",
        "branch-protection": "advisory",
        "sign-off": "advisory",
      },
    });
    const report = evaluateReadiness(inputs, advisory, NOW);
    expect(report.verdict).toBe("GO");
    expect(report.warnings).toHaveLength(5);
    expect(statusOf(report, "required-checks")?.status).toBe("not_checked");
  });

  /** Criteria whose only input each change takes away. */
  const NO_INPUT: [CriterionId, (i: ReadinessInputs) => void, RegExp, RegExp][] = [
    [
      "milestones",
      (i) => {
        i.milestones = [];
      },
      /no milestone or sign-off documents configured/,
      /readiness\.milestones/,
    ],
    ["parity", (i) => delete i.parity, /no parity report/, /--parity/],
    ["pilot-manifest", (i) => delete i.manifest, /no pilot manifest/, /pilot start/],
    [
      "required-checks",
      (i) => {
        i.github.requiredChecks = { available: false, reason: "offline" };
      },
      /check runs unknown: offline/,
      /GITHUB_TOKEN/,
    ],
    [
      "sign-off",
      (i) => {
        i.github.signOff = { available: false, reason: "offline" };
      },
      /sign-off unknown: offline/,
      /GITHUB_TOKEN/,
    ],
  ];

  describe.each(NO_INPUT)("%s with no input", (id, remove, summary, fix) => {
    const inputs = () => {
      const i = green();
      remove(i);
      return i;
    };

    it("is not checked, and keeps GO from being reached", () => {
      const report = evaluateReadiness(inputs(), config(), NOW);
      expect(report.verdict).toBe("NO-GO");
      expect(report.blockers).toEqual([id]);
      expect(statusOf(report, id)).toMatchObject({ status: "not_checked", level: "blocking" });
      expect(statusOf(report, id)?.summary).toMatch(summary);
      expect(statusOf(report, id)?.fix).toMatch(fix);
      expect(readinessReportSchema.parse(report)).toEqual(report);
    });

    it("is only a warning when advisory", () => {
      const report = evaluateReadiness(inputs(), config({ criteria: { [id]: "advisory" } }), NOW);
      expect(report.verdict).toBe("GO");
      expect(report.warnings).toEqual([id]);
      expect(statusOf(report, id)?.status).toBe("not_checked");
    });

    it("is neither a blocker nor a warning when off", () => {
      const report = evaluateReadiness(inputs(), config({ criteria: { [id]: "off" } }), NOW);
      expect(report.verdict).toBe("GO");
      expect(report.warnings).toEqual([]);
      expect(statusOf(report, id)).toMatchObject({ status: "off", level: "off" });
    });

    it("is not lifted by a waiver, which accepts a failure, not a criterion left unchecked", () => {
      const waiver = { criterion: id, by: "po@acme", reason: "later", until: "2025-06-30" };
      const report = evaluateReadiness(
        inputs(),
        config({ criteria: { [id]: "waivable" }, waivers: [waiver] }),
        NOW,
      );
      expect(report.verdict).toBe("NO-GO");
      expect(statusOf(report, id)?.status).toBe("not_checked");
      expect(report.notes.join("\n")).toMatch(
        new RegExp(`The waiver of ${id} by po@acme does not lift it: it was not checked`),
      );
    });
  });

  it("does not judge a criterion that is off, even one that would fail, and says so", () => {
    const inputs = green();
    inputs.parity = parityOf("drift", 3);
    const waiver = { criterion: "parity", by: "po@acme", reason: "x", until: "2025-06-30" };
    const report = evaluateReadiness(
      inputs,
      config({ criteria: { parity: "off" }, waivers: [waiver] }),
      NOW,
    );
    expect(report.verdict).toBe("GO");
    expect(statusOf(report, "parity")).toMatchObject({
      status: "off",
      summary: "off (readiness.criteria.parity: off): not judged",
      evidence: { values: {}, items: [] },
    });
    expect(report.notes.join("\n")).toMatch(
      /The waiver of parity by po@acme does not apply: parity is off/,
    );
    expect(renderReadinessText(report)).toMatch(/off\s+parity\s+off\s+off \(readiness/);
    expect(renderReadinessMarkdown(report)).toMatch(/\| ➖ \| No parity drift \| off \|/);
  });

  it("names each milestone item with its file and line in the report and the summary", () => {
    const inputs = green();
    inputs.milestones = [
      {
        file: "docs/go-live.md",
        done: 4,
        blocking: [{ text: 'DPO sign-off: status "Pendente" is not done', line: 7 }],
      },
    ];
    const report = evaluateReadiness(inputs, config(), NOW);
    expect(statusOf(report, "milestones")?.evidence).toEqual({
      values: { documents: 1, done: 4, blocking: 1, unreadable: 0 },
      items: [
        { text: 'DPO sign-off: status "Pendente" is not done', file: "docs/go-live.md", line: 7 },
      ],
    });
    expect(renderReadinessMarkdown(report)).toContain(
      'DPO sign-off: status "Pendente" is not done (docs/go-live.md:7)',
    );
  });

  it("lets a current waiver lift a waivable criterion, not an expired one, nor a blocking one", () => {
    const inputs = green();
    inputs.parity = parityOf("drift", 1);
    const waiver = {
      criterion: "parity",
      by: "po@acme",
      reason: "known flag",
      until: "2025-06-10",
    };
    const waived = evaluateReadiness(
      inputs,
      config({ criteria: { parity: "waivable" }, waivers: [waiver] }),
      NOW,
    );
    expect(waived.verdict).toBe("GO");
    expect(statusOf(waived, "parity")).toMatchObject({
      status: "waived",
      waiver: { by: "po@acme", until: "2025-06-10" },
    });

    const expired = evaluateReadiness(
      inputs,
      config({ criteria: { parity: "waivable" }, waivers: [{ ...waiver, until: "2025-06-09" }] }),
      NOW,
    );
    expect(expired.verdict).toBe("NO-GO");
    expect(expired.notes.join()).toMatch(/expired on 2025-06-09/);

    const blocking = evaluateReadiness(inputs, config({ waivers: [waiver] }), NOW);
    expect(blocking.verdict).toBe("NO-GO");
    expect(blocking.notes.join()).toMatch(/parity is blocking/);
  });

  it("reports an advisory failure without making it NO-GO", () => {
    const inputs = green();
    inputs.parity = parityOf("drift", 1);
    const report = evaluateReadiness(inputs, config({ criteria: { parity: "advisory" } }), NOW);
    expect(report.verdict).toBe("GO");
    expect(report.warnings).toEqual(["parity"]);
  });

  it("renders the verdict first, then each blocker with its evidence", () => {
    const inputs = green();
    inputs.github.incidents = {
      available: true,
      items: [{ number: 3, title: "down", labels: ["P0"], url: "https://github.com/o/r/issues/3" }],
    };
    const report = evaluateReadiness(inputs, config(), NOW);
    const md = renderReadinessMarkdown(report);
    expect(md.split("\n")[0]).toBe("## ❌ NO-GO: readiness of `4f2c9a1e8b7d`");
    expect(md).toContain("- [\\#\u200b3 down \\[P0\\]](https://github.com/o/r/issues/3)");
    expect(renderReadinessText(report)).toMatch(/^NO-GO for 4f2c9a1e/);
  });
});
