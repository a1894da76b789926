import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  chainHead,
  parseRecords,
  type RecordFields,
  renderRecordLine,
  type ScenarioRecord,
  sealRecord,
} from "../../../core/gates/pilot/records.js";
import { handle } from "../../../core/render/escape.js";
import {
  API,
  countRequests,
  githubScope,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "../../app/helpers/github.js";
import { run as baseRun, type RunResult, tempDir, writeLargeFile } from "../helpers.js";

// Every request is checked against GitHub's OpenAPI description.
useGitHubMock();

const NOW = new Date("2025-06-03T10:30:00Z");
const ENV = {
  GITHUB_TOKEN: "ghs_workflow",
  GITHUB_REPOSITORY: "Codertocat/Hello-World",
  PILOT_GATE_NO_RETRY: "1",
};
const FOLDER = "pilots/m6-pilot/2025-06-02";
const REF_PATH = `${REPO_PATH}/git/ref/heads%2Fpilot-evidence`;
const REFS_PATH = `${REPO_PATH}/git/refs/heads%2Fpilot-evidence`;
const FILE_PATH = `${REPO_PATH}/contents/pilots%2Fm6-pilot%2F2025-06-02%2Frecords.jsonl`;
const HEAD = "a".repeat(40);
const HEAD_TREE = "b".repeat(40);
const NEW_COMMIT = "d".repeat(40);
const ISSUE = 1347;

const run = (argv: string[], cwd: string, env: Record<string, string> = ENV): Promise<RunResult> =>
  baseRun(argv, { cwd, env, now: () => NOW });

/** A started pilot whose first placeholder client is renamed to a real one. */
async function pilot(): Promise<string> {
  const cwd = await tempDir();
  await baseRun(["pilot", "start", "--name", "m6-pilot"], {
    cwd,
    now: () => new Date("2025-06-02T09:00:00Z"),
  });
  const manifest = readFileSync(join(cwd, "pilot.yml"), "utf8");
  writeFileSync(join(cwd, "pilot.yml"), manifest.replace("client-1", "Acme Logistics"));
  return cwd;
}

const refAnswer = (sha: string) => ({
  ref: "refs/heads/pilot-evidence",
  node_id: "REF",
  url: `${API}${REPO_PATH}/git/refs/heads/pilot-evidence`,
  object: { type: "commit", sha, url: `${API}${REPO_PATH}/git/commits/${sha}` },
});

/** The evidence branch at HEAD with `records` (none: no file yet), and the append answered; returns the uploaded text. */
function appendOnBranch(records: ScenarioRecord[] | undefined): { uploaded: string[] } {
  const scope = githubScope();
  const uploaded: string[] = [];
  scope.get(REF_PATH).reply(200, refAnswer(HEAD));
  const file = scope.get(FILE_PATH).query({ ref: HEAD });
  if (records === undefined) file.reply(404, { message: "Not Found" });
  else file.reply(200, records.map(renderRecordLine).join(""));
  scope
    .get(`${REPO_PATH}/git/commits/${HEAD}`)
    .reply(200, { sha: HEAD, tree: { sha: HEAD_TREE, url: "" } });
  scope.post(`${REPO_PATH}/git/blobs`).reply(201, (_uri, body) => {
    uploaded.push(Buffer.from((body as { content: string }).content, "base64").toString("utf8"));
    return { sha: "1".repeat(40), url: "" };
  });
  scope.post(`${REPO_PATH}/git/trees`).reply(201, { sha: "c".repeat(40) });
  scope.post(`${REPO_PATH}/git/commits`).reply(201, { sha: NEW_COMMIT });
  scope.patch(REFS_PATH, { sha: NEW_COMMIT, force: false }).reply(200, refAnswer(NEW_COMMIT));
  return { uploaded };
}

describe("pilot-gate pilot record --commit", () => {
  const args = ["pilot", "record", "--client", "Acme Logistics", "--scenario", "create-a-lead"];

  it("appends the record to the run folder's records on the evidence branch, not the checkout", async () => {
    const cwd = await pilot();
    const before = sealRecord(
      {
        at: "2025-06-02T10:00:00.000Z",
        client: "Acme Logistics",
        scenario: "Create a lead",
        result: "fail",
        error: "500",
      },
      null,
    );
    const { uploaded } = appendOnBranch([before]);

    const result = await run([...args, "--result", "pass", "--commit", "--json"], cwd);

    expect(result).toMatchObject({ code: 0, stderr: "" });
    const records = parseRecords(uploaded[0] as string);
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual(before);
    expect(records[1]).toMatchObject({ result: "pass", prev: before.digest });
    expect(JSON.parse(result.stdout)).toEqual({
      file: `${FOLDER}/records.jsonl`,
      branch: "pilot-evidence",
      repository: "Codertocat/Hello-World",
      record: records[1],
      commit: NEW_COMMIT,
      count: 2,
    });
    expect(existsSync(join(cwd, FOLDER, "records.jsonl"))).toBe(false);
    expect(countRequests(recorded).total).toBe(7);
  });

  it("makes no request on --dry-run, even without a token", async () => {
    const cwd = await pilot();
    const result = await run([...args, "--result", "pass", "--commit", "--dry-run"], cwd, {
      GITHUB_REPOSITORY: "Codertocat/Hello-World",
    });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(
      `Dry run: nothing was committed; would append pass of "Create a lead" for Acme Logistics`,
    );
    expect(recorded).toEqual([]);
    expect(existsSync(join(cwd, FOLDER, "records.jsonl"))).toBe(false);
  });

  it.each([["--dry-run"], ["--branch", "elsewhere"], ["--repo", "acme/app"]])(
    "refuses %s without --commit, writing nothing",
    async (...option) => {
      const cwd = await pilot();
      const result = await run([...args, "--result", "pass", ...option], cwd);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`unknown option ${option[0]}`);
      expect(existsSync(join(cwd, FOLDER, "records.jsonl"))).toBe(false);
    },
  );
});

