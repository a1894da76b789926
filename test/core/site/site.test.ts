import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Manifest } from "../../../core/evidence/index.js";
import {
  buildSiteModel,
  html,
  renderSite,
  type SitePack,
  siteConfigSchema,
  sitePageUrl,
} from "../../../core/site/index.js";

const COMMIT = "c".repeat(40);

function manifest(
  scope: "pilot" | "release" | "incident",
  id: string,
  createdAt: string,
): Manifest {
  return {
    version: 1,
    scope,
    id,
    commit: COMMIT,
    createdAt,
    files: [],
    previous: null,
    signed: false,
    keyids: [],
  };
}

function smoke(passed: number, executed: number, suite = "ui", name = "signs in") {
  return {
    version: 1,
    gate: "smoke",
    status: passed === executed ? "pass" : "fail",
    counts: {
      total: executed,
      executed,
      passed,
      failed: executed - passed,
      errored: 0,
      skipped: 0,
      flaky: 0,
    },
    reasons: [],
    commands: [],
    junit: { patterns: [], files: [] },
    suites: { expected: [], found: [suite], missing: [] },
    scenarios: Array.from({ length: executed }, (_, i) => ({
      name: `${name} ${i}`,
      suite,
      suitePath: [suite],
      file: "junit.xml",
      tags: [],
      result: i < passed ? "passed" : "failed",
      attempts: [],
    })),
  };
}

function readiness(verdict: "GO" | "NO-GO", at: string, threshold = 0.95) {
  return {
    version: 1,
    kind: "readiness",
    sha: COMMIT,
    verdict,
    evaluated_at: at,
    blockers: verdict === "GO" ? [] : ["success-rate"],
    warnings: [],
    criteria: [
      {
        id: "success-rate",
        title: "Smoke success rate",
        level: "blocking",
        status: verdict === "GO" ? "pass" : "fail",
        summary: "measured",
        evidence: { values: { threshold }, items: [] },
      },
    ],
    notes: [],
  };
}

function pack(
  scope: "pilot" | "release" | "incident",
  id: string,
  createdAt: string,
  documents: SitePack["documents"],
  status: "pass" | "fail" = "pass",
): SitePack {
  return {
    scope,
    id,
    path: `evidence/${scope}/${id}`,
    status,
    findings:
      status === "fail"
        ? [
            {
              kind: "tampered",
              severity: "error",
              pack: `evidence/${scope}/${id}`,
              message: "reports/smoke.json was modified",
            },
          ]
        : [],
    manifest: manifest(scope, id, createdAt),
    manifestDigest: `sha256:${"a".repeat(64)}`,
    signed: false,
    verifiedKeyids: [],
    documents,
  };
}

