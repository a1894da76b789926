import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readinessReportSchema } from "../../core/gates/readiness/index.js";
import type { GitRunner } from "../../engine/io.js";
import {
  countRequests,
  githubScope,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "../app/helpers/github.js";
import { run, STACK_LINE, tempDir, writeLargeFile } from "./helpers.js";

// Every request publish makes is checked against GitHub's OpenAPI description.
useGitHubMock();

const SHA = "0123456789abcdef0123456789abcdef01234567";

/** The clock of the runs below that care: a day after the reports were judged. */
const LATER = () => new Date("2026-05-02T10:00:00Z");

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
  it("refuses a readiness report over 64 MiB unread (exit 2)", async () => {
    const cwd = await tempDir();
    await writeLargeFile(cwd, "readiness.json", 65 * 1024 * 1024, "{");
    const result = await run(decide("v1.2.0", "ga"), { cwd, git: tags([]) });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /readiness\.json is 68,157,440 bytes, over the limit of 67,108,864 bytes \(64 MiB\)/,
    );
  });

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
    [
      "an unknown subcommand",
      ["release", "tag"],
      /unknown release command "tag".*decide or publish/,
    ],
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

  it("exits 2 on an rc of a version below the last shipped ga, saying why", async () => {
    const cwd = await setup(readiness("GO"));
    const result = await run([...decide("v1.0.5-rc.1", "rc"), "--json"], {
      cwd,
      git: tags(["v1.0.0", "v1.1.0", "v1.2.0-rc.1"]),
      now: LATER,
    });
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toBe(
      "pilot-gate: nothing was decided: v1.0.5-rc.1 is below v1.1.0, the last ga release: a release candidate comes before its release, never after it. Pass an rc of a version above v1.1.0, e.g. v1.2.0-rc.1.\n",
    );
  });

  it.each([
    [
      "GO with blockers",
      { verdict: "GO", blockers: ["p0-incidents"] },
      /verdict is GO but it lists blockers \(p0-incidents\)/,
    ],
    [
      "NO-GO with no blocker",
      { verdict: "NO-GO", blockers: [] },
      /verdict is NO-GO but it lists no blocker/,
    ],
    [
      "a report judged in the future",
      { evaluated_at: "2026-05-02T10:05:01Z" },
      /evaluated_at 2026-05-02T10:05:01Z is 5 min 1 s after now \(2026-05-02T10:00:00\.000Z\), more than the 5 min clocks may differ: the report is not from this run, or a clock is wrong/,
    ],
    [
      "a report with no time",
      { evaluated_at: "yesterday" },
      /evaluated_at "yesterday" is not a time/,
    ],
  ])("exits 2 on a readiness report that cannot be true: %s", async (_name, change, message) => {
    const cwd = await setup({ ...readiness("GO"), ...change });
    const result = await run(decide("v1.2.0", "ga"), { cwd, git: tags([]), now: LATER });
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(
      /^pilot-gate: --readiness readiness\.json cannot be used, nothing was decided: /,
    );
    expect(result.stderr).toMatch(message);
  });

  it("accepts a report judged a moment ahead of this clock (clock skew)", async () => {
    const cwd = await setup({ ...readiness("GO"), evaluated_at: "2026-05-02T10:04:59Z" });
    const result = await run(decide("v1.2.0", "ga"), { cwd, git: tags([]), now: LATER });
    expect(result).toMatchObject({ code: 0, stderr: "" });
  });

  it("exits 2 when the tags cannot be listed", async () => {
    const cwd = await setup(readiness("GO"));
    const result = await run(decide("v1.0.0", "ga"), { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot list the tags .*fetch-depth: 0/);
  });
});

