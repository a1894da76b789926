import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import {
  cliOctokit,
  repositoryOf
} from "./chunk-NPJITCEG.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import {
  executePlan
} from "./chunk-4GTL7U6X.js";
import "./chunk-AN4NO4AL.js";
import "./chunk-PPUIZ7VU.js";
import {
  GitHubClient
} from "./chunk-T2NOWLVF.js";
import {
  readTextFile,
  runGit
} from "./chunk-SSP7UEET.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  RELEASE_KINDS,
  ReleaseError,
  decideRelease,
  parseReleaseTag,
  planRelease,
  readinessReportProblems,
  readinessReportSchema
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import "./chunk-VUTGOOYN.js";
import {
  REPORT_LIMIT
} from "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/release.ts
import { parseArgs } from "node:util";
var DECIDE_OPTIONS = {
  version: { type: "string" },
  kind: { type: "string" },
  sha: { type: "string" },
  readiness: { type: "string" },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
}, PUBLISH_OPTIONS = {
  repo: { type: "string" },
  tag: { type: "string" },
  sha: { type: "string" },
  kind: { type: "string" },
  "notes-file": { type: "string" },
  message: { type: "string" },
  "dry-run": { type: "boolean", default: !1 },
  json: { type: "boolean", default: !1 },
  help: { type: "boolean", short: "h", default: !1 }
};
async function runRelease(args, io) {
  let [sub, ...rest] = args;
  if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help")
    return (sub === void 0 ? io.stderr : io.stdout).write(HELP.release), sub === void 0 ? 2 : 0;
  if (sub === "publish") return runPublish(rest, io);
  if (sub !== "decide")
    throw new ArgumentError(`unknown release command "${sub}"`, "use decide or publish");
  let { values } = parseOrExplain(
    Object.keys(DECIDE_OPTIONS),
    () => parseArgs({ args: rest, options: DECIDE_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.release), 0;
  let kind = values.kind;
  if (!kind || !RELEASE_KINDS.includes(kind))
    throw new ArgumentError(
      kind ? `--kind "${kind}" is not a release kind` : "--kind is required",
      "use --kind rc or --kind ga"
    );
  for (let name of ["version", "sha", "readiness"])
    if (!values[name])
      throw new ArgumentError(
        `--${name} is required`,
        "e.g. pilot-gate release decide --version v1.2.0 --kind ga --sha $(git rev-parse HEAD) --readiness readiness.json"
      );
  let reportPath = values.readiness, text = await readTextFile(io.cwd, reportPath, " (--readiness)", REPORT_LIMIT), json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `--readiness ${reportPath} is not JSON (${error.message}); pass the report pilot-gate readiness --report wrote`
    );
  }
  let parsed = readinessReportSchema.safeParse(json);
  if (!parsed.success) {
    let issue = parsed.error.issues[0];
    throw new UsageError(
      `--readiness ${reportPath} is not a readiness report (${issue?.path.join(".") || "top level"}: ${issue?.message}); nothing was decided. Pass the report pilot-gate readiness --report wrote (schemas/readiness-report.schema.json).`
    );
  }
  let problems = readinessReportProblems(parsed.data, io.now?.() ?? /* @__PURE__ */ new Date());
  if (problems.length > 0)
    throw new UsageError(
      `--readiness ${reportPath} cannot be used, nothing was decided: ${problems.join("; ")}. Regenerate it with pilot-gate readiness --report on the commit to tag.`
    );
  let tags;
  try {
    tags = (io.git ?? runGit)(["tag", "--list"], io.cwd, io.env).split(`
`).map((t) => t.trim()).filter((t) => t !== "");
  } catch (error) {
    throw new UsageError(
      `cannot list the tags with git tag --list (${error.message.split(`
`)[0]}); nothing was decided. Run in a clone with its tags (actions/checkout with fetch-depth: 0, or git fetch --tags).`
    );
  }
  let report = parsed.data, decision = decideRelease({
    version: values.version,
    kind,
    sha: values.sha.trim(),
    readinessVerdict: report.verdict,
    readinessSha: report.sha,
    blockers: report.blockers,
    existingTags: tags
  });
  if (values.json)
    io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "release-decision", decision, readiness: { verdict: report.verdict, sha: report.sha, blockers: report.blockers, warnings: report.warnings } }, null, 2)}
