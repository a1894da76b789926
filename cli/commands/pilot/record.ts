import { appendFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import {
  appendRecord,
  ISO_INSTANT,
  RECORDS_FILE,
  type RecordFields,
  resolveScenario,
  SCENARIO_RESULTS,
  type ScenarioRecord,
  type ScenarioResult,
} from "../../../core/gates/pilot/records.js";
import { scenarioIssueEventSchema } from "../../../core/gates/pilot/scenario-form.js";
import { UsageError } from "../../../core/index.js";
import {
  ISSUE_EVENT_LIMIT,
  RECORD_ERROR_LIMIT,
  RECORDS_LIMIT,
  utf8Length,
} from "../../../core/limits.js";
import { loadConfig } from "../../../engine/config/checkout.js";
import type { EventDeps } from "../../../engine/event.js";
import { type CliIO, displayPath, readOptionalFile, readTextFile } from "../../../engine/io.js";
import {
  commitRecord,
  type IssueRecordOutcome,
  type RecordTarget,
  recordFromIssue,
} from "../../../engine/pilot/records.js";
import type { GitHubClient } from "../../../github/client.js";
import { GitHubApiError } from "../../../github/errors.js";
import { DEFAULT_EVIDENCE_BRANCH, GitDataError } from "../../../github/git-data.js";
import { ArgumentError, closest, parseOrExplain } from "../../args.js";
import { repositoryOf } from "../../github.js";
import { HELP } from "../../help.js";
import { tokenClient } from "../../repository-config.js";
import { readManifest, runFolder } from "./run-folder.js";

const OPTIONS = {
  client: { type: "string" },
  scenario: { type: "string" },
  result: { type: "string" },
  error: { type: "string" },
  at: { type: "string" },
  dir: { type: "string", default: "." },
  run: { type: "string" },
  config: { type: "string" },
  commit: { type: "boolean", default: false },
  "from-issue": { type: "string" },
  branch: { type: "string", default: DEFAULT_EVIDENCE_BRANCH },
  repo: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** The options of a record appended to the checkout: those that only apply to a commit are refused. */
const { "dry-run": _dryRun, branch: _branch, repo: _repo, ...LOCAL_OPTIONS } = OPTIONS;

/** What committing a record needs of the token. */
const COMMIT_TOKEN_NEEDS =
  "Contents: Read and write on the repository (the workflow's GITHUB_TOKEN with contents: write), and Issues: Read and write with --from-issue";

/**
 * `pilot-gate pilot record --client <name> --scenario <name> --result
 * pass|fail [--error <text>] [--at <iso>]`: appends one sealed record to the
 * run folder's records.jsonl. The client must be in pilot.yml and the
 * scenario in `pilot.script`; the file must verify before a line is added,
 * so a record never chains onto an edited history. With `--commit` the
 * record goes through the evidence path instead (engine/pilot/records.ts),
 * and `--from-issue` takes it from a pilot-scenario issue (`runFromIssue`).
 */
export async function runPilotRecord(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.pilot);
    return 0;
  }
  if (values["from-issue"] !== undefined) {
    const given = ["client", "scenario", "result", "error", "at"].filter(
      (name) => values[name as keyof typeof values] !== undefined,
    );
    if (given.length > 0) {
      throw new ArgumentError(
        `--from-issue takes the record from the issue, so --${given[0]} cannot be given with it`,
        "drop the record's options, or drop --from-issue",
      );
    }
    return runFromIssue(values["from-issue"], values, io);
  }
  if (!values.commit) {
    // A record appended to the checkout's file is not a planned write, so
    // it has no dry run: --dry-run (like --branch and --repo) is refused as
    // an unknown option here rather than silently ignored.
    parseOrExplain(Object.keys(LOCAL_OPTIONS), () =>
      parseArgs({ args, options: LOCAL_OPTIONS, strict: true, allowPositionals: false }),
    );
  }
  const result = parseResult(values.result);
  const error = parseError(result, values.error);
  const now = io.now?.() ?? new Date();
  const at = parseAt(values.at, now);

  const { config } = await loadConfig(io.cwd, values.config);
  const { manifest, path: manifestPath } = await readManifest(io.cwd, values.dir);
  const client = (values.client ?? "").trim();
  const names = manifest.clients.map((c) => c.name);
  if (!names.includes(client)) {
    const near =
      client === ""
        ? undefined
        : (closest(client, names) ??
          names.find((name) => name.toLowerCase().startsWith(client.toLowerCase())));
    throw new ArgumentError(
      client === ""
        ? "--client is required"
        : `--client "${client}" is not a client of ${displayPath(io.cwd, manifestPath)}`,
      `${near ? `did you mean --client "${near}"? ` : ""}the clients are: ${names.join(", ")}`,
    );
  }
  if ((values.scenario ?? "").trim() === "") {
    throw new ArgumentError(
      "--scenario is required",
      `pass a scenario of pilot.script, e.g. --scenario ${JSON.stringify(config.pilot.script[0])}`,
    );
  }
  const scenario = resolveScenario(values.scenario ?? "", config.pilot.script);

  const folder = await runFolder(io.cwd, { run: values.run, dir: values.dir });
  const fields: RecordFields = {
    at,
    client,
    scenario,
    result,
    ...(error !== undefined ? { error } : {}),
  };
  if (values.commit) {
    const target = { branch: values.branch, folder: repositoryPath(io.cwd, folder) };
    const { deps, repository } = commitDeps(io, values.repo);
    const commit = await explainCommit(repository, () =>
      commitRecord(deps, target, fields, { dryRun: values["dry-run"] }),
    );
    const committed = commit?.record;
    report(io, values.json, {
      file: `${target.folder}/${RECORDS_FILE}`,
      branch: target.branch,
      repository,
      record: committed?.record,
      commit: commit?.sha,
      count: committed?.count,
      planned: fields,
    });
    return 0;
  }
  const file = join(folder, RECORDS_FILE);
  const shown = displayPath(io.cwd, file);
  const text = (await readOptionalFile(file, RECORDS_LIMIT, shown)) ?? "";
  const appended = appendRecord(text, fields, shown);
  if (appended.kind === "present")
    throw new Error("a record typed at the terminal has no source issue");
  await appendFile(file, appended.text.slice(text.length));
  report(io, values.json, {
    file: shown,
    record: appended.record,
    count: appended.count,
    planned: fields,
  });
  return 0;
}