describe("pilot-gate release publish", () => {
  const TAG_OBJECT = "c".repeat(40);
  const ENV = { GITHUB_TOKEN: "ghp_test", PILOT_GATE_NO_RETRY: "1" };
  const NOTES = "## Readiness: GO\n\n- Statement digest `sha256:abc`\n";

  async function notes(): Promise<string> {
    const cwd = await tempDir();
    await writeFile(join(cwd, "notes.md"), NOTES);
    return cwd;
  }

  const publish = (tag: string, kind: string, ...extra: string[]) => [
    "release",
    "publish",
    "--repo",
    "Codertocat/Hello-World",
    "--tag",
    tag,
    "--sha",
    SHA,
    "--kind",
    kind,
    "--notes-file",
    "notes.md",
    ...extra,
  ];

  function tagAndRef(tag: string, message: string, refStatus = 201) {
    const scope = githubScope();
    scope
      .post(`${REPO_PATH}/git/tags`, { tag, message, object: SHA, type: "commit" })
      .reply(201, { sha: TAG_OBJECT, tag, object: { sha: SHA, type: "commit" } });
    scope
      .post(`${REPO_PATH}/git/refs`, { ref: `refs/tags/${tag}`, sha: TAG_OBJECT })
      .reply(
        refStatus,
        refStatus < 300 ? { ref: `refs/tags/${tag}` } : { message: "Reference already exists" },
      );
    return scope;
  }

  it("publishes an rc as a prerelease in 3 requests and exits 0", async () => {
    const scope = tagAndRef("v1.2.0-rc.1", "tagged by the workflow");
    scope
      .post(`${REPO_PATH}/releases`, {
        tag_name: "v1.2.0-rc.1",
        name: "v1.2.0-rc.1",
        body: NOTES,
        prerelease: true,
      })
      .reply(201, {
        id: 9,
        html_url: "https://github.com/Codertocat/Hello-World/releases/tag/v1.2.0-rc.1",
      });

    const result = await run(publish("v1.2.0-rc.1", "rc", "--message", "tagged by the workflow"), {
      cwd: await notes(),
      env: ENV,
    });

    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(`Published v1.2.0-rc.1 on ${SHA} in Codertocat/Hello-World`);
    expect(result.stdout).toContain("releases/tag/v1.2.0-rc.1 (prerelease)");
    expect(countRequests(recorded).total).toBe(3);
  });

  it("prints JSON with the default ga tag message", async () => {
    const scope = tagAndRef("v1.2.0", `v1.2.0 (release) on ${SHA}`);
    scope
      .post(`${REPO_PATH}/releases`, {
        tag_name: "v1.2.0",
        name: "v1.2.0",
        body: NOTES,
        prerelease: false,
      })
      .reply(201, { id: 10, html_url: "u" });

    const result = await run(publish("v1.2.0", "ga", "--json"), { cwd: await notes(), env: ENV });

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      kind: "release-publish",
      repository: "Codertocat/Hello-World",
      tag: "v1.2.0",
      sha: SHA,
      outcome: "published",
      prerelease: false,
      tag_object: TAG_OBJECT,
      release_id: 10,
      release_url: "u",
      truncated: false,
      requests: 3,
    });
  });

  it("refuses with exit 1 when the tag already exists", async () => {
    tagAndRef("v1.2.0", `v1.2.0 (release) on ${SHA}`, 422);

    const result = await run(publish("v1.2.0", "ga"), { cwd: await notes(), env: ENV });

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /Refused the tag v1\.2\.0 already exists .*nothing was overwritten/,
    );
    expect(countRequests(recorded).total).toBe(2);
  });

  it("exits 2 with what was created when the release fails", async () => {
    tagAndRef("v1.2.0", `v1.2.0 (release) on ${SHA}`)
      .post(`${REPO_PATH}/releases`)
      .reply(500, { message: "Server Error" });

    const result = await run(publish("v1.2.0", "ga"), { cwd: await notes(), env: ENV });

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the tag v1\.2\.0 was created .* but the release was not \(500/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("makes no request on --dry-run, even without a token", async () => {
    const result = await run(publish("v1.2.0-rc.1", "rc", "--dry-run"), { cwd: await notes() });

    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("Dry run: nothing was created in Codertocat/Hello-World");
    expect(result.stdout).toContain("would create  GitHub release v1.2.0-rc.1 (prerelease)");
    expect(recorded).toEqual([]);
  });

  it.each([
    ["no token", publish("v1.2.0", "ga"), {}, /GITHUB_TOKEN is not set/],
    ["no --notes-file", publish("v1.2.0", "ga").slice(0, -2), ENV, /--notes-file is required/],
    [
      "a tag of the other kind",
      publish("v1.2.0", "rc"),
      ENV,
      /--tag "v1\.2\.0" is not an rc release tag/,
    ],
    [
      "a short sha",
      [...publish("v1.2.0", "ga"), "--sha", "abc1234"],
      ENV,
      /--sha "abc1234" is not a full commit id/,
    ],
    [
      "a bad repo",
      [...publish("v1.2.0", "ga"), "--repo", "acme"],
      ENV,
      /--repo "acme" is not a repository/,
    ],
    [
      "a missing notes file",
      [...publish("v1.2.0", "ga"), "--notes-file", "nope.md"],
      ENV,
      /nope\.md/,
    ],
  ])("exits 2 on %s, with no request", async (_name, argv, env, message) => {
    const result = await run(argv, { cwd: await notes(), env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(recorded).toEqual([]);
  });
});
