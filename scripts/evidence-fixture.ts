/**
 * A made-up evidence branch, packed with the real `packEvidence`: pilot-run
 * packs (readiness and smoke reports, a protection report, an incidents
 * sweep, the pilot manifest) and release packs (readiness, smoke, parity and
 * the release decision), signed with the example key, optionally with the
 * last release tampered (its NO-GO edited into GO after packing).
 *
 * Used for examples/evidence-branch (`npm run examples:evidence`), the site's
 * tests and its bench. Deterministic: the same options write the same bytes
 * (Ed25519 signatures are deterministic), so the example can be checked in.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CRITERION_TITLES } from "../core/gates/readiness/evaluate.js";
import { packEvidence } from "../engine/evidence/pack.js";

/**
 * The example signing key, from a fixed seed so no private key file is
 * checked in; for examples and tests only, never for real evidence.
 */
export function exampleSigningKey(): KeyObject {
  const seed = Buffer.alloc(32, 7);
  // PKCS#8 DER of an Ed25519 key is this fixed prefix followed by the 32-byte seed.
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
  return createPrivateKey({ key: der, format: "der", type: "pkcs8" });
}

/** The example key's public half, as `--key` takes it. */
export function examplePublicKeyPem(): string {
  return createPublicKey(exampleSigningKey()).export({ type: "spki", format: "pem" }).toString();
}

export interface FixtureOptions {
  /** Pilot runs, one a day from `start`. */
  cycles: number;
  /** Releases, spread over the cycles; the first is NO-GO. */
  releases: number;
  /** Edit the last release's readiness report after packing. */
  tamper: boolean;
  start?: string;
}

const SCENARIOS = [
  { suite: "ui", name: "rendersTheHeader", tags: ["core-flow"] },
  { suite: "ui", name: "opensTheProjectList", tags: ["core-flow", "tenant-isolation"] },
  { suite: "ui", name: "signsOut", tags: ["auth"] },
  { suite: "core.smoke.test.ts", name: "signs in and lands on the dashboard", tags: ["core-flow"] },
  { suite: "core.smoke.test.ts", name: "exports a <report> & mails it", tags: [] },
  { suite: "core.smoke.test.ts", name: "switches tenant", tags: ["tenant-isolation"] },
];

const PILOT_YML = `name: m6-pilot
window:
  start: 2026-05-04T09:00:00Z
  hours: 72
clients:
  - name: Acme Logistics
    status: suggested
    technical_contact: Ada Lovelace <ada@acme.example>
    business_contact: Grace Hopper <grace@acme.example>
  - name: Borealis Health
    status: suggested
    technical_contact: Alan Turing <alan@borealis.example>
    business_contact: Joan Clarke <joan@borealis.example>
  - name: Cobalt Retail
    status: suggested
    technical_contact: Edsger Dijkstra <edsger@cobalt.example>
    business_contact: Barbara Liskov <barbara@cobalt.example>
`;

const hex = (n: number, width = 40) => n.toString(16).padStart(width, "0").slice(-width);

/** Which scenarios fail on cycle `i`: a fixed pattern, worst in the first days. */
function failing(i: number): Set<number> {
  const out = new Set<number>();
  if (i % 5 === 1) out.add(4);
  if (i < 3 && i % 2 === 0) out.add(1);
  if (i % 7 === 3) out.add(2);
  return out;
}

function smokeReport(i: number) {
  const fails = failing(i);
  const scenarios = SCENARIOS.map((s, k) => ({
    name: s.name,
    suite: s.suite,
    suitePath: [s.suite],
    file: `junit/${s.suite}.xml`,
    tags: s.tags,
    result: fails.has(k) ? "failed" : "passed",
    attempts: [],
    ...(fails.has(k) ? { error: "expected 200, got 503" } : {}),
  }));
  const passed = scenarios.filter((s) => s.result === "passed").length;
  return {
    version: 1,
    gate: "smoke",
    status: fails.size === 0 ? "pass" : "fail",
    counts: {
      total: scenarios.length,
      executed: scenarios.length,
      passed,
      failed: scenarios.length - passed,
      errored: 0,
      skipped: 0,
      flaky: 0,
    },
    reasons:
      fails.size === 0
        ? []
        : [
            {
              code: "tests-failed",
              message: `${fails.size} scenario(s) failed; fix them and re-run`,
            },
          ],
    commands: [],
    junit: { patterns: ["junit/*.xml"], files: [] },
    suites: { expected: [], found: ["core.smoke.test.ts", "ui"], missing: [] },
    scenarios,
  };
}