/** What `pilot record` did, printed: the record and where it went (or, in a dry run, would go). */
function report(
  io: CliIO,
  json: boolean,
  done: {
    file: string;
    branch?: string;
    repository?: string;
    record: ScenarioRecord | undefined;
    commit?: string | undefined;
    count: number | undefined;
    planned: RecordFields;
  },
): void {
  const on = done.branch === undefined ? "" : ` on ${done.branch} in ${done.repository}`;
  if (json) {
    const { planned, ...rest } = done;
    io.stdout.write(
      `${JSON.stringify(done.record === undefined ? { ...rest, dry_run: true, planned } : rest, null, 2)}\n`,
    );
    return;
  }
  const { result, scenario, client, at } = done.planned;
  if (done.record === undefined) {
    io.stdout.write(
      `Dry run: nothing was committed; would append ${result} of "${scenario}" for ${client} at ${at} to ${done.file}${on}\n`,
    );
    return;
  }
  const commit = done.commit === undefined ? "" : `, commit ${done.commit}`;
  io.stdout.write(
    `recorded ${result} of "${scenario}" for ${client} at ${at} in ${done.file}${on} (${done.count} record(s), digest ${done.record.digest}${commit})\n`,
  );
}

/**
 * The run folder as a path from the repository root, where the evidence
 * branch keeps its records; the command runs at the root, as readiness and
 * the workflows do.
 */