describe("buildSiteModel", () => {
  it("takes one success-rate point per day from verified pilot runs, with the reports' threshold", () => {
    const model = buildSiteModel([
      pack("pilot", "c1", "2026-05-01T06:00:00Z", [
        { path: "reports/smoke.json", json: smoke(9, 10) },
      ]),
      pack("pilot", "c2", "2026-05-01T18:00:00Z", [
        { path: "reports/smoke.json", json: smoke(10, 10) },
      ]),
      pack("pilot", "c3", "2026-05-02T06:00:00Z", [
        { path: "reports/smoke.json", json: smoke(4, 4) },
        { path: "reports/readiness.json", json: readiness("GO", "2026-05-02T06:00:00Z", 0.9) },
      ]),
    ]);
    expect(model.trends.days).toEqual(["2026-05-01", "2026-05-02"]);
    expect(model.trends.successRate.values).toEqual([0.95, 1]);
    expect(model.trends.threshold).toBe(0.9);
    expect(model.current?.readiness.verdict).toBe("GO");
  });

  it("never uses a report of a pack that fails verification, for a point or for the verdict", () => {
    const model = buildSiteModel([
      pack("pilot", "c1", "2026-05-01T06:00:00Z", [
        { path: "reports/smoke.json", json: smoke(1, 10) },
      ]),
      pack(
        "release",
        "v1.0.0",
        "2026-05-03T06:00:00Z",
        [{ path: "reports/readiness.json", json: readiness("GO", "2026-05-03T06:00:00Z") }],
        "fail",
      ),
      pack(
        "pilot",
        "c2",
        "2026-05-02T06:00:00Z",
        [{ path: "reports/smoke.json", json: smoke(10, 10) }],
        "fail",
      ),
    ]);
    expect(model.trends.days).toEqual(["2026-05-01"]);
    expect(model.trends.successRate.values).toEqual([0.1]);
    expect(model.current).toBeUndefined();
    expect(model.failed.map((p) => p.id)).toEqual(["c2", "v1.0.0"]);
    expect(model.releases[0]?.reports.readiness).toBeUndefined();
  });

  it("lists a report that names its kind but does not fit the schema, and does not use it", () => {
    const model = buildSiteModel([
      pack("pilot", "c1", "2026-05-01T06:00:00Z", [
        { path: "reports/smoke.json", json: { gate: "smoke", counts: "lots" } },
      ]),
    ]);
    const run = model.pilotRuns[0];
    expect(run?.reports.smoke).toBeUndefined();
    expect(run?.reports.unreadable[0]).toMatch(
      /^reports\/smoke\.json is not a valid smoke report: /,
    );
    expect(model.trends.successRate.values).toEqual([null]);
  });

  it("counts incidents opened and closed between sweeps, and breaches per day", () => {
    const sweep = (at: string, incidents: [number, string, string][]) => ({
      path: "files/incidents.json",
      json: {
        kind: "incidents-sweep",
        at,
        incidents: incidents.map(([number, severity, state]) => ({
          number,
          severity,
          clocks: [{ state }],
        })),
      },
    });
    const model = buildSiteModel([
      pack("pilot", "c1", "2026-05-01T06:00:00Z", [sweep("x", [[1, "critical", "running"]])]),
      pack("pilot", "c2", "2026-05-02T06:00:00Z", [
        sweep("x", [
          [2, "high", "breached"],
          [3, "high", "breached"],
        ]),
      ]),
    ]);
    expect(model.trends.incidentsOpened).toEqual([
      { name: "critical", values: [1, 0] },
      { name: "high", values: [0, 2] },
    ]);
    expect(model.trends.incidentsClosed).toEqual([
      { name: "critical", values: [0, 1] },
      { name: "high", values: [0, 0] },
    ]);
    expect(model.trends.slaBreaches.values).toEqual([0, 2]);
  });
});

describe("renderSite", () => {
  it("shows a failed pack as failed with why, and the verdict of the verified one", () => {
    const files = renderSite(
      buildSiteModel([
        pack("release", "v1.0.0", "2026-05-01T06:00:00Z", [
          { path: "reports/readiness.json", json: readiness("NO-GO", "2026-05-01T06:00:00Z") },
        ]),
        pack("release", "v1.1.0", "2026-05-02T06:00:00Z", [], "fail"),
      ]),
    );
    const index = files.find((f) => f.path === "index.html")?.text ?? "";
    expect(index).toContain('<span class="verdict NO-GO">NO-GO</span>');
    expect(index).toContain(
      'evidence/release/v1.1.0</strong>: <span class="failed">fails verification',
    );
    expect(index).toContain("reports/smoke.json was modified");
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        "site.css",
        "trends.html",
        "summary.html",
        "releases/v1.0.0.html",
        "releases/v1.1.0.html",
      ]),
    );
  });

  it("escapes user text from reports: a scenario name cannot open a tag", () => {
    const hostile = `<script>alert(1)</script><img src=x onerror="x">&amp;`;
    const files = renderSite(
      buildSiteModel([
        pack("pilot", "c1", "2026-05-01T06:00:00Z", [
          { path: "reports/smoke.json", json: smoke(0, 1, hostile, hostile) },
        ]),
      ]),
    );
    for (const file of files) {
      expect(file.text).not.toContain("<script");
      expect(file.text).not.toContain("<img");
    }
    expect(files.find((f) => f.path === "pilot/c1.html")?.text).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;x&quot;&gt;&amp;amp; 0",
    );
  });
});