function readinessReport(
  sha: string,
  at: string,
  smoke: ReturnType<typeof smokeReport>,
  go: boolean,
) {
  const rate = Math.round((smoke.counts.passed / smoke.counts.executed) * 10_000) / 10_000;
  const failedIds = new Set<string>();
  if (!go) {
    failedIds.add("success-rate");
    failedIds.add("smoke-green");
  }
  const criteria = Object.keys(CRITERION_TITLES).map((id) => {
    const fail = failedIds.has(id);
    return {
      id,
      title: CRITERION_TITLES[id as keyof typeof CRITERION_TITLES],
      level: id === "milestones" ? "waivable" : "blocking",
      status: fail ? "fail" : "pass",
      summary:
        id === "success-rate"
          ? `${smoke.counts.passed}/${smoke.counts.executed} passed (${Math.round(rate * 1000) / 10}%), threshold 95%`
          : fail
            ? "failed"
            : "ok",
      evidence: {
        values:
          id === "success-rate"
            ? {
                passed: smoke.counts.passed,
                executed: smoke.counts.executed,
                rate,
                threshold: 0.95,
              }
            : {},
        items: [],
      },
      ...(fail ? { fix: "fix failing scenarios until the rate reaches the threshold" } : {}),
    };
  });
  return {
    version: 1,
    kind: "readiness",
    sha,
    verdict: go ? "GO" : "NO-GO",
    evaluated_at: at,
    pilot: { name: "m6-pilot", window_start: "2026-05-04T09:00:00Z", window_hours: 72 },
    blockers: [...failedIds],
    warnings: [],
    criteria,
    notes: [],
  };
}

function protectionReport(i: number) {
  const tier = (branch: string) => Math.min(5, (branch === "main" ? 2 : 1) + Math.floor(i / 4));
  const branches = ["main", "develop"].map((branch) => ({
    branch,
    status: "Applied",
    source: "classic",
    message: "protection matches the config",
    diff: [],
    scorecard: { tier: tier(branch), score: tier(branch) * 2, next: [] },
  }));
  const lowest = Math.min(...branches.map((b) => b.scorecard.tier));
  return {
    version: 1,
    repository: "acme/app",
    mode: "classic",
    dry_run: true,
    status: "Applied",
    branches,
    writes: [],
    scorecard: { tier: lowest, score: lowest * 2, next: [] },
  };
}

function sweepReport(i: number, at: string) {
  const severities = ["critical", "high", "medium"];
  // Incident n is open from cycle n to cycle n + 2 (every third cycle opens one).
  const incidents = [];
  for (let n = 0; n <= i; n += 3) {
    if (i - n <= 2) {
      incidents.push({
        number: 100 + n,
        url: `https://github.com/acme/app/issues/${100 + n}`,
        severity: severities[(n / 3) % 3],
        levelBefore: 0,
        timeline: "read",
        clocks: [{ clock: "ack", state: i - n === 2 ? "breached" : "running" }],
        escalation: undefined,
        dryRun: true,
        requests: 1,
      });
    }
  }
  return {
    version: 1,
    kind: "incidents-sweep",
    repository: "acme/app",
    at,
    enabled: true,
    dryRun: true,
    incidents,
    blocked: { items: [], escalated: 0 },
    trigger: null,
    errors: [],
    escalated: 0,
    requests: incidents.length,
  };
}

