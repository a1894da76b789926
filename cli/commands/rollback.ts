import { parseArgs } from "node:util";
import { parseReleaseTag } from "../../core/release/index.js";
import { safeText } from "../../core/render/safe-text.js";
import type { CliIO } from "../../engine/io.js";
import { readRollbackPlan } from "../../engine/release/rollback.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { palette, useColor } from "../color.js";
import { HELP } from "../help.js";
import { repositoryConfig, tokenDeps } from "../repository-config.js";

const PLAN_OPTIONS = {
  repo: { type: "string" },
  from: { type: "string" },
  config: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const TOKEN_NEEDS = "Contents: Read";

/**
 * `pilot-gate rollback plan`: the last release whose evidence pack says GO
 * below the release to roll back, and the steps a rollback to it takes.
 * Writes nothing. Exit 0 with a target, 1 when no release qualifies, 2 for
 * a usage, config or token error.
 */
export async function runRollback(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help") {
    (sub === undefined ? io.stderr : io.stdout).write(HELP.rollback);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== "plan") {
    throw new ArgumentError(`unknown rollback command "${sub}"`, "use pilot-gate rollback plan");
  }
  const { values } = parseOrExplain(Object.keys(PLAN_OPTIONS), () =>
    parseArgs({ args: rest, options: PLAN_OPTIONS, strict: true, allowPositionals: false }),
  );
  if (values.help) {
    io.stdout.write(HELP.rollback);
    return 0;
  }
  const from = values.from?.trim();
  if (from !== undefined && parseReleaseTag(from) === undefined) {
    throw new ArgumentError(
      `--from "${from}" is not a release tag`,
      "pass the release to roll back, vX.Y.Z or vX.Y.Z-rc.N, e.g. --from v1.4.0",
    );
  }
  const { deps } = tokenDeps(
    io,
    { repo: values.repo, now: undefined, dryRun: true },
    {
      reads: "the release evidence",
      hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${TOKEN_NEEDS} on the repository`,
    },
  );
  const { config } = await repositoryConfig(deps, io, values.config, {
    needs: TOKEN_NEEDS,
    nothing: "Nothing was planned.",
  });
  const plan = await readRollbackPlan(deps.gh, config, { from });
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ version: 1, kind: "rollback-plan", plan }, null, 2)}\n`);
    return plan.action === "rollback" ? 0 : 1;
  }
  const c = palette(useColor(io.stdout, io.env));
  const skipped = plan.skipped.map((s) => `  passed over ${s.tag}: ${s.reason}`);
  const lines =
    plan.action === "rollback"
      ? [
          `${c.green("Roll back")} ${plan.from} to ${plan.target.tag} (${plan.target.sha}), the last release whose evidence says GO`,
          ...skipped,
          "Steps (nothing was done):",
          ...plan.steps.map((step, i) => `  ${i + 1}. ${step.id}: ${step.what}`),
        ]
      : [`${c.red("No rollback target")}: ${plan.reason}`, ...skipped];
  io.stdout.write(safeText(`${lines.join("\n")}\n`));
  return plan.action === "rollback" ? 0 : 1;
}