// biome-ignore lint/suspicious/noExplicitAny: example payloads are untyped JSON.
type Json = any;
const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples") as { name: string; examples: Json[] }[];

/** Form answers as GitHub renders a submitted form: `### <label>`, `_No response_` when empty. */
function formBody(answers: Partial<Record<string, string>> = {}): string {
  const all = {
    Client: "Acme Logistics",
    Scenario: "Create a lead",
    Result: "fail",
    Error: "Saving the lead returned HTTP 500",
    When: "2025-06-03T09:15:00+02:00",
    ...answers,
  };
  return Object.entries(all)
    .map(([label, value]) => `### ${label}\n\n${value === "" ? "_No response_" : value}`)
    .join("\n\n");
}

/** GitHub's issues.opened example, its body replaced by a pilot-scenario form's. */
async function issueEvent(
  cwd: string,
  options: { body?: string; association?: string; labels?: string[]; action?: string } = {},
): Promise<string> {
  const example = structuredClone(
    examples.find((e) => e.name === "issues")?.examples.find((e) => e.action === "opened"),
  );
  example.action = options.action ?? "opened";
  example.repository.full_name = "Codertocat/Hello-World";
  example.issue.number = ISSUE;
  example.issue.body = options.body ?? formBody();
  example.issue.author_association = options.association ?? "MEMBER";
  example.issue.labels = (options.labels ?? ["pilot-scenario"]).map((name, id) => ({
    ...example.issue.labels?.[0],
    id,
    name,
  }));
  const path = join(cwd, "event.json");
  writeFileSync(path, JSON.stringify(example));
  return path;
}

const fromIssue = (cwd: string, ...extra: string[]) =>
  run(["pilot", "record", "--from-issue", "event.json", ...extra], cwd);

/** The comment posted on the issue, its body kept. */
function comment(): { body: string[] } {
  const body: string[] = [];
  githubScope()
    .post(`${REPO_PATH}/issues/${ISSUE}/comments`, (sent: { body: string }) => {
      body.push(sent.body);
      return true;
    })
    .reply(201, { id: 1, html_url: "" });
  return { body };
}

