import { parseArgs } from "node:util";
import { evaluateCycles, renderCyclesMarkdown, renderCyclesText } from "../../core/cycles/index.js";
import { JOB_SUMMARY_BYTES } from "../../core/github-limits.js";
import { safeText } from "../../core/render/safe-text.js";
import { gatherCycleInputs } from "../../engine/cycles/gather.js";
import type { CliIO } from "../../engine/io.js";
import { appIdOf } from "../../engine/readiness/github-state.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { HELP } from "../help.js";
import { repositoryConfig, tokenDeps } from "../repository-config.js";

const OPTIONS = {
  repo: { type: "string" },
  config: { type: "string" },
  now: { type: "string" },
  json: { type: "boolean", default: false },
  markdown: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const TOKEN_NEEDS = "Pull requests: Read, Checks: Read, Issues: Read and Contents: Read";

/**
 * `pilot-gate cycle status`: each cycle's exit criteria met or not, with
 * links, and each story done, pending or blocked, read from GitHub as the
 * App reads it. Writes nothing. Exit 0 when every started cycle met its
 * exit criteria, 1 when one has not, 2 for a usage, config or token error.
 */
export async function runCycle(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true }),
  );
  if (values.help) {
    io.stdout.write(HELP.cycle);
    return 0;
  }
  const [action, ...extra] = positionals;
  if (action !== "status") {
    throw new ArgumentError(
      action === undefined ? "say status" : `unknown subcommand "${action}"`,
      "expected pilot-gate cycle status",
    );
  }
  if (extra.length > 0) throw new ArgumentError(`unexpected argument "${extra[0]}"`);
  if (values.json && values.markdown) {
    throw new ArgumentError("--json and --markdown both given", "pick one output format");
  }
  // A dry run: the status writes nothing.
  const { deps, now } = tokenDeps(
    io,
    { repo: values.repo, now: values.now, dryRun: true },
    {
      reads: "the repository's PRs and evidence",
      hint: `export GITHUB_TOKEN=$(gh auth token), or a token with ${TOKEN_NEEDS} on the repository`,
    },
  );
  const { config, description } = await repositoryConfig(deps, io, values.config, {
    needs: TOKEN_NEEDS,
    nothing: "Nothing was judged.",
  });
  const inputs = await gatherCycleInputs(deps.gh, config, {
    now,
    appId: appIdOf(config, io.env),
    defaultBranch: deps.repo.defaultBranch,
  });
  const report = evaluateCycles(config, inputs);
  if (values.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (values.markdown) io.stdout.write(`${renderCyclesMarkdown(report, JOB_SUMMARY_BYTES)}\n`);
  else io.stdout.write(`${safeText(`config:    ${description}`)}\n${renderCyclesText(report)}`);
  return report.met ? 0 : 1;
}