describe("rollbacks", () => {
  /** The record `pilot-gate rollback run` packs, with `name` as a failed check's name and `url` its link. */
  function record(name: string, url: string) {
    return {
      version: 1,
      kind: "rollback-incident",
      rolledBack: { tag: "v1.3.0", sha: "3".repeat(40) },
      target: { tag: "v1.2.0", sha: "1".repeat(40) },
      freeze: { issue: 91, url: "https://github.com/acme/app/issues/91" },
      checks: {
        read: true,
        total: 3,
        notSucceeded: [{ name, status: "completed", conclusion: "failure", url }],
      },
      reproduce: ["git checkout 3333", "npm run smoke"],
    };
  }

  it("lists each rollback on the overview and gives it a page with its record", () => {
    const files = renderSite(
      buildSiteModel([
        pack("incident", "rollback-v1.3.0", "2026-05-03T06:00:00Z", [
          { path: "files/incident.json", json: record("smoke", "https://ci.example.com/4") },
        ]),
      ]),
    );
    const index = files.find((f) => f.path === "index.html")?.text ?? "";
    expect(index).toContain("<h2>Rollbacks</h2>");
    expect(index).toMatch(
      /<tr data-rollback="rollback-v1\.3\.0"><th scope="row"><a href="rollbacks\/rollback-v1\.3\.0\.html">rollback-v1\.3\.0<\/a><\/th><td>v1\.3\.0 <code>333333333333<\/code><\/td><td>v1\.2\.0 <code>111111111111<\/code><\/td><td><a href="https:\/\/github\.com\/acme\/app\/issues\/91">#91<\/a><\/td><td>1 of 3<\/td>/,
    );
    const page = files.find((f) => f.path === "rollbacks/rollback-v1.3.0.html")?.text ?? "";
    expect(page).toContain("<h1>Rollback rollback-v1.3.0</h1>");
    expect(page).toContain('<a href="https://ci.example.com/4">smoke</a>: failure');
    expect(page).toContain("<pre><code>git checkout 3333\nnpm run smoke</code></pre>");
  });

  it("links only https addresses from a record and escapes its text", () => {
    const files = renderSite(
      buildSiteModel([
        pack("incident", "rollback-v1.3.0", "2026-05-03T06:00:00Z", [
          { path: "files/incident.json", json: record("<img src=x>", "javascript:alert(1)") },
        ]),
      ]),
    );
    const page = files.find((f) => f.path === "rollbacks/rollback-v1.3.0.html")?.text ?? "";
    expect(page).not.toContain("javascript:");
    expect(page).not.toContain("<img");
    expect(page).toContain("&lt;img src=x&gt;: failure");
  });

  it("shows nothing of a rollback pack that fails verification", () => {
    const files = renderSite(
      buildSiteModel([
        pack(
          "incident",
          "rollback-v1.3.0",
          "2026-05-03T06:00:00Z",
          [{ path: "files/incident.json", json: record("smoke", "https://ci.example.com/4") }],
          "fail",
        ),
      ]),
    );
    const index = files.find((f) => f.path === "index.html")?.text ?? "";
    expect(index).toContain('<td colspan="4" class="muted">not shown</td>');
    expect(index).not.toContain("1 of 3");
  });
});

describe("html", () => {
  it("leaves no tag, attribute quote or entity of any text unescaped", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const out = html`<p title="${text}">${text}</p>`.value;
        const inner = out.slice(out.indexOf(">") + 1, out.lastIndexOf("</p>"));
        expect(inner).not.toMatch(/[<>"']/);
        expect(inner.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
      }),
    );
  });
});

describe("site.url", () => {
  it("names a page of the site, with or without a trailing slash", () => {
    const page = (url: string) =>
      sitePageUrl(siteConfigSchema.parse({ url }), "trends.html#protection-tiers");
    expect(page("https://acme.github.io/app")).toBe(
      "https://acme.github.io/app/trends.html#protection-tiers",
    );
    expect(page("https://acme.github.io/app/")).toBe(
      "https://acme.github.io/app/trends.html#protection-tiers",
    );
    expect(sitePageUrl(siteConfigSchema.parse({}), "index.html")).toBeUndefined();
  });

  it("takes only an https address", () => {
    for (const url of [
      "http://acme.github.io/app/",
      "javascript:alert(1)",
      "file:///etc/passwd",
      "acme.github.io",
    ]) {
      expect(siteConfigSchema.safeParse({ url }).success, url).toBe(false);
    }
  });
});
