import { parseArgs } from "node:util";
import { readinessReportSchema } from "../../core/gates/readiness/index.js";
import { readinessReportProblems } from "../../core/gates/readiness/report-check.js";
import { UsageError } from "../../core/index.js";
import { REPORT_LIMIT } from "../../core/limits.js";
import {
  decideRelease,
  parseReleaseTag,
  planRelease,
  RELEASE_KINDS,
  ReleaseError,
  type ReleaseKind,
  type ReleaseWrite,
} from "../../core/release/index.js";
import { safeText } from "../../core/render/safe-text.js";
import { type ExecutedWrite, executePlan } from "../../engine/execute.js";
import { type CliIO, readTextFile, runGit } from "../../engine/io.js";
import { GitHubClient } from "../../github/client.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { cliOctokit, repositoryOf } from "../github.js";
import { HELP } from "../help.js";

const DECIDE_OPTIONS = {
  version: { type: "string" },
  kind: { type: "string" },
  sha: { type: "string" },
  readiness: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const PUBLISH_OPTIONS = {
  repo: { type: "string" },
  tag: { type: "string" },
  sha: { type: "string" },
  kind: { type: "string" },
  "notes-file": { type: "string" },
  message: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate release decide`: may this version be tagged on this commit?
 * Exit 0 tag, 1 refused (the reasons are printed), 2 usage, unreadable or
 * inconsistent input (a readiness report that contradicts itself or is
 * dated in the future, an rc below the last ga). It only decides; `release
 * publish` tags.
 */
export async function runRelease(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
    (sub === undefined ? io.stderr : io.stdout).write(HELP.release);
    return sub === undefined ? 2 : 0;
  }
  if (sub === "publish") return runPublish(rest, io);
  if (sub !== "decide") {
    throw new ArgumentError(`unknown release command "${sub}"`, "use decide or publish");
  }
  const { values } = parseOrExplain(Object.keys(DECIDE_OPTIONS), () =>
    parseArgs({ args: rest, options: DECIDE_OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.release);
    return 0;
  }
  const kind = values.kind;
  if (!kind || !(RELEASE_KINDS as readonly string[]).includes(kind)) {
    throw new ArgumentError(
      kind ? `--kind "${kind}" is not a release kind` : "--kind is required",
      "use --kind rc or --kind ga",
    );
  }
  for (const name of ["version", "sha", "readiness"] as const) {
    if (!values[name]) {
      throw new ArgumentError(
        `--${name} is required`,
        "e.g. pilot-gate release decide --version v1.2.0 --kind ga --sha $(git rev-parse HEAD) --readiness readiness.json",
      );
    }
  }
  const reportPath = values.readiness as string;
  const text = await readTextFile(io.cwd, reportPath, " (--readiness)", REPORT_LIMIT);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `--readiness ${reportPath} is not JSON (${(error as Error).message}); pass the report pilot-gate readiness --report wrote`,
    );
  }
  const parsed = readinessReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `--readiness ${reportPath} is not a readiness report (${issue?.path.join(".") || "top level"}: ${issue?.message}); nothing was decided. Pass the report pilot-gate readiness --report wrote (schemas/readiness-report.schema.json).`,
    );
  }
  const problems = readinessReportProblems(parsed.data, io.now?.() ?? new Date());
  if (problems.length > 0) {
    throw new UsageError(
      `--readiness ${reportPath} cannot be used, nothing was decided: ${problems.join("; ")}. Regenerate it with pilot-gate readiness --report on the commit to tag.`,
    );
  }
  let tags: string[];
  try {
    tags = (io.git ?? runGit)(["tag", "--list"], io.cwd, io.env)
      .split("\n")
      .map((t) => t.trim())
      .filter((t) => t !== "");
  } catch (error) {
    throw new UsageError(
      `cannot list the tags with git tag --list (${(error as Error).message.split("\n")[0]}); nothing was decided. Run in a clone with its tags (actions/checkout with fetch-depth: 0, or git fetch --tags).`,
    );
  }
  const report = parsed.data;
  const decision = decideRelease({
    version: values.version as string,
    kind: kind as ReleaseKind,
    sha: (values.sha as string).trim(),
    readinessVerdict: report.verdict,
    readinessSha: report.sha,
    blockers: report.blockers,
    existingTags: tags,
  });
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "release-decision", decision, readiness: { verdict: report.verdict, sha: report.sha, blockers: report.blockers, warnings: report.warnings } }, null, 2)}\n`,
    );
  } else {
    const c = palette(useColor(io.stdout, io.env));
    const lines =
      decision.action === "tag"
        ? [
            `${c.green("Tag")} ${decision.tag} on ${decision.sha}`,
            `  previous  ${decision.previous ?? `none: first ${decision.kind} release`}`,
            `  message   ${decision.message}`,
          ]
        : [
            `${c.red("Refused")} ${decision.tag ?? "(no version)"}: nothing may be tagged`,
            ...decision.reasons.map((r) => `  - ${r}`),
          ];
    io.stdout.write(safeText(`${lines.join("\n")}\n`));
  }
  return decision.action === "tag" ? 0 : 1;
}

