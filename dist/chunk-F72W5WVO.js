import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import {
  cliOctokit,
  repositoryOf
} from "./chunk-EJRNMJXG.js";
import {
  HELP
} from "./chunk-BQD7T2HD.js";
import "./chunk-XEQG24DF.js";
import {
  ArgumentError,
  parseOrExplain
} from "./chunk-H3DEAR5S.js";
import "./chunk-4D5JNHQ6.js";
import {
  statusOf
} from "./chunk-O7KWS2PP.js";
import {
  safeText
} from "./chunk-EYTOIYXU.js";
import {
  readTextFile,
  runGit
} from "./chunk-2WRDFAE2.js";
import {
  RELEASE_KINDS,
  decideRelease,
  parseReleaseTag,
  readinessReportProblems,
  readinessReportSchema
} from "./chunk-KPR6BY7N.js";
import "./chunk-ZMO2NGHV.js";
import {
  UsageError
} from "./chunk-E3QZQHHB.js";
import {
  RELEASE_BODY_CHARS,
  REPORT_LIMIT,
  fitChars
} from "./chunk-5FFKKTMT.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/release.ts
import { parseArgs } from "node:util";

// github/release.ts
var ReleaseError = class extends Error {
  name = "ReleaseError";
  status;
  refused;
  constructor(message, options) {
    super(message, { cause: options.cause }), this.status = options.status, this.refused = options.refused ?? !1;
  }
}, SHA_PATTERN = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/, TAG_PATTERN = /^(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?![./-])[A-Za-z0-9._/+-]+(?<![./]|\.lock)$/;
function reason(error) {
  let message = error?.message;
  return typeof message == "string" ? message : String(error);
}
function nextStep(status, where) {
  return status === 404 ? `the repository ${where} does not exist or the token cannot see it` : status === 403 ? "the token may not write to the repository; grant contents: write (permissions: contents: write in the workflow)" : status === void 0 ? "GitHub could not be reached; re-run" : "re-run; if it persists, check GitHub's status";
}
function truncateReleaseBody(body) {
  if (body.length <= RELEASE_BODY_CHARS) return { body, truncated: !1 };
  let note = `

---
_These notes were ${body.length.toLocaleString("en-US")} characters, over GitHub's ${RELEASE_BODY_CHARS.toLocaleString("en-US")}-character limit, and were truncated here; the full readiness report is in the evidence pack._
`;
  return { body: fitChars(body, RELEASE_BODY_CHARS, note), truncated: !0 };
}
async function publishRelease(octokit, repository, options) {
  let { owner, repo } = repository, { tag, sha } = options, where = `${owner}/${repo}`;
  if (!TAG_PATTERN.test(tag))
    throw new ReleaseError(`"${tag}" is not a valid tag name; nothing was created`, {});
  if (!SHA_PATTERN.test(sha))
    throw new ReleaseError(
      `"${sha}" is not a full commit id; resolve the ref first (git rev-parse); nothing was created`,
      {}
    );
  if (options.message.trim() === "")
    throw new ReleaseError("the tag message is empty; nothing was created", {});
  let { body, truncated } = truncateReleaseBody(options.body);
  if (options.dryRun)
    return {
      tag,
      sha,
      dryRun: !0,
      tagObjectSha: void 0,
      releaseId: void 0,
      releaseUrl: void 0,
      body,
      truncated,
      requests: 0
    };
  let tagObject;
  try {
    let { data } = await octokit.request("POST /repos/{owner}/{repo}/git/tags", {
      owner,
      repo,
      tag,
      message: options.message,
      object: sha,
      type: "commit",
      ...options.tagger ? { tagger: options.tagger } : {}
    });
    tagObject = data;
  } catch (error) {
    let status = statusOf(error);
    throw new ReleaseError(
      `could not create the tag object ${tag} on ${sha} in ${where} (${status ?? "no answer"}: ${reason(error)}): ${status === 422 ? `GitHub does not know the commit ${sha}; push it, or check --sha` : nextStep(status, where)}; nothing was created`,
      { status, cause: error }
    );
  }
  try {
    await octokit.request("POST /repos/{owner}/{repo}/git/refs", {
      owner,
      repo,
      ref: `refs/tags/${tag}`,
      sha: tagObject.sha
    });
  } catch (error) {
    let status = statusOf(error);
    throw status === 422 && /already exists/i.test(reason(error)) ? new ReleaseError(
      `the tag ${tag} already exists in ${where}; a release tag is never moved or reused, so nothing was overwritten and no release was created. Release the next version.`,
      { status, refused: !0, cause: error }
    ) : new ReleaseError(
      `could not create the ref refs/tags/${tag} in ${where} (${status ?? "no answer"}: ${reason(error)}): ${nextStep(status, where)}; no tag and no release were created`,
      { status, cause: error }
    );
  }
  try {
    let { data } = await octokit.request("POST /repos/{owner}/{repo}/releases", {
      owner,
      repo,
      tag_name: tag,
      name: options.name,
      body,
      prerelease: options.prerelease
    }), release = data;
    return {
      tag,
      sha,
      dryRun: !1,
      tagObjectSha: tagObject.sha,
      releaseId: release.id,
      releaseUrl: release.html_url,
      body,
      truncated,
      requests: 3
    };
  } catch (error) {
    let status = statusOf(error);
    throw new ReleaseError(
      `the tag ${tag} was created on ${sha} in ${where}, but the release was not (${status ?? "no answer"}: ${reason(error)}); the tag stays. Create the release for the existing tag: gh release create ${tag} --repo ${where} --verify-tag --notes-file <notes>${options.prerelease ? " --prerelease" : ""} (re-running publish refuses, because the tag now exists)`,
      { status, cause: error }
    );
  }
}