function repositoryPath(cwd: string, folder: string): string {
  const path = relative(resolve(cwd), folder);
  if (path === "" || path.startsWith("..") || isAbsolute(path)) {
    throw new UsageError(
      `the run folder ${folder} is not inside this directory; run pilot-gate pilot record --commit from the repository root, where pilot.yml's pilots/ folder is`,
    );
  }
  return path.split(sep).join("/");
}

/**
 * The executor's client for committing records: a workflow token's (Git
 * Data commits are workflow-only in the permission ledger), made when the
 * executor first asks for it, which a dry run never does.
 */
function commitDeps(
  io: CliIO,
  repo: string | undefined,
): { deps: Pick<EventDeps, "gh" | "log">; repository: string } {
  const repository = repositoryOf(repo ?? io.env.GITHUB_REPOSITORY);
  let client: GitHubClient | undefined;
  return {
    deps: {
      get gh(): GitHubClient {
        client ??= tokenClient(
          io,
          repository,
          {
            unset: "GITHUB_TOKEN is not set, so the record cannot be committed",
            hint: `export GITHUB_TOKEN (in a workflow, github.token) with ${COMMIT_TOKEN_NEEDS}, or pass --dry-run`,
          },
          "workflow",
        );
        return client;
      },
      // The dry run's words are printed from what the executor did, and
      // every write here fails the command, so the log has nothing to add.
      log: { debug() {}, info() {}, warn() {}, error() {} },
    },
    repository: `${repository.owner}/${repository.repo}`,
  };
}

/** `work`, a refused commit or GitHub failure turned into a `UsageError` (exit 2) that says what to do. */
async function explainCommit<T>(repository: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GitDataError) throw new UsageError(`${error.message} (${repository})`);
    if (error instanceof GitHubApiError) {
      throw new UsageError(
        `cannot record in ${repository}: ${error.reason}. The token needs ${COMMIT_TOKEN_NEEDS}; nothing is recorded twice when you re-run.`,
      );
    }
    throw error;
  }
}

type RecordValues = {
  dir: string;
  run?: string;
  config?: string;
  branch: string;
  repo?: string;
  "dry-run": boolean;
  json: boolean;
};

/**
 * `pilot record --from-issue <event.json>`: the pilot-scenario workflow's
 * step. Reads the issues event's payload, and records the form's run
 * through the evidence path (recordFromIssue). Exit 0 recorded (or already
 * recorded from this issue, or not a pilot-scenario issue), 1 refused (the
 * comment on the issue says why), 2 usage or GitHub error.
 */
async function runFromIssue(path: string, values: RecordValues, io: CliIO): Promise<number> {
  const text = await readTextFile(
    io.cwd,
    path,
    " (--from-issue: the issues event payload, GITHUB_EVENT_PATH)",
    ISSUE_EVENT_LIMIT,
  );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `--from-issue ${path} is not JSON (${(error as Error).message}); ${ISSUE_EVENT_LIMIT.advice}`,
    );
  }
  const parsed = scenarioIssueEventSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `--from-issue ${path} is not an issues event payload (${issue?.path.join(".") || "top level"}: ${issue?.message}); ${ISSUE_EVENT_LIMIT.advice}`,
    );
  }
  const event = parsed.data;
  const { config } = await loadConfig(io.cwd, values.config);
  const { manifest } = await readManifest(io.cwd, values.dir);
  const folder = await runFolder(io.cwd, { run: values.run, dir: values.dir });
  const target: RecordTarget = { branch: values.branch, folder: repositoryPath(io.cwd, folder) };
  const { deps, repository } = commitDeps(io, values.repo ?? event.repository.full_name);
  const outcome = await explainCommit(repository, () =>
    recordFromIssue(
      deps,
      event,
      {
        ...target,
        clients: manifest.clients.map((client) => client.name),
        script: config.pilot.script,
        now: io.now?.() ?? new Date(),
      },
      { dryRun: values["dry-run"] },
    ),
  );
  const number = event.issue.number;
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ issue: number, repository, dry_run: values["dry-run"], ...outcomeJson(outcome) }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(`${outcomeText(number, outcome)}\n`);
  }
  return outcome.outcome === "refused" ? 1 : 0;
}

