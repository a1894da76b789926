import { parseArgs } from "node:util";
import {
  applyOutcomes,
  desiredProtection,
  planProtection,
  protectionExitCode,
  renderProtectionText,
} from "../../core/protection/index.js";
import { loadConfig } from "../../engine/config/checkout.js";
import type { CliIO } from "../../engine/io.js";
import { GitHubClient } from "../../github/client.js";
import { ArgumentError, parseOrExplain } from "../args.js";
import { cliOctokit, repositoryOf } from "../github.js";
import { HELP } from "../help.js";

const OPTIONS = {
  repo: { type: "string" },
  config: { type: "string" },
  "app-id": { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const SUBCOMMANDS = ["plan", "sync"] as const;

/**
 * `pilot-gate protection plan|sync`: compares the branch protection in the
 * config (`protection:`) with the repository's, branch by branch; `sync`
 * also writes what differs (one write per branch at most). Exit 0 when
 * every branch is Applied, 1 for drift or a missing protection, 2 for a
 * usage error or when GitHub could not be read or written.
 */
export async function runProtection(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOrExplain(Object.keys(OPTIONS), () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true }),
  );
  if (values.help) {
    io.stdout.write(HELP.protection);
    return 0;
  }
  const [action, ...extra] = positionals;
  if (action !== "plan" && action !== "sync") {
    throw new ArgumentError(
      action === undefined ? "say plan or sync" : `unknown subcommand "${action}"`,
      `expected one of ${SUBCOMMANDS.join(", ")}; plan writes nothing`,
    );
  }
  if (extra.length > 0) throw new ArgumentError(`unexpected argument "${extra[0]}"`);
  const repository = repositoryOf(values.repo ?? io.env.GITHUB_REPOSITORY);
  const token = (io.env.GITHUB_TOKEN ?? "").trim();
  if (token === "") {
    throw new ArgumentError(
      "GITHUB_TOKEN is not set, so the repository's protection cannot be read",
      "export GITHUB_TOKEN=$(gh auth token), or a fine-grained token with Administration: Read (plan) or Read and write (sync) on the repository",
    );
  }
  const loaded = await loadConfig(io.cwd, values.config);
  const appId = appIdOf(values["app-id"], loaded.config.protection.app_id, io.env.APP_ID);
  const desired = desiredProtection(loaded.config.protection, loaded.config.check.name, appId);

  const gh = new GitHubClient(cliOctokit(io, token), repository);
  const actual = await gh.readProtection(desired);
  const plan = planProtection(desired, actual);
  const report =
    action === "sync" ? applyOutcomes(plan, desired, await gh.writeProtection(plan)) : plan;

  if (values.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout.write(`config:    ${loaded.description}\n${renderProtectionText(report)}`);
  }
  return protectionExitCode(report);
}

/**
 * The App id required-check is pinned to: --app-id, else protection.app_id,
 * else APP_ID. There is no default: pinning to a guessed id would either
 * block every merge or let any app satisfy the check.
 */
export function appIdOf(
  flag: string | undefined,
  configured: number | undefined,
  env: string | undefined,
): number {
  const raw = flag ?? (configured !== undefined ? String(configured) : undefined) ?? env;
  const source =
    flag !== undefined ? "--app-id" : configured !== undefined ? "protection.app_id" : "APP_ID";
  if (raw === undefined || raw.trim() === "") {
    throw new ArgumentError(
      "the App's id is unknown, so required-check cannot be pinned to it",
      "pass --app-id <id> (the App's settings page shows it under About), or set protection.app_id in the config",
    );
  }
  const id = Number(raw.trim());
  if (!Number.isInteger(id) || id <= 0) {
    throw new ArgumentError(
      `${source} "${raw}" is not an App id`,
      "expected a positive integer, e.g. --app-id 123456",
    );
  }
  return id;
}