describe("pilot-gate pilot record --from-issue", () => {
  it("records a member's form, answers with the record's digest and closes the issue", async () => {
    const cwd = await pilot();
    await issueEvent(cwd);
    const { uploaded } = appendOnBranch(undefined);
    const receipt = comment();
    githubScope()
      .patch(`${REPO_PATH}/issues/${ISSUE}`, { state: "closed", state_reason: "completed" })
      .reply(200, {});

    const result = await fromIssue(cwd);

    expect(result).toMatchObject({ code: 0, stderr: "" });
    const [record] = parseRecords(uploaded[0] as string);
    expect(record).toMatchObject({
      client: "Acme Logistics",
      scenario: "Create a lead",
      result: "fail",
      error: "Saving the lead returned HTTP 500",
      at: "2025-06-03T07:15:00.000Z",
      source: { issue: ISSUE },
      prev: null,
    });
    expect(receipt.body[0]).toContain(`record digest \`${record?.digest}\``);
    expect(receipt.body[0]).toContain(
      `\`${FOLDER}/records.jsonl\` on the \`pilot-evidence\` branch`,
    );
    expect(result.stdout).toContain(
      `recorded fail of "Create a lead" for Acme Logistics from #${ISSUE}`,
    );
    expect(countRequests(recorded).total).toBe(9);
  });

  it("adds nothing on a redelivery once the issue's record is in and the issue closed", async () => {
    const cwd = await pilot();
    await issueEvent(cwd, { action: "edited", body: formBody({ Result: "pass", Error: "" }) });
    const fields: RecordFields = {
      at: "2025-06-03T07:15:00.000Z",
      client: "Acme Logistics",
      scenario: "Create a lead",
      result: "fail",
      error: "Saving the lead returned HTTP 500",
      source: { issue: ISSUE },
    };
    const records: ScenarioRecord[] = [sealRecord(fields, null)];
    const scope = githubScope();
    scope.get(REF_PATH).reply(200, refAnswer(HEAD));
    scope
      .get(FILE_PATH)
      .query({ ref: HEAD })
      .reply(200, renderRecordLine(records[0] as ScenarioRecord));
    scope.get(`${REPO_PATH}/issues/${ISSUE}`).reply(200, {
      ...examples.find((e) => e.name === "issues")?.examples.find((e) => e.action === "closed")
        ?.issue,
      number: ISSUE,
      state: "closed",
    });

    const result = await fromIssue(cwd);

    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(
      `#${ISSUE} was already recorded (digest ${chainHead(records)}); no second record`,
    );
    expect(countRequests(recorded).byOperation).toEqual({
      "GET /repos/{owner}/{repo}/git/ref/{ref}": 1,
      "GET /repos/{owner}/{repo}/contents/{path}": 1,
      "GET /repos/{owner}/{repo}/issues/{issue_number}": 1,
    });
  });

  it("refuses an author without write access in an escaped comment, recording nothing", async () => {
    const cwd = await pilot();
    await issueEvent(cwd, { association: "NONE" });
    const refusal = comment();

    const result = await fromIssue(cwd);

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /refused #1347: its author has no write access; nothing was recorded/,
    );
    expect(refusal.body[0]).toMatch(
      new RegExp(`^Nothing was recorded: ${handle("Codertocat")} has no write access`),
    );
    expect(refusal.body[0]).toContain("author association `NONE`");
    expect(countRequests(recorded).total).toBe(1);
  });

  it("tells an outsider once, when the issue opens: their edits and the form's label event write nothing", async () => {
    for (const action of ["edited", "labeled"]) {
      const cwd = await pilot();
      await issueEvent(cwd, { action, association: "NONE" });
      const mark = recorded.length;

      const result = await fromIssue(cwd);

      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/refused #1347: its author has no write access/);
      expect(recorded.slice(mark)).toEqual([]);
    }
  });

  it("lists what to fix, escaped, and records nothing for an unknown client and a bad date", async () => {
    const cwd = await pilot();
    await issueEvent(cwd, {
      body: formBody({ Client: "<img src=x onerror=alert(1)> @everyone", When: "tomorrow" }),
    });
    const problems = comment();

    const result = await fromIssue(cwd);

    expect(result.code).toBe(1);
    const body = problems.body[0] as string;
    expect(body).toMatch(/^Nothing was recorded\. Fix these in the issue/);
    expect(body).toContain("is not a client of pilot.yml; write one of: Acme Logistics");
    expect(body).toContain("is not a date-time with its offset");
    expect(body).not.toContain("<img");
    expect(body).not.toContain(" @everyone");
    expect(countRequests(recorded).total).toBe(1);
  });

  it("makes no request on --dry-run", async () => {
    const cwd = await pilot();
    await issueEvent(cwd);
    const result = await run(
      ["pilot", "record", "--from-issue", "event.json", "--dry-run"],
      cwd,
      {},
    );
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(
      `Dry run: nothing was committed; would record fail of "Create a lead" for Acme Logistics from #${ISSUE}`,
    );
    expect(recorded).toEqual([]);
  });

  it("leaves an issue without the pilot-scenario label alone", async () => {
    const cwd = await pilot();
    await issueEvent(cwd, { labels: ["bug"] });
    const result = await fromIssue(cwd);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(`nothing to record: #${ISSUE} has no pilot-scenario label`);
    expect(recorded).toEqual([]);
  });

  it("refuses a payload over its size limit unread", async () => {
    const cwd = await pilot();
    await writeLargeFile(cwd, "event.json", 2 * 1024 * 1024 + 1, '{"action":"opened",');
    const result = await fromIssue(cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/2,097,153 bytes, over the limit of 2,097,152 bytes/);
    expect(recorded).toEqual([]);
  });

  it.each([
    ["not JSON", "{", /is not JSON/],
    [
      "not an issues event",
      JSON.stringify({ action: "created" }),
      /is not an issues event payload \(issue:/,
    ],
  ])("refuses a payload that is %s", async (_name, text, message) => {
    const cwd = await pilot();
    writeFileSync(join(cwd, "event.json"), text);
    const result = await fromIssue(cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(recorded).toEqual([]);
  });
});