function outcomeJson(outcome: IssueRecordOutcome): Record<string, unknown> {
  if (outcome.outcome !== "recorded" && outcome.outcome !== "present") return outcome;
  return {
    outcome: outcome.outcome,
    record: outcome.record ?? null,
    planned: outcome.fields,
    commit: outcome.commit?.sha ?? null,
    answered: outcome.answered,
  };
}

function outcomeText(number: number, outcome: IssueRecordOutcome): string {
  switch (outcome.outcome) {
    case "skipped":
      return `nothing to record: ${outcome.reason}`;
    case "refused": {
      const would = outcome.made ? "posted" : "would post";
      return outcome.reason === "outsider"
        ? `refused #${number}: its author has no write access; nothing was recorded (${would} a comment saying so)`
        : `refused #${number}: ${outcome.problems.join("; ")}; nothing was recorded (${would} a comment listing what to fix)`;
    }
    default: {
      const { result, scenario, client } = outcome.fields;
      if (outcome.record === undefined) {
        return `Dry run: nothing was committed; would record ${result} of "${scenario}" for ${client} from #${number}, post the receipt and close it`;
      }
      const head =
        outcome.outcome === "present"
          ? `#${number} was already recorded (digest ${outcome.record.digest}); no second record`
          : `recorded ${result} of "${scenario}" for ${client} from #${number} (digest ${outcome.record.digest}, commit ${outcome.commit?.sha})`;
      return `${head}${outcome.answered ? "; posted the receipt and closed the issue" : "; the issue is closed, nothing more to do"}`;
    }
  }
}

function parseResult(value: string | undefined): ScenarioResult {
  const result = (value ?? "").trim().toLowerCase();
  if ((SCENARIO_RESULTS as readonly string[]).includes(result)) return result as ScenarioResult;
  throw new ArgumentError(
    result === "" ? "--result is required" : `--result "${value}" is neither pass nor fail`,
    "pass --result pass or --result fail (with --error saying what went wrong)",
  );
}

/** A failure needs its error (a bare fail is no evidence); a pass takes none. */
function parseError(result: ScenarioResult, value: string | undefined): string | undefined {
  const error = value?.trim() ?? "";
  if (result === "pass") {
    if (error !== "") {
      throw new ArgumentError(
        "--error was given with --result pass",
        "record a failure with --result fail --error <text>, or drop --error",
      );
    }
    return undefined;
  }
  if (error === "") {
    throw new ArgumentError(
      "--result fail needs --error",
      'say what went wrong, e.g. --error "proposal PDF returned 500"',
    );
  }
  if (utf8Length(error) > RECORD_ERROR_LIMIT.bytes) {
    throw new ArgumentError(
      `--error is ${utf8Length(error)} bytes, over the ${RECORD_ERROR_LIMIT.bytes}-byte limit`,
      RECORD_ERROR_LIMIT.advice,
    );
  }
  return error;
}

/** `--at` as an instant with its offset (a time without one is ambiguous), never in the future. */
function parseAt(value: string | undefined, now: Date): string {
  if (value === undefined) return now.toISOString();
  const date = new Date(value);
  if (!ISO_INSTANT.test(value.trim()) || Number.isNaN(date.getTime())) {
    throw new ArgumentError(
      `--at "${value}" is not a date-time with its offset`,
      "pass when the scenario ran in ISO 8601 with Z or an offset, e.g. --at 2026-06-02T14:30:00Z",
    );
  }
  if (date.getTime() > now.getTime()) {
    throw new ArgumentError(
      `--at ${value} is in the future`,
      "record a scenario after it ran; check the date and the time zone offset",
    );
  }
  return date.toISOString();
}