/** The token publishing needs; a usage error, before any request, when there is none. */
function requireToken(io: CliIO): string {
  const token = (io.env.GITHUB_TOKEN ?? "").trim();
  if (token === "") {
    throw new ArgumentError(
      "GITHUB_TOKEN is not set, so nothing can be published",
      "export GITHUB_TOKEN (gh auth token prints one; in a workflow, github.token with contents: write), or pass --dry-run",
    );
  }
  return token;
}

/**
 * `pilot-gate release publish`: the annotated tag on the commit and its
 * GitHub release, through the API (3 requests; none with --dry-run). Exit 0
 * published, 1 refused (the tag already exists; nothing was overwritten), 2
 * usage, unreadable notes or a GitHub failure (the message says what was
 * created and the next step).
 */
async function runPublish(args: string[], io: CliIO): Promise<number> {
  const { values } = parseOrExplain(Object.keys(PUBLISH_OPTIONS), () =>
    parseArgs({ args, options: PUBLISH_OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.release);
    return 0;
  }
  const example =
    "e.g. pilot-gate release publish --repo acme/app --tag v1.2.0 --kind ga --sha $(git rev-parse HEAD) --notes-file notes.md";
  for (const name of ["repo", "tag", "sha", "kind", "notes-file"] as const) {
    if (!values[name]?.trim()) throw new ArgumentError(`--${name} is required`, example);
  }
  const kind = values.kind as string;
  if (!(RELEASE_KINDS as readonly string[]).includes(kind)) {
    throw new ArgumentError(`--kind "${kind}" is not a release kind`, "use --kind rc or --kind ga");
  }
  const tag = (values.tag as string).trim();
  const version = parseReleaseTag(tag);
  if (!version || version.kind !== kind) {
    throw new ArgumentError(
      `--tag "${tag}" is not ${kind === "ga" ? "a ga" : "an rc"} release tag`,
      kind === "ga"
        ? "a ga tag is vX.Y.Z, e.g. v1.4.0"
        : "an rc tag is vX.Y.Z-rc.N, e.g. v1.4.0-rc.1",
    );
  }
  const sha = (values.sha as string).trim();
  if (!/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(sha)) {
    throw new ArgumentError(
      `--sha "${sha}" is not a full commit id`,
      "resolve the ref first: --sha $(git rev-parse HEAD)",
    );
  }
  const { owner, repo } = repositoryOf(values.repo as string);
  const notes = await readTextFile(io.cwd, values["notes-file"] as string, " (--notes-file)");
  const message =
    values.message?.trim() ||
    `${tag} (${kind === "ga" ? "release" : "release candidate"}) on ${sha}`;
  const where = `${owner}/${repo}`;
  const c = palette(useColor(io.stdout, io.env));
  let planned: ReleaseWrite;
  try {
    planned = planRelease({ tag, sha, message, name: tag, body: notes, prerelease: kind === "rc" });
  } catch (error) {
    if (error instanceof ReleaseError) throw new UsageError(error.message);
    throw error;
  }
  // The client is made when the executor first asks for it, which a dry run
  // never does: so --dry-run needs no token, and publishing without one
  // stops before any request.
  let client: GitHubClient | undefined;
  const deps = {
    get gh(): GitHubClient {
      client ??= GitHubClient.forWorkflow(cliOctokit(io, requireToken(io)), { owner, repo });
      return client;
    },
    // The dry run's words are printed below, from what the executor did.
    log: { debug() {}, info() {}, warn() {}, error() {} },
  };
  let executed: ExecutedWrite;
  try {
    [executed] = (await executePlan(
      deps,
      [{ ...planned, failure: "fails-event", what: `publish ${tag}` }],
      { dryRun: values["dry-run"] },
    )) as [ExecutedWrite];
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ version: 1, kind: "release-publish", repository: where, tag, sha, outcome: error.refused ? "refused" : "failed", status: error.status ?? null, error: error.message }, null, 2)}\n`,
      );
    }
    if (!error.refused) throw new UsageError(error.message);
    if (!values.json) io.stdout.write(safeText(`${c.red("Refused")} ${error.message}\n`));
    return 1;
  }
  const result = executed.release;
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          version: 1,
          kind: "release-publish",
          repository: where,
          tag,
          sha,
          outcome: executed.made ? "published" : "dry-run",
          prerelease: kind === "rc",
          tag_object: result?.tagObjectSha ?? null,
          release_id: result?.releaseId ?? null,
          release_url: result?.releaseUrl ?? null,
          truncated: planned.truncated,
          requests: client?.requests ?? 0,
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const release = `GitHub release ${tag}${kind === "rc" ? " (prerelease)" : ""}`;
  const lines = result
    ? [
        `${c.green("Published")} ${tag} on ${sha} in ${where}`,
        `  tag object  ${result.tagObjectSha}`,
        `  release     ${result.releaseUrl}${kind === "rc" ? " (prerelease)" : ""}`,
        ...(planned.truncated
          ? ["  notes       truncated to GitHub's 125,000-character limit"]
          : []),
      ]
    : [
        `${c.green("Dry run")}: nothing was created in ${where}`,
        `  would tag     ${tag} on ${sha} (annotated: ${message})`,
        `  would create  ${release}, notes ${planned.body.length} characters${planned.truncated ? " (truncated)" : ""}`,
      ];
  io.stdout.write(safeText(`${lines.join("\n")}\n`));
  return 0;
}
