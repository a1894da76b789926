import { readFileSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/main.js";
import { readinessReportSchema } from "../../core/gates/readiness/report.js";
import type { CliIO } from "../../engine/io.js";
import { githubScope, REPO_PATH, useGitHubMock } from "../app/helpers/github.js";
import { type RunResult, tempDir, writeFiles, writeLargeFile } from "./helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SHA = "4f2c9a1e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a";
const NOW = new Date("2025-06-10T12:00:00Z");

async function run(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    now: () => NOW,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A config file that sets nothing, so a run in this repository is judged with the defaults. */
async function defaultsFile(): Promise<string> {
  const dir = await tempDir();
  await writeFiles(dir, { "defaults.yml": "# every setting at its default\n" });
  return join(dir, "defaults.yml");
}

const example = (set: "go" | "no-go", config = "examples/readiness/offline.yml") => [
  "readiness",
  "--offline",
  "--sha",
  SHA,
  "--config",
  config,
  "--smoke",
  `examples/readiness/${set}/smoke.json`,
  "--parity",
  `examples/readiness/${set}/parity.json`,
  "--manifest",
  `examples/readiness/${set}/pilot.yml`,
];

describe("pilot-gate readiness on the bundled examples", () => {
  it("says GO on the GO set (exit 0)", async () => {
    const result = await run(example("go"));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`GO for ${SHA} (pilot m6-pilot)`);
    expect(result.stdout).toMatch(/NOT CHECKED\s+required-checks\s+advisory/);
    expect(result.stdout).toMatch(/pass\s+milestones\s+blocking\s+6 item\(s\) done in 1 document/);
  });

  it("says NO-GO on the NO-GO set (exit 1) with every blocker", async () => {
    const json = await run([...example("no-go", "examples/readiness/no-go/offline.yml"), "--json"]);
    expect(json.code).toBe(1);
    const report = readinessReportSchema.parse(JSON.parse(json.stdout));
    expect(report.verdict).toBe("NO-GO");
    expect(report.blockers).toEqual([
      "smoke-green",
      "success-rate",
      "core-flows",
      "auth-regressions",
      "parity",
      "milestones",
      "pilot-manifest",
    ]);
    expect(report.criteria.find((c) => c.id === "milestones")?.evidence.items).toEqual([
      {
        text: "Phase 1: staging › Exit criteria: [ ] Parity between staging and production",
        file: "examples/readiness/no-go/m6.md",
        line: 8,
      },
      {
        text: "Phase 2: pilot clients › Exit criteria: [ ] Rollback rehearsed",
        file: "examples/readiness/no-go/m6.md",
        line: 14,
      },
      {
        text: 'Phase 2: pilot clients › Exit criteria: Smoke report reviewed: status "Pendente" is not done',
        file: "examples/readiness/no-go/m6.md",
        line: 18,
      },
      {
        text: "Phase 2: pilot clients › Exit criteria: Security review: evidence examples/readiness/no-go/security-review.pdf does not exist in the checkout",
        file: "examples/readiness/no-go/m6.md",
        line: 19,
      },
    ]);
  });

  it("fails the GitHub criteria closed offline with the default config", async () => {
    // This repository's own .github/pilot-gate.yml lists milestones: judge with the defaults.
    const result = await run(example("go", await defaultsFile()));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /NOT CHECKED\s+required-checks\s+blocking\s+check runs unknown: offline/,
    );
    expect(result.stdout).toMatch(
      /NOT CHECKED\s+milestones\s+blocking\s+no milestone or sign-off documents configured/,
    );
  });

  it("writes the report with --report", async () => {
    const dir = await tempDir();
    const result = await run([...example("go"), "--report", join(dir, "readiness.json")]);
    expect(result.code).toBe(0);
    const report = readinessReportSchema.parse(
      JSON.parse(readFileSync(join(dir, "readiness.json"), "utf8")),
    );
    expect(report).toMatchObject({ verdict: "GO", sha: SHA, evaluated_at: NOW.toISOString() });
  });
});

