import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GitRunner } from "../../cli/io.js";
import { readinessReportSchema } from "../../core/gates/readiness/index.js";
import { run, tempDir } from "./helpers.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";

function readiness(verdict: "GO" | "NO-GO", sha = SHA) {
  return readinessReportSchema.parse({
    version: 1,
    kind: "readiness",
    sha,
    verdict,
    evaluated_at: "2026-05-01T10:00:00Z",
    blockers: verdict === "GO" ? [] : ["p0-incidents"],
    warnings: [],
    criteria: [],
    notes: [],
  });
}

async function setup(report: unknown): Promise<string> {
  const cwd = await tempDir();
  await writeFile(join(cwd, "readiness.json"), JSON.stringify(report));
  return cwd;
}

const tags =
  (list: string[]): GitRunner =>
  (args) => {
    expect(args).toEqual(["tag", "--list"]);
    return `${list.join("\n")}\n`;
  };

const decide = (version: string, kind: string) => [
  "release",
  "decide",
  "--version",
  version,
  "--kind",
  kind,
  "--sha",
  SHA,
  "--readiness",
  "readiness.json",
];

describe("pilot-gate release decide", () => {
  it("allows the next rc on GO and exits 0", async () => {
    const cwd = await setup(readiness("GO"));
    const result = await run(decide("v1.2.0-rc.10", "rc"), {
      cwd,
      git: tags(["v1.1.0", "v1.2.0-rc.9", "nightly"]),
    });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(`Tag v1.2.0-rc.10 on ${SHA}`);
    expect(result.stdout).toContain("previous  v1.2.0-rc.9");
  });

  it("refuses on NO-GO with the blockers, exit 1, as JSON", async () => {
    const cwd = await setup(readiness("NO-GO"));
    const result = await run([...decide("v1.2.0", "ga"), "--json"], { cwd, git: tags([]) });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({
      kind: "release-decision",
      decision: { action: "refuse", tag: "v1.2.0" },
      readiness: { verdict: "NO-GO", blockers: ["p0-incidents"] },
    });
    expect(json.decision.reasons.join("\n")).toMatch(/blockers: p0-incidents/);
  });

  it("refuses a GO on another commit", async () => {
    const cwd = await setup(readiness("GO", "f".repeat(40)));
    const result = await run(decide("v1.2.0", "ga"), { cwd, git: tags([]) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Refused v1\.2\.0[\s\S]*judged f{40}/);
  });

  it("refuses a version that is not higher than the last release", async () => {
    const cwd = await setup(readiness("GO"));
    const result = await run(decide("v1.0.0", "ga"), { cwd, git: tags(["v1.1.0"]) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/not higher than the last ga release v1\.1\.0/);
  });

  it.each([
    ["no kind", ["release", "decide", "--version", "v1.0.0"], /--kind is required/],
    ["a bad kind", [...decide("v1.0.0", "beta")], /--kind "beta" is not a release kind/],
    ["no sha", ["release", "decide", "--version", "v1", "--kind", "ga"], /--sha is required/],
    ["an unknown subcommand", ["release", "publish"], /unknown release command "publish"/],
  ])("exits 2 on %s", async (_name, argv, message) => {
    const result = await run(argv, { git: tags([]) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("exits 2 on a file that is not a readiness report", async () => {
    const cwd = await setup({ verdict: "GO" });
    const result = await run(decide("v1.0.0", "ga"), { cwd, git: tags([]) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/readiness.json is not a readiness report/);
  });

  it("exits 2 when the tags cannot be listed", async () => {
    const cwd = await setup(readiness("GO"));
    const result = await run(decide("v1.0.0", "ga"), { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot list the tags .*fetch-depth: 0/);
  });
});