`
    );
  else {
    let c = palette(useColor(io.stdout, io.env)), lines = decision.action === "tag" ? [
      `${c.green("Tag")} ${decision.tag} on ${decision.sha}`,
      `  previous  ${decision.previous ?? `none: first ${decision.kind} release`}`,
      `  message   ${decision.message}`
    ] : [
      `${c.red("Refused")} ${decision.tag ?? "(no version)"}: nothing may be tagged`,
      ...decision.reasons.map((r) => `  - ${r}`)
    ];
    io.stdout.write(safeText(`${lines.join(`
`)}
`));
  }
  return decision.action === "tag" ? 0 : 1;
}
function requireToken(io) {
  let token = (io.env.GITHUB_TOKEN ?? "").trim();
  if (token === "")
    throw new ArgumentError(
      "GITHUB_TOKEN is not set, so nothing can be published",
      "export GITHUB_TOKEN (gh auth token prints one; in a workflow, github.token with contents: write), or pass --dry-run"
    );
  return token;
}
async function runPublish(args, io) {
  let { values } = parseOrExplain(
    Object.keys(PUBLISH_OPTIONS),
    () => parseArgs({ args, options: PUBLISH_OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.release), 0;
  let example = "e.g. pilot-gate release publish --repo acme/app --tag v1.2.0 --kind ga --sha $(git rev-parse HEAD) --notes-file notes.md";
  for (let name of ["repo", "tag", "sha", "kind", "notes-file"])
    if (!values[name]?.trim()) throw new ArgumentError(`--${name} is required`, example);
  let kind = values.kind;
  if (!RELEASE_KINDS.includes(kind))
    throw new ArgumentError(`--kind "${kind}" is not a release kind`, "use --kind rc or --kind ga");
  let tag = values.tag.trim(), version = parseReleaseTag(tag);
  if (!version || version.kind !== kind)
    throw new ArgumentError(
      `--tag "${tag}" is not ${kind === "ga" ? "a ga" : "an rc"} release tag`,
      kind === "ga" ? "a ga tag is vX.Y.Z, e.g. v1.4.0" : "an rc tag is vX.Y.Z-rc.N, e.g. v1.4.0-rc.1"
    );
  let sha = values.sha.trim();
  if (!/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(sha))
    throw new ArgumentError(
      `--sha "${sha}" is not a full commit id`,
      "resolve the ref first: --sha $(git rev-parse HEAD)"
    );
  let { owner, repo } = repositoryOf(values.repo), notes = await readTextFile(io.cwd, values["notes-file"], " (--notes-file)"), message = values.message?.trim() || `${tag} (${kind === "ga" ? "release" : "release candidate"}) on ${sha}`, where = `${owner}/${repo}`, c = palette(useColor(io.stdout, io.env)), planned;
  try {
    planned = planRelease({ tag, sha, message, name: tag, body: notes, prerelease: kind === "rc" });
  } catch (error) {
    throw error instanceof ReleaseError ? new UsageError(error.message) : error;
  }
  let client, deps = {
    get gh() {
      return client ??= GitHubClient.forWorkflow(cliOctokit(io, requireToken(io)), { owner, repo }), client;
    },
    // The dry run's words are printed below, from what the executor did.
    log: { debug() {
    }, info() {
    }, warn() {
    }, error() {
    } }
  }, executed;
  try {
    [executed] = await executePlan(
      deps,
      [{ ...planned, failure: "fails-event", what: `publish ${tag}` }],
      { dryRun: values["dry-run"] }
    );
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    if (values.json && io.stdout.write(
      `${JSON.stringify({ version: 1, kind: "release-publish", repository: where, tag, sha, outcome: error.refused ? "refused" : "failed", status: error.status ?? null, error: error.message }, null, 2)}
`
    ), !error.refused) throw new UsageError(error.message);
    return values.json || io.stdout.write(safeText(`${c.red("Refused")} ${error.message}
`)), 1;
  }
  let result = executed.release;
  if (values.json)
    return io.stdout.write(
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
          requests: client?.requests ?? 0
        },
        null,
        2
      )}
`
    ), 0;
  let release = `GitHub release ${tag}${kind === "rc" ? " (prerelease)" : ""}`, lines = result ? [
    `${c.green("Published")} ${tag} on ${sha} in ${where}`,
    `  tag object  ${result.tagObjectSha}`,
    `  release     ${result.releaseUrl}${kind === "rc" ? " (prerelease)" : ""}`,
    ...planned.truncated ? ["  notes       truncated to GitHub's 125,000-character limit"] : []
  ] : [
    `${c.green("Dry run")}: nothing was created in ${where}`,
    `  would tag     ${tag} on ${sha} (annotated: ${message})`,
    `  would create  ${release}, notes ${planned.body.length} characters${planned.truncated ? " (truncated)" : ""}`
  ];
  return io.stdout.write(safeText(`${lines.join(`
`)}
`)), 0;
}
export {
  runRelease
};
