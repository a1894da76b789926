import { parseArgs } from "node:util";
import { readinessReportSchema } from "../../core/gates/readiness/index.js";
import { UsageError } from "../../core/index.js";
import { decideRelease, RELEASE_KINDS, type ReleaseKind } from "../../core/release/index.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { HELP } from "../help.js";
import { type CliIO, readTextFile, runGit } from "../io.js";
import { safeText } from "../render-text.js";

const DECIDE_OPTIONS = {
  version: { type: "string" },
  kind: { type: "string" },
  sha: { type: "string" },
  readiness: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/**
 * `pilot-gate release decide`: may this version be tagged on this commit?
 * Exit 0 tag, 1 refused (the reasons are printed), 2 usage or unreadable
 * input. It only decides; the release workflow tags.
 */
export async function runRelease(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
    (sub === undefined ? io.stderr : io.stdout).write(HELP.release);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== "decide") throw new ArgumentError(`unknown release command "${sub}"`, "use decide");
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
  const text = await readTextFile(io.cwd, reportPath, " (--readiness)");
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