async function pack(
  root: string,
  scope: "pilot" | "release",
  id: string,
  commit: string,
  createdAt: string,
  reports: Record<string, unknown>,
  files: Record<string, unknown>,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "pg-fixture-"));
  try {
    const write = async (name: string, value: unknown) => {
      const path = join(dir, name);
      await writeFile(
        path,
        typeof value === "string" ? value : `${JSON.stringify(value, null, 2)}\n`,
      );
      return path;
    };
    const reportPaths = await Promise.all(Object.entries(reports).map(([n, v]) => write(n, v)));
    const filePaths = await Promise.all(Object.entries(files).map(([n, v]) => write(n, v)));
    await packEvidence({
      cwd: dir,
      root,
      scope,
      id,
      commit,
      createdAt,
      reports: reportPaths,
      files: filePaths,
      keys: [
        {
          what: "the example key",
          pem: exampleSigningKey().export({ type: "pkcs8", format: "pem" }).toString(),
        },
      ],
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes the fixture evidence branch's packs under `<dir>/evidence/`. */
export async function writeEvidenceFixture(dir: string, options: FixtureOptions): Promise<void> {
  const root = join(dir, "evidence");
  const start = Date.parse(options.start ?? "2026-05-04T06:17:00Z");
  const day = 24 * 3600 * 1000;
  const releaseEvery = Math.max(1, Math.floor(options.cycles / Math.max(1, options.releases)));
  let released = 0;
  for (let i = 0; i < options.cycles; i++) {
    const at = new Date(start + i * day).toISOString();
    const sha = hex(0xc0ffee00 + i);
    const smoke = smokeReport(i);
    const go = smoke.counts.passed / smoke.counts.executed >= 0.95;
    await pack(
      root,
      "pilot",
      `cycle-${at.slice(0, 10)}`,
      sha,
      at,
      {
        "readiness.json": readinessReport(sha, at, smoke, go),
        "smoke.json": smoke,
      },
      {
        "protection.json": protectionReport(i),
        "incidents.json": sweepReport(i, at),
        "pilot.yml": PILOT_YML,
      },
    );
    if (released < options.releases && (i + 1) % releaseEvery === 0) {
      const tag = released === 0 ? "v1.0.0-rc.1" : `v1.${released - 1}.0`;
      const releaseAt = new Date(start + i * day + 3600 * 1000).toISOString();
      const releaseGo = released !== 0;
      const releaseSmoke = releaseGo ? smokeReport(0 + 5 * 7 * 2) : smoke;
      const readiness = readinessReport(sha, releaseAt, releaseSmoke, releaseGo);
      await pack(
        root,
        "release",
        tag,
        sha,
        releaseAt,
        { "readiness.json": readiness },
        {
          "smoke.json": releaseSmoke,
          "release-decision.json": {
            version: 1,
            kind: "release-decision",
            decision: releaseGo
              ? {
                  action: "tag",
                  tag,
                  kind: tag.includes("-rc.") ? "rc" : "ga",
                  sha,
                  previous: null,
                  message: `Release ${tag}`,
                }
              : {
                  action: "refuse",
                  tag,
                  kind: "rc",
                  reasons: ["readiness is NO-GO: success-rate, smoke-green"],
                },
            readiness: {
              verdict: readiness.verdict,
              sha,
              blockers: readiness.blockers,
              warnings: [],
            },
          },
        },
      );
      released++;
    }
  }
  if (options.tamper && released > 0) {
    const tags = released === 1 ? ["v1.0.0-rc.1"] : [`v1.${released - 2}.0`];
    const path = join(root, "release", tags[0] as string, "reports", "readiness.json");
    const text = await readFile(path, "utf8");
    // The kind of edit the site must catch: a verdict changed after the pack was signed.
    await writeFile(
      path,
      text
        .replace('"verdict": "GO"', '"verdict": "GO" ')
        .replace('"summary": "ok"', '"summary": "ok (checked by hand)"'),
    );
  }
}