describe("pilot-gate readiness input errors (exit 2, nothing judged)", () => {
  it.each([
    [["readiness", "--offline"], /--sha is required/],
    [["readiness", "--offline", "--sha", "main"], /--sha "main" is not a commit SHA/],
    [["readiness", "--sha", SHA], /no repository to read GitHub state from/],
    [["readiness", "--sha", SHA, "--repo", "acme/app"], /GITHUB_TOKEN is not set/],
    [["readiness", "--sha", SHA, "--repo", "acme"], /not a repository/],
    [
      ["readiness", "--offline", "--sha", SHA, "--smoke", "nope.json"],
      /cannot read the smoke report nope\.json: no such file/,
    ],
  ])("%j", async (argv, message) => {
    const result = await run(argv, { cwd: await tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("names the file and the field of a malformed report", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, {
      "bad.json": "{ not json",
      "smoke.json": JSON.stringify({ status: "pass", counts: { passed: 1 } }),
      "parity.json": JSON.stringify({ gate: "smoke", status: "pass" }),
    });
    const bad = await run(["readiness", "--offline", "--sha", SHA, "--smoke", "bad.json"], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json not JSON/);
    const fields = await run(["readiness", "--offline", "--sha", SHA, "--smoke", "smoke.json"], {
      cwd,
    });
    expect(fields.stderr).toMatch(/smoke\.json counts\.failed: /);
    const wrong = await run(["readiness", "--offline", "--sha", SHA, "--parity", "parity.json"], {
      cwd,
    });
    expect(wrong.stderr).toMatch(/parity\.json gate: this is not a parity report/);
  });

  it("locates a typo in the manifest", async () => {
    const cwd = await tempDir();
    await writeFiles(cwd, {
      "pilot.yml": "name: p\nwindow: {start: 2025-06-02, hours: 48}\nclient: []\n",
    });
    const result = await run(["readiness", "--offline", "--sha", SHA], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pilot\.yml:3:1 client: unknown key "client"/);
  });
});

describe("pilot-gate readiness: inputs over their limits", () => {
  it("refuses a report over 64 MiB and a manifest over 64 KiB, unread (exit 2)", async () => {
    const cwd = await tempDir();
    await writeLargeFile(cwd, "smoke.json", 65 * 1024 * 1024, "{");
    await writeLargeFile(cwd, "pilot.yml", 70_000, "name: p\n# ");
    const smoke = await run(["readiness", "--offline", "--sha", SHA, "--smoke", "smoke.json"], {
      cwd,
    });
    expect(smoke.code).toBe(2);
    expect(smoke.stderr).toMatch(
      /the smoke report smoke\.json is 68,157,440 bytes, over the limit of 67,108,864 bytes \(64 MiB\); pass the JSON report a pilot-gate gate wrote/,
    );
    const manifest = await run(["readiness", "--offline", "--sha", SHA], { cwd });
    expect(manifest.code).toBe(2);
    expect(manifest.stderr).toMatch(
      /the pilot manifest pilot\.yml is 70,000 bytes, over the limit of 65,536 bytes \(64 KiB\)/,
    );
  });
});

describe("pilot-gate readiness reading GitHub", () => {
  useGitHubMock();

  it("reads check runs, protection and incidents with GITHUB_TOKEN", async () => {
    const scope = githubScope();
    scope
      .get(`${REPO_PATH}/commits/${SHA}/check-runs`)
      .query({ filter: "latest", per_page: "100" })
      .reply(200, {
        total_count: 1,
        check_runs: [
          {
            id: 1,
            name: "required-check",
            status: "completed",
            conclusion: "success",
            html_url: "https://github.com/x",
            app: { id: 123 },
          },
        ],
      });
    for (const branch of ["main", "develop"]) {
      scope
        .get(`${REPO_PATH}/branches/${branch}/protection`)
        .reply(403, { message: "Resource not accessible by integration" });
    }
    // The token cannot read protection, so the App's pilot-gate/protection check is asked: none.
    scope.get(REPO_PATH).reply(200, { id: 1, name: "Hello-World", default_branch: "master" });
    scope
      .get(`${REPO_PATH}/commits/master/check-runs`)
      .query({
        check_name: "pilot-gate/protection",
        app_id: "123",
        filter: "latest",
        per_page: "100",
      })
      .reply(200, { total_count: 0, check_runs: [] });
    // No PR of the commit carries the sign-off label.
    scope.get(`${REPO_PATH}/commits/${SHA}/pulls`).query({ per_page: "100" }).reply(200, []);
    for (const label of ["P0", "tenant-isolation", "core-flow-blocker", "auth-regression"]) {
      scope
        .get(`${REPO_PATH}/issues`)
        .query({ labels: label, state: "open", per_page: "100" })
        .reply(
          200,
          label === "P0"
            ? [
                {
                  number: 9,
                  title: "Outage",
                  labels: [{ name: "P0" }],
                  html_url: "https://github.com/i/9",
                },
              ]
            : [],
        );
    }
    const result = await run(
      [
        "readiness",
        "--sha",
        SHA,
        "--repo",
        "Codertocat/Hello-World",
        "--smoke",
        "examples/readiness/go/smoke.json",
        "--parity",
        "examples/readiness/go/parity.json",
        "--manifest",
        "examples/readiness/go/pilot.yml",
        "--config",
        await defaultsFile(),
        "--json",
      ],
      { env: { GITHUB_TOKEN: "ghs_test", PILOT_GATE_NO_RETRY: "1", APP_ID: "123" } },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const report = readinessReportSchema.parse(JSON.parse(result.stdout));
    // The defaults list no milestone documents: not checked, which is NO-GO too.
    expect(report.blockers).toEqual([
      "p0-incidents",
      "branch-protection",
      "milestones",
      "sign-off",
    ]);
    const byId = Object.fromEntries(report.criteria.map((c) => [c.id, c]));
    expect(byId.milestones?.status).toBe("not_checked");
    expect(byId["required-checks"]?.status).toBe("pass");
    expect(byId["sign-off"]?.summary).toBe("no PR of this commit is labelled pilot-sign-off");
    expect(report.sign_off).toEqual({ label: "pilot-sign-off", signers: [] });
    expect(byId["p0-incidents"]?.evidence.items).toEqual([
      { text: "#9 Outage [P0]", url: "https://github.com/i/9" },
    ]);
    expect(byId["branch-protection"]?.evidence.items[0]?.text).toMatch(
      /main: unknown \(Permission needed: the token cannot read branch protection .*, and the App has posted no pilot-gate\/protection check on master's head/,
    );
  });
});

/** The GO set's scenario records, in the run folder of its manifest's pilot. */
const GO_RECORDS = "pilots/m6-pilot/2025-06-02/records.jsonl";

/** The GitHub criteria advisory, as in examples/readiness/offline.yml, plus `readiness` lines. */
const OFFLINE = [
  "readiness:",
  "  incident_labels: { core_flow: [], auth: [] }",
  "  criteria:",
  "    p0-incidents: advisory",
  "    tenant-isolation: advisory",
  "    required-checks: advisory",
  "    branch-protection: advisory",
  "    sign-off: advisory",
];

/** A checkout with the GO set's reports and manifest, `config` under readiness:, and `files`. */
async function checkout(config: string[], files: Record<string, string> = {}): Promise<string> {
  const cwd = await tempDir();
  await writeFiles(cwd, {
    ".github/pilot-gate.yml": [...OFFLINE, ...config, ""].join("\n"),
    ...files,
  });
  for (const name of ["smoke.json", "parity.json", "pilot.yml", GO_RECORDS]) {
    await mkdir(dirname(join(cwd, name)), { recursive: true });
    await copyFile(join(ROOT, "examples/readiness/go", name), join(cwd, name));
  }
  return cwd;
}

const judge = (cwd: string, ...extra: string[]) =>
  run(
    [
      "readiness",
      "--offline",
      "--sha",
      SHA,
      "--smoke",
      "smoke.json",
      "--parity",
      "parity.json",
      "--manifest",
      "pilot.yml",
      ...extra,
    ],
    { cwd },
  );

const PHASES = [
  "# M6 launch",
  "",
  "## Phase 1",
  "",
  "### Exit Criteria",
  "",
  "- [x] Smoke suite green",
  "",
  "## Phase 2",
  "",
  "### Exit Criteria",
  "",
  "- [ ] Rollback rehearsed",
  "",
  "## Phase 3",
  "",
  "### Exit Criteria",
  "",
  "- [ ] DR drill signed off",
  "",
].join("\n");

const GO_LIVE = (status: string) =>
  [
    "# Go-live checklist",
    "",
    "| Item | Owner | Status | Evidence |",
    "| --- | --- | --- | --- |",
    "| Security review | @sec | Assinado | [report](evidence/security.pdf) |",
    `| DPO sign-off | @dpo | ${status} | \`docs/evidence/dpo.md\` |`,
    "",
  ].join("\n");

describe("pilot-gate readiness on milestone and sign-off documents", () => {
  it("reads every phase's Exit Criteria, naming each open item with file and line", async () => {
    const cwd = await checkout(["  milestones: [{ file: docs/m6.md, section: Exit Criteria }]"], {
      "docs/m6.md": PHASES,
    });
    const result = await judge(cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "Phase 2 › Exit Criteria: [ ] Rollback rehearsed (docs/m6.md:13)",
    );
    expect(result.stdout).toContain(
      "Phase 3 › Exit Criteria: [ ] DR drill signed off (docs/m6.md:19)",
    );
    expect(result.stdout).toMatch(/Blockers \(1\):\n {2}milestones: 2 item\(s\) not done \(1 done/);
  });

  it("reads a go-live table's Status and Evidence columns, and says GO once both are done", async () => {
    const cwd = await checkout(["  milestones: [docs/go-live.md]"], {
      "docs/go-live.md": GO_LIVE("Pendente"),
      "docs/evidence/security.pdf": "%PDF",
    });
    const pending = await judge(cwd, "--json");
    expect(pending.code).toBe(1);
    const items = readinessReportSchema
      .parse(JSON.parse(pending.stdout))
      .criteria.find((c) => c.id === "milestones")?.evidence.items;
    expect(items).toEqual([
      { text: 'DPO sign-off: status "Pendente" is not done', file: "docs/go-live.md", line: 6 },
    ]);

    await writeFiles(cwd, { "docs/go-live.md": GO_LIVE("✅ signed") });
    const noEvidence = await judge(cwd);
    expect(noEvidence.code).toBe(1);
    expect(noEvidence.stdout).toContain(
      "DPO sign-off: evidence docs/evidence/dpo.md does not exist in the checkout (docs/go-live.md:6)",
    );

    await writeFiles(cwd, { "docs/evidence/dpo.md": "Signed by the DPO." });
    const done = await judge(cwd);
    expect(done.stdout).toMatch(/pass\s+milestones\s+blocking\s+2 item\(s\) done in 1 document/);
    expect(done.code).toBe(0);
  });

  it("blocks on no milestone documents, unless the config turns the criterion off", async () => {
    const none = await judge(await checkout([]));
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/NOT CHECKED\s+milestones\s+blocking/);
    expect(none.stdout).toContain(
      "fix: list the milestone and sign-off documents under readiness.milestones",
    );

    const off = await judge(await checkout(["    milestones: off"]));
    expect(off.stdout).toMatch(
      /off\s+milestones\s+off\s+off \(readiness\.criteria\.milestones: off\)/,
    );
    expect(off.code).toBe(0);
  });

  it.each([
    [
      "a missing document",
      {},
      "cannot read the document: no such file; fix its path in readiness.milestones (relative to the repository root) (docs/m6.md)",
    ],
    [
      "a table with no status column",
      { "docs/m6.md": "# M6\n\n| Phase | Date |\n| --- | --- |\n| 1 | 2025-06-02 |\n" },
      "a table with no status column (columns: Phase, Date); name its status column Status, State, Sign-off, Estado or Situação to have its rows read, or name a section that leaves it out (docs/m6.md:3)",
    ],
    [
      "an unknown status word",
      { "docs/m6.md": "| Item | Status |\n| --- | --- |\n| DR drill | N/A |\n" },
      'DR drill: status "N/A" is not a status word; write only a status such as done, signed, passed, ok or pending, open, blocked (or concluído, assinado, pendente, bloqueado), and notes in another column (docs/m6.md:3)',
    ],
    [
      "a document nested too deep to read",
      { "docs/m6.md": `# M6\n\n${"> ".repeat(30)}- [x] done\n` },
      "the document nests lists or block quotes more than 20 levels deep, so it was not read (docs/m6.md:3)",
    ],
  ])("fails closed on %s, naming the file", async (_name, files, message) => {
    const result = await judge(await checkout(["  milestones: [docs/m6.md]"], files));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(message);
  });

  it("refuses a document over 1 MiB unread, naming it", async () => {
    const cwd = await checkout(["  milestones: [docs/m6.md]"]);
    await writeLargeFile(cwd, "docs/m6.md", 2 * 1024 * 1024, "- [x] done\n");
    const result = await judge(cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "the document is 2,097,152 bytes, over the limit of 1,048,576 bytes (1 MiB); split it into one document per milestone",
    );
    expect(result.stdout).toContain("It was not read. (docs/m6.md)");
  });
});

describe("pilot-gate readiness: the pilot's scenario records", () => {
  it("reads the records of the manifest's latest run folder, and says where from", async () => {
    const cwd = await checkout([]);
    const result = await judge(cwd, "--config", ".github/pilot-gate.yml");
    expect(result.stdout).toContain(`records:   ${GO_RECORDS} (64)`);
    expect(result.stdout).toMatch(/pass +success-rate +blocking +63\/64 scenario runs passed/);
  });

  it("is not checked, never a pass, without records", async () => {
    const cwd = await checkout([]);
    await writeFile(join(cwd, GO_RECORDS), "");
    const result = await judge(cwd, "--json");
    expect(result.code).toBe(1);
    const report = readinessReportSchema.parse(JSON.parse(result.stdout));
    expect(report.blockers).toEqual(expect.arrayContaining(["success-rate", "core-flows"]));
    const rate = report.criteria.find((c) => c.id === "success-rate");
    expect(rate).toMatchObject({ status: "not_checked", summary: "no scenario records" });
  });

  it("reads the records committed on the evidence branch's checkout (--records-root) over the checkout's", async () => {
    const cwd = await checkout([]);
    const committed = join("branch", GO_RECORDS);
    await mkdir(join(cwd, "branch", dirname(GO_RECORDS)), { recursive: true });
    const text = await readFile(join(cwd, GO_RECORDS), "utf8");
    await writeFile(join(cwd, committed), text.split("\n").slice(0, 10).join("\n"));
    const result = await judge(cwd, "--records-root", "branch");
    expect(result.stdout).toContain(`records:   ${committed} (10)`);
    // A branch without the run folder's records leaves the checkout's to judge.
    const fallback = await judge(cwd, "--records-root", "elsewhere");
    expect(fallback.stdout).toContain(`records:   ${GO_RECORDS} (64)`);
    const both = await judge(cwd, "--records-root", "branch", "--records", GO_RECORDS);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/the records file and the records root were both given/);
  });

  it("takes --records, and judges nothing when that file is missing or was edited", async () => {
    const cwd = await checkout([]);
    await copyFile(join(cwd, GO_RECORDS), join(cwd, "copy.jsonl"));
    await writeFile(join(cwd, GO_RECORDS), "");
    const given = await judge(cwd, "--records", "copy.jsonl");
    expect(given.stdout).toContain("records:   copy.jsonl (64)");
    const missing = await judge(cwd, "--records", "none.jsonl");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read the scenario records none.jsonl: no such file");
    const text = await readFile(join(cwd, "copy.jsonl"), "utf8");
    await writeFile(join(cwd, "copy.jsonl"), text.replace('"result":"fail"', '"result":"pass"'));
    const edited = await judge(cwd, "--records", "copy.jsonl");
    expect(edited.code).toBe(2);
    expect(edited.stderr).toMatch(/copy\.jsonl:\d+:1 the digest does not match the record/);
  });
});