// cli/commands/release.ts
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
  let { owner, repo } = repositoryOf(values.repo), notes = await readTextFile(io.cwd, values["notes-file"], " (--notes-file)"), dryRun = values["dry-run"], token = (io.env.GITHUB_TOKEN ?? "").trim();
  if (token === "" && !dryRun)
    throw new ArgumentError(
      "GITHUB_TOKEN is not set, so nothing can be published",
      "export GITHUB_TOKEN (gh auth token prints one; in a workflow, github.token with contents: write), or pass --dry-run"
    );
  let message = values.message?.trim() || `${tag} (${kind === "ga" ? "release" : "release candidate"}) on ${sha}`, octokit = cliOctokit(io, token), c = palette(useColor(io.stdout, io.env)), where = `${owner}/${repo}`, result;
  try {
    result = await publishRelease(
      octokit,
      { owner, repo },
      { tag, sha, message, name: tag, body: notes, prerelease: kind === "rc", dryRun }
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
  if (values.json)
    return io.stdout.write(
      `${JSON.stringify(
        {
          version: 1,
          kind: "release-publish",
          repository: where,
          tag,
          sha,
          outcome: result.dryRun ? "dry-run" : "published",
          prerelease: kind === "rc",
          tag_object: result.tagObjectSha ?? null,
          release_id: result.releaseId ?? null,
          release_url: result.releaseUrl ?? null,
          truncated: result.truncated,
          requests: result.requests
        },
        null,
        2
      )}
`
    ), 0;
  let release = `GitHub release ${tag}${kind === "rc" ? " (prerelease)" : ""}`, lines = result.dryRun ? [
    `${c.green("Dry run")}: nothing was created in ${where}`,
    `  would tag     ${tag} on ${sha} (annotated: ${message})`,
    `  would create  ${release}, notes ${result.body.length} characters${result.truncated ? " (truncated)" : ""}`
  ] : [
    `${c.green("Published")} ${tag} on ${sha} in ${where}`,
    `  tag object  ${result.tagObjectSha}`,
    `  release     ${result.releaseUrl}${kind === "rc" ? " (prerelease)" : ""}`,
    ...result.truncated ? ["  notes       truncated to GitHub's 125,000-character limit"] : []
  ];
  return io.stdout.write(safeText(`${lines.join(`
`)}
`)), 0;
}
export {
  runRelease
};
